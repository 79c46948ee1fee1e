"""The counter window, driven as a clerk drives it (pytest-qt, real widgets, real SQLite file)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from recall_desk.catalog.service import Catalog
from recall_desk.core.scantest import SCAN_TEST_CODE
from recall_desk.core.verdict import CheckResult
from recall_desk.ui.barcode import code128_image, decode_image
from recall_desk.ui.checklog_view import CheckLogDialog
from recall_desk.ui.main_window import MainWindow
from recall_desk.ui.settings import AppSettings
from recall_desk.ui.settings_dialog import SettingsDialog

TODAY = date(2026, 11, 23)


@pytest.fixture
def window(qtbot: QtBot, catalog: Catalog, settings_file: Path) -> Iterator[MainWindow]:
    win = MainWindow(catalog, AppSettings(), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def scan(qtbot: QtBot, window: MainWindow, target: QWidget, code: str) -> CheckResult:
    """A scanner burst: the keys of ``code`` milliseconds apart, then Enter, each to the focus widget
    as a keyboard delivers them."""
    target.setFocus()
    with qtbot.waitSignal(window.check_finished, timeout=5000) as blocker:
        for ch in code:
            qtbot.keyClick(QApplication.focusWidget() or target, ch)
        qtbot.keyClick(QApplication.focusWidget() or target, Qt.Key.Key_Return)
    result = blocker.args[0]
    assert isinstance(result, CheckResult)
    return result


def test_whole_flow_scan_results_product_serial_verdict_new_check(qtbot: QtBot, window: MainWindow) -> None:
    # Focus is on a button, not the entry: the scan still lands in the entry and is checked.
    window.new_button.setFocus()
    result = scan(qtbot, window, window.new_button, "BPD005")
    assert window.entry.text() == "BPD005"
    assert result.outcome == "need_serial"
    assert window.banner.headline.text() == "SERIAL NEEDED"
    assert window.results.rowCount() >= 1
    # The product view shows where the labels are and asks for the serial with its format.
    panel = window.panel
    assert "Belkin" in panel.title.text()
    assert panel.serial_box.isVisible()
    assert "57V" in panel.serial_hint.text()
    assert panel.model_label.text().startswith("Model label: Printed on the back")
    # Live feedback while typing the serial.
    qtbot.keyClicks(panel.serial, "57V12")
    assert panel.serial_counter.text() == "5/14"
    with qtbot.waitSignal(window.check_finished, timeout=5000) as blocker:
        qtbot.keyClicks(panel.serial, "3456789AB")
        qtbot.keyClick(panel.serial, Qt.Key.Key_Return)
    assert blocker.args[0].outcome == "affected"
    assert window.banner.headline.text().startswith("AFFECTED")
    assert "57V123456789AB" in window.banner.reason.text()
    assert "Catalog 2026.11.22-seed, published 2026-11-22" in window.banner.details.text()
    # Esc starts a new check.
    qtbot.keyClick(window.entry, Qt.Key.Key_Escape)
    assert window.entry.text() == ""
    assert window.banner.headline.text() == "READY TO CHECK"
    assert window.results.rowCount() == 0
    assert not panel.serial_box.isVisible()
    # Every check was logged, with the station.
    entries = window.log.entries()
    assert [e.outcome for e in entries] == ["affected", "need_serial"]
    assert entries[0].serial == "57V123456789AB"
    assert entries[0].station == "Counter 1"


def test_colour_question_buttons_decide(qtbot: QtBot, window: MainWindow) -> None:
    result = scan(qtbot, window, window.entry, "A3102")
    assert result.outcome == "need_answer"
    assert window.banner.headline.text() == "ONE MORE QUESTION"
    [box] = window.panel.question_boxes
    labels = [b.text() for b in box.buttons]
    assert labels[:3] == ["Black", "Red", "Blue"]
    red = box.buttons[1]
    assert red.accessibleName() == "Red"
    assert red.accessibleDescription() == "Answer to the question: What colour is the speaker?"
    with qtbot.waitSignal(window.check_finished) as blocker:
        qtbot.mouseClick(red, Qt.MouseButton.LeftButton)
    assert blocker.args[0].outcome == "not_affected"
    assert window.banner.headline.text() == "NOT AFFECTED"
    assert "red or blue" in window.banner.reason.text()


def test_no_serial_printed(qtbot: QtBot, window: MainWindow) -> None:
    scan(qtbot, window, window.entry, "ATH-SQ1TW2")
    with qtbot.waitSignal(window.check_finished) as blocker:
        window.panel.no_serial.click()
    assert blocker.args[0].outcome == "affected"
    assert window.log.entries()[0].serial == "(none printed)"


def test_anker_serial_feedback_reads_o_as_zero(qtbot: QtBot, window: MainWindow) -> None:
    scan(qtbot, window, window.entry, "A3102016")
    qtbot.keyClicks(window.panel.serial, "12345678901234")
    assert window.panel.serial_counter.text() == "14/16"
    assert window.panel.serial_feedback.text() == ""  # not a problem yet: still typing
    scan(qtbot, window, window.entry, "A1263")
    qtbot.keyClicks(window.panel.serial, "AO1")
    assert "O as 0" in window.panel.serial_feedback.text()


def test_as_you_type_results_and_choosing_one(qtbot: QtBot, window: MainWindow) -> None:
    window.entry.setFocus()
    with qtbot.waitSignal(window.results_updated, timeout=5000):
        qtbot.keyClicks(window.entry, "A16")
    models = {window.results.hit(r).matched for r in range(window.results.rowCount())}
    assert {"A1642", "A1647", "A1652"} <= models
    assert window.results.headerData(0, Qt.Orientation.Horizontal) == "Brand"
    row = next(
        r
        for r in range(window.results_proxy.rowCount())
        if window.results_proxy.index(r, 2).data() == "A1642"
    )
    index = window.results_proxy.index(row, 0)
    with qtbot.waitSignal(window.check_finished) as blocker:
        window.table.activated.emit(index)
    assert blocker.args[0].matches[0].model == "A1642"
    assert window.entry.text() == "A1642"


def test_typing_on_a_button_goes_to_the_entry(qtbot: QtBot, window: MainWindow) -> None:
    """Slow, human typing somewhere else also lands in the entry (not only scanner bursts)."""
    t = [100.0]
    window.router.clock = lambda: t[0]
    window.check_button.setFocus()
    for ch in "A1112":
        t[0] += 0.2  # 200 ms apart: a person
        qtbot.keyClick(QApplication.focusWidget(), ch)
    assert window.entry.text() == "A1112"
    assert QApplication.focusWidget() is window.entry
    with qtbot.waitSignal(window.check_finished) as blocker:
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    assert blocker.args[0].outcome == "affected"


def test_space_on_a_focused_button_still_presses_it(qtbot: QtBot, window: MainWindow) -> None:
    scan(qtbot, window, window.entry, "A3102")
    button = window.panel.question_boxes[0].buttons[0]
    button.setFocus()
    window.router.clock = lambda: 500.0 + len(window.log.entries())  # no burst
    with qtbot.waitSignal(window.check_finished) as blocker:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert blocker.args[0].outcome == "need_serial"  # black chosen


def test_a_burst_into_the_serial_field_stays_a_serial(qtbot: QtBot, window: MainWindow) -> None:
    scan(qtbot, window, window.entry, "BPD005")
    window.panel.serial.setFocus()
    with qtbot.waitSignal(window.check_finished) as blocker:
        qtbot.keyClicks(window.panel.serial, "57V123456789AB")
        qtbot.keyClick(window.panel.serial, Qt.Key.Key_Return)
    assert blocker.args[0].outcome == "affected"
    assert window.entry.text() == "BPD005"


def test_unknown_model_offers_the_close_match(qtbot: QtBot, window: MainWindow) -> None:
    result = scan(qtbot, window, window.entry, "A31O2016")
    assert result.outcome == "no_recall_found"
    assert window.banner.headline.text() == "NO RECALL ON FILE as of 2026-11-22"
    assert "A3102016" in window.banner.reason.text()


def test_barcode_from_a_picture(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "label.png"
    image = code128_image("BPD005", scale=4)
    canvas = QImage(image.width() + 200, image.height() + 200, QImage.Format.Format_Grayscale8)
    canvas.fill(255)
    from PySide6.QtGui import QPainter

    painter = QPainter(canvas)
    painter.drawImage(100, 100, image)
    painter.end()
    assert canvas.save(str(path))
    assert [d.text for d in decode_image(path)] == ["BPD005"]
    with qtbot.waitSignal(window.check_finished) as blocker:
        window.check_image(path)
    assert blocker.args[0].outcome == "need_serial"


def test_upc_read_from_a_photo(tmp_path: Path) -> None:
    barcode = zxingcpp.create_barcode("036000291452", zxingcpp.BarcodeFormat.UPCA)
    raw = memoryview(barcode.to_image(scale=3))  # type: ignore[arg-type]
    h, w = raw.shape or (0, 0)
    image = QImage(raw.tobytes(), w, h, w, QImage.Format.Format_Grayscale8).copy()
    path = tmp_path / "box.png"
    image.save(str(path))
    [decoded] = decode_image(path)
    assert decoded.text == "036000291452"
    assert decoded.format == "UPC-A"


def test_a_file_that_is_not_a_picture_is_named(tmp_path: Path) -> None:
    from recall_desk.ui.barcode import ImageUnreadable

    path = tmp_path / "receipt.png"
    path.write_text("not a picture")
    with pytest.raises(ImageUnreadable, match=r"receipt\.png"):
        decode_image(path)


def test_status_bar_shows_the_catalog_and_warns_when_old(
    qtbot: QtBot, catalog: Catalog, settings_file: Path
) -> None:
    fresh = MainWindow(catalog, AppSettings(), today=date(2026, 12, 1))
    qtbot.addWidget(fresh)
    assert fresh.catalog_label.text() == "Catalog 2026.11.22-seed, published 2026-11-22"
    info = catalog.info()
    counts = f"{info.recalls} recalls, {info.models} model numbers · Station: Counter 1"
    assert fresh.catalog_label.toolTip() == counts
    assert fresh.stale_label.text() == "" and fresh.stale_label.isHidden()
    old = MainWindow(catalog, AppSettings(), today=date(2027, 2, 1))
    qtbot.addWidget(old)
    # The warning takes the catalog line's place.
    assert old.stale_label.text() == "Catalog 2026.11.22-seed is 71 days old: import a newer one"
    assert not old.stale_label.isHidden() and old.catalog_label.isHidden()


def test_check_log_view_filters(qtbot: QtBot, window: MainWindow) -> None:
    for code in ("A1112", "XYZ999", "A1366"):
        scan(qtbot, window, window.entry, code)
    dialog = CheckLogDialog(window.log, window)
    qtbot.addWidget(dialog)
    assert dialog.proxy.rowCount() == 3
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("affected"))
    assert dialog.proxy.rowCount() == 2
    dialog.search.setText("a1366")
    assert dialog.proxy.rowCount() == 1
    assert dialog.count.text() == "1 of 3 checks"


def test_settings_station_and_scanner_test(qtbot: QtBot, window: MainWindow) -> None:
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.station.setText("Returns desk 3")
    dialog.scan_input.setText(SCAN_TEST_CODE)
    qtbot.keyClick(dialog.scan_input, Qt.Key.Key_Return)
    assert dialog.scan_result.text().startswith("✔")
    assert dialog.isVisible() or not dialog.result()  # Enter after a scan did not save and close
    dialog.scan_input.setText("AQWZY?)&ç!23")
    dialog.run_scan_test()
    assert "AZERTY" in dialog.scan_result.text()
    dialog.accept()
    assert AppSettings().station == "Returns desk 3"
    window.refresh_catalog_status()
    assert "Station: Returns desk 3" in window.catalog_label.toolTip()


def tab_chain(window: MainWindow) -> list[QWidget]:
    window.entry.setFocus()
    seen: list[QWidget] = []
    widget: QWidget | None = window.entry
    for _ in range(100):
        assert widget is not None
        if widget in seen:
            break
        seen.append(widget)
        widget = widget.nextInFocusChain()
        while widget is not None and not (
            widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget = widget.nextInFocusChain()
    return seen


@pytest.mark.parametrize(("query", "expected"), [("A3102", "answer_colour_red"), ("BPD005", "serialEntry")])
def test_every_control_tab_reaches_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow, query: str, expected: str
) -> None:
    scan(qtbot, window, window.entry, query)
    seen = tab_chain(window)
    kinds = {type(w) for w in seen}
    assert QLineEdit in kinds and QPushButton in kinds
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}"
        for w in seen
        if not w.accessibleName()
    ]
    assert unnamed == []
    assert expected in {w.objectName() for w in seen}
