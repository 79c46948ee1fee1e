"""Name words: the FTS5 index on SQLite, and the plain table other engines use, find the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from recall_desk.catalog import fulltext
from recall_desk.catalog.db import open_engine
from recall_desk.catalog.service import Catalog
from recall_desk.core.search import words

QUERIES = [
    "anker",
    "an",
    "anker power",
    "soundcore",
    "power bank",
    "belkin boost",
    "audio-technica",
    "ath ck3",
    "wireless earbuds",
    "a3102",
    "25-056",
    "recalls",
    "zzzz",
    "anker zzzz",
]


def _names(catalog: Catalog, query: str) -> dict[str, set[tuple[str, str]]]:
    search = {(h.brand, h.product) for h in catalog.search(query)}
    check = {(m.product.brand, m.product.name) for m in catalog.check(query).matches}
    return {"search": search, "check": check}


def _without_fts(path: Path) -> None:
    """Turn a catalog file into one of an earlier version: words in the plain table, no FTS5."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        assert fulltext.available(conn)
        conn.exec_driver_sql(f"DROP TABLE {fulltext.FTS_TABLE}")
    engine.dispose()


def test_a_new_sqlite_catalog_keeps_its_words_in_fts5(catalog: Catalog, db_path: Path) -> None:
    with sqlite3.connect(db_path) as con:
        products = con.execute("SELECT id, brand, models FROM product").fetchall()
        plain = con.execute("SELECT count(*) FROM search_term").fetchone()[0]
        assert len(products) == 16
        for pid, brand, models in products:  # found by its brand and by its first model number
            for word in (brand, models.split(",")[0]):
                expr = fulltext.match_expression(words(word))
                found = con.execute(
                    f"SELECT rowid FROM {fulltext.FTS_TABLE} WHERE {fulltext.FTS_TABLE} MATCH ?", (expr,)
                ).fetchall()
                assert (pid,) in found, (pid, word)
    assert plain == 0


def test_the_plain_table_and_fts5_find_the_same_products(db_path: Path) -> None:
    # A catalog with no FTS5 table loads its words into the plain table, as PostgreSQL does.
    engine = open_engine(db_path)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DROP TABLE {fulltext.FTS_TABLE}")
    plain = Catalog(engine)
    assert not plain._fts
    plain.load_seed()
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT count(*) FROM search_term").fetchone()[0] > 100
    expected = {q: _names(plain, q) for q in QUERIES}
    plain.close()

    # Opening it again moves the words into FTS5: the answers do not change.
    indexed = Catalog.open(db_path)
    assert indexed._fts
    assert {q: _names(indexed, q) for q in QUERIES} == expected
    with sqlite3.connect(db_path) as con:
        assert con.execute("SELECT count(*) FROM search_term").fetchone()[0] == 0
    assert expected["anker power"]["search"]
    assert not expected["anker zzzz"]["search"]
    indexed.close()


def test_an_earlier_catalog_file_is_moved_to_fts5_whole(catalog: Catalog, db_path: Path) -> None:
    before = {q: _names(catalog, q) for q in QUERIES}
    catalog.close()
    _without_fts(db_path)
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:  # the words of that version's loader
        conn.exec_driver_sql(
            "INSERT INTO search_term(term, product_id) VALUES ('ANKER', 1), ('POWERCORE', 1)"
        )
    engine.dispose()
    reopened = Catalog.open(db_path)
    assert reopened._fts
    hits = {h.product_id for h in reopened.search("powercore")}
    assert hits == {1}
    reopened.close()
    # Reloading rebuilds the index from the documents.
    again = Catalog.open(db_path)
    again.load_seed()
    assert {q: _names(again, q) for q in QUERIES} == before
    again.close()


@pytest.mark.parametrize("words", [["A"], ["ANKER", "POWER"], ["X1", "2"]])
def test_match_expressions_quote_every_word_as_a_prefix(words: list[str]) -> None:
    expr = fulltext.match_expression(words)
    assert expr.split(" ") == [f'"{w}"*' for w in words]


def test_the_contentless_index_of_0_1_is_rebuilt_from_the_stored_products(
    catalog: Catalog, db_path: Path
) -> None:
    before = {q: _names(catalog, q) for q in QUERIES}
    catalog.close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:  # what the first FTS5 version made: an index with no text kept
        conn.exec_driver_sql(f"DROP TABLE {fulltext.FTS_TABLE}")
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {fulltext.FTS_TABLE} USING fts5("
            "terms, content='', columnsize=0, detail=none, prefix='1 2 3 4 5 6')"
        )
    engine.dispose()
    reopened = Catalog.open(db_path)
    with sqlite3.connect(db_path) as con:
        definition = con.execute(
            "SELECT sql FROM sqlite_master WHERE name = ?", (fulltext.FTS_TABLE,)
        ).fetchone()
    assert "content=''" not in definition[0]
    assert {q: _names(reopened, q) for q in QUERIES} == before
    reopened.close()
