"""File → Import recall data…: official recall files into the catalog, off the window's thread.

The manager picks a file (the CPSC Recalls API's JSON, Health Canada's JSON or
CSV), the import runs on a worker thread behind a progress dialog that can be
cancelled (the import is one transaction: a cancelled or refused import changes
nothing), and ends in a summary or in the refusal with each problem listed.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
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
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from ..catalog.imports import ImportSummary

FILE_FILTER = (
    "Recall data (*.json *.csv *.rdbundle *.zip);;CPSC or Health Canada JSON (*.json);;"
    "Health Canada CSV (*.csv);;Head-office bundle (*.rdbundle *.zip)"
)
FORMATS = (
    ("Detect from the file", None),
    ("CPSC Recalls API (JSON)", "cpsc"),
    ("Health Canada open data (JSON or CSV)", "healthcanada"),
)
CANCELLED_TEXT = "Import cancelled; nothing was changed."


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
            self.signals.refused.emit(
                f"{self.path}: the import failed, nothing was changed: {exc}",
                [f"{type(exc).__name__}: {exc}"],
            )
        else:
            self.signals.done.emit(summary)


class ImportDialog(QDialog):
    """Choose a file and how to read it, then import it with a cancellable progress dialog."""

    finished_import = Signal(object)
    """Emitted with the ImportSummary once an import has been applied."""
    failed = Signal(str)
    """Emitted with the full message when a file is refused (nothing was changed)."""
    cancelled = Signal()
    """Emitted when the manager cancelled an import (nothing was changed)."""
    progressed = Signal(int, int)
    """Emitted with (records done, total) as the import goes."""

    def __init__(
        self, engine: Engine, parent: QWidget | None = None, start_folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import recall data")
        self.setAccessibleName("Import recall data")
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
        self._saving = False
        self.result_dialog: QDialog | None = None
        self.summary: ImportSummary | None = None
        self.problems: list[str] = []

        intro = QLabel(
            "Import a file of recalls as the agency publishes it: the CPSC Recalls API's JSON, or Health "
            "Canada's open data (JSON or CSV). Recalls you edited are kept as you left them; model "
            "numbers and serial rules read from the notices' wording wait in the review list.",
            self,
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName("File to import")
        self.path_edit.setPlaceholderText("Choose a .json or .csv file, or a head-office .rdbundle")
        self.browse_button = QPushButton("&Browse…", self)
        self.browse_button.setAccessibleName("Choose the file to import")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName("File format")
        for text, value in FORMATS:
            self.format_box.addItem(text, value)
        self.skip_bad = QCheckBox("&Skip bad records (import the others and list what was skipped)", self)
        self.skip_bad.setAccessibleName("Skip bad records")
        self.skip_bad.setToolTip(
            "Without this, a file with any record that cannot be read is refused whole, naming each."
        )
        form = QFormLayout()
        file_label = QLabel("&File:", self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_row)
        form.addRow("F&ormat:", self.format_box)
        form.addRow("", self.skip_bad)
        self.note = QLabel(self)
        self.note.setAccessibleName("Import status")
        self.note.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName("Import the file")
        self.import_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName("Close")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 260)

        self.browse_button.clicked.connect(self.browse)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.abandon)
        self.path_edit.textChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- choosing --

    def browse(self) -> None:
        start = self.path_edit.text().strip() or str(self._start_folder)
        name, _ = QFileDialog.getOpenFileName(self, "Import recall data", start, FILE_FILTER)
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
        self.note.setText(f"Importing {path.name}…")
        job = _ImportJob(
            self.engine, path, self.format_box.currentData(), self.skip_bad.isChecked(), self.signals
        )
        self._job = job
        self._saving = False
        self._update_buttons()
        progress = QProgressDialog(f"Reading {path.name}…", "Cancel", 0, 0, self)
        progress.setWindowTitle("Importing recall data")
        progress.setAccessibleName("Import progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(420)
        progress.canceled.connect(self.cancel)
        self.progress_dialog = progress
        progress.show()
        self._pool.start(job)

    def cancel(self) -> None:
        """Stop the running import at its next step; nothing is changed."""
        if self._job is None or self._saving:
            return
        self._job.cancel.set()
        self.note.setText("Cancelling: nothing will be changed…")

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
                    progress.setLabelText(f"Saving {total:,} recalls…")
                else:
                    progress.setLabelText(f"Applying recall {done:,} of {total:,}…")
            self.progressed.emit(done, total)
            if done >= total and not job.cancel.is_set():
                # Past the last step the import can no longer be cancelled: it is being saved.
                self._saving = True
                if progress is not None:
                    progress.setCancelButton(None)
        finally:
            job.ack.set()

    def _finish_job(self) -> None:
        self._job = None
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._update_buttons()

    def _on_done(self, summary: ImportSummary) -> None:
        self._finish_job()
        self.summary = summary
        self.note.setText(f"Imported {Path(summary.source).name}.")
        self._show_result(ImportSummaryDialog(summary, self))
        self.finished_import.emit(summary)

    def _on_refused(self, message: str, problems: list[str]) -> None:
        self._finish_job()
        self.problems = problems
        self.note.setText("The file was refused; the catalog was not changed.")
        self._show_result(ImportRefusedDialog(message, problems, self))
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._finish_job()
        self.note.setText(CANCELLED_TEXT)
        box = QMessageBox(QMessageBox.Icon.Information, "Import cancelled", CANCELLED_TEXT, parent=self)
        box.setAccessibleName("Import cancelled")
        self._show_result(box)
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


def _count_row(form: QFormLayout, label: str, value: str, name: str, parent: QWidget) -> QLabel:
    shown = QLabel(value, parent)
    shown.setAccessibleName(name)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    form.addRow(label, shown)
    return shown


def _listing(lines: list[str], name: str, parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit("\n".join(lines), parent)
    box.setReadOnly(True)
    box.setAccessibleName(name)
    box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    box.setTabChangesFocus(True)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # As tall as what it lists (a few lines to a screenful), so a short summary is not a big empty box.
    rows = min(max(len(lines), 3), 16)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * rows + 16)
    if len(lines) < 16:
        box.setMaximumHeight(box.fontMetrics().lineSpacing() * (rows + 3) + 16)
    return box


class ImportSummaryDialog(QDialog):
    """What an import did: new, updated, unchanged, kept as edited, needs review, skipped, ignored."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import finished")
        self.setAccessibleName("Import summary")
        self.summary = summary
        head = QLabel(f"{Path(summary.source).name} was imported ({_format_name(summary.format)}).", self)
        head.setObjectName("importHeadline")
        font = QFont(head.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        head.setFont(font)
        head.setWordWrap(True)
        form = QFormLayout()
        self.counts: dict[str, QLabel] = {}

        def count(key: str, label: str, value: int, hint: str = "") -> None:
            text = f"{value:,}" + (f"  ({hint})" if hint and value else "")
            self.counts[key] = _count_row(form, label, text, label.rstrip(":"), self)

        count("new", "New recalls:", len(summary.new))
        count("updated", "Updated:", len(summary.updated), "a newer record replaced the older")
        count("unchanged", "Unchanged:", len(summary.unchanged))
        count(
            "kept_edits",
            "Kept as edited:",
            len(summary.kept_edits),
            "the stored version stays; the newer record is set aside",
        )
        count("needs_review", "Needs review:", summary.needs_review, "Catalog → Review imported findings…")
        count("skipped", "Skipped (bad records):", len(summary.skipped))
        count("ignored", "Ignored (not for the counter):", len(summary.ignored))
        _count_row(
            form, "Catalog now:", f"{summary.version}, published {summary.published}", "Catalog version", self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        self.details: QPlainTextEdit | None = None
        lines: list[str] = []
        if summary.skipped:
            lines.append("Skipped, with why:")
            lines += [f"  {label}: {problem}" for label, problem in summary.skipped]
        if summary.kept_edits:
            lines.append("Kept as edited: " + ", ".join(summary.kept_edits))
        if summary.new:
            lines.append("New: " + ", ".join(summary.new[:200]) + (" …" if len(summary.new) > 200 else ""))
        if summary.updated:
            lines.append(
                "Updated: " + ", ".join(summary.updated[:200]) + (" …" if len(summary.updated) > 200 else "")
            )
        if summary.ignored:
            lines.append("Ignored:")
            lines += [f"  {label}: {why}" for label, why in summary.ignored[:500]]
        if lines:
            self.details = _listing(lines, "Import details", self)
            layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName("Close the summary")
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())


class ImportRefusedDialog(QDialog):
    """The file was refused whole: what is wrong with it, record by record."""

    def __init__(self, message: str, problems: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import refused")
        self.setAccessibleName("Import refused")
        self.message = message
        source = message.split(": refused", 1)[0] if ": refused" in message else ""
        head = QLabel(f"{Path(source).name or 'The file'} was refused; the catalog was not changed.", self)
        font = QFont(head.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        head.setFont(font)
        head.setWordWrap(True)
        count = len([p for p in problems if not p.startswith("(")])
        sub = QLabel(
            f"{count} problem{'s' if count != 1 else ''}:"
            + (" tick “Skip bad records” to import the other records." if _skippable(problems) else ""),
            self,
        )
        sub.setWordWrap(True)
        shown = [p for p in problems if not p.startswith("(--skip-bad")]  # the line above says it
        self.problems_view = _listing(shown, "Problems found in the file", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(sub)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(buttons)
        self.resize(680, 420)


def _skippable(problems: list[str]) -> bool:
    return any("--skip-bad" in p for p in problems)


def _format_name(fmt: str) -> str:
    return {"cpsc": "CPSC", "healthcanada": "Health Canada"}.get(fmt, fmt)
