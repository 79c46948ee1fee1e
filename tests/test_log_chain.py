"""The check log's hash chain: appends, `log verify` finding each kind of tampering, a log made
before the chain, several processes appending to one SQLite file, and export and daily summary."""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recall_desk.catalog.checklog import (
    EXPORT_COLUMNS,
    GENESIS,
    CheckLog,
    canonical,
    daily_summary,
    row_hash,
    write_csv,
)
from recall_desk.catalog.service import Catalog
from recall_desk.cli import main
from recall_desk.core.slip import CASE_RE

ROOT = Path(__file__).resolve().parent.parent


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def fill(catalog: Catalog, n: int = 6) -> CheckLog:
    """``n`` checks (ids 1..n), a slip for check 2 made at once and one for check 4 made later."""
    log = CheckLog(catalog.engine, station="Counter 1")
    queries = ("A1112", "BPD005", "XYZ999", "A1366", "A1647", "A3102")
    for i in range(n):
        result = catalog.check(queries[i % len(queries)])
        if i == 1:
            log.record_slip(result, clerk="ann")
        else:
            log.record(result, clerk="ann")
    return log


def sql(db: Path, *statements: str) -> None:
    with sqlite3.connect(db) as conn:
        for statement in statements:
            conn.execute(statement)


# --- the chain -------------------------------------------------------------------------------------


def test_each_row_links_to_the_one_before_with_its_hash(catalog: Catalog, db_path: Path) -> None:
    log = fill(catalog, 4)
    case = log.assign_case(4)
    assert log.add_slip_output(4, "pdf:a4") == "pdf:a4"
    report = log.verify()
    assert report.ok and report.rows == 6  # 4 checks, a case row and a slip row
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT * FROM check_log ORDER BY id").fetchall()
        head = conn.execute("SELECT * FROM log_head").fetchone()
    assert [r["seq"] for r in rows] == [1, 2, 3, 4, 5, 6]
    assert rows[0]["prev_hash"] == GENESIS
    for before, row in itertools.pairwise(rows):
        assert row["prev_hash"] == before["row_hash"]
    for row in rows:  # the documented canonical form, recomputed by hand from the raw row
        values = dict(row)
        values["answers"] = json.loads(values["answers"])
        assert row["row_hash"] == row_hash(values)
    assert (head["seq"], head["last_id"], head["hash"]) == (6, 6, rows[-1]["row_hash"])
    assert [(r["kind"], r["ref_id"]) for r in rows[4:]] == [("case", 4), ("slip", 4)]
    assert rows[4]["case_number"] == case and rows[3]["case_number"] is None  # the check row is untouched
    assert CASE_RE.match(rows[1]["case_number"])  # made with its slip: in the hashed row itself
    entry = log.by_case(case)
    assert entry is not None and (entry.id, entry.slip, entry.slip_printed) == (4, "pdf:a4", True)
    assert log.count() == 4 and [e.id for e in log.entries()] == [4, 3, 2, 1]


