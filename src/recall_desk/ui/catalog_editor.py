"""Catalog → Edit catalog…: a manager adds or corrects a recall, its products, rules and pictures.

What is saved is validated exactly as a catalog file is (``Recall.from_dict``); a
problem is shown with the field it is in, and the form stays as typed.  A saved
recall is marked as edited, so later imports keep it (``imports.save_edit``).
Facts the form does not show (sources, units sold, where it was sold…) are kept.

The editor's words follow the interface language (``retranslate_ui``); what a recall says, and the
catalog's own checks (``recall.date: '2024-13-01' is not a date…``), are shown as they are.
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

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImageReader, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
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
from .i18n import Retranslating
from .models import HIT_ROLE, _Index, _RowsModel
from .pictures import set_picture_folder
from .views import WrappedLabel, fit_headers, list_view, local_number, numerus

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from ..catalog.editing import RecallEntry

ERROR_COLOUR = "#B3261E"
OK_COLOUR = "#146C2E"
RULE_EXAMPLE = '{"length": 14, "charset": "alnum", "match": [{"kind": "prefix", "values": ["57V"]}]}'
QUESTIONS_EXAMPLE = (
    '[{"key": "colour", "text": "What colour is it?", "choices": '
    '[{"value": "black", "model": "A3102016"}, {"value": "blue", "outcome": "not_affected"}]}]'
)

Message = Callable[[], str]
"""A message that can be said again in another language: called each time it is shown."""


def remedy_name(kind: str) -> str:
    """A remedy kind as the editor's check box names it, in the interface language."""
    names = {
        "replace": QCoreApplication.translate("CatalogEditor", "Replace"),
        "refund": QCoreApplication.translate("CatalogEditor", "Refund"),
        "repair": QCoreApplication.translate("CatalogEditor", "Repair"),
        "gift_card": QCoreApplication.translate("CatalogEditor", "Gift card"),
        "store_credit": QCoreApplication.translate("CatalogEditor", "Store credit"),
    }
    return names.get(kind, kind)


def origin_text(origin: str) -> str:
    """Where a stored recall came from, in the interface language."""
    names = {
        "seed": QCoreApplication.translate("CatalogEditor", "from the bundled catalog"),
        "cpsc": QCoreApplication.translate("CatalogEditor", "imported from CPSC"),
        "healthcanada": QCoreApplication.translate("CatalogEditor", "imported from Health Canada"),
        "manager": QCoreApplication.translate("CatalogEditor", "added here"),
        "document": QCoreApplication.translate("CatalogEditor", "from a catalog file"),
    }
    return names.get(origin, origin)


class FormError(ValueError):
    """What the manager typed cannot be read (before the catalog's own checks)."""


class PhotoRefused(ValueError):
    """A file that cannot be added as a photo; the message names the file."""

    def __init__(self, message: Message) -> None:
        super().__init__(message())
        self.message = message
        """The message again, in the language of the moment."""


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


def _describe(
    fields: tuple[tuple[QLineEdit | QPlainTextEdit, str, str, str], ...],
) -> None:
    """Give each field its accessible name, description and placeholder."""
    for widget, name, description, placeholder in fields:
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)
        widget.setPlaceholderText(placeholder)


def _label_rows(rows: tuple[tuple[QLabel, str], ...]) -> None:
    for label, text in rows:
        label.setText(text)


def _name_button(button: QPushButton, text: str, name: str, description: str) -> None:
    button.setText(text)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)


def _row(form: QFormLayout, parent: QWidget, field: QWidget | QLayout) -> QLabel:
    """A form row whose label is set in ``retranslate_ui`` (and is the field's buddy)."""
    label = QLabel(parent)
    if isinstance(field, QWidget):
        label.setBuddy(field)
        form.addRow(label, field)
    else:
        form.addRow(label, field)
    return label


def _text(parent: QWidget, *, lines: int = 3, mono: bool = False) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    if mono:
        edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height if lines <= 4 else 16_777_215)
    return edit


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


class _Page(QScrollArea):
    """A form page that scrolls up and down, and is never narrower than its fields and labels need
    (in whatever language they are)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        widget = self.widget()
        if widget is None:
            return hint
        width = widget.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width + 2 * self.frameWidth()), hint.height())


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    scroll = _Page(parent)
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll


def _relayout(root: QWidget) -> None:
    """After a language change: the pages that scroll take their fields' new widths."""
    for page in root.findChildren(_Page):
        page.updateGeometry()


def _megabytes(size: float) -> str:
    return QLocale().toString(size / 1_048_576, "f", 1)


