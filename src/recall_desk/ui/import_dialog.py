"""File → Import recall data…: official recall files into the catalog, off the window's thread.

The manager picks a file (the CPSC Recalls API's JSON, Health Canada's JSON or
CSV), the import runs on a worker thread behind a progress dialog that can be
cancelled (the import is one transaction: a cancelled or refused import changes
nothing), and ends in a summary or in the refusal with each problem listed.

Every text follows the interface language (``retranslate_ui``), the summary and a progress step
already shown included; what the catalog layer says about a file (its problems, record labels) is
shown as it says it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import Retranslating
from .views import WrappedLabel, local_number, long_date, numerus

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from ..catalog.imports import ImportSummary

CANCELLED_TEXT = str(QT_TRANSLATE_NOOP("ImportDialog", "Import cancelled; nothing was changed."))
"""The note and message after a cancelled import (in English; shown through ``tr``)."""


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    refused = Signal(str, list)
    cancelled = Signal()


ACK_WAIT_S = 60.0
"""How long a step waits for the window to show it (and to hear of a Cancel click) before going on."""


class _ImportJob(QRunnable):
    """Runs one import on a pool thread; reports through ``signals`` (which live in the GUI thread).

    Each progress step waits until the window has shown it (``ack``), so a Cancel click made while
    a step is on screen stops the import at that step."""

    def __init__(
        self, engine: Engine, path: Path, fmt: str | None, skip_bad: bool, signals: _Signals
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.engine, self.path, self.fmt, self.skip_bad = engine, path, fmt, skip_bad
        self.signals = signals
        self.cancel = threading.Event()
        self.ack = threading.Event()

    def _progress(self, done: int, total: int) -> bool:
        self.ack.clear()
        self.signals.progress.emit(done, total)
        self.ack.wait(ACK_WAIT_S)
        return not self.cancel.is_set()

    def run(self) -> None:
        from ..catalog.importers import ImportRefused
        from ..catalog.imports import Cancelled, import_file

        try:
            summary = import_file(
                self.engine, self.path, self.fmt, skip_bad=self.skip_bad, progress=self._progress
            )
        except Cancelled:
            self.signals.cancelled.emit()
        except ImportRefused as exc:
            self.signals.refused.emit(str(exc), list(exc.problems))
        except Exception as exc:  # a database or disk error: the transaction was rolled back
            message = QCoreApplication.translate(
                "ImportDialog", "{file}: the import failed, nothing was changed: {problem}"
            ).format(file=self.path, problem=exc)
            self.signals.refused.emit(message, [f"{type(exc).__name__}: {exc}"])
        else:
            self.signals.done.emit(summary)


class ImportDialog(Retranslating, QDialog):
    """Choose a file and how to read it, then import it with a cancellable progress dialog."""

    finished_import = Signal(object)
    """Emitted with the ImportSummary once an import has been applied."""
    failed = Signal(str)
    """Emitted with the full message when a file is refused (nothing was changed)."""
    cancelled = Signal()
    """Emitted when the manager cancelled an import (nothing was changed)."""
    progressed = Signal(int, int)
    """Emitted with (records done, total) as the import goes."""

    FORMAT_VALUES: tuple[str | None, ...] = (None, "cpsc", "healthcanada")

    def __init__(
        self, engine: Engine, parent: QWidget | None = None, start_folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self._start_folder = start_folder or Path.home()
        self._job: _ImportJob | None = None
        self._pool = QThreadPool.globalInstance()
        # No parent: the running job keeps it too, and the dialog's reference keeps it from being
        # freed on the worker's thread.
        self.signals = _Signals()
        self.signals.progress.connect(self._on_progress)
        self.signals.done.connect(self._on_done)
        self.signals.refused.connect(self._on_refused)
        self.signals.cancelled.connect(self._on_cancelled)
        self.progress_dialog: QProgressDialog | None = None
        self._progress_cancel: QPushButton | None = None
        self._progress_text: Callable[[], str] = lambda: ""
        self._note_text: Callable[[], str] = lambda: ""
        self._saving = False
        self.result_dialog: QDialog | None = None
        self.summary: ImportSummary | None = None
        self.problems: list[str] = []

        self.intro = WrappedLabel(self)
        self.path_edit = QLineEdit(self)
        self.browse_button = QPushButton(self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.format_box = QComboBox(self)
        for value in self.FORMAT_VALUES:
            self.format_box.addItem("", value)
        self.skip_bad = QCheckBox(self)
        form = QFormLayout()
        self.file_label = QLabel(self)
        self.file_label.setBuddy(self.path_edit)
        self.format_label = QLabel(self)
        self.format_label.setBuddy(self.format_box)
        form.addRow(self.file_label, path_row)
        form.addRow(self.format_label, self.format_box)
        form.addRow("", self.skip_bad)
        self.note = WrappedLabel(self)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        # Our own Close (not the standard one, whose text Qt would set back on a language change).
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.browse_button.clicked.connect(self.browse)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.abandon)
        self.path_edit.textChanged.connect(self._update_buttons)
        self._update_buttons()
        self.retranslate_ui()
        self.resize(640, max(260, self.sizeHint().height()))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import recall data"))
        self.setAccessibleName(self.tr("Import recall data"))
        self.setAccessibleDescription(
            self.tr("Choose a recall file and import it into the catalog, with a summary at the end.")
        )
        self.intro.setText(
            self.tr(
                "Import a file of recalls as the agency publishes it: the CPSC Recalls API's JSON, or "
                "Health Canada's open data (JSON or CSV). Recalls you edited are kept as you left them; "
                "model numbers and serial rules read from the notices' wording wait in the review list."
            )
        )
        self.file_label.setText(self.tr("&File:"))
        self.format_label.setText(self.tr("F&ormat:"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setAccessibleDescription(
            self.tr("The recall file: CPSC or Health Canada JSON or CSV, or a head-office bundle.")
        )
        self.path_edit.setPlaceholderText(self.tr("Choose a .json or .csv file, or a head-office .rdbundle"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the file to import"))
        self.browse_button.setAccessibleDescription(self.tr("Opens a file dialog to pick the recall file."))
        for i, text in enumerate(
            (
                self.tr("Detect from the file"),
                self.tr("CPSC Recalls API (JSON)"),
                self.tr("Health Canada open data (JSON or CSV)"),
            )
        ):
            self.format_box.setItemText(i, text)
        self.format_box.setAccessibleName(self.tr("File format"))
        self.format_box.setAccessibleDescription(
            self.tr("How to read the file; “Detect from the file” tells the formats apart by their content.")
        )
        self.skip_bad.setText(self.tr("&Skip bad records and import the others"))
        self.skip_bad.setAccessibleName(self.tr("Skip bad records"))
        why = self.tr(
            "The summary lists what was skipped. Without this, a file with any record that cannot be read "
            "is refused whole, naming each."
        )
        self.skip_bad.setToolTip(why)
        self.skip_bad.setAccessibleDescription(why)
        self.note.setAccessibleName(self.tr("Import status"))
        self.note.setText(self._note_text())
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import the file"))
        self.import_button.setAccessibleDescription(
            self.tr("Imports the chosen file into the catalog; it can be cancelled while it runs.")
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAccessibleDescription(self.tr("Closes this window."))
        self._retranslate_progress()

    def _retranslate_progress(self) -> None:
        progress = self.progress_dialog
        if progress is None:
            return
        progress.setWindowTitle(self.tr("Importing recall data"))
        progress.setAccessibleName(self.tr("Import progress"))
        progress.setAccessibleDescription(self.tr("How far the import has gone."))
        progress.setLabelText(self._progress_text())
        bar = progress.findChild(QProgressBar)
        if bar is not None:
            bar.setAccessibleName(self.tr("Records imported"))
            bar.setAccessibleDescription(self.tr("Records applied so far, of all the records in the file."))
        if self._progress_cancel is not None:
            progress.setCancelButtonText(self.tr("Cancel"))
            self._progress_cancel.setAccessibleName(self.tr("Cancel the import"))
            self._progress_cancel.setAccessibleDescription(
                self.tr("Stops the import at its next step; nothing is changed.")
            )

    def _set_note(self, text: Callable[[], str]) -> None:
        self._note_text = text
        self.note.setText(text())

    def file_filter(self) -> str:
        return self.tr(
            "Recall data (*.json *.csv *.rdbundle *.zip);;CPSC or Health Canada JSON (*.json);;"
            "Health Canada CSV (*.csv);;Head-office bundle (*.rdbundle *.zip)"
        )

    # -- choosing --

    def browse(self) -> None:
        start = self.path_edit.text().strip() or str(self._start_folder)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import recall data"), start, self.file_filter())
        if name:
            self.path_edit.setText(name)

    def _update_buttons(self) -> None:
        running = self._job is not None
        self.import_button.setEnabled(bool(self.path_edit.text().strip()) and not running)
        for widget in (self.path_edit, self.browse_button, self.format_box, self.skip_bad, self.close_button):
            widget.setEnabled(not running)

    @property
    def running(self) -> bool:
        return self._job is not None

    # -- importing --

    def start(self) -> None:
        """Import the chosen file on a worker thread."""
        text = self.path_edit.text().strip()
        if not text or self._job is not None:
            return
        path = Path(text).expanduser()
        self.summary, self.problems = None, []
        self._set_note(lambda: self.tr("Importing {file}…").format(file=path.name))
        job = _ImportJob(
            self.engine, path, self.format_box.currentData(), self.skip_bad.isChecked(), self.signals
        )
        self._job = job
        self._saving = False
        self._update_buttons()
        progress = QProgressDialog(self)
        progress.setRange(0, 0)
        self._progress_cancel = QPushButton(progress)
        progress.setCancelButton(self._progress_cancel)
        progress.setBar(QProgressBar(progress))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(420)
        progress.canceled.connect(self.cancel)
        self.progress_dialog = progress
        self._progress_text = lambda: self.tr("Reading {file}…").format(file=path.name)
        self._retranslate_progress()
        progress.show()
        self._pool.start(job)

    def cancel(self) -> None:
        """Stop the running import at its next step; nothing is changed."""
        if self._job is None or self._saving:
            return
        self._job.cancel.set()
        self._set_note(lambda: self.tr("Cancelling: nothing will be changed…"))

    def _on_progress(self, done: int, total: int) -> None:
        job = self._job
        if job is None:
            return
        try:
            progress = self.progress_dialog
            if progress is not None and not job.cancel.is_set():
                progress.setMaximum(max(total, 1))
                progress.setValue(done)
                if done >= total:
                    self._progress_text = lambda: numerus(
                        self.tr("Saving {count} recall(s)…", "", total), total
                    ).format(count=local_number(total))
                else:
                    self._progress_text = lambda: self.tr("Applying recall {done} of {total}…").format(
                        done=local_number(done), total=local_number(total)
                    )
                progress.setLabelText(self._progress_text())
            self.progressed.emit(done, total)
            if done >= total and not job.cancel.is_set():
                # Past the last step the import can no longer be cancelled: it is being saved.
                self._saving = True
                if progress is not None:
                    progress.setCancelButton(None)
                    self._progress_cancel = None
        finally:
            job.ack.set()

    def _finish_job(self) -> None:
        self._job = None
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
            self._progress_cancel = None
        self._update_buttons()

    def _on_done(self, summary: ImportSummary) -> None:
        self._finish_job()
        self.summary = summary
        name = Path(summary.source).name
        self._set_note(lambda: self.tr("Imported {file}.").format(file=name))
        self._show_result(ImportSummaryDialog(summary, self))
        self.finished_import.emit(summary)

    def _on_refused(self, message: str, problems: list[str]) -> None:
        self._finish_job()
        self.problems = problems
        self._set_note(lambda: self.tr("The file was refused; the catalog was not changed."))
        self._show_result(ImportRefusedDialog(message, problems, self))
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._finish_job()
        self._set_note(lambda: self.tr(CANCELLED_TEXT))
        self._show_result(ImportCancelledBox(self))
        self.cancelled.emit()

    def _show_result(self, dialog: QDialog) -> None:
        if self.result_dialog is not None:
            self.result_dialog.deleteLater()
        self.result_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def reject(self) -> None:
        if self._job is not None:  # the worker is still running: cancel it first
            self.cancel()
            return
        super().reject()

    def abandon(self) -> None:
        """The program is closing: let a running import stop at its next step without the window."""
        if self._job is not None:
            self._job.cancel.set()
            self._job.ack.set()


class ImportCancelledBox(Retranslating, QMessageBox):
    """Says that the import was cancelled and nothing was changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        # Our own OK (a standard button's text would be Qt's, set back on a language change).
        self.ok_button = self.addButton("", QMessageBox.ButtonRole.AcceptRole)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import cancelled"))
        self.setAccessibleName(self.tr("Import cancelled"))
        self.setText(QCoreApplication.translate("ImportDialog", CANCELLED_TEXT))
        self.setAccessibleDescription(self.text())
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("OK"))
        self.ok_button.setAccessibleDescription(self.tr("Closes this message."))


