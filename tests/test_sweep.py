"""The shelf sweep: real stock-list files (encodings, delimiters, headers, bad rows) against the seed
catalog, the command line's contract, and File → Sweep inventory… driven with pytest-qt."""

from __future__ import annotations

import csv
import gc
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recall_desk.catalog import sweep, sweep_index, trusted
from recall_desk.catalog.load import read_document, replace_catalog
from recall_desk.catalog.service import Catalog
from recall_desk.catalog.sweep import (
    HIT_COLUMNS,
    POSSIBLE,
    SweepCancelled,
    SweepRefused,
    find_columns,
    read_quantity,
    read_upc,
    sweep_file,
)
from recall_desk.catalog.sweep_index import STOP_WORDS, NameIndex, named_products, text_words
from recall_desk.catalog.tables import PRODUCT_T
from recall_desk.cli import main
from recall_desk.core.identifiers import gtin_check_digit, gtin_is_valid
from recall_desk.core.model import CatalogFormatError, Recall
from recall_desk.resources import resource

SHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots"
UPC_A1112 = "036000291452"
"""A valid UPC-A, given to the A1112 power bank in the ``gtin_catalog`` fixture."""


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def csv_text(rows: list[list[str]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


@pytest.fixture
def gtin_catalog(catalog: Catalog, tmp_path: Path) -> Catalog:
    """The seed catalog with a UPC on the A1112 power bank (the seed's notices list none)."""
    doc = json.loads(resource("catalog", "seed.json").read_text(encoding="utf-8"))
    for recall in doc["recalls"]:
        for product in recall["products"]:
            if "A1112" in product["models"]:
                product["gtins"] = [UPC_A1112]
    path = tmp_path / "with-gtin.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    replace_catalog(catalog.engine, read_document(path), source="test")
    return catalog


# --- Columns, encodings, delimiters ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["UPC", "Model", "SKU", "Description", "Quantity", "Location"], None),
        (["gtin", "model number", "item", "name", "qty", "bin"], None),
        (["EAN-13", "Mfr Part #", "Item No.", "Product Name", "On Hand", "Aisle"], None),
        (["  Bar Code ", "MODEL_NO", "sku", "Item Description", "QTY ON HAND", "Store"], None),
        (["Code-barres", "Modèle", "Référence", "Désignation", "Qté", "Emplacement"], None),
        (
            [
                "Vendor UPC",
                "Manufacturer Part Number",
                "Item #",
                "Long Description",
                "Qty Avail",
                "Bin Location",
            ],
            None,
        ),
    ],
)
def test_columns_are_found_by_their_headers_in_english_and_common_variants(
    headers: list[str], expected: None
) -> None:
    columns = find_columns(headers)
    assert {f: cols[0] for f, cols in columns.index.items()} == {
        "upc": 0,
        "model": 1,
        "sku": 2,
        "description": 3,
        "quantity": 4,
        "location": 5,
    }