def read_photo(path: Path) -> tuple[bytes, str]:
    """The bytes of a PNG or JPEG photo and its kind ("png" or "jpeg"); raises PhotoRefused naming the
    file for anything else (not a picture, another kind of picture, unreadable, over 20 MB)."""
    name = path.name
    limit = MAX_PICTURE_BYTES // 1_048_576
    try:
        if not path.is_file():
            raise PhotoRefused(
                lambda: QCoreApplication.translate("ProductForm", "{file} is not a file.").format(file=name)
            )
        size = path.stat().st_size
        if size > MAX_PICTURE_BYTES:
            raise PhotoRefused(
                lambda: QCoreApplication.translate(
                    "ProductForm",
                    "{file} is {size} MB, more than the {limit} MB a photo can be: save a smaller copy.",
                ).format(file=name, size=_megabytes(size), limit=local_number(limit))
            )
        data = path.read_bytes()
    except OSError as exc:
        problem = exc.strerror
        raise PhotoRefused(
            lambda: QCoreApplication.translate("ProductForm", "{file} cannot be read: {problem}.").format(
                file=name, problem=problem
            )
        ) from None
    if len(data) > MAX_PICTURE_BYTES:  # it grew since
        raise PhotoRefused(
            lambda: QCoreApplication.translate("ProductForm", "{file} is more than {limit} MB.").format(
                file=name, limit=local_number(limit)
            )
        )
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    kind = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if not kind:
        raise PhotoRefused(
            lambda: QCoreApplication.translate(
                "ProductForm", "{file} is not a picture: the catalog takes PNG or JPEG photos."
            ).format(file=name)
        )
    if kind not in ("png", "jpeg"):
        raise PhotoRefused(
            lambda: QCoreApplication.translate(
                "ProductForm", "{file} is a {kind} picture: the catalog takes PNG or JPEG photos."
            ).format(file=name, kind=kind.upper())
        )
    image = reader.read()
    buffer.close()
    if image.isNull():
        problem = reader.errorString()
        raise PhotoRefused(
            lambda: QCoreApplication.translate(
                "ProductForm", "{file} is not a readable {kind} picture ({problem})."
            ).format(file=name, kind=kind.upper(), problem=problem)
        )
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


# --- the list of recalls -----------------------------------------------------------------------------


class RecallListModel(_RowsModel["RecallEntry"]):
    """The catalog's recalls, for choosing one to edit."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("RecallListModel", "Recall")),
        str(QT_TRANSLATE_NOOP("RecallListModel", "Date")),
        str(QT_TRANSLATE_NOOP("RecallListModel", "Title")),
        str(QT_TRANSLATE_NOOP("RecallListModel", "Brands")),
        str(QT_TRANSLATE_NOOP("RecallListModel", "Models")),
        str(QT_TRANSLATE_NOOP("RecallListModel", "Edited")),
    )

    def retranslate(self) -> None:
        """The interface language changed: the headers and the "edited" marks are shown again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            column = len(self.HEADERS) - 1
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

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
            self.tr("edited") if e.edited else "",
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
        key, _, value = (s.strip() for s in part.partition("="))
        if "=" not in part or not key or not value:
            raise FormError(
                where
                + ": "
                + QCoreApplication.translate(
                    "ProductForm", "answers are written key=value, such as colour=black (got {text})"
                ).format(text=repr(part.strip()))
            )
        out[key.lower()] = value.lower()
    return out


