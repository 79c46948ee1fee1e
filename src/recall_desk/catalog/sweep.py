"""The shelf sweep: a store's stock list checked against the recall catalog in one pass.

A stock list is whatever the store's system exports: a CSV file whose columns are found by their
headers (UPC/GTIN/EAN/barcode, model, SKU, description, quantity, location, in English and common
variants, any case, spacing or punctuation), separated by commas, semicolons or tabs, in UTF-8
(with or without a byte order mark), UTF-16 (Excel's "Unicode text") or Windows-1252.

Each row is checked by its UPC (check digit verified; a UPC a spreadsheet mangled is reported, never
guessed at) and by its model number (exactly, then as a base model); only when neither finds a recall
are the description's words looked at, and what they find is a *possible* hit for a person to
confirm.  Rows that cannot be read are listed with their row number and why: none is dropped
silently.  The lookups are a few ``IN (...)`` queries for the whole file
(:meth:`~recall_desk.catalog.service.Catalog.sweep_lookup`), so 100,000 rows take seconds: each
distinct UPC, model number and description is read once, the recalled products are built from the
catalog's stored documents without validating them again (:mod:`recall_desk.catalog.trusted`),
descriptions are matched through an index made for the sweep (:mod:`recall_desk.catalog.sweep_index`),
and the garbage collector is paused meanwhile.  benchmarks/README.md has the figures.
"""

from __future__ import annotations

import csv
import gc
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..core.identifiers import (
    MAX_QUERY_CHARS,
    Query,
    QueryKind,
    classify,
    clean,
    gtin14,
    gtin_check_digit,
    gtin_is_valid,
    model_key,
)
from ..core.model import CatalogInfo, Product, Question, Recall
from ..core.serials import Outcome
from ..core.verdict import Candidate, Match, Verdict, Via, decide, verdict_of
from .sweep_index import WORD_BYTES, NameIndex, named_products
from .sweep_index import text_words as _words

if TYPE_CHECKING:
    from .service import Catalog, SweepLookup

# --- Columns -------------------------------------------------------------------------------------

FIELDS = ("upc", "model", "sku", "description", "brand", "quantity", "location")
FIELD_NAMES = {
    "upc": "UPC/GTIN",
    "model": "model",
    "sku": "SKU",
    "description": "description",
    "brand": "brand",
    "quantity": "quantity",
    "location": "location",
}


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Headers as written, folded by _norm_header ("Qté" -> "qte", "Model #" -> "model", "On-Hand" -> "onhand").
_EXACT: dict[str, tuple[str, ...]] = {
    "upc": _w(
        "upc upca upccode upcnumber upcno itemupc productupc skuupc gtin gtin12 gtin13 gtin14 gtincode "
        "gtinnumber ean ean13 ean8 eancode eannumber eanupc upcean barcode barcodes barcodenumber "
        "barcodeno codebarre codebarres codigodebarras codigobarras strichcode scancode"
    ),
    "model": _w(
        "model models modelno modelnumber modelnum modelnbr modelcode modelid mfrmodel mfgmodel "
        "manufacturermodel vendormodel mfrpart mfrpartno mfrpartnumber mfrpn mfgpart mfgpartno "
        "mfgpartnumber mfgpn manufacturerpart manufacturerpartno manufacturerpartnumber mpn partno "
        "partnumber partnum vendorpart vendorpartno vendorpartnumber vpn modele numerodemodele modelo "
        "numerodemodelo reffabricant referencefabricant typ modellnummer"
    ),
    "sku": _w(
        "sku skuno skunumber skuid item itemno itemnumber itemnum itemid itemcode article articleno "
        "articlenumber articlecode productcode productid productno productnumber stockcode stockno "
        "stocknumber plu dpci ref reference code artikelnummer"
    ),
    "description": _w(
        "description desc descr itemdescription itemdesc productdescription productdesc name itemname "
        "productname product title producttitle libelle designation descripcion nombre producto "
        "bezeichnung articledescription skudescription longdescription shortdescription"
    ),
    "brand": _w("brand brandname manufacturer mfr mfg make marque marca hersteller"),
    "quantity": _w(
        "quantity qty qtyonhand quantityonhand onhand onhandqty onhandquantity oh soh qoh stockonhand "
        "stock instock stockqty stockquantity units unitsonhand count qte quantite quantiteenstock "
        "cantidad menge bestand available qtyavailable availableqty inventory balance"
    ),
    "location": _w(
        "location loc locations bin binlocation binno aisle aislebay shelf shelflocation store storeno "
        "storenumber storeid storename site warehouse branch zone bay section department dept "
        "emplacement magasin rayon ubicacion tienda lagerort slot"
    ),
}
_EXACT_FIELD = {name: f for f, names in _EXACT.items() for name in names}
# Headers with more words ("Item Description", "Vendor UPC #", "Qty Avail"), in this order.
_PARTIAL: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("description", re.compile(r"desc|name$|libelle|designation")),
    ("upc", re.compile(r"upc|gtin|^ean|ean$|barcode")),
    ("model", re.compile(r"model|mfrpart|mfgpart|partnumber|partno|^mpn|mpn$")),
    ("quantity", re.compile(r"qty|quantit|onhand|^qte")),
    ("sku", re.compile(r"sku|itemno|itemnumber|itemcode|itemid")),
    ("location", re.compile(r"location|^bin|bin$|aisle|shelf|^store|warehouse")),
    ("brand", re.compile(r"brand|manufacturer$")),
)
MAX_HEADER_SEARCH = 10
"""The header may follow a few title lines ("Inventory report, store 12"): the first rows are tried."""
MAX_HEADER_CHARS = 40
"""A header row's cells are short ("Manufacturer Part Number" is 24): a longer one is a title or prose."""
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
MAX_POSSIBLE_PER_ROW = 5


def _norm_header(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("\ufeff", "")).casefold()
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in folded if not unicodedata.combining(c)))


def header_field(header: str) -> str | None:
    """Which field a column header names (``"upc"``, ``"model"``, …), or None."""
    norm = _norm_header(header)
    if not norm:
        return None
    if norm in _EXACT_FIELD:
        return _EXACT_FIELD[norm]
    for name, pattern in _PARTIAL:
        if pattern.search(norm):
            return name
    return None


@dataclass(frozen=True)
class Columns:
    """Where each field is: column indexes (location may take several: store, aisle, bin)."""

    index: dict[str, list[int]]
    headers: tuple[str, ...]

    @property
    def recognised(self) -> bool:
        return "upc" in self.index or "model" in self.index

    def named(self) -> dict[str, str]:
        """Field -> the header(s) as written."""
        return {f: ", ".join(self.headers[i] for i in cols) for f, cols in self.index.items()}


