"""The counter window's main states and dialogs, for the screenshots (run under Xvfb) and for the
language and accessibility tests, which drive the window through the same states.

    python tests/gui_screenshots.py --db CATALOG.sqlite3 [--out DIR] [--size 1024x768|screen]
        [--theme light|dark] [--lang en|fr|es] [--check]

``--out`` saves a PNG of the window in each state and of each dialog (``SIZE-THEME-LANG-STATE.png``);
``--check`` prints a ``PROBLEM`` line for each text that does not fit its widget and for a window or
dialog larger than its screen's free area, and exits 1 if there is any.  Set QT_SCALE_FACTOR=2 for
200 %.  The PNGs are for people to look at.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from recall_desk.ui.main_window import MainWindow

WINDOW_STATES = (
    "1-empty",
    "2-results",
    "3-question",
    "4-not-affected",
    "5-affected",
    "6-check-with-manufacturer",
    "7-no-recall",
    "8-serial-needed",
)
DIALOGS = ("settings", "sign-in", "slip", "check-log")
AFFECTED = ("BPD005", "57V123456789AB")


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _check(window: MainWindow, query: str, then: Callable[[], None] | None = None) -> None:
    window.new_check()
    window.entry.setText(query)
    window.check_entry()
    if then:
        then()


def go(window: MainWindow, state: str) -> None:
    """Put ``window`` (with its catalog attached) in one of WINDOW_STATES."""
    if state == "1-empty":
        window.new_check()
    elif state == "2-results":
        window.new_check()
        window.entry.setText("anker power")
        window.update_results()
    elif state == "3-question":
        _check(window, "A3102")
    elif state == "4-not-affected":
        _check(window, "A3102", lambda: window._on_answer("colour", "red"))
    elif state == "5-affected":
        query, serial = AFFECTED
        _check(window, query)
        window.panel.serial.setText(serial)
        window.panel.serial_submitted.emit(serial)
    elif state == "6-check-with-manufacturer":
        _check(window, "A1647")
    elif state == "7-no-recall":
        _check(window, "A31O2016")
    elif state == "8-serial-needed":
        _check(window, "BPD005")
        window.panel.serial.setText("57V12")
        window.panel._on_serial_edited("57V12")
    else:
        raise ValueError(f"no window state {state!r}")


def open_dialog(window: MainWindow, name: str) -> QDialog:
    """One of DIALOGS, made by the window as its menus make it (not yet shown)."""
    dialog: QDialog | None
    if name == "settings":
        dialog = window.settings_dialog()
    elif name == "sign-in":
        dialog = window.sign_in_dialog()
    elif name == "slip":
        go(window, "5-affected")
        dialog = window.slip_dialog()
    elif name == "check-log":
        if window.log is not None and not window.log.entries(limit=1):
            go(window, "5-affected")
        dialog = window.check_log_dialog()
    else:
        raise ValueError(f"no dialog {name!r}")
    if dialog is None:
        raise RuntimeError(f"the window made no {name} dialog")
    return dialog


@contextmanager
def pages(dialog: QDialog) -> Iterator[Iterator[str]]:
    """Yields the names of the dialog's pages, showing each in turn (a dialog without tabs has one)."""
    tabs = dialog.findChild(QTabWidget)

    def each() -> Iterator[str]:
        if tabs is None:
            yield ""
            return
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            settle(60)
            yield f"-{i + 1}"
        tabs.setCurrentIndex(0)

    yield each()


def fits_screen(widget: QWidget) -> list[str]:
    """A problem line when ``widget`` (a window) is not wholly inside its screen's free area."""
    screen = widget.screen()
    room = screen.availableGeometry()
    frame = widget.frameGeometry()
    if not room.contains(frame):
        return [f"{type(widget).__name__} {frame} is not inside the screen's free area {room}"]
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path)
    parser.add_argument("--db", required=True)
    parser.add_argument("--size", default="1024x768")
    parser.add_argument("--theme", default="light", choices=["light", "dark"])
    parser.add_argument("--lang", default="en", choices=["en", "fr", "es"])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)

    from i18n_check import clipped
    from recall_desk.catalog.service import Catalog
    from recall_desk.ui import i18n
    from recall_desk.ui.app import application
    from recall_desk.ui.settings import AppSettings, apply_theme

    app = application()
    if not i18n.set_language(args.lang):
        raise SystemExit(f"the {args.lang} translations cannot be loaded (packaging/i18n.py release)")
    apply_theme(args.theme)
    catalog = Catalog.open(args.db)
    window = MainWindow(catalog, AppSettings())
    screen = window.screen()
    if args.size == "screen":
        room = screen.availableGeometry()
        width, height = room.width(), room.height()
    else:
        width, height = (int(v) for v in args.size.split("x"))
    size_name = f"{width}x{height}"
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []

    window.show()
    window.activateWindow()
    settle(400)
    if args.check:
        problems += fits_screen(window)  # the window's own size (1280x860) at this scale
    frame = window.frameGeometry().size() - window.geometry().size()
    window.setGeometry(0, 0, width - frame.width(), height - frame.height())
    settle(300)
    if args.check and (window.width(), window.height()) != (width - frame.width(), height - frame.height()):
        problems.append(f"the window does not shrink to {width}x{height}: {window.size()}")

    scale = f"@{app.devicePixelRatio():g}x" if app.devicePixelRatio() != 1 else ""

    def shot(widget: QWidget, name: str) -> None:
        settle()
        if args.check:
            problems.extend(f"{name}: {line}" for line in clipped(widget))
            if widget.isWindow():
                problems.extend(f"{name}: {line}" for line in fits_screen(widget))
        if args.out:
            pixmap = screen.grabWindow(0, 0, 0, width, height) if widget is window else widget.grab()
            path = args.out / f"{size_name}{scale}-{args.theme}-{args.lang}-{name}.png"
            if not pixmap.save(str(path)):
                raise SystemExit(f"could not save {path}")
            print(path)

    for state in WINDOW_STATES:
        go(window, state)
        shot(window, state)
    for name in DIALOGS:
        dialog = open_dialog(window, name)
        dialog.show()
        # On a screen of the size asked for, fit_to_screen would make it no larger than that.
        dialog.resize(min(dialog.width(), width), min(dialog.height(), height))
        settle(300)
        with pages(dialog) as each:
            for page in each:
                shot(dialog, f"9-{name}{page}")
        dialog.close()
        dialog.deleteLater()
    window.close()
    catalog.close()
    QApplication.processEvents()
    for line in problems:
        print("PROBLEM", line)
    del app
    return 1 if problems else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
