"""View → Check log: every check at this counter, with filters, a daily summary and CSV export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
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
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.serials import Outcome
from .models import HIT_ROLE, CheckLogFilter, CheckLogModel, DailySummaryModel

if TYPE_CHECKING:
    from ..catalog.checklog import CheckLog, LogEntry


def _table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


class CheckLogDialog(QDialog):
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
        self.setWindowTitle("Check log")
        self.log = log
        self.model = CheckLogModel(self)
        self.proxy = CheckLogFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.DisplayRole)
        self.summary = DailySummaryModel(self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Filter: model, serial, recall, station, clerk, case…")
        self.search.setAccessibleName("Filter the check log")
        self.search.setClearButtonEnabled(True)
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName("Outcome filter")
        self.outcome.addItem("All outcomes", "")
        for o in Outcome:
            self.outcome.addItem(o.value.replace("_", " ").capitalize(), o.value.replace("_", " "))
        self.count = QLabel(self)
        self.count.setAccessibleName("Checks shown")

        self.table = _table(self, "Checks")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.summary_table = _table(self, "Daily summary")
        self.summary_table.setModel(self.summary)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Check log views")
        self.tabs.addTab(self.table, "Checks")
        self.tabs.addTab(self.summary_table, "Daily summary")

        self.export_button = QPushButton("Export CSV…", self)
        self.export_button.setAccessibleName("Export the checks shown as CSV")
        self.export_button.setEnabled(export_allowed)
        self.export_button.setToolTip(
            "Write the checks shown (with the filters) to a CSV file for Excel"
            if export_allowed
            else export_blocked
        )
        self.export_button.clicked.connect(self.choose_export_file)
        self.status = QLabel(self)
        self.status.setAccessibleName("Export result")
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.outcome)
        filters.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(1100, 600)

        self.search.textChanged.connect(self._filter_text)
        self.outcome.currentIndexChanged.connect(self._filter_outcome)
        self.refresh()

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

        self.count.setText(f"{self.proxy.rowCount()} of {self.model.rowCount()} checks")
        self.summary.set_days(daily_summary(self.shown_entries()))

    # -- export --

    def choose_export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export the check log", str(Path.home() / "check-log.csv"), "CSV files (*.csv)"
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
            self.status.setText(f"Could not write {path}: {exc.strerror or exc}")
            return None
        self.status.setText(f"Wrote {written} checks to {path}")
        self.exported.emit(str(path), written)
        return written
