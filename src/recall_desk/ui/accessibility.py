"""Access for everyone: screen-reader announcements and WCAG colour contrast.

:func:`announce` speaks a text through the platform's screen reader (a Qt accessibility announcement,
polite or assertive) without moving the focus: the verdict, a scan that was taken, an error.  Every
announcement is also emitted by :data:`announcer` (``announced(text, assertive)``), which the tests
and a future on-screen log can follow.

:func:`contrast_ratio` is WCAG 2.x's ratio of two colours' relative luminance: AA asks at least 4.5
for normal text and 3.0 for large text (18 pt, or 14 pt bold) and for the parts of a control.  A
translucent foreground (Qt's default placeholder text is half-transparent black) is first laid over
its background, as the screen shows it.

:func:`set_accessible` gives a control the name and the description a screen reader says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QWidget

# QAccessible (some 15 ms of enums to set up in PySide6) is imported by announce() when it is first
# needed: the counter window imports this module before its first paint.

AA_NORMAL = 4.5
AA_LARGE = 3.0


class _Announcer(QObject):
    announced = Signal(str, bool)
    """(text, assertive) for every :func:`announce`."""


_announcer: _Announcer | None = None


def announcer() -> _Announcer:
    """The object whose ``announced`` signal carries every announcement (made on first use)."""
    global _announcer
    if _announcer is None:
        _announcer = _Announcer()
    return _announcer


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` now, as coming from ``source`` (the widget showing it).

    Assertive interrupts what the reader is saying (an affected verdict); polite waits its turn.
    Does nothing for an empty text."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    text = " ".join(text.split())
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)
    announcer().announced.emit(text, assertive)


def set_accessible(widget: QWidget, name: str, description: str) -> None:
    """What a screen reader says for ``widget``: its name ("Serial number") and what it is for."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


def name_clear_button(field: QLineEdit, name: str, description: str) -> None:
    """The small button that empties ``field`` (``setClearButtonEnabled``) has no words of its own."""
    from PySide6.QtWidgets import QToolButton

    for button in field.findChildren(QToolButton):
        set_accessible(button, name, description)


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour, 0 (black) to 1 (white)."""
    return 0.2126 * _linear(color.redF()) + 0.7152 * _linear(color.greenF()) + 0.0722 * _linear(color.blueF())


def over(foreground: QColor, background: QColor) -> QColor:
    """``foreground`` laid over the opaque ``background`` (the colour seen where it is translucent)."""
    alpha = foreground.alphaF()
    if alpha >= 1.0:
        return QColor(foreground)
    return QColor.fromRgbF(
        foreground.redF() * alpha + background.redF() * (1 - alpha),
        foreground.greenF() * alpha + background.greenF() * (1 - alpha),
        foreground.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio of a colour on an opaque background, from 1 (none) to 21 (black on
    white); a translucent foreground counts as it looks on that background."""
    a, b = relative_luminance(over(foreground, background)), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)
