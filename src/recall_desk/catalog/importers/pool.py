"""Reading a big recall file's records on every processor.

Each record of an agency file is read on its own (extracting models and serial rules from its prose,
validating the recall, preparing its rows: most of an import's time), so a file of thousands of
records is shared out to worker processes in chunks, and what they send back is put together in the
file's order: the result is exactly what reading the records one by one gives.

Workers are started with "spawn" (a fresh interpreter: safe beside the window's threads, and the same
on every platform, the frozen program included, which calls ``multiprocessing.freeze_support``).
They are started before the file is decoded, so that they load the readers while it is.  A file of
fewer than :data:`PARALLEL_MIN` records, a machine with fewer than :data:`MIN_PROCESSORS` processors
(unless workers are asked for), or a pool that cannot start or breaks is read in this process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Any

from ...core.model import CatalogFormatError
from . import ImportRecord

PARALLEL_MIN = 400
"""Files with fewer records to read are read in this process: starting workers costs more."""
CHUNK = 250
"""Records per task sent to a worker."""
MAX_WORKERS = 8

Outcome = tuple[str, Any]
"""("ok", ImportRecord), ("none", None) for a record that is not a recall, ("bad", problem)."""


def _reader(fmt: str) -> Callable[[Any, str], ImportRecord | None]:
    if fmt == "cpsc":
        from .cpsc import parse_record

        return parse_record
    if fmt == "healthcanada":
        from .healthcanada import parse_record as hc_parse

        return hc_parse
    raise ValueError(f"no reader for {fmt!r}")


def read_records(fmt: str, items: Sequence[tuple[Any, str]]) -> list[Outcome]:
    """Read each (record, label) with the format's ``parse_record``."""
    parse = _reader(fmt)
    out: list[Outcome] = []
    for record, label in items:
        try:
            item = parse(record, label)
        except CatalogFormatError as exc:
            out.append(("bad", str(exc)))
            continue
        if item is None:
            out.append(("none", None))
        else:
            out.append(("ok", item))
    return out


def _worker_start() -> None:
    # A worker lives for one import and makes no reference cycles worth collecting (see
    # imports._collector_paused).
    gc.disable()


def _worker_chunk(fmt: str, items: Sequence[tuple[Any, str]]) -> list[Outcome]:
    return read_records(fmt, items)


def _ready() -> bool:
    from . import cpsc, healthcanada  # noqa: F401  (loaded now, while the main process reads the file)

    return True


MIN_PROCESSORS = 2
"""Below this many processors the records are read in this process by default.  Measured on this
project's 2-processor machine (benchmarks/README.md): a full CPSC history took 9.2-9.8 s with two
workers against 12.8-14.8 s without when the machine was otherwise idle, as a counter is when its
manager imports; with other work keeping both processors busy it took 21 s against 15-16 s
(``--workers 0`` reads in this process)."""


def default_workers() -> int:
    """One worker per processor available (at most :data:`MAX_WORKERS`); none below :data:`MIN_PROCESSORS`."""
    try:
        available = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        available = os.cpu_count() or 1
    return min(available, MAX_WORKERS) if available >= MIN_PROCESSORS else 0


class RecordPool:
    """Worker processes for :func:`read_records`; a context manager that stops them on exit.

    ``workers``: how many (default: :func:`default_workers`); fewer than two means none (everything
    is read in this process)."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = default_workers() if workers is None else workers
        self._executor: ProcessPoolExecutor | None = None
        self._warm: list[Future[bool]] = []
        self._used = False

    def start(self) -> RecordPool:
        """Start the workers now (each loads the readers in the background)."""
        if self.workers < 2 or self._executor is not None:
            return self
        try:
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_start
            )
            self._warm = [self._executor.submit(_ready) for _ in range(self.workers)]
        except (OSError, RuntimeError, ValueError):
            self.close()
        return self

    def read(self, fmt: str, items: Sequence[tuple[Any, str]]) -> list[Outcome]:
        """:func:`read_records` of ``items``, in order: shared out to the workers when there are
        enough of them, else (or if the pool breaks) read here."""
        if self._executor is None and len(items) >= PARALLEL_MIN:
            self.start()
        if self._executor is None or len(items) < PARALLEL_MIN:
            return read_records(fmt, items)
        chunks = [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]
        self._used = True
        try:
            futures = [self._executor.submit(_worker_chunk, fmt, chunk) for chunk in chunks]
            out: list[Outcome] = []
            for future in futures:
                out.extend(future.result())
            return out
        except (BrokenProcessPool, OSError, RuntimeError):
            # A worker died (killed, out of memory) or could not start: read everything here.
            self.close()
            return read_records(fmt, items)

    def close(self) -> None:
        """Stop the workers: waited for if they read anything, else left to finish starting and
        exit on their own (a file with nothing new to read does not wait for them)."""
        executor, self._executor = self._executor, None
        self._warm = []
        if executor is not None:
            executor.shutdown(wait=self._used, cancel_futures=True)

    def __enter__(self) -> RecordPool:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
