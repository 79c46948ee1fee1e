"""File → Print slip… (Ctrl+P) in the counter window, driven with qtbot: the print preview with its
paper and language choices, printing, Save PDF… and Send to receipt printer, each noted in the log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from escpos_parse import code128_text, parse
from recall_desk.catalog.service import Catalog
from recall_desk.core.slip import CASE_RE
from recall_desk.ui.main_window import MainWindow
from recall_desk.ui.settings import AppSettings
from recall_desk.ui.slip_dialog import SlipDialog
from slip_support import flat, pdf_pages_mm, pdf_text

TODAY = date(2026, 11, 23)


@pytest.fixture
def window(qtbot: QtBot, catalog: Catalog, settings_file: Path) -> Iterator[MainWindow]:
    settings = AppSettings()
    settings.store_name = "Hardware Hut"
    settings.store_address = "12 Main Street\nSpringfield, OR 97477"
    win = MainWindow(catalog, settings, today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def check(qtbot: QtBot, window: MainWindow, query: str, serial: str | None = None) -> None:
    window.entry.setText(query)
    with qtbot.waitSignal(window.check_finished, timeout=5000):
        window.check_entry()
    if serial is not None:
        with qtbot.waitSignal(window.check_finished, timeout=5000):
            window._on_serial(serial)


def open_dialog(qtbot: QtBot, window: MainWindow) -> SlipDialog:
    dialog = window.slip_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.preview.updatePreview()
    return dialog


def test_print_slip_is_enabled_only_for_a_printable_result(qtbot: QtBot, window: MainWindow) -> None:
    action = window.print_slip_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert not action.isEnabled() and window.slip_dialog() is None
    check(qtbot, window, "BPD005")  # needs the serial: nothing to print yet
    assert not action.isEnabled()
    window._on_serial("57V123456789AB")
    assert action.isEnabled()
    window.new_check()
    assert not action.isEnabled()
    check(qtbot, window, "XYZ999")  # no recall on file: the short receipt
    assert action.isEnabled()


def test_ctrl_p_opens_the_preview(qtbot: QtBot, window: MainWindow) -> None:
    check(qtbot, window, "BPD005", "57V123456789AB")
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SlipDialog)
        seen.append(dialog.case)
        dialog.accept()

    QTimer.singleShot(200, close_it)
    window.entry.setFocus()
    qtbot.keyClick(window.entry, "p", QKeySequence(QKeySequence.StandardKey.Print)[0].keyboardModifiers())
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert CASE_RE.match(seen[0])


def test_preview_languages_papers_and_save_pdf(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    check(qtbot, window, "BPD005", "57V123456789AB")
    dialog = open_dialog(qtbot, window)
    assert window.log is not None and window.last_log_id is not None
    entry = window.log.by_case(dialog.case)
    assert entry is not None and entry.id == window.last_log_id and entry.slip == ""
    assert dialog.case_label.text() == f"Case {dialog.case}"
    assert dialog.pages >= 2 and dialog.preview.pageCount() == dialog.pages  # Letter

    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    saved = dialog.save_pdf(tmp_path / "slip-a4-fr.pdf")
    assert saved is not None
    text = flat(pdf_text(saved))
    assert "CONCERNÉ PAR LE RAPPEL" in text and dialog.case in text and "Hardware Hut" in text
    assert pdf_pages_mm(saved)[0] == pytest.approx((210, 297), abs=0.5)
    assert "Saved slip-a4-fr.pdf" in dialog.status.text()

    dialog.paper.setCurrentIndex(dialog.paper.findData("58mm"))
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == 1, timeout=5000)
    size = dialog.printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert size.width() == pytest.approx(58, abs=0.5) and size.height() > 250

    entry = window.log.by_case(dialog.case)
    assert entry is not None and entry.slip == "pdf:a4"


def test_printing_goes_through_a_qprinter(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    check(qtbot, window, "A1263", "AB12CD34")
    dialog = open_dialog(qtbot, window)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = dialog.print_to(printer)
    assert pages >= 2
    text = flat(pdf_text(out))
    assert "CONSULTE AL FABRICANTE" in text and dialog.case in text
    assert pdf_pages_mm(out)[0] == pytest.approx((215.9, 279.4), abs=0.5)
    assert window.log is not None
    entry = window.log.by_case(dialog.case)
    assert entry is not None and entry.slip == "print:letter"


def test_send_to_the_receipt_printer(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "receipt-printer.bin"
    window.settings.printer_kind = "file"
    window.settings.printer_target = str(target)
    window.settings.printer_profile = "TM-T20II"
    window.settings.printer_paper = "58mm"
    check(qtbot, window, "BPD005", "57V123456789AB")
    dialog = open_dialog(qtbot, window)
    assert dialog.receipt_button.isEnabled()
    assert dialog.send_to_receipt_printer()
    parsed = parse(target.read_bytes())
    assert parsed.qr_codes() == ["http://www.belkin.com/bpd005recall"]
    assert {code128_text(d) for _, d in parsed.barcodes()} == {dialog.case}
    assert all(i.width == 384 for i in parsed.images())  # the printer's paper: 58 mm
    assert "TM-T20II" in dialog.status.text()
    assert window.log is not None
    entry = window.log.by_case(dialog.case)
    assert entry is not None and entry.slip == "escpos:58mm"
    # A printer that is not there: said in the dialog, nothing noted.
    window.settings.printer_target = str(tmp_path / "missing" / "lp0")
    assert not dialog.send_to_receipt_printer()
    assert dialog.status.text().startswith("Not sent:")
    entry = window.log.by_case(dialog.case)
    assert entry is not None and entry.slip == "escpos:58mm"


def test_no_receipt_printer_set_up(qtbot: QtBot, window: MainWindow) -> None:
    check(qtbot, window, "XYZ999")
    dialog = open_dialog(qtbot, window)
    assert not dialog.receipt_button.isEnabled()
    assert not dialog.send_to_receipt_printer()
    assert "File → Settings" in dialog.status.text()


def test_a_model_under_two_recalls_chooses_which(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    check(qtbot, window, "A1647", "ABCDEFGH12345678")
    dialog = open_dialog(qtbot, window)
    assert dialog.recall.isVisibleTo(dialog) and dialog.recall.count() == 2
    first = dialog.slip().recall_key
    dialog.recall.setCurrentIndex(1)
    assert dialog.slip().recall_key != first
    saved = dialog.save_pdf(tmp_path / "second.pdf")
    assert saved is not None and "25-466" in flat(pdf_text(saved))


def test_settings_keep_the_store_the_slips_and_the_receipt_printer(qtbot: QtBot, settings_file: Path) -> None:
    from recall_desk.ui.settings_dialog import SettingsDialog

    settings = AppSettings()
    assert (settings.slip_paper, settings.slip_language, settings.printer_kind) == ("letter", "en", "none")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.printer_target.isEnabled()  # no printer: nothing to fill in
    dialog.store_name.setText("Hardware Hut")
    dialog.store_address.setPlainText("12 Main Street\n\nSpringfield, OR 97477\n")
    dialog.store_phone.setText("(541) 555-0100")
    dialog.slip_paper.setCurrentIndex(dialog.slip_paper.findData("58mm"))
    dialog.slip_language.setCurrentIndex(dialog.slip_language.findData("fr"))
    dialog.printer_kind.setCurrentIndex(dialog.printer_kind.findData("network"))
    assert dialog.printer_target.isEnabled() and "9100" not in dialog.printer_target.text()
    dialog.printer_target.setText("192.168.1.50:9100")
    assert dialog.printer_profile.findText("TM-T88V") >= 0  # python-escpos's printer database
    dialog.printer_profile.setCurrentIndex(dialog.printer_profile.findText("TM-T88V"))
    dialog.printer_paper.setCurrentIndex(dialog.printer_paper.findData("58mm"))
    dialog.accept()
    again = AppSettings()  # read back from the INI file
    assert again.store_name == "Hardware Hut"
    assert again.store_address == "12 Main Street\nSpringfield, OR 97477"
    assert again.store_phone == "(541) 555-0100"
    assert (again.slip_paper, again.slip_language) == ("58mm", "fr")
    assert (again.printer_kind, again.printer_target, again.printer_profile, again.printer_paper) == (
        "network",
        "192.168.1.50:9100",
        "TM-T88V",
        "58mm",
    )
    again.slip_paper = "legal"  # not a paper: the default stays
    assert AppSettings().slip_paper == "letter"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_preview_draws_the_whole_slip_in_black_in_either_theme(
    qtbot: QtBot, window: MainWindow, theme: str
) -> None:
    """The preview replays each page with the window's own pen until the slip's first recorded pen
    change: the slip's first lines (its title) must still be black on the white page in the dark theme."""
    from recall_desk.ui.settings import apply_theme

    apply_theme(theme)
    try:
        check(qtbot, window, "BPD005", "57V123456789AB")
        dialog = open_dialog(qtbot, window)
        dialog.resize(900, 1000)
        qtbot.wait(100)
        image = dialog.preview.grab().toImage()
        white = [
            (x, y)
            for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)
            if image.pixelColor(x, y).lightness() == 255
        ]
        assert white, "no page in the preview"
        left, top = min(x for x, _ in white), min(y for _, y in white)
        right, bottom = max(x for x, _ in white), max(y for _, y in white)
        # The store and the title sit in the page's top left, above the verdict's black box; the case's
        # barcode is on the right.
        dark = sum(
            image.pixelColor(x, y).lightness() < 100
            for y in range(top, top + (bottom - top) // 9)
            for x in range(left, left + (right - left) // 2)
        )
        assert dark > 50
    finally:
        apply_theme("system")
