"""The one way to reach bundled files, from a source tree, an installed wheel or a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder holding ``catalog/seed.json`` (and, later, pictures and translations)."""
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "resources")  # installed wheel (force-included)
    candidates.append(here.parent.parent / "resources")  # source tree / editable install
    for path in candidates:
        if (path / "catalog").is_dir():
            return path
    raise FileNotFoundError(
        "Recall Desk's resources folder is missing; looked in " + ", ".join(str(p) for p in candidates)
    )


def resource(*parts: str) -> Path:
    """Path of a bundled file, e.g. ``resource("catalog", "seed.json")``."""
    return resources_dir().joinpath(*parts)
