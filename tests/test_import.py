"""Official recall data in: CPSC and Health Canada files merged into the catalog, safely.

Real SQLite files, real files on disk, the real command line; a child process killed
in the middle of an import for the power-cut case.
"""

from __future__ import annotations

import copy
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from recall_desk.catalog import importers
from recall_desk.catalog.checklog import CheckLog
from recall_desk.catalog.importers import ImportRefused, cpsc, read_file
from recall_desk.catalog.imports import Cancelled, import_file, save_edit
from recall_desk.catalog.load import parse_document, replace_catalog
from recall_desk.catalog.service import Catalog
from recall_desk.catalog.tables import RECALL_T, REVIEW_T
from recall_desk.cli import main

DATA = Path(__file__).parent / "data" / "import"
EXAMPLE = DATA / "cpsc_25056_example.json"


def empty_catalog(catalog: Catalog) -> Catalog:
    """The catalog fixture without the seed: one unrelated recall."""
    doc = {
        "format": "recall-desk-catalog",
        "format_version": 1,
        "version": "test.1",
        "published": "2024-01-01",
        "recalls": [
            {
                "key": "cpsc-99-001",
                "agency": "CPSC",
                "number": "99-001",
                "title": "Example Heaters Recalled",
                "products": [{"brand": "Example", "name": "Space Heater", "models": ["EH-100"]}],
            }
        ],
    }
    replace_catalog(catalog.engine, parse_document(doc))
    return catalog


def cpsc_record(number: str, published: str = "2025-09-18T00:00:00", **over: Any) -> dict[str, Any]:
    """A record of the CPSC API's shape, for recall 25-466 as recalls.md §3.6 gives its facts."""
    rec: dict[str, Any] = {
        "RecallID": 10000 + int(number[-3:]),
        "RecallNumber": number,
        "RecallDate": "2025-09-18T00:00:00",
        "LastPublishDate": published,
        "Title": "Anker Power Banks Recalled Due to Fire and Burn Hazards",
        "Description": (
            "This recall involves Anker power banks with model numbers A1257, A1647, A1652, A1681 and "
            "A1689. The A1647 is a 20,000mAh, 22.5W power bank with a built-in USB-C cable; the A1652 is "
            'a MagGo 10,000mAh, 7.5W power bank. "Anker" is engraved on the front and the model number '
            "is printed on the back or side."
        ),
        "URL": f"https://www.cpsc.gov/Recalls/2025/example-{number}",
        "ConsumerContact": "Anker toll-free at 800-988-7973 from 9 a.m. to 5 p.m. PT Monday through "
        "Friday, email at support@anker.com or online at https://www.anker.com/rc2506",
        "Products": [{"Name": "Anker Power Banks", "Model": "", "NumberOfUnits": "About 481,000"}],
        "Injuries": [{"Name": "33 reports of fires and explosions, including four minor burns."}],
        "Manufacturers": [{"Name": "Anker Innovations Limited, of China", "CompanyID": ""}],
        "Retailers": [{"Name": "Best Buy, Target, Amazon and Walmart from August 2023 through June 2025."}],
        "Hazards": [{"Name": "The lithium-ion batteries can overheat, posing fire and burn hazards."}],
        "Remedies": [
            {
                "Name": "Consumers should immediately stop using the recalled power banks and contact "
                "Anker for a full refund. Do not throw the power banks in the trash; dispose of them at a "
                "household hazardous waste collection center."
            }
        ],
        "RemedyOptions": [{"Option": "Refund"}],
        "ProductUPCs": [],
    }
    rec.update(over)
    return rec


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def snapshot(db: Path) -> dict[str, Any]:
    """Everything a catalog holds, to compare before and after."""
    with sqlite3.connect(db) as con:
        out = {}
        for table in (
            "recall",
            "product",
            "model_number",
            "product_gtin",
            "catalog_meta",
            "review_item",
            "check_log",
        ):
            out[table] = sorted(map(repr, con.execute(f"SELECT * FROM {table}").fetchall()))
        out["fts"] = sorted(map(repr, con.execute("SELECT rowid, terms FROM search_fts").fetchall()))
    return out


# --- the CPSC format ------------------------------------------------------------------------------


