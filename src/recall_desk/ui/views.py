"""The one way the program sets up a read-only list of rows (results, recalls, findings), the way it
writes the dates, numbers and counts it formats itself (in the interface language's locale), and a
word-wrapped label that keeps its height in any language.

Two ways of writing an English count coexist (English, the source language, has no catalog to give
its singular): :func:`plural` takes the singular beside the translated plural (the counter's
messages), :func:`numerus` settles a "hit(s)" source (the manager's).  Both give the catalogs'
forms in French and Spanish."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTime,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from .i18n import SOURCE_LANGUAGE, current_language


def plural(translated: str, n: int, english_one: str) -> str:
    """A count's words: ``translated`` is ``self.tr("… {count} checks", "", n)`` (its source is English's
    plural; a catalog gives each language's forms), ``english_one`` English's singular, used for n == 1
    when the interface is in English (the source language has no catalog of its own)."""
    return english_one if n == 1 and current_language() == SOURCE_LANGUAGE else translated


def _locale() -> QLocale:
    """The interface's locale (i18n.set_language sets it) as Qt's locale data writes it: a POSIX "C"
    system locale would otherwise give made-up formats ("22 11 2026")."""
    return QLocale(QLocale().name())


def local_number(value: int | float) -> str:
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


_PLURAL = re.compile(r"\((e?s)\)")


def numerus(text: str, n: int) -> str:
    """``text``, a ``tr(source, "", n)`` result, with English's "(s)" settled for ``n``.

    English is the source language and has no catalog, so its plural forms are written "hit(s)" and
    made "hit" or "hits" here; the French and Spanish catalogs give each form whole."""
    if current_language() != SOURCE_LANGUAGE:
        return text
    return _PLURAL.sub(lambda m: "" if n == 1 else m.group(1), text)


def long_date(text: str) -> str:
    """An ISO date (``YYYY-MM-DD``, maybe followed by a time) as the interface language writes it
    (September 18, 2025 / 18 septembre 2025); anything else as it is."""
    day = QDate.fromString(text[:10], Qt.DateFormat.ISODate)
    if len(text) < 10 or not day.isValid():
        return text
    locale = QLocale()
    pattern = re.sub(r"d{4}[,.]?\s*", "", locale.dateFormat(QLocale.FormatType.LongFormat)).strip()
    return locale.toString(day, pattern)


def fit_headers(view: QAbstractItemView) -> None:
    """Widen the columns of a table whose header no longer fits (a longer language)."""
    if not isinstance(view, QTableView):
        return
    header = view.horizontalHeader()
    for section in range(header.count()):
        need = header.sectionSizeHint(section)
        if (
            header.sectionSize(section) < need
            and header.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive
        ):
            header.resizeSection(section, need)


class WrappedLabel(QLabel):
    """A word-wrapped label that asks for the height its text needs at the width it has.

    Qt's layouts size a wrapped label from a guessed width and leave its height-for-width out of the
    minimum sizes they pass up (a splitter, a window), so a narrow window would cut a long sentence
    and a wide one would leave a gap around a short one.  This label's size hints are the height its
    text takes at its present width, updated whenever that width or its text (a language) changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._need = -1

    def setText(self, text: str) -> None:
        super().setText(text)
        self._measure()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._measure()

    def _measure(self) -> None:
        if not self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished) or self.width() <= 1:
            return  # not laid out yet: Qt's guess stands until the label has its width
        need = self.heightForWidth(self.width()) if self.text() else 0
        if need != self._need:
            self._need = need
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return hint if self._need < 0 else QSize(hint.width(), self._need)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return hint if self._need < 0 else QSize(hint.width(), self._need)
