"""The self-service kiosk, driven as a customer and a manager drive it (pytest-qt, real widgets, a real
SQLite catalog): keypad entry, questions, verdict, slip, idle reset, blocked exits, PIN exit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from recall_desk import cli
from recall_desk.catalog.checklog import CheckLog
from recall_desk.catalog.clerks import hash_pin, verify_pin
from recall_desk.catalog.service import Catalog
from recall_desk.core.verdict import CheckResult
from recall_desk.ui.kiosk import FIRST_DELAY_S, GUIDES, STATION, KioskWindow
from recall_desk.ui.settings import AppSettings

TODAY = date(2026, 11, 23)
PIN = "2468"
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "build" / "screenshots"


@pytest.fixture
def settings(settings_file: Path) -> AppSettings:
    s = AppSettings()
    s.kiosk_exit_pin_hash = hash_pin(PIN)
    return s


@pytest.fixture
def kiosk(qtbot: QtBot, catalog: Catalog, settings: AppSettings) -> Iterator[KioskWindow]:
    win = KioskWindow(catalog, settings, today=TODAY)
    qtbot.addWidget(win)
    win.fit_to(QSize(1080, 1920))
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.release()  # as when the application quits
    win.close()


def click(qtbot: QtBot, button: QPushButton | None) -> None:
    assert button is not None
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def keypad_type(qtbot: QtBot, kiosk: KioskWindow, keys: dict[str, QPushButton], text: str) -> None:
    for ch in text:
        click(qtbot, keys[ch])


def check_by(qtbot: QtBot, kiosk: KioskWindow, button: QPushButton | None) -> CheckResult:
    with qtbot.waitSignal(kiosk.check_finished, timeout=5000) as blocker:
        click(qtbot, button)
    result = blocker.args[0]
    assert isinstance(result, CheckResult)
    return result


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for w in root.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QLineEdit | QLabel | QPushButton):
            texts.append(w.text())
        texts.append(w.accessibleDescription())
    return texts


def shoot(kiosk: KioskWindow, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = SHOTS / f"kiosk-{name}-{kiosk.width()}x{kiosk.height()}.png"
    assert kiosk.grab().save(str(path))
    return path


def test_window_is_fullscreen_frameless_with_touch_sized_controls(
    qtbot: QtBot, catalog: Catalog, settings: AppSettings
) -> None:
    win = KioskWindow(catalog, settings)
    qtbot.addWidget(win)
    win.start()
    qtbot.waitExposed(win)
    try:
        assert win.windowFlags() & Qt.WindowType.FramelessWindowHint
        assert win.isFullScreen()
        from PySide6.QtWidgets import QMenuBar

        assert not win.findChildren(QMenuBar)
        for page in (win.start_page, win.model_page):
            win.stack.setCurrentWidget(page)
            QApplication.processEvents()
            buttons = [b for b in page.findChildren(QPushButton) if b.isVisible()]
            assert buttons
            for b in buttons:
                assert b.height() >= 64, (b.objectName(), b.height())
                assert QFontInfo(b.font()).pointSize() >= 20, b.objectName()
            for label in page.findChildren(QLabel):
                assert label.font().pointSize() >= 20, label.objectName()
    finally:
        win.release()
        win.close()


def test_a_whole_session_keypad_colour_serial_verdict_slip_shown(
    qtbot: QtBot, kiosk: KioskWindow, catalog: Catalog
) -> None:
    # Step 1: where is the model number?  The speaker's pictures, its model label marked.
    assert kiosk.stack.currentWidget() is kiosk.start_page
    click(qtbot, kiosk.findChild(QPushButton, "guide_speaker"))
    assert "Model: A3102" in kiosk.guide_text.text()
    assert kiosk.guide_pictures.current() is not None
    assert any(h.kind == "model" for h in kiosk.guide_pictures.current().hotspots)  # type: ignore[union-attr]
    shoot(kiosk, "1-guide")
    click(qtbot, kiosk.guide_go)

    # Step 2: A3102 on the on-screen keypad; the speaker's colour is asked.
    assert kiosk.stack.currentWidget() is kiosk.model_page
    keypad_type(qtbot, kiosk, kiosk.model_keypad.keys, "A3102")
    click(qtbot, kiosk.model_keypad.backspace)
    keypad_type(qtbot, kiosk, kiosk.model_keypad.keys, "2")
    assert kiosk.model_entry.text() == "A3102"
    shoot(kiosk, "2-model")
    result = check_by(qtbot, kiosk, kiosk.model_keypad.ok)
    assert result.outcome == "need_answer"
    assert kiosk.stack.currentWidget() is kiosk.details_page
    assert "colour" in kiosk.question_label.text()
    assert not kiosk.serial_panel.isVisible()
    shoot(kiosk, "3-colour")
    black = kiosk.findChild(QPushButton, "answer_colour_black")
    result = check_by(qtbot, kiosk, black)

    # Step 3: the serial, with the picture of where its label is.
    assert result.outcome == "need_serial"
    assert kiosk.serial_panel.isVisible()
    assert "underside" in kiosk.serial_where.text()
    keypad_type(qtbot, kiosk, kiosk.serial_keypad.keys, "1234567890123456")
    assert kiosk.serial_counter.text().startswith("16/16")
    shoot(kiosk, "4-serial")
    result = check_by(qtbot, kiosk, kiosk.serial_keypad.ok)

    # Step 4: the verdict, and the slip on screen (no receipt printer is set up).
    assert result.outcome == "check_with_manufacturer"
    assert kiosk.stack.currentWidget() is kiosk.verdict_page
    assert kiosk.banner.headline.text().startswith("CHECK WITH THE MANUFACTURER")
    for label in (kiosk.banner.headline, kiosk.banner.reason, kiosk.banner.details):
        assert label.font().pointSize() >= 20  # legible at arm's length
    with qtbot.waitSignal(kiosk.slip_done, timeout=10_000) as done:
        click(qtbot, kiosk.print_button)
    assert done.args == ["shown"]
    pixmap = kiosk.slip_view.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()
    assert "case RD-" in kiosk.slip_status.text()
    shoot(kiosk, "5-verdict-slip")

    # Every check of the session is in the log, from the kiosk, and the slip's case number with it.
    log = CheckLog(catalog.engine)
    entries = [e for e in log.entries(newest_first=False) if e.station == STATION]
    assert [e.outcome for e in entries][-3:] == ["need_answer", "need_serial", "check_with_manufacturer"]
    assert entries[-1].case_number and entries[-1].case_number in kiosk.slip_status.text()

    # "Start over" is the customer's own reset.
    with qtbot.waitSignal(kiosk.reset, timeout=5000):
        click(qtbot, kiosk.again_button)
    assert kiosk.stack.currentWidget() is kiosk.start_page and kiosk.slip_view.pixmap().isNull()


BLOCKED_KEYS = (
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_D, Qt.KeyboardModifier.MetaModifier),
)
"""Esc, Alt+F4, quit, close, print, open, import, the log, Alt+Tab, Tab, help, fullscreen, the menu key
and the desktop: none may leave the kiosk or reach anything behind it."""


def assert_no_way_out(qtbot: QtBot, kiosk: KioskWindow) -> None:
    """Every usual way out is refused on the page showing now, which stays as it is."""
    page = kiosk.stack.currentWidget()
    typed = kiosk.model_entry.text()
    target = QApplication.focusWidget() or kiosk
    for key, mods in BLOCKED_KEYS:
        qtbot.keyClick(target, key, mods)
        assert kiosk.isVisible() and kiosk.stack.currentWidget() is page, (key, mods)
    event = QCloseEvent()  # the window manager's close button, or Alt+F4 through it
    QApplication.sendEvent(kiosk, event)
    assert not event.isAccepted()
    assert kiosk.close() is False
    assert kiosk.isVisible() and kiosk.stack.currentWidget() is page
    assert kiosk.model_entry.text() == typed


def test_one_customer_then_the_manager_leaves(qtbot: QtBot, kiosk: KioskWindow, catalog: Catalog) -> None:
    """A whole session: start, keypad entry, verdict, slip, idle notice and reset, blocked exits,
    and the manager's PIN exit."""
    from recall_desk.ui.accessibility import announcer

    said: list[tuple[str, bool]] = []
    announcer().announced.connect(lambda text, assertive: said.append((text, assertive)))
    kiosk.activateWindow()
    assert kiosk.stack.currentWidget() is kiosk.start_page
    assert_no_way_out(qtbot, kiosk)

    # Where is the model number?  Then the model number on the keypad.
    click(qtbot, kiosk.findChild(QPushButton, "guide_charger"))
    click(qtbot, kiosk.guide_go)
    assert kiosk.stack.currentWidget() is kiosk.model_page
    keypad_type(qtbot, kiosk, kiosk.model_keypad.keys, "BPD05")
    click(qtbot, kiosk.model_keypad.backspace)
    keypad_type(qtbot, kiosk, kiosk.model_keypad.keys, "05")
    assert kiosk.model_entry.text() == "BPD005"
    assert_no_way_out(qtbot, kiosk)
    result = check_by(qtbot, kiosk, kiosk.model_keypad.ok)
    assert result.outcome == "need_serial" and kiosk.serial_panel.isVisible()
    assert kiosk.details_pictures.current() is not None  # the picture of where the serial is
    keypad_type(qtbot, kiosk, kiosk.serial_keypad.keys, "57V123456789AB")
    said.clear()
    result = check_by(qtbot, kiosk, kiosk.serial_keypad.ok)

    # The verdict, said once to screen readers (by the banner), and the slip.
    assert result.outcome == "affected" and kiosk.stack.currentWidget() is kiosk.verdict_page
    headline = kiosk.banner.headline.text()
    assert [text for text, _ in said if headline in text] == [said[0][0]] and said[0][1]
    assert_no_way_out(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.slip_done, timeout=10_000) as done:
        click(qtbot, kiosk.print_button)
    assert done.args == ["shown"] and not kiosk.slip_view.pixmap().isNull()
    assert "case RD-" in kiosk.slip_status.text()
    assert any("case RD-" in text for text, _ in said)  # the slip's message is read out too

    # The customer walks away: a notice counts down, "I am still here" keeps everything...
    kiosk.set_idle_seconds(4)
    with qtbot.waitSignal(kiosk.idle_notice_shown, timeout=6000):
        pass
    assert kiosk.idle_notice.isVisible() and kiosk.stack.currentWidget() is kiosk.verdict_page
    assert re.search(r"Starting over in [1-3] s\.", kiosk.idle_text.text()), kiosk.idle_text.text()
    assert any("Are you still there?" in text and assertive for text, assertive in said)
    notice = kiosk.idle_notice.geometry()
    assert kiosk.rect().contains(notice) and notice.height() >= kiosk.idle_continue.height()
    click(qtbot, kiosk.idle_continue)
    assert not kiosk.idle_notice.isVisible()
    assert kiosk.stack.currentWidget() is kiosk.verdict_page and kiosk.last_result is result
    assert kiosk.idle_timer.isActive() and kiosk.idle_timer.remainingTime() > 2000
    # ...and without a touch the kiosk starts over and forgets the customer.
    with qtbot.waitSignal(kiosk.reset, timeout=10_000):
        pass
    assert kiosk.stack.currentWidget() is kiosk.start_page and not kiosk.idle_notice.isVisible()
    assert kiosk.last_result is None and kiosk.model_entry.text() == "" and kiosk.serial_entry.text() == ""
    assert kiosk.slip_view.pixmap().isNull() and kiosk.slip_status.text() == ""
    assert_no_way_out(qtbot, kiosk)
    entries = [e for e in CheckLog(catalog.engine).entries(newest_first=False) if e.station == STATION]
    assert [e.outcome for e in entries][-2:] == ["need_serial", "affected"] and entries[-1].case_number

    # The manager: five taps in the corner, a wrong PIN, then the right one.
    for _ in range(5):
        qtbot.mouseClick(kiosk.corner, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.pin_page
    assert_no_way_out(qtbot, kiosk)
    keypad_type(qtbot, kiosk, kiosk.pin_keypad.keys, "1357")
    with qtbot.waitSignal(kiosk.pin_refused, timeout=5000):
        click(qtbot, kiosk.pin_keypad.ok)
    assert kiosk.isVisible() and kiosk.pin_message.text() == "Wrong PIN."
    keypad_type(qtbot, kiosk, kiosk.pin_keypad.keys, PIN)
    with qtbot.waitSignal(kiosk.exited, timeout=5000):
        click(qtbot, kiosk.pin_keypad.ok)
    assert not kiosk.isVisible()


def test_the_idle_notice_waits_for_something_to_forget(
    qtbot: QtBot, catalog: Catalog, settings: AppSettings
) -> None:
    """On the untouched start page there is nothing to forget: no "are you still there?"."""
    win = KioskWindow(catalog, settings, idle_seconds=0.6, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        qtbot.mouseMove(win, win.rect().center())  # a touch that changes nothing
        assert win.idle_timer.isActive()
        with qtbot.waitSignal(win.reset, timeout=5000):
            pass
        assert not win.idle_notice.isVisible()
        # With something typed, the notice comes before the reset.
        click(qtbot, win.begin_button)
        keypad_type(qtbot, win, win.model_keypad.keys, "A1")
        with qtbot.waitSignal(win.idle_notice_shown, timeout=5000), qtbot.waitSignal(win.reset, timeout=5000):
            pass
        assert win.model_entry.text() == "" and not win.idle_notice.isVisible()
    finally:
        win.release()
        win.close()


def test_model_a3102016_by_keypad_is_affected_or_needs_the_maker_and_prints_to_the_receipt_printer(
    qtbot: QtBot, kiosk: KioskWindow, catalog: Catalog, tmp_path: Path
) -> None:
    out = tmp_path / "receipt.bin"
    kiosk.settings.printer_kind = "file"
    kiosk.settings.printer_target = str(out)
    click(qtbot, kiosk.begin_button)
    keypad_type(qtbot, kiosk, kiosk.model_keypad.keys, "A3102016")
    result = check_by(qtbot, kiosk, kiosk.model_keypad.ok)
    assert result.outcome == "need_serial"
    keypad_type(qtbot, kiosk, kiosk.serial_keypad.keys, "1234567890123456")
    result = check_by(qtbot, kiosk, kiosk.serial_keypad.ok)
    assert result.outcome in ("affected", "check_with_manufacturer")
    with qtbot.waitSignal(kiosk.slip_done, timeout=10_000) as done:
        click(qtbot, kiosk.print_button)
    assert done.args == ["printed"]
    data = out.read_bytes()
    assert data.startswith(b"\x1b@") and len(data) > 1000  # ESC @ (initialise), then the slip
    assert "printing" in kiosk.slip_status.text()
    last = [e for e in CheckLog(catalog.engine).entries(newest_first=False) if e.station == STATION][-1]
    assert last.slip == "escpos:80mm" and last.case_number


def test_a_scan_on_the_start_or_verdict_page_begins_a_check(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.activateWindow()
    with qtbot.waitSignal(kiosk.check_finished, timeout=5000) as blocker:
        for ch in "BPD005":
            qtbot.keyClick(QApplication.focusWidget() or kiosk, ch)
        qtbot.keyClick(QApplication.focusWidget() or kiosk, Qt.Key.Key_Return)
    assert kiosk.model_entry.text() == "BPD005"
    assert blocker.args[0].outcome == "need_serial"
    click(qtbot, kiosk.no_serial_button)
    assert kiosk.stack.currentWidget() is kiosk.verdict_page
    # The next customer scans on the verdict page: the last check is forgotten and the new one runs.
    with qtbot.waitSignal(kiosk.reset, timeout=5000), qtbot.waitSignal(kiosk.check_finished, timeout=5000):
        for ch in "A1263":
            qtbot.keyClick(QApplication.focusWidget() or kiosk, ch)
        qtbot.keyClick(QApplication.focusWidget() or kiosk, Qt.Key.Key_Return)
    assert kiosk.model_entry.text() == "A1263"
    assert kiosk.last_result is not None and kiosk.last_result.query.raw == "A1263"


def test_idle_reset_forgets_the_customer(qtbot: QtBot, catalog: Catalog, settings: AppSettings) -> None:
    win = KioskWindow(catalog, settings, idle_seconds=30, today=TODAY)
    qtbot.addWidget(win)
    win.fit_to(QSize(1920, 1080))
    win.show()
    qtbot.waitExposed(win)
    try:
        click(qtbot, win.begin_button)
        keypad_type(qtbot, win, win.model_keypad.keys, "A3102016")
        check_by(qtbot, win, win.model_keypad.ok)
        keypad_type(qtbot, win, win.serial_keypad.keys, "9876543210987654")
        check_by(qtbot, win, win.serial_keypad.ok)
        assert win.stack.currentWidget() is win.verdict_page
        with qtbot.waitSignal(win.slip_done, timeout=10_000):
            click(qtbot, win.print_button)
        assert "9876543210987654" in " ".join(visible_texts(win))
        shoot(win, "verdict")

        assert win.idle_timer.isActive()  # the customer's last touch started it
        win.set_idle_seconds(0.3)  # a short wait for the test (a busy machine may take long per step)
        with qtbot.waitSignal(win.reset, timeout=5000):
            pass  # no input: the idle timer runs out
        assert win.stack.currentWidget() is win.start_page
        for entry in (win.model_entry, win.serial_entry, win.pin_entry):
            assert entry.text() == "" and not entry.isUndoAvailable()
        assert win.banner.outcome is None and win.last_result is None and win.last_log_id is None
        assert win.slip_view.pixmap().isNull() and not win.slip_scroll.isVisible()
        assert not win.question_buttons
        everything = " ".join(
            [w.text() for w in win.findChildren(QWidget) if isinstance(w, QLineEdit | QLabel)]
            + [w.accessibleDescription() for w in win.findChildren(QWidget)]
        )
        for gone in ("A3102016", "9876543210987654", "A3102", "SN Code", "MANUFACTURER", "RD-"):
            where = [
                w.objectName() or type(w).__name__
                for w in win.findChildren(QWidget)
                if gone in w.accessibleDescription()
                or (isinstance(w, QLineEdit | QLabel) and gone in w.text())
            ]
            assert gone not in everything, where
        shoot(win, "start")
    finally:
        win.release()
        win.close()


def test_input_restarts_the_idle_timer(qtbot: QtBot, catalog: Catalog, settings: AppSettings) -> None:
    win = KioskWindow(catalog, settings, idle_seconds=30, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        assert not win.idle_timer.isActive()
        click(qtbot, win.begin_button)
        assert win.idle_timer.isActive() and win.idle_timer.interval() == 30_000
        # The setting is what a station gets by default.
        win.settings.kiosk_idle_seconds = 45
        other = KioskWindow(win.catalog, win.settings)
        assert other.idle_timer.interval() == 45_000
        other.release()
    finally:
        win.release()
        win.close()


def test_exits_and_shortcuts_are_blocked(qtbot: QtBot, kiosk: KioskWindow) -> None:
    click(qtbot, kiosk.begin_button)
    keypad_type(qtbot, kiosk, kiosk.model_keypad.keys, "A1")
    kiosk.model_entry.setFocus()
    target = QApplication.focusWidget() or kiosk
    for key, mods in (
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    ):
        qtbot.keyClick(target, key, mods)
        assert kiosk.isVisible()
    assert kiosk.model_entry.text() == "A1"  # Ctrl+A/Ctrl+Z never reached the entry
    # Alt+F4 and the window manager's close button arrive as a close event: refused.
    event = QCloseEvent()
    QApplication.sendEvent(kiosk, event)
    assert not event.isAccepted()
    assert kiosk.close() is False
    assert kiosk.isVisible()
    assert kiosk.stack.currentWidget() is kiosk.model_page


def test_pin_exit_refuses_a_wrong_pin_and_delays_after_three(qtbot: QtBot, kiosk: KioskWindow) -> None:
    # Five taps in the top right corner open the PIN keypad.
    for _ in range(5):
        qtbot.mouseClick(kiosk.corner, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.pin_page
    shoot(kiosk, "pin")
    for _ in range(3):
        keypad_type(qtbot, kiosk, kiosk.pin_keypad.keys, "1111")
        assert kiosk.pin_entry.echoMode() == QLineEdit.EchoMode.Password
        with qtbot.waitSignal(kiosk.pin_refused, timeout=5000) as refused:
            click(qtbot, kiosk.pin_keypad.ok)
        assert "Wrong PIN" in refused.args[0]
        assert kiosk.isVisible()
    # After the third wrong PIN, the next try must wait.
    assert FIRST_DELAY_S - 1 < kiosk.pin_delay() <= FIRST_DELAY_S
    assert not kiosk.pin_keypad.ok.isEnabled()
    assert "Wait 5 s " in kiosk.pin_message.text()
    keypad_type(qtbot, kiosk, kiosk.pin_keypad.keys, PIN)
    with qtbot.waitSignal(kiosk.pin_refused, timeout=5000) as refused:
        kiosk.submit_pin()  # Enter from a keyboard: still refused while the delay runs
    assert "try again in" in refused.args[0]
    assert kiosk.isVisible()


def test_pin_exit_with_the_right_pin(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.activateWindow()
    qtbot.keyClick(
        QApplication.focusWidget() or kiosk,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier,
    )
    assert kiosk.stack.currentWidget() is kiosk.pin_page
    keypad_type(qtbot, kiosk, kiosk.pin_keypad.keys, PIN)
    with qtbot.waitSignal(kiosk.exited, timeout=5000):
        click(qtbot, kiosk.pin_keypad.ok)
    assert not kiosk.isVisible()


def test_no_pin_set_means_no_way_out(qtbot: QtBot, catalog: Catalog, settings_file: Path) -> None:
    win = KioskWindow(catalog, AppSettings(), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    try:
        win.ask_pin()
        assert "No exit PIN is set" in win.pin_message.text()
        keypad_type(qtbot, win, win.pin_keypad.keys, "0000")
        assert win.submit_pin() is False
        assert win.isVisible()
    finally:
        win.release()
        win.close()


def test_set_pin_from_the_command_line(
    settings_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("97531\n"))
    assert cli.main(["kiosk", "set-pin", "--pin-stdin"]) == 0
    stored = AppSettings().kiosk_exit_pin_hash
    assert stored.startswith("scrypt$16384$8$1$")
    assert verify_pin(stored, "97531") and not verify_pin(stored, "97532")
    assert "97531" not in settings_file.read_text()
    monkeypatch.setattr("sys.stdin", io.StringIO("12ab\n"))
    assert cli.main(["kiosk", "set-pin", "--pin-stdin"]) == 2
    assert "digits" in capsys.readouterr().err
    assert AppSettings().kiosk_exit_pin_hash == stored


def test_kiosk_flag_and_setting_start_the_kiosk(
    settings_file: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from recall_desk.ui import app

    seen: list[str] = []

    def run_kiosk(db: str | None = None, settings: AppSettings | None = None) -> int:
        seen.append(f"kiosk {db}")
        return 0

    monkeypatch.setattr(app, "run_kiosk", run_kiosk)
    assert cli.main(["--kiosk", "--db", str(db_path)]) == 0
    assert seen == [f"kiosk {db_path}"]
    assert "--kiosk" in cli.build_parser().format_help()
    AppSettings().kiosk_enabled = True
    assert app.run_window(str(db_path)) == 0
    assert seen[-1] == f"kiosk {db_path}"


def test_screenshots_in_landscape(qtbot: QtBot, kiosk: KioskWindow) -> None:
    kiosk.fit_to(QSize(1920, 1080))
    QApplication.processEvents()
    assert (kiosk.width(), kiosk.height()) == (1920, 1080)
    shoot(kiosk, "1-start")
    kiosk.show_guide("power bank")
    shoot(kiosk, "2-guide")
    click(qtbot, kiosk.guide_go)
    keypad_type(qtbot, kiosk, kiosk.model_keypad.keys, "A3102")
    shoot(kiosk, "3-model")
    check_by(qtbot, kiosk, kiosk.model_keypad.ok)
    shoot(kiosk, "4-colour")
    check_by(qtbot, kiosk, kiosk.findChild(QPushButton, "answer_colour_black"))
    keypad_type(qtbot, kiosk, kiosk.serial_keypad.keys, "1234567890123456")
    shoot(kiosk, "5-serial")
    # Nothing is clipped: every visible button lies inside the window and is touch-sized.
    for b in kiosk.findChildren(QPushButton):
        if b.isVisible():
            top_left = b.mapTo(kiosk, b.rect().topLeft())
            bottom_right = b.mapTo(kiosk, b.rect().bottomRight())
            assert kiosk.rect().contains(top_left) and kiosk.rect().contains(bottom_right), b.objectName()
            assert b.height() >= 64, b.objectName()
    check_by(qtbot, kiosk, kiosk.serial_keypad.ok)
    with qtbot.waitSignal(kiosk.slip_done, timeout=10_000):
        click(qtbot, kiosk.print_button)
    shoot(kiosk, "6-verdict-slip")
    kiosk.ask_pin()
    shoot(kiosk, "7-pin")


def test_settings_dialog_sets_the_kiosk(qtbot: QtBot, settings_file: Path) -> None:
    from recall_desk.ui.settings_dialog import SettingsDialog

    settings = AppSettings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.kiosk_enabled.isChecked() and dialog.kiosk_idle.value() == 60
    dialog.kiosk_enabled.setChecked(True)
    dialog.kiosk_idle.setValue(90)
    dialog.kiosk_pin.setText("1357")
    dialog.kiosk_pin_again.setText("1358")
    dialog.accept()  # refused: the PINs differ
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert "differ" in dialog.kiosk_message.text() and not AppSettings().kiosk_exit_pin_hash
    dialog.kiosk_pin_again.setText("1357")
    dialog.accept()
    again = AppSettings()
    assert again.kiosk_enabled and again.kiosk_idle_seconds == 90
    assert verify_pin(again.kiosk_exit_pin_hash, "1357")
    assert "1357" not in settings_file.read_text()


@pytest.mark.parametrize("words", [w for _, w in GUIDES])
def test_every_kind_of_device_has_a_picture_guide(qtbot: QtBot, kiosk: KioskWindow, words: str) -> None:
    button = kiosk.findChild(QPushButton, f"guide_{words.replace(' ', '_')}")
    click(qtbot, button)
    picture = kiosk.guide_pictures.current()
    assert picture is not None and picture.hotspots
    assert kiosk.guide_text.text() and kiosk.guide_go.isVisible()
    if len(kiosk._guide_products) > 1:  # "Show another" goes through the others of that kind
        first = kiosk.guide_text.text()
        click(qtbot, kiosk.guide_next)
        assert kiosk.guide_text.text() != first
