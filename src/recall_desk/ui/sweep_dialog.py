"""File → Sweep inventory…: a store's stock list checked against the catalog, off the window's thread.

The manager picks the stock list (CSV), the sweep runs on a pool thread with a progress bar and a
Cancel button, and the dialog shows what to pull: the hits (which recall, why, how many units and
where, what to do), the rows it could not read with why, and "Save hits as CSV…".

The dialog's words follow the interface language, the summary and the tables' headers included; what
the sweep found (why a row matched, what to do, why a row could not be read) is shown as the catalog
layer words it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
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

from .i18n import Retranslating
from .models import HIT_ROLE, _RowsModel
from .views import WrappedLabel, fit_headers, list_view, local_number, long_date, numerus

if TYPE_CHECKING:
    from ..catalog.service import Catalog
    from ..catalog.sweep import RowProblem, SweepHit, SweepReport

_Index = QModelIndex | QPersistentModelIndex
ACK_WAIT_S = 60.0


class SweepHitsModel(_RowsModel["SweepHit"]):
    """One row per hit: row, SKU, UPC, model, description, units, location, recall, outcome, why, action."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("SweepHitsModel", "Row")),
        str(QT_TRANSLATE_NOOP("SweepHitsModel", "SKU")),
        str(QT_TRANSLATE_NOOP("SweepHitsModel", "UPC")),
        str(QT_TRANSLATE_NOOP("SweepHitsModel", "Model")),
        str(QT_TRANSLATE_NOOP("SweepHitsModel", "Description")),
        str(QT_TRANSLATE_NOOP("SweepHitsModel", "Units")),
        str(QT_TRANSLATE_NOOP("SweepHitsModel", "Location")),
        str(QT_TRANSLATE_NOOP("SweepHitsModel", "Recall")),
        str(QT_TRANSLATE_NOOP("SweepHitsModel", "Outcome")),
        str(QT_TRANSLATE_NOOP("SweepHitsModel", "Why")),
        str(QT_TRANSLATE_NOOP("SweepHitsModel", "What to do")),
    )
    OUTCOME_COLUMN = 8

    def retranslate(self) -> None:
        """The interface language changed: the headers and the outcomes are shown again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            column = self.OUTCOME_COLUMN
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def outcome_text(self, outcome: str) -> str:
        names = {
            "affected": self.tr("Affected"),
            "check_with_manufacturer": self.tr("Check with maker"),
            "need_serial": self.tr("Check serials"),
            "need_answer": self.tr("Check each unit"),
            "possible": self.tr("Possible: confirm"),
        }
        return names.get(outcome, outcome)

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
                self.outcome_text(h.outcome),
                h.why,
                h.action,
            )
            return values[col] if 0 <= col < len(values) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{h.brand} {h.product}\n{h.why}. {h.reason}\n{h.action}" + (
                f"\n{h.notice_url}" if h.notice_url else ""
            )
        if role == Qt.ItemDataRole.FontRole and col == self.OUTCOME_COLUMN and h.outcome == "affected":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SweepProblemsModel(_RowsModel["RowProblem"]):
    """The rows that could not be read (or only in part), with why."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("SweepProblemsModel", "Row")),
        str(QT_TRANSLATE_NOOP("SweepProblemsModel", "Checked")),
        str(QT_TRANSLATE_NOOP("SweepProblemsModel", "Why")),
    )

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    def set_problems(self, problems: Sequence[RowProblem]) -> None:
        self._set_rows(problems)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        if role == HIT_ROLE:
            return p
        if role == Qt.ItemDataRole.DisplayRole:
            values = (p.row, self.tr("in part") if p.checked else self.tr("no"), p.reason)
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
            self.signals.refused.emit(
                QCoreApplication.translate("SweepDialog", "{file}: the sweep failed: {problem}").format(
                    file=self.path.name, problem=f"{type(exc).__name__}: {exc}"
                )
            )
        else:
            self.signals.done.emit(report)


