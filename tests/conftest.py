"""Shared test fixtures."""

from __future__ import annotations

import os

# Qt needs a platform; without a display it aborts.  Set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface follows the system's language unless a setting says otherwise: the tests read
# English wherever they run (the language tests switch it themselves).
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from recall_desk.catalog.service import Catalog


@pytest.fixture(autouse=True, scope="session")
def _widgets_application(qapp: object) -> None:
    """The session's QApplication, made before any test runs.  The command line run in-process (a
    slip, a PDF) makes a QGuiApplication when there is none, and every widget test after that one
    would abort ("Cannot create a QWidget without QApplication"): test_postgres.py, then
    test_catalog_ui.py, on their own, did."""


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh catalog file; RECALL_DESK_DB is cleared so nothing reaches the user's own catalog."""
    monkeypatch.delenv("RECALL_DESK_DB", raising=False)
    return tmp_path / "catalog.sqlite3"


@pytest.fixture
def catalog(db_path: Path) -> Iterator[Catalog]:
    """The bundled seed catalog, created on first use in a fresh file."""
    cat = Catalog.open(db_path)
    yield cat
    cat.close()


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The window's settings in a fresh file, never the user's own."""
    path = tmp_path / "recall-desk.ini"
    monkeypatch.setenv("RECALL_DESK_SETTINGS", str(path))
    return path


# --- Hypothesis profiles (property tests of the pure core) ---------------------------------------
# "ci" is loaded by default: no per-example deadline (shared machines stall) and a number of
# examples that keeps the property tests well under a minute.  HYPOTHESIS_PROFILE=dev is quicker,
# HYPOTHESIS_PROFILE=thorough is for long local runs.

settings.register_profile("ci", deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, max_examples=25)
settings.register_profile("thorough", deadline=None, max_examples=2_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


# --- PostgreSQL (tests marked "postgres"): a real server per session, a fresh database per test ----
from pg import pg_url, postgres_server  # noqa: E402, F401

# --- Languages: the pseudo-locale (tests/i18n_check.py) --------------------------------------------


@pytest.fixture(scope="session")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The pseudo-locale's compiled catalogs (every message marked ⟦…⟧ and 35 % longer)."""
    from i18n_check import build_pseudo_qm, lrelease

    return build_pseudo_qm(tmp_path_factory.mktemp("pseudo-locale"), lrelease())


@pytest.fixture
def pseudo_locale(qapp: object, pseudo_qm: list[str]) -> Iterator[None]:
    """The interface in the pseudo-locale for one test, English again afterwards."""
    from recall_desk.ui import i18n

    assert i18n.set_language("pseudo", extra_qm=pseudo_qm)
    yield
    i18n.set_language("en")


@pytest.fixture
def translations() -> None:
    """resources/i18n/*.qm built from the .ts sources now, as the wheel build does."""
    from i18n_check import compile_translations

    compile_translations()
