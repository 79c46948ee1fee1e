"""The folder of pictures a manager adds to the catalog (photos of a device's labels).

A photo is stored once, named by its SHA-256, in ``<pictures folder>/store/`` and
is referenced from the catalog as ``"store/<sha256>.<ext>"``.  The pictures
folder sits beside the catalog: for a SQLite file, a ``pictures`` folder next to
the database file; for any other database (PostgreSQL for a chain), the user's
data folder.  No Qt here: checking that the bytes are a picture is the window's
part (it has the image readers).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

STORE = "store"
"""The first part of a stored picture's catalog path ("store/<sha256>.png")."""
MAX_PICTURE_BYTES = 20 * 1024 * 1024
"""A photo larger than this is refused (a label photo needs a fraction of it)."""
SUFFIXES = {"png": ".png", "jpeg": ".jpg"}
"""The photo formats the catalog takes, and the suffix a stored one gets."""


def pictures_folder(engine: Engine | None) -> Path:
    """The folder that stored pictures' catalog paths are relative to."""
    if engine is not None and engine.url.get_backend_name() == "sqlite":
        database = engine.url.database
        if database and database != ":memory:" and not database.startswith("file:"):
            return Path(database).expanduser().resolve().parent / "pictures"
    import platformdirs

    # The same application folder as the default catalog (catalog.db.APP_NAME).
    return platformdirs.user_data_path("recall-desk", appauthor=False) / "pictures"


def stored_path(folder: Path, file: str) -> Path | None:
    """Where the catalog path ``file`` ("store/<sha>.png") lives under ``folder``; None when ``file``
    is not a stored picture's path (bundled pictures are found among the resources)."""
    parts = file.replace("\\", "/").split("/")
    if len(parts) != 2 or parts[0] != STORE or parts[1] in ("", ".", ".."):
        return None
    return folder / STORE / parts[1]


def is_store_name(name: str) -> bool:
    """``store/<file name>`` with a plain name: nothing that could climb out of the folder (bundles)."""
    parts = name.split("/")
    return (
        len(parts) == 2
        and parts[0] == STORE
        and 0 < len(parts[1]) <= 120
        and parts[1] not in (".", "..")
        and parts[1][0] != "."
        and all(c.isascii() and (c.isalnum() or c in "._-") for c in parts[1])
    )


def picture_kind(data: bytes) -> str | None:
    """ "png" or "jpeg" when the bytes are such a picture by signature and end marker, else None.
    (A catalog bundle's pictures are checked here; the window also decodes a photo it adds.)"""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png" if b"IEND" in data[-32:] else None
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg" if data.rstrip(b"\0").endswith(b"\xff\xd9") else None
    return None


class PictureTooLarge(ValueError):
    """A photo over :data:`MAX_PICTURE_BYTES`."""


def store_picture(folder: Path, data: bytes, kind: str) -> str:
    """Keep ``data`` (a picture already checked to be of ``kind``, "png" or "jpeg") in the store
    under ``folder`` and return its catalog path.  The same photo added twice is stored once; a
    file is written whole or not at all."""
    if kind not in SUFFIXES:
        raise ValueError(f"{kind!r} is not one of {', '.join(SUFFIXES)}")
    if len(data) > MAX_PICTURE_BYTES:
        raise PictureTooLarge(f"{len(data):,} bytes, more than the {MAX_PICTURE_BYTES:,} a photo can be")
    name = hashlib.sha256(data).hexdigest() + SUFFIXES[kind]
    store = folder / STORE
    target = store / name
    if target.is_file() and target.stat().st_size == len(data):
        return f"{STORE}/{name}"
    store.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=store, prefix=".adding-", suffix=SUFFIXES[kind])
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return f"{STORE}/{name}"
