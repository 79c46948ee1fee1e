"""Start-up: the window is on screen before the catalog opens, and loses nothing typed meanwhile."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from recall_desk.catalog.service import Catalog
from recall_desk.ui.main_window import MainWindow
from recall_desk.ui.settings import AppSettings


def test_a_scan_before_the_catalog_is_ready_is_checked_once_it_is(
    qtbot: QtBot, catalog: Catalog, settings_file: Path
) -> None:
    win = MainWindow(None, AppSettings())
    qtbot.addWidget(win)
    assert not win._complete  # the banner, scan router and shortcuts come after the first paint
    with qtbot.waitSignal(win.first_paint, timeout=5000):
        win.show()
    assert win._complete
    assert win.banner.headline.text() == "READY TO CHECK"
    assert win.banner.details.text() == "Opening the recall catalog…"
    assert win.new_action.shortcut() == QKeySequence("Esc")
    assert win.open_image_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)

    for ch in "A3102016":
        qtbot.keyClick(win.entry, ch)
    qtbot.keyClick(win.entry, Qt.Key.Key_Return)
    assert win.last_result is None
    with qtbot.waitSignal(win.check_finished, timeout=5000) as blocker:
        win.attach_catalog(catalog)
    assert blocker.args[0].query.display == "A3102016"
    assert win.banner.outcome == "need_serial"
    win.close()


FIRST_PAINT = r"""
import os, sys
from recall_desk.ui import app as ui_app
def hook(window):
    def painted():
        loaded = sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy"
                        or m in ("recall_desk.ui.verdict", "recall_desk.ui.models", "recall_desk.catalog"))
        print("loaded at first paint:", loaded, flush=True)
        ui_app.application().quit()
    window.first_paint.connect(painted)
sys.exit(ui_app.run_window(os.environ["RECALL_DESK_DB"], on_window=hook))
"""


def test_the_first_paint_does_not_wait_for_the_catalog_layer(db_path: Path, settings_file: Path) -> None:
    env = {**os.environ, "RECALL_DESK_DB": str(db_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT], env=env, capture_output=True, text=True, timeout=60
    )
    assert "loaded at first paint: []" in proc.stdout, proc.stdout + proc.stderr
