"""The sweep's shortcuts, each tested equal to the plain code it stands for on varied input: the
description words and model numbers read in parts, the verdict without the rest of a check, model
numbers and GTINs shown as a check shows them, objects made without ``__init__``.  (The column-wise
sweep against the row-by-row one, and the stored documents, are in test_sweep.py.)"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from recall_desk.catalog import sweep, trusted
from recall_desk.catalog.load import read_document, replace_catalog
from recall_desk.catalog.service import Catalog
from recall_desk.catalog.sweep import sweep_file
from recall_desk.catalog.sweep_index import NameIndex, ascii_words, named_products, text_words
from recall_desk.catalog.tables import PRODUCT_T, RECALL_T
from recall_desk.core.identifiers import (
    Query,
    QueryKind,
    classify,
    clean,
    gtin14,
    gtin_check_digit,
    model_key,
)
from recall_desk.core.model import CatalogInfo, Recall
from recall_desk.core.search import words
from recall_desk.core.verdict import Candidate, Via, decide, verdict_of
from recall_desk.resources import resource
from test_sweep import UPC_A1112, csv_text, rich_document
from test_sweep import gtin_catalog as gtin_catalog  # a fixture

# Characters that make Unicode text hard: controls, separators, combining marks, invisible format
# characters, other spaces, full-width and compatibility forms (½ ⑴ ² ﬁ), dashes, case oddities.
HARD = (
    "\x00\x01\x1c\x1f\x7f\t\n\r\x0b\x0c ,;()[]{}\"'|-./:#"
    "\u0301\u0308\u0338\u200b\u200d\u00ad\ufeff\u2060\u00a0\u2009\u3000\u2028\u0085"
    "\uff10\uff19\uff21\uff3a\uff41\u00bd\u2474\u00b2\u2460\ufb01\u2010\u2013\u2212\u30fc"
    "éÉßÿİıſ\u212aΐ\u1100\u1161\u11a8한<=>"
)
texts = st.text(st.one_of(st.sampled_from(HARD), st.characters(codec="ascii"), st.characters()), max_size=40)
ascii_texts = st.text(st.characters(codec="ascii"), max_size=40)


def description_keys_whole(text: str) -> list[str]:
    """The description's model-number words as the sweep first read them: clean() of the whole text."""
    if text.isascii():
        tokens = sweep._ascii_key_text(text).split()
    else:
        tokens = [
            sweep._ascii_key_text(t) if t.isascii() else model_key(t)
            for t in sweep._DESC_SPLIT_RE.split(clean(text))
            if t
        ]
    keys = [k for k in tokens if 4 <= len(k) <= 60 and not k.isdigit() and not k.isalpha()]
    return list(dict.fromkeys(keys))


FIXED = [
    "café mug black 2 m",
    "Café ATH-CK3TW, 2-pack",
    "e\u0301A3102 x",
    "A3102\u0301016",
    "Model\u00a0A3102016 ½",
    "⑴A3102⑵ BPD005",
    "A31\u200b02016 Anker",
    "ＡＴＨ－ＣＫ３ＴＷ earbuds",
    "x\x01A3102016\x7fBPD005",
    "ﬁ1234 İstanbul ß123",
    "",
    " ",
    "é",
]


@pytest.mark.parametrize("text", FIXED)
def test_description_keys_read_in_parts_are_those_of_the_whole_text(text: str) -> None:
    assert sweep._description_keys(text) == description_keys_whole(text)
    assert text_words(text) == set(words(text))


@settings(max_examples=3000)
@given(texts)
def test_description_keys_and_words_in_parts_on_any_text(text: str) -> None:
    assert sweep._description_keys(text) == description_keys_whole(text)
    assert text_words(text) == set(words(text))


@settings(max_examples=1000)
@given(ascii_texts)
def test_ascii_words_are_search_words(text: str) -> None:
    assert set(ascii_words(text)) == set(words(text))
    assert sweep._description_keys(text) == description_keys_whole(text)


@given(
    st.sampled_from([8, 12, 13, 14]).flatmap(lambda n: st.text("0123456789", min_size=n - 1, max_size=n - 1))
)
def test_a_gtin_is_shown_to_the_engine_as_a_check_shows_it(body: str) -> None:
    digits = gtin14(body + str(gtin_check_digit(body)))
    shown = digits.lstrip("0").rjust(12, "0")
    query = classify(shown)
    assert (query.kind, query.value, query.display, query.notes) == (QueryKind.GTIN, digits, shown, ())