def test_several_location_columns_are_all_kept_and_named_in_the_hit(catalog: Catalog, tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", "Model,Store,Aisle,Bin,Qty\r\nA1112,12,C,3,2\r\n")
    hit = sweep_file(catalog, path).hits[0]
    assert hit.location == "Store 12, Aisle C, Bin 3"


@pytest.mark.parametrize(("delimiter", "name"), [(",", "comma"), (";", "semicolon"), ("\t", "tab")])
def test_the_delimiter_is_sniffed(catalog: Catalog, tmp_path: Path, delimiter: str, name: str) -> None:
    rows = [
        ["SKU", "Model", "Description", "Qty", "Location"],
        ["1", "A1112", "Anker power bank, 5K; blue", "3", "A1"],
        ["2", "XYZ-1", "Kettle", "1", "A2"],
    ]
    path = write(tmp_path / "stock.csv", csv_text(rows, delimiter))
    report = sweep_file(catalog, path)
    assert report.summary_json()["delimiter"] == name
    assert report.rows_read == 2 and report.problems == []
    assert [(h.row, h.description, h.quantity) for h in report.hits] == [(2, "Anker power bank, 5K; blue", 3)]


def test_windows_1252_is_detected_and_read(catalog: Catalog, tmp_path: Path) -> None:
    text = "Référence;Modèle;Désignation;Qté;Rayon\r\n1;A1112;Batterie Café Anker;4;Allée 3\r\n"
    path = write(tmp_path / "fr.csv", text, "cp1252")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    report = sweep_file(catalog, path)
    assert report.encoding == "Windows-1252"
    assert report.columns == {
        "sku": "Référence",
        "model": "Modèle",
        "description": "Désignation",
        "quantity": "Qté",
        "location": "Rayon",
    }
    [hit] = report.hits
    assert (hit.description, hit.quantity, hit.location) == ("Batterie Café Anker", 4, "Allée 3")


@pytest.mark.parametrize(
    ("encoding", "name"), [("utf-8-sig", "UTF-8 with BOM"), ("utf-8", "UTF-8"), ("utf-16", "UTF-16")]
)
def test_utf8_with_or_without_bom_and_utf16_are_read(
    catalog: Catalog, tmp_path: Path, encoding: str, name: str
) -> None:
    path = write(
        tmp_path / "u.csv", "UPC\tModel\tDescription\tQty\r\n\tA1112\tCafé crème ☕\t1\r\n", encoding
    )
    report = sweep_file(catalog, path)
    assert report.encoding == name
    assert report.columns["upc"] == "UPC"  # the BOM is not part of the first header
    assert report.hits[0].description == "Café crème ☕"


def test_quoted_fields_and_embedded_newlines_keep_the_row_numbers_a_spreadsheet_shows(
    catalog: Catalog, tmp_path: Path
) -> None:
    rows = [
        ["Model", "Description", "Qty"],
        ["XYZ", 'A "quoted", two-line\ndescription', "1"],
        ["A1112", "power bank", "2"],
    ]
    report = sweep_file(catalog, write(tmp_path / "q.csv", csv_text(rows)))
    assert [h.row for h in report.hits] == [3]
    assert report.rows_read == 2 and report.problems == []


def test_a_title_line_before_the_header_is_skipped(catalog: Catalog, tmp_path: Path) -> None:
    title = "Inventory report for store 12 printed 2026-11-20 by the back office"
    text = f"{title}\r\nSKU,Model,Qty\r\n1,A1112,5\r\n"
    report = sweep_file(catalog, write(tmp_path / "t.csv", text))
    assert report.header_row == 2
    assert [(h.row, h.quantity) for h in report.hits] == [(3, 5)]


def test_a_file_that_is_not_a_stock_list_is_refused_naming_it_and_its_headers(
    catalog: Catalog, tmp_path: Path
) -> None:
    path = write(tmp_path / "contacts.csv", "Name,Phone,Email\r\nAnn,555,a@example.com\r\n")
    with pytest.raises(SweepRefused) as err:
        sweep_file(catalog, path)
    message = str(err.value)
    assert "contacts.csv is not a stock list" in message
    assert "'Name', 'Phone', 'Email'" in message
    with pytest.raises(SweepRefused, match="empty"):
        sweep_file(catalog, write(tmp_path / "empty.csv", "\r\n\r\n"))
    zipped = tmp_path / "stock.xlsx"
    zipped.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(SweepRefused, match=r"stock\.xlsx is a zip file"):
        sweep_file(catalog, zipped)


# --- Cells ----------------------------------------------------------------------------------------


def test_upc_check_digits_are_verified_and_mangled_upcs_reported_not_guessed() -> None:
    assert read_upc("036000291452") == ("00036000291452", None)
    assert read_upc(" 0 36000-29145 2 ") == ("00036000291452", None)
    assert read_upc("4006381333931") == ("04006381333931", None)  # EAN-13
    assert read_upc("036000291452.0") == ("00036000291452", None)  # a spreadsheet's number
    assert read_upc("") == (None, None)
    gtin, why = read_upc("036000291453")
    assert gtin is None and why is not None and "wrong check digit" in why and "end in 2" in why
    gtin, why = read_upc("36000291452")  # Excel dropped the leading zero
    assert gtin is None and why is not None
    assert "11 digits" in why and "036000291452 would be a valid UPC-A" in why and "Not guessed" in why
    gtin, why = read_upc("3.60003E+11")
    assert gtin is None and why is not None and "scientific notation" in why
    gtin, why = read_upc("ABC123")
    assert gtin is None and why == "UPC 'ABC123' is not made of digits"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("3", 3), ("+3", 3), ("12.0", 12), ("1,200", 1200), ("1 200", 1200), ("", None)],
)
def test_quantities_are_read_as_whole_numbers(cell: str, expected: int | None) -> None:
    assert read_quantity(cell) == (expected, None)


@pytest.mark.parametrize("cell", ["two", "1.5", "-3", "1,5"])
def test_a_bad_quantity_is_a_problem(cell: str) -> None:
    quantity, why = read_quantity(cell)
    assert quantity is None and why is not None and repr(cell) in why


# --- Hits against the seed catalog ----------------------------------------------------------------

