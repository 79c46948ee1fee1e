"""Qt item models over the catalog's search hits and the check log.

Column headers, and the words a model composes itself ("not printed", an outcome's name), follow the
interface language: headers are marked ``str(QT_TRANSLATE_NOOP("<model class>", "…"))`` and translated when
Qt asks for them, and :meth:`_RowsModel.retranslate` (called by the view on ``LanguageChange``, see
views.list_view) makes the views ask again.  Catalog data and what was typed are shown as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from .views import local_date, local_datetime

if TYPE_CHECKING:  # the window starts before the catalog layer is imported
    from ..catalog.checklog import DaySummary, LogEntry
    from ..catalog.service import SearchHit

_Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The role that gives the row's underlying object (a SearchHit or a LogEntry)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A cell's value for sorting (a time as ISO text, a count as a number), whatever the language shows."""


def outcome_words(outcome: str) -> str:
    """An outcome's name in the interface language ("affected", "check_with_manufacturer", ...; an
    unknown value is shown as it is)."""
    key = outcome.replace(" ", "_")
    words = {
        "affected": str(QT_TRANSLATE_NOOP("Outcome", "affected")),
        "check_with_manufacturer": str(QT_TRANSLATE_NOOP("Outcome", "check with the manufacturer")),
        "need_serial": str(QT_TRANSLATE_NOOP("Outcome", "serial needed")),
        "need_answer": str(QT_TRANSLATE_NOOP("Outcome", "question to answer")),
        "not_affected": str(QT_TRANSLATE_NOOP("Outcome", "not affected")),
        "no_recall_found": str(QT_TRANSLATE_NOOP("Outcome", "no recall on file")),
    }.get(key)
    return QCoreApplication.translate("Outcome", words) if words else outcome.replace("_", " ")


class _RowsModel(QAbstractTableModel, Generic[T]):
    """A flat table of ``rows`` with fixed column ``HEADERS``; subclasses give ``data``.

    ``HEADERS`` are English, marked ``QT_TRANSLATE_NOOP(TR_CONTEXT, "…")``; ``TR_CONTEXT`` is the class's
    name unless a subclass says otherwise."""

    HEADERS: tuple[str, ...] = ()
    TR_CONTEXT: str | None = None

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
            return QCoreApplication.translate(self.TR_CONTEXT or type(self).__name__, self.HEADERS[section])
        return None

    def retranslate(self) -> None:
        """The language changed: have the views ask again for the headers and the composed cells."""
        columns = self.columnCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, columns - 1))


class SearchResultsModel(_RowsModel["SearchHit"]):
    """As-you-type results: brand, product, model, recall number, date, hazard."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("SearchResultsModel", "Brand")),
        str(QT_TRANSLATE_NOOP("SearchResultsModel", "Product")),
        str(QT_TRANSLATE_NOOP("SearchResultsModel", "Model")),
        str(QT_TRANSLATE_NOOP("SearchResultsModel", "Recall")),
        str(QT_TRANSLATE_NOOP("SearchResultsModel", "Date")),
        str(QT_TRANSLATE_NOOP("SearchResultsModel", "Hazard")),
    )

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
            if hit.recall_number:
                return f"{hit.agency} {hit.recall_number}"
            return QCoreApplication.translate("SearchResultsModel", "{agency} (no number)").format(
                agency=hit.agency
            )
        if column == 4:
            return hit.date or QCoreApplication.translate("SearchResultsModel", "unknown")
        if column == 5:
            return hit.hazard or QCoreApplication.translate("SearchResultsModel", "unknown")
        return None


class CheckLogModel(_RowsModel["LogEntry"]):
    """The check log, newest first: each check with its clerk, case number and slip."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("CheckLogModel", "Time")),
        str(QT_TRANSLATE_NOOP("CheckLogModel", "Station")),
        str(QT_TRANSLATE_NOOP("CheckLogModel", "Query")),
        str(QT_TRANSLATE_NOOP("CheckLogModel", "Serial")),
        str(QT_TRANSLATE_NOOP("CheckLogModel", "Answers")),
        str(QT_TRANSLATE_NOOP("CheckLogModel", "Outcome")),
        str(QT_TRANSLATE_NOOP("CheckLogModel", "Recall")),
        str(QT_TRANSLATE_NOOP("CheckLogModel", "Clerk")),
        str(QT_TRANSLATE_NOOP("CheckLogModel", "Case")),
        str(QT_TRANSLATE_NOOP("CheckLogModel", "Slip")),
    )
    OUTCOME_COLUMN = 5

    def set_entries(self, entries: Sequence[LogEntry]) -> None:
        self._set_rows(entries)

    def entry(self, row: int) -> LogEntry:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            if column == 0 and role == SORT_ROLE:
                return e.time_utc.isoformat()
            values = (
                local_datetime(e.time_local),
                e.station,
                e.query,
                e.serial,
                ", ".join(f"{k}={v}" for k, v in e.answers.items()),
                outcome_words(e.outcome),
                e.recalls,
                e.clerk,
                e.case_number or "",
                e.slip.replace(",", ", ")
                if e.slip
                else QCoreApplication.translate("CheckLogModel", "not printed"),
            )
            return values[column] if 0 <= column < len(values) else None
        if role == HIT_ROLE:
            return e
        if role == Qt.ItemDataRole.UserRole and column == 0:
            return e.time_utc.isoformat()
        return None


class DailySummaryModel(_RowsModel["DaySummary"]):
    """The check log by day: checks, affected, check with the manufacturer, slips printed."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("DailySummaryModel", "Day")),
        str(QT_TRANSLATE_NOOP("DailySummaryModel", "Checks")),
        str(QT_TRANSLATE_NOOP("DailySummaryModel", "Affected")),
        str(QT_TRANSLATE_NOOP("DailySummaryModel", "Check with manufacturer")),
        str(QT_TRANSLATE_NOOP("DailySummaryModel", "Slips printed")),
    )

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
            return local_date(d.day) if index.column() == 0 else values[index.column()]
        if role == SORT_ROLE:
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == HIT_ROLE:
            return d
        return None


class CheckLogFilter(QSortFilterProxyModel):
    """Filters the log by words (any column, as shown) and by outcome; sorts by the cells' values
    (times in order, whatever the language writes)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._outcome = ""
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)

    def set_outcome(self, outcome: str) -> None:
        """Show only this outcome ("affected", "not_affected" or "not affected", ...); "" shows all."""
        self.beginFilterChange()
        self._outcome = outcome.replace(" ", "_")
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if self._outcome:
            entry = model.index(source_row, CheckLogModel.OUTCOME_COLUMN, source_parent).data(HIT_ROLE)
            if entry is None or entry.outcome != self._outcome:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
