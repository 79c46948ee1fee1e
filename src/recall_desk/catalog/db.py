"""Where the catalog lives, and opening it.

``--db`` (or ``RECALL_DESK_DB``) takes a file path or an SQLAlchemy URL; the
default is a SQLite file in the platform's user data folder.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Table, event, inspect, select, update
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    NoSuchModuleError,
    OperationalError,
    ProgrammingError,
)
from sqlmodel import Session, SQLModel, create_engine

from . import fulltext, migrate
from .checklog import ensure_columns
from .tables import RECALL_T, SCHEMA_VERSION, CatalogMeta

ENV_VAR = "RECALL_DESK_DB"
APP_NAME = "recall-desk"
_SCHEMA_LOCK = 0x52440001
"""PostgreSQL advisory lock key held while a counter makes or migrates the schema."""


class CatalogOpenError(RuntimeError):
    """The catalog database cannot be opened or is not a Recall Desk catalog."""


def default_db_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "catalog.sqlite3"


def resolve_db(db: str | os.PathLike[str] | None) -> str:
    """An SQLAlchemy URL for ``db``, the environment's, or the default file."""
    value = os.fspath(db) if db is not None else (os.environ.get(ENV_VAR) or "")
    value = value.strip()
    if not value:
        value = str(default_db_path())
    if "://" in value:
        return value
    path = Path(value).expanduser().resolve()
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    if isinstance(dbapi_connection, sqlite3.Connection):
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()


def add_missing_columns(engine: Engine, table: Table) -> list[str]:
    """Add the columns a later version gave ``table`` to a database made before them, with their
    defaults (existing rows keep every value they had).  Safe to run at every open, and from two
    processes at once.  Returns the names added."""
    with engine.connect() as conn:
        have = {c["name"] for c in inspect(conn).get_columns(table.name)}
    added = []
    for column in table.columns:
        if column.name in have:
            continue
        kind = column.type.compile(dialect=engine.dialect)
        default = getattr(column.default, "arg", None) if column.default is not None else None
        if callable(default):
            default = None
        if isinstance(default, bool):
            default = int(default) if engine.dialect.name == "sqlite" else str(default).upper()
        if isinstance(default, str):
            default = "'" + default.replace("'", "''") + "'"
        clause = f" NOT NULL DEFAULT {default}" if default is not None else ""
        try:
            with engine.begin() as conn:
                conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}{clause}")
            added.append(column.name)
        except (OperationalError, ProgrammingError, DatabaseError):
            with engine.connect() as conn:  # another process added it meanwhile?
                if column.name not in {c["name"] for c in inspect(conn).get_columns(table.name)}:
                    raise
    if added:
        with engine.begin() as conn:
            for index in table.indexes:
                index.create(conn, checkfirst=True)
    return added


def _backfill_notice_urls(engine: Engine) -> None:
    """A catalog made before the notice_url column: fill it from the stored documents."""
    with engine.begin() as conn:
        rows = conn.execute(select(RECALL_T.c.id, RECALL_T.c.doc)).all()
        for rid, doc in rows:
            url = doc.get("notice_url") if isinstance(doc, dict) else None
            if isinstance(url, str) and url:
                conn.execute(update(RECALL_T).where(RECALL_T.c.id == rid).values(notice_url=url))


@contextmanager
def _schema_lock(engine: Engine) -> Iterator[None]:
    """Counters opening one PostgreSQL database at once make or migrate its schema one at a time
    (a session advisory lock); SQLite needs none here (create_all and the legacy steps tolerate a
    second process, and :func:`migrate.upgrade` holds the file's write lock while it migrates)."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({_SCHEMA_LOCK})")
        conn.commit()
        try:
            yield
        finally:
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({_SCHEMA_LOCK})")
            conn.commit()


def _check_schema_version(engine: Engine) -> None:
    with Session(engine) as session:
        row = session.get(CatalogMeta, "schema_version")
        if row is not None and int(row.value) > SCHEMA_VERSION:
            raise CatalogOpenError(
                f"the catalog's schema is version {row.value}, newer than this program reads "
                f"({SCHEMA_VERSION}): update Recall Desk"
            )


def _to_baseline(engine: Engine) -> None:
    """A database made before migrations, by an earlier development version: add the baseline's
    tables and columns it lacks (existing rows keep their values), the full-text index and the check
    log chain, as those versions did at every open: it is then at the baseline revision.  Changes
    nothing in a database that has them all (it runs at every open, after the migrations, to repair
    files that lost a part).  Schema changes after the baseline are revisions, not added here."""
    metadata = SQLModel.metadata
    tables = [t for t in metadata.sorted_tables if t.name in migrate.BASELINE_TABLES]
    metadata.create_all(engine, tables=tables)
    if "notice_url" in add_missing_columns(engine, RECALL_T):
        _backfill_notice_urls(engine)
    fulltext.ensure(engine)
    ensure_columns(engine)  # check logs made before slips get their case number columns
    with Session(engine) as session:
        if session.get(CatalogMeta, "schema_version") is None:
            session.add(CatalogMeta(key="schema_version", value=str(SCHEMA_VERSION)))
            session.commit()


def _sqlite_file(engine: Engine) -> Path | None:
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    path = Path(database)
    return path if path.is_file() else None


def _prepare(engine: Engine, url: URL) -> None:
    """Make a new database's schema, or bring an existing one to the newest revision."""
    tables = set(inspect(engine).get_table_names())
    if tables and "catalog_meta" not in tables:
        where = url.render_as_string(hide_password=True)
        raise CatalogOpenError(f"{where} holds a database that is not a Recall Desk catalog")
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    if not tables:  # new: the whole schema at once, at the newest revision
        SQLModel.metadata.create_all(engine)
        _to_baseline(engine)
        migrate.stamp(engine, "heads")
        return
    _check_schema_version(engine)
    revision = migrate.current(engine)
    if revision is not None and not migrate.known(revision):
        raise CatalogOpenError(
            f"the catalog's schema is at revision {revision}, newer than this program reads: "
            "update Recall Desk"
        )
    if revision != migrate.head():
        if (path := _sqlite_file(engine)) is not None:
            migrate.backup_sqlite(path)
        if revision is None:
            _to_baseline(engine)
        migrate.upgrade(engine)
    _to_baseline(engine)


def open_engine(db: str | os.PathLike[str] | None = None) -> Engine:
    """Open (and if need be create) the database and its tables.  Raises CatalogOpenError."""
    url_text = resolve_db(db)
    try:
        url = make_url(url_text)
    except ArgumentError:
        raise CatalogOpenError(f"{url_text!r} is neither a file path nor a database URL") from None
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database)
        if path.exists() and path.is_dir():
            raise CatalogOpenError(f"{path} is a folder, not a catalog database file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CatalogOpenError(f"cannot create the folder for {path}: {exc.strerror}") from None
    try:
        engine = create_engine(url)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise CatalogOpenError(f"cannot use database URL {url_text!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with _schema_lock(engine):
            _prepare(engine, url)
    except migrate.MigrationError as exc:
        engine.dispose()
        raise CatalogOpenError(str(exc)) from None
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        where = url.render_as_string(hide_password=True)
        detail = str(exc.orig) if getattr(exc, "orig", None) is not None else str(exc)
        raise CatalogOpenError(f"cannot open the catalog at {where}: {detail}") from None
    return engine
