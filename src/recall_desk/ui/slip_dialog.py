"""File → Print slip… (Ctrl+P): the print preview of the last check's slip, with the paper and the
customer's language to choose, printing through Qt's print dialog, Save PDF…, and Send to receipt
printer.

The case number is given to the check's log row when the dialog opens (so the preview shows it), and
each thing made of the slip is noted in that row ("print:letter", "pdf:a4", "escpos:80mm").

The dialog's words follow the interface language; the slip's language is chosen here, per check
(the settings give its default), whatever the interface's.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..catalog.checklog import CheckLog
from ..core.slip import Slip, SlipError, StoreInfo, make_slip, slip_matches
from ..core.slip_text import LANGS
from ..core.verdict import CheckResult, Match
from .accessibility import set_accessible
from .escpos_out import PRINTER_KINDS, EscposError, ReceiptPrinter, send_slip
from .i18n import Retranslating, engine_translate
from .models import outcome_words
from .settings import AppSettings, language_name
from .slip_render import PAPERS, SlipRenderError, measure_thermal_mm, render_to_printer, write_pdf
from .views import plural

PAPER_KEYS = ("letter", "a4", "80mm", "58mm")


class SlipDialog(Retranslating, QDialog):
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
        self.setObjectName("slipDialog")
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
        for value in PAPER_KEYS:
            self.paper.addItem(value, value)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.slip_paper)))
        self.language = QComboBox(self)
        for lang in LANGS:
            self.language.addItem(lang, lang)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.slip_language)))
        self.recall = QComboBox(self)
        for _m in self.matches:
            self.recall.addItem("")
        self.recall.setVisible(len(self.matches) > 1)

        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setFullPage(True)
        self.printer.setDocName(f"Recall slip {self.case}")
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.preview.paintRequested.connect(self._paint)

        self.case_label = QLabel(self)
        self.case_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self._status: tuple[str, dict[str, object]] | None = None
        """The status line's message (a key) and its values: made again when the language changes."""

        self.print_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.receipt_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for b in (self.print_button, self.pdf_button, self.receipt_button, self.close_button):
            b.setAutoDefault(False)
        self.receipt_button.setEnabled(settings.printer_kind in PRINTER_KINDS)

        self.paper_label = QLabel(self)
        self.paper_label.setBuddy(self.paper)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        controls = QHBoxLayout()
        controls.addWidget(self.paper_label)
        controls.addWidget(self.paper)
        controls.addWidget(self.language_label)
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
        self.retranslate_ui()
        self.resize(900, 1000)
        self._setup_page()

    def showEvent(self, event: QShowEvent) -> None:
        from .views import fit_to_screen

        fit_to_screen(self)
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print slip"))
        paper_words = {
            "letter": self.tr("Letter"),
            "a4": self.tr("A4"),
            "80mm": self.tr("80 mm receipt"),
            "58mm": self.tr("58 mm receipt"),
        }
        for i in range(self.paper.count()):
            self.paper.setItemText(i, paper_words[str(self.paper.itemData(i))])
        self.paper_label.setText(self.tr("P&aper:"))
        set_accessible(self.paper, self.tr("Paper"), self.tr("The paper the slip is made for"))
        for i in range(self.language.count()):
            self.language.setItemText(i, language_name(str(self.language.itemData(i))))
        self.language_label.setText(self.tr("&Language:"))
        set_accessible(
            self.language,
            self.tr("Slip language"),
            self.tr("The customer's language: the slip is printed in it"),
        )
        for i, m in enumerate(self.matches):
            self.recall.setItemText(
                i,
                self.tr("Recall {recall} ({agency}): {outcome}").format(
                    recall=m.recall.label, agency=m.recall.agency, outcome=outcome_words(m.outcome)
                ),
            )
        set_accessible(
            self.recall,
            self.tr("Recall on the slip"),
            self.tr("Several recalls name this model: the one the slip is about"),
        )
        self.case_label.setText(self.tr("Case {case}").format(case=self.case))
        set_accessible(
            self.case_label, self.tr("Case number"), self.tr("The case number printed on the slip")
        )
        for view in (self.preview, *self.preview.findChildren(QGraphicsView)):  # the page view inside
            set_accessible(view, self.tr("Slip preview"), self.tr("The slip as it will be printed"))
        set_accessible(self.status, self.tr("Slip status"), self.tr("What was done with the slip"))
        for button, text, name, description in (
            (
                self.print_button,
                self.tr("&Print…"),
                self.tr("Print"),
                self.tr("Prints the slip on a printer you choose"),
            ),
            (
                self.pdf_button,
                self.tr("Save P&DF…"),
                self.tr("Save PDF"),
                self.tr("Saves the slip as a PDF file"),
            ),
            (
                self.receipt_button,
                self.tr("Send to &receipt printer"),
                self.tr("Send to receipt printer"),
                self.tr("Prints the slip on the counter's receipt printer"),
            ),
            (self.close_button, self.tr("Close"), self.tr("Close"), self.tr("Closes the slip preview")),
        ):
            button.setText(text)
            set_accessible(button, name, description)
        if not self.receipt_button.isEnabled():
            self.receipt_button.setToolTip(self.tr("Set up a receipt printer in File → Settings"))
        if self._status is not None:
            self.status.setText(self._status_text(*self._status))

    def _status_text(self, key: str, values: dict[str, object]) -> str:
        """The status line for ``key`` in the interface language (the slip layer's reasons as given)."""
        pages = int(str(values.get("pages", 0)))
        texts = {
            "not_drawn": lambda: self.tr("The slip could not be drawn: {reason}"),
            "not_printed": lambda: self.tr("Not printed: {reason}"),
            "printed": lambda: plural(
                self.tr("Printed case {case} ({pages} pages).", "", pages),
                pages,
                "Printed case {case} ({pages} page).",
            ),
            "not_saved": lambda: self.tr("Not saved: {reason}"),
            "saved": lambda: plural(
                self.tr("Saved {file} ({pages} pages).", "", pages), pages, "Saved {file} ({pages} page)."
            ),
            "no_printer": lambda: self.tr("No receipt printer is set up: choose one in File → Settings."),
            "not_sent": lambda: self.tr("Not sent: {reason}"),
            "sent": lambda: self.tr("Sent case {case} to the receipt printer ({profile})."),
            "sent_native": lambda: self.tr(
                "Sent case {case} to the receipt printer ({profile}, printer's own {codes})."
            ),
        }
        return texts[key]().format(**values)

    def _say(self, key: str, **values: object) -> None:
        self._status = (key, values)
        self.status.setText(self._status_text(key, values))

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
            translate=engine_translate(self.lang),
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
            self._say("not_drawn", reason=exc)

    def _done(self, output: str, key: str, **values: object) -> None:
        self.log.add_slip_output(self.row_id, output)
        self._say(key, **values)

    # -- the three ways out --

    def print_with_dialog(self) -> None:
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print slip"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(self.printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the slip on ``printer`` (set up by the print dialog) and note it in the log."""
        self._setup_page_of(printer)
        try:
            pages = render_to_printer(self.slip(), PAPERS[self.paper_key], printer).pages
        except (SlipError, SlipRenderError) as exc:
            self._say("not_printed", reason=exc)
            return 0
        self._done(f"print:{self.paper_key}", "printed", case=self.case, pages=pages)
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
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the slip as PDF"),
                suggested,
                self.tr("PDF files ({patterns})").format(patterns="*.pdf"),
            )
            if not name:
                return None
            path = name if name.lower().endswith(".pdf") else name + ".pdf"
        target = Path(path)
        try:
            info = write_pdf(self.slip(), PAPERS[self.paper_key], target)
        except (SlipError, SlipRenderError) as exc:
            self._say("not_saved", reason=exc)
            return None
        self.last_pdf = target
        self._done(f"pdf:{self.paper_key}", "saved", file=target.name, pages=info.pages)
        return target

    def receipt_printer(self) -> ReceiptPrinter | None:
        kind = self.settings.printer_kind
        if kind not in PRINTER_KINDS:
            return None
        return ReceiptPrinter(kind, self.settings.printer_target, self.settings.printer_profile)

    def send_to_receipt_printer(self) -> bool:
        cfg = self.receipt_printer()
        if cfg is None:
            self._say("no_printer")
            return False
        paper = PAPERS[self.paper_key if PAPERS[self.paper_key].thermal else self.settings.printer_paper]
        try:
            report = send_slip(self.slip(), paper, cfg)
        except (SlipError, SlipRenderError, EscposError) as exc:
            self._say("not_sent", reason=exc)
            return False
        if report.native:
            codes = self.tr(" and ").join(dict.fromkeys(report.native))
            self._done(
                f"escpos:{paper.key}", "sent_native", case=self.case, profile=report.profile, codes=codes
            )
        else:
            self._done(f"escpos:{paper.key}", "sent", case=self.case, profile=report.profile)
        return True
