"""File → Sweep inventory…: a store's stock list checked against the catalog, off the window's thread.

The manager picks the stock list (CSV), the sweep runs on a pool thread with a progress bar and a
Cancel button, and the dialog shows what to pull: the hits (which recall, why, how many units and
where, what to do), the rows it could not read with why, and "Save hits as CSV…".
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .models import HIT_ROLE, _RowsModel
from .views import list_view

if TYPE_CHECKING:
    from ..catalog.service import Catalog
    from ..catalog.sweep import RowProblem, SweepHit, SweepReport

_Index = QModelIndex | QPersistentModelIndex
FILE_FILTER = "Stock lists (*.csv *.txt *.tsv);;All files (*)"
OUTCOME_TEXT = {
    "affected": "Affected",
    "check_with_manufacturer": "Check with maker",
    "need_serial": "Check serials",
    "need_answer": "Check each unit",
    "possible": "Possible: confirm",
}
ACK_WAIT_S = 60.0


class SweepHitsModel(_RowsModel["SweepHit"]):
    """One row per hit: row, SKU, UPC, model, description, units, location, recall, outcome, why, action."""

    HEADERS = (
        "Row",
        "SKU",
        "UPC",
        "Model",
        "Description",
        "Units",
        "Location",
        "Recall",
        "Outcome",
        "Why",
        "What to do",
    )

    def set_hits(self, hits: Sequence[SweepHit]) -> None:
        self._set_rows(hits)

    def hit(self, row: int) -> SweepHit:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        h = self._rows[index.row()]
        col = index.column()
        if role == HIT_ROLE:
            return h
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                h.row,
                h.sku,
                h.upc,
                h.model,
                h.description,
                "" if h.quantity is None else h.quantity,
                h.location,
                h.recall,
                OUTCOME_TEXT.get(h.outcome, h.outcome),
                h.why,
                h.action,
            )
            return values[col] if 0 <= col < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{h.brand} {h.product}\n{h.why}. {h.reason}\n{h.action}" + (
                f"\n{h.notice_url}" if h.notice_url else ""
            )
        if role == Qt.ItemDataRole.FontRole and col == 8 and h.outcome == "affected":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SweepProblemsModel(_RowsModel["RowProblem"]):
    """The rows that could not be read (or only in part), with why."""

    HEADERS = ("Row", "Checked", "Why")

    def set_problems(self, problems: Sequence[RowProblem]) -> None:
        self._set_rows(problems)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        if role == HIT_ROLE:
            return p
        if role == Qt.ItemDataRole.DisplayRole:
            values = (p.row, "in part" if p.checked else "no", p.reason)
            return values[index.column()] if 0 <= index.column() < 3 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return p.reason
        return None


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    refused = Signal(str)
    cancelled = Signal()


class _SweepJob(QRunnable):
    """One sweep on a pool thread; each progress step waits for the window to show it, so a Cancel
    click made meanwhile stops the sweep at its next step."""

    def __init__(self, catalog: Catalog, path: Path, signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.catalog, self.path, self.signals = catalog, path, signals
        self.cancel = threading.Event()
        self.ack = threading.Event()

    def _progress(self, done: int, total: int) -> bool:
        self.ack.clear()
        self.signals.progress.emit(done, total)
        self.ack.wait(ACK_WAIT_S)
        return not self.cancel.is_set()

    def run(self) -> None:
        from ..catalog.sweep import SweepCancelled, SweepRefused, sweep_file

        try:
            report = sweep_file(self.catalog, self.path, progress=self._progress)
        except SweepCancelled:
            self.signals.cancelled.emit()
        except SweepRefused as exc:
            self.signals.refused.emit(str(exc))
        except Exception as exc:  # a database error: say so rather than die on a pool thread
            self.signals.refused.emit(f"{self.path.name}: the sweep failed: {type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(report)


class SweepDialog(QDialog):
    """Choose a stock list, sweep it, see and save the hits."""

    finished_sweep = Signal(object)
    """Emitted with the SweepReport when a sweep has run."""
    failed = Signal(str)
    """Emitted with the one-line message when the file is refused."""
    cancelled = Signal()
    progressed = Signal(int, int)

    def __init__(
        self, catalog: Catalog, parent: QWidget | None = None, start_folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sweep inventory")
        self.setAccessibleName("Sweep inventory")
        self.catalog = catalog
        self._start_folder = start_folder or Path.home()
        self._job: _SweepJob | None = None
        self.report: SweepReport | None = None
        self.signals = _Signals()  # no parent: the running job holds it too
        self.signals.progress.connect(self._on_progress)
        self.signals.done.connect(self._on_done)
        self.signals.refused.connect(self._on_refused)
        self.signals.cancelled.connect(self._on_cancelled)

        intro = QLabel(
            "Check a stock list exported from the store's system (CSV: UPC, model number, SKU, description, "
            "quantity and location columns, found by their headers) against the recall catalog.",
            self,
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName("Stock list to sweep")
        self.path_edit.setPlaceholderText("Choose the stock list (.csv)")
        self.browse_button = QPushButton("&Browse…", self)
        self.browse_button.setAccessibleName("Choose the stock list")
        self.sweep_button = QPushButton("S&weep", self)
        self.sweep_button.setAccessibleName("Sweep the stock list")
        self.sweep_button.setDefault(True)
        self.cancel_button = QPushButton("&Cancel sweep", self)
        self.cancel_button.setAccessibleName("Cancel the sweep")
        path_row = QHBoxLayout()
        path_label = QLabel("&Stock list:", self)
        path_label.setBuddy(self.path_edit)
        path_row.addWidget(path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        path_row.addWidget(self.sweep_button)
        path_row.addWidget(self.cancel_button)

        self.progress = QProgressBar(self)
        self.progress.setAccessibleName("Sweep progress")
        self.progress.setFormat("%v of %m rows")
        self.progress.hide()
        self.summary = QLabel("", self)
        self.summary.setObjectName("sweepSummary")
        self.summary.setAccessibleName("Sweep summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = SweepHitsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = list_view(
            self, "Hits", self.proxy, widths=(45, 60, 105, 95, 190, 48, 70, 225, 125, 210), stretch_last=True
        )
        self.table.setObjectName("sweepHits")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setAccessibleName("Filter the hits")
        self.filter_edit.setPlaceholderText("Filter: recall, model, location, outcome…")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        hits_page = QWidget(self)
        hits_layout = QVBoxLayout(hits_page)
        hits_layout.setContentsMargins(0, 4, 0, 0)
        hits_layout.addWidget(self.filter_edit)
        hits_layout.addWidget(self.table, 1)

        self.problems_model = SweepProblemsModel(self)
        self.problems_proxy = QSortFilterProxyModel(self)
        self.problems_proxy.setSourceModel(self.problems_model)
        self.problems_table = list_view(self, "Rows not read", self.problems_proxy, widths=(50, 70))
        self.problems_table.setObjectName("sweepProblems")
        self.problems_table.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Sweep results")
        self.tabs.addTab(hits_page, "&Hits")
        self.tabs.addTab(self.problems_table, "&Rows not read")

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            "Save hits as &CSV…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setAccessibleName("Save the hits as CSV")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName("Close")
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(path_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(1280, 640)

        self.browse_button.clicked.connect(self.browse)
        self.sweep_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save_as)
        self.path_edit.returnPressed.connect(self.start)
        self.path_edit.textChanged.connect(self._update_buttons)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.abandon)
        self._update_buttons()

    # -- state --

    @property
    def running(self) -> bool:
        return self._job is not None

    def _update_buttons(self) -> None:
        running = self._job is not None
        self.sweep_button.setEnabled(bool(self.path_edit.text().strip()) and not running)
        self.cancel_button.setVisible(running)
        for widget in (self.path_edit, self.browse_button, self.close_button):
            widget.setEnabled(not running)
        self.save_button.setEnabled(not running and self.report is not None and bool(self.report.hits))

    def browse(self) -> None:
        start = self.path_edit.text().strip() or str(self._start_folder)
        name, _ = QFileDialog.getOpenFileName(self, "Sweep inventory", start, FILE_FILTER)
        if name:
            self.path_edit.setText(name)

    # -- sweeping --

    def start(self) -> None:
        """Sweep the chosen file on a pool thread."""
        text = self.path_edit.text().strip()
        if not text or self._job is not None:
            return
        path = Path(text).expanduser()
        self.report = None
        self.model.set_hits([])
        self.problems_model.set_problems([])
        self.summary.setText(f"Sweeping {path.name}…")
        self.progress.setRange(0, 0)
        self.progress.show()
        self._job = _SweepJob(self.catalog, path, self.signals)
        self._update_buttons()
        QThreadPool.globalInstance().start(self._job)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel.set()
            self.summary.setText("Cancelling the sweep…")

    def _on_progress(self, done: int, total: int) -> None:
        job = self._job
        if job is None:
            return
        try:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))
            self.progressed.emit(done, total)
        finally:
            job.ack.set()

    def _finish_job(self) -> None:
        self._job = None
        self.progress.hide()
        self._update_buttons()

    def _on_done(self, report: SweepReport) -> None:
        self._finish_job()
        self.show_report(report)
        self.finished_sweep.emit(report)

    def show_report(self, report: SweepReport) -> None:
        self.report = report
        self.model.set_hits(report.hits)
        self.problems_model.set_problems(report.problems)
        self.summary.setText(summary_text(report))
        self.tabs.setTabText(0, f"&Hits ({len(report.hits):,})")
        self.tabs.setTabText(1, f"&Rows not read ({len(report.problems):,})")
        self._update_buttons()

    def _on_refused(self, message: str) -> None:
        self._finish_job()
        self.summary.setText(message)
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._finish_job()
        self.summary.setText("Sweep cancelled.")
        self.cancelled.emit()

    # -- saving --

    def save_as(self) -> None:
        if self.report is None:
            return
        source = Path(self.report.source)
        start = str(source.with_name(source.stem + "-recall-hits.csv"))
        name, _ = QFileDialog.getSaveFileName(self, "Save hits as CSV", start, "CSV files (*.csv)")
        if name:
            self.save_hits(name)

    def save_hits(self, path: str | Path) -> int | None:
        """Write the hits (all of them, whatever the filter) to ``path``; None when it cannot."""
        from ..catalog.sweep import write_hits_csv

        if self.report is None:
            return None
        try:
            count = write_hits_csv(self.report.hits, path)
        except OSError as exc:
            QMessageBox.warning(self, "Save hits", f"Cannot write {path}: {exc.strerror or exc}")
            return None
        self.summary.setText(summary_text(self.report) + f"\nSaved {count:,} hits to {path}.")
        return count

    def reject(self) -> None:
        if self._job is not None:
            self.cancel()
            return
        super().reject()

    def abandon(self) -> None:
        """The program is closing: let a running sweep stop at its next step."""
        if self._job is not None:
            self._job.cancel.set()
            self._job.ack.set()


def summary_text(report: SweepReport) -> str:
    s = report.summary_json()
    lines = [
        f"{Path(report.source).name}: {s['rows_read']:,} rows read ({report.encoding}); catalog "
        f"{report.catalog.version}, published {report.catalog.published}.",
        f"{s['hits']:,} hits in {s['rows_with_hits']:,} rows: pull {s['units_to_pull']:,} units from sale"
        + (
            f" ({s['hit_rows_without_quantity']:,} rows give no quantity)"
            if s["hit_rows_without_quantity"]
            else ""
        )
        + f". {s['possible_hits']:,} possible hits (description only) for a person to confirm.",
    ]
    if report.problems:
        lines.append(
            f"{len(report.problems):,} rows with problems, {len(report.unreadable):,} not checked by UPC or "
            "model: see Rows not read."
        )
    return "\n".join(lines)