class SweepDialog(Retranslating, QDialog):
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
        self.catalog = catalog
        self._start_folder = start_folder or Path.home()
        self._job: _SweepJob | None = None
        self.report: SweepReport | None = None
        self._summary_text: Callable[[], str] = lambda: ""
        self.signals = _Signals()  # no parent: the running job holds it too
        self.signals.progress.connect(self._on_progress)
        self.signals.done.connect(self._on_done)
        self.signals.refused.connect(self._on_refused)
        self.signals.cancelled.connect(self._on_cancelled)

        self.intro = WrappedLabel(self)
        self.path_edit = QLineEdit(self)
        self.browse_button = QPushButton(self)
        self.sweep_button = QPushButton(self)
        self.sweep_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        path_row = QHBoxLayout()
        self.path_label = QLabel(self)
        self.path_label.setBuddy(self.path_edit)
        path_row.addWidget(self.path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        path_row.addWidget(self.sweep_button)
        path_row.addWidget(self.cancel_button)

        self.progress = QProgressBar(self)
        self.progress.hide()
        self.summary = WrappedLabel(self)
        self.summary.setObjectName("sweepSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = SweepHitsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = list_view(
            self, "", self.proxy, widths=(45, 60, 105, 95, 190, 48, 70, 225, 125, 210), stretch_last=True
        )
        self.table.setObjectName("sweepHits")
        self.filter_edit = QLineEdit(self)
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
        self.problems_table = list_view(self, "", self.problems_proxy, widths=(50, 90))
        self.problems_table.setObjectName("sweepProblems")
        self.problems_table.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(hits_page, "")
        self.tabs.addTab(self.problems_table, "")

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        # Our own Close (not the standard one, whose text Qt would set back on a language change).
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
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
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sweep inventory"))
        self.setAccessibleName(self.tr("Sweep inventory"))
        self.setAccessibleDescription(
            self.tr("Checks every row of a stock list against the recall catalog and lists what to pull.")
        )
        self.intro.setText(
            self.tr(
                "Check a stock list exported from the store's system (CSV: UPC, model number, SKU, "
                "description, quantity and location columns, found by their headers) against the recall "
                "catalog."
            )
        )
        self.path_label.setText(self.tr("&Stock list:"))
        self.path_edit.setAccessibleName(self.tr("Stock list to sweep"))
        self.path_edit.setAccessibleDescription(
            self.tr("The CSV file exported from the store's system; Enter starts the sweep.")
        )
        self.path_edit.setPlaceholderText(self.tr("Choose the stock list (.csv)"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the stock list"))
        self.browse_button.setAccessibleDescription(self.tr("Opens a file dialog to pick the stock list."))
        self.sweep_button.setText(self.tr("S&weep"))
        self.sweep_button.setAccessibleName(self.tr("Sweep the stock list"))
        self.sweep_button.setAccessibleDescription(
            self.tr("Checks every row against the catalog; it can be cancelled while it runs.")
        )
        self.cancel_button.setText(self.tr("&Cancel sweep"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the sweep"))
        self.cancel_button.setAccessibleDescription(self.tr("Stops the sweep at its next step."))
        self.progress.setFormat(self.tr("%v of %m rows"))
        self.progress.setAccessibleName(self.tr("Sweep progress"))
        self.progress.setAccessibleDescription(self.tr("Rows checked so far, of all the rows in the file."))
        self.summary.setAccessibleName(self.tr("Sweep summary"))
        self.summary.setText(self._summary_text())
        self.table.setAccessibleName(self.tr("Hits"))
        self.table.setAccessibleDescription(
            self.tr("One row per stock row under a recall: which recall, why, how many units, what to do.")
        )
        self.model.retranslate()
        self.filter_edit.setAccessibleName(self.tr("Filter the hits"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Shows only the hits with these words in any column.")
        )
        self.filter_edit.setPlaceholderText(self.tr("Filter: recall, model, location, outcome…"))
        self.problems_table.setAccessibleName(self.tr("Rows not read"))
        self.problems_table.setAccessibleDescription(
            self.tr("The rows the sweep could not read, or read only in part, with why.")
        )
        self.problems_model.retranslate()
        self._fit_columns()
        self.tabs.setAccessibleName(self.tr("Sweep results"))
        self.tabs.setAccessibleDescription(self.tr("The hits, and the rows that could not be read."))
        self._retitle_tabs()
        self.save_button.setText(self.tr("Save hits as &CSV…"))
        self.save_button.setAccessibleName(self.tr("Save the hits as CSV"))
        self.save_button.setAccessibleDescription(
            self.tr("Writes every hit, whatever the filter, to a CSV file for the store's system.")
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAccessibleDescription(self.tr("Closes this window."))

    def _fit_columns(self) -> None:
        """Columns as wide as their header, and the short ones (row, SKU, units, location, outcome) as
        wide as what they hold, in whatever language."""
        for column in (0, 1, 5, 6, SweepHitsModel.OUTCOME_COLUMN):
            if self.model.rowCount():
                self.table.resizeColumnToContents(column)
        fit_headers(self.table)
        fit_headers(self.problems_table)

    def _retitle_tabs(self) -> None:
        if self.report is None:
            self.tabs.setTabText(0, self.tr("&Hits"))
            self.tabs.setTabText(1, self.tr("&Rows not read"))
        else:
            self.tabs.setTabText(
                0, self.tr("&Hits ({count})").format(count=local_number(len(self.report.hits)))
            )
            self.tabs.setTabText(
                1, self.tr("&Rows not read ({count})").format(count=local_number(len(self.report.problems)))
            )

    def _set_summary(self, text: Callable[[], str]) -> None:
        self._summary_text = text
        self.summary.setText(text())

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
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Sweep inventory"), start, self.tr("Stock lists (*.csv *.txt *.tsv);;All files (*)")
        )
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
        self._retitle_tabs()
        self._set_summary(lambda: self.tr("Sweeping {file}…").format(file=path.name))
        self.progress.setRange(0, 0)
        self.progress.show()
        self._job = _SweepJob(self.catalog, path, self.signals)
        self._update_buttons()
        QThreadPool.globalInstance().start(self._job)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel.set()
            self._set_summary(lambda: self.tr("Cancelling the sweep…"))

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
        self._set_summary(lambda: self.summary_text(report))
        self._retitle_tabs()
        self._fit_columns()
        self._update_buttons()

    def _on_refused(self, message: str) -> None:
        self._finish_job()
        self._set_summary(lambda: message)  # the sweep's own words, naming the file
        self.failed.emit(message)

    def _on_cancelled(self) -> None:
        self._finish_job()
        self._set_summary(lambda: self.tr("Sweep cancelled."))
        self.cancelled.emit()

    # -- saving --

    def save_as(self) -> None:
        if self.report is None:
            return
        source = Path(self.report.source)
        start = str(source.with_name(source.stem + "-recall-hits.csv"))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save hits as CSV"), start, self.tr("CSV files (*.csv)")
        )
        if name:
            self.save_hits(name)

    def save_hits(self, path: str | Path) -> int | None:
        """Write the hits (all of them, whatever the filter) to ``path``; None when it cannot."""
        from ..catalog.sweep import write_hits_csv

        report = self.report
        if report is None:
            return None
        try:
            count = write_hits_csv(report.hits, path)
        except OSError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Save hits"), "", parent=self)
            box.setText(
                self.tr("Cannot write {file}: {problem}").format(file=path, problem=exc.strerror or exc)
            )
            box.setAccessibleName(self.tr("Save hits"))
            box.setAccessibleDescription(box.text())
            ok = box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
            ok.setAccessibleName(self.tr("OK"))
            ok.setAccessibleDescription(self.tr("Closes this message."))
            box.exec()
            return None
        self._set_summary(
            lambda: (
                self.summary_text(report)
                + "\n"
                + numerus(self.tr("Saved {count} hit(s) to {file}.", "", count), count).format(
                    count=local_number(count), file=path
                )
            )
        )
        return count

    def summary_text(self, report: SweepReport) -> str:
        """What the sweep found, in a few lines, in the interface language."""
        s = report.summary_json()

        def counted(text: str, n: int) -> str:
            return numerus(text, n).format(count=local_number(n))

        def rows(n: int) -> str:
            return counted(self.tr("{count} row(s)", "", n), n)

        lines = [
            self.tr("{file}: {rows_read} ({encoding}); catalog {version}, published {date}.").format(
                file=Path(report.source).name,
                rows_read=counted(self.tr("{count} row(s) read", "", s["rows_read"]), s["rows_read"]),
                encoding=report.encoding,
                version=report.catalog.version,
                date=long_date(report.catalog.published),
            )
        ]
        found = self.tr("{hits} in {rows}: pull {units} from sale").format(
            hits=counted(self.tr("{count} hit(s)", "", s["hits"]), s["hits"]),
            rows=rows(s["rows_with_hits"]),
            units=counted(self.tr("{count} unit(s)", "", s["units_to_pull"]), s["units_to_pull"]),
        )
        without = s["hit_rows_without_quantity"]
        if without:
            found += " " + counted(self.tr("({count} row(s) without a quantity)", "", without), without)
        possible = s["possible_hits"]
        found += ". " + counted(
            self.tr("{count} possible hit(s) (description only) for a person to confirm.", "", possible),
            possible,
        )
        lines.append(found)
        if report.problems:
            unread = len(report.unreadable)
            text = self.tr(
                "{rows} with problems, {count} not checked by UPC or model: see Rows not read.", "", unread
            )
            lines.append(
                numerus(text, unread).format(rows=rows(len(report.problems)), count=local_number(unread))
            )
        return "\n".join(lines)

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
