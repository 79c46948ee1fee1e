"""A catalog document in, in one transaction.

The document is Recall Desk's own JSON (the seed that ships with the program
is one): ``{"format": "recall-desk-catalog", "format_version": 1, "version",
"published", "recalls": [...]}``.  Every recall is validated first; a document
with any bad record is refused whole, naming each, and the stored catalog is
left exactly as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Table, delete, func, insert, select
from sqlalchemy.engine import Connection, Engine

from ..core.model import CatalogFormatError, Recall
from . import fulltext
from .errors import CatalogLoadError as CatalogLoadError  # the name other modules import
from .prepared import PreparedRecall, prepare
from .tables import CATALOG_TABLES, GTIN_T, META_T, MODEL_T, PRODUCT_T, RECALL_T, TERM_T, table_of

FORMAT_NAME = "recall-desk-catalog"
FORMAT_VERSION = 1
_BATCH = 5_000


@dataclass(frozen=True)
class CatalogDocument:
    version: str
    published: str
    recalls: tuple[Recall, ...]
    description: str | None = None


def parse_document(data: Any, source: str = "catalog") -> CatalogDocument:
    """Validate a whole document; raise CatalogLoadError with every problem found."""
    if not isinstance(data, Mapping):
        raise CatalogLoadError(source, [f"expected a JSON object at the top, got {type(data).__name__}"])
    problems: list[str] = []
    if data.get("format") != FORMAT_NAME:
        problems.append(f"format: expected {FORMAT_NAME!r}, got {data.get('format')!r}")
    if data.get("format_version") != FORMAT_VERSION:
        problems.append(
            f"format_version: this program reads {FORMAT_VERSION}, got {data.get('format_version')!r}"
        )
    version = data.get("version")
    if not isinstance(version, str) or not version.strip():
        problems.append('version: required text, e.g. "2026.11.22"')
    published = data.get("published")
    try:
        date.fromisoformat(str(published))
    except ValueError:
        problems.append(f"published: expected a YYYY-MM-DD date, got {published!r}")
    raw = data.get("recalls")
    recalls: list[Recall] = []
    if not isinstance(raw, list):
        problems.append(f"recalls: expected a list, got {type(raw).__name__}")
        raw = []
    seen: dict[str, int] = {}
    for i, item in enumerate(raw):
        label = f"recalls[{i}]"
        if isinstance(item, Mapping) and isinstance(item.get("key"), str):
            label += f" ({item['key']})"
        try:
            recall = Recall.from_dict(label, item)
        except CatalogFormatError as exc:
            problems.append(str(exc))
            continue
        if recall.key in seen:
            problems.append(f"{label}.key: {recall.key!r} is also used by recalls[{seen[recall.key]}]")
            continue
        seen[recall.key] = i
        recalls.append(recall)
    if problems:
        raise CatalogLoadError(source, problems)
    assert isinstance(version, str) and isinstance(published, str)
    description = data.get("description") if isinstance(data.get("description"), str) else None
    return CatalogDocument(version.strip(), published, tuple(recalls), description)


def read_document(path: Path) -> CatalogDocument:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogLoadError(str(path), [f"cannot read the file: {exc.strerror}"]) from None
    except UnicodeDecodeError as exc:
        raise CatalogLoadError(str(path), [f"not UTF-8 text (byte {exc.start})"]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogLoadError(
            str(path), [f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"]
        ) from None
    except RecursionError:
        raise CatalogLoadError(str(path), ["not a catalog: the JSON is nested too deeply"]) from None
    return parse_document(data, str(path))


@dataclass(frozen=True)
class RecallState:
    """How an import stores a recall beside its document (see the recall table's columns)."""

    origin: str = "document"
    source_updated: str | None = None
    edited: bool = False
    upstream: dict[str, Any] | None = None


# The columns each insert fills, in the order of the rows _rows() makes.
_COLUMNS: dict[str, tuple[Table, tuple[str, ...]]] = {
    "recall": (
        RECALL_T,
        ("id", "key", "agency", "number", "date", "title", "hazard", "doc", "notice_url", "origin",
         "source_updated", "edited", "upstream"),
    ),
    "product": (PRODUCT_T, ("id", "recall_id", "position", "brand", "name", "models", "doc")),
    "model": (MODEL_T, ("product_id", "number", "key", "base_key", "fold_key")),
    "gtin": (GTIN_T, ("gtin", "product_id")),
    "term": (TERM_T, ("term", "product_id")),
}  # fmt: skip


def _rows(
    recalls: Iterable[tuple[Recall | PreparedRecall, RecallState]],
    first_recall_id: int,
    first_product_id: int,
) -> tuple[dict[str, list[tuple[Any, ...]]], list[tuple[int, list[str]]]]:
    """The rows of each table (tuples in the order of :data:`_COLUMNS`, the documents as JSON text),
    and each product's search terms."""
    out: dict[str, list[tuple[Any, ...]]] = {"recall": [], "product": [], "model": [], "gtin": []}
    recall_rows, product_rows, model_rows, gtin_rows = (
        out["recall"],
        out["product"],
        out["model"],
        out["gtin"],
    )
    words: list[tuple[int, list[str]]] = []
    rid, pid = first_recall_id, first_product_id
    for item, state in recalls:
        r = item if isinstance(item, PreparedRecall) else prepare(item)
        recall_rows.append(
            (
                rid,
                r.key,
                r.agency,
                r.number,
                r.date,
                r.title,
                r.hazard,
                r.doc_json,
                r.notice_url,
                state.origin,
                state.source_updated,
                state.edited,
                state.upstream,
            )
        )
        for pos, p in enumerate(r.products):
            product_rows.append((pid, rid, pos, p.brand, p.name, p.models_text, p.doc_json))
            model_rows.extend((pid, *m) for m in p.models)
            gtin_rows.extend((g, pid) for g in p.gtins)
            words.append((pid, p.terms))
            pid += 1
        rid += 1
    return out, words


_SERIALIZED = frozenset({"doc"})
"""JSON columns whose values :func:`_rows` gives as JSON text already (``json.dumps`` of the document)."""


def _insert(conn: Connection, name: str, rows: list[tuple[Any, ...]]) -> None:
    """Insert ``rows`` into the table :data:`_COLUMNS` names, in batches.

    On SQLite the rows go to the driver's ``executemany`` as they are, with the JSON columns
    serialized as SQLAlchemy's JSON type would (the engine's serializer, ``json.dumps`` unless set)
    and booleans as 0/1: that per-row processing is most of what an ORM-free insert through
    SQLAlchemy Core costs.  Other engines (PostgreSQL) get a Core insert, with their own types.
    The documents (:data:`_SERIALIZED`) come as ``json.dumps`` text: kept as they are where that is
    the engine's serializer, else decoded for it."""
    if not rows:
        return
    table, columns = _COLUMNS[name]
    plain = conn.dialect.name == "sqlite" and conn.dialect.paramstyle == "qmark"
    serialized = [i for i, c in enumerate(columns) if c in _SERIALIZED]
    custom = getattr(conn.dialect, "_json_serializer", None)
    if serialized and (custom is not None or not plain):
        decoded = []
        for r in rows:
            values = list(r)
            for i in serialized:
                values[i] = json.loads(values[i])
            decoded.append(tuple(values))
        rows, serialized = decoded, []
    if not plain:
        for start in range(0, len(rows), _BATCH):
            conn.execute(
                insert(table), [dict(zip(columns, r, strict=True)) for r in rows[start : start + _BATCH]]
            )
        return
    dumps = custom or json.dumps
    convert: list[tuple[int, Any]] = []  # (column index, function) for the columns that need one
    for i, column in enumerate(columns):
        kind = table.c[column].type
        if i in serialized:
            continue
        if isinstance(kind, JSON):  # None is JSON null unless the column says SQL NULL
            convert.append((i, (lambda v: None if v is None else dumps(v)) if kind.none_as_null else dumps))
        elif isinstance(kind, Boolean):
            convert.append((i, lambda v: None if v is None else int(v)))
    if convert:
        converted = []
        for r in rows:
            values = list(r)
            for i, f in convert:
                values[i] = f(values[i])
            converted.append(tuple(values))
        rows = converted
    quote = conn.dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    for start in range(0, len(rows), _BATCH):
        conn.exec_driver_sql(sql, rows[start : start + _BATCH])


def insert_recalls(conn: Connection, recalls: Sequence[tuple[Recall | PreparedRecall, RecallState]]) -> None:
    """Add recalls (whose keys are not stored yet) with their products and lookup rows; each
    given as a Recall or as :func:`prepare` made it."""
    if not recalls:
        return
    next_rid = (conn.execute(select(func.max(RECALL_T.c.id))).scalar() or 0) + 1
    next_pid = (conn.execute(select(func.max(PRODUCT_T.c.id))).scalar() or 0) + 1
    rows, words = _rows(recalls, next_rid, next_pid)
    for name in ("recall", "product", "model", "gtin"):
        _insert(conn, name, rows[name])
    if fulltext.available(conn):
        fulltext.add(conn, words)
    else:
        _insert(conn, "term", [(t, pid) for pid, terms in words for t in terms])
    if conn.dialect.name == "postgresql":
        # The ids above were given here, not drawn from the tables' sequences: move those on past
        # them, so a row ever inserted without an id cannot collide.
        for table in (RECALL_T, PRODUCT_T):
            conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"
            )


