"""Catalog → Review imported findings…: what an import read from a notice but could not be sure of.

A manager confirms an item (a model number joins its product, a serial rule becomes the
product's rule), corrects it first, or rejects it.  Until then it is not part of the catalog.

The words around a finding follow the interface language; the finding itself (the notice's sentence,
why the import was unsure, the value read) is shown as the catalog keeps it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.identifiers import gtin_is_valid
from ..core.model import CatalogFormatError, ModelNumber
from ..core.serials import RuleError, SerialRule
from .i18n import Retranslating
from .models import HIT_ROLE, _Index, _RowsModel
from .views import WrappedLabel, fit_headers, list_view, local_number, numerus

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from ..catalog.review import ReviewItem

STATUS_VALUES = ("pending", "confirmed", "rejected", "")
"""The status filter's choices, in order ("" shows all)."""
ERROR_COLOUR = "#B3261E"


class ReviewModel(_RowsModel["ReviewItem"]):
    """The review items: recall, product, what, confidence, the sentence it came from, reason, status."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("ReviewModel", "Recall")),
        str(QT_TRANSLATE_NOOP("ReviewModel", "Product")),
        str(QT_TRANSLATE_NOOP("ReviewModel", "What")),
        str(QT_TRANSLATE_NOOP("ReviewModel", "Confidence")),
        str(QT_TRANSLATE_NOOP("ReviewModel", "Sentence")),
        str(QT_TRANSLATE_NOOP("ReviewModel", "Reason")),
        str(QT_TRANSLATE_NOOP("ReviewModel", "Status")),
    )
    STATUS_COLUMN = 6
    CONFIDENCE_COLUMN = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._products: dict[tuple[str, int], str] = {}

    def retranslate(self) -> None:
        """The interface language changed: headers, statuses and percentages are shown again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def status_text(self, status: str) -> str:
        names = {
            "pending": self.tr("pending"),
            "confirmed": self.tr("confirmed"),
            "rejected": self.tr("rejected"),
        }
        return names.get(status, status)

    def set_items(self, items: Sequence[ReviewItem], products: dict[tuple[str, int], str]) -> None:
        self._products = dict(products)
        self._set_rows(items)

    def item(self, row: int) -> ReviewItem:
        return self._rows[row]

    def product_name(self, item: ReviewItem) -> str:
        found = self._products.get((item.recall_key, item.product))
        return found if found is not None else self.tr("product {number}").format(number=item.product + 1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == HIT_ROLE:
            return item
        if role == Qt.ItemDataRole.UserRole and column == self.CONFIDENCE_COLUMN:
            return item.confidence  # sorts as a number
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.CONFIDENCE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            item.recall_key,
            self.product_name(item),
            item.summary,
            percent(item.confidence),
            " ".join(item.sentence.split()),
            item.reason,
            self.status_text(item.status),
        )
        if not 0 <= column < len(values):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.sentence if column == 4 else values[column]
        return values[column]


def percent(fraction: float) -> str:
    """A confidence as the interface language writes a percentage (85% / 85 %)."""
    return QCoreApplication.translate("ReviewModel", "{number}%").format(
        number=local_number(round(fraction * 100))
    )