STOCK = [
    ["SKU", "UPC", "Model", "Description", "Qty", "Location"],
    ["100", "", "A3102016", "Soundcore speaker black", "4", "A1"],  # 2
    ["101", "", "BPD005", "Belkin watch charger", "2", "A2"],  # 3
    ["102", "", "A1112", "Anker 321 power bank", "3", "B1"],  # 4
    ["103", "", "a1112", "Anker 321 power bank", "5", "B2"],  # 5
    ["104", "", "Model: A3102", "Soundcore speaker", "1", "B3"],  # 6
    ["105", "", "XYZ-99", "USB cable", "10", "C1"],  # 7: not recalled
    ["106", "", "", "Anker 321 Power Bank (PowerCore 5K) grey", "2", "C2"],  # 8: description only
    ["107", "", "", "", "3", "C3"],  # 9: nothing to check
    ["108", "", "A1112", "Anker power bank", "lots", "C4"],  # 10: bad quantity, still checked
    ["109", "", "A1647", "Anker power bank 15W"],  # 11: fields missing
    ["110", "36000291452", "", "Anker power bank", "1", "D1"],  # 12: 11-digit UPC
    ["111", "", "A1647", "Anker Power Bank", "", "D2"],  # 13: two recalls, no quantity
]


def sweep_stock(catalog: Catalog, tmp_path: Path, rows: list[list[str]] = STOCK) -> Any:
    return sweep_file(catalog, write(tmp_path / "stock.csv", csv_text(rows)))


def test_each_hit_says_which_recall_why_how_many_where_and_what_to_do(
    catalog: Catalog, tmp_path: Path
) -> None:
    report = sweep_stock(catalog, tmp_path)
    by_row: dict[int, list[Any]] = {}
    for h in report.hits:
        by_row.setdefault(h.row, []).append(h)
    [speaker] = by_row[2]
    assert (speaker.recall, speaker.agency, speaker.outcome) == ("CPSC 25-056", "CPSC", "need_serial")
    assert speaker.why == "Matched model A3102016" and speaker.matched_by == "model"
    assert speaker.action == "Pull from sale; check each unit's SN Code: units may be affected"
    assert (speaker.quantity, speaker.location, speaker.sku) == (4, "A1", "100")
    assert speaker.notice_url.startswith("https://www.cpsc.gov/")
    [belkin] = by_row[3]
    assert belkin.outcome == "need_serial" and belkin.recall == "CPSC recall of 2024-12-05"
    assert belkin.action.startswith("Pull from sale; check each unit's serial")
    [anker] = by_row[4]
    assert anker.outcome == "affected" and anker.action == "Pull from sale: every unit is affected"
    assert anker.recall == "Anker Innovations recall of 2024-06-06"
    assert by_row[5][0].outcome == "affected"  # lower case is the same model
    [base] = by_row[6]
    assert (base.recall, base.outcome, base.matched_by) == ("CPSC 25-056", "need_answer", "base model")
    assert base.action == "Pull from sale; check each unit's colour: units may be affected"
    assert 7 not in by_row and 9 not in by_row and 11 not in by_row and 12 not in by_row
    [possible] = by_row[8]
    assert possible.outcome == POSSIBLE and not possible.definite
    assert possible.why == "The description names Anker 321 Power Bank (PowerCore 5K)"
    assert "person" in possible.action
    assert by_row[10][0].outcome == "affected" and by_row[10][0].quantity is None
    assert sorted(h.recall for h in by_row[13]) == ["CPSC 25-466", "CPSC recall of 2024-10-17"]
    assert {h.outcome for h in by_row[13]} == {"check_with_manufacturer", "need_serial"}


def test_units_are_summed_per_row_and_per_recall(catalog: Catalog, tmp_path: Path) -> None:
    report = sweep_stock(catalog, tmp_path)
    # Rows 2 (4), 3 (2), 4 (3), 5 (5), 6 (1); row 10 and 13 give no quantity; row 13 counts once.
    assert report.units_to_pull == 15
    assert report.rows_with_hits == 7 and report.hit_rows_without_quantity == 2
    assert len(report.definite_hits) == 8 and len(report.possible_hits) == 1
    assert report.units_to_check == 2
    totals = {t.recall: t for t in report.by_recall()}
    assert (totals["Anker Innovations recall of 2024-06-06"].units, totals["CPSC 25-056"].units) == (8, 5)
    assert totals["Anker Innovations recall of 2024-06-06"].rows == 3
    assert totals["Anker Innovations recall of 2024-06-06"].rows_without_quantity == 1
    assert totals["CPSC 25-056"].outcome == "need_serial"  # the most serious of its rows


