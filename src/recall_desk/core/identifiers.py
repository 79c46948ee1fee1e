"""What a counter really receives, turned into something the catalog can look up.

A clerk types, a USB scanner "types" (and appends CR, LF or Tab), a label is
read aloud by a customer.  Everything here is pure and total: any string in,
a :class:`Query` out, never an exception.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

MAX_QUERY_CHARS = 200
"""Longest entry read as a query: a model, a UPC, a serial or a few words fit easily."""

# Every dash a keyboard, a word processor or a label printer produces: all of Unicode's dash
# punctuation (category Pd, folded in clean()) and these look-alikes from other categories.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u02d7\ufe58\ufe63\uff0d\u30fc"
_DASH_RE = re.compile(f"[{_DASHES}]")
_SPACE_RE = re.compile(r"\s+")
# In ASCII the only dash is "-" and nothing changes under NFKC: white space and control
# characters (category Cc) are all that clean() has to fold.
_ASCII_SPACE_RE = re.compile(r"[\s\x00-\x1f\x7f]+")
_NON_ALNUM_RE = re.compile(r"[^A-Z0-9]")

# Prefixes printed on labels, or typed by habit: "Model: A3102", "SN: 1234", "S/N 57V...".
# A separator must follow the keyword ("SN: 1234", "SN 1234", "S/N1234"): "SN12345678" is a serial
# that happens to begin with SN, and "SNOWBOARD" and "MODULE" are words.
_LABEL_RE = re.compile(
    r"""^(?P<kw>
        MODEL\s*(?:NO\.?|NUMBER|\#)? | MOD\.? | P/N |
        SN\s*CODE | S/N | SER(?:IAL)?\.?\s*(?:NO\.?|NUMBER|\#)? | SN |
        UPC | EAN | GTIN
    )(?:\s*[:\#.]\s*|\s+|(?<=[/.]N)|(?<=\.))(?P<rest>.*)$""",
    re.VERBOSE,
)


class QueryKind(StrEnum):
    EMPTY = "empty"
    TOO_LONG = "too_long"
    GTIN = "gtin"
    MODEL = "model"
    SERIAL = "serial"
    TEXT = "text"


@dataclass(frozen=True)
class Query:
    """One entry, classified.

    ``value`` is what to look up: for a GTIN the 14-digit form, for a model or
    serial the upper-case text without spaces, for free text the normalised words.
    """

    raw: str
    kind: QueryKind
    value: str
    display: str
    notes: tuple[str, ...] = field(default=())


def clean(raw: str, *, upper: bool = True) -> str:
    """Fold what a keyboard, scanner or clipboard adds, keep what was meant.

    Invisible format characters (zero-width space and joiners, soft hyphen,
    byte-order mark) are dropped, so one pasted inside a model number does
    not split it; NFKC turns full-width letters and digits into ASCII; control
    characters (the scanner's CR/LF/Tab) become spaces; every kind of dash
    becomes "-"; white space is collapsed; the result is upper case.
    Idempotent: clean(clean(x)) == clean(x).
    """
    if raw.isascii():  # what scanners and keyboards send; the same result as below, 10x faster
        text = _ASCII_SPACE_RE.sub(" ", raw).strip()
        return text.upper() if upper else text
    return _clean_unicode(raw, upper=upper)


def _clean_unicode(raw: str, *, upper: bool) -> str:
    text = unicodedata.normalize("NFKC", "".join(ch for ch in raw if unicodedata.category(ch) != "Cf"))
    text = "".join(_fold_char(ch) for ch in text)
    text = _DASH_RE.sub("-", text)
    text = _SPACE_RE.sub(" ", text).strip()
    # upper() can split a letter from its accent ("ΐ"); NFKC again joins them as a second pass would.
    return unicodedata.normalize("NFKC", text.upper()) if upper else text


def _fold_char(ch: str) -> str:
    category = unicodedata.category(ch)
    if category in ("Cc", "Zl", "Zp"):
        return " "
    return "-" if category == "Pd" else ch


def model_key(text: str) -> str:
    """The key a model number is matched on: letters and digits only ("ATH-CK3TW" -> "ATHCK3TW")."""
    if text.isascii() and text.isalnum():  # letters and digits already ("A3102016"): the same, faster
        return text.upper()
    return _NON_ALNUM_RE.sub("", clean(text))


def serial_text(text: str) -> str:
    """A serial as printed, without spaces and dashes (which labels use only to group)."""
    # NFKC again: a mark that followed a removed space joins its letter, as a second pass would.
    return unicodedata.normalize("NFKC", clean(text).replace(" ", "").replace("-", ""))


def serial_entry(raw: str) -> str:
    """A serial as typed or scanned into the serial field: a label prefix ("SN:", "S/N",
    "Serial No.") is dropped, then as :func:`serial_text`."""
    text = clean(raw)
    m = _LABEL_RE.match(text)
    if m and m.group("rest") and not m.group("kw").startswith(("MOD", "P/N", "UPC", "EAN", "GTIN")):
        text = m.group("rest")
    return text.replace(" ", "").replace("-", "")


# --- GTIN (UPC-A, EAN-13, GTIN-14, EAN-8) -------------------------------------------------------

_GTIN_LENGTHS = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}


def gtin_check_digit(body: str) -> int:
    """The GS1 check digit for the digits before it (any length)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def gtin_is_valid(digits: str) -> bool:
    return (
        digits.isascii()
        and digits.isdigit()
        and len(digits) in _GTIN_LENGTHS
        and gtin_check_digit(digits[:-1]) == int(digits[-1])
    )


def gtin14(digits: str) -> str:
    """Any valid GTIN as the 14-digit form catalogs store ("012345678905" -> "00012345678905")."""
    return digits.rjust(14, "0")


def gtin_name(digits: str) -> str:
    return _GTIN_LENGTHS.get(len(digits), "GTIN")


# --- Classification -----------------------------------------------------------------------------

_MODEL_TOKEN_RE = re.compile(r"^[A-Z0-9][A-Z0-9\-./]*$")


def classify(raw: str) -> Query:
    """Classify one entry.  Total: never raises, whatever ``raw`` holds."""
    if len(raw) > MAX_QUERY_CHARS * 4:
        # Do not even normalise a pasted document.
        return Query(raw[:40], QueryKind.TOO_LONG, "", "", (f"{len(raw):,} characters",))
    text = clean(raw)
    if not text:
        return Query(raw, QueryKind.EMPTY, "", "")
    if len(text) > MAX_QUERY_CHARS:
        return Query(raw[:40], QueryKind.TOO_LONG, "", text[:40], (f"{len(text):,} characters",))

    notes: list[str] = []
    hint: str | None = None
    body = text
    m = _LABEL_RE.match(text)
    # A prefix counts only before something to look up ("SN: -" leaves no serial at all).
    if m and any(c.isalnum() for c in m.group("rest")):
        kw = m.group("kw").replace(" ", "")
        hint = {"UPC": "gtin", "EAN": "gtin", "GTIN": "gtin"}.get(kw)
        if hint is None:
            hint = "model" if kw.startswith(("MOD", "P/N")) else "serial"
        body = m.group("rest").strip()
        notes.append(f"Read as a {'UPC/EAN' if hint == 'gtin' else hint}: the label prefix was removed.")

    compact = body.replace(" ", "").replace("-", "")
    if compact.isascii() and compact.isdigit() and len(compact) in _GTIN_LENGTHS and hint != "serial":
        if gtin_is_valid(compact):
            return Query(raw, QueryKind.GTIN, gtin14(compact), compact, tuple(notes))
        notes.append(
            f"{compact} has the length of a {gtin_name(compact)} but its check digit is wrong: "
            "read as a serial or model number. Re-scan if it came from a barcode."
        )

    if hint == "serial":
        return Query(raw, QueryKind.SERIAL, serial_text(body), body, tuple(notes))

    # A long run of digits that is not a GTIN is a serial, not a model number, even when it is
    # printed (and typed) in groups: "1234 5678 9012 3456".
    if hint is None and compact.isascii() and compact.isdigit() and len(compact) >= 10:
        return Query(raw, QueryKind.SERIAL, compact, body, tuple(notes))

    if " " in body and hint != "model":
        shown = clean(raw, upper=False) if hint is None else body
        return Query(raw, QueryKind.TEXT, body, shown, tuple(notes))

    token = body.replace(" ", "") if hint == "model" else body
    if not _MODEL_TOKEN_RE.match(token) or not any(c.isalnum() for c in token):
        return Query(
            raw, QueryKind.TEXT, body, clean(raw, upper=False) if hint is None else body, tuple(notes)
        )
    return Query(raw, QueryKind.MODEL, model_key(token), token, tuple(notes))