class ReviewFilter(QSortFilterProxyModel):
    """Filters the review items by status and by words in any column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._status = "pending"
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def status(self) -> str:
        return self._status

    def set_status(self, status: str) -> None:
        """Show only items with this status; "" shows all."""
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._status:
            item = self.sourceModel().index(source_row, 0, source_parent).data(HIT_ROLE)
            if item is None or item.status != self._status:
                return False
        return super().filterAcceptsRow(source_row, source_parent)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        if left.column() == ReviewModel.CONFIDENCE_COLUMN:
            a, b = left.data(Qt.ItemDataRole.UserRole), right.data(Qt.ItemDataRole.UserRole)
            return float(a or 0) < float(b or 0)
        return super().lessThan(left, right)


def corrected_value(kind: str, text: str) -> dict[str, Any]:
    """The value a manager typed for an item of ``kind``, checked; raises ValueError saying what is wrong
    (in the interface language; the catalog's own checks in their words)."""
    text = text.strip()
    if kind == "model":
        if not text:
            raise ValueError(
                QCoreApplication.translate("CorrectDialog", "Type the model number as printed on the label.")
            )
        try:
            model = ModelNumber.from_dict("model number", text)
        except CatalogFormatError as exc:
            raise ValueError(str(exc)) from None
        return {"number": model.number}
    if kind == "gtin":
        digits = text.replace(" ", "").replace("-", "")
        if not gtin_is_valid(digits):
            raise ValueError(
                QCoreApplication.translate(
                    "CorrectDialog", "{code} is not a UPC/EAN/GTIN with a valid check digit."
                ).format(code=repr(text))
            )
        return {"upc": digits}
    if kind == "serial_rule":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(
                QCoreApplication.translate(
                    "CorrectDialog", "Not JSON: {problem} at line {line}, column {column}."
                ).format(problem=exc.msg, line=exc.lineno, column=exc.colno)
            ) from None
        if not isinstance(data, dict):
            raise ValueError(
                QCoreApplication.translate(
                    "CorrectDialog", "A serial rule is a JSON object, such as {example}."
                ).format(example='{"length": 14}')
            )
        try:
            SerialRule.from_dict(data, "serial rule")
        except RuleError as exc:
            raise ValueError(str(exc)) from None
        return data
    raise ValueError(
        QCoreApplication.translate(
            "CorrectDialog", "This kind of finding has nothing to correct: confirm or reject it."
        )
    )


def editable_text(item: ReviewItem) -> str:
    if item.kind == "model":
        return str(item.value.get("number", ""))
    if item.kind == "gtin":
        return str(item.value.get("upc", ""))
    return json.dumps(item.value, indent=2, ensure_ascii=False)


class CorrectDialog(Retranslating, QDialog):
    """Edit a finding's model number (or UPC, or serial rule JSON) before it is confirmed."""

    def __init__(self, item: ReviewItem, product: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.product = product
        self.value: dict[str, Any] | None = None
        self.source = WrappedLabel(self)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor: QLineEdit | QPlainTextEdit
        if item.kind == "serial_rule":
            editor = QPlainTextEdit(editable_text(item), self)
            editor.setTabChangesFocus(True)
            editor.textChanged.connect(self._validate)
            self.editor = editor
        else:
            line = QLineEdit(editable_text(item), self)
            line.textChanged.connect(self._validate)
            self.editor = line
        self.label = QLabel(self)
        self.label.setBuddy(self.editor)
        self.feedback = WrappedLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addWidget(self.label)
        layout.addWidget(self.editor, 1 if item.kind == "serial_rule" else 0)
        layout.addWidget(self.feedback)
        if item.kind != "serial_rule":
            layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, 420 if item.kind == "serial_rule" else 240)

    def retranslate_ui(self) -> None:
        kind = self.item.kind
        title = {
            "model": self.tr("Correct the model number"),
            "serial_rule": self.tr("Correct the serial rule"),
            "gtin": self.tr("Correct the UPC"),
        }.get(kind, self.tr("Correct the finding"))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            self.tr("Type the value as it should be; it is confirmed into the catalog as corrected.")
        )
        self.source.setText(
            self.tr("<b>{recall}</b>, {product}<br>The notice says: <i>{sentence}</i>").format(
                recall=_html(self.item.recall_key),
                product=_html(self.product),
                sentence=_html(self.item.sentence),
            )
        )
        self.label.setText(
            {
                "serial_rule": self.tr("Serial &rule (JSON):"),
                "model": self.tr("&Model number:"),
            }.get(kind, self.tr("&UPC:"))
        )
        self.editor.setAccessibleName(
            {
                "model": self.tr("Corrected model number"),
                "serial_rule": self.tr("Corrected serial rule"),
                "gtin": self.tr("Corrected UPC"),
            }.get(kind, self.tr("Corrected value"))
        )
        self.editor.setAccessibleDescription(
            self.tr("The serial rule as JSON, checked as you type.")
            if kind == "serial_rule"
            else self.tr("As printed on the label, checked as you type.")
        )
        self.feedback.setAccessibleName(self.tr("Check of the corrected value"))
        self.ok.setText(self.tr("Con&firm corrected"))
        self.ok.setAccessibleName(self.tr("Confirm the corrected value"))
        self.ok.setAccessibleDescription(self.tr("Puts the corrected value into the catalog."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Closes this window; the finding stays pending."))
        self._validate()

    def text(self) -> str:
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        return self.editor.text()

    def _validate(self) -> None:
        try:
            self.value = corrected_value(self.item.kind, self.text())
        except ValueError as exc:
            self.value = None
            _say(self.feedback, str(exc), error=True)
        else:
            _say(self.feedback, self.tr("Reads correctly."), error=False)
        self.ok.setEnabled(self.value is not None)

    def accept(self) -> None:
        if self.value is not None:
            super().accept()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _say(label: QLabel, text: str, *, error: bool) -> None:
    palette = label.palette()
    parent = label.parentWidget()
    default = parent.palette() if parent is not None else palette
    colour = QColor(ERROR_COLOUR) if error else default.color(QPalette.ColorRole.WindowText)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    label.setText(text)


class ReviewDialog(Retranslating, QDialog):
    """The review list, with Confirm, Reject and Correct…."""

    catalog_changed = Signal()
    """Emitted after a decision changed the catalog (a model or rule confirmed)."""
    decided = Signal(object)
    """Emitted with each decided ReviewItem."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.model = ReviewModel(self)
        self.proxy = ReviewFilter(self)
        self.proxy.setSourceModel(self.model)
        self._message: tuple[Callable[[], str], bool] | None = None

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.status_box = QComboBox(self)
        for value in STATUS_VALUES:
            self.status_box.addItem("", value)
        self.count = QLabel(self)

        self.table = list_view(
            self,
            "",
            self.proxy,
            widths=(110, 160, 130, 85, 270, 150, 75),
            stretch_last=False,
            multi=True,
        )

        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setTabChangesFocus(True)

        self.confirm_button = QPushButton(self)
        self.correct_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.message = WrappedLabel(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_box)
        filters.addWidget(self.count)
        actions = QHBoxLayout()
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.correct_button)
        actions.addWidget(self.reject_button)
        actions.addWidget(self.message, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([380, 170])
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.resize(1000, 640)

        self.search.textChanged.connect(self._filter_text)
        self.status_box.currentIndexChanged.connect(self._filter_status)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.confirm_button.clicked.connect(lambda: self.decide_selected("confirmed"))
        self.reject_button.clicked.connect(lambda: self.decide_selected("rejected"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.refresh()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Review imported findings"))
        self.setAccessibleName(self.tr("Review imported findings"))
        self.setAccessibleDescription(
            self.tr(
                "What imports read from the notices but could not be sure of: confirm, correct or reject."
            )
        )
        self.search.setPlaceholderText(self.tr("Filter: recall, product, model, words of the sentence…"))
        self.search.setAccessibleName(self.tr("Filter the findings"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the findings with these words in any column.")
        )
        for i, text in enumerate(
            (self.tr("Pending"), self.tr("Confirmed"), self.tr("Rejected"), self.tr("All"))
        ):
            self.status_box.setItemText(i, text)
        self.status_box.setAccessibleName(self.tr("Status filter"))
        self.status_box.setAccessibleDescription(self.tr("Shows the findings with this status."))
        self.count.setAccessibleName(self.tr("Findings shown"))
        self.table.setAccessibleName(self.tr("Imported findings"))
        self.table.setAccessibleDescription(
            self.tr("Recall, product, what was read, confidence, the notice's sentence, why, and status.")
        )
        self.model.retranslate()
        fit_headers(self.table)
        self.detail.setAccessibleName(self.tr("The selected finding in full"))
        self.detail.setAccessibleDescription(
            self.tr("The sentence the finding came from and the value read.")
        )
        self.detail.setPlaceholderText(self.tr("Select a finding to read the sentence it came from."))
        self.confirm_button.setText(self.tr("&Confirm"))
        self.confirm_button.setAccessibleName(self.tr("Confirm the selected findings"))
        self.confirm_button.setToolTip(
            self.tr("Put the selected model numbers and serial rules into the catalog")
        )
        self.confirm_button.setAccessibleDescription(self.confirm_button.toolTip())
        self.correct_button.setText(self.tr("C&orrect…"))
        self.correct_button.setAccessibleName(self.tr("Correct the selected finding, then confirm it"))
        self.correct_button.setAccessibleDescription(
            self.tr("Opens the finding's value to edit before it goes into the catalog.")
        )
        self.reject_button.setText(self.tr("&Reject"))
        self.reject_button.setAccessibleName(self.tr("Reject the selected findings"))
        self.reject_button.setToolTip(self.tr("They never go into the catalog, and are not asked again"))
        self.reject_button.setAccessibleDescription(self.reject_button.toolTip())
        self.message.setAccessibleName(self.tr("Review message"))
        if self._message is not None:
            shown, error = self._message
            _say(self.message, shown(), error=error)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAccessibleDescription(self.tr("Closes the review list."))
        self._update_count()
        self._show_detail()

    # -- the list --

    def refresh(self) -> None:
        from ..catalog import review
        from ..catalog.editing import product_names

        selected = {item.id for item in self.selected_items()}
        found = review.items(self.engine, status=None)
        self.model.set_items(found, product_names(self.engine, {i.recall_key for i in found}))
        for row in range(self.proxy.rowCount()):
            item = self.proxy.index(row, 0).data(HIT_ROLE)
            if item is not None and item.id in selected:
                self.table.selectRow(row)
        self._update_count()
        self._selection_changed()

    def _filter_text(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _filter_status(self, _index: int) -> None:
        self.proxy.set_status(str(self.status_box.currentData() or ""))
        self._update_count()

    def _update_count(self) -> None:
        pending = sum(1 for row in range(self.model.rowCount()) if self.model.item(row).status == "pending")
        self.count.setText(
            self.tr("{shown} shown · {pending} pending").format(
                shown=local_number(self.proxy.rowCount()), pending=local_number(pending)
            )
        )

    def selected_items(self) -> list[ReviewItem]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        items = [self.proxy.index(row, 0).data(HIT_ROLE) for row in rows]
        return [item for item in items if item is not None]

    def select_item(self, item_id: int) -> bool:
        """Select the row of review item ``item_id`` (if it is shown)."""
        for row in range(self.proxy.rowCount()):
            item = self.proxy.index(row, 0).data(HIT_ROLE)
            if item is not None and item.id == item_id:
                self.table.clearSelection()
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def _selection_changed(self, *_args: Any) -> None:
        items = self.selected_items()
        pending = [i for i in items if i.status == "pending"]
        self.confirm_button.setEnabled(bool(pending))
        self.reject_button.setEnabled(bool(pending))
        self.correct_button.setEnabled(
            len(items) == 1 and bool(pending) and items[0].kind in ("model", "serial_rule", "gtin")
        )
        self._show_detail()

    def _show_detail(self) -> None:
        items = self.selected_items()
        if len(items) == 1:
            item = items[0]
            value = json.dumps(item.value, indent=2, ensure_ascii=False)
            self.detail.setPlainText(
                self.tr(
                    "{recall} · {product} · {status}\n{what} (confidence {confidence})\n"
                    "Why it needs review: {reason}\n\nThe notice says:\n{sentence}\n\nValue:\n{value}"
                ).format(
                    recall=item.recall_key,
                    product=self.model.product_name(item),
                    status=self.model.status_text(item.status),
                    what=f"{item.summary[:1].upper()}{item.summary[1:]}",
                    confidence=percent(item.confidence),
                    reason=item.reason,
                    sentence=item.sentence,
                    value=value,
                )
            )
        elif items:
            self.detail.setPlainText(
                numerus(self.tr("{count} finding(s) selected.", "", len(items)), len(items)).format(
                    count=local_number(len(items))
                )
            )
        else:
            self.detail.setPlainText("")

    def _say(self, text: Callable[[], str], *, error: bool) -> None:
        self._message = (text, error)
        _say(self.message, text(), error=error)

    # -- decisions --

    def decide_selected(self, status: str) -> int:
        """Confirm or reject every selected pending item; returns how many were decided."""
        items = [i for i in self.selected_items() if i.status == "pending"]
        return self._decide([(i, None) for i in items], status)

    def correct_selected(self) -> None:
        items = self.selected_items()
        if len(items) != 1:
            return
        dialog = CorrectDialog(items[0], self.model.product_name(items[0]), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.confirm_corrected(items[0], dialog.value))
        self.correct_dialog = dialog
        dialog.open()

    def confirm_corrected(self, item: ReviewItem, value: dict[str, Any] | None) -> bool:
        if value is None:
            return False
        return self._decide([(item, value)], "confirmed") == 1

    def _decide(self, decisions: list[tuple[ReviewItem, dict[str, Any] | None]], status: str) -> int:
        from ..catalog.review import ReviewError, decide

        done, changed, problems = 0, False, []
        for item, value in decisions:
            try:
                result = decide(self.engine, item.id, status, value)
            except ReviewError as exc:
                problems.append(str(exc))
                continue
            done += 1
            changed = changed or (status == "confirmed" and item.kind in ("model", "serial_rule"))
            self.decided.emit(result)
        self.refresh()
        if problems:
            listed = "; ".join(problems)
            self._say(lambda: self.tr("Not done: {problems}").format(problems=listed), error=True)
        elif done:
            count = done
            if status == "confirmed":
                self._say(
                    lambda: numerus(self.tr("Confirmed {count} finding(s).", "", count), count).format(
                        count=local_number(count)
                    ),
                    error=False,
                )
            else:
                self._say(
                    lambda: numerus(self.tr("Rejected {count} finding(s).", "", count), count).format(
                        count=local_number(count)
                    ),
                    error=False,
                )
        if changed:
            self.catalog_changed.emit()
        return done
