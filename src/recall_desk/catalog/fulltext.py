"""Finding products by the words of their names, as fast as a keystroke needs.

A product is found by every word of its brand, name, recall title and model
numbers (:func:`recall_desk.core.search.product_terms`), each typed as a prefix
("anker pow" finds the Anker PowerCore).  On SQLite the words go in an FTS5
index with prefix indexes up to six characters: two common words ("power
helmet", 11,735 and 10,730 rows in the national benchmark catalog) intersect in
under a millisecond there, against 10 to 18 ms for the same intersection over a
plain (term, product) table.  Other engines (PostgreSQL), and an SQLite built
without FTS5, use that plain table (``search_term``).

The FTS5 table keeps its text (a product's terms, a few hundred bytes), so one
recall's products can be replaced by an import without rebuilding the index.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

from ..core.model import CatalogFormatError, Recall
from ..core.search import product_terms

FTS_TABLE = "search_fts"
_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(terms, columnsize=0, detail=none, prefix='1 2 3 4 5 6')"
)


def available(conn: Connection) -> bool:
    """Whether this database keeps its name words in the FTS5 index."""
    if conn.dialect.name != "sqlite":
        return False
    return _definition(conn) is not None


def _definition(conn: Connection) -> str | None:
    row = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
    ).first()
    return str(row[0]) if row is not None else None


def ensure(engine: Engine) -> None:
    """Give an SQLite catalog the FTS5 index (one transaction): a new database gets an empty one;
    a catalog of an earlier version gets its words moved in (from the plain table, or re-read from
    its stored products).  Does nothing on other engines, or where SQLite lacks FTS5."""
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        definition = _definition(conn)
        if definition is not None and "content=''" not in definition:
            return
        if definition is not None:  # the contentless index of 0.1 could not delete single products
            conn.exec_driver_sql(f"DROP TABLE {FTS_TABLE}")
        try:
            conn.exec_driver_sql(_CREATE)
        except OperationalError:  # "no such module: fts5": the plain table serves
            return
        if conn.exec_driver_sql("SELECT 1 FROM search_term LIMIT 1").first() is not None:
            conn.exec_driver_sql(
                f"INSERT INTO {FTS_TABLE}(rowid, terms) "
                "SELECT product_id, group_concat(term, ' ') FROM search_term GROUP BY product_id"
            )
            conn.exec_driver_sql("DELETE FROM search_term")
        else:
            add(conn, _terms_from_documents(conn))


def _terms_from_documents(conn: Connection) -> list[tuple[int, list[str]]]:
    rows = conn.exec_driver_sql(
        "SELECT p.id, p.doc, r.doc FROM product p JOIN recall r ON r.id = p.recall_id"
    ).all()
    out = []
    for pid, pdoc, rdoc in rows:
        try:
            recall = Recall.from_dict(f"product {pid}", {**json.loads(rdoc), "products": [json.loads(pdoc)]})
        except (CatalogFormatError, ValueError, TypeError):
            continue  # unreadable: found by model number still, not by name words
        out.append((int(pid), product_terms(recall, recall.products[0])))
    return out


def clear(conn: Connection) -> None:
    conn.exec_driver_sql(f"DELETE FROM {FTS_TABLE}")


def remove(conn: Connection, product_ids: Sequence[int]) -> None:
    if product_ids:
        conn.execute(
            text(f"DELETE FROM {FTS_TABLE} WHERE rowid IN :ids").bindparams(bindparam("ids", expanding=True)),
            {"ids": list(product_ids)},
        )


def add(conn: Connection, rows: Iterable[tuple[int, Iterable[str]]]) -> None:
    """Index each (product id, its terms)."""
    params = [{"pid": pid, "terms": " ".join(terms)} for pid, terms in rows]
    if params:
        conn.execute(text(f"INSERT INTO {FTS_TABLE}(rowid, terms) VALUES (:pid, :terms)"), params)


def match_expression(words: Sequence[str]) -> str:
    """An FTS5 query for products with a term starting with each word (words are [A-Z0-9]+)."""
    return " ".join(f'"{w}"*' for w in words)


def product_ids(conn: Connection, words: Sequence[str], limit: int) -> list[int]:
    if not words:
        return []
    # On the driver's cursor (SQLite only has the index): a keystroke's query, without SQLAlchemy's
    # statement cache and rows around it.
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None  # an open connection
    cursor = dbapi.cursor()
    try:
        cursor.execute(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT ?",
            (match_expression(words), limit),
        )
        return [int(r[0]) for r in cursor.fetchall()]
    finally:
        cursor.close()