class ProductForm(Retranslating, QWidget):
    """One product of a recall: names, model numbers, labels, serial rule, questions, pictures."""

    changed = Signal()
    title_changed = Signal()
    problem = Signal(object)
    """A problem to show (a :data:`Message`: called for its text in the current language)."""
    notice = Signal(object)
    """A notice to show (a :data:`Message`)."""

    def __init__(self, doc: dict[str, Any], picture_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base = copy.deepcopy(doc)
        self._folder = picture_folder
        self._loading = True
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)

        # -- names, models, labels --
        page = QWidget(self)
        self.brand = QLineEdit(page)
        self.name = QLineEdit(page)
        self.models = QTableWidget(0, 3, page)
        self.models.verticalHeader().hide()
        self.models.setTabKeyNavigation(False)
        self.models.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.models.setMinimumHeight(110)
        self.models.setMaximumHeight(170)
        header = self.models.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_model = QPushButton(page)
        self.remove_model = QPushButton(page)
        model_buttons = QHBoxLayout()
        model_buttons.addWidget(self.add_model)
        model_buttons.addWidget(self.remove_model)
        model_buttons.addStretch(1)
        self.colours = QLineEdit(page)
        self.gtins = QLineEdit(page)
        self.model_where = QLineEdit(page)
        self.model_text = QLineEdit(page)
        self.model_view = QLineEdit(page)
        self.serial_where = QLineEdit(page)
        self.serial_text = QLineEdit(page)
        self.serial_view = QLineEdit(page)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._brand_label = _row(form, page, self.brand)
        self._name_label = _row(form, page, self.name)
        self._models_label = _row(form, page, self.models)
        form.addRow("", model_buttons)
        self._colours_label = _row(form, page, self.colours)
        self._gtins_label = _row(form, page, self.gtins)
        self.model_heading = self._heading(page)
        form.addRow(self.model_heading)
        self._model_labels = [
            _row(form, page, w) for w in (self.model_where, self.model_text, self.model_view)
        ]
        self.serial_heading = self._heading(page)
        form.addRow(self.serial_heading)
        self._serial_labels = [
            _row(form, page, w) for w in (self.serial_where, self.serial_text, self.serial_view)
        ]
        self.tabs.addTab(_scrolled(page, self), "")

        # -- serial rule and questions --
        rules = QWidget(self)
        self.rule = _text(rules, lines=8, mono=True)
        self.rule_check = WrappedLabel(rules)
        self.questions = _text(rules, lines=8, mono=True)
        self.questions_check = WrappedLabel(rules)
        self.rule_label = WrappedLabel(rules)
        self.rule_label.setBuddy(self.rule)
        self.question_label = WrappedLabel(rules)
        self.question_label.setBuddy(self.questions)
        rules_layout = QVBoxLayout(rules)
        rules_layout.addWidget(self.rule_label)
        rules_layout.addWidget(self.rule, 1)
        rules_layout.addWidget(self.rule_check)
        rules_layout.addWidget(self.question_label)
        rules_layout.addWidget(self.questions, 1)
        rules_layout.addWidget(self.questions_check)
        self.tabs.addTab(rules, "")

        # -- pictures --
        pics = QWidget(self)
        self.picture_box = QComboBox(pics)
        self.picture_box.setMinimumContentsLength(14)
        self.add_photo_button = QPushButton(pics)
        self.remove_picture_button = QPushButton(pics)
        self.view_name = QLineEdit(pics)
        self.caption = QLineEdit(pics)
        self.hotspots = HotspotEditor(pics)
        choose = QHBoxLayout()
        self.picture_label = QLabel(pics)
        self.picture_label.setBuddy(self.picture_box)
        choose.addWidget(self.picture_label)
        choose.addWidget(self.picture_box, 1)
        choose.addWidget(self.add_photo_button)
        choose.addWidget(self.remove_picture_button)
        names = QHBoxLayout()
        self.view_label = QLabel(pics)
        self.view_label.setBuddy(self.view_name)
        self.caption_label = QLabel(pics)
        self.caption_label.setBuddy(self.caption)
        for label, edit, stretch in (
            (self.view_label, self.view_name, 1),
            (self.caption_label, self.caption, 2),
        ):
            names.addWidget(label)
            names.addWidget(edit, stretch)
        pics_layout = QVBoxLayout(pics)
        pics_layout.addLayout(choose)
        pics_layout.addLayout(names)
        pics_layout.addWidget(self.hotspots, 1)
        self.tabs.addTab(pics, "")

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
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tabs.setAccessibleName(self.tr("Product sections"))
        self.tabs.setAccessibleDescription(
            self.tr("The product's names and labels, its serial rule and questions, and its pictures.")
        )
        self.tabs.setTabText(0, self.tr("Product"))
        self.tabs.setTabText(1, self.tr("Serial rule && questions"))
        self.tabs.setTabText(2, self.tr("Pictures"))
        e_g = self.tr("e.g. {example}")
        _describe(
            (
                (
                    self.brand,
                    self.tr("Brand"),
                    self.tr("The maker's brand, as the notice names it."),
                    e_g.format(example="Anker"),
                ),
                (
                    self.name,
                    self.tr("Product name"),
                    self.tr("The product's name, as the notice names it."),
                    self.tr("as the notice names it"),
                ),
                (
                    self.colours,
                    self.tr("Colours"),
                    self.tr("The colours the recalled product comes in, separated by commas."),
                    self.tr("comma-separated, e.g. black, blue"),
                ),
                (
                    self.gtins,
                    self.tr("UPCs"),
                    self.tr("The product's UPC, EAN or GTIN codes, separated by commas."),
                    self.tr("UPC/EAN/GTIN codes, comma-separated"),
                ),
                (
                    self.model_where,
                    self.tr("Model label: where it is"),
                    self.tr("Where the model number is printed on the device, as the clerk is told."),
                    self.tr("e.g. Printed on the back"),
                ),
                (
                    self.model_text,
                    self.tr("Model label: text as printed"),
                    self.tr("The model label's words, exactly as printed."),
                    e_g.format(example="Model: A1647"),
                ),
                (
                    self.model_view,
                    self.tr("Model label: picture view"),
                    self.tr("The name of the picture that shows the model label."),
                    e_g.format(example="back"),
                ),
                (
                    self.serial_where,
                    self.tr("Serial label: where it is"),
                    self.tr("Where the serial number is printed on the device, as the clerk is told."),
                    self.tr("e.g. On the sticker inside the lid"),
                ),
                (
                    self.serial_text,
                    self.tr("Serial label: text as printed"),
                    self.tr("The serial label's words, exactly as printed."),
                    e_g.format(example="SN: 57V…"),
                ),
                (
                    self.serial_view,
                    self.tr("Serial label: picture view"),
                    self.tr("The name of the picture that shows the serial label."),
                    e_g.format(example="inside-lid"),
                ),
                (
                    self.rule,
                    self.tr("Serial rule (JSON)"),
                    self.tr("Which serial numbers are affected, as a JSON object; checked as you type."),
                    self.tr("Empty: every unit is recalled. {example}").format(example=RULE_EXAMPLE),
                ),
                (
                    self.questions,
                    self.tr("Questions (JSON)"),
                    self.tr("The questions the counter asks, as a JSON list; checked as you type."),
                    self.tr("Empty: no questions. {example}").format(example=QUESTIONS_EXAMPLE),
                ),
                (
                    self.view_name,
                    self.tr("Picture view name"),
                    self.tr("The name the labels' “picture view” fields use for this picture."),
                    self.tr("e.g. bottom, back, inside-lid"),
                ),
                (
                    self.caption,
                    self.tr("Picture caption"),
                    self.tr("What the picture shows, read out to those who cannot see it."),
                    self.tr("what the picture shows"),
                ),
            )
        )
        self.models.setAccessibleName(self.tr("Model numbers"))
        self.models.setAccessibleDescription(
            self.tr("Each model number, the base printed on the label, and the answers that pick it.")
        )
        self.models.setHorizontalHeaderLabels(
            [self.tr("Model number"), self.tr("Base printed on the label"), self.tr("Answers (key=value)")]
        )
        _name_button(
            self.add_model,
            self.tr("Add &model"),
            self.tr("Add a model number"),
            self.tr("Adds an empty row to the model numbers, ready to type in."),
        )
        _name_button(
            self.remove_model,
            self.tr("Remove model"),
            self.tr("Remove the selected model number"),
            self.tr("Removes the selected row from the model numbers."),
        )
        _label_rows(
            (
                (self._brand_label, self.tr("&Brand:")),
                (self._name_label, self.tr("N&ame:")),
                (self._models_label, self.tr("Model numbers:")),
                (self._colours_label, self.tr("Co&lours:")),
                (self._gtins_label, self.tr("&UPCs:")),
                (self.model_heading, self.tr("Model label")),
                (self.serial_heading, self.tr("Serial label")),
            )
        )
        for labels in (self._model_labels, self._serial_labels):
            _label_rows(
                ((labels[0], self.tr("Where:")), (labels[1], self.tr("Text:")), (labels[2], self.tr("View:")))
            )
        self.rule_label.setText(
            self.tr("Serial r&ule: which serials are affected (see the README's table of fields)")
        )
        self.question_label.setText(
            self.tr("&Questions the counter asks (colour, a code inside the lid…), with their choices")
        )
        self.rule_check.setAccessibleName(self.tr("Serial rule check"))
        self.questions_check.setAccessibleName(self.tr("Questions check"))
        self.picture_label.setText(self.tr("P&icture:"))
        self.view_label.setText(self.tr("&View:"))
        self.caption_label.setText(self.tr("Ca&ption:"))
        self.picture_box.setAccessibleName(self.tr("Picture of this product"))
        self.picture_box.setAccessibleDescription(self.tr("The picture whose labels are marked below."))
        _name_button(
            self.add_photo_button,
            self.tr("Add p&hoto…"),
            self.tr("Add a photo (PNG or JPEG)"),
            self.tr("Copies a photo of the device into the catalog, to mark its labels on."),
        )
        _name_button(
            self.remove_picture_button,
            self.tr("Remove picture"),
            self.tr("Remove the selected picture"),
            self.tr("Removes the picture and its marked boxes from this product."),
        )
        for i, pic in enumerate(self._pictures):
            self.picture_box.setItemText(i, pic.view or self.tr("(no view name)"))
        self._check_rule()
        self._check_questions()

    @staticmethod
    def _heading(parent: QWidget) -> QLabel:
        label = QLabel(parent)
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
            return name or self.tr("(new product)")
        return f"{brand} {name}".strip() or self.tr("(new product)")

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
            _say(self.rule_check, self.tr("No rule: every unit of these models is recalled."), error=None)
        else:
            _say(self.rule_check, self.tr("The rule reads correctly."), error=False)

    def _check_questions(self) -> None:
        try:
            questions = self.question_list()
        except FormError as exc:
            _say(self.questions_check, str(exc), error=True)
            return
        n = len(questions or [])
        _say(
            self.questions_check,
            numerus(self.tr("{count} question(s), reading correctly.", "", n), n).format(
                count=local_number(n)
            )
            if n
            else self.tr("No questions."),
            error=False if n else None,
        )

    def _not_json(self, exc: json.JSONDecodeError) -> str:
        return self.tr("not JSON: {problem} at line {line}, column {column}").format(
            problem=exc.msg, line=exc.lineno, column=exc.colno
        )

    def serial_rule(self) -> dict[str, Any] | None:
        text = self.rule.toPlainText().strip()
        if not text:
            return None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise FormError("serial rule: " + self._not_json(exc)) from None
        if not isinstance(data, dict):
            raise FormError(
                "serial rule: "
                + self.tr("a rule is a JSON object, such as {example}").format(example=RULE_EXAMPLE)
            )
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
            raise FormError("questions: " + self._not_json(exc)) from None
        if not isinstance(data, list):
            raise FormError(
                "questions: "
                + self.tr("a JSON list of questions, such as {example}").format(example=QUESTIONS_EXAMPLE)
            )
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
            self.picture_box.addItem(pic.view or self.tr("(no view name)"))
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
        self.picture_box.setItemText(self._picture_row, pic.view or self.tr("(no view name)"))
        self._changed()

    def _hotspots_changed(self) -> None:
        pic = self.current_picture()
        if pic is not None:
            pic.hotspots = self.hotspots.hotspots()
            self._changed()

    def choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a photo of the device"),
            str(Path.home()),
            self.tr("Photos (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if name:
            self.add_photo(Path(name))

    def add_photo(self, path: Path) -> str | None:
        """Copy a PNG or JPEG photo into the catalog's picture store and add it to this product.
        Returns its catalog path, or None (with ``problem`` emitted, naming the file)."""
        try:
            data, kind = read_photo(path)
        except PhotoRefused as exc:
            refusal = exc.message
            self.problem.emit(lambda: self.tr("Photo not added: {problem}").format(problem=refusal()))
            return None
        try:
            file = store_picture(self._folder, data, kind)
        except (OSError, ValueError) as exc:
            folder, problem = self._folder, str(exc)
            self.problem.emit(
                lambda: self.tr("Photo not added: {file} could not be stored in {folder}: {problem}").format(
                    file=path.name, folder=folder, problem=problem
                )
            )
            return None
        views = {p.view for p in self._pictures}
        view = next(v for v in (f"photo-{i}" if i > 1 else "photo" for i in range(1, 1000)) if v not in views)
        self._pictures.append(_PictureDraft(view, file, path.stem.replace("_", " ")[:300]))
        self._refresh_picture_list(len(self._pictures) - 1)
        self.tabs.setCurrentIndex(2)
        self.notice.emit(
            lambda: self.tr(
                "Added {file}. Name its view, then drag over each label on it to mark it."
            ).format(file=path.name)
        )
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


# --- the editor ----------------------------------------------------------------------------------------


class CatalogEditor(Retranslating, QDialog):
    """The catalog's recalls on the left; the chosen one's form on the right."""

    saved = Signal(str)
    """Emitted with the recall key after a recall was saved."""
    catalog_changed = Signal()

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.picture_folder = pictures_folder(engine)
        set_picture_folder(self.picture_folder)
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        self._key: str | None = None
        self._base: dict[str, Any] = {}
        self._dirty = False
        self._loading = False
        self._message: tuple[Message, bool | None] | None = None

        # -- the list --
        self.list_model = RecallListModel(self)
        self.list_proxy = QSortFilterProxyModel(self)
        self.list_proxy.setSourceModel(self.list_model)
        self.list_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list_proxy.setFilterKeyColumn(-1)
        self.list_proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.table = list_view(
            self,
            "",
            self.list_proxy,
            widths=(110, 80, 220, 90, 140, 60),
            stretch_last=False,
        )
        self.count = QLabel(self)
        self.new_button = QPushButton(self)
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
        bold = QFont(self.heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.heading.setFont(bold)
        self.subheading = ElidedLabel(right)
        self.tabs = QTabWidget(right)
        self.tabs.addTab(self._recall_page(), "")
        self.tabs.addTab(self._remedy_page(), "")
        self.tabs.addTab(self._products_page(), "")
        self.message = WrappedLabel(right)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(right)
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(right)
        self.close_button = QPushButton(right)
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
        self.table.setMinimumWidth(230)
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
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Edit catalog"))
        self.setAccessibleDescription(
            self.tr("The catalog's recalls on the left; the chosen recall's details, products and pictures.")
        )
        self.search.setAccessibleName(self.tr("Search the recalls"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the recalls with these words in any column.")
        )
        self.search.setPlaceholderText(self.tr("Search: recall number, brand, model, title…"))
        self.table.setAccessibleName(self.tr("Recalls in the catalog"))
        self.table.setAccessibleDescription(self.tr("Choose a recall to edit it on the right."))
        self.list_model.retranslate()
        fit_headers(self.table)
        self.count.setAccessibleName(self.tr("Recalls shown"))
        self._update_count()
        _name_button(
            self.new_button,
            self.tr("&New recall"),
            self.tr("Add a new recall"),
            self.tr("Starts an empty recall with one product."),
        )
        self.heading.setAccessibleName(self.tr("Recall being edited"))
        self.subheading.setAccessibleName(self.tr("Where the recall comes from"))
        self.tabs.setAccessibleName(self.tr("Recall sections"))
        self.tabs.setAccessibleDescription(self.tr("The recall, its remedy and contact, and its products."))
        self.tabs.setTabText(0, self.tr("&Recall"))
        self.tabs.setTabText(1, self.tr("Remedy && &contact"))
        self.tabs.setTabText(2, self.tr("&Products"))
        self._retranslate_recall_page()
        self._retranslate_remedy_page()
        self._retranslate_products_page()
        self.message.setAccessibleName(self.tr("Editor message"))
        if self._message is not None:
            text, error = self._message
            _say(self.message, text(), error=error)
        _name_button(
            self.save_button,
            self.tr("&Save"),
            self.tr("Save the recall"),
            self.tr("Checks the recall as a catalog file is checked, then stores it as edited here."),
        )
        _name_button(
            self.revert_button,
            self.tr("Re&vert"),
            self.tr("Undo the changes not saved"),
            self.tr("Shows the recall as it is stored."),
        )
        _name_button(
            self.close_button,
            self.tr("Close"),
            self.tr("Close the editor"),
            self.tr("Closes the editor, asking first when changes are not saved."),
        )
        self._update_heading()
        _relayout(self)

    def _tell(self, text: Message, *, error: bool | None) -> None:
        """Show a message under the form (said again in the new language when it changes)."""
        self._message = (text, error)
        _say(self.message, text(), error=error)

    # -- building the pages --

    def _recall_page(self) -> QWidget:
        page = QWidget(self)
        self.key = QLineEdit(page)
        self.agency = QLineEdit(page)
        self.number = QLineEdit(page)
        self.date = QLineEdit(page)
        self.title = QLineEdit(page)
        self.hazard = _text(page, lines=3)
        self.incidents = _text(page, lines=3)
        self.notice_url = QLineEdit(page)
        self.notes = _text(page, lines=4)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = (self.key, self.agency, self.number, self.date, self.title, self.hazard, self.incidents)
        self._recall_labels = [_row(form, page, w) for w in (*fields, self.notice_url, self.notes)]
        self.kept = WrappedLabel(page)
        form.addRow("", self.kept)
        return _scrolled(page, self)

    def _retranslate_recall_page(self) -> None:
        e_g = self.tr("e.g. {example}")
        _describe(
            (
                (
                    self.key,
                    self.tr("Recall key"),
                    self.tr("The recall's key in the catalog; it cannot be changed once saved."),
                    self.tr("made from the agency and number when left empty"),
                ),
                (
                    self.agency,
                    self.tr("Agency"),
                    self.tr("Who published the recall."),
                    self.tr("e.g. CPSC, Health Canada, or the maker"),
                ),
                (
                    self.number,
                    self.tr("Recall number"),
                    self.tr("The recall's number, as the agency writes it."),
                    self.tr("as the agency writes it, e.g. 25-466"),
                ),
                (
                    self.date,
                    self.tr("Recall date"),
                    self.tr("The date of the recall: year, month and day, or year and month, or year."),
                    self.tr("YYYY-MM-DD, YYYY-MM or YYYY"),
                ),
                (
                    self.title,
                    self.tr("Title"),
                    self.tr("The recall notice's title."),
                    self.tr("the notice's title"),
                ),
                (self.hazard, self.tr("Hazard"), self.tr("The hazard, as the notice describes it."), ""),
                (
                    self.incidents,
                    self.tr("Incidents"),
                    self.tr("The incidents and injuries the notice reports."),
                    "",
                ),
                (
                    self.notice_url,
                    self.tr("Notice address (URL)"),
                    self.tr("The web address of the recall notice."),
                    e_g.format(example="https://…"),
                ),
                (
                    self.notes,
                    self.tr("Notes"),
                    self.tr("Notes for the counter, one a line."),
                    self.tr("One note a line"),
                ),
            )
        )
        labels = (
            self.tr("&Key:"),
            self.tr("&Agency:"),
            self.tr("N&umber:"),
            self.tr("&Date:"),
            self.tr("&Title:"),
            self.tr("&Hazard:"),
            self.tr("&Incidents:"),
            self.tr("Notice &URL:"),
            self.tr("N&otes:"),
        )
        for label, text in zip(self._recall_labels, labels, strict=True):
            label.setText(text)
        self.kept.setText(self.tr("Sources, units sold and where it was sold are kept as they are."))

    def _remedy_page(self) -> QWidget:
        page = QWidget(self)
        self.remedy_kinds: dict[str, QCheckBox] = {}
        kinds = QGridLayout()
        for i, kind in enumerate(REMEDY_KINDS):
            box = QCheckBox(page)
            self.remedy_kinds[kind] = box
            kinds.addWidget(box, i // 3, i % 3)
        kinds.setColumnStretch(3, 1)
        self.remedy_text = _text(page, lines=3)
        self.replacement = QLineEdit(page)
        self.disposal = _text(page, lines=3)
        self.phone = QLineEdit(page)
        self.phone_hours = QLineEdit(page)
        self.emails = QLineEdit(page)
        self.email_subject = QLineEdit(page)
        self.claim_url = QLineEdit(page)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._remedy_kinds_label = _row(form, page, kinds)
        fields = (self.remedy_text, self.replacement, self.disposal, self.phone, self.phone_hours)
        self._remedy_labels = [
            _row(form, page, w) for w in (*fields, self.emails, self.email_subject, self.claim_url)
        ]
        return _scrolled(page, self)

    def _retranslate_remedy_page(self) -> None:
        for kind, box in self.remedy_kinds.items():
            name = remedy_name(kind)
            box.setText(name)
            box.setAccessibleName(self.tr("Remedy: {kind}").format(kind=name.lower()))
            box.setAccessibleDescription(self.tr("Ticked when the notice offers this remedy."))
        e_g = self.tr("e.g. {example}")
        _describe(
            (
                (
                    self.remedy_text,
                    self.tr("Remedy"),
                    self.tr("What the notice tells the owner to do, in its words."),
                    self.tr("What the owner should do"),
                ),
                (
                    self.replacement,
                    self.tr("Replacement"),
                    self.tr("What the owner gets in exchange, as the notice says it."),
                    self.tr("what the owner gets, e.g. a free replacement"),
                ),
                (
                    self.disposal,
                    self.tr("Disposal"),
                    self.tr("How to dispose of the recalled unit, as the notice says it."),
                    self.tr("How to dispose of the recalled unit"),
                ),
                (
                    self.phone,
                    self.tr("Contact phone"),
                    self.tr("The phone number the notice gives for claims."),
                    e_g.format(example="800-988-7973"),
                ),
                (
                    self.phone_hours,
                    self.tr("Phone hours"),
                    self.tr("When that phone line answers."),
                    self.tr("e.g. 9 a.m. to 5 p.m. PT, Monday through Friday"),
                ),
                (
                    self.emails,
                    self.tr("Contact emails"),
                    self.tr("The email addresses the notice gives, separated by commas."),
                    self.tr("comma-separated"),
                ),
                (
                    self.email_subject,
                    self.tr("Email subject"),
                    self.tr("What the notice asks to write in the subject line."),
                    self.tr("what to write in the subject line"),
                ),
                (
                    self.claim_url,
                    self.tr("Claim address (URL)"),
                    self.tr("The web page where the owner makes a claim."),
                    e_g.format(example="https://…"),
                ),
            )
        )
        self._remedy_kinds_label.setText(self.tr("Remedy:"))
        labels = (
            self.tr("Remedy te&xt:"),
            self.tr("Rep&lacement:"),
            self.tr("&Disposal:"),
            self.tr("P&hone:"),
            self.tr("Phone h&ours:"),
            self.tr("&Emails:"),
            self.tr("Email su&bject:"),
            self.tr("Claim &URL:"),
        )
        for label, text in zip(self._remedy_labels, labels, strict=True):
            label.setText(text)

    def _products_page(self) -> QWidget:
        page = QWidget(self)
        self.product_box = QComboBox(page)
        self.product_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.product_box.setMinimumContentsLength(20)
        self.add_product_button = QPushButton(page)
        self.remove_product_button = QPushButton(page)
        self.product_stack = QStackedWidget(page)
        choose = QHBoxLayout()
        self.product_label = QLabel(page)
        self.product_label.setBuddy(self.product_box)
        choose.addWidget(self.product_label)
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

    def _retranslate_products_page(self) -> None:
        self.product_label.setText(self.tr("Pr&oduct:"))
        self.product_box.setAccessibleName(self.tr("Product of this recall"))
        self.product_box.setAccessibleDescription(self.tr("The product whose details are shown below."))
        _name_button(
            self.add_product_button,
            self.tr("Add pro&duct"),
            self.tr("Add a product"),
            self.tr("Adds an empty product to this recall."),
        )
        _name_button(
            self.remove_product_button,
            self.tr("Remove product"),
            self.tr("Remove the selected product"),
            self.tr("Removes the product shown from this recall."),
        )
        self._retitle_products()

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
        total = self.list_model.rowCount()
        self.count.setText(
            numerus(self.tr("{shown} of {count} recall(s)", "", total), total).format(
                shown=local_number(self.list_proxy.rowCount()), count=local_number(total)
            )
        )

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
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes?"), "", parent=self)
        what = self._key or self.tr("the new recall")
        box.setText(self.tr("The changes to {recall} are not saved. Discard them?").format(recall=what))
        box.setAccessibleName(self.tr("Discard changes?"))
        box.setAccessibleDescription(box.text())
        # Our own buttons: a standard button's text would be Qt's.
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setAccessibleName(self.tr("Discard the changes"))
        discard.setAccessibleDescription(self.tr("The recall is shown again as it is stored."))
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Keep editing"))
        cancel.setAccessibleDescription(self.tr("Goes back to the changes, which are kept."))
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is discard

    def _may_leave(self) -> bool:
        return not self._dirty or self.confirm_discard()

    def open_recall(self, key: str) -> bool:
        """Show the stored recall ``key`` in the form (asking first when there are unsaved changes)."""
        from ..catalog.editing import load_recall

        if not self._may_leave():
            return False
        recall = load_recall(self.engine, key)
        if recall is None:
            self._tell(
                lambda: self.tr("{recall} is no longer in the catalog.").format(recall=key), error=True
            )
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
        self._message = None
        _say(self.message, "", error=None)

    def _set_form_enabled(self, enabled: bool) -> None:
        for widget in (self.tabs, self.save_button, self.revert_button):
            widget.setEnabled(enabled)

    def _update_heading(self) -> None:
        unsaved = self.tr(" · not saved") if self._dirty else ""
        if self._key is None and not self._base:
            self.heading.set_full_text(self.tr("Choose a recall to edit, or add a new one."))
            self.subheading.set_full_text("")
        elif self._key is None:
            self.heading.set_full_text(self.tr("New recall"))
            self.subheading.set_full_text(self.tr("Added here when saved{unsaved}").format(unsaved=unsaved))
        else:
            row = self.list_model.row_of(self._key)
            entry = self.list_model.entry(row) if row >= 0 else None
            origin = origin_text(entry.origin) if entry else ""
            edited = self.tr("; edited here, so imports keep this version") if entry and entry.edited else ""
            number = self.number.text().strip()
            agency = self.agency.text().strip()
            label = f"{agency} {number}" if number else self.tr("{agency}, no number").format(agency=agency)
            self.heading.set_full_text(self.title.text().strip() or self.tr("(no title)"))
            self.subheading.set_full_text(
                self.tr("{recall} · {key} · {origin}{edited}{unsaved}").format(
                    recall=label, key=self._key, origin=origin, edited=edited, unsaved=unsaved
                )
            )
        self.setWindowTitle(self.tr("Edit catalog") + (" *" if self._dirty else ""))

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
        form.problem.connect(lambda text: self._tell(text, error=True))
        form.notice.connect(lambda text: self._tell(text, error=None))
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
            problem = str(exc)  # the catalog's own words, naming the field
            self._tell(lambda: self.tr("Not saved: {problem}").format(problem=problem), error=True)
            return False
        key = recall.key
        if self._key is None and load_recall(self.engine, key) is not None:
            self._tell(
                lambda: self.tr("Not saved: a recall with the key {key} is already in the catalog.").format(
                    key=key
                ),
                error=True,
            )
            return False
        try:
            save_edit(self.engine, recall)
        except Exception as exc:  # the database refused (locked, full disk): nothing was changed
            problem = str(exc)
            self._tell(
                lambda: self.tr("Not saved: the catalog could not be written: {problem}").format(
                    problem=problem
                ),
                error=True,
            )
            return False
        self._key = key
        self._dirty = False
        self.refresh_list()
        self.open_recall(key)
        self._tell(
            lambda: self.tr("Saved {key}. Imports will keep this version.").format(key=key), error=False
        )
        self.saved.emit(key)
        self.catalog_changed.emit()
        return True

    def reject(self) -> None:
        if self._may_leave():
            super().reject()
