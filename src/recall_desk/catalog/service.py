"""The catalog as the window and the command line use it: info, search, check.

Lookups are plain indexed SQL that runs the same on SQLite and PostgreSQL; the
decision itself is :func:`recall_desk.core.verdict.decide`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.engine import Engine

from ..core.identifiers import Query, QueryKind, classify, model_key
from ..core.model import CatalogInfo, Product, Recall
from ..core.search import MAX_WORDS, edit_distance, fold, suggestion_limit, words
from ..core.verdict import Candidate, CheckResult, Via, decide
from ..resources import resource
from . import fulltext, plainsql
from . import trusted as trusted_read
from .db import open_engine
from .load import read_document, replace_catalog
from .sweep_index import plain_rows
from .tables import GTIN_T, META_T, MODEL_T, PRODUCT_T, RECALL_T, TERM_T

_M = MODEL_T.c
_P = PRODUCT_T.c
_R = RECALL_T.c
_G = GTIN_T.c
_T = TERM_T.c
_META = META_T.c

MAX_CANDIDATES = 50
"""More products than this for one model number or UPC would be a catalog error; the rest are left out."""
NAME_CANDIDATES = 20
"""A check by words of a name answers with at most this many products and says when more match:
the clerk is asked for the model number anyway, and twenty products is already a long list."""
_SUGGEST_SCAN = 400
_NAME_SCAN = 5_000


def _prefix(column: Any, prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix`` (upper-case A-Z0-9), as an index range both engines use."""
    return and_(column >= prefix, column < prefix + "~")


@dataclass(frozen=True)
class SearchHit:
    """One row of the as-you-type list."""

    product_id: int
    recall_key: str
    recall_number: str | None
    agency: str
    date: str | None
    title: str
    hazard: str | None
    brand: str
    product: str
    models: str
    matched: str
    """The model number typed toward, or "" for a name match."""


SWEEP_CHUNK = 500
"""Keys per ``IN (...)`` list in :meth:`Catalog.sweep_lookup` (well under SQLite's and PostgreSQL's
limits on bound parameters, and short enough for the planner to use the index)."""


SWEEP_SCAN_OVER = 5_000
"""More UPCs (or model keys without a model of their own) than this in :meth:`Catalog.sweep_lookup`:
the catalog's GTINs (its base models) are read in one scan and the keys looked up among them, which
costs less than that many look-ups in the index (a stock list's UPCs are mostly of no recall)."""


def _chunks(items: Sequence[Any], size: int = SWEEP_CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True)
class SweepLookup:
    """What :meth:`Catalog.sweep_lookup` found for many UPCs and model keys at once.

    The candidates are those :meth:`Catalog.check` would find for each one alone (by GTIN; by model
    key exactly, else as a base model), in the same order; each product's documents are read and
    validated once, however many keys name it."""

    by_gtin: dict[str, list[Candidate]] = field(default_factory=dict)
    """14-digit GTIN -> candidates (absent: no product has it)."""
    by_model: dict[str, list[Candidate]] = field(default_factory=dict)
    """Model key -> candidates, ``Via.MODEL`` for an exact model number, else ``Via.BASE``."""
    products: dict[int, tuple[Recall, Product]] = field(default_factory=dict)
    """Every product read, by id (those found, and the ``product_ids`` asked for)."""
    order: dict[int, tuple[str, int]] = field(default_factory=dict)
    """Product id -> (its recall's date or "", the recall's row id): candidates come newest first."""


