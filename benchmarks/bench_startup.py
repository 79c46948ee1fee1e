"""Start to a usable window: Recall Desk against a bare PySide6 QMainWindow, side by side in one run.

    python benchmarks/bench_startup.py [--runs 15] [--db CATALOG] [--platform offscreen|xcb]

Each run is a fresh process, timed from just before it is spawned:
- bare: import PySide6, QApplication, an empty QMainWindow, shown, until its first paint;
- recall-desk window: the console entry point `recall_desk.cli.main` with no arguments (what
  `recall-desk` runs; the catalog named by RECALL_DESK_DB), until its first paint (the entry has
  focus and takes typing and scans), and until the catalog is attached (checks are answered).
The goal (issue 3) compares first paint: at most 1.3x the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = r"""
import os, sys, time
t0 = float(os.environ["BENCH_T0"])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 860)
class Painted(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if obj is window and event.type() == QEvent.Type.Paint and not self.seen:
            # Timed as the window's first_paint is: once the paint pass is over (a zero timer
            # queued from the window's paint event), not as the paint event starts.
            self.seen = True
            QTimer.singleShot(0, self.painted)
        return False
    def painted(self):
        print(f"paint {time.time() - t0:.4f}", flush=True)
        app.quit()
f = Painted()
window.installEventFilter(f)
window.show()
app.exec()
"""

OURS = r"""
import os, sys, time
t0 = float(os.environ["BENCH_T0"])
from recall_desk import cli
from recall_desk.ui import app as ui_app
from PySide6.QtCore import QTimer
run_window = ui_app.run_window
def hook(window):
    window.first_paint.connect(lambda: print(f"paint {time.time() - t0:.4f}", flush=True))
    def ready():
        print(f"ready {time.time() - t0:.4f}", flush=True)
        QTimer.singleShot(0, ui_app.application().quit)
    window.catalog_ready.connect(ready)
# The real entry point (`recall-desk --db DB`), with the timing hook passed through.
ui_app.run_window = lambda db: run_window(db, on_window=hook)
os.environ["RECALL_DESK_DB"] = os.environ["BENCH_DB"]
sys.argv = ["recall-desk"]
sys.exit(cli.main())
"""


def run(code: str, env: dict[str, str]) -> dict[str, float]:
    env = {**env, "BENCH_T0": repr(time.time())}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{proc.stdout}\n{proc.stderr}")
    out = {}
    for line in proc.stdout.splitlines():
        name, _, value = line.partition(" ")
        out[name] = float(value) * 1000
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--db", help="catalog database (default: a fresh seed catalog)")
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "seed.sqlite3")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": args.platform,
            "RECALL_DESK_SETTINGS": str(Path(tmp) / "settings.ini"),
            "BENCH_DB": db,
        }
        run(OURS, env)  # creates the catalog and warms the file cache; not counted
        run(BARE, env)
        bare, paint, ready = [], [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine
            bare.append(run(BARE, env)["paint"])
            ours = run(OURS, env)
            paint.append(ours["paint"])
            ready.append(ours["ready"])
    med_bare, med_paint, med_ready = (statistics.median(x) for x in (bare, paint, ready))
    python = sys.version.split()[0]
    print(f"runs: {args.runs} each, platform {args.platform}, Python {python}, {os.cpu_count()} cores")
    print(f"{'':32} {'median ms':>10} {'min ms':>8} {'max ms':>8}  ratio to bare")
    for name, values, med in (
        ("bare QMainWindow, first paint", bare, med_bare),
        ("Recall Desk, first paint", paint, med_paint),
        ("Recall Desk, catalog ready", ready, med_ready),
    ):
        print(f"{name:32} {med:10.1f} {min(values):8.1f} {max(values):8.1f}  {med / med_bare:5.2f}x")
    ok = med_paint <= 1.3 * med_bare
    print(f"goal: first paint at most 1.3x the bare window: {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