def test_the_canonical_form_is_sorted_compact_utf8_json() -> None:
    values = {
        "id": 7,
        "seq": 3,
        "kind": "check",
        "ref_id": None,
        "time_utc": "2026-11-22T15:30:00+00:00",
        "time_local": "2026-11-22T10:30:00-05:00",
        "station": "Caisse é",
        "clerk": "ann",
        "query": "A3102",
        "query_kind": "model",
        "serial": "",
        "answers": {"z": "1", "colour": "red"},
        "outcome": "not_affected",
        "recalls": "CPSC 25-056",
        "models": "A3102",
        "catalog_version": "v1",
        "case_number": None,
        "slip": "",
        "prev_hash": GENESIS,
    }
    text = canonical(values).decode("utf-8")
    assert text == (
        '{"answers":{"colour":"red","z":"1"},"case_number":null,"catalog_version":"v1","clerk":"ann",'
        '"id":7,"kind":"check","models":"A3102","outcome":"not_affected","prev_hash":"' + GENESIS + '",'
        '"query":"A3102","query_kind":"model","recalls":"CPSC 25-056","ref_id":null,"seq":3,"serial":"",'
        '"slip":"","station":"Caisse é","time_local":"2026-11-22T10:30:00-05:00",'
        '"time_utc":"2026-11-22T15:30:00+00:00","v":1}'
    )
    assert row_hash(values) == hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    ("tamper", "how", "row_id", "words"),
    [
        (("UPDATE check_log SET outcome = 'not_affected' WHERE id = 3",), "edited", 3, "was edited"),
        (("UPDATE check_log SET clerk = 'bob' WHERE id = 1",), "edited", 1, "was edited"),
        (("DELETE FROM check_log WHERE id = 3",), "removed", 4, "chain position 3 is missing before row 4"),
        (("DELETE FROM check_log WHERE id IN (2, 3)",), "removed", 4, "position 2 to 3 is missing"),
        (("DELETE FROM check_log WHERE id = 6",), "removed", 6, "the last 1 row was removed"),
        (
            (
                "UPDATE check_log SET id = -1 WHERE id = 3",
                "UPDATE check_log SET id = 3 WHERE id = 5",
                "UPDATE check_log SET id = 5 WHERE id = -1",
            ),
            "reordered",
            3,
            "row 3 holds chain position 5 where position 3 was expected",
        ),
        (
            ("UPDATE check_log SET row_hash = '" + "ab" * 32 + "' WHERE id = 3",),
            "hash changed",
            3,
            "stored hash",
        ),
        (
            ("UPDATE check_log SET row_hash = '" + "ab" * 32 + "' WHERE id = 6",),
            "hash changed",
            6,
            "stored hash",
        ),
        (
            ("UPDATE check_log SET prev_hash = '" + "cd" * 32 + "' WHERE id = 4",),
            "link changed",
            4,
            "prev_hash",
        ),
        (
            (
                "INSERT INTO check_log (time_utc, time_local, station, clerk, query, query_kind, serial, "
                "answers, outcome, recalls, models, catalog_version, slip, kind, prev_hash, row_hash) "
                "SELECT time_utc, time_local, station, clerk, query, query_kind, serial, answers, outcome, "
                "recalls, models, catalog_version, slip, kind, '', '' FROM check_log WHERE id = 1",
            ),
            "not chained",
            7,
            "added outside Recall Desk",
        ),
        (("UPDATE check_log SET answers = 'not json' WHERE id = 2",), "edited", 2, "not valid JSON"),
    ],
)
def test_verify_names_the_first_row_tampered_with(
    catalog: Catalog, db_path: Path, tamper: tuple[str, ...], how: str, row_id: int, words: str
) -> None:
    log = fill(catalog)
    assert log.verify().ok
    sql(db_path, *tamper)
    report = log.verify()
    assert report.problem is not None, tamper
    assert (report.problem.how, report.problem.row_id) == (how, row_id), report.problem
    assert words in report.problem.detail
    code, out, _ = run("log", "verify", "--db", str(db_path))
    assert code == 1
    assert out.startswith(f"Check log BROKEN at row {row_id} ({how}): ")


def test_an_edit_given_a_fresh_hash_is_still_found_through_the_next_link(
    catalog: Catalog, db_path: Path
) -> None:
    log = fill(catalog)
    with sqlite3.connect(db_path) as conn:  # what a careful forger does to one row
        conn.row_factory = sqlite3.Row
        row = dict(conn.execute("SELECT * FROM check_log WHERE id = 3").fetchone())
        row["answers"] = json.loads(row["answers"])
        row["outcome"] = "not_affected"
        conn.execute(
            "UPDATE check_log SET outcome = ?, row_hash = ? WHERE id = 3", ("not_affected", row_hash(row))
        )
    problem = log.verify().problem
    assert problem is not None and (problem.how, problem.row_id) == ("edited", 3)
    assert "row 4 links to its old hash" in problem.detail


