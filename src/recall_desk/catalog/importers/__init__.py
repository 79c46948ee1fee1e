"""Official recall data in: files as the agencies publish them, read into catalog recalls.

Each reader turns a file into a :class:`ParsedFile`: the recalls it could read
(validated :class:`~recall_desk.core.model.Recall` objects, each with what the
import could not be sure of, for review) and the records it could not, each
named with its problem.  Nothing here touches the database: applying a parsed
file is :func:`recall_desk.catalog.imports.apply_import`, in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...core.model import Recall
from ..errors import CatalogLoadError
from ..prepared import PreparedRecall, prepare

if TYPE_CHECKING:
    from .pool import RecordPool

MAX_IMPORT_BYTES = 256 * 1024 * 1024
"""Larger files are refused before they are read: the whole CPSC history is about 27 MB."""
FORMATS = ("cpsc", "healthcanada", "bundle")


class ImportRefused(CatalogLoadError):
    """The file was refused whole; nothing was changed.  ``problems`` names each record and why."""


@dataclass(frozen=True)
class ReviewFinding:
    """Read from a notice, but not sure enough to go in the catalog without a manager."""

    product: int
    kind: str  # "model", "serial_rule", "gtin", "no_model"
    value: dict[str, Any]
    confidence: float
    sentence: str
    reason: str


@dataclass(frozen=True)
class ImportRecord:
    label: str
    """How the record is named in messages: "record 12 (CPSC 25-466)"."""
    prepared: PreparedRecall
    """The validated recall as the catalog stores it."""
    updated: str | None
    """The source's last-published stamp, compared to decide whether it updates a stored recall."""
    review: tuple[ReviewFinding, ...] = ()

    @classmethod
    def of(
        cls, label: str, recall: Recall, updated: str | None, review: tuple[ReviewFinding, ...] = ()
    ) -> ImportRecord:
        """The record of a validated recall.  Only its prepared rows are kept (a full history is
        ten thousand records: the Recall objects beside them would be 50 MB more)."""
        return cls(label, prepare(recall), updated, review)

    @property
    def key(self) -> str:
        return self.prepared.key

    @cached_property
    def recall(self) -> Recall:
        """The recall, read again from its prepared document (where a manager's decisions apply)."""
        return Recall.from_dict(self.label, self.prepared.document())


SINK_BATCH = 500
"""Records given to a :attr:`ParsedFile.sink` at a time."""
Sink = Callable[["ParsedFile", list[ImportRecord]], None]
"""Takes (the file being read, the next records read from it)."""


