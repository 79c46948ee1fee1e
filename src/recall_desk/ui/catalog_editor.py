"""Catalog → Edit catalog…: a manager adds or corrects a recall, its products, rules and pictures.

What is saved is validated exactly as a catalog file is (``Recall.from_dict``); a
problem is shown with the field it is in, and the form stays as typed.  A saved
recall is marked as edited, so later imports keep it (``imports.save_edit``).
Facts the form does not show (sources, units sold, where it was sold…) are kept.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImageReader, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..catalog.picture_store import MAX_PICTURE_BYTES, pictures_folder, store_picture
from ..core.model import REMEDY_KINDS, CatalogFormatError, Hotspot, Picture, Question, Recall
from ..core.serials import RuleError, SerialRule
from .hotspot_editor import HotspotEditor
from .models import HIT_ROLE, _Index, _RowsModel
from .pictures import set_picture_folder
from .views import list_view

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from ..catalog.editing import RecallEntry

ERROR_COLOUR = "#B3261E"
OK_COLOUR = "#146C2E"
REMEDY_NAMES = {
    "replace": "Replace",
    "refund": "Refund",
    "repair": "Repair",
    "gift_card": "Gift card",
    "store_credit": "Store credit",
}
ORIGINS = {
    "seed": "from the bundled catalog",
    "cpsc": "imported from CPSC",
    "healthcanada": "imported from Health Canada",
    "manager": "added here",
    "document": "from a catalog file",
}
RULE_EXAMPLE = '{"length": 14, "charset": "alnum", "match": [{"kind": "prefix", "values": ["57V"]}]}'
QUESTIONS_EXAMPLE = (
    '[{"key": "colour", "text": "What colour is it?", "choices": '
    '[{"value": "black", "model": "A3102016"}, {"value": "blue", "outcome": "not_affected"}]}]'
)


class FormError(ValueError):
    """What the manager typed cannot be read (before the catalog's own checks)."""


class PhotoRefused(ValueError):
    """A file that cannot be added as a photo; the message names the file."""


# --- small helpers -----------------------------------------------------------------------------------


def _say(label: QLabel, text: str, *, error: bool | None) -> None:
    """Show ``text`` in ``label``: red for a problem, green for success, plain otherwise."""
    palette = label.palette()
    parent = label.parentWidget()
    base = parent.palette() if parent is not None else palette
    if error is None:
        colour = base.color(QPalette.ColorRole.WindowText)
    else:
        colour = QColor(ERROR_COLOUR if error else OK_COLOUR)
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    label.setText(text)


def _line(name: str, parent: QWidget, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def _text(
    name: str, parent: QWidget, *, lines: int = 3, mono: bool = False, placeholder: str = ""
) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    if mono:
        edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    if placeholder:
        edit.setPlaceholderText(placeholder)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height if lines <= 4 else 16_777_215)
    return edit


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    return button


def _show_starts(*widgets: QWidget) -> None:
    """Line edits show the start of what they hold (a long name reads from its beginning)."""
    for widget in widgets:
        edits = [widget] if isinstance(widget, QLineEdit) else widget.findChildren(QLineEdit)
        for edit in edits:
            edit.setCursorPosition(0)


def split_list(text: str) -> list[str]:
    """Items typed with commas, semicolons or one a line."""
    return [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]


def _put(doc: dict[str, Any], key: str, value: Any) -> None:
    if value in (None, "", [], {}):
        doc.pop(key, None)
    else:
        doc[key] = value


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


def read_photo(path: Path) -> tuple[bytes, str]:
    """The bytes of a PNG or JPEG photo and its kind ("png" or "jpeg"); raises PhotoRefused naming the
    file for anything else (not a picture, another kind of picture, unreadable, over 20 MB)."""
    name = path.name
    try:
        if not path.is_file():
            raise PhotoRefused(f"{name} is not a file.")
        size = path.stat().st_size
        if size > MAX_PICTURE_BYTES:
            raise PhotoRefused(
                f"{name} is {size / 1_048_576:.1f} MB, more than the "
                f"{MAX_PICTURE_BYTES // 1_048_576} MB a photo can be: save a smaller copy."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise PhotoRefused(f"{name} cannot be read: {exc.strerror}.") from None
    if len(data) > MAX_PICTURE_BYTES:  # it grew since
        raise PhotoRefused(f"{name} is more than {MAX_PICTURE_BYTES // 1_048_576} MB.")
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    kind = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if kind not in ("png", "jpeg"):
        what = "not a picture" if not kind else f"a {kind.upper()} picture"
        raise PhotoRefused(f"{name} is {what}: the catalog takes PNG or JPEG photos.")
    image = reader.read()
    buffer.close()
    if image.isNull():
        raise PhotoRefused(f"{name} is not a readable {kind.upper()} picture ({reader.errorString()}).")
    return data, kind


class ElidedLabel(QLabel):
    """One line of text, cut with "…" where it does not fit (the whole of it in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width() - 2, 40)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


# --- the list of recalls -----------------------------------------------------------------------------


class RecallListModel(_RowsModel["RecallEntry"]):
    """The catalog's recalls, for choosing one to edit."""

    HEADERS = ("Recall", "Date", "Title", "Brands", "Models", "Edited")

    def set_entries(self, entries: list[RecallEntry]) -> None:
        self._set_rows(entries)

    def entry(self, row: int) -> RecallEntry:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.key == key), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        if role == HIT_ROLE:
            return e
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            f"{e.agency} {e.number}" if e.number else e.agency,
            e.date or "",
            e.title,
            e.brands,
            e.models,
            "edited" if e.edited else "",
        )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{e.key}: {e.title}" if index.column() in (0, 2) else values[index.column()]
        return values[index.column()] if 0 <= index.column() < len(values) else None


