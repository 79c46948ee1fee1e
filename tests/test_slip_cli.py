"""`recall-desk slip`: the command line contract, and every slip kept in the check log with a case
number unique to the database (also when the database was made before slips existed)."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from escpos_parse import code128_text, parse
from recall_desk.catalog.checklog import CheckLog, ensure_columns
from recall_desk.catalog.db import open_engine
from recall_desk.catalog.service import Catalog
from recall_desk.cli import main
from recall_desk.core.slip import CASE_RE
from slip_support import flat, pdf_text


@pytest.fixture(autouse=True)
def app(qapp: QApplication, settings_file: Path) -> None:
    """A QApplication before the command line looks for one, and settings never the user's."""


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def slip_json(db: Path, *argv: str) -> dict[str, Any]:
    code, out, err = run("slip", *argv, "--json", "--db", str(db))
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def log_of(db: Path) -> CheckLog:
    return CheckLog(Catalog.open(db).engine)


def test_slip_json_contract_and_the_log(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "slip.pdf"
    data = slip_json(
        db_path,
        "A3102016",
        "--serial",
        "1234567890123456",
        "--out",
        str(out),
        "--paper",
        "a4",
        "--lang",
        "es",
    )
    assert CASE_RE.match(data["case_number"])
    assert data["slip"] == "recall"
    assert data["outcome"] == data["check_outcome"] == "check_with_manufacturer"
    assert data["stop_using"] is True
    assert (data["recall"], data["agency"]) == ("25-056", "CPSC")
    assert data["claim_url"] is None
    assert data["qr"] == "https://us.soundcore.com/pages/a3102-recall"
    assert (data["paper"], data["lang"], data["out"]) == ("a4", "es", str(out))
    assert data["pages"] >= 1
    text = flat(pdf_text(out))
    assert data["case_number"] in text and "CONSULTE AL FABRICANTE" in text
    entry = log_of(db_path).by_case(data["case_number"])
    assert entry is not None and entry.id == data["log_id"]
    assert (entry.outcome, entry.serial, entry.query, entry.slip) == (
        "check_with_manufacturer",
        "1234567890123456",
        "A3102016",
        "pdf:a4",
    )


def test_each_slip_gets_its_own_case_number(db_path: Path, tmp_path: Path) -> None:
    cases = [
        slip_json(db_path, "BPD005", "--serial", "57V123456789AB", "--out", str(tmp_path / f"{i}.pdf"))[
            "case_number"
        ]
        for i in range(3)
    ]
    assert len(set(cases)) == 3
    # A check logged by the window, then given a slip, takes the next number too.
    catalog = Catalog.open(db_path)
    log = CheckLog(catalog.engine)
    row = log.record(catalog.check("A1112"), station="Counter 3")
    case = log.assign_case(row)
    assert case not in cases and log.assign_case(row) == case  # asking again gives the same number
    assert [e.case_number for e in log.entries(newest_first=False)] == [*cases, case]


def test_escpos_file_and_pdf_together(db_path: Path, tmp_path: Path) -> None:
    pdf, binary = tmp_path / "slip.pdf", tmp_path / "slip.bin"
    data = slip_json(
        db_path, "BPD005", "--serial", "57V123456789AB", "--out", str(pdf), "--escpos", str(binary)
    )
    assert data["escpos"]["paper"] == "80mm" and data["escpos"]["native"] == ["code128", "qr", "code128"]
    parsed = parse(binary.read_bytes())
    assert parsed.names()[0] == "init" and parsed.names()[-1] == "cut"
    assert parsed.qr_codes() == ["http://www.belkin.com/bpd005recall"]
    assert {code128_text(d) for _, d in parsed.barcodes()} == {data["case_number"]}
    entry = log_of(db_path).by_case(data["case_number"])
    assert entry is not None and entry.slip == "pdf:letter,escpos:80mm"
    only = slip_json(
        db_path,
        "BPD005",
        "--serial",
        "57V123456789AB",
        "--escpos",
        str(tmp_path / "58.bin"),
        "--paper",
        "58mm",
    )
    assert "out" not in only and only["escpos"]["paper"] == "58mm"


def test_not_affected_makes_the_short_receipt(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "receipt.pdf"
    code, stdout, err = run(
        "slip", "A3102", "--answer", "colour=blue", "--out", str(out), "--db", str(db_path)
    )
    assert code == 0, err
    assert "short receipt (not under recall)" in stdout and str(out) in stdout
    assert "CHECKED: NOT UNDER RECALL as of November 22, 2026" in flat(pdf_text(out))
    data = slip_json(db_path, "XYZ999", "--out", str(tmp_path / "none.pdf"), "--lang", "fr")
    assert (data["slip"], data["outcome"], data["recall"]) == ("receipt", "no_recall_found", None)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["", "--out", "{tmp}/a.pdf"], "Nothing to check"),
        (["BPD005", "--out", "{tmp}/a.pdf"], "needs the serial number"),
        (["A3102", "--out", "{tmp}/a.pdf"], "needs an answer first"),
        (["BPD005", "--serial", "57V123456789AB", "--out", "{tmp}/no/such/folder/a.pdf"], "does not exist"),
        (["BPD005", "--serial", "57V123456789AB", "--out", "{tmp}"], "is a folder"),
        (["BPD005", "--serial", "57V123456789AB"], "say where the slip goes"),
        (
            ["BPD005", "--serial", "57V123456789AB", "--out", "{tmp}/a.pdf", "--paper", "legal"],
            "invalid choice",
        ),
        (["BPD005", "--serial", "57V123456789AB", "--out", "{tmp}/a.pdf", "--lang", "de"], "invalid choice"),
    ],
)
def test_nothing_made_exits_2_with_one_line(
    db_path: Path, tmp_path: Path, argv: list[str], message: str
) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    with pytest.raises(SystemExit) if "invalid choice" in message else _no_exit() as caught:
        code, out, err = run("slip", *args, "--db", str(db_path))
    if caught is not None and isinstance(caught, pytest.ExceptionInfo):
        assert caught.value.code == 2
        return
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("recall-desk: error:") and message in lines[0]
    assert "Traceback" not in err
    assert not list(tmp_path.glob("*.pdf"))
    assert all(e.case_number is None for e in log_of(db_path).entries())  # no case given for nothing