def delete_recalls(conn: Connection, keys: Sequence[str]) -> None:
    """Remove recalls by key, with their products and every lookup row made from them."""
    if not keys:
        return
    rids = [r[0] for r in conn.execute(select(RECALL_T.c.id).where(RECALL_T.c.key.in_(list(keys))))]
    pids = [r[0] for r in conn.execute(select(PRODUCT_T.c.id).where(PRODUCT_T.c.recall_id.in_(rids)))]
    for start in range(0, len(pids), _BATCH):
        chunk = pids[start : start + _BATCH]
        for table in (MODEL_T, GTIN_T, TERM_T):
            conn.execute(delete(table).where(table.c.product_id.in_(chunk)))
        if fulltext.available(conn):
            fulltext.remove(conn, chunk)
        conn.execute(delete(PRODUCT_T).where(PRODUCT_T.c.id.in_(chunk)))
    for start in range(0, len(rids), _BATCH):
        conn.execute(delete(RECALL_T).where(RECALL_T.c.id.in_(rids[start : start + _BATCH])))


def set_meta(conn: Connection, meta: Mapping[str, str]) -> None:
    conn.execute(delete(META_T).where(META_T.c.key.in_(list(meta))))
    conn.execute(insert(META_T), [{"key": k, "value": v} for k, v in meta.items()])


