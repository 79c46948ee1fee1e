"""Schema migrations (alembic), run from :func:`recall_desk.catalog.db.open_engine` on both engines.

The environment and the revisions are in ``migrations/`` beside this module; alembic is driven
from here with a :class:`~alembic.config.Config` made in code (no alembic.ini at run time), on a
connection of the engine being opened.  ``open_engine``:

- a new database: ``create_all``, then :func:`stamp` at the newest revision;
- a database at an older revision, or made before migrations (``catalog_meta.schema_version`` 1
  and no ``alembic_version`` table): on SQLite a copy of the file first (:func:`backup_sqlite`,
  ``catalog.sqlite3.bak-<UTC time>``, through SQLite's backup API); one made before migrations is
  then brought to the baseline as earlier versions did; then :func:`upgrade` (which stamps such a
  database at :data:`BASELINE` before running the revisions after it);
- a database at the newest revision: nothing (opening it twice changes nothing).

A developer writes a new revision in ``migrations/versions/`` (``vNNNN_what.py``, ``down_revision``
the one before; ``script.py.mako`` is the template) and tests it on SQLite and PostgreSQL.
"""

from __future__ import annotations

import ast
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
BASELINE = "0001"
"""The revision of the schema as it was when migrations began (schema version 1)."""
BASELINE_TABLES = frozenset(
    {
        "catalog_meta",
        "recall",
        "product",
        "model_number",
        "product_gtin",
        "search_term",
        "check_log",
        "log_head",
        "clerk",
        "review_item",
    }
)
"""The tables of the baseline.  A database made before migrations gets those it lacks; a table added
later is made by its revision."""
VERSION_LOCATIONS: list[Path] = [MIGRATIONS / "versions"]
"""Where the revisions are (the tests add a folder of their own)."""


class MigrationError(RuntimeError):
    """A revision could not be applied (the database is left as it was where the engine has
    transactional DDL; an SQLite file has its backup beside it)."""


def config(conn: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_locations", os.pathsep.join(str(p) for p in VERSION_LOCATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


# Opening an up-to-date database is the common case, and importing alembic costs about 0.1 s: the
# revisions are read from their files' ``revision``/``down_revision`` lines and the database's from
# its alembic_version table, and alembic itself is imported only to stamp or migrate.


def revisions() -> dict[str, str | None]:
    """Every revision of this program, with the one before it."""
    found: dict[str, str | None] = {}
    for folder in VERSION_LOCATIONS:
        for file in sorted(Path(folder).glob("*.py")):
            values: dict[str, object] = {}
            for node in ast.parse(file.read_text(encoding="utf-8")).body:
                if isinstance(node, ast.Assign) and len(node.targets) == 1:
                    target, value = node.targets[0], node.value
                elif isinstance(node, ast.AnnAssign) and node.value is not None:
                    target, value = node.target, node.value
                else:
                    continue
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                    values[target.id] = ast.literal_eval(value)
            if isinstance(values.get("revision"), str):
                down = values.get("down_revision")
                found[str(values["revision"])] = down if isinstance(down, str) else None
    return found


def head() -> str:
    """The newest revision (the revisions form one line: no branches)."""
    revs = revisions()
    heads = sorted(set(revs) - {d for d in revs.values() if d})
    if len(heads) != 1:
        raise RuntimeError(f"the schema revisions should have one head, not {heads}")
    return heads[0]


def known(revision: str) -> bool:
    """Whether ``revision`` is one of this program's (a newer program's is not)."""
    return revision in revisions()


def current(engine: Engine) -> str | None:
    """The database's revision; None for one made before migrations (or a new one)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return str(row[0]) if row is not None else None


def stamp(engine: Engine, revision: str) -> None:
    """Record ``revision`` as the database's, changing nothing else."""
    from alembic import command

    with engine.begin() as conn:
        command.stamp(config(conn), revision)


def upgrade(engine: Engine) -> bool:
    """Bring the database to the newest revision: a database made before migrations is stamped at
    :data:`BASELINE` first (the caller has brought it there).  One transaction that holds the write
    lock (SQLite's ``BEGIN IMMEDIATE``; PostgreSQL migrates its DDL in the transaction too), with
    the revision read again inside it: of counters opening the database at once, one migrates and
    the others find nothing to do.  Returns whether anything ran."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.util.exc import CommandError

    target = head()
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        found = MigrationContext.configure(conn).get_current_revision()
        if found == target:
            conn.rollback()
            return False
        cfg = config(conn)
        try:
            if found is None:
                command.stamp(cfg, BASELINE)
            command.upgrade(cfg, target)
        except CommandError as exc:
            raise MigrationError(
                f"cannot migrate the schema from {found or BASELINE} to {target}: {exc}"
            ) from exc
        conn.commit()
    return True


def backup_sqlite(path: Path, when: datetime | None = None) -> Path:
    """Copy the SQLite database ``path`` beside it as ``NAME.bak-YYYYMMDDTHHMMSSZ`` (a consistent
    copy, even while others use it: SQLite's backup API); returns the copy's path."""
    stamp_text = (when or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.bak-{stamp_text}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.bak-{stamp_text}-{n}")
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            copy.close()
    finally:
        source.close()
    return target
