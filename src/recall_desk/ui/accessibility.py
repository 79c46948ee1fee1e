"""Access for everyone: screen-reader announcements and WCAG colour contrast.

:func:`announce` speaks a text through the platform's screen reader (a Qt accessibility announcement,
polite or assertive) without moving the focus: the verdict, a scan that was taken, an error.  Every
announcement is also emitted by :data:`announcer` (``announced(text, assertive)``), which the tests
and a future on-screen log can follow.

:func:`contrast_ratio` is WCAG 2.x's ratio of two colours' relative luminance: AA asks at least 4.5
for normal text and 3.0 for large text (18 pt, or 14 pt bold) and for the parts of a control.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QColor

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
    text = " ".join(text.split())
    if not text:
        return
    event = QAccessibleAnnouncementEvent(source, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)
    announcer().announced.emit(text, assertive)


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour, 0 (black) to 1 (white)."""
    return 0.2126 * _linear(color.redF()) + 0.7152 * _linear(color.greenF()) + 0.0722 * _linear(color.blueF())


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, from 1 (none) to 21 (black on white)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)