def _count_row(form: QFormLayout, parent: QWidget) -> tuple[QLabel, QLabel]:
    label, shown = QLabel(parent), QLabel(parent)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setBuddy(shown)
    form.addRow(label, shown)
    return label, shown


def _listing(parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setReadOnly(True)
    box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    box.setTabChangesFocus(True)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return box


def _fill_listing(box: QPlainTextEdit, lines: list[str]) -> None:
    """Show ``lines``, as tall as what it lists (a few lines to a screenful), so a short summary is not
    a big empty box."""
    box.setPlainText("\n".join(lines))
    rows = min(max(len(lines), 3), 16)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * rows + 16)
    if len(lines) < 16:
        box.setMaximumHeight(box.fontMetrics().lineSpacing() * (rows + 3) + 16)


class ImportSummaryDialog(Retranslating, QDialog):
    """What an import did: new, updated, unchanged, kept as edited, needs review, skipped, ignored."""

    KEYS = ("new", "updated", "unchanged", "kept_edits", "needs_review", "skipped", "ignored")

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.headline = WrappedLabel(self)
        self.headline.setObjectName("importHeadline")
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        form = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        self.counts: dict[str, QLabel] = {}
        for key in (*self.KEYS, "catalog"):
            label, shown = _count_row(form, self)
            self.count_labels[key] = label
            if key != "catalog":
                self.counts[key] = shown
            else:
                self.catalog_now = shown
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(form)
        self.details: QPlainTextEdit | None = None
        if summary.skipped or summary.kept_edits or summary.new or summary.updated or summary.ignored:
            self.details = _listing(self)
            layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.resize(640, self.sizeHint().height())

    def _values(self) -> dict[str, tuple[str, int, str]]:
        """For each count: its label, its number and what it means (shown when it is not 0)."""
        s = self.summary
        return {
            "new": (self.tr("New recalls:"), len(s.new), ""),
            "updated": (self.tr("Updated:"), len(s.updated), self.tr("a newer record replaced the older")),
            "unchanged": (self.tr("Unchanged:"), len(s.unchanged), ""),
            "kept_edits": (
                self.tr("Kept as edited:"),
                len(s.kept_edits),
                self.tr("the stored version stays; the newer record is set aside"),
            ),
            "needs_review": (
                self.tr("Needs review:"),
                s.needs_review,
                self.tr("Catalog → Review imported findings…"),
            ),
            "skipped": (self.tr("Skipped (bad records):"), len(s.skipped), ""),
            "ignored": (self.tr("Ignored (not for the counter):"), len(s.ignored), ""),
        }

    def retranslate_ui(self) -> None:
        s = self.summary
        self.setWindowTitle(self.tr("Import finished"))
        self.setAccessibleName(self.tr("Import summary"))
        self.setAccessibleDescription(self.tr("What the import added, changed and left for review."))
        self.headline.setText(
            self.tr("{file} was imported ({format}).").format(
                file=Path(s.source).name, format=self._format_name(s.format)
            )
        )
        for key, (label, value, hint) in self._values().items():
            self.count_labels[key].setText(label)
            text = local_number(value)
            if hint and value:
                text = self.tr("{count}  ({meaning})").format(count=text, meaning=hint)
            self.counts[key].setText(text)
            self.counts[key].setAccessibleName(label.rstrip(": \u00a0"))
        self.count_labels["catalog"].setText(self.tr("Catalog now:"))
        self.catalog_now.setText(
            self.tr("{version}, published {date}").format(version=s.version, date=long_date(s.published))
        )
        self.catalog_now.setAccessibleName(self.tr("Catalog version"))
        if self.details is not None:
            self.details.setAccessibleName(self.tr("Import details"))
            self.details.setAccessibleDescription(
                self.tr("The recalls the import added, updated, kept as edited, skipped or ignored.")
            )
            _fill_listing(self.details, self._detail_lines())
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("Close the summary"))
        self.ok_button.setAccessibleDescription(self.tr("Closes this summary."))

    def _format_name(self, fmt: str) -> str:
        names = {
            "cpsc": self.tr("CPSC"),
            "healthcanada": self.tr("Health Canada"),
            "bundle": self.tr("head-office bundle"),
        }
        return names.get(fmt, fmt)

    def _detail_lines(self) -> list[str]:
        s = self.summary

        def listed(names: list[str]) -> str:
            return ", ".join(names[:200]) + (" …" if len(names) > 200 else "")

        lines: list[str] = []
        if s.skipped:
            lines.append(self.tr("Skipped, with why:"))
            lines += [
                "  " + self.tr("{record}: {problem}").format(record=label, problem=problem)
                for label, problem in s.skipped
            ]
        if s.kept_edits:
            lines.append(self.tr("Kept as edited: {recalls}").format(recalls=", ".join(s.kept_edits)))
        if s.new:
            lines.append(self.tr("New: {recalls}").format(recalls=listed(s.new)))
        if s.updated:
            lines.append(self.tr("Updated: {recalls}").format(recalls=listed(s.updated)))
        if s.ignored:
            lines.append(self.tr("Ignored:"))
            lines += [
                "  " + self.tr("{record}: {problem}").format(record=label, problem=why)
                for label, why in s.ignored[:500]
            ]
        return lines


