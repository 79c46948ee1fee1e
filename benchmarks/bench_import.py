"""Importing a full CPSC history: the issue's goal is under 5 s for about 10,000 records (27 MB).

    python benchmarks/bench_import.py [--file benchmarks/out/cpsc_full.json] [--runs 3]

Make the file first with benchmarks/generate_cpsc.py. Each run starts from a fresh SQLite catalog
holding the bundled seed (what a counter has), then times `recall-desk import FILE` as the program
runs it (`import_file`: read, parse, extract models and rules, merge, one transaction, commit), and
then the same file again (every record unchanged).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from recall_desk.catalog.imports import import_file
from recall_desk.catalog.service import Catalog


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--file", type=Path, default=Path(__file__).parent / "out" / "cpsc_full.json")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.file.exists():
        raise SystemExit(f"{args.file} does not exist: run benchmarks/generate_cpsc.py first")
    first: list[float] = []
    again: list[float] = []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            catalog = Catalog.open(Path(tmp) / "catalog.sqlite3")
            start = time.perf_counter()
            summary = import_file(catalog.engine, args.file)
            first.append(time.perf_counter() - start)
            start = time.perf_counter()
            repeat = import_file(catalog.engine, args.file)
            again.append(time.perf_counter() - start)
            info = catalog.info()
            catalog.close()
        print(
            f"run {run + 1}: import {first[-1]:.2f} s ({len(summary.new):,} new, {summary.needs_review:,} "
            f"to review, {len(summary.skipped)} skipped); again {again[-1]:.2f} s "
            f"({len(repeat.unchanged):,} unchanged); catalog {info.recalls:,} recalls, {info.models:,} models"
        )
    size = args.file.stat().st_size / 1e6
    print(
        f"file {args.file.name}: {size:.1f} MB; median import {statistics.median(first):.2f} s, "
        f"median re-import {statistics.median(again):.2f} s; goal < 5 s: "
        f"{'met' if statistics.median(first) < 5 else 'NOT met'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