def test_log_verify_reports_ok_with_the_count_and_json(catalog: Catalog, db_path: Path) -> None:
    fill(catalog)
    code, out, _ = run("log", "verify", "--db", str(db_path))
    assert code == 0 and out.startswith("Check log OK: 6 rows, chain head ")
    code, out, _ = run("log", "verify", "--json", "--db", str(db_path))
    data = json.loads(out)
    assert code == 0 and data["ok"] is True and data["rows"] == 6 and len(data["head_hash"]) == 64
    sql(db_path, "DELETE FROM check_log WHERE id = 2")
    code, out, _ = run("log", "verify", "--json", "--db", str(db_path))
    data = json.loads(out)
    assert code == 1 and data["ok"] is False
    assert data["problem"]["how"] == "removed" and data["problem"]["row_id"] == 3


def test_an_empty_log_verifies(catalog: Catalog) -> None:
    report = CheckLog(catalog.engine).verify()
    assert report.ok and report.rows == 0 and report.head_hash == GENESIS


def test_a_log_made_before_the_chain_is_sealed_as_it_stands(catalog: Catalog, db_path: Path) -> None:
    log = fill(catalog, 5)
    log.add_slip_output(2, "pdf:letter")
    before = log.entries()
    catalog.close()
    sql(  # the check log as an earlier version left it: no chain columns, no head
        db_path,
        "DROP INDEX ix_check_log_kind",
        "DROP INDEX ix_check_log_ref_id",
        "DROP INDEX ix_check_log_seq",
        "DELETE FROM check_log WHERE kind != 'check'",
        "UPDATE check_log SET slip = 'pdf:letter' WHERE id = 2",
        *(
            f"ALTER TABLE check_log DROP COLUMN {c}"
            for c in ("kind", "ref_id", "seq", "prev_hash", "row_hash")
        ),
        "DROP TABLE log_head",
    )
    reopened = Catalog.open(db_path)  # opening it adds the columns and seals the rows in id order
    try:
        log = CheckLog(reopened.engine)
        after = log.entries()
        assert [(e.id, e.query, e.outcome, e.case_number, e.slip) for e in after] == [
            (e.id, e.query, e.outcome, e.case_number, e.slip) for e in before
        ]
        report = log.verify()
        assert report.ok and report.rows == 5
        log.record(reopened.check("A1112"))  # and the chain goes on from there
        assert log.verify().ok and log.verify().rows == 6
    finally:
        reopened.close()


# --- several processes, one file -------------------------------------------------------------------

WRITER = r"""
import json, sys, time
from recall_desk.catalog.checklog import CheckLog
from recall_desk.catalog.service import Catalog

db, station, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
catalog = Catalog.open(db)
log = CheckLog(catalog.engine, station=station, clerk=station.lower())
results = [catalog.check(q) for q in ("BPD005", "A1112", "XYZ999", "A3102", "A1366")]
print("ready", flush=True)
sys.stdin.readline()  # all start together
started = time.time()
cases = []
for i in range(n):
    result = results[i % len(results)]
    if i % 5 == 0:
        row, case = log.record_slip(result)
        log.add_slip_output(row, "pdf:letter")
        cases.append(case)
    elif i % 5 == 1:
        cases.append(log.assign_case(log.record(result)))
    else:
        log.record(result)
print(json.dumps({"cases": cases, "started": started, "ended": time.time()}), flush=True)
catalog.close()
"""


@pytest.fixture
def writers(db_path: Path) -> Iterator[list[subprocess.Popen[str]]]:
    Catalog.open(db_path).close()  # the file and its tables exist before the writers start
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), f"Counter {k}", "500"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for k in range(1, 5)
    ]
    yield procs
    for p in procs:
        if p.poll() is None:
            p.kill()
            p.wait()