class ImportRefusedDialog(Retranslating, QDialog):
    """The file was refused whole: what is wrong with it, record by record."""

    def __init__(self, message: str, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.problems = problems
        self.headline = WrappedLabel(self)
        font = QFont(self.headline.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)
        self.sub = WrappedLabel(self)
        self.problems_view = _listing(self)
        shown = [p for p in problems if not p.startswith("(--skip-bad")]  # the line above says it
        _fill_listing(self.problems_view, shown)
        buttons = QDialogButtonBox(self)
        self.close_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.sub)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(buttons)
        self.retranslate_ui()
        self.resize(680, 420)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import refused"))
        self.setAccessibleName(self.tr("Import refused"))
        self.setAccessibleDescription(self.tr("Why the file was refused, record by record."))
        source = self.message.split(": refused", 1)[0] if ": refused" in self.message else ""
        name = Path(source).name
        self.headline.setText(
            self.tr("{file} was refused; the catalog was not changed.").format(file=name)
            if name
            else self.tr("The file was refused; the catalog was not changed.")
        )
        count = len([p for p in self.problems if not p.startswith("(")])
        if _skippable(self.problems):
            sub = self.tr(
                "{count} problem(s): tick “Skip bad records” to import the other records.", "", count
            )
        else:
            sub = self.tr("{count} problem(s):", "", count)
        self.sub.setText(numerus(sub, count).format(count=local_number(count)))
        self.problems_view.setAccessibleName(self.tr("Problems found in the file"))
        self.problems_view.setAccessibleDescription(
            self.tr("Each problem names the record it is in, as the file numbers them.")
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAccessibleDescription(self.tr("Closes this window; the file stays chosen."))


def _skippable(problems: list[str]) -> bool:
    return any("--skip-bad" in p for p in problems)