# --- a product -----------------------------------------------------------------------------------------


@dataclass
class _PictureDraft:
    view: str
    file: str
    caption: str = ""
    hotspots: tuple[Hotspot, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, doc: dict[str, Any]) -> _PictureDraft:
        spots = []
        for i, raw in enumerate(doc.get("hotspots") or []):
            try:
                spots.append(Hotspot.from_dict(f"hotspots[{i}]", raw))
            except CatalogFormatError:
                continue
        extra = {k: v for k, v in doc.items() if k not in ("view", "file", "caption", "hotspots")}
        return cls(
            str(doc.get("view", "")),
            str(doc.get("file", "")),
            str(doc.get("caption") or ""),
            tuple(spots),
            extra,
        )

    def picture(self) -> Picture:
        return Picture(self.view or "picture", self.file, self.caption or None, self.hotspots)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {**self.extra, "view": self.view.strip(), "file": self.file}
        _put(out, "caption", self.caption.strip())
        _put(out, "hotspots", [h.to_dict() for h in self.hotspots])
        return out


def _cell_text(item: QTableWidgetItem | None) -> str:
    return item.text().strip() if item is not None else ""


def _answers_text(answers: dict[str, Any]) -> str:
    return "; ".join(f"{k}={v}" for k, v in answers.items())