def test_four_processes_appending_500_checks_each_keep_one_chain(
    db_path: Path, writers: list[subprocess.Popen[str]]
) -> None:
    for p in writers:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready", p.stderr
    for p in writers:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    cases: list[str] = []
    spans = []
    for p in writers:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        report = json.loads(out.strip().splitlines()[-1])
        cases.extend(report["cases"])
        spans.append((report["started"], report["ended"]))
    # They ran at once: every writer was appending (or waiting for the write lock) before any ended.
    assert max(s for s, _ in spans) < min(e for _, e in spans), spans
    catalog = Catalog.open(db_path)
    try:
        log = CheckLog(catalog.engine)
        assert log.count() == 2_000
        assert len(cases) == 800 and len(set(cases)) == 800 and all(CASE_RE.match(c) for c in cases)
        report = log.verify()
        assert report.ok, report.problem
        assert report.rows == 2_000 + 400 + 400  # checks, case rows, slip rows
        entries = log.entries(newest_first=False)
        assert sorted(e.case_number for e in entries if e.case_number) == sorted(cases)
        assert sum(e.slip_printed for e in entries) == 400
        assert {e.station for e in entries} == {f"Counter {k}" for k in range(1, 5)}
    finally:
        catalog.close()


# --- export and daily summary ------------------------------------------------------------------------


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The station's local time is New York's (local dates differ from UTC ones at night)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def days_log(catalog: Catalog) -> list[int]:
    """Checks over three New York days at two stations, some with slips; returns their row ids."""
    log = CheckLog(catalog.engine)
    a1112, xyz = catalog.check("A1112"), catalog.check("XYZ999")
    cwm = catalog.check("A3102", serial="1234567890123456", answers={"colour": "black"})
    assert (a1112.outcome, xyz.outcome, cwm.outcome) == (
        "affected",
        "no_recall_found",
        "check_with_manufacturer",
    )
    at = [
        (datetime(2026, 11, 21, 15, 0, tzinfo=UTC), a1112, "Front", True),  # 21st
        (datetime(2026, 11, 22, 3, 0, tzinfo=UTC), xyz, "Front", False),  # 21st, 22:00 in New York
        (datetime(2026, 11, 22, 14, 0, tzinfo=UTC), a1112, "Back", True),  # 22nd
        (datetime(2026, 11, 22, 15, 0, tzinfo=UTC), cwm, "Back", False),  # 22nd
        (datetime(2026, 11, 22, 16, 0, tzinfo=UTC), a1112, "Front", False),  # 22nd
        (datetime(2026, 11, 23, 4, 59, tzinfo=UTC), cwm, "Front", True),  # 22nd, 23:59
        (datetime(2026, 11, 23, 5, 0, tzinfo=UTC), xyz, "Back", False),  # 23rd, 00:00
    ]
    ids = []
    for when, result, station, slip in at:
        row = log.record(result, station=station, when=when, serial="=cmd|' /C calc'!A0")
        ids.append(row)
        if slip:
            log.assign_case(row, when)
            log.add_slip_output(row, "print:letter")
    return ids


