"""The review list: what an import read from a notice but could not be sure of.

A manager confirms an item (it goes into the catalog: the model number is added
to its product, the serial rule becomes the product's rule) or rejects it (it
never does).  Decisions outlive re-imports: a newer record of the same recall is
stored with the confirmed items applied again, and an item once rejected is not
asked again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection, Engine

from ..core.identifiers import model_key
from ..core.model import CatalogFormatError, Recall
from .load import RecallState, delete_recalls, insert_recalls
from .tables import PRODUCT_T, RECALL_T, REVIEW_T

_V = REVIEW_T.c
_R = RECALL_T.c
STATUSES = ("pending", "confirmed", "rejected")


class ReviewError(ValueError):
    """A review decision that cannot be applied (the item or its recall is gone, or it is decided)."""


@dataclass(frozen=True)
class ReviewItem:
    id: int
    recall_key: str
    product: int
    kind: str
    value: dict[str, Any]
    confidence: float
    sentence: str
    reason: str
    status: str
    created: str

    @property
    def summary(self) -> str:
        """What it is, in a few words: "model A1263", "serial rule: length 16"."""
        if self.kind == "model":
            return f"model {self.value.get('number', '?')}"
        if self.kind == "gtin":
            return f"UPC {self.value.get('upc', '?')}"
        if self.kind == "serial_rule":
            parts = [f"{k} {v}" for k, v in self.value.items() if k not in ("source", "reasons")]
            return "serial rule: " + ", ".join(parts)[:200]
        return "no model number read"


def _item(row: Any) -> ReviewItem:
    return ReviewItem(
        id=row.id,
        recall_key=row.recall_key,
        product=row.product,
        kind=row.kind,
        value=dict(row.value or {}),
        confidence=float(row.confidence),
        sentence=row.sentence,
        reason=row.reason,
        status=row.status,
        created=row.created,
    )


def items(engine: Engine, status: str | None = "pending", recall_key: str | None = None) -> list[ReviewItem]:
    stmt = select(REVIEW_T).order_by(_V.recall_key, _V.product, _V.id)
    if status is not None:
        stmt = stmt.where(_V.status == status)
    if recall_key is not None:
        stmt = stmt.where(_V.recall_key == recall_key)
    with engine.connect() as conn:
        return [_item(r) for r in conn.execute(stmt)]


def apply_decisions(recall: Recall, decided: Sequence[ReviewItem]) -> Recall:
    """``recall`` with its confirmed items applied (models added, serial rule set)."""
    doc = recall.to_dict()
    changed = False
    for item in decided:
        if item.status != "confirmed" or not 0 <= item.product < len(doc["products"]):
            continue
        product = doc["products"][item.product]
        if item.kind == "model":
            number = str(item.value.get("number", ""))
            keys = {model_key(m if isinstance(m, str) else m["number"]) for m in product["models"]}
            if model_key(number) and model_key(number) not in keys:
                product["models"].append(number)
                changed = True
        elif item.kind == "serial_rule":
            product["serial_rule"] = dict(item.value)
            changed = True
    return Recall.from_dict(recall.key, doc) if changed else recall


def decide(engine: Engine, item_id: int, status: str, value: dict[str, Any] | None = None) -> ReviewItem:
    """Confirm (optionally with a corrected ``value``) or reject an item; a confirmed item goes into
    the catalog at once, in the same transaction."""
    if status not in ("confirmed", "rejected"):
        raise ReviewError(f"{status!r} is not a decision: confirmed or rejected")
    with engine.begin() as conn:
        row = conn.execute(select(REVIEW_T).where(_V.id == item_id)).first()
        if row is None:
            raise ReviewError(f"review item {item_id} does not exist")
        item = _item(row)
        if item.status != "pending":
            raise ReviewError(f"review item {item_id} is already {item.status}")
        new_value = dict(value) if value is not None else item.value
        conn.execute(update(REVIEW_T).where(_V.id == item_id).values(status=status, value=new_value))
        decided = ReviewItem(**{**item.__dict__, "status": status, "value": new_value})
        if status == "confirmed" and item.kind in ("model", "serial_rule"):
            _apply_to_stored(conn, decided)
    return decided


def _apply_to_stored(conn: Connection, item: ReviewItem) -> None:
    row = conn.execute(
        select(_R.id, _R.doc, _R.origin, _R.source_updated, _R.edited, _R.upstream).where(
            _R.key == item.recall_key
        )
    ).first()
    if row is None:
        raise ReviewError(f"recall {item.recall_key} is no longer in the catalog")
    products = conn.execute(
        select(PRODUCT_T.c.doc).where(PRODUCT_T.c.recall_id == row.id).order_by(PRODUCT_T.c.position)
    ).all()
    try:
        recall = Recall.from_dict(item.recall_key, {**row.doc, "products": [p.doc for p in products]})
        updated = apply_decisions(recall, [item])
    except CatalogFormatError as exc:
        raise ReviewError(f"cannot apply review item {item.id}: {exc}") from None
    if updated is recall:
        return
    delete_recalls(conn, [recall.key])
    state = RecallState(row.origin, row.source_updated, bool(row.edited), row.upstream)
    insert_recalls(conn, [(updated, state)])


def decided_items(conn: Connection, keys: Sequence[str]) -> dict[str, list[ReviewItem]]:
    out: dict[str, list[ReviewItem]] = {}
    for start in range(0, len(keys), 5_000):
        chunk = list(keys[start : start + 5_000])
        for row in conn.execute(select(REVIEW_T).where(_V.recall_key.in_(chunk), _V.status != "pending")):
            out.setdefault(row.recall_key, []).append(_item(row))
    return out
