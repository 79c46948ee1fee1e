"""A real PostgreSQL server for the tests marked ``postgres``.

One server per test session, in a temporary folder, listening only on a unix socket there; each test
gets a fresh database (``pg_url``), dropped afterwards.  The server is initialised with an ICU en-US
default collation, as a store's server would be, so queries that only work under the "C" collation
fail here.  Running as root (CI), the server runs as the ``postgres`` user (initdb refuses root).

The tests are skipped only when no PostgreSQL binaries are found (``initdb`` and ``pg_ctl`` on PATH or
in /usr/lib/postgresql/*/bin); ``bash packaging/system-deps.sh --test`` (run by .ci/run) installs them,
and .ci/run sets RECALL_DESK_REQUIRE_POSTGRES=1, which turns that skip into a failure.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SKIP_REASON = (
    "no PostgreSQL binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin: "
    "install them with `bash packaging/system-deps.sh --test` (Debian package postgresql)"
)


def find_bin_dir() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name or 0), reverse=True
    )
    for d in versions:
        if (Path(d) / "initdb").exists() and (Path(d) / "pg_ctl").exists():
            return Path(d)
    return None


@dataclass
class PgServer:
    socket_dir: Path
    user: str
    _counter: itertools.count[int]

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.socket_dir}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir), user=self.user, dbname="postgres", autocommit=True
        ) as c:
            c.execute(sql)  # type: ignore[arg-type]

    def new_database(self) -> str:
        name = f"rd_test_{os.getpid()}_{next(self._counter)}"
        self.admin(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run_as(user: str | None, cmd: list[str]) -> subprocess.CompletedProcess[str]:
    if user is not None:
        cmd = ["runuser", "-u", user, "--", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PgServer]:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        if os.environ.get("RECALL_DESK_REQUIRE_POSTGRES"):  # .ci/run: a skip there would hide a gap
            pytest.fail(SKIP_REASON)
        pytest.skip(SKIP_REASON)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.fail("PostgreSQL is installed but the psycopg driver is not: pip install -e '.[test]'")
    as_user: str | None = None
    # A short path: the server's unix socket lives here (at most 107 bytes on Linux).
    base = Path(tempfile.mkdtemp(prefix="recall-desk-pg-", dir="/tmp" if os.path.isdir("/tmp") else None))
    if os.geteuid() == 0:
        as_user = "postgres"
        pw = pwd.getpwnam(as_user)
        os.chown(base, pw.pw_uid, pw.pw_gid)
    data, log = base / "data", base / "server.log"
    initdb = [
        str(bin_dir / "initdb"),
        "-D",
        str(data),
        "-U",
        "postgres",
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--no-sync",
        "--locale=C.UTF-8",
        "--locale-provider=icu",
        "--icu-locale=en-US",
    ]
    done = _run_as(as_user, initdb)
    if done.returncode != 0:  # a server built without ICU: a libc locale that still is not "C"
        shutil.rmtree(data, ignore_errors=True)
        done = _run_as(as_user, initdb[:-2])
    if done.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"initdb failed: {done.stderr or done.stdout}")
    options = (
        f"-k {base} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c max_connections=200"
    )
    start = [
        str(bin_dir / "pg_ctl"),
        "-D",
        str(data),
        "-l",
        str(log),
        "-o",
        options,
        "-w",
        "-t",
        "60",
        "start",
    ]
    done = _run_as(as_user, start)
    if done.returncode != 0:
        detail = log.read_text(errors="replace") if log.exists() else done.stderr
        shutil.rmtree(base, ignore_errors=True)
        pytest.fail(f"the PostgreSQL server did not start: {detail}")
    try:
        yield PgServer(base, "postgres", itertools.count(1))
    finally:
        _run_as(as_user, [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(postgres_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, as an SQLAlchemy URL."""
    monkeypatch.delenv("RECALL_DESK_DB", raising=False)
    name = postgres_server.new_database()
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop_database(name)
