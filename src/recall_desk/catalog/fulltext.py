"""Finding products by the words of their names, as fast as a keystroke needs.

A product is found by every word of its brand, name, recall title and model
numbers (:func:`recall_desk.core.search.index_terms`), each typed as a prefix
("anker pow" finds the Anker PowerCore).  On SQLite the words go in an FTS5
index with prefix indexes up to six characters: two common words ("power
helmet", 11,735 and 10,730 rows in the national benchmark catalog) intersect in
under a millisecond there, against 10 to 18 ms for the same intersection over a
plain (term, product) table.  Other engines (PostgreSQL), and an SQLite built
without FTS5, use that plain table (``search_term``).

The FTS5 table is contentless: it holds the index and the product id (its
rowid), nothing to read back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

FTS_TABLE = "search_fts"
_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "terms, content='', columnsize=0, detail=none, prefix='1 2 3 4 5 6')"
)


def available(conn: Connection) -> bool:
    """Whether this database keeps its name words in the FTS5 index."""
    if conn.dialect.name != "sqlite":
        return False
    row = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
    ).first()
    return row is not None


def ensure(engine: Engine) -> None:
    """Create the FTS5 index on an SQLite catalog that has none, moving any words a catalog of
    an earlier version kept in the plain table into it (one transaction).  Does nothing on other
    engines, or where SQLite lacks FTS5."""
    if engine.dialect.name != "sqlite":
        return
    with engine.begin() as conn:
        if available(conn):
            return
        try:
            conn.exec_driver_sql(_CREATE)
        except OperationalError:  # "no such module: fts5": the plain table serves
            return
        conn.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}(rowid, terms) "
            "SELECT product_id, group_concat(term, ' ') FROM search_term GROUP BY product_id"
        )
        conn.exec_driver_sql("DELETE FROM search_term")


def clear(conn: Connection) -> None:
    conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')")


def add(conn: Connection, rows: Iterable[tuple[int, Iterable[str]]]) -> None:
    """Index each (product id, its terms)."""
    conn.execute(
        text(f"INSERT INTO {FTS_TABLE}(rowid, terms) VALUES (:pid, :terms)"),
        [{"pid": pid, "terms": " ".join(terms)} for pid, terms in rows],
    )


def match_expression(words: Sequence[str]) -> str:
    """An FTS5 query for products with a term starting with each word (words are [A-Z0-9]+)."""
    return " ".join(f'"{w}"*' for w in words)


def product_ids(conn: Connection, words: Sequence[str], limit: int) -> list[int]:
    if not words:
        return []
    rows = conn.execute(
        text(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q LIMIT :n"),
        {"q": match_expression(words), "n": limit},
    )
    return [int(r[0]) for r in rows]