def test_rows_that_cannot_be_read_are_listed_with_the_row_number_and_why(
    catalog: Catalog, tmp_path: Path
) -> None:
    report = sweep_stock(catalog, tmp_path)
    assert report.rows_read == len(STOCK) - 1
    problems = {p.row: p for p in report.problems}
    assert sorted(problems) == [8, 9, 10, 11, 12]
    assert "no UPC and no model number" in problems[9].reason and not problems[9].checked
    assert "only its description" in problems[8].reason
    assert "quantity 'lots' is not a whole number" in problems[10].reason and problems[10].checked
    assert problems[11].reason.startswith("4 fields where the header has 6: not checked")
    assert "11 digits" in problems[12].reason and not problems[12].checked
    # Every data row is a hit, a clean miss (row 7) or a listed problem: none is dropped silently.
    accounted = {h.row for h in report.hits} | set(problems) | {7}
    assert accounted == set(range(2, len(STOCK) + 1))


def test_hits_by_upc_and_the_same_upc_mangled_by_a_spreadsheet(gtin_catalog: Catalog, tmp_path: Path) -> None:
    wrong = UPC_A1112[:-1] + str((gtin_check_digit(UPC_A1112[:-1]) + 1) % 10)
    rows = [
        ["UPC", "Model", "Qty"],
        [UPC_A1112, "", "2"],
        [UPC_A1112, "A1112", "1"],
        [UPC_A1112.lstrip("0"), "", "7"],
        [wrong, "", "1"],
        ["3.60003E+11", "", "1"],
    ]
    report = sweep_stock(gtin_catalog, tmp_path, rows)
    assert [(h.row, h.matched_by, h.why) for h in report.hits] == [
        (2, "upc", f"Matched UPC {UPC_A1112}"),
        (3, "upc+model", f"Matched UPC {UPC_A1112} and model A1112"),
    ]
    assert all(h.outcome == "affected" for h in report.hits)
    assert report.units_to_pull == 3
    reasons = {p.row: p.reason for p in report.problems}
    assert "leading zero" in reasons[4] and "wrong check digit" in reasons[5] and "scientific" in reasons[6]


def test_the_batch_lookup_finds_what_a_check_finds(gtin_catalog: Catalog) -> None:
    keys = ["A1112", "A3102016", "A3102", "A1647", "BPD005", "ATHCK3TW", "NOPE123"]
    with gtin_catalog.engine.connect() as conn:
        found = gtin_catalog.sweep_lookup(conn, ["00036000291452", "00012345678905"], keys)
        for key in keys:
            single = gtin_catalog._by_model(conn, key)
            batch = found.by_model.get(key, [])
            # The same objects, though the batch builds them from the stored documents unvalidated.
            assert [(c.recall, c.product, c.models, c.via) for c in batch] == [
                (c.recall, c.product, c.models, c.via) for c in single
            ], key
        assert found.by_gtin["00036000291452"] == gtin_catalog._by_gtin(conn, "00036000291452")
        assert "00012345678905" not in found.by_gtin and "NOPE123" not in found.by_model


