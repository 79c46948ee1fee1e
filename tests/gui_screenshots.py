"""Screenshots of the counter window's main states, taken from a real X display (run under Xvfb).

    python tests/gui_screenshots.py --out DIR --db CATALOG.sqlite3 [--size 1024x768] [--theme light]

Used by tests/test_screenshots.py; the PNGs are for people to look at.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from recall_desk.catalog.service import Catalog
from recall_desk.ui.app import application
from recall_desk.ui.main_window import MainWindow
from recall_desk.ui.settings import AppSettings, apply_theme


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--size", default="1024x768")
    parser.add_argument("--theme", default="light", choices=["light", "dark"])
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    app = application()
    apply_theme(args.theme)
    catalog = Catalog.open(args.db)
    window = MainWindow(catalog, AppSettings())
    window.setGeometry(0, 0, width, height)
    window.show()
    window.activateWindow()
    settle(400)

    def shot(name: str) -> None:
        settle()
        screen = window.screen()
        pixmap = screen.grabWindow(0, 0, 0, width, height)
        path = args.out / f"{args.size}-{args.theme}-{name}.png"
        if not pixmap.save(str(path)):
            raise SystemExit(f"could not save {path}")
        print(path)

    def check(query: str, then: Callable[[], None] | None = None) -> None:
        window.new_check()
        window.entry.setText(query)
        window.check_entry()
        if then:
            then()

    shot("1-empty")
    window.entry.setText("anker power")
    window.update_results()
    shot("2-results")
    check("A3102")
    shot("3-question")
    check("A3102", lambda: window._on_answer("colour", "red"))
    shot("4-not-affected")
    check("BPD005")
    window.panel.serial.setText("57V123456789AB")
    window.panel.serial_submitted.emit("57V123456789AB")
    shot("5-affected")
    check("A1647")
    shot("6-check-with-manufacturer")
    check("A31O2016")
    shot("7-no-recall")
    window.close()
    catalog.close()
    QApplication.processEvents()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
