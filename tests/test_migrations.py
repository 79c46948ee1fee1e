"""Schema migrations (alembic) on SQLite: stamping, the backup before a change, and doing nothing twice.

The same on PostgreSQL is in tests/test_postgres.py.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from recall_desk.catalog import migrate
from recall_desk.catalog.checklog import CheckLog
from recall_desk.catalog.db import CatalogOpenError, open_engine
from recall_desk.catalog.service import Catalog

EXTRA_REVISION = '''
"""A test revision after the newest: a column on the check log, written through alembic batch mode."""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("check_log") as batch:
        batch.add_column(sa.Column("test_note", sa.String(20), nullable=False, server_default="none"))


def downgrade() -> None:
    with op.batch_alter_table("check_log") as batch:
        batch.drop_column("test_note")
'''


def backups(db: Path) -> list[Path]:
    return sorted(db.parent.glob(db.name + ".bak-*"))


def schema(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT name, coalesce(sql, '') FROM sqlite_master").fetchall())


def revision(db: Path) -> str | None:
    with sqlite3.connect(db) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return str(row[0]) if row else None


def with_checks(db: Path, n: int = 3) -> list[int]:
    catalog = Catalog.open(db)
    try:
        log = CheckLog(catalog.engine, station="Counter 1")
        return [log.record(catalog.check(q)) for q in ("A3102", "BPD005", "A1112")[:n]]
    finally:
        catalog.close()


def test_a_new_database_is_stamped_at_the_newest_revision_without_a_backup(db_path: Path) -> None:
    open_engine(db_path).dispose()
    assert revision(db_path) == migrate.head()
    assert backups(db_path) == []


def test_an_old_schema_file_is_migrated_with_a_backup_beside_it(db_path: Path) -> None:
    ids = with_checks(db_path)
    with sqlite3.connect(db_path) as conn:  # as the version before migrations left it
        conn.execute("DROP TABLE alembic_version")
        conn.execute("DROP INDEX ix_recall_notice_url")
        conn.execute("ALTER TABLE recall DROP COLUMN notice_url")
    old_schema = schema(db_path)
    catalog = Catalog.open(db_path)
    try:
        assert revision(db_path) == migrate.head()
        [backup] = backups(db_path)
        assert backup.parent == db_path.parent and backup.name.startswith("catalog.sqlite3.bak-20")
        assert schema(backup) == old_schema  # the file as it was, whole
        with sqlite3.connect(backup) as conn:
            assert [r[0] for r in conn.execute("SELECT id FROM check_log ORDER BY id")] == ids
        log = CheckLog(catalog.engine)
        assert log.verify().ok and log.count() == 3
        assert catalog.check("A1112").matches
        # notice_url came back, filled from the stored documents
        with catalog.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM recall WHERE notice_url IS NOT NULL").scalar()
    finally:
        catalog.close()
    migrated = schema(db_path)
    Catalog.open(db_path).close()  # the second time: nothing to do, no second backup
    assert schema(db_path) == migrated and len(backups(db_path)) == 1


def test_a_revision_that_changes_sqlite_runs_after_a_backup(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = with_checks(db_path)
    assert backups(db_path) == []
    versions = tmp_path / "more-versions"
    versions.mkdir()
    before = migrate.head()
    (versions / "v9001_test_note.py").write_text(EXTRA_REVISION.format(down=before), encoding="utf-8")
    monkeypatch.setattr(migrate, "VERSION_LOCATIONS", [*migrate.VERSION_LOCATIONS, versions])
    assert migrate.head() == "9001"
    engine = open_engine(db_path)
    try:
        assert migrate.current(engine) == "9001"
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT id, test_note FROM check_log ORDER BY id").all()
        assert [tuple(r) for r in rows] == [(i, "none") for i in ids]
    finally:
        engine.dispose()
    [backup] = backups(db_path)
    assert revision(backup) == before and "test_note" not in dict(schema(backup))["check_log"]
    after = schema(db_path)
    open_engine(db_path).dispose()
    assert schema(db_path) == after and len(backups(db_path)) == 1
    # The log still verifies: the chain does not cover a column added later.
    catalog = Catalog.open(db_path)
    try:
        assert CheckLog(catalog.engine).verify().ok
    finally:
        catalog.close()


def test_a_database_from_a_newer_program_is_refused(db_path: Path) -> None:
    open_engine(db_path).dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    with pytest.raises(CatalogOpenError, match="newer than this program"):
        open_engine(db_path)
    assert backups(db_path) == []


def test_counters_opening_an_old_file_at_once_migrate_it_once(db_path: Path) -> None:
    import subprocess
    import sys

    with_checks(db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TABLE alembic_version")
    opener = (
        "import sys; from recall_desk.catalog.service import Catalog; "
        "from recall_desk.catalog.checklog import CheckLog; c = Catalog.open(sys.argv[1]); "
        "assert CheckLog(c.engine).verify().ok; c.close()"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", opener, str(db_path)], stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    assert revision(db_path) == migrate.head()
    catalog = Catalog.open(db_path)
    try:
        assert CheckLog(catalog.engine).count() == 3
    finally:
        catalog.close()


def test_the_revisions_read_from_their_files_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.config())
    assert migrate.head() == script.get_current_head()
    assert migrate.revisions() == {r.revision: r.down_revision for r in script.walk_revisions()}
    assert migrate.revisions()[migrate.BASELINE] is None


def test_opening_an_up_to_date_database_does_not_import_alembic(db_path: Path) -> None:
    import subprocess
    import sys

    open_engine(db_path).dispose()
    probe = (
        "import sys; from recall_desk.catalog.db import open_engine; open_engine(sys.argv[1]).dispose(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(db_path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