def test_the_cpsc_example_record_becomes_a_recall_with_its_models(tmp_path: Path) -> None:
    parsed = read_file(EXAMPLE)
    assert parsed.format == "cpsc" and not parsed.bad
    recall = parsed.records[0].recall
    assert recall.key == "cpsc-25-056" and recall.number == "25-056" and recall.agency == "CPSC"
    assert recall.date == "2024-12-05"
    product = recall.products[0]
    assert [m.number for m in product.models] == ["A3102016", "A3302011", "A3302031"]
    assert product.brand == "Anker"
    assert recall.contact.phone == "800-988-7973"
    assert recall.contact.phone_hours == "9 a.m. to 5 p.m. PT Monday through Friday"
    assert recall.contact.emails == ("support@ankerwork.com", "service@soundcore.com")
    assert recall.contact.claim_url == "https://us.soundcore.com/pages/a3102-recall"
    assert recall.remedy.kinds == ("replace",)
    assert recall.notice_url and recall.notice_url.startswith("https://www.cpsc.gov/Recalls/2025/Anker")


def test_a_recall_number_without_a_dash_is_stored_as_cpsc_writes_it(tmp_path: Path) -> None:
    parsed = cpsc.parse([cpsc_record("25466")], "test")
    assert parsed.records[0].recall.number == "25-466"
    assert parsed.records[0].recall.key == "cpsc-25-466"


def test_specs_and_connectors_are_not_models(tmp_path: Path) -> None:
    recall = cpsc.parse([cpsc_record("25466")], "test").records[0].recall
    models = [m.number for m in recall.products[0].models]
    assert models == ["A1257", "A1647", "A1652", "A1681", "A1689"]
    assert recall.disposal and "household hazardous waste" in recall.disposal


def test_an_import_is_merged_and_found_by_model(catalog: Catalog, tmp_path: Path) -> None:
    empty_catalog(catalog)
    file = write(tmp_path / "cpsc.json", [cpsc_record("25466")])
    summary = import_file(catalog.engine, file)
    assert summary.new == ["cpsc-25-466"] and not summary.updated
    result = catalog.check("A1681")
    assert result.matches and result.matches[0].recall.number == "25-466"
    assert catalog.check("EH-100").matches  # what was there stays
    assert catalog.info().published == "2025-09-18"


def test_reimporting_a_file_changes_nothing(catalog: Catalog, db_path: Path, tmp_path: Path) -> None:
    empty_catalog(catalog)
    file = write(tmp_path / "cpsc.json", [cpsc_record("25466"), cpsc_record("25111")])
    import_file(catalog.engine, file)
    before = snapshot(db_path)
    again = import_file(catalog.engine, file)
    assert again.unchanged == ["cpsc-25-466", "cpsc-25-111"] and not again.new and not again.updated
    assert snapshot(db_path) == before


def test_a_newer_record_updates_the_older(catalog: Catalog, tmp_path: Path) -> None:
    empty_catalog(catalog)
    import_file(catalog.engine, write(tmp_path / "a.json", [cpsc_record("25466")]))
    newer = cpsc_record("25466", published="2025-10-01T00:00:00")
    newer["Description"] = newer["Description"].replace("A1689", "A1690")
    summary = import_file(catalog.engine, write(tmp_path / "b.json", [newer]))
    assert summary.updated == ["cpsc-25-466"]
    assert catalog.check("A1690").matches
    assert not catalog.check("A1689").matches
    older = cpsc_record("25466", published="2025-01-01T00:00:00")
    assert import_file(catalog.engine, write(tmp_path / "c.json", [older])).unchanged == ["cpsc-25-466"]
    assert catalog.check("A1690").matches


def test_a_managers_edit_survives_a_reimport(catalog: Catalog, tmp_path: Path) -> None:
    empty_catalog(catalog)
    import_file(catalog.engine, write(tmp_path / "a.json", [cpsc_record("25466")]))
    stored = catalog.check("A1681").matches[0].recall
    edited_doc = stored.to_dict()
    edited_doc["products"][0]["models"].append("A1681-B")
    edited_doc["hazard"] = "Overheats (the store's note)."
    save_edit(catalog.engine, type(stored).from_dict("edit", edited_doc))

    newer = cpsc_record("25466", published="2025-11-01T00:00:00")
    summary = import_file(catalog.engine, write(tmp_path / "b.json", [newer]))
    assert summary.kept_edits == ["cpsc-25-466"] and not summary.updated
    kept = catalog.check("A1681-B").matches[0].recall
    assert kept.hazard == "Overheats (the store's note)."
    with catalog.engine.connect() as conn:
        row = conn.execute(select(RECALL_T.c.edited, RECALL_T.c.upstream)).all()
    upstream = next(r.upstream for r in row if r.edited)
    assert upstream["last_updated"] == "2025-11-01"


