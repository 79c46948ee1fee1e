"""How long a slip takes to make once warm: the slip's content from a check (core/slip.py) and its PDF
(QPainter on QPdfWriter, written to a file), per paper; and the ESC/POS bytes of an 80 mm slip.

    .venv/bin/python benchmarks/bench_slip.py [--runs 200] [--warmup 20] [--json FILE]

The goal: a PDF slip in under 150 ms (p99) once warm.  The check itself (catalog.check) is done once
beforehand and not timed: it is the check benchmark's business (bench_search.py).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from recall_desk.catalog.checklog import CheckLog
from recall_desk.catalog.service import Catalog
from recall_desk.core.slip import StoreInfo, make_slip
from recall_desk.ui.escpos_out import write_escpos_file
from recall_desk.ui.slip_render import PAPERS, render_pdf


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def measure(fn: Callable[[], object], runs: int, warmup: int) -> dict[str, float]:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        fn()
        times.append((time.perf_counter_ns() - start) / 1e6)
    return {
        "runs": runs,
        "p50_ms": round(percentile(times, 50), 2),
        "p99_ms": round(percentile(times, 99), 2),
        "max_ms": round(max(times), 2),
        "mean_ms": round(statistics.fmean(times), 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    _app = QGuiApplication([])
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        catalog = Catalog.open(folder / "bench.sqlite3")
        try:
            result = catalog.check("BPD005", serial="57V123456789AB")
            when = datetime.now(UTC)
            _, case = CheckLog(catalog.engine).record_slip(result, serial="57V123456789AB", when=when)
            store = StoreInfo("Hardware Hut", "12 Main Street\nSpringfield, OR 97477", "(541) 555-0100")

            def slip(lang: str = "en") -> object:
                return make_slip(
                    result,
                    case=case,
                    when=when,
                    lang=lang,
                    store=store,
                    station="Counter 1",
                    serial="57V123456789AB",
                )

            results["content (make_slip)"] = measure(slip, args.runs, args.warmup)
            for key in PAPERS:
                out = folder / f"bench-{key}.pdf"
                results[f"PDF {key} (content + layout + file)"] = measure(
                    lambda key=key, out=out: render_pdf(slip(), PAPERS[key], out),  # type: ignore[misc]
                    args.runs,
                    args.warmup,
                )
            bin_out = folder / "bench.bin"
            results["ESC/POS 80mm (content + raster + bytes)"] = measure(
                lambda: write_escpos_file(slip(), PAPERS["80mm"], bin_out),  # type: ignore[arg-type]
                max(20, args.runs // 4),
                5,
            )
        finally:
            catalog.close()
    width = max(len(k) for k in results)
    print(f"{'what':<{width}}  {'p50 ms':>8}  {'p99 ms':>8}  {'max ms':>8}  runs")
    for name, r in results.items():
        figures = f"{r['p50_ms']:>8.2f}  {r['p99_ms']:>8.2f}  {r['max_ms']:>8.2f}"
        print(f"{name:<{width}}  {figures}  {int(r['runs'])}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    worst = max(r["p99_ms"] for k, r in results.items() if k.startswith("PDF"))
    print(f"PDF p99, worst paper: {worst:.1f} ms (goal: under 150 ms)")
    return 0 if worst < 150 else 1


if __name__ == "__main__":
    sys.exit(main())
