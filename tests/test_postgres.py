"""The catalog and the check log on a real PostgreSQL server (tests/pg.py starts it).

A server whose default collation is ICU en-US, as a store's would be: prefix search must still find
every model number that starts with what was typed (the search key columns are COLLATE "C").
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text

from recall_desk.catalog import migrate, review
from recall_desk.catalog.checklog import CheckLog
from recall_desk.catalog.clerks import ClerkError, Clerks
from recall_desk.catalog.db import open_engine
from recall_desk.catalog.imports import import_file
from recall_desk.catalog.service import Catalog
from recall_desk.catalog.tables import LOG_T
from recall_desk.cli import main
from test_import import cpsc_record

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[1]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _collations(url: str) -> dict[str, str | None]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT table_name || '.' || column_name, collation_name FROM information_schema.columns "
                    "WHERE table_name IN ('model_number', 'search_term') "
                    "AND column_name IN ('key', 'base_key', 'fold_key', 'term')"
                )
            ).all()
        return {str(r[0]): r[1] for r in rows}
    finally:
        engine.dispose()


def test_the_server_collation_is_not_c(pg_url: str) -> None:
    """The point of the fixture: under the server's default collation "~" does not sort last."""
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT 'A3102016' < 'A3102~'")).scalar() is False
            assert conn.execute(text("SELECT 'A3102016' < 'A3102~' COLLATE \"C\"")).scalar() is True
    finally:
        engine.dispose()


def test_open_seed_check_and_search(pg_url: str) -> None:
    catalog = Catalog.open(pg_url)
    try:
        assert catalog.engine.dialect.name == "postgresql"
        assert not catalog._fts  # the plain search_term table serves name words
        info = catalog.info()
        assert info.version == "2026.11.22-seed" and info.recalls > 0
        # A3102: the colour question, then the verdicts.
        result = catalog.check("A3102")
        assert result.outcome == "need_answer"
        assert result.questions and result.questions[0].key == "colour"
        black = catalog.check("A3102", answers={"colour": "black"}, serial="1234567890123456")
        assert black.outcome == "check_with_manufacturer"
        assert catalog.check("A3102", answers={"colour": "blue"}).outcome == "not_affected"
        # BPD005: the serial decides.
        assert catalog.check("BPD005", serial="57V123456789AB").outcome == "affected"
        assert catalog.check("BPD005", serial="58V123456789AB").outcome != "affected"
        assert catalog.check("BPD005").outcome == "need_serial"
        # Free text through search_term, and prefixes of model numbers (the collation).
        assert catalog.check("anker 321 power bank").matches
        hits = catalog.search("A310")
        assert "A3102016" in {h.matched for h in hits}
        assert [h.matched for h in catalog.search("A1")] == sorted(h.matched for h in catalog.search("A1"))
        assert {h.brand for h in catalog.search("belk")} == {"Belkin"}
        assert catalog.check("A3102017").suggestions == ("A3102016",)  # fold_key prefix range
        assert set(_collations(pg_url).values()) == {"C"}
    finally:
        catalog.close()


def test_prefix_search_uses_the_index(pg_url: str) -> None:
    catalog = Catalog.open(pg_url)
    try:
        with catalog.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")  # a tiny table: ask whether an index can serve
            plan = "\n".join(
                r[0]
                for r in conn.exec_driver_sql(
                    "EXPLAIN SELECT product_id FROM model_number WHERE key >= 'A31' AND key < 'A31~'"
                )
            )
        assert "Index" in plan and "ix_model_number_key_product" in plan, plan
    finally:
        catalog.close()


