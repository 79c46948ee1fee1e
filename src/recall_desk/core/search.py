"""Search keys: words of a name, confusable-folded model keys, and near misses.

Pure functions shared by the catalog's index (what it stores) and its queries
(what it looks up), so both sides always agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .identifiers import clean, model_key

if TYPE_CHECKING:
    from .model import Product, Recall

_WORD_RE = re.compile(r"[A-Z0-9]+")

# Characters a label reader confuses: folded to one representative for "did you mean".
_FOLD = str.maketrans(
    {"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "Z": "2", "S": "5", "B": "8", "G": "6"}
)

MAX_WORDS = 8
"""A free-text query uses at most this many words (the rest add nothing at a counter)."""


def words(text: str) -> list[str]:
    """Search words of a text: upper-case runs of letters and digits, in order, without repeats."""
    return list(dict.fromkeys(_WORD_RE.findall(clean(text))))


def index_terms(*texts: str | None) -> set[str]:
    """Every term a product is found by: the words of its brand, name, title and model numbers,
    and each hyphenated or spaced model joined up ("ATH-CK3TW" -> ATH, CK3TW, ATHCK3TW)."""
    terms: set[str] = set()
    plain: list[str] = []
    for text in texts:
        if not text:
            continue
        if text.isascii():
            plain.append(text)
            continue
        cleaned = clean(text)
        terms.update(_WORD_RE.findall(cleaned))  # the words(text)
        for chunk in cleaned.split(" "):
            if chunk.isascii() and chunk.isalnum():
                continue  # a single word: it is in already
            joined = "".join(_WORD_RE.findall(chunk))
            if joined:
                terms.add(joined)
    if plain:
        # The ASCII texts at once: cleaned, they are the cleaned texts one space apart, and neither
        # a word nor a chunk runs across that space.  Cleaned ASCII is upper case: a chunk of
        # letters and digits only is a word, its own joined up; any other has its words found.
        for chunk in _clean_ascii(" ".join(plain)).split(" "):
            if chunk.isalnum():
                terms.add(chunk)
            elif found := _WORD_RE.findall(chunk):
                terms.update(found)
                terms.add("".join(found))
    return terms


def _clean_ascii(text: str) -> str:
    """``clean(text)`` of ASCII text, faster where it only has to strip and upper-case: when the
    text has no control characters (which include every white space but " ") and no run of spaces
    to collapse."""
    if text.isprintable() and "  " not in text:
        return text.strip().upper()
    return clean(text)


def product_terms(recall: Recall, product: Product, keys: Sequence[str] | None = None) -> list[str]:
    """The terms a product is found by (its words, its recall's title, number and agency, its model
    numbers joined up), each at most 60 characters, sorted.  ``keys``: the model numbers' keys,
    where already known (``[m.key for m in product.models]``)."""
    texts: list[str | None] = [product.brand, product.name, recall.title, recall.number, recall.agency]
    texts += [m.number for m in product.models] + [m.base for m in product.models if m.base]
    terms = index_terms(*texts)
    terms.update(keys if keys is not None else [model_key(m.number) for m in product.models])
    terms.discard("")
    if max(map(len, terms), default=0) <= 60:
        return sorted(terms)
    return sorted({t[:60] for t in terms})


def fold(key: str) -> str:
    """A model key with confusable characters folded: A31O2016 and A3102016 fold alike."""
    return key.translate(_FOLD)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it must exceed ``limit``.

    Only the band of cells within ``limit`` of the diagonal is computed: a cell outside it costs
    more than ``limit`` anyway.  Every value is capped at ``limit + 1``, which keeps the minimum
    exact wherever it is within the limit.
    """
    la, lb = len(a), len(b)
    if abs(la - lb) > limit:
        return limit + 1
    if a == b:
        return 0
    # A common start and end cost nothing and change no distance: near misses of a model number
    # share most of it (A3102016 / A3102O16), which leaves a few characters for the table below.
    start, trim = _common_ends(a, b)
    a, b = a[start : la - trim], b[start : lb - trim]
    la, lb = len(a), len(b)
    if not la or not lb:  # what is left of one is all inserted or deleted
        return max(la, lb)
    # What is left starts and ends with a difference.  One edit leaves at most one character on
    # each side; two edits are one edit at the first character (changed, deleted or inserted) and
    # one more.  The near misses a check looks for (one or two edits) need no table at all.
    if limit <= 2 or max(la, lb) == 1:
        if max(la, lb) == 1:
            return 1
        if limit < 2:
            return limit + 1
        return 1 + min(_one_edit(a[1:], b[1:]), _one_edit(a[1:], b), _one_edit(a, b[1:]))
    big = limit + 1
    previous = [j if j < big else big for j in range(lb + 1)]
    for i in range(1, la + 1):
        ca = a[i - 1]
        current = [big] * (lb + 1)
        best = current[0] = i if i < big else big
        for j in range(max(1, i - limit), min(lb, i + limit) + 1):
            value = previous[j - 1] + (ca != b[j - 1])
            if previous[j] + 1 < value:
                value = previous[j] + 1
            if current[j - 1] + 1 < value:
                value = current[j - 1] + 1
            if value > big:
                value = big
            current[j] = value
            if value < best:
                best = value
        if best > limit:
            return big
        previous = current
    return previous[lb]


def _common_ends(a: str, b: str) -> tuple[int, int]:
    """How many characters ``a`` and ``b`` share at the start, then at the end (not counting those
    of the start again)."""
    la, lb = len(a), len(b)
    shorter = min(la, lb)
    start = 0
    while start < shorter and a[start] == b[start]:
        start += 1
    trim = 0
    while trim < shorter - start and a[la - 1 - trim] == b[lb - 1 - trim]:
        trim += 1
    return start, trim


def _one_edit(a: str, b: str) -> int:
    """The distance of ``a`` and ``b`` if at most one, else 2."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return 2
    if a == b:
        return 0
    start, trim = _common_ends(a, b)
    return 1 if max(la, lb) - start - trim <= 1 else 2


def suggestion_limit(key: str) -> int:
    """How many edits still count as a near miss: one for short keys, two from eight characters."""
    return 2 if len(key) >= 8 else 1