def test_a_progress_callback_can_cancel_the_sweep(catalog: Catalog, tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", csv_text(STOCK))
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return len(seen) < 2

    with pytest.raises(SweepCancelled):
        sweep_file(catalog, path, progress=progress)
    assert seen[0] == (0, len(STOCK) - 1)


# --- The fast path and the careful path -----------------------------------------------------------

EVERY_KIND = [
    ["SKU", "UPC", "Model", "Description", "Qty", "Store", "Aisle"],
    ["200", UPC_A1112, "", "power bank", "2", "1", "A1"],  # 2: by UPC
    ["201", UPC_A1112, "A1112", "Anker 321", "1", "1", "A2"],  # 3: by UPC and model
    ["202", "", "BPD005", "Belkin charger", "3", "2", "B1"],  # 4: by model, the serial decides
    ["203", "", "A3102", "Soundcore speaker", "1", "2", ""],  # 5: base model, the colour question
    ["204", "", "Model: A3102-016", "", "2", "", "B3"],  # 6: a variant as printed on a label
    ["205", "", "A1647", "Anker Power Bank", "", "3", "C1"],  # 7: two recalls, no quantity
    ["206", "", "A3302031", "AnkerWork PowerConf S3", "1", "3", "C2"],  # 8: one of a product's models
    ["207", "", "", "Anker 321 Power Bank (PowerCore 5K) grey", "2", "3", "C3"],  # 9: names a product
    ["208", "", "", "Replacement case for ATH-CK3TW earbuds", "1", "4", "D1"],  # 10: mentions a model
    ["209", "", "", "Anker MagGo Power Bank (10,000mAh, 7.5W) 20W", "1", "4", "D2"],  # 11: names two
    ["210", "", "", "Anker 321 Power Bank (PowerCore 5K) – édition café", "1", "4", "D3"],  # 12: not ASCII
    ["211", "", "XYZ-99", "USB cable", "10", "5", "E1"],  # 13: not recalled
    ["212", "36000291452", "", "Anker power bank", "1", "5", "E2"],  # 14: 11 digits
    ["213", UPC_A1112[:-1] + "3", "", "", "1", "5", "E3"],  # 15: wrong check digit
    ["214", "3.60003E+11", "A1112", "", "1", "6", "F1"],  # 16: scientific notation, checked by model
    ["215", "", "", "", "4", "6", "F2"],  # 17: nothing to check
    ["216", "", "a1112", "Anker power bank", "lots", "6", "F3"],  # 18: bad quantity, still checked
    ["217", "", "A1647"],  # 19: cut short
    ["", "", "", "", "", "", ""],  # 20: blank
    ["218", "", "A1112", "Anker 535 Power Bank (PowerCore 20K)", "-2", "7", "G1"],  # 21: hit; negative
]


def test_the_fast_path_answers_as_the_careful_path_for_every_kind_of_row(
    gtin_catalog: Catalog, tmp_path: Path
) -> None:
    """The sweep builds products from the stored documents without validating them again and matches
    descriptions through an index; ``careful`` validates each with Recall.from_dict and tests every
    product against every description.  The same report, to the last character."""
    path = write(tmp_path / "every.csv", csv_text(EVERY_KIND))
    fast, careful = sweep_file(gtin_catalog, path), sweep_file(gtin_catalog, path, careful=True)
    assert fast.to_json() == careful.to_json()
    # The list has every kind of row, or the comparison would prove less than it says.
    assert {h.matched_by for h in fast.hits} == {"upc", "upc+model", "model", "base model", "description"}
    assert {"need_answer", "need_serial", "affected", "check_with_manufacturer", POSSIBLE} <= {
        h.outcome for h in fast.hits
    }
    whys = [h.why for h in fast.possible_hits]
    assert any(w.startswith("The description mentions model") for w in whys)
    assert any(w.startswith("The description names") for w in whys)
    assert {h.row for h in fast.possible_hits} == {9, 10, 11, 12}
    assert len([h for h in fast.possible_hits if h.row == 11]) == 2
    assert {p.checked for p in fast.problems} == {True, False} and fast.blank_rows == 1
    assert {h.row for h in fast.hits} | {p.row for p in fast.problems} | {13, 20} == set(
        range(2, len(EVERY_KIND) + 1)
    )


def test_a_driver_with_named_parameters_gets_sqlalchemys_own_in(
    gtin_catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "every.csv", csv_text(EVERY_KIND))
    plain = sweep_file(gtin_catalog, path).to_json()
    monkeypatch.setattr(sweep_index, "_MARKERS", {})  # as for a paramstyle the plain SQL does not write
    with gtin_catalog.engine.connect() as conn:
        assert sweep_index.plain_rows(conn, (PRODUCT_T.c.id,), PRODUCT_T.c.id, [1, 2, 99999]) == [(1,), (2,)]
    assert sweep_file(gtin_catalog, path).to_json() == plain


def rich_document() -> dict[str, Any]:
    """A catalog document with every field a recall and a product may carry, and every serial clause."""
    clauses: list[dict[str, Any]] = [
        {"kind": "prefix", "values": ["57V", "58V"]},
        {"kind": "suffix", "values": ["ZZ"]},
        {"kind": "contains", "values": ["A-1"]},
        {"kind": "list", "values": ["SN001", "SN002", "SN003"]},
        {"kind": "range", "start": "1000", "end": "1999"},
        {"kind": "range", "start": "AA00", "end": "AZ99"},
        {"kind": "mask", "patterns": ["60764XXXX"], "wildcard": "X"},
        {"kind": "date_code", "format": "YYWW", "start": "2023-01-01", "end": "2023-12-31"},
    ]
    rich_product = {
        "brand": "Acme",
        "name": "Turbo Heater (1500W)",
        "models": [
            {"number": "TH-1500"},
            {"number": "TH-1500B", "base": "TH-1500", "answers": {"colour": "black"}},
        ],
        "colours": ["black", "white"],
        "gtins": ["036000291452", "4006381333931"],
        "description": "A space heater.",
        "model_label": {"where": "underneath", "text": "Model: TH-1500", "view": "bottom"},
        "serial_label": {"where": "on the back"},
        "serial_rule": {
            "min_length": 4,
            "max_length": 12,
            "charset": "alnum",
            "read_as": {"O": "0"},
            "read_as_note": "the maker prints no letter O",
            "match": clauses,
            "exclude": [{"kind": "suffix", "values": ["X"]}],
            "in_scope": "affected",
            "out_of_scope": "not_affected",
            "outside_format": "not_affected",
            "no_serial": "check_with_manufacturer",
            "manufacturer_list": "https://acme.example/check",
            "label": "SN code",
            "reasons": {"in_scope": "Listed by Acme.", "exclude": "Repaired units end in X."},
            "source": "https://acme.example/notice",
        },
        "questions": [
            {
                "key": "colour",
                "text": "What colour is it?",
                "choices": [
                    {"value": "black", "label": "Black", "model": "TH-1500B"},
                    {"value": "white", "outcome": "not_affected", "reason": "White ones were not recalled."},
                ],
                "source": "https://acme.example/notice",
            }
        ],
        "pictures": [
            {
                "view": "bottom",
                "file": "pictures/th-1500-bottom.svg",
                "caption": "The label",
                "hotspots": [{"kind": "model", "x": 0.1, "y": 0.2, "w": 0.3, "h": 0.1, "text": "TH-1500"}],
            }
        ],
        "sources": {"name": ["https://acme.example/notice"]},
    }
    recall = {
        "key": "acme-2025-th",
        "agency": "CPSC",
        "number": "25-999",
        "date": "2025-02",
        "title": "Acme Turbo Heaters Recalled",
        "hazard": "Fire.",
        "incidents": "3 reports.",
        "injuries": "None.",
        "units_us": "About 1,000",
        "units_canada": "About 100",
        "remedy": {"kinds": ["refund", "repair"], "text": "Stop using it.", "replacement": "A new heater"},
        "contact": {
            "phone": "800-555-0100",
            "phone_hours": "9 to 5",
            "emails": ["recall@acme.example"],
            "email_subject": "Heater recall",
            "serial_check_urls": ["https://acme.example/check"],
            "claim_url": "https://acme.example/claim",
            "other_urls": ["https://acme.example"],
        },
        "disposal": "Take it to a recycling centre.",
        "sold_at": "Hardware stores",
        "sold_period": "2024",
        "manufacturer": "Acme Ltd.",
        "notice_url": "https://acme.example/notice",
        "source_urls": ["https://acme.example/notice"],
        "sources": {"date": ["https://acme.example/notice"]},
        "notes": ["A note."],
        "last_updated": "2025-03-01",
        "products": [rich_product, {"brand": "Acme", "name": "Mini Heater", "models": ["MH-1"]}],
    }
    doc = json.loads(resource("catalog", "seed.json").read_text(encoding="utf-8"))
    doc["recalls"].append(recall)
    return dict(doc)


def test_a_stored_document_of_an_unexpected_shape_is_read_carefully() -> None:
    recall = {"key": "r", "agency": "CPSC", "title": "T"}
    odd = {"brand": "B", "name": "N", "models": ["M1"], "serial_rule": {"match": [{"kind": "moon_phase"}]}}
    with pytest.raises(CatalogFormatError, match="moon_phase"):
        trusted.product_recall("product 7", recall, odd)  # what from_dict says, not a guess
    plain = {"brand": "B", "name": "N", "models": ["M1"]}  # a bare model number: from_dict reads it
    assert trusted.product_recall("product 8", recall, plain) == Recall.from_dict(
        "product 8", {**recall, "products": [plain]}
    )


def test_the_name_index_finds_what_testing_every_product_finds(catalog: Catalog) -> None:
    with catalog.engine.connect() as conn:
        names = [f"{b} {n}" for b, n in conn.execute(select(PRODUCT_T.c.brand, PRODUCT_T.c.name))]
        texts = [text_words(t) for t in names]
        texts += [text_words(f"{a} {b} spare") for a, b in zip(names, names[3:], strict=False)]
        texts += [text_words(t.replace("Power", "")) for t in names] + [set(), {"ANKER"}]
        # Small words are not needed ("Charger for Apple Watch" without "for"), even where no text has them.
        no_small_words = [text_words(t) - STOP_WORDS for t in names]
        for some in (texts, no_small_words):
            expected = named_products(conn, some)
            assert [NameIndex(conn, some).find(t) for t in some] == expected
        assert sum(1 for found in named_products(conn, texts) if len(found) > 1) >= 2
        assert any("FOR" in text_words(t) and found for t, found in zip(names, expected, strict=True))


@pytest.fixture
def orbit_catalog(catalog: Catalog, tmp_path: Path) -> Catalog:
    """Three recalled toys that one description names: 8 words, and 7 words in two recalls."""
    doc = json.loads(resource("catalog", "seed.json").read_text(encoding="utf-8"))
    for key, date_, name, model in [
        ("old", "2020-01-01", "Orbit 3 Plush Toy (light-up)", "GV16311"),
        ("new", "2025-01-01", "Orbit 3 Toy (light-up)", "GV33823"),
        ("mid", "2023-01-01", "Orbit 3 Toy, light-up", "3264342"),
    ]:
        product = {"brand": "Fisher-Price", "name": name, "models": [model]}
        doc["recalls"].append(
            {"key": key, "agency": "CPSC", "title": name, "date": date_, "products": [product]}
        )
    path = tmp_path / "orbit.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    replace_catalog(catalog.engine, read_document(path), source="test")
    return catalog


def test_possible_hits_by_name_come_closest_name_first_then_newest_recall(
    orbit_catalog: Catalog, tmp_path: Path
) -> None:
    """The order does not depend on how Python happens to order a set (it did: the five possible hits
    a row shows could change from one run to the next)."""
    rows = [["Model", "Description"], ["", "Fisher-Price Orbit 3 Plush Toy (light-up)"], ["", "Orbit 3 Toy"]]
    for careful in (False, True):
        report = sweep_file(orbit_catalog, write(tmp_path / "toys.csv", csv_text(rows)), careful=careful)
        assert [(h.row, h.recall_key) for h in report.hits] == [(2, "old"), (2, "new"), (2, "mid")]


@given(st.sampled_from([8, 12, 13, 14]).flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n)))
def test_the_check_digit_shortcut_is_gtin_is_valid(digits: str) -> None:
    assert sweep._check_digit_ok(digits) == gtin_is_valid(digits)


