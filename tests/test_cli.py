"""The command line contract that scripts and tests rely on."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from recall_desk.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def check_json(db: Path, *argv: str) -> dict[str, Any]:
    code, out, err = run("check", *argv, "--json", "--db", str(db))
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def test_check_json_contract(db_path: Path) -> None:
    data = check_json(db_path, "A3102")
    assert data["outcome"] == "need_answer"
    assert data["stop_using"] is False
    assert data["catalog"] == {"version": "2026.11.22-seed", "published": "2026-11-22"}
    [match] = data["matches"]
    for key in ("recall", "agency", "product", "model", "outcome", "reason", "questions", "serial_hint"):
        assert key in match
    assert match["recall"] == "25-056"
    assert match["agency"] == "CPSC"
    [question] = match["questions"]
    assert question["key"] == "colour"
    assert {"black", "red", "blue"} <= set(question["choices"])
    assert isinstance(data["suggestions"], list)
    assert isinstance(data["warnings"], list)


def test_answers_and_serial_flags(db_path: Path) -> None:
    data = check_json(db_path, "A3102", "--answer", "colour=black", "--serial", "1234567890123456")
    assert data["outcome"] == "check_with_manufacturer"
    assert data["stop_using"] is True
    data = check_json(db_path, "ATH-SQ1TW2", "--no-serial")
    assert data["outcome"] == "affected"
    assert data["stop_using"] is True
    data = check_json(db_path, "A3102", "--answer", "colour=blue")
    assert data["outcome"] == "not_affected"


def test_every_outcome_exits_zero(db_path: Path) -> None:
    for argv in (["A1112"], ["XYZ999"], ["BPD005", "--serial", "58V123456789AB"], ["BPD005"]):
        code, _out, err = run("check", *argv, "--db", str(db_path))
        assert code == 0, err


def test_human_output_has_the_verdict_reason_and_catalog_date(db_path: Path) -> None:
    code, out, _ = run("check", "BPD005", "--serial", "57V123456789AB", "--db", str(db_path))
    assert code == 0
    assert out.startswith("AFFECTED")
    assert "Belkin" in out and "57V" in out
    assert "Catalog 2026.11.22-seed, published 2026-11-22" in out


def test_catalog_info(db_path: Path) -> None:
    code, out, _ = run("catalog", "info", "--json", "--db", str(db_path))
    assert code == 0
    data = json.loads(out)
    assert data["version"] == "2026.11.22-seed"
    assert data["published"] == "2026-11-22"
    assert (data["recalls"], data["products"], data["models"]) == (9, 16, 17)
    code, out, _ = run("catalog", "info", "--db", str(db_path))
    assert "9 recalls, 16 products, 17 model numbers" in out


def test_db_takes_a_url_and_the_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url_db = tmp_path / "by-url.sqlite3"
    code, out, _ = run("catalog", "info", "--json", "--db", f"sqlite:///{url_db}")
    assert code == 0 and url_db.exists()
    env_db = tmp_path / "by-env.sqlite3"
    monkeypatch.setenv("RECALL_DESK_DB", str(env_db))
    code, out, _ = run("catalog", "info", "--json")
    assert code == 0 and env_db.exists()
    assert json.loads(out)["database"].endswith("by-env.sqlite3")


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Nothing to check"),
        ("   \r\n\t", "Nothing to check"),
        ("\x00\x01\x02", "Nothing to check"),
        ("A" * 20_000, "too long"),
        ("x " * 10_000, "too long"),
    ],
)
def test_unusable_entries_get_a_plain_error(db_path: Path, query: str, message: str) -> None:
    code, out, err = run("check", query, "--db", str(db_path))
    assert code == 2
    assert message in out
    assert "Traceback" not in out + err
    code, out, err = run("check", query, "--json", "--db", str(db_path))
    assert code == 2
    data = json.loads(out)
    assert data["outcome"] is None and message in data["problem"]
    assert "error:" in err


@pytest.mark.parametrize(
    "query",
    [
        '"; DROP TABLE recall; --',
        "' OR 1=1 --",
        "A3102' --",
        "%",
        "_",
        "\\",
        "<script>alert(1)</script>",
        "🔋 A1112",
    ],
)
def test_quotes_sql_and_oddities_get_a_plain_answer(db_path: Path, query: str) -> None:
    code, out, err = run("check", query, "--json", "--db", str(db_path))
    assert code == 0, err
    assert json.loads(out)["outcome"] in {"no_recall_found", "need_answer", "affected"}
    # The catalog is intact afterwards.
    code, out, _ = run("catalog", "info", "--json", "--db", str(db_path))
    assert json.loads(out)["recalls"] == 9


def test_scanner_burst_with_prefix_and_suffix(db_path: Path) -> None:
    data = check_json(db_path, "Model: ＢＰＤ００５\r\n", "--serial", "SN: 57V1-2345-6789-AB\t")
    assert data["outcome"] == "affected"


def test_bad_answer_syntax_is_a_usage_error(db_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        run("check", "A3102", "--answer", "colour", "--db", str(db_path))
    assert exc.value.code == 2


def test_serial_and_no_serial_are_exclusive(db_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        run("check", "A3102", "--serial", "1", "--no-serial", "--db", str(db_path))
    assert exc.value.code == 2


def test_database_that_is_not_a_catalog_is_refused_and_left_alone(tmp_path: Path) -> None:
    not_db = tmp_path / "notes.txt"
    not_db.write_text("shopping list\n" * 100)
    before = not_db.read_bytes()
    code, _out, err = run("check", "A3102", "--db", str(not_db))
    assert code == 2
    assert "error:" in err and "notes.txt" in err
    assert "Traceback" not in err
    assert not_db.read_bytes() == before


def test_a_folder_or_an_unknown_url_is_refused(tmp_path: Path) -> None:
    code, _out, err = run("catalog", "info", "--db", str(tmp_path))
    assert code == 2 and "folder" in err
    code, _out, err = run("catalog", "info", "--db", "nosuchdb://host/x")
    assert code == 2 and "nosuchdb" in err


def test_other_sqlite_database_is_not_taken_over(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    code, _out, err = run("catalog", "info", "--db", str(other))
    assert code == 2 and "not a Recall Desk catalog" in err
    with sqlite3.connect(other) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"customers"}


def test_installed_entry_point_answers_from_the_seed(tmp_path: Path) -> None:
    exe = shutil.which("recall-desk", path=os.path.dirname(sys.executable)) or shutil.which("recall-desk")
    assert exe, "the recall-desk console script is not installed"
    env = {**os.environ, "RECALL_DESK_DB": str(tmp_path / "fresh.sqlite3")}
    proc = subprocess.run(
        [exe, "check", "A3102", "--json"], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["outcome"] == "need_answer"
    assert data["matches"][0]["questions"][0]["key"] == "colour"
