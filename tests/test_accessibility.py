"""Access for everyone at the counter: every control has a name and a description for screen readers,
the verdict is announced as it is shown, the colours meet WCAG AA in the light and dark themes, and the
window works at 200 % (a subprocess on a 3840x2160 virtual screen)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui_screenshots import AFFECTED, DIALOGS, WINDOW_STATES, go, open_dialog, pages
from recall_desk.catalog.service import Catalog
from recall_desk.ui.accessibility import AA_LARGE, AA_NORMAL, announcer, contrast_ratio, over
from recall_desk.ui.main_window import MainWindow
from recall_desk.ui.pictures import HOTSPOT_COLOURS, TAG_PLATE, build_scene
from recall_desk.ui.settings import AppSettings, apply_theme, dark_palette, light_palette, warning_colour
from recall_desk.ui.verdict import LOOKS

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 23)


@pytest.fixture
def window(qtbot: QtBot, catalog: Catalog, settings_file: Path) -> Iterator[MainWindow]:
    win = MainWindow(catalog, AppSettings(), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


# --- names and descriptions ----------------------------------------------------------------------------

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractScrollArea, QTabBar)
"""Kinds of controls (tables, lists, text boxes and pictures are scroll areas)."""


def controls(root: QWidget) -> list[QWidget]:
    """The visible controls a person can reach (by Tab or by clicking) in ``root``: every widget that
    takes the focus or is a button, without the inner parts of a spin box or a combo box."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or (w.isWindow() and w is not root):
            continue
        parent = w.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the spin box's own line edit, the combo box's list: parts of one control
        takes_focus = bool(w.focusPolicy().value & 0x1 or w.focusPolicy().value & 0x2)
        if isinstance(w, CONTROLS) and (takes_focus or isinstance(w, QAbstractButton)):
            found.append(w)
    return found


def unnamed(root: QWidget) -> list[str]:
    """Controls whose screen-reader name or description (as Qt's accessibility gives them) is empty."""
    problems = []
    for w in controls(root):
        iface = QAccessible.queryAccessibleInterface(w)
        assert iface is not None
        if isinstance(w, QTabBar):
            # A screen reader reads a tab bar by its tabs (Qt gives the bar no description of its own):
            # each tab's words and tooltip.
            for i in range(w.count()):
                tab = iface.child(i)
                if not tab.text(QAccessible.Text.Name).strip() or not tab.text(QAccessible.Text.Description):
                    problems.append(
                        f"tab {i} {w.tabText(i)!r} in {type(w.parent()).__name__}: no words or tooltip"
                    )
            continue
        name = iface.text(QAccessible.Text.Name).strip()
        description = iface.text(QAccessible.Text.Description).strip()
        if not name or not description:
            what = "name" if not name else "description"
            problems.append(
                f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}: no {what}"
            )
    return problems


def test_every_control_of_the_window_has_a_name_and_a_description(qtbot: QtBot, window: MainWindow) -> None:
    seen: set[str] = set()
    problems = []
    for state in WINDOW_STATES:
        go(window, state)
        qtbot.wait(20)
        found = controls(window)
        seen.update(type(w).__name__ for w in found)
        problems += [f"{state}: {line}" for line in unnamed(window)]
    assert not problems, "\n".join(problems)
    # The walk saw the window's kinds of controls (it is not vacuous).
    assert {"QLineEdit", "QPushButton", "ListView", "QCheckBox", "PictureView"} <= seen


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_the_dialogs_has_a_name_and_a_description(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    dialog = open_dialog(window, name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    problems = []
    count = 0
    with pages(dialog) as each:
        for page in each:
            count += len(controls(dialog))
            problems += [f"{name}{page}: {line}" for line in unnamed(dialog)]
    assert count >= 3
    assert not problems, "\n".join(problems)
    dialog.close()


def test_every_menu_entry_says_what_it_does(window: MainWindow) -> None:
    """Menu entries: their words are their name; their status tip (shown in the status bar as an
    entry is highlighted) says what they do."""
    problems = []
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            if not action.text().strip() or not action.statusTip().strip():
                problems.append(f"{menu.title()} › {action.text()!r}: no words or no status tip")
    assert not problems, "\n".join(problems)


# --- the verdict, announced ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "serial", "outcome", "assertive"),
    [
        (AFFECTED[0], AFFECTED[1], "affected", True),
        ("A1647", None, "check_with_manufacturer", True),
        ("A3102", None, "need_answer", False),
        ("BPD005", None, "need_serial", False),
        ("A31O2016", None, "no_recall_found", False),
    ],
)
def test_the_verdict_is_announced_when_it_is_shown(
    qtbot: QtBot, window: MainWindow, query: str, serial: str | None, outcome: str, assertive: bool
) -> None:
    window.entry.setText(query)
    if serial is not None:
        window.check_entry()
        window.panel.serial.setText(serial)
        trigger = window.panel._submit_serial
    else:
        trigger = window.check_entry
    with qtbot.waitSignal(announcer().announced, timeout=5000) as blocker:
        trigger()
    text, was_assertive = blocker.args
    assert window.banner.outcome == outcome
    assert was_assertive is assertive
    assert text.startswith(window.banner.headline.text())
    assert (window.banner.reason.text() in text) and window.banner.accessibleDescription() == text


def test_not_affected_is_announced_politely(qtbot: QtBot, window: MainWindow) -> None:
    window.entry.setText("A3102")
    window.check_entry()
    with qtbot.waitSignal(announcer().announced, timeout=5000) as blocker:
        window._on_answer("colour", "red")
    assert window.banner.outcome == "not_affected"
    assert blocker.args[0].startswith("NOT AFFECTED") and blocker.args[1] is False


def test_a_new_check_is_not_announced_as_a_verdict(qtbot: QtBot, window: MainWindow) -> None:
    go(window, "5-affected")
    with qtbot.assertNotEmitted(announcer().announced):
        window.new_check()
    assert window.banner.outcome is None


# --- colour contrast (WCAG AA) -------------------------------------------------------------------------

R = QPalette.ColorRole
PALETTE_PAIRS = (
    (R.Text, R.Base),
    (R.WindowText, R.Window),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.PlaceholderText, R.Base),
    (R.ToolTipText, R.ToolTipBase),
    (R.Text, R.AlternateBase),
    (R.Link, R.Base),
)


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    apply_theme(request.param)
    QApplication.processEvents()
    yield request.param
    apply_theme("system")
    QApplication.processEvents()


