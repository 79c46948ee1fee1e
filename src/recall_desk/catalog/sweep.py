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
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..core.identifiers import (
    Query,
    QueryKind,
    classify,
    clean,
    gtin14,
    gtin_check_digit,
    gtin_is_valid,
    model_key,
)
from ..core.model import CatalogInfo, Product, Recall
from ..core.serials import Outcome
from ..core.verdict import Candidate, CheckResult, Match, Via, decide
from .sweep_index import NameIndex, named_products
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
            for n, record in enumerate(_records(text, delimiter), 1):
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
_GTIN_LENGTHS = frozenset({8, 12, 13, 14})


def read_upc(cell: str) -> tuple[str | None, str | None]:
    """(the 14-digit GTIN, None) for a valid UPC-A/EAN/GTIN; (None, why) for one that cannot be used;
    (None, None) for an empty cell.  Nothing is guessed: a UPC missing a digit is reported."""
    raw = cell.strip()
    if not raw:
        return None, None
    if len(raw) in _GTIN_LENGTHS and raw.isdigit() and raw.isascii() and _check_digit_ok(raw):
        return gtin14(raw), None  # the usual cell: what the rest finds for it, sooner
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
    total = 3 * sum(map(int, digits[-2::-2])) + sum(map(int, digits[-3::-2]))
    return (10 - total % 10) % 10 == int(digits[-1])


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


# ASCII text (what stock systems export) is split with str.translate, several times faster than
# the regular expressions of clean() and model_key(), with the same result.
_TO_KEYS = str.maketrans(
    {
        chr(c): (" " if chr(c) in " \t\n\r\x0b\x0c,;()[]{}\"'|" else None)
        for c in range(128)
        if not chr(c).isdigit() and not chr(c).isupper()
    }
)


def _description_keys(text: str) -> list[str]:
    """Words of a description that could be model numbers: a letter and a digit, 4 characters or more
    ("Charger ATH-CK3TW, black" -> ["ATHCK3TW"])."""
    if text.isascii():
        tokens = text.upper().translate(_TO_KEYS).split()
    else:
        # model_key() of each word; an ASCII word of clean()'s text is already clean: upper case it,
        # drop what is not A-Z0-9 (as the ASCII path above does).
        tokens = [
            t.upper().translate(_TO_KEYS) if t.isascii() else model_key(t)
            for t in _DESC_SPLIT_RE.split(clean(text))
            if t
        ]
    keys = [k for k in tokens if 4 <= len(k) <= 60 and not k.isdigit() and not k.isalpha()]
    return list(dict.fromkeys(keys))


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
    reason = f"{hit.why}. {hit.reason}".strip()
    values = [
        str(hit.row),
        hit.sku,
        hit.upc,
        hit.model,
        hit.description,
        "" if hit.quantity is None else str(hit.quantity),
        hit.location,
        hit.recall,
        hit.agency,
        hit.outcome,
        hit.matched_by,
        reason,
        hit.action,
        hit.notice_url,
    ]
    return ["'" + v if v[:1] in ("=", "+", "-", "@", "\t", "\r") else v for v in values]


