"""The verdict banner: colour, a shape and big words, readable at arm's length and by the colour-blind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
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

from .accessibility import announce
from .i18n import Retranslating, engine_text

if TYPE_CHECKING:
    from ..core.model import CatalogInfo
    from ..core.verdict import CheckResult


@dataclass(frozen=True)
class Look:
    background: str
    foreground: str
    shape: str
    words: str
    """What the shape means, for screen readers (English; translated in context "VerdictIcon")."""


# Keyed by outcome value (core.serials.Outcome is a StrEnum).  Colours chosen for WCAG AA contrast
# between words and background (at least 4.5:1, the same in the light and dark themes: the banner
# paints its own background); tests/test_accessibility.py checks every pair.
LOOKS: dict[str | None, Look] = {
    "affected": Look("#B3261E", "#FFFFFF", "octagon", str(QT_TRANSLATE_NOOP("VerdictIcon", "Stop sign"))),
    "check_with_manufacturer": Look(
        "#F2B705", "#1B1B1B", "triangle", str(QT_TRANSLATE_NOOP("VerdictIcon", "Warning triangle"))
    ),
    "need_serial": Look(
        "#0B57D0", "#FFFFFF", "question", str(QT_TRANSLATE_NOOP("VerdictIcon", "Question mark"))
    ),
    "need_answer": Look(
        "#0B57D0", "#FFFFFF", "question", str(QT_TRANSLATE_NOOP("VerdictIcon", "Question mark"))
    ),
    "not_affected": Look("#146C2E", "#FFFFFF", "check", str(QT_TRANSLATE_NOOP("VerdictIcon", "Tick"))),
    "no_recall_found": Look(
        "#44474E", "#FFFFFF", "info", str(QT_TRANSLATE_NOOP("VerdictIcon", "Information sign"))
    ),
    None: Look("#E3E3E8", "#1B1B1B", "scan", str(QT_TRANSLATE_NOOP("VerdictIcon", "Barcode"))),
}
ASSERTIVE = frozenset({"affected", "check_with_manufacturer"})
"""Outcomes a screen reader says at once, interrupting what it was saying."""


class VerdictIcon(Retranslating, QWidget):
    """A shape per outcome, so the verdict never depends on colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._look = LOOKS[None]
        self.setFixedSize(QSize(72, 72))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Verdict symbol"))
        self.setAccessibleDescription(QCoreApplication.translate("VerdictIcon", self._look.words))

    def set_look(self, look: Look) -> None:
        self._look = look
        self.retranslate_ui()
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


class VerdictBanner(Retranslating, QFrame):
    """The large verdict: symbol, headline, reason, and the recalls and catalog date behind it.

    Its own words (the headline, the recall lines, the idle text) follow the interface language, and
    so does the verdict engine's reason (core.message; catalog words stay as the notice gives them).
    A verdict is announced to screen readers when it is shown: at once for affected and check with
    the manufacturer, politely otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
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
        self.result: CheckResult | None = None
        """The verdict shown (None while the banner waits for a check)."""
        self._look = LOOKS[None]
        self._catalog_line = ""
        self._catalog: CatalogInfo | None = None
        self._opening = False
        self.clear()

    # -- the words, in the interface language --

    def headline_text(self, result: CheckResult | None) -> str:
        """The big words for ``result`` (None: the banner is waiting for a check)."""
        if result is None:
            return self.tr("READY TO CHECK")
        outcome = result.outcome
        if outcome is None:
            return self.tr("NOTHING TO CHECK")
        if outcome == "no_recall_found":
            return self.tr("NO RECALL ON FILE as of {date}").format(date=result.catalog.published)
        headlines = {
            "affected": self.tr("AFFECTED: stop using this device"),
            "check_with_manufacturer": self.tr(
                "CHECK WITH THE MANUFACTURER: stop using it until they confirm"
            ),
            "need_serial": self.tr("SERIAL NEEDED"),
            "need_answer": self.tr("ONE MORE QUESTION"),
            "not_affected": self.tr("NOT AFFECTED"),
        }
        return headlines.get(str(outcome), result.headline)

    def catalog_text(self, info: CatalogInfo) -> str:
        return self.tr("Catalog {version}, published {published}").format(
            version=info.version, published=info.published
        )

    def _details_text(self, result: CheckResult) -> str:
        from .models import outcome_words

        lines = []
        for m in result.matches:
            r = m.recall
            if r.number:
                number = f"{r.agency} {r.number}"
            else:
                number = self.tr("{agency} (no recall number published)").format(agency=r.agency)
            lines.append(
                self.tr("{recall}, {date}: {outcome}").format(
                    recall=number, date=r.date or self.tr("date unknown"), outcome=outcome_words(m.outcome)
                )
            )
        lines.append(self.catalog_text(result.catalog))
        return "\n".join(lines)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Verdict"))
        if self.result is not None:
            self._render(self.result)
            return
        self.headline.setText(self.headline_text(None))
        self.reason.setText(
            self.tr("Scan or type a model number, UPC or serial; or words of the product name.")
        )
        if self._opening:
            self.details.setText(self.tr("Opening the recall catalog…"))
        elif self._catalog is not None:
            self.details.setText(self.catalog_text(self._catalog))
        else:
            self.details.setText(self._catalog_line)
        self.setAccessibleDescription(f"{self.headline.text()}. {self.reason.text()} {self.details.text()}")

    # -- drawing --

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

    # -- states --

    def clear(self, catalog_line: str = "") -> None:
        """Waiting for a check, with ``catalog_line`` below (shown as it is given)."""
        self._reset()
        self._catalog_line = catalog_line
        self.retranslate_ui()

    def show_ready(self, info: CatalogInfo | None) -> None:
        """Waiting for a check on the catalog ``info`` (None: the catalog is still opening); the line
        naming it follows the interface language."""
        self._reset()
        self._catalog = info
        self._opening = info is None
        self.retranslate_ui()

    def _reset(self) -> None:
        self.outcome = None
        self.result = None
        self._catalog = None
        self._opening = False
        self._catalog_line = ""
        self._apply(LOOKS[None])

    def show_result(self, result: CheckResult) -> None:
        """Show the verdict and have screen readers say it."""
        self._reset()
        self.outcome = result.outcome
        self.result = result
        self._apply(LOOKS.get(result.outcome, LOOKS[None]))
        self._render(result)
        announce(self, self.accessibleDescription(), assertive=result.outcome in ASSERTIVE)

    def _render(self, result: CheckResult) -> None:
        self.headline.setText(self.headline_text(result))
        reason = engine_text(result.problem_msg or result.reason_msg, result.problem or result.reason)
        self.reason.setText(reason)
        self.details.setText(self._details_text(result))
        self.setAccessibleDescription(f"{self.headline.text()}. {reason}")