def find_columns(headers: Sequence[str]) -> Columns:
    """Map headers to fields; an exact name wins over a partial one, the first column over a later one
    (except location, which keeps every column: "Store", "Aisle", "Bin")."""
    index: dict[str, list[int]] = {}
    exact_taken: set[str] = set()
    guesses = []
    for i, h in enumerate(headers):
        norm = _norm_header(h)
        if norm in _EXACT_FIELD:
            f = _EXACT_FIELD[norm]
            if f not in index or f == "location":
                index.setdefault(f, []).append(i)
                exact_taken.add(f)
        else:
            guesses.append((i, header_field(h)))
    for i, guessed in guesses:
        if guessed is None:
            continue
        if guessed == "location":
            index.setdefault("location", []).append(i)
        elif guessed not in index:
            index[guessed] = [i]
    if "location" in index:
        index["location"].sort()
    return Columns(index, tuple(h.replace("\ufeff", "").strip() for h in headers))


# --- Reading the file ----------------------------------------------------------------------------


class SweepRefused(Exception):
    """The file is not a stock list that can be read; the message says which file and why."""


class SweepCancelled(Exception):
    """The sweep was stopped by its progress callback."""


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding's name: a BOM decides; else UTF-8 if it decodes, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        # Five bytes are unassigned in Windows-1252; read them as Latin-1 does (as browsers do).
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def _refuse_binary(name: str, data: bytes) -> None:
    if data.startswith(b"PK\x03\x04"):
        raise SweepRefused(
            f"{name} is a zip file (an Excel .xlsx workbook?), not CSV: save the sheet as "
            "CSV (File > Save As > CSV UTF-8) and sweep that"
        )
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SweepRefused(
            f"{name} is an old Excel .xls workbook, not CSV: save the sheet as CSV and sweep that"
        )
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SweepRefused(f"{name} is not a text file (it holds NUL bytes): a stock list is CSV text")


def _records(text: str, delimiter: str) -> Iterable[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


_LINE_END_RE = re.compile(r"\r\n|\r|\n")


def _lines(text: str) -> Iterator[str]:
    """The lines of the text with their line breaks, as ``io.StringIO(text, newline="")`` gives them,
    one at a time (a look at the first lines does not copy the whole text)."""
    start = 0
    for end in _LINE_END_RE.finditer(text):
        yield text[start : end.end()]
        start = end.end()
    if start < len(text):
        yield text[start:]


class _Lines:
    """Lines from ``at`` on, each with its line break, for a csv reader to take what a record needs."""

    def __init__(self, lines: list[str], at: int, end: str, last: str) -> None:
        self.lines, self.at, self.end, self.last = lines, at, end, last

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        at = self.at
        if at >= len(self.lines):
            raise StopIteration
        self.at = at + 1
        return self.lines[at] + (self.end if self.at < len(self.lines) else self.last)


def read_records(text: str, delimiter: str) -> list[list[str]]:
    """``list(csv.reader(...))`` of the text, as :func:`_records` reads it, with less work.

    In a text whose lines all end alike (LF, or CR LF), a line without a quote character is its
    record split at the delimiter, which is what csv makes of it (an empty line: no fields); a line
    with one is read by csv, with the lines after it that a quoted field spans.  Any other text
    (lone CRs, mixed line ends) is all read by csv, as is a line longer than csv takes."""
    if not text:
        return []
    cr = text.count("\r")
    if cr == 0:
        end = "\n"
    elif cr == text.count("\r\n") == text.count("\n"):
        end = "\r\n"
    else:
        return list(_records(text, delimiter))
    lines = text.split(end)
    last = end if text.endswith(end) else ""
    if last:
        lines.pop()  # no record after the last line break
    if max(map(len, lines)) > csv.field_size_limit():
        return list(_records(text, delimiter))  # for csv's error
    if '"' not in text:
        return [line.split(delimiter) if line else [] for line in lines]
    out: list[list[str]] = []
    start = 0
    for q in [i for i, line in enumerate(lines) if '"' in line]:
        if q < start:  # inside a quoted field of the record before
            continue
        out += [line.split(delimiter) if line else [] for line in lines[start:q]]
        feed = _Lines(lines, q, end, last)
        out.append(next(csv.reader(feed, delimiter=delimiter)))
        start = feed.at
    out += [line.split(delimiter) if line else [] for line in lines[start:]]
    return out


@dataclass(frozen=True)
class _Layout:
    delimiter: str
    header_row: int
    columns: Columns


def detect_layout(name: str, text: str) -> _Layout:
    """The delimiter and header row giving the most recognised columns; refused when none has a UPC
    or model column (the message names the file and the headers it found)."""
    best: tuple[tuple[int, int, int], _Layout] | None = None
    first_rows: dict[str, list[str]] = {}
    for delimiter in DELIMITERS:
        try:
            for n, record in enumerate(csv.reader(_lines(text), delimiter=delimiter), 1):
                if n > MAX_HEADER_SEARCH:
                    break
                if not any(cell.strip() for cell in record):
                    continue
                first_rows.setdefault(delimiter, record)
                if any(len(cell.strip()) > MAX_HEADER_CHARS for cell in record):
                    continue  # a title line or prose, not a header
                columns = find_columns(record)
                if not columns.recognised:
                    continue
                score = (len(columns.index), -n, len(record))
                if best is None or score > best[0]:
                    best = (score, _Layout(delimiter, n, columns))
                break
        except csv.Error:
            continue
    if best is None:
        if not first_rows:
            raise SweepRefused(f"{name} is empty: a stock list needs a header row and rows")
        found = max(first_rows.values(), key=len)
        shown = ", ".join(repr(h.replace("\ufeff", "").strip()) for h in found[:12] if h.strip())
        more = f" and {len(found) - 12} more" if len(found) > 12 else ""
        raise SweepRefused(
            f"{name} is not a stock list: no UPC/GTIN or model column among its headers "
            f"(found: {shown or 'none'}{more})"
        )
    return best[1]


# --- Cells ---------------------------------------------------------------------------------------

_SCIENTIFIC_RE = re.compile(r"^\d+(?:[.,]\d+)?[eE][+]?\d+$")
_FLOAT_ZERO_RE = re.compile(r"^(\d+)[.,]0+$")
_INT_RE = re.compile(r"^\+?\d+$")
_GROUPED_RE = re.compile(r"^\d{1,3}(?:([,. \u00a0\u202f'])\d{3})(?:\1\d{3})*$")
_DESC_SPLIT_RE = re.compile(r"[\s,;()\[\]{}\"'|]+")
_PART_SPLIT_RE = re.compile(r"[\x00-\x20\x7f,;()\[\]{}\"'|]+")
"""What splits a description before clean() (ASCII control characters and the separators above),
where clean() folds a character with nothing next to it."""
_GTIN_LENGTHS = frozenset({8, 12, 13, 14})


def read_upc(cell: str) -> tuple[str | None, str | None]:
    """(the 14-digit GTIN, None) for a valid UPC-A/EAN/GTIN; (None, why) for one that cannot be used;
    (None, None) for an empty cell.  Nothing is guessed: a UPC missing a digit is reported."""
    raw = cell.strip()
    if not raw:
        return None, None
    if len(raw) in _GTIN_LENGTHS and raw.isdigit() and raw.isascii() and _check_digit_ok(raw):
        return raw.rjust(14, "0"), None  # the usual cell (as gtin14() pads it): found sooner
    if _SCIENTIFIC_RE.match(raw):
        return None, (
            f"UPC {raw!r} was turned into a number in scientific notation by a spreadsheet: its digits are "
            "lost. Format the column as text and export the stock list again"
        )
    compact = re.sub(r"[\s\-]", "", raw)
    if m := _FLOAT_ZERO_RE.match(compact):  # "12345678905.0": a spreadsheet number, read as digits
        compact = m.group(1)
    if not (compact.isascii() and compact.isdigit()):
        return None, f"UPC {raw!r} is not made of digits"
    n = len(compact)
    if n in (8, 12, 13, 14):
        if gtin_is_valid(compact):
            return gtin14(compact), None
        kind = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}[n]
        expected = gtin_check_digit(compact[:-1])
        return None, (
            f"UPC {compact} has the length of a {kind} but a wrong check digit (it should end in "
            f"{expected}): a typing error or a misread barcode; not looked up"
        )
    if n == 11:
        padded = "0" + compact
        zero = "a valid UPC-A" if gtin_is_valid(padded) else "not a valid UPC-A either"
        return None, (
            f"UPC {compact} has 11 digits, a UPC-A has 12: a spreadsheet may have dropped its leading zero "
            f"({padded} would be {zero}), or its check digit is missing. Not guessed: correct the stock list"
        )
    if 6 <= n <= 10:
        padded = compact.rjust(12, "0")
        zero = "a valid UPC-A" if gtin_is_valid(padded) else "not a valid UPC-A either"
        return None, (
            f"UPC {compact} has {n} digits, a UPC-A has 12: a spreadsheet may have dropped leading zeros "
            f"({padded} would be {zero}). Not guessed: correct the stock list"
        )
    return None, f"UPC {compact} has {n} digits: a UPC/EAN has 8, 12, 13 or 14"


