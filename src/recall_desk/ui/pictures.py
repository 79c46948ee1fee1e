"""Device pictures with the model and serial labels marked; click to zoom.

The marks' names, the views' names the program knows (front, back, bottom...) and what a screen reader
is told follow the interface language; a catalog's caption or a view name of its own is shown as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt, Signal
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
from .accessibility import set_accessible
from .i18n import Retranslating

HOTSPOT_COLOURS = {"model": "#0B57D0", "serial": "#B3261E", "other": "#6750A4"}
TAG_PLATE = "#E1FFFFFF"
"""The light plate under a mark's name (ARGB): the name reads at 4.5:1 or more over any picture."""
HOTSPOT_NAMES = {
    "model": str(QT_TRANSLATE_NOOP("PictureStrip", "Model label")),
    "serial": str(QT_TRANSLATE_NOOP("PictureStrip", "Serial label")),
    "other": str(QT_TRANSLATE_NOOP("PictureStrip", "Label")),
}
"""A mark's name in English (:func:`hotspot_name` gives it in the interface language)."""
VIEW_NAMES = {
    "front": str(QT_TRANSLATE_NOOP("PictureStrip", "Front")),
    "back": str(QT_TRANSLATE_NOOP("PictureStrip", "Back")),
    "top": str(QT_TRANSLATE_NOOP("PictureStrip", "Top")),
    "bottom": str(QT_TRANSLATE_NOOP("PictureStrip", "Bottom")),
    "side": str(QT_TRANSLATE_NOOP("PictureStrip", "Side")),
    "inside-lid": str(QT_TRANSLATE_NOOP("PictureStrip", "Inside the lid")),
    "inside-case": str(QT_TRANSLATE_NOOP("PictureStrip", "Inside the case")),
}


def hotspot_name(kind: str) -> str:
    """ "Model label", "Serial label" or "Label", in the interface language."""
    return QCoreApplication.translate("PictureStrip", HOTSPOT_NAMES.get(kind, HOTSPOT_NAMES["other"]))


def view_name(view: str) -> str:
    """A picture view's name for its tab: ours in the interface language, a catalog's own as it is."""
    known = VIEW_NAMES.get(view)
    if known:
        return QCoreApplication.translate("PictureStrip", known)
    return view.replace("-", " ").capitalize()


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
        box.setToolTip(f"{hotspot_name(spot.kind)}: {spot.text}" if spot.text else hotspot_name(spot.kind))
        scene.addItem(box)
        tag = QGraphicsSimpleTextItem(hotspot_name(spot.kind))
        font = QFont()
        font.setPixelSize(max(10, int(bounds.width() / 40)))
        font.setBold(True)
        tag.setFont(font)
        tag.setBrush(QBrush(colour))
        tag_rect = tag.boundingRect()
        above = rect.top() - tag_rect.height() - 2
        # Inside the picture (a longer language's name is moved left rather than past its edge), on a
        # light plate so that it reads over the device's dark body too.
        x = max(bounds.left(), min(rect.left(), bounds.right() - tag_rect.width()))
        tag.setPos(x, above if above > bounds.top() else rect.bottom() + 2)
        plate = QGraphicsRectItem(tag.mapRectToScene(tag_rect).adjusted(-3, -1, 3, 1))
        plate.setPen(QPen(Qt.PenStyle.NoPen))
        plate.setBrush(QBrush(QColor(TAG_PLATE)))
        scene.addItem(plate)
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
        # Tab reaches the picture; Enter or Space zooms, as a click does.  (The viewport passes its
        # focus policy on to the view, its focus proxy: so the view's own is set last.)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

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


def describe_picture(picture: Picture, *, zoom: bool) -> str:
    """What a screen reader says of a picture: its view or caption and each label marked on it."""
    spots = "; ".join(
        f"{hotspot_name(h.kind)}: {h.text}" if h.text else hotspot_name(h.kind) for h in picture.hotspots
    )
    words = picture.caption or view_name(picture.view)
    if spots:
        words = f"{words}. {spots}"
    if zoom:
        return QCoreApplication.translate("PictureStrip", "{picture}. Click or press Enter to zoom.").format(
            picture=words
        )
    return QCoreApplication.translate("PictureStrip", "{picture}.").format(picture=words)


class ZoomDialog(Retranslating, QDialog):
    """The picture large, for reading a label."""

    def __init__(self, picture: Picture, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = picture
        self.setWindowTitle(title)
        self.view = PictureView(self)
        self.view.setCursor(Qt.CursorShape.ArrowCursor)
        self.view.set_scene(build_scene(picture))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 700)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Zoomed picture"))
        set_accessible(self.view, view_name(self.picture.view), describe_picture(self.picture, zoom=False))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        set_accessible(close, self.tr("Close"), self.tr("Closes the zoomed picture"))
        self.view.set_scene(build_scene(self.picture))  # the marks' names


class PictureStrip(Retranslating, QWidget):
    """The views of one product (bottom, back, inside the lid...) as tabs over one picture."""

    zoom_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabBar(self)
        self.tabs.setExpanding(False)
        self.view = PictureView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.view, 1)
        self._pictures: list[Picture] = []
        self.tabs.currentChanged.connect(self._show)
        self.view.clicked.connect(self._zoom)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        set_accessible(
            self.tabs, self.tr("Picture views"), self.tr("The views of the device: pick one to see it")
        )
        for i, pic in enumerate(self._pictures):
            self.tabs.setTabText(i, view_name(pic.view))
            self.tabs.setTabToolTip(i, describe_picture(pic, zoom=False))
        self.view.setAccessibleName(self.tr("Device picture"))
        self._show(self.tabs.currentIndex())

    @property
    def pictures(self) -> list[Picture]:
        return list(self._pictures)

    def set_pictures(self, pictures: Sequence[Picture], prefer_view: str | None = None) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        self._pictures = list(pictures)
        for pic in self._pictures:
            i = self.tabs.addTab(view_name(pic.view))
            self.tabs.setTabToolTip(i, describe_picture(pic, zoom=False))
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
            self.view.setAccessibleDescription(describe_picture(pic, zoom=True))
        else:
            self.view.setAccessibleDescription(
                self.tr("Shows where the model and serial labels are. Click or press Enter to zoom.")
            )

    def _zoom(self, *_args: Any) -> None:
        pic = self.current()
        if pic is not None:
            self.zoom_requested.emit(pic)
