"""Search keys: words of a name, confusable-folded model keys, and near misses.

Pure functions shared by the catalog's index (what it stores) and its queries
(what it looks up), so both sides always agree.
"""

from __future__ import annotations

import re

from .identifiers import clean

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
    for text in texts:
        if not text:
            continue
        ws = words(text)
        terms.update(ws)
        for chunk in clean(text).split(" "):
            joined = "".join(_WORD_RE.findall(chunk))
            if joined:
                terms.add(joined)
    return terms


def fold(key: str) -> str:
    """A model key with confusable characters folded: A31O2016 and A3102016 fold alike."""
    return key.translate(_FOLD)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        best = i
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            current.append(value)
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous = current
    return previous[-1] if previous[-1] <= limit else limit + 1


def suggestion_limit(key: str) -> int:
    """How many edits still count as a near miss: one for short keys, two from eight characters."""
    return 2 if len(key) >= 8 else 1