def test_a_plain_model_number_is_shown_as_classify_shows_it() -> None:
    cases = ["A3102016", "a3102-016", "ATH-CK3TW", "Model: A3102", "mod.123", "SN-1234", "s/n 12", "-A12"]
    cases += ["012345678905", "1234567890", "123", "X" * 201, "A-", "é123", "A 3102", "P/N A12"]
    for text in cases:
        query = classify(text)
        expected = query.display if query.kind == QueryKind.MODEL else text
        assert sweep._model_shown(text) == expected, text


@settings(max_examples=2000)
@given(st.one_of(texts, st.text(st.sampled_from("AZaz09-./: #"), max_size=12)))
def test_model_numbers_are_shown_as_classify_shows_them(text: str) -> None:
    query = classify(text)
    expected = query.display if query.kind == QueryKind.MODEL else text
    assert sweep._model_shown(text) == expected


# --- The verdict without the rest of a check -------------------------------------------------------


def every_candidate(catalog: Catalog) -> list[Candidate]:
    """Every product of the catalog as a candidate by each way a check finds one, with one model,
    all models, and (by base) the variants."""
    out = []
    with catalog.engine.connect() as conn:
        recalls = {r.id: r.doc for r in conn.execute(select(RECALL_T.c.id, RECALL_T.c.doc))}
        rows = conn.execute(select(PRODUCT_T.c.id, PRODUCT_T.c.recall_id, PRODUCT_T.c.doc)).all()
    for pid, rid, doc in rows:
        recall = Recall.from_dict(f"product {pid}", {**recalls[rid], "products": [doc]})
        product = recall.products[0]
        for via in (Via.GTIN, Via.MODEL, Via.BASE, Via.NAME):
            out.append(Candidate(recall, product, product.models, via))
            out.append(Candidate(recall, product, product.models[:1], via))
    return out


def test_the_verdict_of_a_candidate_is_what_decide_says_of_it(catalog: Catalog) -> None:
    info = CatalogInfo("v1", "2026-11-01")
    candidates = every_candidate(catalog)
    assert {c.product.serial_rule.decides_by_serial for c in candidates} == {True, False}
    assert (
        any(c.product.questions for c in candidates)
        and any(not c.product.models for c in candidates) is False
    )
    for display in ("A3102", "036000291452", "x"):
        query = Query(display, QueryKind.MODEL, model_key(display), display)
        for c in candidates:
            (m,) = decide(query, [c], info).matches
            assert verdict_of(c, display) == (m.outcome, m.reason, m.questions)
        # Several at once: each match is its candidate's alone.
        matches = decide(query, candidates[:40], info).matches
        assert [verdict_of(c, display) for c in candidates[:40]] == [
            (m.outcome, m.reason, m.questions) for m in matches
        ]


# --- Stored documents made without __init__ --------------------------------------------------------


def same_object(a: Any, b: Any, path: str = "") -> None:
    """Equal, of the same types, with the same attributes in the same order, all the way down."""
    assert type(a) is type(b), path
    if dataclasses.is_dataclass(a):
        assert list(vars(a)) == list(vars(b)), path
        for k in vars(a):
            same_object(getattr(a, k), getattr(b, k), f"{path}.{k}")
    elif isinstance(a, tuple | list):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same_object(x, y, f"{path}[{i}]")
    elif isinstance(a, dict):
        assert list(a) == list(b), path
        for k in a:
            same_object(a[k], b[k], f"{path}[{k}]")
    else:
        assert a == b, path


