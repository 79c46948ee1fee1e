"""Start to a usable window: Recall Desk against a bare PySide6 QMainWindow, side by side in one run.

    python benchmarks/bench_startup.py [--runs 15] [--db CATALOG] [--platform offscreen|xcb] [--imports]

Each run is a fresh process, timed from just before it is spawned:
- bare: import PySide6, QApplication, an empty QMainWindow, shown, until its first paint;
- recall-desk window: the console entry point `recall_desk.cli.main` with no arguments (what
  `recall-desk` runs; the catalog named by RECALL_DESK_DB), until its first paint (the entry has
  focus and takes typing and scans), and until the catalog is attached (checks are answered).
The goal (issue 3) compares first paint: at most 1.3x the bare window.

Also reported, for reading the figures on a shared machine: each process's own CPU time at its first
paint (time.process_time(), taken after the paint time; less moved by other work on the machine than
wall time), the 1-minute load average before and after, and whether Python may cache bytecode (with
PYTHONDONTWRITEBYTECODE set and an editable install, the program's own modules are compiled from
source at every start; the bare window has none). ``--imports`` adds one more run of each that lists
the modules Recall Desk has loaded at its first paint that the bare window has not, with their
``-X importtime`` cumulative times.
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
        print(f"cpu {time.process_time():.4f}", flush=True)
        if os.environ.get("BENCH_MODULES"):
            print("modules " + ",".join(sorted(sys.modules)), flush=True)
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
def painted():
    print(f"paint {time.time() - t0:.4f}", flush=True)
    print(f"cpu {time.process_time():.4f}", flush=True)
    if os.environ.get("BENCH_MODULES"):
        print("modules " + ",".join(sorted(sys.modules)), flush=True)
def hook(window):
    window.first_paint.connect(painted)
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


def modules_at_first_paint(code: str, env: dict[str, str]) -> tuple[set[str], dict[str, int]]:
    """The modules loaded at the first paint, and each one's ``-X importtime`` cumulative µs."""
    env = {**env, "BENCH_T0": repr(time.time()), "BENCH_MODULES": "1"}
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{proc.stdout}\n{proc.stderr}")
    line = next(x for x in proc.stdout.splitlines() if x.startswith("modules "))
    times = {}
    for row in proc.stderr.splitlines():  # import time: self [us] | cumulative | imported package
        parts = row.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            times[parts[2].strip()] = int(parts[1])
    return set(line.removeprefix("modules ").split(",")), times


def bytecode_note() -> str:
    if sys.dont_write_bytecode:
        return "off (PYTHONDONTWRITEBYTECODE): modules without a cached .pyc are compiled at every start"
    return "on"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--db", help="catalog database (default: a fresh seed catalog)")
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument(
        "--imports", action="store_true", help="also list what Recall Desk imports before its first paint"
    )
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
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
        bare, paint, ready, cpu_bare, cpu_ours = [], [], [], [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine
            first = run(BARE, env)
            bare.append(first["paint"])
            cpu_bare.append(first["cpu"])
            ours = run(OURS, env)
            paint.append(ours["paint"])
            ready.append(ours["ready"])
            cpu_ours.append(ours["cpu"])
        if args.imports:
            bare_modules, _ = modules_at_first_paint(BARE, env)
            our_modules, import_us = modules_at_first_paint(OURS, env)
    med_bare, med_paint, med_ready = (statistics.median(x) for x in (bare, paint, ready))
    python = sys.version.split()[0]
    print(f"runs: {args.runs} each, platform {args.platform}, Python {python}, {os.cpu_count()} cores")
    print(f"1-minute load average: {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
    print(f"bytecode cache: {bytecode_note()}")
    print(f"{'':32} {'median ms':>10} {'min ms':>8} {'max ms':>8}  ratio to bare")
    for name, values, med in (
        ("bare QMainWindow, first paint", bare, med_bare),
        ("Recall Desk, first paint", paint, med_paint),
        ("Recall Desk, catalog ready", ready, med_ready),
    ):
        print(f"{name:32} {med:10.1f} {min(values):8.1f} {max(values):8.1f}  {med / med_bare:5.2f}x")
    med_cpu_bare, med_cpu_ours = statistics.median(cpu_bare), statistics.median(cpu_ours)
    print(
        f"CPU time at first paint, median: bare {med_cpu_bare:.1f} ms, Recall Desk {med_cpu_ours:.1f} ms "
        f"({med_cpu_ours / med_cpu_bare:.2f}x)"
    )
    ok = med_paint <= 1.3 * med_bare
    print(f"goal: first paint at most 1.3x the bare window: {'met' if ok else 'NOT met'}")
    if args.imports:
        extra = sorted(our_modules - bare_modules)
        print(
            f"loaded at Recall Desk's first paint, not at the bare window's ({len(extra)}; a cumulative "
            "time includes what it imported first that the bare window loads too, e.g. PySide6):"
        )
        for name in extra:
            us = import_us.get(name)
            print(f"  {name:40} {'' if us is None else f'{us / 1000:7.1f} ms cumulative'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
