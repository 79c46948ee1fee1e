"""Reading a big recall file's records on every processor.

Each record of an agency file is read on its own (extracting models and serial rules from its prose,
validating the recall, preparing its rows: most of an import's time), so a file of thousands of
records is shared out to worker processes in chunks, and what they send back is put together in the
file's order: the result is exactly what reading the records one by one gives.

Workers are started with "spawn" (a fresh interpreter: safe beside the window's threads, and the same
on every platform, the frozen program included, which calls ``multiprocessing.freeze_support``).
They are started before the file is decoded, so that they load the readers while it is.  A file of
fewer than :data:`PARALLEL_MIN` records, a machine with fewer than :data:`MIN_PROCESSORS` processors
(unless workers are asked for), or a pool that cannot start is read in this process; so are the
records left when a worker dies (killed, out of memory).

Each worker has a pipe of its own for its chunks and one for its results.  A thread here sends each
worker its next chunk as it takes the last (so no worker waits for work, and the faster one reads
more), and this thread reads the results: a worker that dies, even halfway through sending, closes
its pipes, and the reading here sees that at once (``concurrent.futures.ProcessPoolExecutor`` shares
one result pipe between its workers and waits forever for the rest of a result whose sender was
killed).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ...core.model import CatalogFormatError
from . import ImportRecord

if TYPE_CHECKING:
    from multiprocessing.context import SpawnProcess

Task = tuple[int, str, Sequence[tuple[Any, str]]]
"""(the chunk's number, the format, its (record, label) pairs)."""

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
    return list(iter_records(fmt, items))


def iter_records(fmt: str, items: Sequence[tuple[Any, str]]) -> Iterator[Outcome]:
    """:func:`read_records`, one record at a time."""
    parse = _reader(fmt)
    for record, label in items:
        try:
            item = parse(record, label)
        except CatalogFormatError as exc:
            yield ("bad", str(exc))
            continue
        if item is None:
            yield ("none", None)
        else:
            yield ("ok", item)


def _serve(tasks: Connection, results: Connection) -> None:
    """A worker: read the chunks that come on ``tasks`` and send what they give on ``results``."""
    # A worker lives for one import and makes no reference cycles worth collecting (see
    # imports._collector_paused).
    gc.disable()
    from . import cpsc, healthcanada  # noqa: F401  (loaded now, while the main process reads the file)

    while True:
        try:
            index, fmt, items = tasks.recv()
        except EOFError:  # the pool is closed
            return
        results.send((index, read_records(fmt, items)))


class _Worker:
    """A worker process and this process's ends of its two pipes."""

    def __init__(self, context: Any) -> None:
        task_out, self.tasks = context.Pipe(duplex=False)
        self.results, result_in = context.Pipe(duplex=False)
        self.process: SpawnProcess = context.Process(target=_serve, args=(task_out, result_in), daemon=True)
        try:
            self.process.start()
        finally:
            # The worker's ends: when it dies, its pipes are closed (no other process holds them).
            task_out.close()
            result_in.close()

    def feed(self, next_task: Callable[[], Task | None]) -> None:
        """Send the worker chunks until there are none left (a thread of its own: a send waits
        until the worker takes the chunk, that is, until it is done with the one before)."""
        while (task := next_task()) is not None:
            try:
                self.tasks.send(task)
            except OSError:  # the worker died, or the pool was closed
                return

    def stop(self) -> None:
        """End the process (a chunk being sent to it then fails: see :meth:`feed`)."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()

    def close(self) -> None:
        self.tasks.close()
        self.results.close()
        self.process.close()


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
        self._workers: list[_Worker] = []
        self._feeders: list[threading.Thread] = []

    @property
    def running(self) -> bool:
        """Whether the workers have been started (and not stopped)."""
        return bool(self._workers)

    def start(self) -> RecordPool:
        """Start the workers now (each loads the readers in the background)."""
        if self.workers < 2 or self._workers:
            return self
        context = multiprocessing.get_context("spawn")
        try:
            for _ in range(self.workers):
                self._workers.append(_Worker(context))
        except (OSError, RuntimeError, ValueError):
            self.close()
        return self

    def read(self, fmt: str, items: Sequence[tuple[Any, str]]) -> Iterator[Outcome]:
        """:func:`read_records` of ``items``, in order, each as soon as it is read (the reader
        merges them into the catalog while the workers read the rest): shared out to the workers
        when there are enough of them, else (or from where a worker dies) read here."""
        if not self._workers and len(items) >= PARALLEL_MIN:
            self.start()
        if not self._workers or len(items) < PARALLEL_MIN:
            yield from iter_records(fmt, items)
            return
        starts = range(0, len(items), CHUNK)
        tasks = iter([(index, fmt, items[start : start + CHUNK]) for index, start in enumerate(starts)])
        lock = threading.Lock()

        def next_task() -> Task | None:
            with lock:
                return next(tasks, None)

        self._feeders = [
            threading.Thread(target=w.feed, args=(next_task,), daemon=True) for w in self._workers
        ]
        for feeder in self._feeders:
            feeder.start()
        done: dict[int, list[Outcome]] = {}
        for index, start in enumerate(starts):
            while index not in done and self._collect(done):
                pass
            if index not in done:  # a worker died: the rest is read here
                self.close()
                yield from iter_records(fmt, items[start:])
                return
            yield from done.pop(index)

    def _collect(self, done: dict[int, list[Outcome]]) -> bool:
        """Wait for the workers' next chunks and put them in ``done``; False if a worker died."""
        ready = wait([w.results for w in self._workers] + [w.process.sentinel for w in self._workers])
        died = False
        for conn in ready:
            if not isinstance(conn, Connection):
                died = True  # its process ended: whatever it sent first is read all the same
                continue
            try:
                index, outcomes = conn.recv()
            except (EOFError, OSError):
                return False
            done[index] = outcomes
        return not died

    def close(self) -> None:
        """Stop the workers (at once: whatever they were still reading is not wanted)."""
        workers, self._workers = self._workers, []
        feeders, self._feeders = self._feeders, []
        for worker in workers:
            worker.stop()
        for feeder in feeders:
            feeder.join()
        for worker in workers:
            worker.close()

    def __enter__(self) -> RecordPool:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
