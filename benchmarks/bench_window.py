"""Keystroke to repaint in the counter window, on the national-scale catalog.

    python benchmarks/bench_window.py [--db benchmarks/out/national.sqlite3] [--words 300]

Types real model numbers and product-name words from the catalog into the window's entry, one key at
a time, and times each key from the key press to the end of the results table's repaint that shows
that key's results (Qt offscreen platform, so no compositor is counted).  Prints p50, p99 and max
of two spans: to the results list holding that key's results (the search and the model update),
and to the end of the repaint, which also waits for Qt's next frame (about 16 ms at 60 Hz).
Generate the catalog first with benchmarks/generate_catalog.py.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from sqlalchemy import text

from recall_desk.catalog.db import open_engine
from recall_desk.catalog.service import Catalog
from recall_desk.ui.app import application
from recall_desk.ui.main_window import MainWindow
from recall_desk.ui.settings import AppSettings

DEFAULT_DB = Path(__file__).resolve().parent / "out" / "national.sqlite3"


class PaintSeen(QObject):
    """Notes that the watched widget received a paint event (it paints right after)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--words", type=int, default=300, help="model numbers and name words to type")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not args.db.exists():
        raise SystemExit(f"{args.db} does not exist: run benchmarks/generate_catalog.py first")

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["RECALL_DESK_SETTINGS"] = str(Path(tmp) / "settings.ini")
        app = application()
        catalog = Catalog(open_engine(args.db))
        with catalog.engine.connect() as conn:
            models = [r[0] for r in conn.execute(text("SELECT number FROM model_number ORDER BY id"))]
            names = [r[0] for r in conn.execute(text("SELECT brand || ' ' || name FROM product ORDER BY id"))]
        rng = random.Random(args.seed)
        samples = rng.sample(models, args.words // 2) + [
            " ".join(rng.sample(n.split(), min(2, len(n.split()))))
            for n in rng.sample(names, args.words // 2)
        ]
        info = catalog.info()

        window = MainWindow(catalog, AppSettings())
        window.resize(1280, 860)
        window.show()
        app.processEvents()
        paint = PaintSeen()
        viewport = window.table.viewport()
        viewport.installEventFilter(paint)

        latencies: list[float] = []
        updates: list[float] = []
        results: list[float] = []
        window.results_updated.connect(lambda _n: results.append(time.perf_counter()))
        for word in samples:
            window.new_check()
            app.processEvents()
            for ch in word:
                results.clear()
                paint.seen = False
                start = time.perf_counter()
                QTest.keyClick(window.entry, ch)
                deadline = start + 5
                # processEvents returns after the paint it delivered has finished.
                while not (results and paint.seen) and time.perf_counter() < deadline:
                    app.processEvents()
                end = time.perf_counter()
                if not results:
                    raise SystemExit(f"no results update after typing {ch!r} of {word!r}")
                updates.append((results[0] - start) * 1000)
                latencies.append((end - start) * 1000)
        QTest.keyClick(window.entry, Qt.Key.Key_Escape)
        window.close()
        viewport.removeEventFilter(paint)
        window.deleteLater()
        app.processEvents()
        catalog.close()

    print(
        f"catalog: {info.recalls:,} recalls, {info.models:,} model numbers; "
        f"{len(samples)} words typed, {len(latencies):,} keystrokes; Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores"
    )
    for name, values in (("keystroke to results list updated", updates), ("keystroke to repaint", latencies)):
        print(
            f"{name:34}: p50 {statistics.median(values):6.2f} ms, p99 {percentile(values, 0.99):6.2f} ms, "
            f"max {max(values):6.2f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
