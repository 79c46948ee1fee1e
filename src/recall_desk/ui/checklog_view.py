"""View → Check log: every check at this counter, with filters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.serials import Outcome
from .models import CheckLogFilter, CheckLogModel

if TYPE_CHECKING:
    from ..catalog.checklog import CheckLog


class CheckLogDialog(QDialog):
    def __init__(self, log: CheckLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Check log")
        self.log = log
        self.model = CheckLogModel(self)
        self.proxy = CheckLogFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.DisplayRole)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Filter: model, serial, recall, station…")
        self.search.setAccessibleName("Filter the check log")
        self.search.setClearButtonEnabled(True)
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName("Outcome filter")
        self.outcome.addItem("All outcomes", "")
        for o in Outcome:
            self.outcome.addItem(o.value.replace("_", " ").capitalize(), o.value.replace("_", " "))
        self.count = QLabel(self)
        self.count.setAccessibleName("Checks shown")

        self.table = QTableView(self)
        self.table.setAccessibleName("Checks")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.outcome)
        filters.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 600)

        self.search.textChanged.connect(self._filter_text)
        self.outcome.currentIndexChanged.connect(self._filter_outcome)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_entries(self.log.entries(limit=50_000))
        self._update_count()

    def _filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _filter_outcome(self, _index: int) -> None:
        self.proxy.set_outcome(str(self.outcome.currentData() or ""))
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(f"{self.proxy.rowCount()} of {self.model.rowCount()} checks")