def _check_digit_ok(digits: str) -> bool:
    """:func:`~recall_desk.core.identifiers.gtin_is_valid` for ASCII digits of a GTIN's length: the same
    GS1 sum (3 x the digits in odd places from the right of the body, 1 x the others), in C loops."""
    # Summed as bytes (each digit's code is the digit + 48): the sum with the check digit ends in 0.
    code = digits.encode("ascii")
    odd, even = code[-2::-2], code[-3::-2]
    return (3 * sum(odd) + sum(even) + code[-1] - 48 * (3 * len(odd) + len(even) + 1)) % 10 == 0


def _read_upcs(cells: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
    """:func:`read_upc` of each cell: the usual one (8, 12, 13 or 14 ASCII digits, the check digit
    right) read here, as read_upc reads it, without two calls for each of tens of thousands."""
    out: dict[str, tuple[str | None, str | None]] = {}
    for cell in cells:
        raw = cell.strip()
        if len(raw) in _GTIN_LENGTHS and raw.isdigit() and raw.isascii():
            code = raw.encode("ascii")  # as _check_digit_ok sums it
            odd, even = code[-2::-2], code[-3::-2]
            if (3 * sum(odd) + sum(even) + code[-1] - 48 * (3 * len(odd) + len(even) + 1)) % 10 == 0:
                out[cell] = (raw.rjust(14, "0"), None)
                continue
        out[cell] = read_upc(cell)
    return out


def _read_models(cells: Iterable[str]) -> dict[str, str]:
    """:func:`read_model` of each cell, the usual one ("A3102-016") read here as read_model reads it."""
    out: dict[str, str] = {}
    for cell in cells:
        compact = cell.strip().replace("-", "")
        out[cell] = compact.upper() if compact.isascii() and compact.isalnum() else read_model(cell)
    return out


def read_quantity(cell: str) -> tuple[int | None, str | None]:
    """(units, None); (None, None) for an empty cell; (None, why) for one that is not a whole number."""
    raw = cell.strip()
    if not raw:
        return None, None
    text = raw.replace("\u00a0", " ")
    if _INT_RE.match(text):
        return int(text), None
    if m := _FLOAT_ZERO_RE.match(text):
        return int(m.group(1)), None
    if _GROUPED_RE.match(text):
        return int(re.sub(r"\D", "", text)), None
    if text.startswith("-") and _INT_RE.match(text[1:]):
        return None, f"quantity {raw!r} is negative (oversold?): the units on hand are unknown"
    return None, f"quantity {raw!r} is not a whole number"


def read_model(cell: str) -> str:
    """The model key of a model cell ("Model: A3102-016" -> "A3102016"), or ""."""
    text = cell.strip()
    if not text:
        return ""
    compact = text.replace("-", "")
    if compact.isascii() and compact.isalnum():  # the usual "A3102016", "ATH-CK3TW": model_key's result
        return compact.upper()
    q = classify(text)
    if q.kind == QueryKind.MODEL:
        return q.value
    return model_key(q.display or text)


# ASCII text (what stock systems export) is split with bytes.translate, several times faster than
# the regular expressions of clean() and model_key(), with the same result: a-z in upper case, the
# separators below a space, every other byte but A-Z and 0-9 dropped.
_KEY_SEPARATORS = b" \t\n\r\x0b\x0c,;()[]{}\"'|"
_KEY_BYTES = bytes(c - 32 if 97 <= c <= 122 else 32 if c in _KEY_SEPARATORS else c for c in range(256))
_KEY_DROPPED = bytes(c for c in range(128) if not chr(c).isalnum() and c not in _KEY_SEPARATORS)


def _ascii_key_text(text: str) -> str:
    """ASCII ``text`` in upper case, the separators a space, what is not A-Z0-9 dropped."""
    return text.encode("ascii").translate(_KEY_BYTES, _KEY_DROPPED).decode("ascii")


@lru_cache(maxsize=4096)
def _part_tokens(part: str) -> tuple[str, ...]:
    """The model keys of the words of clean(part), a part of a description that is not ASCII (a
    word with an accent: the same few recur in a list)."""
    return tuple(
        _ascii_key_text(t) if t.isascii() else model_key(t) for t in _DESC_SPLIT_RE.split(clean(part)) if t
    )


def _description_keys(text: str) -> list[str]:
    """Words of a description that could be model numbers: a letter and a digit, 4 characters or more
    ("Charger ATH-CK3TW, black" -> ["ATHCK3TW"])."""
    if text.isascii():
        tokens = _ascii_key_text(text).split()
    else:
        # The words of clean(text), each by model_key() (an ASCII one is clean already: upper case
        # it, drop what is not A-Z0-9, as the ASCII path above does).  clean() folds a separator or
        # control character with nothing before or after it, so the parts of the text between them
        # are cleaned one by one, and an ASCII part is already one word of clean()'s text.
        tokens = []
        for part in _PART_SPLIT_RE.split(text):
            if part.isascii():
                tokens.append(_ascii_key_text(part))
            else:
                tokens += _part_tokens(part)
    keys = [k for k in tokens if 4 <= len(k) <= 60 and not k.isdigit() and not k.isalpha()]
    return list(dict.fromkeys(keys))


def _keys_and_words(brand: str, description: str) -> tuple[list[str], set[str]]:
    """``_description_keys(description)`` and ``text_words(f"{brand} {description}")`` (the words of
    the two, which a space parts), an ASCII description encoded once for both."""
    if description.isascii():
        code = description.encode("ascii")
        keys = [
            k
            for k in code.translate(_KEY_BYTES, _KEY_DROPPED).decode("ascii").split()
            if 4 <= len(k) <= 60 and not k.isdigit() and not k.isalpha()
        ]
        if len(keys) > 1:
            keys = list(dict.fromkeys(keys))
        present = set(code.translate(WORD_BYTES).decode("ascii").split())
    else:
        keys, present = _description_keys(description), _words(description)
    if brand:
        present |= _words(brand)
    return keys, present


# --- Results -------------------------------------------------------------------------------------

POSSIBLE = "possible"
"""The outcome of a hit found only by the description's words: a person confirms it."""


class StockRow(NamedTuple):
    """One stock row as read (a tuple: a sweep makes one per row of the list)."""

    row: int
    """The row number as a spreadsheet shows it (the header is row 1 when it is the first line)."""
    sku: str
    upc: str
    model: str
    description: str
    brand: str
    quantity: int | None
    location: str
    gtin: str | None
    key: str


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int
    reason: str
    checked: bool
    """True when the row was still checked (by what could be read): the problem is a warning."""

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "reason": self.reason, "checked": self.checked}