def read_csv(path: Path) -> list[dict[str, str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames or ()) == EXPORT_COLUMNS
        return list(reader)


def test_export_filters_by_local_dates_outcome_and_station(
    catalog: Catalog, db_path: Path, tmp_path: Path, new_york: None
) -> None:
    check_ids = days_log(catalog)

    def nth(*positions: int) -> list[str]:  # the row ids of the checks above, counted from 1
        return [str(check_ids[n - 1]) for n in positions]

    out = tmp_path / "log.csv"
    code, text, err = run("log", "export", "--out", str(out), "--db", str(db_path))
    assert code == 0, err
    assert text == f"Wrote 7 checks to {out}\n"
    rows = read_csv(out)
    assert [r["id"] for r in rows] == nth(1, 2, 3, 4, 5, 6, 7)
    first = rows[0]
    assert (
        first["time_local"] == "2026-11-21T10:00:00-05:00"
        and first["time_utc"] == "2026-11-21T15:00:00+00:00"
    )
    assert (first["outcome"], first["slip_printed"], first["slip"]) == ("affected", "yes", "print:letter")
    assert CASE_RE.match(first["case_number"]) and len(first["row_hash"]) == 64
    assert first["serial"] == "'=cmd|' /C calc'!A0"  # never a live formula in Excel
    assert rows[1]["slip_printed"] == "no" and rows[1]["case_number"] == ""
    assert rows[3]["answers"] == ""  # none given

    def ids(*args: str) -> list[str]:
        code, _, err = run("log", "export", "--out", str(out), *args, "--db", str(db_path))
        assert code == 0, err
        return [r["id"] for r in read_csv(out)]

    assert ids("--since", "2026-11-22") == nth(3, 4, 5, 6, 7)
    assert ids("--until", "2026-11-21") == nth(1, 2)
    assert ids("--since", "2026-11-22", "--until", "2026-11-22") == nth(3, 4, 5, 6)
    assert ids("--outcome", "affected") == nth(1, 3, 5)
    assert ids("--outcome", "affected", "check-with-manufacturer") == nth(1, 3, 4, 5, 6)
    assert ids("--station", "Back") == nth(3, 4, 7)
    assert ids("--station", "Back", "--outcome", "affected", "--since", "2026-11-22") == nth(3)
    assert ids("--since", "2027-01-01") == []
    code, text, _ = run(
        "log", "export", "--out", str(out), "--json", "--station", "Front", "--db", str(db_path)
    )
    assert code == 0 and json.loads(text) == {"out": str(out), "checks": 4}
    code, _, err = run("log", "export", "--out", str(tmp_path / "no" / "x.csv"), "--db", str(db_path))
    assert code == 2 and "cannot write" in err


def test_daily_summary_counts_checks_affected_manufacturer_and_slips(
    catalog: Catalog, db_path: Path, new_york: None
) -> None:
    days_log(catalog)
    code, text, _ = run("log", "summary", "--json", "--db", str(db_path))
    assert code == 0
    assert json.loads(text) == [
        {"day": "2026-11-21", "checks": 2, "affected": 1, "check_with_manufacturer": 0, "slips_printed": 1},
        {"day": "2026-11-22", "checks": 4, "affected": 2, "check_with_manufacturer": 2, "slips_printed": 2},
        {"day": "2026-11-23", "checks": 1, "affected": 0, "check_with_manufacturer": 0, "slips_printed": 0},
    ]
    code, text, _ = run(
        "log", "summary", "--since", "2026-11-22", "--until", "2026-11-22", "--db", str(db_path)
    )
    assert code == 0
    lines = text.splitlines()
    assert lines[0].split() == ["Day", "Checks", "Affected", "Check", "w/", "maker", "Slips"]
    assert lines[1].split() == ["2026-11-22", "4", "2", "2", "2"]
    assert lines[-1] == "1 days, 4 checks, 2 affected"
    code, _, err = run(
        "log", "summary", "--since", "2026-11-23", "--until", "2026-11-22", "--db", str(db_path)
    )
    assert code == 2 and "is after --until" in err


def test_write_csv_and_summary_over_entries(catalog: Catalog, tmp_path: Path) -> None:
    log = CheckLog(catalog.engine, station="Caisse 2", clerk="zoé")
    log.record(catalog.check("A3102"), answers={"colour": "red"}, when=datetime(2026, 11, 22, 12, tzinfo=UTC))
    entries = log.entries()
    assert write_csv(entries, tmp_path / "x.csv") == 1
    (row,) = read_csv(tmp_path / "x.csv")
    assert (row["station"], row["clerk"], row["answers"]) == ("Caisse 2", "zoé", '{"colour": "red"}')
    (day,) = daily_summary(entries)
    assert (day.checks, day.affected, day.slips_printed) == (1, 0, 0)
    assert daily_summary([]) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("export", "--out", "x.csv", "--since", "22/11/2026"), "'22/11/2026' is not a date (YYYY-MM-DD)"),
        (("summary", "--until", "tomorrow"), "'tomorrow' is not a date (YYYY-MM-DD)"),
        (("export", "--out", "x.csv", "--outcome", "safe"), "'safe' is not an outcome: affected,"),
    ],
)
def test_dates_and_outcomes_are_validated(
    db_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("log", *argv, "--db", str(db_path))
    assert exit_info.value.code == 2 and message in capsys.readouterr().err
