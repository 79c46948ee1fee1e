"""Device pictures with the model and serial labels marked; click to zoom."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from ..catalog.picture_store import pictures_folder, stored_path
from ..core.model import Picture
from ..resources import resource

HOTSPOT_COLOURS = {"model": "#0B57D0", "serial": "#B3261E", "other": "#6750A4"}
HOTSPOT_NAMES = {"model": "Model label", "serial": "Serial label", "other": "Label"}


_picture_folder: Path | None = None


def set_picture_folder(folder: Path | None) -> None:
    """Where the open catalog keeps the photos a manager added (catalog.picture_store)."""
    global _picture_folder
    _picture_folder = folder


def picture_path(picture: Picture) -> Path:
    """Where a catalog picture's file is: a manager's photo ("store/<sha256>.png") in the open
    catalog's pictures folder, a bundled picture in the resources folder."""
    folder = _picture_folder if _picture_folder is not None else pictures_folder(None)
    stored = stored_path(folder, picture.file)
    if stored is not None:
        return stored
    return resource(*picture.file.split("/"))


def build_scene(picture: Picture) -> QGraphicsScene | None:
    """A scene with the picture and its hotspot boxes, or None when the file cannot be shown."""
    path = picture_path(picture)
    scene = QGraphicsScene()
    item: QGraphicsItem
    if path.suffix.lower() == ".svg":
        # The scene owns the renderer: items are destroyed before their scene's QObject children.
        renderer = QSvgRenderer(str(path), scene)
        if not renderer.isValid():
            return None
        svg = QGraphicsSvgItem()
        svg.setSharedRenderer(renderer)
        item = svg
    else:
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            return None
        item = QGraphicsPixmapItem(pixmap)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
    scene.addItem(item)
    bounds = item.boundingRect()
    for spot in picture.hotspots:
        colour = QColor(HOTSPOT_COLOURS.get(spot.kind, "#6750A4"))
        rect = QRectF(
            bounds.left() + spot.x * bounds.width(),
            bounds.top() + spot.y * bounds.height(),
            spot.w * bounds.width(),
            spot.h * bounds.height(),
        ).adjusted(-4, -4, 4, 4)
        box = QGraphicsRectItem(rect)
        pen = QPen(colour, max(2.0, bounds.width() / 150))
        pen.setCosmetic(False)
        box.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(28)
        box.setBrush(QBrush(fill))
        box.setToolTip(f"{HOTSPOT_NAMES.get(spot.kind, 'Label')}: {spot.text or ''}".rstrip(": "))
        scene.addItem(box)
        tag = QGraphicsSimpleTextItem(HOTSPOT_NAMES.get(spot.kind, "Label"))
        font = QFont()
        font.setPixelSize(max(10, int(bounds.width() / 40)))
        font.setBold(True)
        tag.setFont(font)
        tag.setBrush(QBrush(colour))
        tag_rect = tag.boundingRect()
        above = rect.top() - tag_rect.height() - 2
        tag.setPos(rect.left(), above if above > bounds.top() else rect.bottom() + 2)
        scene.addItem(tag)
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-8, -8, 8, 8))
    return scene


class PictureView(QGraphicsView):
    """One picture, fitted to the view; a click asks for the zoomed view."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(QSize(200, 150))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Enter or Space zooms, as a click does
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_scene(self, scene: QGraphicsScene | None) -> None:
        old = self.scene()
        self.setScene(scene if scene is not None else QGraphicsScene(self))
        if old is not None and old.parent() is None:
            old.deleteLater()
        self._fit()

    def _fit(self) -> None:
        scene = self.scene()
        if scene is not None and not scene.sceneRect().isEmpty():
            self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ZoomDialog(QDialog):
    """The picture large, for reading a label."""

    def __init__(self, picture: Picture, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName("Zoomed picture")
        view = PictureView(self)
        view.setAccessibleName(picture.caption or picture.view)
        view.setCursor(Qt.CursorShape.ArrowCursor)
        view.set_scene(build_scene(picture))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        self.resize(900, 700)


class PictureStrip(QWidget):
    """The views of one product (bottom, back, inside the lid...) as tabs over one picture."""

    zoom_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName("Picture views")
        self.tabs.setExpanding(False)
        self.view = PictureView(self)
        self.view.setAccessibleName("Device picture")
        self.view.setAccessibleDescription("Shows where the model and serial labels are. Click to zoom.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.view, 1)
        self._pictures: list[Picture] = []
        self.tabs.currentChanged.connect(self._show)
        self.view.clicked.connect(self._zoom)

    @property
    def pictures(self) -> list[Picture]:
        return list(self._pictures)

    def set_pictures(self, pictures: Sequence[Picture], prefer_view: str | None = None) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        self._pictures = list(pictures)
        for pic in self._pictures:
            self.tabs.addTab(pic.view.replace("-", " ").capitalize())
        index = next((i for i, p in enumerate(self._pictures) if p.view == prefer_view), 0)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        self.tabs.setVisible(len(self._pictures) > 1)
        self._show(index)

    def current(self) -> Picture | None:
        i = self.tabs.currentIndex()
        return self._pictures[i] if 0 <= i < len(self._pictures) else None

    def _show(self, index: int) -> None:
        pic = self._pictures[index] if 0 <= index < len(self._pictures) else None
        self.view.set_scene(build_scene(pic) if pic else None)
        if pic:
            spots = "; ".join(
                f"{HOTSPOT_NAMES.get(h.kind, 'Label')}: {h.text or 'marked'}" for h in pic.hotspots
            )
            self.view.setAccessibleDescription(f"{pic.caption or pic.view}. {spots}. Click to zoom.")

    def _zoom(self, *_args: Any) -> None:
        pic = self.current()
        if pic is not None:
            self.zoom_requested.emit(pic)