def test_made_as_takes_the_short_way_only_for_every_field_in_order() -> None:
    @dataclasses.dataclass(frozen=True)
    class Plain:
        a: int
        b: str = "b"

    @dataclasses.dataclass(frozen=True)
    class Checked:
        a: int

        def __post_init__(self) -> None:
            object.__setattr__(self, "a", self.a * 2)

    make = trusted.made_as(Plain)
    assert make is not Plain and trusted.made_as(Checked) is Checked
    for kw in ({"a": 1, "b": "x"}, {"b": "x", "a": 1}, {"a": 1}):
        same_object(make(**kw), Plain(**kw))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        make(a=1, c=2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        make(a=1, b="x").a = 2  # type: ignore[misc]
    assert hash(make(a=1, b="x")) == hash(Plain(1, "x"))


def test_stored_documents_are_made_as_init_makes_them(catalog: Catalog, tmp_path: Path) -> None:
    """``trusted`` reads stored documents as ``Recall.from_dict`` does, and makes its objects without
    calling ``__init__``: equal objects, of the same classes, with the same attributes in the same
    order, all the way down (every field and clause kind of a rich document, and the seed's)."""
    path = tmp_path / "rich.json"
    path.write_text(json.dumps(rich_document()), encoding="utf-8")
    replace_catalog(catalog.engine, read_document(path), source="test")
    with catalog.engine.connect() as conn:
        recalls = {r.id: r.doc for r in conn.execute(select(RECALL_T.c.id, RECALL_T.c.doc))}
        products = conn.execute(select(PRODUCT_T.c.id, PRODUCT_T.c.recall_id, PRODUCT_T.c.doc)).all()
    assert len(products) > 16
    for pid, rid, doc in products:
        careful = Recall.from_dict(f"product {pid}", {**recalls[rid], "products": [doc]})
        made = trusted.product_recall(f"product {pid}", recalls[rid], doc)
        assert made == careful, pid
        same_object(made, careful, f"product {pid}")
    # The rich document holds every kind of clause a rule can have.
    heater = next(d for _, _, d in products if d["name"] == "Turbo Heater (1500W)")
    kinds = {c.kind for c in trusted.product(heater).serial_rule.match}
    assert kinds == {"prefix", "suffix", "contains", "list", "range", "mask", "date_code"}


# --- The column-wise sweep against the row-by-row one -----------------------------------------------


def random_stock(rng: random.Random, names: list[str]) -> list[list[str]]:
    """A stock list of every kind of row in a random mix: valid, mangled and unknown UPCs, model
    numbers as printed and base models, descriptions naming products or model numbers, bad
    quantities, cut, blank and over-long rows, items in several places."""
    upcs = [UPC_A1112, UPC_A1112[:-1] + "3", UPC_A1112[1:], "3.60003E+11", "", " ", "0360-0029-1452", "abc"]
    upcs += ["012345678905", "4006381333931", "12345670", "00036000291452", f" {UPC_A1112} "]
    models = ["A1112", "a1112", "Model: A3102-016", "A3102", "A1647", "BPD005", "XYZ-99", "", "-", " A1112 "]
    models += ["ATH-CK3TW", "A3302031", "N/A", "1234567890", "A3102016", "model a3102"]
    descs = ["", "USB cable", "Replacement case for ATH-CK3TW", "Anker power bank", " ", "café A1112"]
    descs += ["spare A1647 battery", "Orbit A3102 BPD005 x", *rng.sample(names, 8)]
    descs += [n.upper() + " spare" for n in rng.sample(names, 3)] + [n.replace(" ", "  ") for n in names[:2]]
    qtys = ["1", "2", "", "two", "-1", "1,000", "3.0", " 4 "]
    rows: list[list[str]] = []
    while len(rows) < 600:
        item = [rng.choice(upcs), rng.choice(models), rng.choice(descs), rng.choice(qtys)]
        for _ in range(rng.choice([1, 1, 2, 3])):
            row = [str(len(rows) % 50), *item, rng.choice(["1", "", "12"]), rng.choice(["A", "", "B2"])]
            r = rng.random()
            if r < 0.03:
                row = row[:3]
            elif r < 0.05:
                row = ["", " ", "", "", "", "", ""]
            elif r < 0.07:
                row = [*row, "", " "]
            elif r < 0.08:
                row = [*row, "extra"]
            rows.append(row)
    rng.shuffle(rows)
    return rows


@pytest.mark.parametrize("seed", range(6))
def test_the_column_wise_sweep_answers_as_the_row_by_row_one(
    gtin_catalog: Catalog, tmp_path: Path, seed: int
) -> None:
    """On random stock lists of every kind of row, with the columns in other orders, some missing,
    a brand column, one to three location columns: the report of the careful sweep (one row at a
    time, every verdict by decide, every product by from_dict and against every description)."""
    rng = random.Random(seed)
    with gtin_catalog.engine.connect() as conn:
        names = [f"{b} {n}" for b, n in conn.execute(select(PRODUCT_T.c.brand, PRODUCT_T.c.name))]
    header = ["SKU", "UPC", "Model", "Description", "Qty", "Store", "Aisle"]
    layouts = [list(range(7)), [3, 0, 2, 1, 6, 4, 5], [0, 2, 3, 4, 5], [0, 1, 3, 4], [1, 2, 5], [1, 3, 4, 6]]
    order = layouts[seed % len(layouts)]
    lines = [[header[i] for i in order] + (["Brand", "Bin"] if seed % 2 else [])]
    for row in random_stock(rng, names):
        cells = [row[i] for i in order if i < len(row)] + row[7:]
        if seed % 2 and len(row) == 7:
            cells += [rng.choice(["", "Anker", "ANKER", "Belkin"]), rng.choice(["", "3"])]
        lines.append(cells)
    path = tmp_path / f"stock-{seed}.csv"
    path.write_text(csv_text(lines), encoding="utf-8")
    fast, careful = sweep_file(gtin_catalog, path), sweep_file(gtin_catalog, path, careful=True)
    assert fast.to_json() == careful.to_json()
    assert fast.problems and fast.blank_rows
    if 1 in order or 2 in order:
        assert fast.definite_hits
    if 3 in order:
        assert fast.possible_hits


# --- Reading the file, writing the hits ---------------------------------------------------------------

CSV_PARTS = [
    "a",
    "b",
    "",
    ",",
    ";",
    "\t",
    '"',
    '""',
    "\r",
    "\n",
    "\r\n",
    " ",
    "é",
    "\x0b",
    "\x00",
    "\u2028",
    "x" * 5,
]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(CSV_PARTS), max_size=30).map("".join), st.sampled_from([",", ";", "\t", "|"]))
def test_records_are_read_as_csv_reads_them(text: str, delimiter: str) -> None:
    def by_csv() -> Any:
        try:
            return list(sweep._records(text, delimiter))
        except csv.Error as exc:
            return ("error", str(exc))

    def fast() -> Any:
        try:
            return sweep.read_records(text, delimiter)
        except csv.Error as exc:
            return ("error", str(exc))

    assert fast() == by_csv()
    assert list(sweep._lines(text)) == list(io.StringIO(text, newline=""))


