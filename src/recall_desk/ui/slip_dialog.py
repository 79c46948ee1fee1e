"""File → Print slip… (Ctrl+P): the print preview of the last check's slip, with the paper and the
customer's language to choose, printing through Qt's print dialog, Save PDF…, and Send to receipt
printer.

The case number is given to the check's log row when the dialog opens (so the preview shows it), and
each thing made of the slip is noted in that row ("print:letter", "pdf:a4", "escpos:80mm").
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..catalog.checklog import CheckLog
from ..core.slip import Slip, SlipError, StoreInfo, make_slip, slip_matches
from ..core.slip_text import LANGS, LANGUAGE_NAMES
from ..core.verdict import CheckResult, Match
from .escpos_out import PRINTER_KINDS, EscposError, ReceiptPrinter, send_slip
from .settings import AppSettings
from .slip_render import PAPERS, SlipRenderError, measure_thermal_mm, render_to_printer, write_pdf

PAPER_CHOICES = (("letter", "Letter"), ("a4", "A4"), ("80mm", "80 mm receipt"), ("58mm", "58 mm receipt"))


class SlipDialog(QDialog):
    def __init__(
        self,
        result: CheckResult,
        log: CheckLog,
        row_id: int,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        serial: str | None = None,
        no_serial: bool = False,
        answers: dict[str, str] | None = None,
        when: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Print slip")
        self.check_result = result
        self.log = log
        self.row_id = row_id
        self.settings = settings
        self.serial = serial
        self.no_serial = no_serial
        self.answers = dict(answers or {})
        self.when = (when or datetime.now()).astimezone()
        self.case = log.assign_case(row_id, self.when)
        self.matches: tuple[Match, ...] = slip_matches(result)
        self.pages = 0
        self.last_pdf: Path | None = None

        self.paper = QComboBox(self)
        self.paper.setAccessibleName("Paper")
        for value, label in PAPER_CHOICES:
            self.paper.addItem(label, value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.slip_paper)))
        self.language = QComboBox(self)
        self.language.setAccessibleName("Slip language")
        for lang in LANGS:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.slip_language)))
        self.recall = QComboBox(self)
        self.recall.setAccessibleName("Recall on the slip")
        for m in self.matches:
            self.recall.addItem(f"{m.recall.label} ({m.recall.agency}): {m.outcome.value.replace('_', ' ')}")
        self.recall.setVisible(len(self.matches) > 1)

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setFullPage(True)
        self.printer.setDocName(f"Recall slip {self.case}")
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setAccessibleName("Slip preview")
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.preview.paintRequested.connect(self._paint)

        self.case_label = QLabel(f"Case {self.case}", self)
        self.case_label.setTextFormat(Qt.TextFormat.PlainText)
        self.case_label.setAccessibleName("Case number")
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Slip status")

        self.print_button = QPushButton("&Print…", self)
        self.pdf_button = QPushButton("Save &PDF…", self)
        self.receipt_button = QPushButton("Send to &receipt printer", self)
        self.close_button = QPushButton("Close", self)
        for b in (self.print_button, self.pdf_button, self.receipt_button, self.close_button):
            b.setAccessibleName(b.text().replace("&", "").rstrip("…"))
            b.setAutoDefault(False)
        self.receipt_button.setEnabled(settings.printer_kind in PRINTER_KINDS)
        if not self.receipt_button.isEnabled():
            self.receipt_button.setToolTip("Set up a receipt printer in File → Settings")

        controls = QHBoxLayout()
        controls.addWidget(QLabel("Paper:", self))
        controls.addWidget(self.paper)
        controls.addWidget(QLabel("Language:", self))
        controls.addWidget(self.language)
        controls.addWidget(self.recall, 1)
        controls.addStretch(1)
        controls.addWidget(self.case_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.print_button, self.pdf_button, self.receipt_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)

        self.paper.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.recall.currentIndexChanged.connect(self.refresh)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.receipt_button.clicked.connect(self.send_to_receipt_printer)
        self.close_button.clicked.connect(self.accept)
        self.resize(900, 1000)
        self._setup_page()

    # -- the slip --

    @property
    def paper_key(self) -> str:
        return str(self.paper.currentData())

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    def chosen_match(self) -> Match | None:
        if not self.matches:
            return None
        return self.matches[max(0, self.recall.currentIndex())]

    def slip(self) -> Slip:
        return make_slip(
            self.check_result,
            self.chosen_match(),
            case=self.case,
            when=self.when,
            lang=self.lang,
            store=StoreInfo(self.settings.store_name, self.settings.store_address, self.settings.store_phone),
            station=self.settings.station,
            serial=self.serial,
            no_serial=self.no_serial,
            answers=self.answers,
        )

    def _setup_page(self) -> None:
        paper = PAPERS[self.paper_key]
        if paper.thermal:
            height = measure_thermal_mm(self.slip(), paper, self.printer.resolution())
            self.printer.setPageSize(paper.page_size(height))
        else:
            self.printer.setPageSize(paper.page_size())

    def refresh(self) -> None:
        self._setup_page()
        self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        try:
            self.pages = render_to_printer(self.slip(), PAPERS[self.paper_key], printer).pages
        except (SlipError, SlipRenderError) as exc:
            self.status.setText(f"The slip could not be drawn: {exc}")

    def _done(self, output: str, message: str) -> None:
        self.log.add_slip_output(self.row_id, output)
        self.status.setText(message)

    # -- the three ways out --

    def print_with_dialog(self) -> None:
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle("Print slip")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(self.printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the slip on ``printer`` (set up by the print dialog) and note it in the log."""
        self._setup_page_of(printer)
        try:
            pages = render_to_printer(self.slip(), PAPERS[self.paper_key], printer).pages
        except (SlipError, SlipRenderError) as exc:
            self.status.setText(f"Not printed: {exc}")
            return 0
        self._done(
            f"print:{self.paper_key}", f"Printed case {self.case} ({pages} page{'s' if pages > 1 else ''})."
        )
        return pages

    def _setup_page_of(self, printer: QPrinter) -> None:
        paper = PAPERS[self.paper_key]
        printer.setFullPage(True)
        if paper.thermal:
            printer.setPageSize(paper.page_size(measure_thermal_mm(self.slip(), paper, printer.resolution())))
        else:
            printer.setPageSize(paper.page_size())

    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        if not path:
            suggested = str(Path.home() / f"{self.case}.pdf")
            name, _ = QFileDialog.getSaveFileName(self, "Save the slip as PDF", suggested, "PDF (*.pdf)")
            if not name:
                return None
            path = name if name.lower().endswith(".pdf") else name + ".pdf"
        target = Path(path)
        try:
            info = write_pdf(self.slip(), PAPERS[self.paper_key], target)
        except (SlipError, SlipRenderError) as exc:
            self.status.setText(f"Not saved: {exc}")
            return None
        self.last_pdf = target
        self._done(
            f"pdf:{self.paper_key}",
            f"Saved {target.name} ({info.pages} page{'s' if info.pages > 1 else ''}).",
        )
        return target

    def receipt_printer(self) -> ReceiptPrinter | None:
        kind = self.settings.printer_kind
        if kind not in PRINTER_KINDS:
            return None
        return ReceiptPrinter(kind, self.settings.printer_target, self.settings.printer_profile)

    def send_to_receipt_printer(self) -> bool:
        cfg = self.receipt_printer()
        if cfg is None:
            self.status.setText("No receipt printer is set up: choose one in File → Settings.")
            return False
        paper = PAPERS[self.paper_key if PAPERS[self.paper_key].thermal else self.settings.printer_paper]
        try:
            report = send_slip(self.slip(), paper, cfg)
        except (SlipError, SlipRenderError, EscposError) as exc:
            self.status.setText(f"Not sent: {exc}")
            return False
        native = f", printer's own {' and '.join(dict.fromkeys(report.native))}" if report.native else ""
        self._done(
            f"escpos:{paper.key}", f"Sent case {self.case} to the receipt printer ({report.profile}{native})."
        )
        return True
