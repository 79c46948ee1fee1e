"""Importing a full CPSC history: the issue's goal is under 5 s for about 10,000 records (27 MB).

    python benchmarks/bench_import.py [--file benchmarks/out/cpsc_full.json] [--runs 3] [--stages]

Make the file first with benchmarks/generate_cpsc.py. Each run starts from a fresh SQLite catalog
holding the bundled seed (what a counter has), then times `recall-desk import FILE` as the program
runs it (`import_file`: read, parse, extract models and rules, merge, one transaction, commit; a big
file's records are read in worker processes, one per processor unless `--workers` says, and merged
as they come back), and
then the same file again (every record unchanged). It prints the best and the median of the runs,
the load average before the first run (other work on the machine slows every figure), and the peak
resident memory of the process.

`--stages` then times the parts of one more import separately, in this one process (reading the
file, the JSON, extraction alone, parsing with extraction, validation and the rows prepared, the
transaction), each with its CPU time beside the wall time: where the time goes, not what the clerk
waits (no worker processes, and the collector pause of `import_file` is not applied there).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# The program's modules are imported inside the functions: the import's worker processes are
# started with "spawn" and import this script again (as __mp_main__), which must stay as light as
# the program's own entry (recall_desk.cli) is for them.


def _stages(path: Path) -> None:
    from recall_desk.catalog.importers import cpsc, read_bytes
    from recall_desk.catalog.imports import apply_import
    from recall_desk.catalog.service import Catalog
    from recall_desk.core.extract import extract

    def clock() -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    def show(name: str, start: tuple[float, float]) -> tuple[float, float]:
        now = clock()
        print(f"  {name:32s} wall {now[0] - start[0]:6.2f} s, CPU {now[1] - start[1]:6.2f} s")
        return now

    print("stages of one more import:")
    t = clock()
    raw = read_bytes(path)
    t = show("read the file", t)
    data: list[Any] = json.loads(raw)
    t = show("JSON", t)
    for record in data:  # what cpsc.parse_record extracts from, for a record with one product
        products = [p for p in record.get("Products") or [] if isinstance(p, dict)]
        names = [p.get("Name") or "" for p in products] or [record.get("Title") or ""]
        extract(record.get("Description") or "", *names, record.get("Title") or "")
    t = show("extraction alone", t)
    parsed = cpsc.parse(data, str(path))
    t = show("parse (+ validation, rows made)", t)
    with tempfile.TemporaryDirectory() as tmp:
        catalog = Catalog.open(Path(tmp) / "catalog.sqlite3")
        t = clock()
        apply_import(catalog.engine, parsed)
        show("transaction (apply_import)", t)
        catalog.close()


def _children_cpu() -> float:
    """CPU time of the ended child processes (the workers of the imports so far)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def main() -> int:
    from recall_desk.catalog.imports import import_file
    from recall_desk.catalog.service import Catalog

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--file", type=Path, default=Path(__file__).parent / "out" / "cpsc_full.json")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="then time the parts of one more import")
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes reading the records (default: the program's, one per processor; 0: none)",
    )
    args = parser.parse_args()
    if not args.file.exists():
        raise SystemExit(f"{args.file} does not exist: run benchmarks/generate_cpsc.py first")
    load = os.getloadavg()
    print(f"load average before the runs: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} CPUs)")
    first: list[float] = []
    again: list[float] = []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            catalog = Catalog.open(Path(tmp) / "catalog.sqlite3")
            children = _children_cpu()
            cpu = time.process_time()
            start = time.perf_counter()
            summary = import_file(catalog.engine, args.file, workers=args.workers)
            first.append(time.perf_counter() - start)
            cpu = time.process_time() - cpu
            children = _children_cpu() - children
            start = time.perf_counter()
            repeat = import_file(catalog.engine, args.file, workers=args.workers)
            again.append(time.perf_counter() - start)
            info = catalog.info()
            catalog.close()
        print(
            f"run {run + 1}: import {first[-1]:.2f} s ({len(summary.new):,} new, {summary.needs_review:,} "
            f"to review, {len(summary.skipped)} skipped); again {again[-1]:.2f} s "
            f"({len(repeat.unchanged):,} unchanged); catalog {info.recalls:,} recalls, {info.models:,} "
            f"models; CPU of the import: this process {cpu:.2f} s, the workers {children:.2f} s"
        )
    size = args.file.stat().st_size / 1e6
    median = statistics.median(first)
    print(
        f"file {args.file.name}: {size:.1f} MB; import best {min(first):.2f} s, median {median:.2f} s; "
        f"re-import best {min(again):.2f} s, median {statistics.median(again):.2f} s; "
        f"goal < 5 s: {'met' if median < 5 else 'NOT met'} (median)"
    )
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1e6 if sys.platform == "darwin" else 1e3
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    # (Not the workers' peak memory: a spawned worker is forked before it runs the interpreter anew,
    # and ru_maxrss counts this process's pages it shared for that instant.)
    print(
        f"peak resident memory of this process: {peak:.0f} MB; CPU time of the worker processes, all "
        f"runs: {workers.ru_utime + workers.ru_stime:.1f} s"
    )
    if args.stages:
        _stages(args.file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