def test_the_seed_recall_is_kept_and_the_record_set_aside(catalog: Catalog, tmp_path: Path) -> None:
    seed = catalog.check("A3102016", answers={"colour": "black"}).matches[0].recall
    summary = import_file(catalog.engine, EXAMPLE)
    assert summary.kept_edits == ["cpsc-25-056"] and not summary.new
    assert catalog.check("A3102016", answers={"colour": "black"}).matches[0].recall == seed


def test_the_same_recall_under_another_key_is_matched_by_its_notice(catalog: Catalog, tmp_path: Path) -> None:
    belkin = catalog.check("BPD005").matches[0].recall
    assert belkin.notice_url
    record = cpsc_record("25099", URL=belkin.notice_url, Title="Belkin Recalls Portable Wireless Chargers")
    summary = import_file(catalog.engine, write(tmp_path / "b.json", [record]))
    assert summary.kept_edits == [belkin.key] and not summary.new
    assert len(catalog.check("BPD005").matches) == 1


def test_the_check_log_is_never_touched(catalog: Catalog, tmp_path: Path) -> None:
    log = CheckLog(catalog.engine)
    log.record(catalog.check("A1112"), station="Counter 1")
    before = log.entries()
    import_file(catalog.engine, write(tmp_path / "a.json", [cpsc_record("25466")]))
    with pytest.raises(ImportRefused):
        import_file(catalog.engine, write(tmp_path / "bad.json", [cpsc_record("25467"), {"Title": 5}]))
    assert log.entries() == before


def test_uncertain_findings_go_to_review_not_the_catalog(catalog: Catalog, tmp_path: Path) -> None:
    empty_catalog(catalog)
    vague = cpsc_record(
        "25500",
        Description="This recall involves PowerMax chargers sold in 2024. The charger is white.",
        Title="PowerMax Chargers Recalled Due to Shock Hazard",
        Products=[{"Name": "PowerMax Chargers", "Model": ""}],
        Manufacturers=[{"Name": "PowerMax Inc., of Chicago, Illinois"}],
    )
    summary = import_file(catalog.engine, write(tmp_path / "a.json", [vague]))
    assert summary.needs_review >= 1
    with catalog.engine.connect() as conn:
        kinds = [r.kind for r in conn.execute(select(REVIEW_T.c.kind, REVIEW_T.c.status))]
    assert "no_model" in kinds
    result = catalog.check("powermax charger")
    assert result.matches and result.matches[0].product.models == ()
    assert "names no model number" in result.matches[0].reason


# --- refusing bad input, changing nothing ---------------------------------------------------------


