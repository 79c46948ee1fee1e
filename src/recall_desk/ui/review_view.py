"""Catalog → Review imported findings…: what an import read from a notice but could not be sure of.

A manager confirms an item (a model number joins its product, a serial rule becomes the
product's rule), corrects it first, or rejects it.  Until then it is not part of the catalog.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
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
from .models import HIT_ROLE, _Index, _RowsModel
from .views import list_view

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from ..catalog.review import ReviewItem

STATUS_FILTERS = (("Pending", "pending"), ("Confirmed", "confirmed"), ("Rejected", "rejected"), ("All", ""))
ERROR_COLOUR = "#B3261E"


def _kind_text(kind: str) -> str:
    return {"model": "Model number", "serial_rule": "Serial rule", "gtin": "UPC", "no_model": "No model"}.get(
        kind, kind
    )


class ReviewModel(_RowsModel["ReviewItem"]):
    """The review items: recall, product, what, confidence, the sentence it came from, reason, status."""

    HEADERS = ("Recall", "Product", "What", "Confidence", "Sentence", "Reason", "Status")
    STATUS_COLUMN = 6
    CONFIDENCE_COLUMN = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._products: dict[tuple[str, int], str] = {}

    def set_items(self, items: Sequence[ReviewItem], products: dict[tuple[str, int], str]) -> None:
        self._products = dict(products)
        self._set_rows(items)

    def item(self, row: int) -> ReviewItem:
        return self._rows[row]

    def product_name(self, item: ReviewItem) -> str:
        return self._products.get((item.recall_key, item.product), f"product {item.product + 1}")

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
            f"{item.confidence:.0%}",
            " ".join(item.sentence.split()),
            item.reason,
            item.status,
        )
        if not 0 <= column < len(values):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.sentence if column == 4 else values[column]
        return values[column]


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
            status = self.sourceModel().index(source_row, ReviewModel.STATUS_COLUMN, source_parent).data()
            if status != self._status:
                return False
        return super().filterAcceptsRow(source_row, source_parent)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        if left.column() == ReviewModel.CONFIDENCE_COLUMN:
            a, b = left.data(Qt.ItemDataRole.UserRole), right.data(Qt.ItemDataRole.UserRole)
            return float(a or 0) < float(b or 0)
        return super().lessThan(left, right)


def corrected_value(kind: str, text: str) -> dict[str, Any]:
    """The value a manager typed for an item of ``kind``, checked; raises ValueError saying what is wrong."""
    text = text.strip()
    if kind == "model":
        if not text:
            raise ValueError("Type the model number as printed on the label.")
        try:
            model = ModelNumber.from_dict("model number", text)
        except CatalogFormatError as exc:
            raise ValueError(str(exc)) from None
        return {"number": model.number}
    if kind == "gtin":
        digits = text.replace(" ", "").replace("-", "")
        if not gtin_is_valid(digits):
            raise ValueError(f"{text!r} is not a UPC/EAN/GTIN with a valid check digit.")
        return {"upc": digits}
    if kind == "serial_rule":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"Not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.") from None
        if not isinstance(data, dict):
            raise ValueError('A serial rule is a JSON object, such as {"length": 14}.')
        try:
            SerialRule.from_dict(data, "serial rule")
        except RuleError as exc:
            raise ValueError(str(exc)) from None
        return data
    raise ValueError("This kind of finding has nothing to correct: confirm or reject it.")


def editable_text(item: ReviewItem) -> str:
    if item.kind == "model":
        return str(item.value.get("number", ""))
    if item.kind == "gtin":
        return str(item.value.get("upc", ""))
    return json.dumps(item.value, indent=2, ensure_ascii=False)


class CorrectDialog(QDialog):
    """Edit a finding's model number (or UPC, or serial rule JSON) before it is confirmed."""

    def __init__(self, item: ReviewItem, product: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.value: dict[str, Any] | None = None
        what = _kind_text(item.kind).lower()
        self.setWindowTitle(f"Correct the {what}")
        self.setAccessibleName(f"Correct the {what}")
        source = QLabel(
            f"<b>{item.recall_key}</b>, {product}<br>The notice says: <i>{_html(item.sentence)}</i>", self
        )
        source.setWordWrap(True)
        source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor: QLineEdit | QPlainTextEdit
        if item.kind == "serial_rule":
            editor = QPlainTextEdit(editable_text(item), self)
            editor.setTabChangesFocus(True)
            editor.textChanged.connect(self._validate)
            self.editor = editor
            label = QLabel("Serial &rule (JSON):", self)
        else:
            line = QLineEdit(editable_text(item), self)
            line.textChanged.connect(self._validate)
            self.editor = line
            label = QLabel("&Model number:" if item.kind == "model" else "&UPC:", self)
        label.setBuddy(self.editor)
        self.editor.setAccessibleName(f"Corrected {what}")
        self.feedback = QLabel(self)
        self.feedback.setAccessibleName("Check of the corrected value")
        self.feedback.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton("Con&firm corrected", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName("Confirm the corrected value")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1 if item.kind == "serial_rule" else 0)
        layout.addWidget(self.feedback)
        if item.kind != "serial_rule":
            layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 420 if item.kind == "serial_rule" else 220)
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
            _say(self.feedback, "Reads correctly.", error=False)
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


