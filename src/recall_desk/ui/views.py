"""The one way the program sets up a read-only list of rows (results, recalls, findings)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def list_view(
    parent: QWidget,
    name: str,
    model: QAbstractItemModel,
    *,
    widths: Sequence[int] = (),
    stretch_last: bool = True,
    multi: bool = False,
) -> QTableView:
    """A table of whole-row selections, not editable, without row numbers.

    With a sort proxy as ``model`` the clerk can sort by a column; until then the rows keep the
    order they were given (``setSortingEnabled`` alone would sort by the first column, descending).
    """
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setModel(model)
    if isinstance(model, QSortFilterProxyModel):
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        model.sort(-1)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return table
