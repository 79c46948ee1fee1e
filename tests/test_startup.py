"""Start-up: the window is on screen before the catalog opens, and loses nothing typed meanwhile."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from recall_desk.catalog.service import Catalog
from recall_desk.ui.main_window import MainWindow
from recall_desk.ui.settings import AppSettings, settings_path, user_config_path


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
    assert win.import_action.shortcut() == QKeySequence("Ctrl+I")
    assert win.log_action.shortcut() == QKeySequence("Ctrl+Shift+L")
    standard = QKeySequence.StandardKey
    assert win.open_image_action.shortcut() == QKeySequence(standard.Open)
    assert win.print_slip_action.shortcut() == QKeySequence(standard.Print)
    assert win.quit_action.shortcut() == QKeySequence(standard.Quit)
    assert win.help_action.shortcut() == QKeySequence(standard.HelpContents)

    for ch in "A3102016":
        qtbot.keyClick(win.entry, ch)
    qtbot.keyClick(win.entry, Qt.Key.Key_Return)
    assert win.last_result is None
    with qtbot.waitSignal(win.check_finished, timeout=5000) as blocker:
        win.attach_catalog(catalog)
    assert blocker.args[0].query.display == "A3102016"
    assert win.banner.outcome == "need_serial"
    win.close()


# What the console entry (`recall-desk`, no arguments) has loaded when the window first paints, and
# what the window is then. Each module listed in NOT_BEFORE_FIRST_PAINT is imported after it, or
# lazily on first use: start-up is measured against a bare QMainWindow (benchmarks/bench_startup.py),
# and without cached bytecode every module imported before the first paint is compiled first.
FIRST_PAINT = r"""
import json, sys
from recall_desk import cli
from recall_desk.ui import app as ui_app
run_window = ui_app.run_window
def hook(window):
    def painted():
        from PySide6.QtWidgets import QApplication
        bar = window.menuBar()
        print("FIRST PAINT " + json.dumps({
            "modules": sorted(sys.modules),
            "focus": QApplication.focusWidget() is window.entry,
            "entry_enabled": window.entry.isEnabled() and not window.entry.isReadOnly(),
            "placeholder": window.entry.placeholderText(),
            "menus": [a.text() for a in bar.actions()],
            "status_bar": window.statusBar().isVisible() and window.clerk_button.isVisible(),
            "title": window.windowTitle(),
        }), flush=True)
        ui_app.application().quit()
    window.first_paint.connect(painted)
ui_app.run_window = lambda db: run_window(db, on_window=hook)
sys.argv = ["recall-desk"]
sys.exit(cli.main())
"""

ONLY_THESE_OF_OURS = {
    "recall_desk",
    "recall_desk.cli",
    "recall_desk.ui",
    "recall_desk.ui.app",
    "recall_desk.ui.main_window",
    "recall_desk.ui.i18n",
    "recall_desk.ui.settings",
    "recall_desk.ui.accessibility",
}
NOT_BEFORE_FIRST_PAINT = (
    "sqlalchemy",
    "sqlmodel",
    "alembic",
    "platformdirs",  # on Linux; asked elsewhere (ui/settings.user_config_path)
    "datetime",  # a shared library, some 10 ms: the catalog's age is worked out after
    "escpos",
    "zxingcpp",
    "cryptography",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
)


def first_paint(env: dict[str, str], drop: tuple[str, ...] = ()) -> dict[str, Any]:
    env = {**{k: v for k, v in os.environ.items() if k not in drop}, "QT_QPA_PLATFORM": "offscreen", **env}
    proc = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT], env=env, capture_output=True, text=True, timeout=60
    )
    lines = [x for x in proc.stdout.splitlines() if x.startswith("FIRST PAINT ")]
    assert proc.returncode == 0 and lines, proc.stdout + proc.stderr
    return cast(dict[str, Any], json.loads(lines[0].removeprefix("FIRST PAINT ")))


def assert_deferred(modules: list[str]) -> None:
    ours = {m for m in modules if m.split(".")[0] == "recall_desk"}
    assert ours <= ONLY_THESE_OF_OURS, sorted(ours - ONLY_THESE_OF_OURS)
    loaded = [m for m in modules if m.split(".")[0] in NOT_BEFORE_FIRST_PAINT or m in NOT_BEFORE_FIRST_PAINT]
    assert loaded == []


def test_the_first_paint_is_the_real_window_and_waits_for_nothing_else(
    db_path: Path, settings_file: Path
) -> None:
    seen = first_paint({"RECALL_DESK_DB": str(db_path)})
    assert_deferred(seen["modules"])
    # The window as first painted: the entry focused and taking typing, the menus, the status bar.
    assert seen["focus"] and seen["entry_enabled"]
    assert seen["placeholder"] == "Scan or type a model number, UPC, serial or product name"
    assert seen["menus"] == ["&File", "C&atalog", "&Check", "&View", "&Help"]
    assert seen["status_bar"]
    assert seen["title"] == "Counter"


@pytest.mark.skipif(
    sys.platform != "linux", reason="the settings' folder is worked out without platformdirs on Linux"
)
def test_the_users_own_settings_file_is_found_without_platformdirs(db_path: Path, tmp_path: Path) -> None:
    env = {"RECALL_DESK_DB": str(db_path), "HOME": str(tmp_path), "XDG_CONFIG_HOME": ""}
    seen = first_paint(env, drop=("RECALL_DESK_SETTINGS",))
    assert_deferred(seen["modules"])


@pytest.mark.parametrize("xdg", [None, "", "/srv/config/", "relative/config", "  "])
@pytest.mark.parametrize("home", ["/home/clerk", "/home/clerk/", "/"])
def test_the_settings_folder_is_platformdirs_own(
    monkeypatch: pytest.MonkeyPatch, xdg: str | None, home: str
) -> None:
    import platformdirs

    monkeypatch.setenv("HOME", home)
    if xdg is None:
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", xdg)
    assert user_config_path() == platformdirs.user_config_path("recall-desk", appauthor=False)
    monkeypatch.delenv("RECALL_DESK_SETTINGS", raising=False)
    assert settings_path() == user_config_path() / "recall-desk.ini"


def test_the_commands_are_reached_from_the_console_entry_as_before() -> None:
    from recall_desk import cli, commands

    assert cli.build_parser is commands.build_parser
    assert cli.format_check is commands.format_check
    assert cli.EXIT_USAGE == 2
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = cli.nothing_here