def test_the_palettes_text_colours_meet_aa(theme: str) -> None:
    palette = QApplication.palette()
    expected = light_palette() if theme == "light" else dark_palette()
    assert palette.color(R.Highlight) == expected.color(R.Highlight)  # the theme's palette is in use
    problems = []
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in PALETTE_PAIRS:
            ratio = contrast_ratio(palette.color(group, fg), palette.color(group, bg))
            if ratio < AA_NORMAL:
                problems.append(f"{theme} {group.name} {fg.name} on {bg.name}: {ratio:.2f}")
    assert not problems, "\n".join(problems)


def test_the_verdict_banner_colours_meet_aa(qtbot: QtBot, window: MainWindow, theme: str) -> None:
    banner = window.banner
    problems = []
    for outcome, look in LOOKS.items():
        banner._apply(look)
        background = QColor(look.background)
        for label, needed in (
            (banner.headline, AA_LARGE),
            (banner.reason, AA_NORMAL),
            (banner.details, AA_NORMAL),
        ):
            colour = label.palette().color(R.WindowText)
            ratio = contrast_ratio(colour, background)
            if ratio < needed:
                problems.append(f"{theme} {outcome} {label.objectName()}: {ratio:.2f} < {needed}")
        # The shape (a graphical object) needs 3:1 against the banner.
        if contrast_ratio(QColor(look.foreground), background) < AA_LARGE:
            problems.append(f"{theme} {outcome} symbol")
    # The headline is large text (at least 18 pt, or 14 pt bold) wherever it is drawn.
    font = banner.headline.font()
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 72 / banner.logicalDpiY()
    assert points >= 18 or (font.bold() and points >= 14)
    assert not problems, "\n".join(problems)


def test_the_old_catalog_warning_meets_aa(
    qtbot: QtBot, catalog: Catalog, settings_file: Path, theme: str
) -> None:
    old = MainWindow(catalog, AppSettings(), today=date(2027, 2, 1))
    qtbot.addWidget(old)
    old.show()
    assert old.stale_label.isVisible()
    window_colour = old.palette().color(R.Window)
    text = old.stale_label.palette().color(R.WindowText)
    assert text == warning_colour(old.palette())
    assert contrast_ratio(text, window_colour) >= AA_NORMAL
    old.close()


def test_the_marks_on_the_pictures_read_on_any_picture(catalog: Catalog) -> None:
    """Each label's name is drawn in its colour on a light plate, which reads over a black or a white
    picture alike."""
    for colour in HOTSPOT_COLOURS.values():
        for under in ("#000000", "#FFFFFF"):
            plate = over(QColor(TAG_PLATE), QColor(under))
            assert contrast_ratio(QColor(colour), plate) >= AA_NORMAL, (colour, under)
    product = catalog.check("A3102").matches[0].product
    picture = next(pic for pic in product.pictures if len(pic.hotspots) >= 2)
    scene = build_scene(picture)
    assert scene is not None
    tags = [item for item in scene.items() if isinstance(item, QGraphicsSimpleTextItem)]
    plates = [
        item.sceneBoundingRect()
        for item in scene.items()
        if isinstance(item, QGraphicsRectItem) and item.brush().color() == QColor(TAG_PLATE)
    ]
    assert len(tags) == len(picture.hotspots) == len(plates)
    for tag in tags:
        assert any(rect.contains(tag.sceneBoundingRect()) for rect in plates)


# --- 200 % ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_window_works_at_200_percent(
    tmp_path: Path, translations: None, db_path: Path, lang: str
) -> None:
    """The window and its dialogs on a 3840x2160 screen at QT_SCALE_FACTOR=2 (a 1920x1080 room): each
    fits the screen's free area, and no text is clipped in any main state (gui_screenshots.py --check)."""
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.skip("xvfb-run is not installed (bash packaging/system-deps.sh --test)")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_SCALE_FACTOR": "2",
        "RECALL_DESK_SETTINGS": str(tmp_path / "settings.ini"),
    }
    env.pop("DISPLAY", None)
    proc = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 3840x2160x24",
         sys.executable, str(ROOT / "tests" / "gui_screenshots.py"),
         "--db", str(db_path), "--size", "screen", "--lang", lang, "--check"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-3000:]
    assert "PROBLEM" not in proc.stdout
