"""tests/pg.py: the PostgreSQL tests are skipped only when there is no PostgreSQL to run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import pg

ROOT = Path(__file__).resolve().parents[1]


def test_no_binaries_means_no_bin_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg.shutil, "which", lambda _name: None)
    monkeypatch.setattr(pg.glob, "glob", lambda _pattern: [])
    assert pg.find_bin_dir() is None
    assert "no PostgreSQL binaries" in pg.SKIP_REASON


def test_without_binaries_the_postgres_tests_skip_saying_why(tmp_path: Path) -> None:
    plugin = tmp_path / "no_pg_here.py"
    plugin.write_text("import pg\npg.find_bin_dir = lambda: None\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": f"{tmp_path}:{ROOT / 'tests'}", "RECALL_DESK_REQUIRE_POSTGRES": ""}
    argv = ["-q", "-rs", "-p", "no_pg_here", "-p", "no:randomly", "-p", "no:cacheprovider"]
    target = "tests/test_postgres.py::test_the_server_collation_is_not_c"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *argv, target],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout and "no PostgreSQL binaries" in done.stdout, done.stdout