def test_the_command_line_on_postgresql(
    pg_url: str, tmp_path: Path, settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run("check", "A3102", "--answer", "colour=black", "--json", "--db", pg_url)
    assert code == 0, err
    assert json.loads(out)["outcome"] == "need_serial"
    monkeypatch.setenv("RECALL_DESK_DB", pg_url)  # the variable instead of --db
    code, out, err = run(
        "slip", "BPD005", "--serial", "57V123456789AB", "--out", str(tmp_path / "s.pdf"), "--json"
    )
    assert code == 0, err
    slip = json.loads(out)
    assert slip["outcome"] == "affected" and slip["case_number"].endswith(f"{slip['log_id']:06d}")
    code, out, err = run("log", "verify")
    assert code == 0 and out.startswith("Check log OK: 2 rows"), (out, err)


def test_an_import_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    catalog = Catalog.open(pg_url)
    try:
        file = tmp_path / "cpsc.json"
        file.write_text(json.dumps([cpsc_record("25466"), cpsc_record("25111")]), encoding="utf-8")
        summary = import_file(catalog.engine, file)
        assert "cpsc-25-111" in summary.new
        result = catalog.check("A1681")
        assert result.matches and {m.recall.number for m in result.matches} >= {"25-466"}
        again = import_file(catalog.engine, file)
        assert not again.new and not again.updated
        assert catalog.check("BPD005", serial="57V123456789AB").outcome == "affected"  # the seed stays
        with catalog.engine.begin() as conn:  # the sequences moved past the ids the import gave
            conn.exec_driver_sql(
                "INSERT INTO recall (key, agency, title, doc, origin, edited) "
                "VALUES ('x-1', 'X', 'X', '{}', 'manager', false)"
            )
    finally:
        catalog.close()


def test_the_check_log_chain_on_postgresql(pg_url: str) -> None:
    catalog = Catalog.open(pg_url)
    try:
        log = CheckLog(catalog.engine, station="Counter 1", clerk="ann")
        first = log.record(catalog.check("A3102"), answers={"colour": "black", "ünï": "çödé"})
        row, case = log.record_slip(catalog.check("BPD005", serial="57V123456789AB"), serial="57V123456789AB")
        assert case.endswith(f"{row:06d}")
        later = log.assign_case(first)
        assert later != case and log.assign_case(first) == later
        assert log.add_slip_output(first, "pdf:letter") == "pdf:letter"
        report = log.verify()
        assert report.ok and report.rows == 4, report
        entries = log.entries(newest_first=False)
        assert entries[0].answers == {"colour": "black", "ünï": "çödé"} and entries[0].slip_printed
        assert log.by_case(later) is not None and log.by_case(later).id == first  # type: ignore[union-attr]
        with catalog.engine.begin() as conn:  # an edit behind Recall Desk's back
            conn.execute(text("UPDATE check_log SET serial = 'X' WHERE id = :id"), {"id": row})
        broken = log.verify()
        assert not broken.ok and broken.problem is not None and broken.problem.row_id == row
    finally:
        catalog.close()


def test_clerks_and_the_review_list_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    catalog = Catalog.open(pg_url)
    try:
        clerks = Clerks(catalog.engine)
        clerks.add("boss", role="manager", pin="2468")
        clerks.add("ann")
        assert clerks.sign_in("boss", "2468").is_manager
        assert not clerks.set_active("ann", False).active  # a boolean column
        with pytest.raises(ClerkError):
            clerks.set_active("boss", False)  # the last active manager
        assert sorted(c.id for c in clerks.list()) == ["ann", "boss"]
        # An unsure model number goes to the review list (a JSON column); confirming puts it in.
        vague = cpsc_record(
            "25950",
            Title="PowerMax Chargers Recalled Due to Shock Hazard",
            Products=[{"Name": "PowerMax Wall Chargers", "Model": ""}],
            Manufacturers=[{"Name": "PowerMax Inc., of Chicago, Illinois"}],
            Description="This recall involves PowerMax wall chargers sold in 2024. "
            "PM2000 is printed on the back.",
        )
        file = tmp_path / "vague.json"
        file.write_text(json.dumps([vague]), encoding="utf-8")
        import_file(catalog.engine, file)
        assert not catalog.check("PM2000").matches
        [item] = [i for i in review.items(catalog.engine) if i.value.get("number") == "PM2000"]
        review.decide(catalog.engine, item.id, "confirmed")
        assert catalog.check("PM2000").matches
    finally:
        catalog.close()


# --- 8 processes, 10,000 checks -------------------------------------------------------------------

WRITER = r"""
import json, sys, time
from recall_desk.catalog.checklog import CheckLog
from recall_desk.catalog.clerks import ClerkError, Clerks
from recall_desk.catalog.service import Catalog

db, station, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
catalog = Catalog.open(db, seed=False)
log = CheckLog(catalog.engine, station=station, clerk=station.lower())
results = [catalog.check(q) for q in ("BPD005", "A1112", "XYZ999", "A3102", "A1366")]
print("ready", flush=True)
sys.stdin.readline()  # all start together
started = time.time()
ids, cases = [], []
for i in range(n):
    result = results[i % len(results)]
    if i % 10 == 0:
        row, case = log.record_slip(result, serial=f"S{i}")
        log.add_slip_output(row, "pdf:letter")
        cases.append(case)
    elif i % 10 == 1:
        row = log.record(result, serial=f"S{i}")
        cases.append(log.assign_case(row))
    else:
        row = log.record(result, serial=f"S{i}")
    ids.append(row)
print(json.dumps({"ids": ids, "cases": cases, "started": started, "ended": time.time()}), flush=True)
catalog.close()
"""

PROCESSES = 8
CHECKS = 10_000


def test_eight_processes_writing_10000_checks_lose_none(pg_url: str) -> None:
    Catalog.open(pg_url).close()
    per = CHECKS // PROCESSES
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, pg_url, f"Counter {k}", str(per)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for k in range(1, PROCESSES + 1)
    ]
    try:
        for p in procs:
            assert p.stdout is not None
            line = p.stdout.readline().strip()
            assert line == "ready", p.stderr.read() if p.stderr else line
        t0 = time.monotonic()
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        ids: list[int] = []
        cases: list[str] = []
        spans = []
        for p in procs:
            out, err = p.communicate(timeout=600)
            assert p.returncode == 0, err
            report: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
            ids.extend(report["ids"])
            cases.extend(report["cases"])
            spans.append((report["started"], report["ended"]))
        elapsed = time.monotonic() - t0
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    assert max(s for s, _ in spans) < min(e for _, e in spans), spans  # they ran at once
    assert len(ids) == CHECKS and len(set(ids)) == CHECKS
    assert len(cases) == CHECKS // 10 * 2 and len(set(cases)) == len(cases)
    catalog = Catalog.open(pg_url, seed=False)
    try:
        log = CheckLog(catalog.engine)
        assert log.count() == CHECKS
        with catalog.engine.connect() as conn:
            stored = conn.execute(select(LOG_T.c.case_number).where(LOG_T.c.case_number.is_not(None))).all()
            total = conn.execute(select(func.count()).select_from(LOG_T)).scalar_one()
        assert sorted(r[0] for r in stored) == sorted(cases)
        assert {e.id for e in log.entries()} == set(ids)
        report = log.verify()
        # checks, a "case" row for each later case number, a "slip" row for each slip made at once
        assert report.ok, report.problem
        assert report.rows == total == CHECKS + CHECKS // 10 * 2
        print(f"\n{PROCESSES} processes wrote {CHECKS} checks ({total} rows) in {elapsed:.1f} s")
    finally:
        catalog.close()