def test_the_collector_is_paused_during_a_sweep_and_restored(catalog: Catalog, tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", csv_text(STOCK))
    during: list[bool] = []

    def progress(done: int, total: int) -> bool:
        during.append(gc.isenabled())
        return True

    assert gc.isenabled()
    sweep_file(catalog, path, progress=progress)
    assert during and not any(during) and gc.isenabled()
    with pytest.raises(SweepCancelled):
        sweep_file(catalog, path, progress=lambda done, total: False)
    assert gc.isenabled()
    gc.disable()
    try:
        sweep_file(catalog, path)
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


@pytest.mark.postgres
def test_the_sweep_on_postgresql_answers_as_on_sqlite(
    pg_url: str, gtin_catalog: Catalog, tmp_path: Path
) -> None:
    path = write(tmp_path / "every.csv", csv_text(EVERY_KIND))
    on_sqlite = sweep_file(gtin_catalog, path).to_json()
    pg = Catalog.open(pg_url)
    try:
        assert pg.engine.dialect.name == "postgresql"
        replace_catalog(pg.engine, read_document(tmp_path / "with-gtin.json"), source="test")
        assert sweep_file(pg, path).to_json() == on_sqlite
        assert sweep_file(pg, path, careful=True).to_json() == on_sqlite
    finally:
        pg.close()


# --- The command line -----------------------------------------------------------------------------


def run_cli(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(args, out, err)
    return code, out.getvalue(), err.getvalue()


def test_cli_sweep_writes_the_hits_and_prints_a_summary(db_path: Path, tmp_path: Path) -> None:
    stock = write(tmp_path / "stock.csv", csv_text(STOCK))
    hits = tmp_path / "hits.csv"
    code, out, err = run_cli(["sweep", str(stock), "--out", str(hits), "--db", str(db_path)])
    assert (code, err) == (0, "")
    assert "12 rows read" in out
    assert "8 hits in 7 rows: 15 units to pull (and 2 rows with no quantity)" in out
    assert "1 possible hits" in out
    assert "row 9: no UPC and no model number" in out and "row 11: 4 fields" in out
    assert f"Wrote 9 hits to {hits}" in out
    data = hits.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    written = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(written[0]) == HIT_COLUMNS
    first = dict(zip(written[0], written[1], strict=True))
    assert first["row"] == "2" and first["recall"] == "CPSC 25-056" and first["outcome"] == "need_serial"
    assert first["quantity"] == "4" and first["location"] == "A1" and first["sku"] == "100"
    assert first["reason"].startswith("Matched model A3102016. ")
    assert "check each unit" in first["action"] and first["notice_url"].startswith("https://")


def test_cli_sweep_json_has_the_summary_and_the_hits(db_path: Path, tmp_path: Path) -> None:
    stock = write(tmp_path / "stock.csv", csv_text(STOCK))
    code, out, _ = run_cli(["sweep", str(stock), "--json", "--db", str(db_path)])
    assert code == 0
    data = json.loads(out)
    s = data["summary"]
    assert (s["rows_read"], s["hits"], s["possible_hits"], s["units_to_pull"]) == (12, 8, 1, 15)
    assert {p["row"] for p in s["problems"]} == {8, 9, 10, 11, 12}
    assert data["hits"][0]["recall"] == "CPSC 25-056" and data["out"] is None


def test_cli_sweep_exits_2_with_one_line_for_a_file_it_cannot_read(db_path: Path, tmp_path: Path) -> None:
    notes = write(tmp_path / "notes.csv", "Name,Phone\r\nAnn,555\r\n")
    code, out, err = run_cli(["sweep", str(notes), "--out", str(tmp_path / "h.csv"), "--db", str(db_path)])
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("recall-desk: error: notes.csv is not a stock list")
    assert not (tmp_path / "h.csv").exists()
    code, _, err = run_cli(["sweep", str(tmp_path / "missing.csv"), "--db", str(db_path)])
    assert code == 2 and "cannot read it" in err and err.count("\n") == 1


def test_cli_sweep_with_no_hits_still_exits_0(db_path: Path, tmp_path: Path) -> None:
    stock = write(tmp_path / "s.csv", "Model,Qty\r\nXYZ,1\r\n")
    code, out, _ = run_cli(["sweep", str(stock), "--db", str(db_path)])
    assert code == 0 and "0 hits in 0 rows" in out and "Every row could be read" in out


# --- The window -----------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, catalog: Catalog, settings_file: Path) -> Iterator[Any]:
    from recall_desk.ui.main_window import MainWindow
    from recall_desk.ui.settings import AppSettings

    win = MainWindow(catalog, AppSettings(), today=date(2026, 11, 23))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_the_sweep_dialog_sweeps_off_the_window_thread_and_saves_the_hits(
    qtbot: QtBot, window: Any, tmp_path: Path, qtmodeltester: Any
) -> None:
    from PySide6.QtCore import Qt

    from recall_desk.ui.models import HIT_ROLE
    from recall_desk.ui.sweep_dialog import SweepDialog

    actions = {a.text(): a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()}
    actions["S&weep inventory…"].trigger()
    dialog = window.findChild(SweepDialog)
    assert isinstance(dialog, SweepDialog) and dialog.isVisible()
    qtbot.waitExposed(dialog)
    assert not dialog.sweep_button.isEnabled() and not dialog.save_button.isEnabled()

    stock = write(tmp_path / "stock.csv", csv_text(STOCK))
    dialog.path_edit.setText(str(stock))
    with qtbot.waitSignal(dialog.finished_sweep, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.sweep_button, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    assert dialog.report is report and not dialog.running
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    qtmodeltester.check(dialog.problems_model)
    assert dialog.proxy.rowCount() == 9 and dialog.problems_proxy.rowCount() == 5
    assert "8 hits in 7 rows: pull 15 units from sale" in dialog.summary.text()
    assert dialog.tabs.tabText(0) == "&Hits (9)" and dialog.tabs.tabText(1) == "&Rows not read (5)"
    first = dialog.proxy.index(0, 0)
    assert dialog.proxy.data(first.siblingAtColumn(7)) == "CPSC 25-056"
    assert dialog.proxy.data(first.siblingAtColumn(8)) == "Check serials"
    assert dialog.proxy.data(first, HIT_ROLE).why == "Matched model A3102016"
    problem = dialog.problems_proxy.index(1, 0)
    assert dialog.problems_proxy.data(problem) == 9
    assert "no UPC and no model" in dialog.problems_proxy.data(problem.siblingAtColumn(2))

    dialog.filter_edit.setText("every unit is affected")
    assert dialog.proxy.rowCount() == 3
    dialog.filter_edit.setText("")

    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.layout().activate()  # the summary's new lines are laid out before the picture is taken
    assert dialog.grab().save(str(SHOTS / "sweep-dialog.png"))

    assert dialog.save_button.isEnabled()
    out = tmp_path / "hits.csv"
    assert dialog.save_hits(out) == 9
    assert len(list(csv.reader(out.open(encoding="utf-8-sig")))) == 10
    dialog.close()


def test_the_sweep_dialog_shows_a_refused_file(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    dialog = window.sweep_inventory()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setText(str(write(tmp_path / "notes.csv", "Name,Phone\r\nAnn,555\r\n")))
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.sweep_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].startswith("notes.csv is not a stock list")
    assert dialog.summary.text() == blocker.args[0]
    assert dialog.report is None and not dialog.save_button.isEnabled() and dialog.sweep_button.isEnabled()
    dialog.close()


def test_the_sweep_dialog_can_be_cancelled(qtbot: QtBot, window: Any, tmp_path: Path) -> None:
    from recall_desk.catalog import sweep

    rows = [STOCK[0]] + [["1", "", "A1112", "power bank", "1", "A"]] * (sweep._PROGRESS_STEP * 2)
    dialog = window.sweep_inventory()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setText(str(write(tmp_path / "big.csv", csv_text(rows))))
    dialog.progressed.connect(lambda done, total: dialog.cancel())
    with qtbot.waitSignal(dialog.cancelled, timeout=30_000):
        dialog.start()
    assert dialog.summary.text() == "Sweep cancelled." and dialog.report is None and not dialog.running
    dialog.close()