CATALOG_WRITE_LOCK = 0x52440002
"""PostgreSQL advisory lock key: one catalog write (seed, replace, import) at a time."""


def lock_catalog_for_write(conn: Connection) -> None:
    """Make the other counters' catalog writes wait for this transaction's (PostgreSQL; an SQLite
    file has one writer at a time already).  Call first thing in the writing transaction."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({CATALOG_WRITE_LOCK})")


def replace_catalog(
    engine: Engine, document: CatalogDocument, *, source: str = "", only_if_empty: bool = False
) -> bool:
    """Put ``document`` in place of the stored catalog, atomically; returns whether it did.

    ``only_if_empty``: only into a database that holds no catalog yet (the seed on first use, where
    several counters may open a new shared database at once: the first fills it)."""
    with engine.begin() as conn:
        lock_catalog_for_write(conn)
        if only_if_empty and conn.execute(select(META_T.c.value).where(META_T.c.key == "version")).first():
            return False
        for table in CATALOG_TABLES:
            conn.execute(delete(table_of(table)))
        if fulltext.available(conn):
            fulltext.clear(conn)
        origin = "seed" if source == "bundled seed" else "document"
        insert_recalls(conn, [(r, RecallState(origin=origin)) for r in document.recalls])
        set_meta(
            conn,
            {
                "version": document.version,
                "published": document.published,
                "source": source,
                "description": document.description or "",
            },
        )
    return True