class _no_exit:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False


def test_the_installed_command_runs_offscreen_in_a_fresh_process(db_path: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["RECALL_DESK_SETTINGS"] = str(tmp_path / "fresh.ini")
    out = tmp_path / "fresh.pdf"
    command = [sys.executable, "-m", "recall_desk.cli", "slip", "A1263", "--serial", "AB12CD34"]
    proc = subprocess.run(
        [*command, "--out", str(out), "--paper", "58mm", "--lang", "fr", "--db", str(db_path), "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Fatal Python error" not in proc.stderr
    data = json.loads(proc.stdout)
    assert data["qr"] == "https://www.anker.com/product-recalls"
    assert "Fiche de rappel de sécurité" in flat(pdf_text(out))


# --- check logs made before slips ---------------------------------------------------------------------


def test_an_old_check_log_gets_the_slip_columns_and_keeps_its_rows(db_path: Path) -> None:
    catalog = Catalog.open(db_path)
    log = CheckLog(catalog.engine)
    for q in ("A1112", "BPD005", "XYZ999"):
        log.record(catalog.check(q), station="Counter 1")
    before = [(e.id, e.query, e.outcome, e.station) for e in log.entries()]
    catalog.close()
    with sqlite3.connect(db_path) as conn:  # the check log as it was before slips
        conn.execute("DROP INDEX ix_check_log_case_number")
        conn.execute("ALTER TABLE check_log DROP COLUMN case_number")
        conn.execute("ALTER TABLE check_log DROP COLUMN slip")
        columns = {row[1] for row in conn.execute("PRAGMA table_info(check_log)")}
    assert "case_number" not in columns and "slip" not in columns

    engine = open_engine(db_path)  # opening the file adds them
    try:
        with sqlite3.connect(db_path) as conn:
            columns = {row[1] for row in conn.execute("PRAGMA table_info(check_log)")}
            indexes = {row[1]: row[2] for row in conn.execute("PRAGMA index_list(check_log)")}
        assert {"case_number", "slip"} <= columns
        assert indexes.get("ix_check_log_case_number") == 1  # unique
        log = CheckLog(engine)
        assert [(e.id, e.query, e.outcome, e.station) for e in log.entries()] == before
        assert all(e.case_number is None and e.slip == "" for e in log.entries())
        assert ensure_columns(engine) == []  # a second time: nothing to do
        case = log.assign_case(before[-1][0])
        assert log.by_case(case) is not None
        with pytest.raises(Exception, match="UNIQUE"), engine.begin() as conn:
            conn.exec_driver_sql("UPDATE check_log SET case_number = ? WHERE id = ?", (case, before[0][0]))
    finally:
        engine.dispose()
