"""The verdict banner: colour, a shape and big words, readable at arm's length and by the colour-blind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ..core.verdict import CheckResult


@dataclass(frozen=True)
class Look:
    background: str
    foreground: str
    shape: str
    words: str


# Keyed by outcome value (core.serials.Outcome is a StrEnum).  Colours chosen for WCAG AA contrast
# between words and background (at least 4.5:1).
LOOKS: dict[str | None, Look] = {
    "affected": Look("#B3261E", "#FFFFFF", "octagon", "AFFECTED"),
    "check_with_manufacturer": Look("#F2B705", "#1B1B1B", "triangle", "CHECK WITH THE MANUFACTURER"),
    "need_serial": Look("#0B57D0", "#FFFFFF", "question", "SERIAL NEEDED"),
    "need_answer": Look("#0B57D0", "#FFFFFF", "question", "ONE MORE QUESTION"),
    "not_affected": Look("#146C2E", "#FFFFFF", "check", "NOT AFFECTED"),
    "no_recall_found": Look("#44474E", "#FFFFFF", "info", "NO RECALL ON FILE"),
    None: Look("#E3E3E8", "#1B1B1B", "scan", "READY TO CHECK"),
}


class VerdictIcon(QWidget):
    """A shape per outcome, so the verdict never depends on colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._look = LOOKS[None]
        self.setFixedSize(QSize(72, 72))
        self.setAccessibleName("Verdict symbol")

    def set_look(self, look: Look) -> None:
        self._look = look
        self.update()

    def paintEvent(self, _event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fg = QColor(self._look.foreground)
        r = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        c = r.center()
        p.setPen(QPen(fg, 5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        shape = self._look.shape
        if shape == "octagon":
            k = r.width() * 0.29
            pts = [
                QPointF(r.left() + k, r.top()), QPointF(r.right() - k, r.top()),
                QPointF(r.right(), r.top() + k), QPointF(r.right(), r.bottom() - k),
                QPointF(r.right() - k, r.bottom()), QPointF(r.left() + k, r.bottom()),
                QPointF(r.left(), r.bottom() - k), QPointF(r.left(), r.top() + k),
            ]  # fmt: skip
            p.drawPolygon(QPolygonF(pts))
            p.drawLine(QPointF(c.x(), r.top() + 14), QPointF(c.x(), c.y() + 6))
            p.drawPoint(QPointF(c.x(), r.bottom() - 14))
        elif shape == "triangle":
            p.drawPolygon(QPolygonF([QPointF(c.x(), r.top()), r.bottomRight(), r.bottomLeft()]))
            p.drawLine(QPointF(c.x(), r.top() + 22), QPointF(c.x(), r.bottom() - 20))
            p.drawPoint(QPointF(c.x(), r.bottom() - 9))
        elif shape == "check":
            p.drawEllipse(r)
            path = QPainterPath(QPointF(r.left() + 16, c.y()))
            path.lineTo(QPointF(c.x() - 4, r.bottom() - 18))
            path.lineTo(QPointF(r.right() - 14, r.top() + 18))
            p.drawPath(path)
        elif shape == "question":
            p.drawEllipse(r)
            f = QFont(self.font())
            f.setPixelSize(int(r.height() * 0.62))
            f.setBold(True)
            p.setFont(f)
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, "?")
        elif shape == "info":
            p.drawRect(r.adjusted(2, 2, -2, -2))
            p.drawLine(QPointF(c.x(), c.y() - 4), QPointF(c.x(), r.bottom() - 14))
            p.drawPoint(QPointF(c.x(), r.top() + 16))
        else:  # scan: a barcode
            for i, w in enumerate((3, 1, 2, 1, 3, 2, 1, 3, 1)):
                x = r.left() + 6 + i * 7
                p.fillRect(QRectF(x, r.top() + 10, w * 1.6, r.height() - 20), fg)
        p.end()


class VerdictBanner(QFrame):
    """The large verdict: symbol, headline, reason, and the recalls and catalog date behind it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.setAccessibleName("Verdict")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.icon = VerdictIcon(self)
        self.headline = QLabel(self)
        self.headline.setObjectName("verdictHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.headline.setFont(font)
        self.reason = QLabel(self)
        self.reason.setObjectName("verdictReason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rfont = QFont(self.font())
        rfont.setPointSizeF(rfont.pointSizeF() * 1.25)
        self.reason.setFont(rfont)
        self.details = QLabel(self)
        self.details.setObjectName("verdictDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)

        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.headline)
        text.addWidget(self.reason)
        text.addWidget(self.details)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(16)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.outcome: str | None = None
        self._look = LOOKS[None]
        self.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale the words with the window: arm's length on a 1920x1080 counter screen."""
        super().resizeEvent(event)
        height = self.window().height()
        for label, share, lo, hi in (
            (self.headline, 26, 26, 52),
            (self.reason, 48, 16, 28),
            (self.details, 64, 12, 20),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(lo, min(hi, height // share)))
            label.setFont(font)

    def _apply(self, look: Look) -> None:
        # Palette, not a style sheet: style sheets slow every widget's first paint.
        self._look = look
        self.icon.set_look(look)
        for label in (self.headline, self.reason, self.details):
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, QColor(look.foreground))
            label.setPalette(palette)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(self._look.background))
        p.drawRoundedRect(QRectF(self.rect()), 8, 8)
        p.end()

    def clear(self, catalog_line: str = "") -> None:
        self.outcome = None
        self._apply(LOOKS[None])
        self.headline.setText("READY TO CHECK")
        self.reason.setText("Scan or type a model number, UPC or serial; or words of the product name.")
        self.details.setText(catalog_line)
        self.setAccessibleDescription(self.reason.text())

    def show_result(self, result: CheckResult) -> None:
        self.outcome = result.outcome
        look = LOOKS.get(result.outcome, LOOKS[None])
        self._apply(look)
        self.headline.setText(result.headline)
        self.reason.setText(result.problem or result.reason)
        lines = []
        for m in result.matches:
            r = m.recall
            number = f"{r.agency} {r.number}" if r.number else f"{r.agency} (no recall number published)"
            lines.append(f"{number}, {r.date or 'date unknown'}: {m.outcome.value.replace('_', ' ')}")
        lines.append(f"Catalog {result.catalog.version}, published {result.catalog.published}")
        self.details.setText("\n".join(lines))
        self.setAccessibleDescription(f"{result.headline}. {result.problem or result.reason}")
