"""What the manager's windows read from the catalog: the list of recalls, and one recall whole.

Writing a manager's version back is :func:`recall_desk.catalog.imports.save_edit`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Engine

from ..core.model import Recall
from .tables import PRODUCT_T, RECALL_T

_R = RECALL_T.c
_P = PRODUCT_T.c


@dataclass(frozen=True)
class RecallEntry:
    """One row of the catalog editor's list."""

    key: str
    agency: str
    number: str | None
    date: str | None
    title: str
    brands: str
    models: str
    origin: str
    edited: bool


def recall_entries(engine: Engine) -> list[RecallEntry]:
    """Every recall, newest first, with its products' brands and model numbers."""
    with engine.connect() as conn:
        products: dict[int, list[tuple[str, str]]] = {}
        for pid, brand, models in conn.execute(
            select(_P.recall_id, _P.brand, _P.models).order_by(_P.recall_id, _P.position)
        ):
            products.setdefault(pid, []).append((brand, models))
        rows = conn.execute(
            select(_R.id, _R.key, _R.agency, _R.number, _R.date, _R.title, _R.origin, _R.edited)
        ).all()
    out = []
    for row in rows:
        parts = products.get(row.id, [])
        brands = ", ".join(dict.fromkeys(b for b, _ in parts if b))
        models = ", ".join(m for _, m in parts if m)
        out.append(
            RecallEntry(
                row.key,
                row.agency,
                row.number,
                row.date,
                row.title,
                brands,
                models,
                row.origin or "",
                bool(row.edited),
            )
        )
    out.sort(key=lambda e: (e.date or "", e.key), reverse=True)
    return out


def load_recall(engine: Engine, key: str) -> Recall | None:
    """The stored recall ``key`` with all its products, or None."""
    with engine.connect() as conn:
        row = conn.execute(select(_R.id, _R.doc).where(_R.key == key)).first()
        if row is None:
            return None
        docs = [
            p.doc for p in conn.execute(select(_P.doc).where(_P.recall_id == row.id).order_by(_P.position))
        ]
    return Recall.from_dict(key, {**row.doc, "key": key, "products": docs})


def product_names(engine: Engine, keys: Iterable[str]) -> dict[tuple[str, int], str]:
    """(recall key, product position) -> "Brand Name", for the recalls ``keys``."""
    wanted = sorted(set(keys))
    out: dict[tuple[str, int], str] = {}
    with engine.connect() as conn:
        for start in range(0, len(wanted), 5_000):
            chunk = wanted[start : start + 5_000]
            stmt = (
                select(_R.key, _P.position, _P.brand, _P.name)
                .join(PRODUCT_T, _P.recall_id == _R.id)
                .where(_R.key.in_(chunk))
            )
            for row in conn.execute(stmt):
                name = (
                    row.name if row.name.lower().startswith(row.brand.lower()) else f"{row.brand} {row.name}"
                )
                out[(row.key, row.position)] = name
    return out