@settings(max_examples=500)
@given(
    st.lists(
        st.lists(st.sampled_from(["a", "b,c", 'q"', "x y", "", "\r\n", "\n", "é"]), min_size=1, max_size=3),
        min_size=1,
        max_size=8,
    ).map(lambda rows: [[",".join(r)] for r in rows]),
    st.sampled_from(["\r\n", "\n"]),
)
def test_records_of_whole_lines_ending_alike(rows: list[list[str]], end: str) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator=end).writerows(rows)
    text = buf.getvalue()
    for cut in (text, text[: -len(end)]):
        assert sweep.read_records(cut, ",") == list(sweep._records(cut, ","))


def test_a_long_line_is_refused_as_csv_refuses_it() -> None:
    text = "UPC,Model\r\n1," + "x" * (csv.field_size_limit() + 1) + "\r\n"
    with pytest.raises(csv.Error):
        list(sweep._records(text, ","))
    with pytest.raises(csv.Error):
        sweep.read_records(text, ",")


@settings(max_examples=1000)
@given(
    st.lists(
        st.text(
            st.sampled_from(["a", ",", '"', "\r", "\n", " ", "=", "-", "@", "\t", "é", "\x00"]), max_size=6
        ),
        min_size=2,
        max_size=6,
    )
)
def test_a_csv_line_is_what_csv_writes(values: list[str]) -> None:
    buf = io.StringIO()
    csv.writer(buf).writerow(values)
    assert sweep.csv_line(values) == buf.getvalue()


def test_the_hits_file_is_what_csv_writes(tmp_path: Path) -> None:
    rng = random.Random(3)
    texts = ["", "a", "=SUM(A1)", "-2", "+1", "@x", "\tx", "x, y", 'say "hi"', "two\nlines", "\rx", "é"]
    hits = [
        sweep.SweepHit(
            rng.randint(2, 9),
            *(rng.choice(texts) for _ in range(4)),
            rng.choice([None, 3]),
            *(rng.choice(texts) for _ in range(12)),
        )
        for _ in range(300)
    ]
    hits += hits[:50]  # the same hit again: its cells are kept
    path = tmp_path / "hits.csv"
    assert sweep.write_hits_csv(hits, path) == len(hits)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(sweep.HIT_COLUMNS)
    writer.writerows(sweep.hit_row(h) for h in hits)
    assert path.read_bytes() == ("\ufeff" + buf.getvalue()).encode("utf-8")


# --- Cells read in bulk ---------------------------------------------------------------------------------

