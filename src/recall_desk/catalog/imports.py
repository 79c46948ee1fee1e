"""Applying official recall data to the catalog: one transaction, nothing lost.

A parsed file (:mod:`recall_desk.catalog.importers`) is merged into the stored
catalog by recall key:

- a recall not stored yet is added;
- a stored one is updated only by a newer record (the source's last-published
  stamp), so importing the same file twice changes nothing;
- a recall a manager has edited is never changed by an import: the newer record
  is kept beside it (``upstream``) for the manager to compare;
- what the import could not be sure of goes to the review list.

A file with bad records is refused whole unless ``skip_bad`` is set; either way
the catalog, its review list and the check log are exactly as they were when
anything fails (the check log is never touched at all).
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection, Engine

from ..core.identifiers import model_key
from ..core.model import Recall
from .importers import ImportRecord, ImportRefused, ParsedFile, parse_bytes, read_bytes
from .importers.pool import RecordPool
from .load import RecallState, delete_recalls, insert_recalls, lock_catalog_for_write, set_meta
from .prepared import PreparedRecall
from .review import ReviewItem, apply_decisions, decided_items
from .tables import META_T, RECALL_T, REVIEW_T

_R = RECALL_T.c
_V = REVIEW_T.c


@dataclass
class ImportSummary:
    source: str
    format: str
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_edits: list[str] = field(default_factory=list)
    """Recalls a manager edited: the newer record is kept aside, the edit stays."""
    needs_review: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """Bad records left out under --skip-bad, each with why."""
    ignored: list[tuple[str, str]] = field(default_factory=list)
    version: str = ""
    published: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.format,
            "new": len(self.new),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "kept_edits": len(self.kept_edits),
            "needs_review": self.needs_review,
            "skipped": [{"record": r, "problem": p} for r, p in self.skipped],
            "ignored": len(self.ignored),
            "catalog": {"version": self.version, "published": self.published},
            "recalls": {
                "new": self.new,
                "updated": self.updated,
                "kept_edits": self.kept_edits,
            },
        }


_POOL_BYTES = 1_000_000
"""Files smaller than this are read in this process (not worth starting workers for)."""


class Cancelled(Exception):
    """The import was cancelled (from the window's progress dialog); nothing was changed."""


Progress = Callable[[int, int], bool]
"""Called with (done, total) as records are applied; returning False cancels the import."""


@dataclass(frozen=True)
class _Fresh:
    """A recall added earlier in the same file (a later duplicate is then compared with it)."""

    key: str
    source_updated: str | None
    edited: bool = False
    origin: str = ""
    notice_url: str | None = None


def _newer(incoming: str | None, stored: str | None) -> bool:
    if incoming is None:
        return False
    if stored is None:
        return True
    return incoming > stored  # ISO stamps ("2024-12-05T00:00:00") order as text


def _is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def import_file(
    engine: Engine,
    path: Path,
    fmt: str | None = None,
    *,
    skip_bad: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
) -> ImportSummary:
    """Read ``path`` and apply it.  Raises ImportRefused (nothing changed) or Cancelled.

    ``workers``: processes to read a big file's records on (default: one per processor, see
    :mod:`.importers.pool`; 0 or 1: all in this process).  The result is the same either way.

    The records are merged into the catalog as they are read (a batch at a time, in the one
    transaction of the import), so that a big file's rows are written while the workers read the
    rest; a file refused in the end (bad records, a cancel) is rolled back whole."""
    if fmt == "bundle" or (fmt is None and _is_zip(path)):
        from .bundle import import_bundle  # bundle.py builds on this module

        return import_bundle(engine, path)
    with engine.connect() as conn:  # records not newer than these are not read at all
        known = {
            r.key: r.source_updated
            for r in conn.execute(select(_R.key, _R.source_updated).where(_R.source_updated.is_not(None)))
        }
    raw = read_bytes(path)
    digest = hashlib.sha256(raw).hexdigest()[:8]
    # Workers for a big agency file start now and load the readers while this process decodes it.
    with (
        _collector_paused(),
        RecordPool(workers if len(raw) >= _POOL_BYTES else 0).start() as pool,
        engine.begin() as conn,
    ):
        lock_catalog_for_write(conn)  # two managers importing into one PostgreSQL catalog: one at a time
        merge = _Merge(conn, skip_bad=skip_bad, progress=progress)
        parsed = parse_bytes(path, raw, fmt, known, pool, sink=merge.add)
        del raw
        return merge.finish(parsed, tag=digest)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector held off while a file is parsed and applied.

    A full history is millions of objects (the parsed JSON, then every recall), made in one go and
    without reference cycles; left on, the collector walks all of them again each time enough new
    ones were made (a dozen times in a 10,000-record import, about a tenth of its time).  Reference
    counting still frees everything as usual; the collector runs again afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def apply_import(
    engine: Engine,
    parsed: ParsedFile,
    *,
    skip_bad: bool = False,
    progress: Progress | None = None,
    tag: str = "",
) -> ImportSummary:
    """Merge a file read whole into the catalog, in one transaction (see the module's rules)."""
    _refuse(parsed, skip_bad)
    with engine.begin() as conn:
        lock_catalog_for_write(conn)  # two managers importing into one PostgreSQL catalog: one at a time
        merge = _Merge(conn, skip_bad=skip_bad, progress=progress)
        merge.add(parsed, parsed.records)
        return merge.finish(parsed, tag=tag)


def _refuse(parsed: ParsedFile, skip_bad: bool) -> None:
    """Refuse a file with bad records (unless ``skip_bad``) or without any recall record."""
    if parsed.bad and not skip_bad:
        raise ImportRefused(
            parsed.source,
            [problem if problem.startswith(label) else f"{label}: {problem}" for label, problem in parsed.bad]
            + ["(--skip-bad imports the other records and lists these)"],
        )
    if not parsed.records and not parsed.ignored and not parsed.unchanged:
        raise ImportRefused(parsed.source, ["no recall records in the file"])


class _Merge:
    """One import's records merged into the catalog, a batch at a time, in the open transaction
    ``conn`` (the caller's, committed or rolled back by it).

    Each record is matched against the catalog as it was before the import (read once, at the first
    batch), so merging in batches gives what merging the whole file at once gives.  Once the file
    has a bad record and ``skip_bad`` is not set, nothing more is merged: :meth:`finish` refuses
    it, and the caller's transaction is rolled back."""

    _COLUMNS = (_R.key, _R.source_updated, _R.edited, _R.origin, _R.notice_url)

    def __init__(self, conn: Connection, *, skip_bad: bool, progress: Progress | None) -> None:
        self.conn = conn
        self.skip_bad = skip_bad
        self.progress = progress
        self.now = datetime.now(UTC).isoformat(timespec="seconds")
        self.new: list[str] = []
        self.updated: list[str] = []
        self.unchanged: list[str] = []
        self.kept_edits: list[str] = []
        self.needs_review = 0
        self.done = 0
        self.total = 0  # records the file has to read, as far as known
        self.reported = (0, 0)
        self.stored: dict[str, Any] | None = None  # the catalog before the import, by key ...
        self.by_url: dict[str, Any] = {}  # ... and by notice address (the first row with it)
        self.inserted: set[str] = set()  # keys this import has inserted

    def _read_stored(self) -> dict[str, Any]:
        stored: dict[str, Any] = {}
        for row in self.conn.execute(select(*self._COLUMNS).order_by(_R.id)):
            stored[row.key] = row
            if row.notice_url is not None:
                self.by_url.setdefault(row.notice_url, row)
        return stored

    def add(self, parsed: ParsedFile, records: Sequence[ImportRecord]) -> None:
        """Merge ``records`` (the next ones of ``parsed``, in the file's order)."""
        if parsed.bad and not self.skip_bad:
            return  # refused in the end: not worth writing
        if not records:
            return
        self.total = max(self.total, parsed.to_read, len(parsed.records))
        stored = self.stored if self.stored is not None else self._read_stored()
        self.stored = stored
        conn = self.conn
        to_insert: list[tuple[ImportRecord, RecallState]] = []
        to_replace: list[str] = []
        for record in records:
            key = record.key
            state = RecallState(origin=parsed.format, source_updated=record.updated)
            # The same recall: by key, or by its notice's address under another key (the seed's
            # hand-made keys, or the other agency's number).
            old = stored.get(key) or self.by_url.get(record.prepared.notice_url or "")
            if old is None:
                self.new.append(key)
                to_insert.append((record, state))
                stored[key] = _Fresh(key, record.updated)
            elif old.edited or old.origin == "seed":
                # A manager's edit, or the curated entry that ships with the program: kept.
                if _newer(record.updated, old.source_updated):
                    conn.execute(
                        update(RECALL_T)
                        .where(_R.key == old.key)
                        .values(upstream=record.prepared.document(), source_updated=record.updated)
                    )
                    self.kept_edits.append(old.key)
                else:
                    self.unchanged.append(old.key)
            elif _newer(record.updated, old.source_updated):
                self.updated.append(key)
                if old.key not in self.inserted:  # else its stored row is gone already
                    to_replace.append(old.key)
                to_insert.append((record, state))
            else:
                self.unchanged.append(old.key)
            self.done += 1
            if self.done % 200 == 0:
                self._report(self.done, self.total)
        reviewed = [r for r, _ in to_insert]
        decided = decided_items(conn, [r.key for r in reviewed])
        # A manager's earlier decisions hold for the newer record too.
        rows: list[tuple[Recall | PreparedRecall, RecallState]] = [
            (apply_decisions(r.recall, decided[r.key]) if r.key in decided else r.prepared, st)
            for r, st in to_insert
        ]
        delete_recalls(conn, to_replace)
        insert_recalls(conn, rows)
        self.inserted.update(r.key for r in reviewed)
        self.needs_review += _replace_review(conn, reviewed, self.now, decided)

    def _report(self, done: int, total: int) -> None:
        if self.progress is None or (done, total) == self.reported:
            return
        self.reported = (done, total)
        if not self.progress(done, total):
            raise Cancelled()

    def finish(self, parsed: ParsedFile, *, tag: str) -> ImportSummary:
        """Refuse the file or stamp the catalog with it; the summary of what the import did."""
        _refuse(parsed, self.skip_bad)
        if parsed.records:  # the last step: what is left is saving
            self._report(len(parsed.records), len(parsed.records))
        summary = ImportSummary(
            parsed.source,
            parsed.format,
            new=self.new,
            updated=self.updated,
            unchanged=list(parsed.unchanged) + self.unchanged,
            kept_edits=self.kept_edits,
            needs_review=self.needs_review,
            skipped=list(parsed.bad),
            ignored=list(parsed.ignored),
        )
        summary.version, summary.published = _stamp(self.conn, parsed, tag)
        return summary


def _replace_review(
    conn: Connection, records: list[ImportRecord], now: str, decided: dict[str, list[ReviewItem]]
) -> int:
    """The pending review items of these recalls become what this import found; decided ones stay,
    and a finding already decided is not asked again."""
    keys = [r.key for r in records]
    for start in range(0, len(keys), 5_000):
        chunk = keys[start : start + 5_000]
        conn.execute(delete(REVIEW_T).where(_V.recall_key.in_(chunk), _V.status == "pending"))
    rows = [
        {
            "recall_key": r.key,
            "product": f.product,
            "kind": f.kind,
            "value": f.value,
            "confidence": f.confidence,
            "sentence": f.sentence[:2_000],
            "reason": f.reason[:500],
            "status": "pending",
            "created": now,
        }
        for r in records
        for f in r.review
        if not any(
            d.kind == f.kind and d.product == f.product and _same(d.value, f.value)
            for d in decided.get(r.key, [])
        )
    ]
    for start in range(0, len(rows), 5_000):
        conn.execute(insert(REVIEW_T), rows[start : start + 5_000])
    return len(rows)


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if "number" in a and "number" in b:
        return model_key(str(a["number"])) == model_key(str(b["number"]))
    return a == b


def _stamp(conn: Connection, parsed: ParsedFile, tag: str) -> tuple[str, str]:
    """The catalog is as current as the newest record it holds: its publish date moves forward
    (never back), and its version names the import."""
    meta = {k: v for k, v in conn.execute(select(META_T.c.key, META_T.c.value))}
    published = meta.get("published") or ""
    newest = parsed.newest
    if newest and newest > published:
        published = newest
    if not published:
        published = date.today().isoformat()
    version = f"{published.replace('-', '.')}-{parsed.format}{'-' + tag if tag else ''}"
    set_meta(conn, {"version": version, "published": published, "source": parsed.source})
    return version, published


def save_edit(engine: Engine, recall: Recall) -> None:
    """A manager's version of a recall (the catalog editor): stored as edited, so that imports keep it."""
    with engine.begin() as conn:
        lock_catalog_for_write(conn)
        columns = (_R.origin, _R.source_updated, _R.upstream)
        old = conn.execute(select(*columns).where(_R.key == recall.key)).first()
        delete_recalls(conn, [recall.key])
        state = RecallState(
            origin=old.origin if old is not None else "manager",
            source_updated=old.source_updated if old is not None else None,
            edited=True,
            upstream=old.upstream if old is not None else None,
        )
        insert_recalls(conn, [(recall, state)])
