"""A check's and a keystroke's few small queries, on the driver's own cursor.

A check asks the database four or five small indexed questions; building each as a SQLAlchemy
statement, finding its compiled form in the cache and wrapping its rows cost more than the
database's answer (about half a millisecond a query here).  These queries are written once as SQL
with ``?`` markers and ``{table}`` / ``{table.column}`` names, filled from the table definitions with
the dialect's own quoting and parameter markers, and run on the DBAPI cursor: the same SQL on SQLite
and PostgreSQL, rows as plain tuples.  A driver with named parameters (none the program uses) gets
the same SQL through SQLAlchemy's ``text()``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, text

from .tables import GTIN_T, META_T, MODEL_T, PRODUCT_T, RECALL_T

_TABLES: dict[str, Table] = {
    "meta": META_T,
    "recall": RECALL_T,
    "product": PRODUCT_T,
    "model": MODEL_T,
    "gtin": GTIN_T,
}
_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}
_NAME_RE = re.compile(r"\{(\w+)(?:\.(\w+))?\}")
_cache: dict[tuple[str, str, str], str] = {}


def _render(conn: Any, sql: str, markers: int) -> str:
    """``sql`` with its names quoted for ``conn``'s dialect and ``IN (??)`` given ``markers`` markers."""
    dialect = conn.dialect
    key = (sql, dialect.name, f"{dialect.paramstyle}:{markers}")
    found = _cache.get(key)
    if found is not None:
        return found
    prep = dialect.identifier_preparer

    def name(m: re.Match[str]) -> str:
        table = _TABLES[m.group(1)]
        if m.group(2) is None:
            return str(prep.format_table(table))
        return f"{prep.format_table(table)}.{prep.quote(table.c[m.group(2)].name)}"

    out = _NAME_RE.sub(name, sql)
    marker = _MARKERS.get(dialect.paramstyle, "?")
    out = out.replace("(??)", "(" + ", ".join([marker] * markers) + ")").replace("?", marker)
    if len(_cache) > 256:
        _cache.clear()
    _cache[key] = out
    return out


def rows(conn: Any, sql: str, params: Sequence[Any] = (), *, many: int = 0) -> list[tuple[Any, ...]]:
    """The rows ``sql`` selects, as tuples.  ``many``: how many of ``params`` fill its ``IN (??)``."""
    if conn.dialect.paramstyle not in _MARKERS:
        named = _render(conn, sql, many)
        names = [f"p{i}" for i in range(len(params))]
        for n in names:
            named = named.replace("?", f":{n}", 1)
        return [tuple(r) for r in conn.execute(text(named), dict(zip(names, params, strict=True)))]
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(_render(conn, sql, many), tuple(params))
        return list(cursor.fetchall())
    finally:
        cursor.close()