@dataclass(frozen=True, slots=True)
class SweepHit:
    """One stock row under one recall."""

    row: int
    sku: str
    upc: str
    model: str
    description: str
    quantity: int | None
    location: str
    recall: str
    """"CPSC 25-056", or "CPSC recall of 2024-12-05" where no number is published."""
    recall_key: str
    agency: str
    brand: str
    product: str
    matched_by: str
    """"upc", "model", "base model", "upc+model", "description"."""
    why: str
    outcome: str
    """An Outcome's value, or "possible" (description words only)."""
    reason: str
    action: str
    notice_url: str

    @property
    def definite(self) -> bool:
        return self.outcome != POSSIBLE

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


HIT_COLUMNS = (
    "row",
    "sku",
    "upc",
    "model",
    "description",
    "quantity",
    "location",
    "recall",
    "agency",
    "outcome",
    "matched_by",
    "reason",
    "action",
    "notice_url",
)


def hit_row(hit: SweepHit) -> list[str]:
    """A hit as a CSV row (HIT_COLUMNS); a cell that would start a spreadsheet formula gets a ``'``."""
    return _row_cells(hit) + _recall_cells(hit)


def _row_cells(hit: SweepHit) -> list[str]:
    """hit_row's cells from the stock row (up to "location")."""
    values = [
        str(hit.row),
        hit.sku,
        hit.upc,
        hit.model,
        hit.description,
        "" if hit.quantity is None else str(hit.quantity),
        hit.location,
    ]
    return ["'" + v if v.startswith(_FORMULA_STARTS) else v for v in values]


def _recall_cells(hit: SweepHit) -> list[str]:
    """hit_row's cells from what the hit found (from "recall" on)."""
    values = [
        hit.recall,
        hit.agency,
        hit.outcome,
        hit.matched_by,
        f"{hit.why}. {hit.reason}".strip(),
        hit.action,
        hit.notice_url,
    ]
    return ["'" + v if v.startswith(_FORMULA_STARTS) else v for v in values]


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_line(values: Sequence[str]) -> str:
    """The line ``csv.writer`` (Excel's dialect) writes for a row of two or more strings: a value that
    holds a comma, a quote or a line break in quotes, its quotes doubled; CR LF at the end.  The same
    text, with less work per character (a hits file is mostly long reasons)."""
    return _csv_fields(values) + "\r\n"


def _csv_fields(values: Sequence[str]) -> str:
    return ",".join(
        [
            '"' + v.replace('"', '""') + '"' if "," in v or '"' in v or "\n" in v or "\r" in v else v
            for v in values
        ]
    )


def write_hits_csv(hits: Iterable[SweepHit], path: str | Path) -> int:
    """Write the hits as CSV (UTF-8 with BOM, for Excel), one row per hit; returns how many.
    Raises OSError when the file cannot be written."""
    count = 0
    # What a hit found is the same for the rows of an item stocked in several places, and for the
    # items alike: its cells (the long reason) are made once.
    found: dict[tuple[str, ...], str] = {}
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        lines = [csv_line(HIT_COLUMNS)]
        for hit in hits:
            key = (
                hit.recall,
                hit.agency,
                hit.outcome,
                hit.matched_by,
                hit.why,
                hit.reason,
                hit.action,
                hit.notice_url,
            )
            if (tail := found.get(key)) is None:
                tail = found[key] = _csv_fields(_recall_cells(hit))
            lines.append(_csv_fields(_row_cells(hit)) + "," + tail + "\r\n")
            count += 1
            if len(lines) >= 4096:
                f.write("".join(lines))
                lines.clear()
        f.write("".join(lines))
    return count


@dataclass(frozen=True)
class RecallTotal:
    recall: str
    recall_key: str
    outcome: str
    rows: int
    units: int
    rows_without_quantity: int

    def to_json(self) -> dict[str, Any]:
        return {
            "recall": self.recall,
            "recall_key": self.recall_key,
            "outcome": self.outcome,
            "rows": self.rows,
            "units": self.units,
            "rows_without_quantity": self.rows_without_quantity,
        }


