"""Marking where the labels are on a device picture: drag a box, say what it marks.

Boxes are kept as the catalog keeps them (:class:`recall_desk.core.model.Hotspot`):
fractions 0..1 of the picture's width and height, from its top left.  Every box can
also be placed and sized from the keyboard (the position fields), for managers who
do not use a mouse.  Its words follow the interface language (``retranslate_ui``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.model import HOTSPOT_KINDS, Hotspot, Picture
from .i18n import Retranslating
from .models import HIT_ROLE, _Index, _RowsModel
from .pictures import HOTSPOT_COLOURS, picture_path
from .views import WrappedLabel, local_number

MIN_DRAG_PX = 6
"""A drag shorter than this (in screen pixels) is a click, not a box."""


def _fraction(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 4)


def clamp_box(x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
    """A box inside the picture (fractions), at least a thousandth wide and high."""
    x, y = _fraction(x), _fraction(y)
    x, y = min(x, 0.999), min(y, 0.999)
    w = max(0.001, min(_fraction(w), round(1.0 - x, 4)))
    h = max(0.001, min(_fraction(h), round(1.0 - y, 4)))
    return x, y, w, h


def kind_name(kind: str) -> str:
    """What a box of ``kind`` marks, in the interface language."""
    names = {
        "model": QCoreApplication.translate("HotspotModel", "Model label"),
        "serial": QCoreApplication.translate("HotspotModel", "Serial label"),
        "other": QCoreApplication.translate("HotspotModel", "Label"),
    }
    return names.get(kind, kind)


def percent(fraction: float) -> str:
    """A share of the picture as the interface language writes a percentage (10% / 10 %)."""
    return QCoreApplication.translate("HotspotModel", "{number}%").format(
        number=local_number(round(fraction * 100))
    )


def box_text(spot: Hotspot) -> str:
    """Where a box is, in words: "left 10%, top 10%, 20% wide, 10% high"."""
    return QCoreApplication.translate("HotspotModel", "left {x}, top {y}, {w} wide, {h} high").format(
        x=percent(spot.x), y=percent(spot.y), w=percent(spot.w), h=percent(spot.h)
    )


class HotspotModel(_RowsModel[Hotspot]):
    """The marked boxes of one picture."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("HotspotModel", "Marks")),
        str(QT_TRANSLATE_NOOP("HotspotModel", "Text")),
    )

    def set_hotspots(self, hotspots: Sequence[Hotspot]) -> None:
        self._set_rows(hotspots)

    def hotspots(self) -> tuple[Hotspot, ...]:
        return tuple(self._rows)

    def replace(self, row: int, spot: Hotspot) -> None:
        self._rows[row] = spot
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def append(self, spot: Hotspot) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(spot)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        spot = self._rows[index.row()]
        if role == HIT_ROLE:
            return spot
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return QColor(HOTSPOT_COLOURS.get(spot.kind, "#6750A4"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{kind}: {text}; {box}").format(
                kind=kind_name(spot.kind), text=spot.text or self.tr("(no text)"), box=box_text(spot)
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (kind_name(spot.kind), spot.text or "")
        return values[index.column()] if 0 <= index.column() < len(values) else None


class HotspotCanvas(Retranslating, QGraphicsView):
    """The picture with its boxes; drag on it to draw a new box, click a box to select it."""

    drawn = Signal(float, float, float, float)
    """A new box was dragged out: x, y, w, h as fractions of the picture."""
    box_clicked = Signal(int)
    """A click on (or inside) the box of this row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(QSize(260, 200))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._image: QGraphicsItem | None = None
        self._bounds = QRectF()
        self._boxes: list[QGraphicsRectItem] = []
        self._band: QGraphicsRectItem | None = None
        self._origin: QPointF | None = None
        self._press_pos: QPointF | None = None
        self._spots: tuple[Hotspot, ...] = ()
        self._selected = -1
        self.problem_detail: tuple[str, str] | None = None
        """Why the picture cannot be shown ("svg" or "file") and its file's name; None when it is."""
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Picture to mark"))
        self.setAccessibleDescription(
            self.tr("Drag a box over a label to mark it; click a box to select it.")
        )
        for box, spot in zip(self._boxes, self._spots, strict=False):
            box.setToolTip(self._box_tip(spot))

    @property
    def problem(self) -> str:
        """Why the picture cannot be shown ("" when it is), in the interface language."""
        if self.problem_detail is None:
            return ""
        why, name = self.problem_detail
        if why == "svg":
            return self.tr("{file} cannot be shown").format(file=name)
        return self.tr("{file} cannot be shown (missing or not a picture)").format(file=name)

    def _box_tip(self, spot: Hotspot) -> str:
        if not spot.text:
            return kind_name(spot.kind)
        return self.tr("{kind}: {text}").format(kind=kind_name(spot.kind), text=spot.text)

    @property
    def picture_rect(self) -> QRectF:
        """Where the picture is, in scene coordinates (empty when none is shown)."""
        return QRectF(self._bounds)

    def set_picture(self, picture: Picture | None) -> bool:
        """Show ``picture``'s file; False (with ``problem`` set) when it cannot be shown."""
        self._scene.clear()
        self._boxes, self._band, self._image, self._bounds = [], None, None, QRectF()
        self.problem_detail = None
        if picture is None:
            return False
        path = picture_path(picture)
        item: QGraphicsItem
        if path.suffix.lower() == ".svg":
            renderer = QSvgRenderer(str(path), self._scene)
            if not renderer.isValid():
                self.problem_detail = ("svg", path.name)
                return False
            svg = QGraphicsSvgItem()
            svg.setSharedRenderer(renderer)
            item = svg
        else:
            pixmap = QPixmap(str(path)) if path.is_file() else QPixmap()
            if pixmap.isNull():
                self.problem_detail = ("file", path.name)
                return False
            pixmap_item = QGraphicsPixmapItem(pixmap)
            pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
            item = pixmap_item
        self._scene.addItem(item)
        self._image = item
        self._bounds = item.boundingRect()
        margin = max(self._bounds.width(), self._bounds.height()) * 0.02
        self._scene.setSceneRect(self._bounds.adjusted(-margin, -margin, margin, margin))
        self._fit()
        return True

    def set_boxes(self, hotspots: Sequence[Hotspot], selected: int = -1) -> None:
        for box in self._boxes:
            self._scene.removeItem(box)
        self._boxes = []
        self._spots, self._selected = tuple(hotspots), selected
        if self._image is None:
            return
        b = self._bounds
        pen_width = max(2.0, b.width() / 200)
        for row, spot in enumerate(hotspots):
            colour = QColor(HOTSPOT_COLOURS.get(spot.kind, "#6750A4"))
            rect = QRectF(b.left() + spot.x * b.width(), b.top() + spot.y * b.height(), 0, 0)
            rect.setWidth(spot.w * b.width())
            rect.setHeight(spot.h * b.height())
            box = QGraphicsRectItem(rect)
            pen = QPen(colour, pen_width * (2 if row == selected else 1))
            if row != selected:
                pen.setStyle(Qt.PenStyle.DashLine)
            box.setPen(pen)
            fill = QColor(colour)
            fill.setAlpha(60 if row == selected else 25)
            box.setBrush(QBrush(fill))
            box.setToolTip(self._box_tip(spot))
            self._scene.addItem(box)
            self._boxes.append(box)

    def _fit(self) -> None:
        if not self._scene.sceneRect().isEmpty():
            self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _clamped(self, pos: QPointF) -> QPointF:
        p = self.mapToScene(pos.toPoint())
        b = self._bounds
        return QPointF(min(max(p.x(), b.left()), b.right()), min(max(p.y(), b.top()), b.bottom()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._image is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._press_pos = event.position()
        self._origin = self._clamped(event.position())
        band = QGraphicsRectItem(QRectF(self._origin, self._origin))
        pen = QPen(QColor("#0B57D0"), max(1.5, self._bounds.width() / 300))
        pen.setStyle(Qt.PenStyle.DotLine)
        band.setPen(pen)
        self._scene.addItem(band)
        self._band = band
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._origin is not None and self._band is not None:
            self._band.setRect(QRectF(self._origin, self._clamped(event.position())).normalized())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._origin is None:
            super().mouseReleaseEvent(event)
            return
        origin, press = self._origin, self._press_pos
        self._origin = self._press_pos = None
        if self._band is not None:
            self._scene.removeItem(self._band)
            self._band = None
        end = self._clamped(event.position())
        event.accept()
        moved = press is not None and (event.position() - press).manhattanLength() >= MIN_DRAG_PX
        rect = QRectF(origin, end).normalized()
        b = self._bounds
        if not moved or rect.width() <= 0 or rect.height() <= 0:
            for row in reversed(range(len(self._boxes))):
                if self._boxes[row].rect().contains(end):
                    self.box_clicked.emit(row)
                    return
            return
        self.drawn.emit(
            (rect.left() - b.left()) / b.width(),
            (rect.top() - b.top()) / b.height(),
            rect.width() / b.width(),
            rect.height() / b.height(),
        )


def _percent_box(parent: QWidget) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0.0, 100.0)
    box.setDecimals(2)
    box.setSingleStep(1.0)
    box.setKeyboardTracking(False)
    return box


class HotspotEditor(Retranslating, QWidget):
    """One picture's boxes: the drawing canvas, the list, and the selected box's fields."""

    changed = Signal()
    """The boxes changed (drawn, moved, removed, relabelled)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = HotspotCanvas(self)
        self.model = HotspotModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.kind = QComboBox(self)
        for kind in HOTSPOT_KINDS:
            self.kind.addItem(kind, kind)
        self.text = QLineEdit(self)
        self.box_x = _percent_box(self)
        self.box_y = _percent_box(self)
        self.box_w = _percent_box(self)
        self.box_h = _percent_box(self)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.hint = WrappedLabel(self)
        self._hint = "none"
        self._view = ""

        fields = QFormLayout()
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.text_label = QLabel(self)
        self.text_label.setBuddy(self.text)
        fields.addRow(self.kind_label, self.kind)
        fields.addRow(self.text_label, self.text)
        position = QGridLayout()
        self.position_labels: list[QLabel] = []
        for i, box in enumerate((self.box_x, self.box_y, self.box_w, self.box_h)):
            tag = QLabel(self)
            tag.setBuddy(box)
            self.position_labels.append(tag)
            position.addWidget(tag, i // 2, (i % 2) * 2)
            position.addWidget(box, i // 2, (i % 2) * 2 + 1)
        position.setColumnStretch(1, 1)
        position.setColumnStretch(3, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.hint)
        side_layout.addWidget(self.table, 1)
        side_layout.addLayout(fields)
        side_layout.addLayout(position)
        side_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.canvas)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([520, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._loading = False
        self.canvas.drawn.connect(self._on_drawn)
        self.canvas.box_clicked.connect(self.select)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selected())
        self.kind.currentIndexChanged.connect(lambda _i: self._edit_selected())
        self.text.textEdited.connect(lambda _t: self._edit_selected())
        for box in (self.box_x, self.box_y, self.box_w, self.box_h):
            box.valueChanged.connect(lambda _v: self._edit_selected())
        self.add_button.clicked.connect(self.add_box)
        self.remove_button.clicked.connect(self.remove_selected)
        self.set_picture(None)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Marked boxes"))
        self.table.setAccessibleDescription(
            self.tr("The boxes marked on this picture: what each marks, its text.")
        )
        self.model.retranslate()
        for i, kind in enumerate(HOTSPOT_KINDS):
            self.kind.setItemText(i, kind_name(kind))
        self.kind.setAccessibleName(self.tr("What the box marks"))
        self.kind.setAccessibleDescription(self.tr("The model label, the serial label or another label."))
        self.kind_label.setText(self.tr("&Marks:"))
        self.text_label.setText(self.tr("&Text:"))
        self.text.setAccessibleName(self.tr("Text on the label (optional)"))
        self.text.setAccessibleDescription(self.tr("The label's words as printed, shown to the clerk."))
        self.text.setPlaceholderText(self.tr("As printed, e.g. Model: A1647 (optional)"))
        names = (
            (
                self.tr("&Left:"),
                self.tr("Box left edge"),
                self.tr("From the picture's left edge, in percent."),
            ),
            (self.tr("Top:"), self.tr("Box top edge"), self.tr("From the picture's top edge, in percent.")),
            (self.tr("&Width:"), self.tr("Box width"), self.tr("Of the picture's width, in percent.")),
            (self.tr("&Height:"), self.tr("Box height"), self.tr("Of the picture's height, in percent.")),
        )
        suffix = self.tr(" %")
        for tag, box, (label, name, description) in zip(
            self.position_labels, (self.box_x, self.box_y, self.box_w, self.box_h), names, strict=True
        ):
            tag.setText(label)
            box.setAccessibleName(name)
            box.setAccessibleDescription(description)
            box.setSuffix(suffix)
        self.add_button.setText(self.tr("Add &box"))
        self.add_button.setAccessibleName(self.tr("Add a box in the middle of the picture"))
        self.add_button.setAccessibleDescription(self.tr("Then place and size it with the position fields."))
        self.remove_button.setText(self.tr("Remove bo&x"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected box"))
        self.remove_button.setAccessibleDescription(self.tr("The label it marked is no longer shown."))
        self.hint.setAccessibleName(self.tr("How to mark a label"))
        self._show_hint()

    def _show_hint(self) -> None:
        if self._hint == "none":
            self.hint.setText(self.tr("Add a photo or choose a picture to mark its labels."))
        elif self._hint == "unshown":
            self.hint.setText(
                self.tr(
                    "The picture “{view}” cannot be shown (its file is missing or not a picture); its boxes "
                    "are listed but cannot be drawn."
                ).format(view=self._view)
            )
        else:
            self.hint.setText(self.tr("Drag over a label on the picture to mark it; choose what it marks."))

    # -- the picture --

    def set_picture(self, picture: Picture | None) -> None:
        shown = self.canvas.set_picture(picture)
        self.model.set_hotspots(picture.hotspots if picture is not None else ())
        self._hint = "none" if picture is None else "unshown" if not shown else "shown"
        self._view = picture.view if picture is not None else ""
        self._show_hint()
        for widget in (self.add_button, self.canvas):
            widget.setEnabled(shown)
        self._redraw()
        self._on_selected()

    def hotspots(self) -> tuple[Hotspot, ...]:
        return self.model.hotspots()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
        else:
            self.table.clearSelection()

    # -- editing --

    def _new_spot(self, x: float, y: float, w: float, h: float) -> Hotspot:
        kind = str(self.kind.currentData() or "model")
        return Hotspot(kind, *clamp_box(x, y, w, h), self.text.text().strip() or None)

    def _on_drawn(self, x: float, y: float, w: float, h: float) -> None:
        row = self.model.append(self._new_spot(x, y, w, h))
        self.select(row)
        self._redraw()
        self.changed.emit()

    def add_box(self) -> None:
        """A box in the middle, to be placed with the position fields (keyboard drawing)."""
        self._on_drawn(0.35, 0.4, 0.3, 0.2)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        self.model.remove(row)
        self.select(min(row, self.model.rowCount() - 1))
        self._redraw()
        self.changed.emit()

    def _on_selected(self) -> None:
        row = self.selected_row()
        spot = self.model.hotspots()[row] if row >= 0 else None
        self._loading = True
        try:
            if spot is not None:
                self.kind.setCurrentIndex(max(0, self.kind.findData(spot.kind)))
                self.text.setText(spot.text or "")
                for box, value in (
                    (self.box_x, spot.x),
                    (self.box_y, spot.y),
                    (self.box_w, spot.w),
                    (self.box_h, spot.h),
                ):
                    box.setValue(value * 100)
        finally:
            self._loading = False
        for box in (self.box_x, self.box_y, self.box_w, self.box_h):
            box.setEnabled(spot is not None)
        self.remove_button.setEnabled(spot is not None)
        self._redraw()

    def _edit_selected(self) -> None:
        if self._loading:
            return
        row = self.selected_row()
        if row < 0:
            return
        x, y, w, h = clamp_box(
            self.box_x.value() / 100,
            self.box_y.value() / 100,
            self.box_w.value() / 100,
            self.box_h.value() / 100,
        )
        spot = Hotspot(str(self.kind.currentData() or "model"), x, y, w, h, self.text.text().strip() or None)
        if spot != self.model.hotspots()[row]:
            self.model.replace(row, spot)
            self._redraw()
            self.changed.emit()

    def _redraw(self) -> None:
        self.canvas.set_boxes(self.model.hotspots(), self.selected_row())
