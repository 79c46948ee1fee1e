"""Shared test fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from recall_desk.catalog.service import Catalog


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
