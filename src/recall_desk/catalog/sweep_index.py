"""Recalled products by the words of their brand and name, for the sweep's possible hits by description.

A description names a product when it holds every word of the product's brand and of its name (small
words aside), and the name has at least two words of its own: "Anker Charger" alone would name half
the shelf.  :class:`NameIndex` answers that for the thousands of distinct descriptions of a stock list
at once; :func:`named_products` is the same rule written plainly, the reference the tests compare the
index with.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import select

from ..core.search import words
from .tables import PRODUCT_T

# ASCII text (what stock systems export) is split with bytes.translate: the same words as
# recall_desk.core.search.words (runs of A-Z0-9 in upper case), several times faster.
WORD_BYTES = bytes(
    c - 32 if 97 <= c <= 122 else c if 48 <= c <= 57 or 65 <= c <= 90 else 32 for c in range(256)
)
"""a-z to A-Z, A-Z and 0-9 as they are, every other byte a space."""
_NAME_LINES = WORD_BYTES[:10] + b"\n" + WORD_BYTES[11:]
"""WORD_BYTES, line feeds kept."""
STOP_WORDS = frozenset(["A", "AN", "AND", "THE", "FOR", "WITH", "OF", "IN", "ON", "TO", "BY", "OR"])


def ascii_words(text: str) -> list[str]:
    """The words of ASCII ``text`` (``text.isascii()``), as :func:`recall_desk.core.search.words`
    finds them: runs of A-Z0-9, in upper case."""
    return text.encode("ascii").translate(WORD_BYTES).decode("ascii").split()


def text_words(text: str) -> set[str]:
    """The set of :func:`recall_desk.core.search.words` of ``text``.

    Words are runs of letters and digits, which no space is part of, and what makes them (Unicode
    normalization, upper case) folds a space with nothing before or after it: the words of a text
    are those of its parts between spaces.  ASCII parts are read as ASCII ("café mug 2 m": only
    "café" is normalized)."""
    if text.isascii():
        return set(ascii_words(text))
    found: set[str] = set()
    for part in text.split(" "):
        found.update(ascii_words(part) if part.isascii() else _part_words(part))
    return found


@lru_cache(maxsize=4096)
def _part_words(part: str) -> tuple[str, ...]:
    """The words of a part of a text that is not ASCII (a word with an accent: the same few recur)."""
    return tuple(words(part))


def name_words(brand_words: frozenset[str], name: str) -> frozenset[str] | None:
    """The words a description must hold to name the product (its brand's and its name's), or None
    when its name has fewer than two words of its own (small words and the brand's aside)."""
    return _required(brand_words, text_words(name))


def _required(brand_words: frozenset[str], name_words: set[str]) -> frozenset[str] | None:
    own = name_words - STOP_WORDS - brand_words
    return frozenset(own | brand_words) if len(own) >= 2 else None


def _chunked(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    return (items[i : i + size] for i in range(0, len(items), size))


_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def plain_rows(
    conn: Any,
    columns: Sequence[Any],
    column: Any = None,
    values: Sequence[Any] = (),
    *,
    distinct: bool = False,
) -> list[Any]:
    """The ``columns`` of the rows whose ``column`` is one of ``values`` (or of every row, without
    ``column``) as tuples, read with plain SQL on the driver's own cursor, ``IN`` lists of 500.
    ``distinct``: each combination of values once (``SELECT DISTINCT``).

    For reads of tens of thousands of rows: SQLAlchemy's expanding ``IN`` costs more per value than
    the query does, and its rows more than the driver's tuples.  Tables and columns are named as
    SQLAlchemy quotes them; a driver with named parameters gets SQLAlchemy's own ``IN``."""
    table = (column if column is not None else columns[0]).table
    marker = _MARKERS.get(conn.dialect.paramstyle)
    if marker is None:
        stmt = select(*columns).distinct() if distinct else select(*columns)
        if column is None:
            return [tuple(r) for r in conn.execute(stmt)]
        return [tuple(r) for c in _chunked(values) for r in conn.execute(stmt.where(column.in_(c)))]
    prep = conn.dialect.identifier_preparer
    sql = (
        f"SELECT {'DISTINCT ' if distinct else ''}{', '.join(prep.quote(c.name) for c in columns)} "
        f"FROM {prep.format_table(table)}"
    )
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        if column is None:
            cursor.execute(sql)
            return list(cursor.fetchall())
        out: list[Any] = []
        where = f" WHERE {prep.quote(column.name)} IN ("
        for chunk in _chunked(values):
            cursor.execute(sql + where + ", ".join([marker] * len(chunk)) + ")", tuple(chunk))
            out.extend(cursor.fetchall())
        return out
    finally:
        cursor.close()


class NameIndex:
    """The products some description of the sweep can name, each filed under one of its words.

    Built once per sweep from what the descriptions hold, in one read of the products' brands and
    names: a product is kept only when some description names its brand and every word of its name
    occurs in the descriptions naming that brand (most are ruled out by that one test, before their
    word sets are made).  Each is filed under its word that the fewest descriptions hold, so a
    description looks up each of its words once and tests only the few products filed there."""

    def __init__(self, conn: Any, texts: Collection[set[str]]) -> None:
        p = PRODUCT_T.c
        freq = Counter(chain.from_iterable(texts))
        rows = plain_rows(conn, (p.id, p.brand, p.name))  # one scan: cheaper than a query per brand
        brand_words: dict[str, frozenset[str]] = {}
        by_rarest: dict[str, list[str]] = {}
        for brand in dict.fromkeys(map(itemgetter(1), rows)):
            bw = brand_words[brand] = frozenset(text_words(brand))
            if bw and bw <= freq.keys():
                by_rarest.setdefault(min(bw, key=freq.__getitem__), []).append(brand)
        # Brand -> every word of the descriptions that name it, and the small words.
        vocabulary: dict[str, set[str]] = {}
        rare = set(by_rarest)
        for present in texts:
            if rare.isdisjoint(present):  # most descriptions name no brand
                continue
            for w in rare.intersection(present):
                for brand in by_rarest[w]:
                    if brand_words[brand] <= present:
                        vocabulary.setdefault(brand, set(STOP_WORDS)).update(present)
        self.by_word: dict[str, list[tuple[int, frozenset[str]]]] = {}
        named = [row for row in rows if row[1] in vocabulary]
        # The words of every ASCII name (ascii_words), in one translation of them all, a line each
        # (a name that is not ASCII, or holds a line break, is left to name_words alone).
        plain = [name if name.isascii() and "\n" not in name else "" for _, _, name in named]
        lines = (
            "\n".join(plain).encode("ascii").translate(_NAME_LINES).decode("ascii").split("\n")
            if plain
            else []
        )
        for (pid, brand, name), plain_name, line in zip(named, plain, lines, strict=True):
            allowed = vocabulary[brand]
            if plain_name:
                name_set = set(line.split())
                if not allowed.issuperset(name_set):  # most names fail here
                    continue
                required = _required(brand_words[brand], name_set)  # name_words(), its words known
            else:
                required = name_words(brand_words[brand], name)
            if required is not None and required <= allowed:
                rarest = min(required, key=freq.__getitem__)
                self.by_word.setdefault(rarest, []).append((pid, required))
        self._filed = frozenset(self.by_word)

    def find(self, present: set[str]) -> dict[int, int]:
        """Product id -> how many words name it, for the products ``present`` (a description's
        :func:`text_words`) names."""
        if self._filed.isdisjoint(present):  # most descriptions
            return {}
        by_word = self.by_word
        return {
            pid: len(required)
            for w in present
            if w in by_word
            for pid, required in by_word[w]
            if required <= present
        }


def named_products(conn: Any, texts: Iterable[set[str]]) -> list[dict[int, int]]:
    """As :meth:`NameIndex.find` for each of ``texts``, by testing every product against every text:
    plain and slow (products x texts), for the tests."""
    products = []
    for pid, brand, name in conn.execute(select(PRODUCT_T.c.id, PRODUCT_T.c.brand, PRODUCT_T.c.name)):
        brand_words = frozenset(text_words(brand))
        required = name_words(brand_words, name) if brand_words else None
        if required is not None:
            products.append((pid, required))
    return [{pid: len(req) for pid, req in products if req <= present} for present in texts]
