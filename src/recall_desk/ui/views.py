"""The one way the program sets up a read-only list of rows (results, recalls, findings), and the way
it writes the dates and numbers it formats itself (in the interface language's locale)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QSortFilterProxyModel,
    Qt,
    QTime,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def plural(translated: str, n: int, english_one: str) -> str:
    """A count's words: ``translated`` is ``self.tr("… {count} checks", "", n)`` (its source is English's
    plural; a catalog gives each language's forms), ``english_one`` English's singular, used for n == 1
    when the interface is in English (the source language has no catalog of its own)."""
    from .i18n import SOURCE_LANGUAGE, current_language

    return english_one if n == 1 and current_language() == SOURCE_LANGUAGE else translated


def _locale() -> QLocale:
    """The interface's locale (i18n.set_language sets it) as Qt's locale data writes it: a POSIX "C"
    system locale would otherwise give made-up formats ("22 11 2026")."""
    return QLocale(QLocale().name())


def local_number(value: int) -> str:
    """A count as the interface's locale writes it (12,345 / 12 345)."""
    return _locale().toString(value)


def local_date(iso: str) -> str:
    """A YYYY-MM-DD day in the locale's short form (11/23/26, 2026-11-23, 23/11/2026); text that is
    not such a day is returned as it is."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    locale = _locale()
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def local_datetime(iso: str) -> str:
    """An ISO local time ("2026-11-23T14:05:33-05:00") as the locale writes a short date and time,
    in the station's own time (the offset is not converted)."""
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso.replace("T", " ")[:19]
    locale = _locale()
    if locale.language() == QLocale.Language.C:
        return when.strftime("%Y-%m-%d %H:%M:%S")
    qt = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second))
    return locale.toString(qt, QLocale.FormatType.ShortFormat)


def retranslate_model(model: QAbstractItemModel | None) -> None:
    """The language changed: the model under ``model``'s proxies gives its headers (and the cells it
    composes) again in the new language."""
    source = model
    while isinstance(source, QAbstractProxyModel) and source.sourceModel() is not None:
        source = source.sourceModel()
    retranslate = getattr(source, "retranslate", None)
    if callable(retranslate):
        retranslate()
    elif model is not None and model.columnCount():
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)


def fit_to_screen(widget: QWidget) -> None:
    """Shrink a window that is larger than its screen's free area (a 1024x768 counter screen, or a
    large scale factor) to fit it, and keep it on that screen."""
    screen = widget.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    width, height = min(widget.width(), room.width()), min(widget.height(), room.height())
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
    frame = widget.frameGeometry()
    x = max(room.left(), min(frame.left(), room.right() - frame.width() + 1))
    y = max(room.top(), min(frame.top(), room.bottom() - frame.height() + 1))
    if (x, y) != (frame.left(), frame.top()) and widget.isWindow() and widget.isVisible():
        widget.move(x, y)


class ListView(QTableView):
    """A table whose model's headers follow the interface language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retranslate_model(self.model())
        super().changeEvent(event)


def list_view(
    parent: QWidget,
    name: str,
    model: QAbstractItemModel,
    *,
    widths: Sequence[int] = (),
    stretch_last: bool = True,
    multi: bool = False,
    description: str = "",
) -> QTableView:
    """A table of whole-row selections, not editable, without row numbers.

    With a sort proxy as ``model`` the clerk can sort by a column; until then the rows keep the
    order they were given (``setSortingEnabled`` alone would sort by the first column, descending).
    ``name`` and ``description`` are for screen readers (the caller sets them again in its own
    ``retranslate_ui`` when the language changes); the headers follow the language by themselves.
    """
    table = ListView(parent)
    table.setAccessibleName(name)
    if description:
        table.setAccessibleDescription(description)
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
