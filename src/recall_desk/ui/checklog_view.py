"""View → Check log: every check at this counter, with filters, a daily summary and CSV export.

Its words, the outcomes' names, dates and counts follow the interface language; what was checked
(queries, serials, answers, recalls, clerks) is shown as the log holds it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.serials import Outcome
from .accessibility import name_clear_button, set_accessible
from .i18n import Retranslating
from .models import HIT_ROLE, CheckLogFilter, CheckLogModel, DailySummaryModel, outcome_words
from .views import ListView, fit_to_screen, local_number, plural

if TYPE_CHECKING:
    from ..catalog.checklog import CheckLog, LogEntry


def _table(parent: QWidget) -> ListView:
    table = ListView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


class CheckLogDialog(Retranslating, QDialog):
    exported = Signal(str, int)
    """Emitted with the CSV file's path and the number of checks written."""

    def __init__(
        self,
        log: CheckLog,
        parent: QWidget | None = None,
        *,
        export_allowed: bool = True,
        export_blocked: str = "",
    ) -> None:
        """``export_allowed`` False (no manager signed in) disables Export CSV… with
        ``export_blocked`` as its tooltip."""
        super().__init__(parent)
        self.setObjectName("checkLogDialog")
        self.log = log
        self.model = CheckLogModel(self)
        self.proxy = CheckLogFilter(self)
        self.proxy.setSourceModel(self.model)
        self.summary = DailySummaryModel(self)
        self._export_allowed = export_allowed
        self._export_blocked = export_blocked
        self._status: tuple[str, Path, str | int] | None = None

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.outcome = QComboBox(self)
        self.outcome.addItem("", "")
        for o in Outcome:
            self.outcome.addItem("", o.value)
        self.count = QLabel(self)

        self.table = _table(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.summary_table = _table(self)
        self.summary_table.setModel(self.summary)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.summary_table, "")

        self.export_button = QPushButton(self)
        self.export_button.setEnabled(export_allowed)
        self.export_button.clicked.connect(self.choose_export_file)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.outcome)
        filters.addWidget(self.count)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(1100, 600)

        self.search.textChanged.connect(self._filter_text)
        self.outcome.currentIndexChanged.connect(self._filter_outcome)
        self.retranslate_ui()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        fit_to_screen(self)
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check log"))
        self.search.setPlaceholderText(self.tr("Filter: model, serial, recall, station, clerk, case…"))
        set_accessible(
            self.search, self.tr("Filter the check log"), self.tr("Shows only the checks with these words")
        )
        self.outcome.setItemText(0, self.tr("All outcomes"))
        for i in range(1, self.outcome.count()):
            words = outcome_words(str(self.outcome.itemData(i)))
            self.outcome.setItemText(i, words[:1].upper() + words[1:])
        set_accessible(
            self.outcome, self.tr("Outcome filter"), self.tr("Shows only the checks with this outcome")
        )
        set_accessible(self.count, self.tr("Checks shown"), self.tr("How many checks the filters show"))
        set_accessible(self.table, self.tr("Checks"), self.tr("Every check, newest first"))
        set_accessible(
            self.summary_table, self.tr("Daily summary"), self.tr("The checks shown, counted by day")
        )
        set_accessible(self.tabs, self.tr("Check log views"), self.tr("The checks, or their daily summary"))
        name_clear_button(self.search, self.tr("Clear"), self.tr("Empties the filter"))
        self.tabs.setTabText(0, self.tr("Checks"))
        self.tabs.setTabToolTip(0, self.tr("Every check the filters show, newest first"))
        self.tabs.setTabText(1, self.tr("Daily summary"))
        self.tabs.setTabToolTip(1, self.tr("The checks the filters show, counted by day"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setToolTip(
            self.tr("Write the checks shown (with the filters) to a CSV file for Excel")
            if self._export_allowed
            else self._export_blocked
        )
        set_accessible(
            self.export_button,
            self.tr("Export the checks shown as CSV"),
            self.tr("Writes the checks shown (with the filters) to a CSV file for Excel"),
        )
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        set_accessible(close, self.tr("Close"), self.tr("Closes the check log"))
        set_accessible(self.status, self.tr("Export result"), self.tr("What the export wrote"))
        if self.model.rowCount() or self.count.text():
            self._update_count()
        if self._status is not None:
            self._show_status(*self._status)

    def refresh(self) -> None:
        self.model.set_entries(self.log.entries(limit=50_000))
        self._update_count()

    def shown_entries(self) -> list[LogEntry]:
        """The checks the filters let through, oldest first."""
        found = [self.proxy.index(r, 0).data(HIT_ROLE) for r in range(self.proxy.rowCount())]
        return sorted(found, key=lambda e: e.id)

    def _filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _filter_outcome(self, _index: int) -> None:
        self.proxy.set_outcome(str(self.outcome.currentData() or ""))
        self._update_count()

    def _update_count(self) -> None:
        from ..catalog.checklog import daily_summary

        total = self.model.rowCount()
        words = plural(self.tr("{shown} of {total} checks", "", total), total, "{shown} of {total} check")
        self.count.setText(words.format(shown=local_number(self.proxy.rowCount()), total=local_number(total)))
        self.summary.set_days(daily_summary(self.shown_entries()))

    # -- export --

    def choose_export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the check log"),
            str(Path.home() / "check-log.csv"),
            self.tr("CSV files ({patterns})").format(patterns="*.csv"),
        )
        if name:
            self.export_csv(Path(name))

    def export_csv(self, path: Path) -> int | None:
        """Write the checks shown to ``path``; returns how many, or None when it could not be written
        (the dialog says why)."""
        if not self.export_button.isEnabled():
            return None
        from ..catalog.checklog import write_csv

        try:
            written = write_csv(self.shown_entries(), path)
        except OSError as exc:
            self._show_status("failed", path, str(exc.strerror or exc))
            return None
        self._show_status("wrote", path, written)
        self.exported.emit(str(path), written)
        return written

    def _show_status(self, what: str, path: Path, detail: str | int) -> None:
        self._status = (what, path, detail)
        if what == "wrote":
            count = int(detail)
            words = plural(
                self.tr("Wrote {count} checks to {path}", "", count), count, "Wrote {count} check to {path}"
            )
            text = words.format(count=local_number(count), path=path)
        else:
            text = self.tr("Could not write {path}: {reason}").format(path=path, reason=detail)
        self.status.setText(text)