# --- migrations -------------------------------------------------------------------------------------


def _make_pre_migration_database(url: str) -> None:
    """A PostgreSQL catalog as the version before migrations made it: default collation on the
    search keys, no alembic_version table."""
    catalog = Catalog.open(url)
    catalog.close()
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE alembic_version")
            for table, column in (
                ("model_number", "key"),
                ("model_number", "base_key"),
                ("model_number", "fold_key"),
                ("search_term", "term"),
            ):
                conn.exec_driver_sql(
                    f'ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR(60) COLLATE "default"'
                )
    finally:
        engine.dispose()


def test_a_database_made_before_migrations_is_migrated(pg_url: str) -> None:
    _make_pre_migration_database(pg_url)
    assert set(_collations(pg_url).values()) == {None}
    engine = open_engine(pg_url)
    try:
        assert migrate.current(engine) == migrate.head()
    finally:
        engine.dispose()
    assert set(_collations(pg_url).values()) == {"C"}
    catalog = Catalog.open(pg_url)  # the second time: nothing to do
    try:
        assert migrate.current(catalog.engine) == migrate.head()
        assert "A3102016" in {h.matched for h in catalog.search("A310")}
        assert catalog.check("BPD005", serial="57V123456789AB").outcome == "affected"
    finally:
        catalog.close()


def test_counters_opening_a_new_database_at_once(pg_url: str) -> None:
    opener = "import sys; from recall_desk.catalog.service import Catalog; Catalog.open(sys.argv[1]).close()"
    procs = [
        subprocess.Popen([sys.executable, "-c", opener, pg_url], stderr=subprocess.PIPE, text=True, cwd=ROOT)
        for _ in range(4)
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    catalog = Catalog.open(pg_url)
    try:
        assert catalog.info().recalls > 0 and migrate.current(catalog.engine) == migrate.head()
    finally:
        catalog.close()
