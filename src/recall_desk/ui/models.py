"""Qt item models over the catalog's search hits and the check log."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

if TYPE_CHECKING:  # the window starts before the catalog layer is imported
    from ..catalog.checklog import DaySummary, LogEntry
    from ..catalog.service import SearchHit

_Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The role that gives the row's underlying object (a SearchHit or a LogEntry)."""


class _RowsModel(QAbstractTableModel, Generic[T]):
    """A flat table of ``rows`` with fixed column ``HEADERS``; subclasses give ``data``."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def _set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None


class SearchResultsModel(_RowsModel["SearchHit"]):
    """As-you-type results: brand, product, model, recall number, date, hazard."""

    HEADERS = ("Brand", "Product", "Model", "Recall", "Date", "Hazard")

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self._set_rows(hits)

    def hit(self, row: int) -> SearchHit:
        return self._rows[row]

    _TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, HIT_ROLE)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each visible cell for a dozen roles on every repaint: answer the rest first.
        if role not in self._TEXT_ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        hit = self._rows[row]
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 3):
            return hit.title
        if column == 0:
            return hit.brand
        if column == 1:
            return hit.product
        if column == 2:
            return hit.matched or hit.models
        if column == 3:
            return f"{hit.agency} {hit.recall_number}" if hit.recall_number else f"{hit.agency} (no number)"
        if column == 4:
            return hit.date or "unknown"
        if column == 5:
            return hit.hazard or "unknown"
        return None


class CheckLogModel(_RowsModel["LogEntry"]):
    """The check log, newest first: each check with its clerk, case number and slip."""

    HEADERS = ("Time", "Station", "Query", "Serial", "Answers", "Outcome", "Recall", "Clerk", "Case", "Slip")
    OUTCOME_COLUMN = 5

    def set_entries(self, entries: Sequence[LogEntry]) -> None:
        self._set_rows(entries)

    def entry(self, row: int) -> LogEntry:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                e.time_local.replace("T", " ")[:19],
                e.station,
                e.query,
                e.serial,
                ", ".join(f"{k}={v}" for k, v in e.answers.items()),
                e.outcome.replace("_", " "),
                e.recalls,
                e.clerk,
                e.case_number or "",
                e.slip.replace(",", ", ") if e.slip else "not printed",
            )
            return values[index.column()] if 0 <= index.column() < len(values) else None
        if role == HIT_ROLE:
            return e
        if role == Qt.ItemDataRole.UserRole and index.column() == 0:
            return e.time_utc.isoformat()
        return None


class DailySummaryModel(_RowsModel["DaySummary"]):
    """The check log by day: checks, affected, check with the manufacturer, slips printed."""

    HEADERS = ("Day", "Checks", "Affected", "Check with manufacturer", "Slips printed")

    def set_days(self, days: Sequence[DaySummary]) -> None:
        self._set_rows(days)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d = self._rows[index.row()]
        values = (d.day, d.checks, d.affected, d.check_with_manufacturer, d.slips_printed)
        if not 0 <= index.column() < len(values):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == HIT_ROLE:
            return d
        return None


class CheckLogFilter(QSortFilterProxyModel):
    """Filters the log by words (any column) and by outcome."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._outcome = ""
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_outcome(self, outcome: str) -> None:
        """Show only this outcome ("affected", "not affected", ...); "" shows all."""
        self.beginFilterChange()
        self._outcome = outcome
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if self._outcome:
            outcome = model.index(source_row, CheckLogModel.OUTCOME_COLUMN, source_parent).data()
            if outcome != self._outcome:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