class Catalog:
    """A recall catalog in a database.  Cheap to keep open; safe to share across checks."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        with engine.connect() as conn:
            self._fts = fulltext.available(conn)

    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None, *, seed: bool = True) -> Catalog:
        """Open the catalog at ``db``; an empty one is filled from the bundled seed first."""
        catalog = cls(open_engine(db))
        if seed and catalog.is_empty():
            catalog.load_seed(only_if_empty=True)
        return catalog

    def close(self) -> None:
        self.engine.dispose()

    # -- catalog state --

    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(_META.value).where(_META.key == "version")).first() is None

    def load_seed(self, *, only_if_empty: bool = False) -> bool:
        """Put the bundled seed catalog in place (``only_if_empty``: unless a catalog is there by
        the time this counter may write); returns whether it did."""
        path = resource("catalog", "seed.json")
        return replace_catalog(
            self.engine, read_document(path), source="bundled seed", only_if_empty=only_if_empty
        )

    def _meta(self, conn: Any) -> dict[str, str]:
        return {k: v for k, v in plainsql.rows(conn, "SELECT {meta.key}, {meta.value} FROM {meta}")}

    def _info(self, conn: Any) -> CatalogInfo:
        meta = self._meta(conn)
        return CatalogInfo(
            version=meta.get("version") or "none", published=meta.get("published") or "unknown"
        )

    def info(self) -> CatalogInfo:
        """Version and publish date, with counts of recalls, products and model numbers."""
        with self.engine.connect() as conn:
            base = self._info(conn)
            counts = [
                conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (RECALL_T, PRODUCT_T, MODEL_T)
            ]
        return CatalogInfo(base.version, base.published, *counts)

    def source(self) -> str:
        with self.engine.connect() as conn:
            return self._meta(conn).get("source", "")

    # -- loading candidates --

    def _candidates(self, conn: Any, hits: Sequence[tuple[int, str | None]], via: Via) -> list[Candidate]:
        """Candidates for (product id, matched model key or None) pairs, in recall-date order."""
        if not hits:
            return []
        wanted: dict[int, set[str] | None] = {}
        for pid, key in hits:
            if key is None:
                wanted[pid] = None
            elif (keys := wanted.setdefault(pid, set())) is not None:
                keys.add(key)
        rows = plainsql.rows(
            conn,
            "SELECT {product.id}, {product.doc}, {recall.id}, {recall.doc}, {recall.date} "
            "FROM {product} JOIN {recall} ON {recall.id} = {product.recall_id} WHERE {product.id} IN (??)",
            list(wanted),
            many=len(wanted),
        )
        rows.sort(key=lambda r: (r[4] or "", r[2]), reverse=True)
        out = []
        docs: dict[int, tuple[Any, dict[str, Any]]] = {}
        for pid, pdoc, rid, rdoc, _ in rows:
            # The stored documents were validated on import: read back without a second validation
            # (a document of an unexpected shape is read by Recall.from_dict, which names the fault).
            if rid not in docs:
                doc = trusted_read.document(rdoc)
                docs[rid] = (doc, trusted_read.recall_fields(doc))
            doc, fields = docs[rid]
            recall = trusted_read.product_recall(f"product {pid}", doc, trusted_read.document(pdoc), fields)
            product = recall.products[0]
            keys = wanted[pid]
            models = tuple(m for m in product.models if keys is None or m.key in keys)
            out.append(Candidate(recall, product, models or product.models, via))
        return out

    def _by_model(self, conn: Any, key: str) -> list[Candidate]:
        sql = "SELECT {model.product_id}, {model.key} FROM {model} WHERE {model.%s} = ? LIMIT ?"
        exact = plainsql.rows(conn, sql % "key", (key, MAX_CANDIDATES))
        if exact:
            return self._candidates(conn, exact, Via.MODEL)
        base = plainsql.rows(conn, sql % "base_key", (key, MAX_CANDIDATES))
        return self._candidates(conn, base, Via.BASE)

    def sweep_lookup(
        self,
        conn: Any,
        gtins: Iterable[str] = (),
        model_keys: Iterable[str] = (),
        product_ids: Iterable[int] = (),
        *,
        trusted: bool = True,
    ) -> SweepLookup:
        """Look up many 14-digit GTINs and model keys (and read many products) in a few ``IN (...)``
        queries on ``conn``: a stock list of 100,000 rows is one pass, not 100,000 checks.

        Each recall's document is read once, however many of its products are wanted.  ``trusted``:
        build the products from the stored documents without validating them again (they were
        validated on import; see :mod:`recall_desk.catalog.trusted`); False reads each with
        ``Recall.from_dict``, as a check does."""
        gtin_set = {g for g in gtins if g}
        key_list = sorted({k for k in model_keys if k})
        # (product id, the model number matched or None for all of them), in the order found.
        by_gtin: dict[str, list[tuple[int, str | None]]] = {}
        if len(gtin_set) > SWEEP_SCAN_OVER:
            # All the catalog's GTINs, in the order of their index as a look-up finds them.
            gtin_rows = sorted(r for r in plain_rows(conn, (_G.gtin, _G.product_id)) if r[0] in gtin_set)
        else:
            gtin_rows = plain_rows(conn, (_G.gtin, _G.product_id), _G.gtin, sorted(gtin_set))
        for gtin, pid in gtin_rows:
            by_gtin.setdefault(gtin, []).append((pid, None))
        exact: dict[str, list[tuple[int, str | None]]] = {}
        for key, pid, number in plain_rows(conn, (_M.key, _M.product_id, _M.number), _M.key, key_list):
            exact.setdefault(key, []).append((pid, number))
        base: dict[str, list[tuple[int, str | None]]] = {}
        no_exact = [k for k in key_list if k not in exact]
        if len(no_exact) > SWEEP_SCAN_OVER:  # only the keys that are some model's base are looked up
            bases = {b for (b,) in plain_rows(conn, (_M.base_key,), distinct=True)}
            no_exact = [k for k in no_exact if k in bases]
        for base_key, pid, number in plain_rows(
            conn, (_M.base_key, _M.product_id, _M.number), _M.base_key, no_exact
        ):
            base.setdefault(base_key, []).append((pid, number))
        wanted = {pid for found in (by_gtin, exact, base) for hits in found.values() for pid, _ in hits}
        wanted.update(product_ids)
        product_rows = plain_rows(conn, (_P.id, _P.recall_id, _P.doc), _P.id, sorted(wanted))
        recall_ids = sorted({r[1] for r in product_rows})
        recall_data = plain_rows(conn, (_R.id, _R.doc, _R.date), _R.id, recall_ids)
        recall_docs = trusted_read.documents([r[1] for r in recall_data])
        recall_rows = {r[0]: (rdoc, r[2]) for r, rdoc in zip(recall_data, recall_docs, strict=True)}
        product_docs = trusted_read.documents([r[2] for r in product_rows])
        products: dict[int, tuple[Recall, Product]] = {}
        order: dict[int, tuple[str, int]] = {}
        fields: dict[int, dict[str, Any]] = {}
        for (pid, rid, _), doc in zip(product_rows, product_docs, strict=True):
            if rid not in recall_rows:  # removed by a concurrent catalog update
                continue
            rdoc, rdate = recall_rows[rid]
            where = f"product {pid}"
            if trusted:
                if rid not in fields:
                    fields[rid] = trusted_read.recall_fields(rdoc)
                recall = trusted_read.product_recall(where, rdoc, doc, fields[rid])
            else:
                recall = Recall.from_dict(where, {**rdoc, "products": [doc]})
            products[pid] = (recall, recall.products[0])
            order[pid] = (rdate or "", rid)

        def candidates(hits: list[tuple[int, str | None]], via: Via) -> list[Candidate]:
            # As _candidates: at most MAX_CANDIDATES rows, one candidate per product, newest recall
            # first, with the models matched (a model row's number is its model's, so its key is too).
            numbers: dict[int, set[str] | None] = {}
            for pid, number in hits[:MAX_CANDIDATES]:
                if number is None:
                    numbers[pid] = None
                elif (known := numbers.setdefault(pid, set())) is not None:
                    known.add(number)
            out = []
            pids = [p for p in numbers if p in products]
            if len(pids) > 1:
                pids.sort(key=order.__getitem__, reverse=True)
            for pid in pids:
                recall, product = products[pid]
                ns = numbers[pid]
                models = product.models if ns is None else tuple(m for m in product.models if m.number in ns)
                out.append(Candidate(recall, product, models or product.models, via))
            return out

        return SweepLookup(
            by_gtin={g: c for g, hits in by_gtin.items() if (c := candidates(hits, Via.GTIN))},
            by_model={
                **{k: c for k, hits in base.items() if (c := candidates(hits, Via.BASE))},
                **{k: c for k, hits in exact.items() if (c := candidates(hits, Via.MODEL))},
            },
            products=products,
            order=order,
        )

    def _by_gtin(self, conn: Any, gtin: str) -> list[Candidate]:
        rows = plainsql.rows(
            conn, "SELECT {gtin.product_id} FROM {gtin} WHERE {gtin.gtin} = ? LIMIT ?", (gtin, MAX_CANDIDATES)
        )
        return self._candidates(conn, [(r[0], None) for r in rows], Via.GTIN)

    def _name_product_ids(self, conn: Any, text: str, limit: int) -> list[int]:
        """Products whose words start with every word of ``text`` (rarest word first)."""
        ws = words(text)[:MAX_WORDS]
        if not ws:
            return []
        if self._fts:
            return fulltext.product_ids(conn, ws, limit)
        sizes = []
        for w in ws:
            n = conn.execute(
                select(func.count()).select_from(
                    select(_T.product_id).where(_prefix(_T.term, w)).limit(_NAME_SCAN + 1).subquery()
                )
            ).scalar_one()
            if n == 0:
                return []
            sizes.append((n, w))
        sizes.sort(key=lambda s: (s[0], -len(s[1])))  # capped ties: drive from the longer word
        first = TERM_T.alias("t0")
        stmt = select(first.c.product_id).where(_prefix(first.c.term, sizes[0][1]))
        for i, (_, w) in enumerate(sizes[1:], 1):
            other = TERM_T.alias(f"t{i}")
            stmt = stmt.where(
                select(other.c.product_id)
                .where(other.c.product_id == first.c.product_id, _prefix(other.c.term, w))
                .exists()
            )
        stmt = stmt.distinct().limit(limit)
        return [r.product_id for r in conn.execute(stmt)]

    def _by_name(self, conn: Any, text: str) -> tuple[list[Candidate], bool]:
        """Products named by ``text``, at most :data:`NAME_CANDIDATES`, and whether more match."""
        ids = self._name_product_ids(conn, text, NAME_CANDIDATES + 1)
        candidates = self._candidates(conn, [(i, None) for i in ids[:NAME_CANDIDATES]], Via.NAME)
        return candidates, len(ids) > NAME_CANDIDATES

    def _suggest(self, conn: Any, key: str) -> list[str]:
        """Model numbers one or two edits away, confusable letters counted as no edit."""
        if len(key) < 3:
            return []
        folded, limit = fold(key), suggestion_limit(key)
        found: dict[str, int] = {}
        select_numbers = "SELECT {model.number}, {model.fold_key} FROM {model} WHERE "
        for number, _ in plainsql.rows(conn, select_numbers + "{model.fold_key} = ? LIMIT 20", (folded,)):
            found.setdefault(number, 0)
        rows = plainsql.rows(
            conn,
            select_numbers + "{model.fold_key} >= ? AND {model.fold_key} < ? LIMIT ?",
            (folded[:3], folded[:3] + "~", _SUGGEST_SCAN),
        )
        size = len(folded)
        for number, other in rows:
            if abs(len(other) - size) > limit:  # too long or too short to be a near miss
                continue
            d = edit_distance(folded, other, limit)
            if d <= limit:
                found[number] = min(found.get(number, d), d)
        return [n for n, _ in sorted(found.items(), key=lambda kv: (kv[1], kv[0]))][:5]

    # -- the two things a counter does --

    def search(self, text: str, limit: int = 100) -> list[SearchHit]:
        """As-you-type: model numbers starting with what was typed, then products by name words."""
        q = classify(text)
        if q.kind in (QueryKind.EMPTY, QueryKind.TOO_LONG):
            return []
        key = model_key(q.display) if q.kind != QueryKind.GTIN else ""
        with self.engine.connect() as conn:
            order: dict[int, str] = {}
            if q.kind == QueryKind.GTIN:
                for (pid,) in plainsql.rows(
                    conn,
                    "SELECT {gtin.product_id} FROM {gtin} WHERE {gtin.gtin} = ? LIMIT ?",
                    (q.value, limit),
                ):
                    order.setdefault(pid, q.display)
            if key and q.kind != QueryKind.TEXT:
                rows = plainsql.rows(
                    conn,
                    "SELECT {model.product_id}, {model.number} FROM {model} "
                    "WHERE {model.key} >= ? AND {model.key} < ? ORDER BY {model.key} LIMIT ?",
                    (key, key + "~", limit),
                )
                for pid, number in rows:
                    order.setdefault(pid, number)
            # Words of a name only for text, or when no model number starts with what was typed.
            if len(order) < limit and (q.kind == QueryKind.TEXT or not order):
                for pid in self._name_product_ids(conn, q.display, limit - len(order)):
                    order.setdefault(pid, "")
            if not order:
                return []
            detail_rows = plainsql.rows(
                conn,
                "SELECT {product.id}, {product.brand}, {product.name}, {product.models}, {recall.key}, "
                "{recall.number}, {recall.agency}, {recall.date}, {recall.title}, {recall.hazard} "
                "FROM {product} JOIN {recall} ON {recall.id} = {product.recall_id} "
                "WHERE {product.id} IN (??)",
                list(order),
                many=len(order),
            )
        by_id = {row[0]: row for row in detail_rows}
        hits = []
        for pid, matched in order.items():
            row = by_id.get(pid)
            if row is None:  # removed by a concurrent catalog update
                continue
            _, brand, name, models, rkey, number, agency, rdate, title, hazard = row
            hits.append(
                SearchHit(
                    product_id=pid,
                    recall_key=rkey,
                    recall_number=number,
                    agency=agency,
                    date=rdate,
                    title=title,
                    hazard=hazard,
                    brand=brand,
                    product=name,
                    models=models,
                    matched=matched,
                )
            )
        return hits

    def check(
        self,
        query: str,
        *,
        serial: str | None = None,
        no_serial: bool = False,
        answers: Mapping[str, str] | None = None,
        today: date | None = None,
    ) -> CheckResult:
        """Check one device.  ``answers["model"]`` (the answer to "which model?") replaces the query."""
        answers = dict(answers or {})
        model_answer = answers.pop("model", None)
        q: Query = classify(model_answer if model_answer else query)
        with self.engine.connect() as conn:
            info = self._info(conn)
            candidates: list[Candidate] = []
            suggestions: list[str] = []
            more = False
            if q.kind == QueryKind.GTIN:
                candidates = self._by_gtin(conn, q.value)
                if not candidates:
                    # Some model numbers are all digits and happen to carry a valid check digit.
                    candidates = self._by_model(conn, model_key(q.display))
            elif q.kind == QueryKind.MODEL:
                candidates = self._by_model(conn, q.value)
                if not candidates:
                    suggestions = self._suggest(conn, q.value)
                    if not suggestions and q.display.isalpha():
                        # A single word ("soundcore") is a name, not a model number.
                        candidates, more = self._by_name(conn, q.display)
            elif q.kind == QueryKind.TEXT:
                candidates, more = self._by_name(conn, q.value)
        return decide(
            q,
            candidates,
            info,
            serial=serial,
            no_serial=no_serial,
            answers=answers,
            suggestions=suggestions,
            more_by_name=more,
            today=today,
        )