def write_hits_csv(hits: Iterable[SweepHit], path: str | Path) -> int:
    """Write the hits as CSV (UTF-8 with BOM, for Excel), one row per hit; returns how many.
    Raises OSError when the file cannot be written."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HIT_COLUMNS)
        for hit in hits:
            writer.writerow(hit_row(hit))
            count += 1
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
    outcome = match.outcome
    if outcome == Outcome.AFFECTED:
        return "Pull from sale: every unit is affected"
    label = match.product.serial_rule.label
    if outcome == Outcome.CHECK_WITH_MANUFACTURER:
        return f"Pull from sale; check each unit's {label} with the manufacturer: units may be affected"
    if outcome == Outcome.NEED_SERIAL:
        return f"Pull from sale; check each unit's {label}: units may be affected"
    asked = [("model number" if q.key == "model" else q.key) for q in match.questions] or ["label"]
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
            records = list(_records(text, layout.delimiter))
        except csv.Error as exc:
            raise SweepRefused(f"{name}: cannot be read as CSV: {exc} (an unclosed quote?)") from None
        del text
        return sweep_records(
            catalog,
            records[layout.header_row :],
            layout.columns,
            source=str(path),
            encoding=encoding,
            delimiter=layout.delimiter,
            header_row=layout.header_row,
            progress=progress,
            careful=careful,
        )


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
        return _sweep(catalog, records, columns, source, encoding, delimiter, header_row, progress, careful)


def _sweep(
    catalog: Catalog,
    records: Sequence[list[str]],
    columns: Columns,
    source: str,
    encoding: str,
    delimiter: str,
    header_row: int,
    progress: Progress | None,
    careful: bool,
) -> SweepReport:
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
    rows: list[StockRow] = []
    problems = report.problems
    upcs: dict[str, tuple[str | None, str | None]] = {}
    keys: dict[str, str] = {}
    quantities: dict[str, tuple[int | None, str | None]] = {}
    blank = 0
    step(0)
    for n, fields in enumerate(records, header_row + 1):
        if n % _PROGRESS_STEP == 0:
            step(n - header_row)
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
        qty = fields[qty_col].strip() if qty_col is not None else ""
        if (read := upcs.get(upc)) is None:
            read = upcs[upc] = read_upc(upc)
        gtin, upc_problem = read
        if (key := keys.get(model)) is None:
            key = keys[model] = read_model(model)
        if (units := quantities.get(qty)) is None:
            units = quantities[qty] = read_quantity(qty)
        quantity, qty_problem = units
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
                f"{h} {fields[i].strip()}"
                for h, i in zip(loc_names, loc_cols, strict=True)
                if fields[i].strip()
            )
        row = StockRow(
            n,
            fields[sku_col].strip() if sku_col is not None else "",
            upc,
            model,
            fields[desc_col].strip() if desc_col is not None else "",
            fields[brand_col].strip() if brand_col is not None else "",
            quantity,
            location,
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
    gtins = [gtin for gtin, _ in upcs.values() if gtin]
    model_keys = [key for key in keys.values() if key]
    del upcs, keys, quantities
    step(total // 2)

    hits = report.hits
    with catalog.engine.connect() as conn:
        lookup = catalog.sweep_lookup(conn, gtins, model_keys, trusted=not careful)
        by_gtin, by_model = lookup.by_gtin, lookup.by_model
        decided: dict[tuple[str, str], CheckResult] = {}
        found_for: dict[tuple[str | None, str, str], list[_HitTail]] = {}
        unmatched: list[StockRow] = []
        for i, row in enumerate(rows):
            if i % _PROGRESS_STEP == 0:
                step(total // 2 + i // 4)
            tails: list[_HitTail] = []
            if (row.key and row.key in by_model) or (row.gtin and row.gtin in by_gtin):
                ident = (row.gtin, row.key, row.model)
                if (known := found_for.get(ident)) is None:
                    known = found_for[ident] = _definite_hits(row, lookup, decided, report.catalog)
                tails = known
            if tails:
                cells = (row.row, row.sku, row.upc, row.model, row.description, row.quantity, row.location)
                hits.extend(SweepHit(*cells, *tail) for tail in tails)
            elif row.description:
                unmatched.append(row)
        step(total * 3 // 4)
        if unmatched:
            hits.extend(_possible_hits(catalog, conn, unmatched, lookup, careful))
    hits.sort(key=lambda h: (h.row, h.outcome == POSSIBLE))
    problems.sort(key=lambda p: p.row)
    step(total)
    return report


def _preview(fields: list[str], delimiter: str, limit: int = 80) -> str:
    text = delimiter.join(fields)
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _decide(
    kind: str,
    key: str,
    display: str,
    candidates: list[Candidate],
    decided: dict[tuple[str, str], CheckResult],
    info: CatalogInfo,
) -> CheckResult:
    result = decided.get((kind, key))
    if result is None:
        query = classify(display)
        if kind == "model" and query.kind != QueryKind.MODEL:
            query = Query(display, QueryKind.MODEL, key, display)
        result = decided[(kind, key)] = decide(query, candidates, info)
    return result


def _definite_hits(
    row: StockRow, lookup: SweepLookup, decided: dict[tuple[str, str], CheckResult], info: CatalogInfo
) -> list[_HitTail]:
    """The row's hits by its model number and by its UPC, one per recalled product.  Where both name
    the same product the model number's verdict is kept: it knows the variant, a UPC only the product.
    They depend on the row's UPC and model number only: the caller keeps them for the rows alike."""
    found: dict[tuple[str, str, str], tuple[Match, dict[str, str]]] = {}
    if row.key and (cands := lookup.by_model.get(row.key)):
        for m in _decide("model", row.key, row.model, cands, decided, info).matches:
            what = "base model" if m.via == Via.BASE else "model"
            shown = row.model if row.model.replace("-", "").isalnum() else classify(row.model).display
            found.setdefault(_product_id(m), (m, {}))[1][what] = f"{what} {shown or row.model}"
    if row.gtin and (cands := lookup.by_gtin.get(row.gtin)):
        digits = row.gtin.lstrip("0").rjust(12, "0")
        for m in _decide("gtin", row.gtin, digits, cands, decided, info).matches:
            found.setdefault(_product_id(m), (m, {}))[1]["upc"] = f"UPC {digits}"
    tails = []
    for m, why in found.values():
        if m.outcome not in HIT_OUTCOMES:
            continue
        kinds = [k for k in ("upc", "model", "base model") if k in why]
        tails.append(
            _tail(
                m.recall,
                m.product,
                "+".join(kinds),
                "Matched " + " and ".join(why[k] for k in kinds),
                m.outcome.value,
                m.reason,
                action_for(m),
            )
        )
    return tails