@dataclass
class SweepReport:
    """What a sweep found: the hits, the rows it could not read, and the totals."""

    source: str
    encoding: str
    delimiter: str
    header_row: int
    columns: dict[str, str]
    catalog: CatalogInfo
    rows_read: int = 0
    blank_rows: int = 0
    hits: list[SweepHit] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def definite_hits(self) -> list[SweepHit]:
        return [h for h in self.hits if h.definite]

    @property
    def possible_hits(self) -> list[SweepHit]:
        return [h for h in self.hits if not h.definite]

    def _units(self, hits: Iterable[SweepHit]) -> tuple[int, int, int]:
        rows: dict[int, int | None] = {h.row: h.quantity for h in hits}
        units = sum(q for q in rows.values() if q is not None)
        return len(rows), units, sum(q is None for q in rows.values())

    @property
    def rows_with_hits(self) -> int:
        return self._units(self.definite_hits)[0]

    @property
    def units_to_pull(self) -> int:
        """Units on the rows with a definite hit (each row once, however many recalls name it)."""
        return self._units(self.definite_hits)[1]

    @property
    def hit_rows_without_quantity(self) -> int:
        return self._units(self.definite_hits)[2]

    @property
    def units_to_check(self) -> int:
        """Units on rows with only possible hits."""
        return self._units(self.possible_hits)[1]

    @property
    def unreadable(self) -> list[RowProblem]:
        """Rows not checked at all."""
        return [p for p in self.problems if not p.checked]

    def by_recall(self) -> list[RecallTotal]:
        """Per recall, most units first: the rows and units it puts off the shelf."""
        groups: dict[str, list[SweepHit]] = {}
        for h in self.definite_hits:
            groups.setdefault(h.recall_key, []).append(h)
        totals = []
        for key, hits in groups.items():
            rows, units, unknown = self._units(hits)
            worst = min((Outcome(h.outcome) for h in hits), key=_SEVERITY.index)
            totals.append(RecallTotal(hits[0].recall, key, worst.value, rows, units, unknown))
        return sorted(totals, key=lambda t: (-t.units, -t.rows, t.recall))

    def summary_json(self) -> dict[str, Any]:
        return {
            "file": self.source,
            "encoding": self.encoding,
            "delimiter": DELIMITERS.get(self.delimiter, self.delimiter),
            "header_row": self.header_row,
            "columns": self.columns,
            "catalog": {"version": self.catalog.version, "published": self.catalog.published},
            "rows_read": self.rows_read,
            "blank_rows": self.blank_rows,
            "hits": len(self.definite_hits),
            "rows_with_hits": self.rows_with_hits,
            "units_to_pull": self.units_to_pull,
            "hit_rows_without_quantity": self.hit_rows_without_quantity,
            "possible_hits": len(self.possible_hits),
            "units_to_check": self.units_to_check,
            "unreadable_rows": len(self.unreadable),
            "problems": [p.to_json() for p in self.problems],
            "by_recall": [t.to_json() for t in self.by_recall()],
        }

    def to_json(self) -> dict[str, Any]:
        return {"summary": self.summary_json(), "hits": [h.to_json() for h in self.hits]}


_SEVERITY = (
    Outcome.AFFECTED,
    Outcome.CHECK_WITH_MANUFACTURER,
    Outcome.NEED_SERIAL,
    Outcome.NEED_ANSWER,
    Outcome.NOT_AFFECTED,
    Outcome.NO_RECALL_FOUND,
)
HIT_OUTCOMES = frozenset(
    {Outcome.AFFECTED, Outcome.CHECK_WITH_MANUFACTURER, Outcome.NEED_SERIAL, Outcome.NEED_ANSWER}
)
"""Outcomes that take stock off the shelf (not affected and no recall do not)."""


def recall_name(recall: Recall) -> str:
    """ "CPSC 25-056", or "CPSC recall of 2024-12-05" where the recall has no published number."""
    if recall.number:
        return f"{recall.agency} {recall.number}"
    return f"{recall.agency} recall" + (f" of {recall.date}" if recall.date else "")


def action_for(match: Match) -> str:
    """What the store does with the units on the shelf."""
    return _action(match.outcome, match.product, match.questions)


def _action(outcome: Outcome, product: Product, questions: Sequence[Question]) -> str:
    if outcome == Outcome.AFFECTED:
        return "Pull from sale: every unit is affected"
    label = product.serial_rule.label
    if outcome == Outcome.CHECK_WITH_MANUFACTURER:
        return f"Pull from sale; check each unit's {label} with the manufacturer: units may be affected"
    if outcome == Outcome.NEED_SERIAL:
        return f"Pull from sale; check each unit's {label}: units may be affected"
    asked = [("model number" if q.key == "model" else q.key) for q in questions] or ["label"]
    return f"Pull from sale; check each unit's {' and '.join(dict.fromkeys(asked))}: units may be affected"


POSSIBLE_ACTION = (
    "A person compares the item with the recall notice: pull it from sale if it is the recalled product"
)


# --- The sweep -----------------------------------------------------------------------------------

Progress = Callable[[int, int], bool]
"""Called with (rows done, rows in all) as the sweep goes; returning False cancels it."""

_PROGRESS_STEP = 5_000


def read_stock_list(path: str | Path) -> tuple[str, str, _Layout]:
    """The file's text, its encoding and its layout; SweepRefused when it is not a stock list."""
    p = Path(path)
    name = p.name or str(p)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SweepRefused(f"{p}: cannot read it: {exc.strerror or exc}") from None
    _refuse_binary(name, data)
    text, encoding = decode(data)
    return text, encoding, detect_layout(name, text)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for a sweep, then as it was.

    A sweep holds a million small objects (the rows' fields, the products' documents) and makes
    no reference cycles of its own; the collector's passes over them took more than a quarter of a
    100,000-row sweep.  What other threads make meanwhile is collected afterwards; reference
    counting frees everything else as usual."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def sweep_file(
    catalog: Catalog, path: str | Path, progress: Progress | None = None, *, careful: bool = False
) -> SweepReport:
    """Sweep the stock list at ``path`` against ``catalog``.

    Raises SweepRefused for a file that cannot be read or is not a stock list, and SweepCancelled
    when ``progress`` returns False.  ``careful``: see :func:`sweep_records`."""
    with _collector_paused():
        text, encoding, layout = read_stock_list(path)
        name = Path(path).name
        try:
            records = read_records(text, layout.delimiter)
        except csv.Error as exc:
            raise SweepRefused(f"{name}: cannot be read as CSV: {exc} (an unclosed quote?)") from None
        del text, records[: layout.header_row]
        report = sweep_records(
            catalog,
            records,
            layout.columns,
            source=str(path),
            encoding=encoding,
            delimiter=layout.delimiter,
            header_row=layout.header_row,
            progress=progress,
            careful=careful,
        )
        # The rows are freed before the collector runs again, so that its first pass has only the
        # report to look at, not a hundred thousand rows about to go.
        del records
    return report


def _col(idx: dict[str, list[int]], name: str) -> int | None:
    cols = idx.get(name)
    return cols[0] if cols else None


_HitTail = tuple[str, str, str, str, str, str, str, str, str, str, str]
"""What a hit says beyond its row's cells: SweepHit's fields from ``recall`` on, in order."""


def sweep_records(
    catalog: Catalog,
    records: Sequence[list[str]],
    columns: Columns,
    *,
    source: str = "",
    encoding: str = "",
    delimiter: str = ",",
    header_row: int = 1,
    progress: Progress | None = None,
    careful: bool = False,
) -> SweepReport:
    """Sweep the data ``records`` (after the header on ``header_row``) against ``catalog``.

    Each distinct UPC, model number and description is read and looked up once, however many rows
    hold it.  ``careful``: read every product found with ``Recall.from_dict`` (validating its stored
    document again) and match descriptions by testing every recalled product against each; the same
    answers, slowly: the reference the tests compare the fast path with."""

    with _collector_paused():
        if careful:
            return _sweep_rows(catalog, records, columns, source, encoding, delimiter, header_row, progress)
        return _sweep(catalog, records, columns, source, encoding, delimiter, header_row, progress)