def parse_answers(text: str, where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in re.split(r"[;,]", text):
        if not part.strip():
            continue
        if "=" not in part:
            raise FormError(
                f"{where}: answers are written key=value, such as colour=black (got {part.strip()!r})"
            )
        key, value = (s.strip() for s in part.split("=", 1))
        if not key or not value:
            raise FormError(
                f"{where}: answers are written key=value, such as colour=black (got {part.strip()!r})"
            )
        out[key.lower()] = value.lower()
    return out


class ProductForm(QWidget):
    """One product of a recall: names, model numbers, labels, serial rule, questions, pictures."""

    changed = Signal()
    title_changed = Signal()
    problem = Signal(str)
    notice = Signal(str)

    def __init__(self, doc: dict[str, Any], picture_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = copy.deepcopy(doc)
        self._folder = picture_folder
        self._loading = True
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Product sections")
        self.tabs.setDocumentMode(True)

        # -- names, models, labels --
        page = QWidget(self)
        self.brand = _line("Brand", page, "e.g. Anker")
        self.name = _line("Product name", page, "as the notice names it")
        self.models = QTableWidget(0, 3, page)
        self.models.setAccessibleName("Model numbers")
        self.models.setHorizontalHeaderLabels(
            ["Model number", "Base printed on the label", "Answers (key=value)"]
        )
        self.models.verticalHeader().hide()
        self.models.setTabKeyNavigation(False)
        self.models.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.models.setMinimumHeight(110)
        self.models.setMaximumHeight(170)
        header = self.models.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_model = _button("Add &model", "Add a model number", page)
        self.remove_model = _button("Remove model", "Remove the selected model number", page)
        model_buttons = QHBoxLayout()
        model_buttons.addWidget(self.add_model)
        model_buttons.addWidget(self.remove_model)
        model_buttons.addStretch(1)
        self.colours = _line("Colours", page, "comma-separated, e.g. black, blue")
        self.gtins = _line("UPCs", page, "UPC/EAN/GTIN codes, comma-separated")
        self.model_where = _line("Model label: where it is", page, "e.g. Printed on the back")
        self.model_text = _line("Model label: text as printed", page, "e.g. Model: A1647")
        self.model_view = _line("Model label: picture view", page, "e.g. back")
        self.serial_where = _line("Serial label: where it is", page, "e.g. On the sticker inside the lid")
        self.serial_text = _line("Serial label: text as printed", page, "e.g. SN: 57V…")
        self.serial_view = _line("Serial label: picture view", page, "e.g. inside-lid")
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Brand:", self.brand)
        form.addRow("N&ame:", self.name)
        form.addRow("Model numbers:", self.models)
        form.addRow("", model_buttons)
        form.addRow("Co&lours:", self.colours)
        form.addRow("&UPCs:", self.gtins)
        form.addRow(self._heading("Model label", page))
        form.addRow("Where:", self.model_where)
        form.addRow("Text:", self.model_text)
        form.addRow("View:", self.model_view)
        form.addRow(self._heading("Serial label", page))
        form.addRow("Where:", self.serial_where)
        form.addRow("Text:", self.serial_text)
        form.addRow("View:", self.serial_view)
        self.tabs.addTab(_scrolled(page, self), "Product")

        # -- serial rule and questions --
        rules = QWidget(self)
        self.rule = _text(
            "Serial rule (JSON)",
            rules,
            lines=8,
            mono=True,
            placeholder="Empty: every unit is recalled. " + RULE_EXAMPLE,
        )
        self.rule_check = QLabel(rules)
        self.rule_check.setAccessibleName("Serial rule check")
        self.rule_check.setWordWrap(True)
        self.questions = _text(
            "Questions (JSON)",
            rules,
            lines=8,
            mono=True,
            placeholder="Empty: no questions. " + QUESTIONS_EXAMPLE,
        )
        self.questions_check = QLabel(rules)
        self.questions_check.setAccessibleName("Questions check")
        self.questions_check.setWordWrap(True)
        rule_label = QLabel(
            "Serial r&ule: which serials are affected (see the README's table of fields)", rules
        )
        rule_label.setBuddy(self.rule)
        rule_label.setWordWrap(True)
        question_label = QLabel(
            "&Questions the counter asks (colour, a code inside the lid…), with their choices", rules
        )
        question_label.setBuddy(self.questions)
        question_label.setWordWrap(True)
        rules_layout = QVBoxLayout(rules)
        rules_layout.addWidget(rule_label)
        rules_layout.addWidget(self.rule, 1)
        rules_layout.addWidget(self.rule_check)
        rules_layout.addWidget(question_label)
        rules_layout.addWidget(self.questions, 1)
        rules_layout.addWidget(self.questions_check)
        self.tabs.addTab(rules, "Serial rule && questions")

        # -- pictures --
        pics = QWidget(self)
        self.picture_box = QComboBox(pics)
        self.picture_box.setAccessibleName("Picture of this product")
        self.picture_box.setMinimumContentsLength(14)
        self.add_photo_button = _button("Add p&hoto…", "Add a photo (PNG or JPEG)", pics)
        self.remove_picture_button = _button("Remove picture", "Remove the selected picture", pics)
        self.view_name = _line("Picture view name", pics, "e.g. bottom, back, inside-lid")
        self.caption = _line("Picture caption", pics, "what the picture shows")
        self.hotspots = HotspotEditor(pics)
        choose = QHBoxLayout()
        picture_label = QLabel("P&icture:", pics)
        picture_label.setBuddy(self.picture_box)
        choose.addWidget(picture_label)
        choose.addWidget(self.picture_box, 1)
        choose.addWidget(self.add_photo_button)
        choose.addWidget(self.remove_picture_button)
        names = QHBoxLayout()
        for text, edit, stretch in (("&View:", self.view_name, 1), ("Ca&ption:", self.caption, 2)):
            label = QLabel(text, pics)
            label.setBuddy(edit)
            names.addWidget(label)
            names.addWidget(edit, stretch)
        pics_layout = QVBoxLayout(pics)
        pics_layout.addLayout(choose)
        pics_layout.addLayout(names)
        pics_layout.addWidget(self.hotspots, 1)
        self.tabs.addTab(pics, "Pictures")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self._pictures: list[_PictureDraft] = []
        self._picture_row = -1
        self._load(doc)

        self.add_model.clicked.connect(self._add_model_row)
        self.remove_model.clicked.connect(self._remove_model_row)
        self.rule.textChanged.connect(self._check_rule)
        self.questions.textChanged.connect(self._check_questions)
        self.picture_box.currentIndexChanged.connect(self._show_picture)
        self.add_photo_button.clicked.connect(self.choose_photo)
        self.remove_picture_button.clicked.connect(self.remove_picture)
        self.view_name.textEdited.connect(self._picture_fields_edited)
        self.caption.textEdited.connect(self._picture_fields_edited)
        self.hotspots.changed.connect(self._hotspots_changed)
        self.brand.textEdited.connect(lambda _t: self.title_changed.emit())
        self.name.textEdited.connect(lambda _t: self.title_changed.emit())
        for edit in (self.brand, self.name, self.colours, self.gtins, self.model_where, self.model_text,
                     self.model_view, self.serial_where, self.serial_text, self.serial_view):  # fmt: skip
            edit.textEdited.connect(lambda _t: self._changed())
        self.rule.textChanged.connect(self._changed)
        self.questions.textChanged.connect(self._changed)
        self.models.itemChanged.connect(lambda _i: self._changed())
        self._loading = False

    @staticmethod
    def _heading(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    @property
    def title(self) -> str:
        brand, name = self.brand.text().strip(), self.name.text().strip()
        if name.lower().startswith(brand.lower()):
            return name or "(new product)"
        return f"{brand} {name}".strip() or "(new product)"

    # -- loading --

    def _load(self, doc: dict[str, Any]) -> None:
        self.brand.setText(str(doc.get("brand", "")))
        self.name.setText(str(doc.get("name", "")))
        self.models.setRowCount(0)
        for m in doc.get("models") or []:
            m = {"number": m} if isinstance(m, str) else m
            self._add_model_row(
                str(m.get("number", "")), str(m.get("base") or ""), _answers_text(m.get("answers") or {})
            )
        self.colours.setText(", ".join(doc.get("colours") or []))
        self.gtins.setText(", ".join(doc.get("gtins") or []))
        for prefix, key in (("model", "model_label"), ("serial", "serial_label")):
            spot = doc.get(key) or {}
            getattr(self, f"{prefix}_where").setText(str(spot.get("where") or ""))
            getattr(self, f"{prefix}_text").setText(str(spot.get("text") or ""))
            getattr(self, f"{prefix}_view").setText(str(spot.get("view") or ""))
        rule = doc.get("serial_rule")
        self.rule.setPlainText(
            json.dumps(rule, indent=2, ensure_ascii=False)
            if rule and SerialRule.from_dict(rule) != SerialRule()
            else ""
        )
        questions = doc.get("questions")
        self.questions.setPlainText(json.dumps(questions, indent=2, ensure_ascii=False) if questions else "")
        self._pictures = [_PictureDraft.from_dict(p) for p in doc.get("pictures") or []]
        self._refresh_picture_list(0 if self._pictures else -1)
        self._check_rule()
        self._check_questions()
        _show_starts(self)

    def _add_model_row(self, number: str = "", base: str = "", answers: str = "") -> None:
        row = self.models.rowCount()
        self.models.insertRow(row)
        for column, value in enumerate((number, base, answers)):
            self.models.setItem(row, column, QTableWidgetItem(value))
        if not self._loading:
            self.models.setCurrentCell(row, 0)
            self.models.setFocus()
            self._changed()

    def _remove_model_row(self) -> None:
        row = self.models.currentRow()
        if row >= 0:
            self.models.removeRow(row)
            self._changed()

    # -- live checks --

    def _check_rule(self) -> None:
        try:
            rule = self.serial_rule()
        except FormError as exc:
            _say(self.rule_check, str(exc), error=True)
            return
        if rule is None:
            _say(self.rule_check, "No rule: every unit of these models is recalled.", error=None)
        else:
            _say(self.rule_check, "The rule reads correctly.", error=False)

    def _check_questions(self) -> None:
        try:
            questions = self.question_list()
        except FormError as exc:
            _say(self.questions_check, str(exc), error=True)
            return
        n = len(questions or [])
        _say(
            self.questions_check,
            f"{n} question{'s' if n != 1 else ''}, reading correctly." if n else "No questions.",
            error=False if n else None,
        )

    def serial_rule(self) -> dict[str, Any] | None:
        text = self.rule.toPlainText().strip()
        if not text:
            return None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FormError(
                f"serial rule: not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
            ) from None
        if not isinstance(data, dict):
            raise FormError("serial rule: a rule is a JSON object, such as " + RULE_EXAMPLE)
        try:
            SerialRule.from_dict(data, "serial rule")
        except RuleError as exc:
            raise FormError(str(exc)) from None
        return data

    def question_list(self) -> list[Any] | None:
        text = self.questions.toPlainText().strip()
        if not text:
            return None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FormError(
                f"questions: not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
            ) from None
        if not isinstance(data, list):
            raise FormError("questions: a JSON list of questions, such as " + QUESTIONS_EXAMPLE)
        try:
            for i, q in enumerate(data):
                Question.from_dict(f"questions[{i}]", q)
        except CatalogFormatError as exc:
            raise FormError(str(exc)) from None
        return data

    # -- pictures --

    def _refresh_picture_list(self, select: int) -> None:
        self.picture_box.blockSignals(True)
        self.picture_box.clear()
        for pic in self._pictures:
            self.picture_box.addItem(pic.view or "(no view name)")
        self.picture_box.setCurrentIndex(select)
        self.picture_box.blockSignals(False)
        self._picture_row = -1
        self._show_picture(select)

    def _show_picture(self, row: int) -> None:
        self._picture_row = row
        pic = self._pictures[row] if 0 <= row < len(self._pictures) else None
        self.view_name.setText(pic.view if pic else "")
        self.caption.setText(pic.caption if pic else "")
        _show_starts(self.view_name, self.caption)
        for widget in (self.view_name, self.caption, self.remove_picture_button):
            widget.setEnabled(pic is not None)
        self.hotspots.set_picture(pic.picture() if pic else None)

    def current_picture(self) -> _PictureDraft | None:
        row = self._picture_row
        return self._pictures[row] if 0 <= row < len(self._pictures) else None

    def _picture_fields_edited(self, _text: str) -> None:
        pic = self.current_picture()
        if pic is None:
            return
        pic.view, pic.caption = self.view_name.text(), self.caption.text()
        self.picture_box.setItemText(self._picture_row, pic.view or "(no view name)")
        self._changed()

    def _hotspots_changed(self) -> None:
        pic = self.current_picture()
        if pic is not None:
            pic.hotspots = self.hotspots.hotspots()
            self._changed()

    def choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Add a photo of the device", str(Path.home()), "Photos (*.png *.jpg *.jpeg);;All files (*)"
        )
        if name:
            self.add_photo(Path(name))

    def add_photo(self, path: Path) -> str | None:
        """Copy a PNG or JPEG photo into the catalog's picture store and add it to this product.
        Returns its catalog path, or None (with ``problem`` emitted, naming the file)."""
        try:
            data, kind = read_photo(path)
            file = store_picture(self._folder, data, kind)
        except PhotoRefused as exc:
            self.problem.emit(f"Photo not added: {exc}")
            return None
        except (OSError, ValueError) as exc:
            self.problem.emit(f"Photo not added: {path.name} could not be stored in {self._folder}: {exc}")
            return None
        views = {p.view for p in self._pictures}
        view = next(v for v in (f"photo-{i}" if i > 1 else "photo" for i in range(1, 1000)) if v not in views)
        self._pictures.append(_PictureDraft(view, file, path.stem.replace("_", " ")[:300]))
        self._refresh_picture_list(len(self._pictures) - 1)
        self.tabs.setCurrentIndex(2)
        self.notice.emit(f"Added {path.name}. Name its view, then drag over each label on it to mark it.")
        self._changed()
        return file

    def remove_picture(self) -> None:
        row = self._picture_row
        if 0 <= row < len(self._pictures):
            del self._pictures[row]
            self._refresh_picture_list(min(row, len(self._pictures) - 1))
            self._changed()

    # -- the product as a catalog document --

    def to_dict(self, where: str) -> dict[str, Any]:
        """The product as the catalog keeps it; raises FormError for what cannot be read at all (the
        catalog's own checks come after, in Recall.from_dict)."""
        doc = copy.deepcopy(self._base)
        doc["brand"] = self.brand.text().strip()
        doc["name"] = self.name.text().strip()
        models: list[Any] = []
        for row in range(self.models.rowCount()):
            cells = [_cell_text(self.models.item(row, c)) for c in range(3)]
            number, base, answers = cells
            if not any(cells):
                continue
            parsed = parse_answers(answers, f"{where}.models[{len(models)}]")
            if not base and not parsed:
                models.append(number)
            else:
                entry: dict[str, Any] = {"number": number}
                _put(entry, "base", base)
                _put(entry, "answers", parsed)
                models.append(entry)
        doc["models"] = models
        _put(doc, "colours", split_list(self.colours.text()))
        _put(doc, "gtins", split_list(self.gtins.text()))
        for prefix, key in (("model", "model_label"), ("serial", "serial_label")):
            spot = {
                "where": getattr(self, f"{prefix}_where").text().strip(),
                "text": getattr(self, f"{prefix}_text").text().strip(),
                "view": getattr(self, f"{prefix}_view").text().strip(),
            }
            _put(doc, key, {k: v for k, v in spot.items() if v})
        try:
            _put(doc, "serial_rule", self.serial_rule())
            _put(doc, "questions", self.question_list())
        except FormError as exc:
            raise FormError(f"{where}.{exc}") from None
        _put(doc, "pictures", [p.to_dict() for p in self._pictures])
        return doc


# --- the editor ----------------------------------------------------------------------------------------


class CatalogEditor(QDialog):
    """The catalog's recalls on the left; the chosen one's form on the right."""

    saved = Signal(str)
    """Emitted with the recall key after a recall was saved."""
    catalog_changed = Signal()

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit catalog")
        self.setAccessibleName("Edit catalog")
        self.engine = engine
        self.picture_folder = pictures_folder(engine)
        set_picture_folder(self.picture_folder)
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        self._key: str | None = None
        self._base: dict[str, Any] = {}
        self._dirty = False
        self._loading = False

        # -- the list --
        self.list_model = RecallListModel(self)
        self.list_proxy = QSortFilterProxyModel(self)
        self.list_proxy.setSourceModel(self.list_model)
        self.list_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list_proxy.setFilterKeyColumn(-1)
        self.list_proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = _line("Search the recalls", self, "Search: recall number, brand, model, title…")
        self.search.setClearButtonEnabled(True)
        self.table = list_view(
            self,
            "Recalls in the catalog",
            self.list_proxy,
            widths=(110, 80, 220, 90, 140, 60),
            stretch_last=False,
        )
        self.count = QLabel(self)
        self.count.setAccessibleName("Recalls shown")
        self.new_button = _button("&New recall", "Add a new recall", self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.new_button)
        left_layout.addLayout(bottom)

        # -- the form --
        right = QWidget(self)
        self.heading = ElidedLabel(right)
        self.heading.setAccessibleName("Recall being edited")
        bold = QFont(self.heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.heading.setFont(bold)
        self.heading.set_full_text("Choose a recall to edit, or add a new one.")
        self.subheading = ElidedLabel(right)
        self.subheading.setAccessibleName("Where the recall comes from")
        self.tabs = QTabWidget(right)
        self.tabs.setAccessibleName("Recall sections")
        self.tabs.addTab(self._recall_page(), "&Recall")
        self.tabs.addTab(self._remedy_page(), "Remedy && &contact")
        self.tabs.addTab(self._products_page(), "&Products")
        self.message = QLabel(right)
        self.message.setAccessibleName("Editor message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = _button("&Save", "Save the recall", right)
        self.save_button.setDefault(True)
        self.revert_button = _button("Re&vert", "Undo the changes not saved", right)
        self.close_button = _button("Close", "Close the editor", right)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.close_button)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.subheading)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.message)
        right_layout.addLayout(actions)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(230)
        right.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.resize(1000, 720)
        self.splitter.setSizes([300, 700])

        self.search.textChanged.connect(self._filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.new_button.clicked.connect(self.new_recall)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.close_button.clicked.connect(self.reject)
        self._watch_recall_fields()
        self.refresh_list()
        self._set_form_enabled(False)

    # -- building the pages --

    def _recall_page(self) -> QWidget:
        page = QWidget(self)
        self.key = _line("Recall key", page, "made from the agency and number when left empty")
        self.agency = _line("Agency", page, "e.g. CPSC, Health Canada, or the maker")
        self.number = _line("Recall number", page, "as the agency writes it, e.g. 25-466")
        self.date = _line("Recall date", page, "YYYY-MM-DD, YYYY-MM or YYYY")
        self.title = _line("Title", page, "the notice's title")
        self.hazard = _text("Hazard", page, lines=3)
        self.incidents = _text("Incidents", page, lines=3)
        self.notice_url = _line("Notice address (URL)", page, "https://…")
        self.notes = _text("Notes", page, lines=4, placeholder="One note a line")
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("&Key:", self.key)
        form.addRow("&Agency:", self.agency)
        form.addRow("N&umber:", self.number)
        form.addRow("&Date:", self.date)
        form.addRow("&Title:", self.title)
        form.addRow("&Hazard:", self.hazard)
        form.addRow("&Incidents:", self.incidents)
        form.addRow("Notice &URL:", self.notice_url)
        form.addRow("N&otes:", self.notes)
        kept = QLabel("Sources, units sold and where it was sold are kept as they are.", page)
        kept.setWordWrap(True)
        form.addRow("", kept)
        return _scrolled(page, self)

    def _remedy_page(self) -> QWidget:
        page = QWidget(self)
        self.remedy_kinds: dict[str, QCheckBox] = {}
        kinds = QHBoxLayout()
        for kind in REMEDY_KINDS:
            box = QCheckBox(REMEDY_NAMES.get(kind, kind), page)
            box.setAccessibleName(f"Remedy: {REMEDY_NAMES.get(kind, kind).lower()}")
            self.remedy_kinds[kind] = box
            kinds.addWidget(box)
        kinds.addStretch(1)
        self.remedy_text = _text("Remedy", page, lines=3, placeholder="What the owner should do")
        self.replacement = _line("Replacement", page, "what the owner gets, e.g. a free replacement")
        self.disposal = _text("Disposal", page, lines=3, placeholder="How to dispose of the recalled unit")
        self.phone = _line("Contact phone", page, "e.g. 800-988-7973")
        self.phone_hours = _line("Phone hours", page, "e.g. 9 a.m. to 5 p.m. PT, Monday through Friday")
        self.emails = _line("Contact emails", page, "comma-separated")
        self.email_subject = _line("Email subject", page, "what to write in the subject line")
        self.claim_url = _line("Claim address (URL)", page, "https://…")
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Remedy:", kinds)
        form.addRow("Remedy te&xt:", self.remedy_text)
        form.addRow("Rep&lacement:", self.replacement)
        form.addRow("&Disposal:", self.disposal)
        form.addRow("P&hone:", self.phone)
        form.addRow("Phone h&ours:", self.phone_hours)
        form.addRow("&Emails:", self.emails)
        form.addRow("Email su&bject:", self.email_subject)
        form.addRow("Claim &URL:", self.claim_url)
        return _scrolled(page, self)

    def _products_page(self) -> QWidget:
        page = QWidget(self)
        self.product_box = QComboBox(page)
        self.product_box.setAccessibleName("Product of this recall")
        self.product_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.product_box.setMinimumContentsLength(20)
        self.add_product_button = _button("Add pro&duct", "Add a product", page)
        self.remove_product_button = _button("Remove product", "Remove the selected product", page)
        self.product_stack = QStackedWidget(page)
        choose = QHBoxLayout()
        label = QLabel("Pr&oduct:", page)
        label.setBuddy(self.product_box)
        choose.addWidget(label)
        choose.addWidget(self.product_box, 1)
        choose.addWidget(self.add_product_button)
        choose.addWidget(self.remove_product_button)
        layout = QVBoxLayout(page)
        layout.addLayout(choose)
        layout.addWidget(self.product_stack, 1)
        self.product_box.currentIndexChanged.connect(self.product_stack.setCurrentIndex)
        self.add_product_button.clicked.connect(
            lambda: self.add_product({"brand": "", "name": "", "models": []})
        )
        self.remove_product_button.clicked.connect(self.remove_product)
        return page

    def _watch_recall_fields(self) -> None:
        lines = [self.key, self.agency, self.number, self.date, self.title, self.notice_url]
        lines += [self.replacement, self.phone, self.phone_hours, self.emails, self.email_subject]
        for edit in [*lines, self.claim_url]:
            edit.textEdited.connect(lambda _t: self._mark_dirty())
        for text in (self.hazard, self.incidents, self.notes, self.remedy_text, self.disposal):
            text.textChanged.connect(self._mark_dirty)
        for box in self.remedy_kinds.values():
            box.toggled.connect(lambda _c: self._mark_dirty())

    # -- the list --

    def refresh_list(self) -> None:
        from ..catalog.editing import recall_entries

        self.list_model.set_entries(recall_entries(self.engine))
        self._update_count()
        self._select_key(self._key)

    def _filter(self, text: str) -> None:
        self.list_proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(f"{self.list_proxy.rowCount()} of {self.list_model.rowCount()} recalls")

    def _select_key(self, key: str | None) -> None:
        row = self.list_model.row_of(key) if key else -1
        index = self.list_proxy.mapFromSource(self.list_model.index(row, 0)) if row >= 0 else None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if index is not None and index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        else:
            self.table.clearSelection()
        selection.blockSignals(False)

    def _on_current(self, current: _Index, _previous: _Index) -> None:
        entry = current.data(HIT_ROLE) if current.isValid() else None
        if entry is None or entry.key == self._key:
            return
        if not self.open_recall(entry.key):
            self._select_key(self._key)

    # -- loading a recall --

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            "Discard changes?",
            f"The changes to {self._key or 'the new recall'} are not saved. Discard them?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _may_leave(self) -> bool:
        return not self._dirty or self.confirm_discard()

    def open_recall(self, key: str) -> bool:
        """Show the stored recall ``key`` in the form (asking first when there are unsaved changes)."""
        from ..catalog.editing import load_recall

        if not self._may_leave():
            return False
        recall = load_recall(self.engine, key)
        if recall is None:
            _say(self.message, f"{key} is no longer in the catalog.", error=True)
            return False
        self._show_doc(recall.to_dict(), key)
        self._select_key(key)
        return True

    def new_recall(self) -> bool:
        if not self._may_leave():
            return False
        self._show_doc(
            {"key": "", "agency": "", "title": "", "products": [{"brand": "", "name": "", "models": []}]},
            None,
        )
        self._select_key(None)
        self.tabs.setCurrentIndex(0)
        self.agency.setFocus()
        return True

    def revert(self) -> None:
        if self._key is not None:
            self._dirty = False
            self.open_recall(self._key)
        elif self._base:
            self._dirty = False
            self.new_recall()

    def _show_doc(self, doc: dict[str, Any], key: str | None) -> None:
        self._loading = True
        try:
            self._key = key
            self._base = copy.deepcopy(doc)
            self.key.setText(key or "")
            self.key.setReadOnly(key is not None)
            for name in ("agency", "number", "date", "title", "notice_url"):
                getattr(self, name).setText(str(doc.get(name) or ""))
            for name in ("hazard", "incidents", "disposal"):
                getattr(self, name).setPlainText(str(doc.get(name) or ""))
            self.notes.setPlainText("\n".join(doc.get("notes") or []))
            remedy = doc.get("remedy") or {}
            for kind, box in self.remedy_kinds.items():
                box.setChecked(kind in (remedy.get("kinds") or []))
            self.remedy_text.setPlainText(str(remedy.get("text") or ""))
            self.replacement.setText(str(remedy.get("replacement") or ""))
            contact = doc.get("contact") or {}
            for name in ("phone", "phone_hours", "email_subject", "claim_url"):
                getattr(self, name).setText(str(contact.get(name) or ""))
            self.emails.setText(", ".join(contact.get("emails") or []))
            for form in self.product_forms():
                self.product_stack.removeWidget(form)
                form.deleteLater()
            self.product_box.clear()
            for product in doc.get("products") or []:
                self.add_product(product)
            self.product_box.setCurrentIndex(0)
        finally:
            self._loading = False
        _show_starts(self)
        self._dirty = False
        self._set_form_enabled(True)
        self._update_heading()
        _say(self.message, "", error=None)

    def _set_form_enabled(self, enabled: bool) -> None:
        for widget in (self.tabs, self.save_button, self.revert_button):
            widget.setEnabled(enabled)

    def _update_heading(self) -> None:
        unsaved = " · not saved" if self._dirty else ""
        if self._key is None:
            self.heading.set_full_text("New recall")
            self.subheading.set_full_text(f"Added here when saved{unsaved}")
        else:
            row = self.list_model.row_of(self._key)
            entry = self.list_model.entry(row) if row >= 0 else None
            origin = ORIGINS.get(entry.origin, entry.origin) if entry else ""
            edited = "; edited here, so imports keep this version" if entry and entry.edited else ""
            number = self.number.text().strip()
            agency = self.agency.text().strip()
            label = f"{agency} {number}" if number else f"{agency}, no number"
            self.heading.set_full_text(self.title.text().strip() or "(no title)")
            self.subheading.set_full_text(f"{label} · {self._key} · {origin}{edited}{unsaved}")
        self.setWindowTitle("Edit catalog" + (" *" if self._dirty else ""))

    def _mark_dirty(self) -> None:
        if self._loading:
            return
        if not self._dirty:
            self._dirty = True
            self._update_heading()

    @property
    def dirty(self) -> bool:
        return self._dirty

    # -- products --

    def product_forms(self) -> list[ProductForm]:
        forms = []
        for i in range(self.product_stack.count()):
            widget = self.product_stack.widget(i)
            if isinstance(widget, ProductForm):
                forms.append(widget)
        return forms

    def add_product(self, doc: dict[str, Any]) -> ProductForm:
        form = ProductForm(doc, self.picture_folder, self.product_stack)
        self.product_stack.addWidget(form)
        self.product_box.addItem(form.title)
        form.changed.connect(self._mark_dirty)
        form.title_changed.connect(self._retitle_products)
        form.problem.connect(lambda text: _say(self.message, text, error=True))
        form.notice.connect(lambda text: _say(self.message, text, error=None))
        if not self._loading:
            self.product_box.setCurrentIndex(self.product_box.count() - 1)
            self.tabs.setCurrentIndex(2)
            form.brand.setFocus()
            self._mark_dirty()
        return form

    def current_product(self) -> ProductForm | None:
        widget = self.product_stack.currentWidget()
        return widget if isinstance(widget, ProductForm) else None

    def remove_product(self) -> None:
        row = self.product_box.currentIndex()
        widget = self.product_stack.widget(row) if row >= 0 else None
        if widget is None:
            return
        self.product_stack.removeWidget(widget)
        widget.deleteLater()
        self.product_box.removeItem(row)
        self._mark_dirty()

    def _retitle_products(self) -> None:
        for i, form in enumerate(self.product_forms()):
            self.product_box.setItemText(i, form.title)

    # -- saving --

    def _new_key(self) -> str:
        text = self.key.text().strip()
        if text:
            return text
        parts = (
            [self.agency.text(), self.number.text()]
            if self.number.text().strip()
            else [
                "manager",
                date.today().isoformat(),
                self.title.text()[:40],
            ]
        )
        slug = re.sub(r"[^a-z0-9]+", "-", " ".join(parts).lower()).strip("-")
        return slug or f"manager-{date.today().isoformat()}"

    def build_document(self) -> dict[str, Any]:
        """The recall as typed, as a catalog document (raises FormError for what cannot be read)."""
        doc = copy.deepcopy(self._base)
        doc["key"] = self._key if self._key is not None else self._new_key()
        for name in ("agency", "number", "date", "title", "notice_url"):
            _put(doc, name, getattr(self, name).text().strip())
        for name in ("hazard", "incidents", "disposal"):
            _put(doc, name, getattr(self, name).toPlainText().strip())
        doc["agency"] = doc.get("agency", "")
        doc["title"] = doc.get("title", "")
        _put(doc, "notes", [line.strip() for line in self.notes.toPlainText().splitlines() if line.strip()])
        remedy = dict(doc.get("remedy") or {})
        _put(remedy, "kinds", [k for k, box in self.remedy_kinds.items() if box.isChecked()])
        _put(remedy, "text", self.remedy_text.toPlainText().strip())
        _put(remedy, "replacement", self.replacement.text().strip())
        _put(doc, "remedy", remedy)
        contact = dict(doc.get("contact") or {})
        for name in ("phone", "phone_hours", "email_subject", "claim_url"):
            _put(contact, name, getattr(self, name).text().strip())
        _put(contact, "emails", split_list(self.emails.text()))
        _put(doc, "contact", contact)
        doc["products"] = [
            form.to_dict(f"recall.products[{i}]") for i, form in enumerate(self.product_forms())
        ]
        return doc

    def save(self) -> bool:
        """Validate the form as the catalog would and store it as the manager's version."""
        from ..catalog.editing import load_recall
        from ..catalog.imports import save_edit

        try:
            doc = self.build_document()
            recall = Recall.from_dict("recall", doc)
        except (FormError, CatalogFormatError) as exc:
            _say(self.message, f"Not saved: {exc}", error=True)
            return False
        if self._key is None and load_recall(self.engine, recall.key) is not None:
            _say(
                self.message,
                f"Not saved: a recall with the key {recall.key} is already in the catalog.",
                error=True,
            )
            return False
        try:
            save_edit(self.engine, recall)
        except Exception as exc:  # the database refused (locked, full disk): nothing was changed
            _say(self.message, f"Not saved: the catalog could not be written: {exc}", error=True)
            return False
        self._key = recall.key
        self._dirty = False
        self.refresh_list()
        self.open_recall(recall.key)
        _say(self.message, f"Saved {recall.key}. Imports will keep this version.", error=False)
        self.saved.emit(recall.key)
        self.catalog_changed.emit()
        return True

    def reject(self) -> None:
        if self._may_leave():
            super().reject()