def _product_id(m: Match) -> tuple[str, str, str]:
    return (m.recall.key, m.product.brand, m.product.name)


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
    catalog: Catalog, conn: Any, rows: list[StockRow], lookup: SweepLookup, careful: bool = False
) -> list[SweepHit]:
    """Rows without a definite hit whose description names a recalled model number or product.
    Each distinct description is read once (a chain's list repeats an item for every store).

    Model numbers come first, in the order the description gives them, then the products named,
    most words first (the closest name), then the newest recall, then catalog order."""
    texts: dict[tuple[str, str], tuple[list[str], set[str]]] = {}
    for row in rows:
        text = (row.brand, row.description)
        if text not in texts:
            present = _words(f"{row.brand} {row.description}")
            texts[text] = (_description_keys(row.description), present)
    presents = [present for _, present in texts.values()]
    if careful:
        found_by_name = named_products(conn, presents)
    else:
        names = NameIndex(conn, presents)
        found_by_name = [names.find(present) for present in presents]
    by_name = dict(zip(texts, found_by_name, strict=True))
    more = catalog.sweep_lookup(
        conn,
        model_keys={k for ks, _ in texts.values() for k in ks if k not in lookup.by_model},
        product_ids={pid for pids in found_by_name for pid in pids},
        trusted=not careful,
    )
    found_for: dict[tuple[str, str], list[tuple[str, _HitTail]]] = {}
    for text, (keys, _) in texts.items():
        named = by_name[text]
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
    hits = []
    for row in rows:
        found = found_for.get((row.brand, row.description), [])
        if not found:
            continue
        cells = (row.row, row.sku, row.upc, row.model, row.description, row.quantity, row.location)
        for key, tail in found:
            if key and key == row.key:  # its own model number was looked up already
                continue
            hits.append(SweepHit(*cells, *tail))
    return hits


def _possible(recall: Recall, product: Product, why: str) -> _HitTail:
    models = ", ".join(m.number for m in product.models) or "no model number in the notice"
    reason = (
        f"Only the description matched, not the UPC or model number: {product.brand} {product.name} "
        f"(models {models}) is under {recall.label}."
    )
    return _tail(recall, product, "description", why, POSSIBLE, reason, POSSIBLE_ACTION)