UPC_CELLS = st.one_of(
    st.text("0123456789", min_size=6, max_size=15),
    st.text("0123456789 -.,eE+", max_size=16),
    st.sampled_from(["", " ", "036000291452", " 036000291452 ", "3.60003E+11", "36000291452.0", "٣٦"]),
)
MODEL_CELLS = st.one_of(
    st.text(st.sampled_from("AZaz09- ./:#é"), max_size=14),
    st.sampled_from(["", "-", "Model: A3102-016", "a3102", "ＡＴＨ－ＣＫ３ＴＷ", "N/A", "012345678905"]),
)


@settings(max_examples=400)
@given(st.lists(UPC_CELLS, max_size=20), st.lists(MODEL_CELLS, max_size=20))
def test_cells_read_in_bulk_are_read_as_one_by_one(upcs: list[str], models: list[str]) -> None:
    assert sweep._read_upcs(upcs) == {c: sweep.read_upc(c) for c in upcs}
    assert sweep._read_models(models) == {c: sweep.read_model(c) for c in models}


@settings(max_examples=2000)
@given(st.sampled_from(["", "Anker", "Café Co", "ANKER 2"]), texts)
def test_keys_and_words_together_are_each_alone(brand: str, description: str) -> None:
    keys, present = sweep._keys_and_words(brand, description)
    assert keys == sweep._description_keys(description)
    assert present == text_words(f"{brand} {description}")


def test_documents_decoded_together_are_each_decoded_alone() -> None:
    docs = ['{"a": 1}', '{"b": [1, 2]}', '{"c": "x,y"}']
    assert trusted.documents(docs) == [json.loads(d) for d in docs]
    assert trusted.documents([{"a": 1}, '{"b": 2}']) == [{"a": 1}, {"b": 2}]  # PostgreSQL's, decoded
    assert trusted.documents([]) == []
    with pytest.raises(ValueError):
        trusted.documents(["1, 2", "3"])
    with pytest.raises(ValueError):
        trusted.documents(['{"a": 1}', "{oops"])


def test_the_lookup_by_scanning_finds_what_the_lookup_by_index_finds(
    gtin_catalog: Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recall_desk.catalog import service

    gtins = ["00036000291452", "00012345678905", "04006381333931"]
    keys = ["A1112", "A3102016", "A3102", "A1647", "BPD005", "ATHCK3TW", "NOPE123", "A3302"]
    with gtin_catalog.engine.connect() as conn:
        by_index = gtin_catalog.sweep_lookup(conn, gtins, keys)
        monkeypatch.setattr(service, "SWEEP_SCAN_OVER", 0)
        by_scan = gtin_catalog.sweep_lookup(conn, gtins, keys)
    assert by_scan == by_index
    assert by_index.by_gtin and {"A3102", "A1112"} <= by_index.by_model.keys()


def test_the_name_index_reads_names_that_are_not_ascii_as_testing_every_product_does(
    catalog: Catalog, tmp_path: Path
) -> None:
    """Names the index reads in one translation (ASCII) and names it leaves to name_words (accents,
    full-width letters): the same products as testing every product against every description."""
    doc = json.loads(resource("catalog", "seed.json").read_text(encoding="utf-8"))
    odd = [
        ("Bodum", "Café Kettle Deluxe"),
        ("Bodum", "Cafe Kettle Deluxe"),
        ("Kitchen Co", "Crème Brûlée Torch 2"),
        ("Ｌｕｍａ", "Ｆｕｌｌ Width Lamp"),
        ("Anker", "Power Bank (PowerCore 5K) – édition"),
    ]
    for i, (brand, name) in enumerate(odd):
        product = {"brand": brand, "name": name, "models": [f"ZZ{i}00{i}"]}
        doc["recalls"].append({"key": f"odd-{i}", "agency": "CPSC", "title": name, "products": [product]})
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    replace_catalog(catalog.engine, read_document(path), source="test")
    with catalog.engine.connect() as conn:
        names = [f"{b} {n}" for b, n in conn.execute(select(PRODUCT_T.c.brand, PRODUCT_T.c.name))]
        texts = [text_words(t) for t in names] + [text_words(t.upper() + " noir") for t in names]
        texts += [text_words("BODUM CAFE KETTLE DELUXE"), text_words("luma full width lamp"), set()]
        expected = named_products(conn, texts)
        assert [NameIndex(conn, texts).find(t) for t in texts] == expected
    assert sum(1 for found in expected if found) > len(odd)