def _sweep(
    catalog: Catalog,
    records: Sequence[list[str]],
    columns: Columns,
    source: str,
    encoding: str,
    delimiter: str,
    header_row: int,
    progress: Progress | None,
) -> SweepReport:
    """The sweep, a column at a time: each distinct UPC, model, quantity and description cell is read
    once, and what is done for every row (finding the rows with a problem or a hit) is a set test in a
    comprehension; only the rows with a hit are read further."""

    def step(done: int) -> None:
        if progress is not None and not progress(done, total):
            raise SweepCancelled

    total = len(records)
    idx = columns.index
    width = len(columns.headers)
    upc_col, model_col, sku_col = _col(idx, "upc"), _col(idx, "model"), _col(idx, "sku")
    desc_col, brand_col, qty_col = _col(idx, "description"), _col(idx, "brand"), _col(idx, "quantity")
    loc_cols = idx.get("location", [])
    loc_names = [columns.headers[i] for i in loc_cols]
    report = SweepReport(source, encoding, delimiter, header_row, columns.named(), catalog.info())
    problems = report.problems
    step(0)

    # The rows to check (the header's number of fields, trailing empty ones dropped; not blank) and
    # their numbers as a spreadsheet shows them.
    first = header_row + 1
    if not isinstance(records, list):
        records = list(records)
    odd = [i for i, fields in enumerate(records) if len(fields) != width or not "".join(fields).strip()]
    data: Sequence[list[str]] = records
    numbers: Sequence[int] = range(first, first + total)
    blank = 0
    if odd:
        data, numbers, start = [], [], 0
        for i in odd:
            data += records[start:i]
            numbers.extend(range(first + start, first + i))
            start, fields, n = i + 1, records[i], first + i
            if not "".join(fields).strip():
                blank += 1
            elif len(fields) > width and not any(f.strip() for f in fields[width:]):
                data.append(fields[:width])  # trailing delimiters
                numbers.append(n)
            else:
                problems.append(
                    RowProblem(
                        n,
                        f"{len(fields)} fields where the header has {width}: not checked "
                        f"(an unquoted {DELIMITERS.get(delimiter, delimiter)} in a field, or a cut row?): "
                        f"{_preview(fields, delimiter)}",
                        False,
                    )
                )
        data += records[start:]
        numbers.extend(range(first + start, first + total))
    report.blank_rows, report.rows_read = blank, total - blank

    def column(col: int | None) -> list[str]:
        return list(map(itemgetter(col), data)) if col is not None else [""] * len(data)

    upc_cells, model_cells, qty_cells = column(upc_col), column(model_col), column(qty_col)
    # Each distinct cell read once (in no particular order: what is looked up is sorted first).
    upc_read = _read_upcs(set(upc_cells))
    key_of = _read_models(set(model_cells))
    qty_read = {cell: read_quantity(cell) for cell in set(qty_cells)}
    # Problems, the rows of each kind in order (sorted by row at the end: a row's UPC before its quantity).
    bad_upc = {cell: why for cell, (_, why) in upc_read.items() if why}
    for i in [i for i, cell in enumerate(upc_cells) if cell in bad_upc] if bad_upc else ():
        key = key_of[model_cells[i]]
        also = " (checked by its model number)" if key else ""
        problems.append(RowProblem(numbers[i], bad_upc[upc_cells[i]] + also, bool(key)))
    no_gtin = {cell for cell, (gtin, why) in upc_read.items() if gtin is None and not why}
    no_key = {cell for cell, key in key_of.items() if not key}
    both = zip(upc_cells, model_cells, strict=True)
    for i in (
        [i for i, (u, m) in enumerate(both) if u in no_gtin and m in no_key] if no_gtin and no_key else ()
    ):
        what = "no UPC and no model number"
        if desc_col is not None and data[i][desc_col].strip():
            what += ": only its description was looked at"
        problems.append(RowProblem(numbers[i], what, False))
    bad_qty = {cell: why for cell, (_, why) in qty_read.items() if why}
    for i in [i for i, cell in enumerate(qty_cells) if cell in bad_qty] if bad_qty else ():
        problems.append(RowProblem(numbers[i], bad_qty[qty_cells[i]] + " (still checked)", True))
    gtins = [gtin for gtin, _ in upc_read.values() if gtin]
    model_keys = [key for key in key_of.values() if key]
    step(total // 4)

    def cells(i: int) -> _Cells:
        """Row ``i``'s cells as a hit shows them."""
        fields = data[i]
        if len(loc_cols) == 1:
            location = fields[loc_cols[0]].strip()
        elif len(loc_cols) == 2:  # "Store", "Aisle": as the join below, without its generator
            first, second = fields[loc_cols[0]].strip(), fields[loc_cols[1]].strip()
            if first:
                location = (
                    f"{loc_names[0]} {first}, {loc_names[1]} {second}"
                    if second
                    else f"{loc_names[0]} {first}"
                )
            else:
                location = f"{loc_names[1]} {second}" if second else ""
        else:
            location = ", ".join(
                f"{h} {fields[j].strip()}"
                for h, j in zip(loc_names, loc_cols, strict=True)
                if fields[j].strip()
            )
        return (
            numbers[i],
            fields[sku_col].strip() if sku_col is not None else "",
            upc_cells[i].strip(),
            model_cells[i].strip(),
            fields[desc_col].strip() if desc_col is not None else "",
            qty_read[qty_cells[i]][0],
            location,
        )

    hits = report.hits
    with catalog.engine.connect() as conn:
        lookup = catalog.sweep_lookup(conn, gtins, model_keys)
        by_gtin, by_model = lookup.by_gtin, lookup.by_model
        step(total // 2)
        # The rows whose UPC or model number names a recalled product, in order: each UPC and model
        # key is decided for the first row that holds it, as row by row; each (UPC cell, model cell)
        # pair is worked out once.
        decided: dict[tuple[str, str], list[tuple[Candidate, Verdict]]] = {}
        found_for: dict[tuple[str | None, str, str], list[_HitTail]] = {}
        tails_of: dict[tuple[str, str], list[_HitTail]] = {}
        found_upc = {cell for cell, (gtin, _) in upc_read.items() if gtin in by_gtin}
        found_model = {cell for cell, key in key_of.items() if key in by_model}
        both = zip(upc_cells, model_cells, strict=True)
        hit_rows = []
        for i in [i for i, (u, m) in enumerate(both) if u in found_upc or m in found_model]:
            pair = (upc, model) = (upc_cells[i], model_cells[i])
            if (tails := tails_of.get(pair)) is None:
                gtin, key = upc_read[upc][0], key_of[model]
                shown = model.strip()
                ident = (gtin, key, shown)
                if (tails := found_for.get(ident)) is None:
                    tails = found_for[ident] = _definite_hits(
                        gtin, key, shown, lookup, decided, report.catalog, False
                    )
                tails_of[pair] = tails
            if tails:
                hit_rows.append(i)
                shown_cells = cells(i)
                hits.extend(SweepHit(*shown_cells, *tail) for tail in tails)
        del tails_of, found_for, decided
        step(total * 3 // 4)

        if desc_col is not None:
            # The rows without a definite hit are looked at by their (brand, description) cells.
            desc_cells = column(desc_col)
            text_cells: list[Any] = (
                desc_cells if brand_col is None else list(zip(column(brand_col), desc_cells, strict=True))
            )
            matched = set(hit_rows)
            rest = [c for i, c in enumerate(text_cells) if i not in matched] if matched else text_cells
            text_of: dict[Any, tuple[str, str]] = {}
            for raw in dict.fromkeys(rest):
                brand, description = ("", raw) if brand_col is None else raw
                if description := description.strip():
                    text_of[raw] = (brand.strip(), description)
            if text_of:
                found = _possible_hits(catalog, conn, list(dict.fromkeys(text_of.values())), lookup)
                found_raw = {raw: found[text] for raw, text in text_of.items() if text in found}
                for i in [i for i, raw in enumerate(text_cells) if raw in found_raw and i not in matched]:
                    row_key = key_of[model_cells[i]]
                    row_cells: _Cells | None = None
                    for key, tail in found_raw[text_cells[i]]:
                        if key and key == row_key:  # its own model number was looked up already
                            continue
                        row_cells = row_cells or cells(i)
                        hits.append(SweepHit(*row_cells, *tail))
    hits.sort(key=lambda h: (h.row, h.outcome == POSSIBLE))
    problems.sort(key=lambda p: p.row)
    step(total)
    return report


_Cells = tuple[int, str, str, str, str, int | None, str]
"""A hit's row cells: SweepHit's fields up to ``recall``, in order."""


def _sweep_rows(
    catalog: Catalog,
    records: Sequence[list[str]],
    columns: Columns,
    source: str,
    encoding: str,
    delimiter: str,
    header_row: int,
    progress: Progress | None,
) -> SweepReport:
    """The careful sweep: the same rules as :func:`_sweep`, written plainly, one row at a time (a
    :class:`StockRow` each), every verdict by :func:`decide`, every product by ``Recall.from_dict``,
    every product tested against every description.  The reference the tests compare it with."""

    def step(done: int) -> None:
        if progress is not None and not progress(done, total):
            raise SweepCancelled

    total = len(records)
    idx = columns.index
    width = len(columns.headers)
    upc_col, model_col, sku_col = _col(idx, "upc"), _col(idx, "model"), _col(idx, "sku")
    desc_col, brand_col, qty_col = _col(idx, "description"), _col(idx, "brand"), _col(idx, "quantity")
    loc_cols = idx.get("location", [])
    report = SweepReport(source, encoding, delimiter, header_row, columns.named(), catalog.info())
    rows: list[StockRow] = []
    problems = report.problems
    blank = 0
    step(0)
    for n, fields in enumerate(records, header_row + 1):
        if not "".join(fields).strip():
            blank += 1
            continue
        if len(fields) != width:
            if len(fields) > width and not any(f.strip() for f in fields[width:]):
                fields = fields[:width]  # trailing delimiters
            else:
                problems.append(
                    RowProblem(
                        n,
                        f"{len(fields)} fields where the header has {width}: not checked "
                        f"(an unquoted {DELIMITERS.get(delimiter, delimiter)} in a field, or a cut row?): "
                        f"{_preview(fields, delimiter)}",
                        False,
                    )
                )
                continue
        upc = fields[upc_col].strip() if upc_col is not None else ""
        model = fields[model_col].strip() if model_col is not None else ""
        gtin, upc_problem = read_upc(upc)
        key = read_model(model)
        quantity, qty_problem = read_quantity(fields[qty_col] if qty_col is not None else "")
        row = StockRow(
            n,
            fields[sku_col].strip() if sku_col is not None else "",
            upc,
            model,
            fields[desc_col].strip() if desc_col is not None else "",
            fields[brand_col].strip() if brand_col is not None else "",
            quantity,
            (
                fields[loc_cols[0]].strip()  # one column: its value; several: each named
                if len(loc_cols) == 1
                else ", ".join(
                    f"{columns.headers[i]} {fields[i].strip()}" for i in loc_cols if fields[i].strip()
                )
            ),
            gtin,
            key,
        )
        if upc_problem:
            also = " (checked by its model number)" if key else ""
            problems.append(RowProblem(n, upc_problem + also, bool(key)))
        elif gtin is None and not key:
            what = "no UPC and no model number"
            if row.description:
                what += ": only its description was looked at"
            problems.append(RowProblem(n, what, False))
        if qty_problem:
            problems.append(RowProblem(n, qty_problem + " (still checked)", True))
        rows.append(row)
    report.blank_rows, report.rows_read = blank, total - blank
    step(total // 2)

    hits = report.hits
    with catalog.engine.connect() as conn:
        lookup = catalog.sweep_lookup(
            conn, [r.gtin for r in rows if r.gtin], [r.key for r in rows if r.key], trusted=False
        )
        decided: dict[tuple[str, str], list[tuple[Candidate, Verdict]]] = {}
        unmatched: dict[tuple[str, str], list[StockRow]] = {}
        for row in rows:
            tails: list[_HitTail] = []
            if (row.key and row.key in lookup.by_model) or (row.gtin and row.gtin in lookup.by_gtin):
                tails = _definite_hits(row.gtin, row.key, row.model, lookup, decided, report.catalog, True)
            cells = (row.row, row.sku, row.upc, row.model, row.description, row.quantity, row.location)
            hits.extend(SweepHit(*cells, *tail) for tail in tails)
            if not tails and row.description:
                unmatched.setdefault((row.brand, row.description), []).append(row)
        step(total * 3 // 4)
        found = _possible_hits(catalog, conn, list(unmatched), lookup, True) if unmatched else {}
        for text, same in unmatched.items():
            for row in same:
                cells = (row.row, row.sku, row.upc, row.model, row.description, row.quantity, row.location)
                hits.extend(
                    SweepHit(*cells, *tail) for key, tail in found.get(text, ()) if key != row.key or not key
                )
    hits.sort(key=lambda h: (h.row, h.outcome == POSSIBLE))
    problems.sort(key=lambda p: p.row)
    step(total)
    return report


def _preview(fields: list[str], delimiter: str, limit: int = 80) -> str:
    text = delimiter.join(fields)
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _verdicts(
    kind: str,
    key: str,
    display: str,
    candidates: list[Candidate],
    decided: dict[tuple[str, str], list[tuple[Candidate, Verdict]]],
    info: CatalogInfo,
    careful: bool,
) -> list[tuple[Candidate, Verdict]]:
    """Each candidate with its verdict, as :func:`decide` gives it for a check of ``display`` (a
    model number as written, or a UPC's digits), once per ``(kind, key)``.  ``careful``: by
    ``decide`` itself (the reference); else by :func:`verdict_of`, which renders only the texts a
    hit shows."""
    result = decided.get((kind, key))
    if result is None:
        if careful:
            query = classify(display)
            if kind == "model" and query.kind != QueryKind.MODEL:
                query = Query(display, QueryKind.MODEL, key, display)
            matches = decide(query, candidates, info).matches
            result = [
                (c, Verdict(m.outcome, m.reason, m.questions))
                for c, m in zip(candidates, matches, strict=True)
            ]
        else:
            # A model number as classify() shows it; a valid GTIN's digits as they are.
            shown = _model_shown(display) if kind == "model" else display
            result = [(c, verdict_of(c, shown)) for c in candidates]
        decided[(kind, key)] = result
    return result


_PLAIN_MODEL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")


def _model_shown(text: str) -> str:
    """A model cell (stripped) as a check of it shows it: ``classify(text).display`` when that reads it
    as a model number, else the text as it is.  A cell of ASCII letters, digits and dashes that
    begins with a letter or digit, holds a letter and is no longer than a query is a model number
    shown in upper case (no label prefix is made of those, and it is no UPC or serial); others are
    classified."""
    if (
        len(text) <= MAX_QUERY_CHARS
        and _PLAIN_MODEL_RE.fullmatch(text)
        and not text.replace("-", "").isdigit()
    ):
        return text.upper()
    query = _classified(text)
    return query.display if query.kind == QueryKind.MODEL else text


@lru_cache(maxsize=1024)
def _classified(text: str) -> Query:
    """classify(text), kept for the model cells ("Model: A3102") that are shown twice."""
    return classify(text)


def _definite_hits(
    gtin: str | None,
    key: str,
    model: str,
    lookup: SweepLookup,
    decided: dict[tuple[str, str], list[tuple[Candidate, Verdict]]],
    info: CatalogInfo,
    careful: bool,
) -> list[_HitTail]:
    """The hits of a row with this GTIN, model key and model cell (as written), by its model number
    and by its UPC, one per recalled product.  Where both name the same product the model number's
    verdict is kept: it knows the variant, a UPC only the product.  They depend on these three only:
    the caller keeps them for the rows alike."""
    found: dict[tuple[str, str, str], tuple[Candidate, Verdict, dict[str, str]]] = {}
    if key and (cands := lookup.by_model.get(key)):
        shown = model if model.replace("-", "").isalnum() else _classified(model).display
        for c, v in _verdicts("model", key, model, cands, decided, info, careful):
            what = "base model" if c.via == Via.BASE else "model"
            found.setdefault(_product_id(c), (c, v, {}))[2][what] = f"{what} {shown or model}"
    if gtin and (cands := lookup.by_gtin.get(gtin)):
        digits = gtin.lstrip("0").rjust(12, "0")
        idents = [_product_id(c) for c in cands]
        # The UPC's verdicts only where its model number's are not kept (as a rule it names the
        # same product: the verdict would be worked out, and left unused).
        judged: list[tuple[Candidate, Verdict | None]] = (
            list(_verdicts("gtin", gtin, digits, cands, decided, info, careful))
            if not found.keys() >= set(idents)
            else [(c, None) for c in cands]
        )
        for ident, (c, by_upc) in zip(idents, judged, strict=True):
            if ident in found:
                found[ident][2]["upc"] = f"UPC {digits}"
            elif by_upc is not None:  # always, here: the verdicts were worked out
                found[ident] = (c, by_upc, {"upc": f"UPC {digits}"})
    tails = []
    for c, v, why in found.values():
        if v.outcome not in HIT_OUTCOMES:
            continue
        kinds = [k for k in ("upc", "model", "base model") if k in why]
        tails.append(
            _tail(
                c.recall,
                c.product,
                "+".join(kinds),
                "Matched " + " and ".join(why[k] for k in kinds),
                v.outcome.value,
                v.reason,
                _action(v.outcome, c.product, v.questions),
            )
        )
    return tails


def _product_id(c: Candidate) -> tuple[str, str, str]:
    return (c.recall.key, c.product.brand, c.product.name)


def _tail(
    recall: Recall, product: Product, matched_by: str, why: str, outcome: str, reason: str, action: str
) -> _HitTail:
    return (
        recall_name(recall),
        recall.key,
        recall.agency,
        product.brand,
        product.name,
        matched_by,
        why,
        outcome,
        reason,
        action,
        recall.notice_url or "",
    )


def _possible_hits(
    catalog: Catalog, conn: Any, texts: list[tuple[str, str]], lookup: SweepLookup, careful: bool = False
) -> dict[tuple[str, str], list[tuple[str, _HitTail]]]:
    """The (brand, description) ``texts`` of rows without a definite hit that name a recalled model
    number or product, each with what it names: (the model key mentioned or "", the hit's tail).

    Model numbers come first, in the order the description gives them, then the products named,
    most words first (the closest name), then the newest recall, then catalog order; at most
    MAX_POSSIBLE_PER_ROW.  A row whose own model number is the key mentioned leaves that one out."""
    read = [_keys_and_words(brand, description) for brand, description in texts]
    keys_of = [keys for keys, _ in read]
    presents = [present for _, present in read]
    del read
    if careful:
        found_by_name = named_products(conn, presents)
    else:
        names = NameIndex(conn, presents)
        found_by_name = [names.find(present) for present in presents]
    more = catalog.sweep_lookup(
        conn,
        model_keys={k for ks in keys_of for k in ks if k not in lookup.by_model},
        product_ids={pid for pids in found_by_name for pid in pids},
        trusted=not careful,
    )
    found_for: dict[tuple[str, str], list[tuple[str, _HitTail]]] = {}
    for text, keys, named in zip(texts, keys_of, found_by_name, strict=True):
        if not keys and not named:  # most descriptions
            continue
        seen: set[tuple[str, str, str]] = set()
        found: list[tuple[str, _HitTail]] = []
        for key in keys:
            for cand in lookup.by_model.get(key) or more.by_model.get(key) or ():
                ident = (cand.recall.key, cand.product.brand, cand.product.name)
                if ident not in seen:
                    seen.add(ident)
                    number = ", ".join(m.number for m in cand.models)
                    why = f"The description mentions model {number}"
                    found.append((key, _possible(cand.recall, cand.product, why)))
        pids = sorted(p for p in named if p in more.products) if named else []
        if len(pids) > 1:
            pids.sort(key=more.order.__getitem__, reverse=True)
            pids.sort(key=named.__getitem__, reverse=True)
        for pid in pids:
            recall, product = more.products[pid]
            ident = (recall.key, product.brand, product.name)
            if ident not in seen:
                seen.add(ident)
                found.append(
                    ("", _possible(recall, product, f"The description names {product.brand} {product.name}"))
                )
        if found:
            found_for[text] = found[:MAX_POSSIBLE_PER_ROW]
    return found_for


def _possible(recall: Recall, product: Product, why: str) -> _HitTail:
    models = ", ".join(m.number for m in product.models) or "no model number in the notice"
    reason = (
        f"Only the description matched, not the UPC or model number: {product.brand} {product.name} "
        f"(models {models}) is under {recall.label}."
    )
    return _tail(recall, product, "description", why, POSSIBLE, reason, POSSIBLE_ACTION)