class ReviewDialog(QDialog):
    """The review list, with Confirm, Reject and Correct…."""

    catalog_changed = Signal()
    """Emitted after a decision changed the catalog (a model or rule confirmed)."""
    decided = Signal(object)
    """Emitted with each decided ReviewItem."""

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Review imported findings")
        self.setAccessibleName("Review imported findings")
        self.engine = engine
        self.model = ReviewModel(self)
        self.proxy = ReviewFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Filter: recall, product, model, words of the sentence…")
        self.search.setAccessibleName("Filter the findings")
        self.search.setClearButtonEnabled(True)
        self.status_box = QComboBox(self)
        self.status_box.setAccessibleName("Status filter")
        for text, value in STATUS_FILTERS:
            self.status_box.addItem(text, value)
        self.count = QLabel(self)
        self.count.setAccessibleName("Findings shown")

        self.table = list_view(
            self,
            "Imported findings",
            self.proxy,
            widths=(110, 160, 130, 85, 270, 150, 75),
            stretch_last=False,
            multi=True,
        )

        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setTabChangesFocus(True)
        self.detail.setAccessibleName("The selected finding in full")
        self.detail.setPlaceholderText("Select a finding to read the sentence it came from.")

        self.confirm_button = QPushButton("&Confirm", self)
        self.confirm_button.setAccessibleName("Confirm the selected findings")
        self.confirm_button.setToolTip("Put the selected model numbers and serial rules into the catalog")
        self.correct_button = QPushButton("C&orrect…", self)
        self.correct_button.setAccessibleName("Correct the selected finding, then confirm it")
        self.reject_button = QPushButton("&Reject", self)
        self.reject_button.setAccessibleName("Reject the selected findings")
        self.reject_button.setToolTip("They never go into the catalog, and are not asked again")
        self.message = QLabel(self)
        self.message.setAccessibleName("Review message")
        self.message.setWordWrap(True)
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
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(1000, 640)

        self.search.textChanged.connect(self._filter_text)
        self.status_box.currentIndexChanged.connect(self._filter_status)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.confirm_button.clicked.connect(lambda: self.decide_selected("confirmed"))
        self.reject_button.clicked.connect(lambda: self.decide_selected("rejected"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.refresh()

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
        self.count.setText(f"{self.proxy.rowCount()} shown · {pending} pending")

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
        if len(items) == 1:
            item = items[0]
            value = json.dumps(item.value, indent=2, ensure_ascii=False)
            self.detail.setPlainText(
                f"{item.recall_key} · {self.model.product_name(item)} · {item.status}\n"
                f"{item.summary[:1].upper()}{item.summary[1:]} (confidence {item.confidence:.0%})\n"
                f"Why it needs review: {item.reason}\n\n"
                f"The notice says:\n{item.sentence}\n\nValue:\n{value}"
            )
        else:
            self.detail.setPlainText(f"{len(items)} findings selected." if items else "")

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
            _say(self.message, "Not done: " + "; ".join(problems), error=True)
        elif done:
            verb = "Confirmed" if status == "confirmed" else "Rejected"
            _say(self.message, f"{verb} {done} finding{'s' if done != 1 else ''}.", error=False)
        if changed:
            self.catalog_changed.emit()
        return done