BROKEN = {
    "not_json.json": (b"this is not json at all {", "neither JSON"),
    "bad_json.json": (b'[{"RecallNumber": "25001", "Title": }]', "not JSON"),
    "object.json": (b'{"RecallID": 1, "RecallNumber": "25001"}', "bare JSON array"),
    "truncated.json": (EXAMPLE.read_bytes()[:700], "ends early"),
    "deep.json": (b"[" * 10_000 + b"]" * 10_000, "nested too deeply"),
    "empty.json": (b"", "empty"),
    "latin1.json": ('[{"RecallNumber": "25001", "Title": "Caf\xe9"}]'.encode("latin-1"), "not UTF-8"),
    "bundle.zip": (b"PK\x03\x04" + b"\0" * 100, "zip"),
    "numbers.json": (b"[1, 2, 3]", "record 0"),
    "other.json": (b'[{"name": "not a recall"}]', "neither CPSC"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_are_refused_and_nothing_changes(
    catalog: Catalog, db_path: Path, tmp_path: Path, name: str
) -> None:
    content, expected = BROKEN[name]
    file = tmp_path / name
    file.write_bytes(content)
    before = snapshot(db_path)
    with pytest.raises(ImportRefused) as info:
        import_file(catalog.engine, file, "cpsc" if name == "numbers.json" else None)
    assert expected in str(info.value)
    assert str(file) in str(info.value)
    assert snapshot(db_path) == before


def test_a_huge_file_is_refused_before_it_is_read(catalog: Catalog, db_path: Path, tmp_path: Path) -> None:
    file = tmp_path / "huge.json"
    with file.open("wb") as f:
        f.truncate(importers.MAX_IMPORT_BYTES + 1)  # sparse: no time or disk spent
    with pytest.raises(ImportRefused, match="more than the"):
        import_file(catalog.engine, file)


def test_bad_records_refuse_the_file_whole_naming_each(
    catalog: Catalog, db_path: Path, tmp_path: Path
) -> None:
    records = [cpsc_record("25901"), {"RecallNumber": "", "Title": "x"}, cpsc_record("25902"), "oops"]
    file = write(tmp_path / "mixed.json", records)
    before = snapshot(db_path)
    with pytest.raises(ImportRefused) as info:
        import_file(catalog.engine, file)
    message = str(info.value)
    assert "record 1" in message and "RecallNumber" in message
    assert "record 3" in message and "expected a recall object" in message
    assert snapshot(db_path) == before

    summary = import_file(catalog.engine, file, skip_bad=True)
    assert summary.new == ["cpsc-25-901", "cpsc-25-902"]
    assert [label for label, _ in summary.skipped] == ["record 1", "record 3"]


def test_a_cancelled_import_changes_nothing(catalog: Catalog, db_path: Path, tmp_path: Path) -> None:
    file = write(tmp_path / "many.json", [cpsc_record(f"25{i:03d}") for i in range(450)])
    before = snapshot(db_path)
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 400

    with pytest.raises(Cancelled):
        import_file(catalog.engine, file, progress=progress)
    assert seen == [200, 400]
    assert snapshot(db_path) == before


KILLED_CHILD = r"""
import sys, time
from pathlib import Path
from sqlalchemy import event
from recall_desk.catalog.db import open_engine
from recall_desk.catalog.imports import import_file

engine = open_engine(sys.argv[1])
count = [0]
def slow(*_):
    count[0] += 1
    if count[0] == 300:  # well inside the transaction: print and wait to be killed
        print("MID", flush=True)
        time.sleep(60)
    return 0
@event.listens_for(engine, "connect")
def hook(dbapi, _):
    dbapi.create_function("slow", 0, slow)
engine.dispose()  # reconnect so every pooled connection has the function
with engine.begin() as conn:
    conn.exec_driver_sql(
        "CREATE TEMP TRIGGER slowly AFTER INSERT ON model_number BEGIN SELECT slow(); END"
    )
import_file(engine, Path(sys.argv[2]))
print("FINISHED", flush=True)
"""


def test_killing_an_import_midway_leaves_the_old_catalog(
    catalog: Catalog, db_path: Path, tmp_path: Path
) -> None:
    file = write(tmp_path / "many.json", [cpsc_record(f"25{i:03d}") for i in range(200)])
    catalog.close()
    before = snapshot(db_path)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_CHILD, str(db_path), str(file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "MID", line + child.stderr.read() if child.stderr else line
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    with sqlite3.connect(db_path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert snapshot(db_path) == before
    reopened = Catalog.open(db_path)
    assert reopened.check("A3102016", answers={"colour": "black"}).matches
    reopened.close()


# --- Health Canada ------------------------------------------------------------------------------

HC_ROWS = [
    {
        "NID": "79999",
        "Title": "Anker power banks recalled due to fire hazard",
        "URL": "https://recalls-rappels.canada.ca/en/alert-recall/anker-power-banks-recalled-due-fire-hazard",
        "Product": "Anker Power Banks (model numbers A1647, A1681 and A1689)",
        "Issue": "The power banks can overheat, posing fire and burn hazards.",
        "What you should do": "Stop using the recalled power banks and contact Anker for a replacement. "
        "Contact your municipality for how to dispose of them: batteries are hazardous waste.",
        "Organization": "Health Canada",
        "Recall class": "Type II",
        "Category": "Consumer products",
        "Last updated": "2025-06-27",
        "Archived": "0",
    },
    {
        "NID": "80001",
        "Title": "Brand X cookies recalled due to undeclared peanut",
        "URL": "https://recalls-rappels.canada.ca/en/alert-recall/cookies",
        "Product": "Brand X Cookies",
        "Issue": "Undeclared peanut.",
        "What you should do": "Do not eat.",
        "Organization": "Canadian Food Inspection Agency",
        "Recall class": "Class 1",
        "Category": "Food",
        "Last updated": "2025-06-28",
        "Archived": "0",
    },
]


@pytest.mark.parametrize("kind", ["json", "csv-comma", "csv-semicolon"])
def test_health_canada_open_data_in_json_and_csv(catalog: Catalog, tmp_path: Path, kind: str) -> None:
    empty_catalog(catalog)
    if kind == "json":
        file = write(tmp_path / "HCRSAMOpenData.json", HC_ROWS)
    else:
        import csv

        sep = "," if kind == "csv-comma" else ";"
        file = tmp_path / "HCRSAMOpenData.csv"
        with file.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(HC_ROWS[0]), delimiter=sep)
            writer.writeheader()
            writer.writerows(HC_ROWS)
    summary = import_file(catalog.engine, file)
    assert summary.format == "healthcanada"
    assert summary.new == ["hc-79999"] and len(summary.ignored) == 1
    match = catalog.check("A1681").matches[0]
    assert match.recall.agency == "Health Canada"
    assert match.recall.notice_url == HC_ROWS[0]["URL"]
    assert match.recall.date is None  # the file gives no publication date: not invented
    assert import_file(catalog.engine, file).unchanged == ["hc-79999"]


# --- the command line --------------------------------------------------------------------------------


def test_cli_import_prints_the_summary_and_refuses_with_nonzero_status(
    catalog: Catalog, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = write(tmp_path / "cpsc.json", [cpsc_record("25901")])
    catalog.close()
    assert main(["import", str(file), "--json", "--db", str(db_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["new"] == 1 and data["recalls"]["new"] == ["cpsc-25-901"]
    assert main(["import", str(file), "--db", str(db_path)]) == 0
    assert "0 new, 0 updated, 1 unchanged" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text("[{", encoding="utf-8")
    assert main(["import", str(bad), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "refused, nothing was changed" in err and "Traceback" not in err


# --- fuzzing -------------------------------------------------------------------------------------

JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)
FIELDS = st.fixed_dictionaries(
    {},
    optional={
        k: JSONISH | st.text(max_size=80)
        for k in (
            "RecallID",
            "RecallNumber",
            "RecallDate",
            "LastPublishDate",
            "Title",
            "Description",
            "URL",
            "ConsumerContact",
            "Products",
            "Remedies",
            "RemedyOptions",
            "ProductUPCs",
            "Manufacturers",
            "Hazards",
            "Injuries",
            "Retailers",
        )
    },
)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(FIELDS | JSONISH, max_size=5))
def test_fuzzed_cpsc_records_are_read_or_named_never_crash(records: list[Any]) -> None:
    try:
        parsed = cpsc.parse(copy.deepcopy(records), "fuzz")
    except ImportRefused:
        return
    assert len(parsed.records) + len(parsed.bad) + len(parsed.ignored) == len(records)
    for label, problem in parsed.bad:
        assert label.startswith("record ") and problem


@settings(deadline=None)
@given(st.binary(max_size=300))
def test_fuzzed_bytes_are_refused_with_a_message(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes
) -> None:
    file = tmp_path_factory.mktemp("fuzz") / "file.json"
    file.write_bytes(raw)
    try:
        read_file(file)
    except ImportRefused as exc:
        assert exc.problems and str(file) in str(exc)


def test_records_not_newer_than_the_stored_recall_are_not_read_again(
    catalog: Catalog, tmp_path: Path
) -> None:
    empty_catalog(catalog)
    import_file(catalog.engine, write(tmp_path / "a.json", [cpsc_record("25901")]))
    # The same stamp: counted unchanged without being read (this copy would not even parse).
    same = cpsc_record("25901", Products=5)
    summary = import_file(catalog.engine, write(tmp_path / "b.json", [same, cpsc_record("25902")]))
    assert summary.unchanged == ["cpsc-25-901"] and summary.new == ["cpsc-25-902"]
    # A newer stamp is read, and its problem named.
    newer = cpsc_record("25901", published="2026-01-01T00:00:00", Products=5)
    with pytest.raises(ImportRefused, match="Products"):
        import_file(catalog.engine, write(tmp_path / "c.json", [newer]))