@dataclass
class ParsedFile:
    source: str
    format: str
    records: list[ImportRecord] = field(default_factory=list)
    bad: list[tuple[str, str]] = field(default_factory=list)
    """(record label, problem) for each record that could not be read."""
    ignored: list[tuple[str, str]] = field(default_factory=list)
    """(record label, why) for records that are fine but not for a counter (food, vehicles)."""
    unchanged: list[str] = field(default_factory=list)
    """Keys of records not read because the catalog already has them, as new or newer."""
    to_read: int = 0
    """How many records the reader is reading (set before they are read: a progress total)."""
    sink: Sink | None = field(default=None, repr=False, compare=False)
    """Given the records as they are read, in batches of :data:`SINK_BATCH` (the last when the
    reader is done): an import merges them while the rest are still being read."""
    _pending: list[ImportRecord] = field(default_factory=list, repr=False, compare=False)

    def add(self, record: ImportRecord) -> None:
        """A record read (the readers' way to add one)."""
        self.records.append(record)
        if self.sink is not None:
            self._pending.append(record)
            if len(self._pending) >= SINK_BATCH:
                self.flush()

    def flush(self) -> None:
        """Give the sink the records it has not had yet (a reader calls this when it is done)."""
        if self.sink is not None and self._pending:
            batch, self._pending = self._pending, []
            self.sink(self, batch)

    @property
    def newest(self) -> str | None:
        dates = [r.updated[:10] for r in self.records if r.updated] + [
            r.prepared.date for r in self.records if r.prepared.date and len(r.prepared.date) == 10
        ]
        return max(dates) if dates else None


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportRefused(str(path), [f"cannot read the file: {exc.strerror}"]) from None
    if path.is_dir():
        raise ImportRefused(str(path), ["is a folder, not a file"])
    if size > MAX_IMPORT_BYTES:
        raise ImportRefused(
            str(path), [f"{size:,} bytes, more than the {MAX_IMPORT_BYTES:,} a recall file can be"]
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportRefused(str(path), [f"cannot read the file: {exc.strerror}"]) from None


def decode_text(path: Path, raw: bytes) -> str:
    """UTF-8 (with or without a byte-order mark)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(str(path), [f"not UTF-8 text (byte {exc.start:,})"]) from None


def load_json(path: Path, text: str) -> Any:
    if not text.strip():
        raise ImportRefused(str(path), ["the file is empty"])
    try:
        return json.loads(text)
    except RecursionError:
        raise ImportRefused(str(path), ["not recall data: the JSON is nested too deeply"]) from None
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) - 1 or exc.msg.startswith("Unterminated string"):
            problem = f"the JSON ends early at line {exc.lineno} (a truncated or partly copied file?)"
        else:
            problem = f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
        raise ImportRefused(str(path), [problem]) from None


def detect_format(path: Path, raw: bytes) -> str:
    """ "cpsc" for the CPSC API's JSON, "healthcanada" for the open data JSON or CSV."""
    head = raw[:65_536].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"PK"):
        return "bundle"
    if head.startswith((b"[", b"{")):
        sample = head[:8_192]
        if b'"RecallID"' in sample or b'"RecallNumber"' in sample:
            return "cpsc"
        if b'"NID"' in sample or b'"Recall class"' in sample or b'"Last updated"' in sample:
            return "healthcanada"
        # Say what is wrong with the JSON itself first (truncated, nested too deeply...).
        load_json(path, decode_text(path, raw))
        raise ImportRefused(
            str(path),
            [
                "JSON, but neither CPSC recalls (RecallID, RecallNumber) nor Health Canada recalls (NID): "
                "name the format with --format"
            ],
        )
    first_line = head.split(b"\n", 1)[0]
    if b"NID" in first_line and (b"," in first_line or b";" in first_line or b"\t" in first_line):
        return "healthcanada"
    raise ImportRefused(str(path), ["not recall data: neither JSON nor a Health Canada CSV file"])


def read_file(
    path: Path, fmt: str | None = None, known: Mapping[str, str | None] | None = None
) -> ParsedFile:
    """Read and parse a recall file (the format detected unless given).  Raises ImportRefused."""
    return parse_bytes(path, read_bytes(path), fmt, known)


def parse_bytes(
    path: Path,
    raw: bytes,
    fmt: str | None = None,
    known: Mapping[str, str | None] | None = None,
    pool: RecordPool | None = None,
    sink: Sink | None = None,
) -> ParsedFile:
    """Parse the bytes of a recall file read from ``path`` (named in messages), as :func:`read_file`;
    ``pool``: worker processes for a file of many records (:mod:`.pool`); ``sink``: given the
    records in batches as they are read (:attr:`ParsedFile.sink`)."""
    from . import cpsc, healthcanada

    fmt = fmt or detect_format(path, raw)
    if fmt == "bundle":
        raise ImportRefused(str(path), ["a catalog bundle: import it with import_file, not read_file"])
    if fmt not in FORMATS:
        raise ImportRefused(str(path), [f"unknown format {fmt!r}: this version reads {', '.join(FORMATS)}"])
    text = decode_text(path, raw)
    if fmt == "cpsc":
        return cpsc.parse(load_json(path, text), str(path), known, pool, sink)
    if text.lstrip().startswith(("[", "{")):
        return healthcanada.parse_json(load_json(path, text), str(path), pool, sink)
    return healthcanada.parse_csv(text, str(path), pool, sink)
