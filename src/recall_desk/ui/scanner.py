"""A USB barcode scanner types like a keyboard; this makes its scans land in the entry.

The router is an application-wide event filter.  Within one window it sends
typed characters to the entry wherever focus is (a button, the results
table), except in widgets that take text themselves (the entry, the serial
field).  It recognises a scanner's burst (keys a few milliseconds apart,
ending in Enter or Tab) and, at its end, emits ``scanned`` with the whole code.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

BURST_GAP_MS = 35
"""Keys closer together than this are a scanner, not a person (people type 80 ms apart at best)."""
MIN_BURST = 4
"""A burst shorter than this is not treated as a scan."""

_END_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


class ScanRouter(QObject):
    """Routes stray typing and scanner bursts in ``window`` to ``entry``."""

    scanned = Signal(str)
    """A complete scan (a burst ending in Enter or Tab), as received."""

    def __init__(
        self,
        window: QWidget,
        entry: QLineEdit,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or window)
        self._window = window
        self._entry = entry
        self.clock = clock
        self._last = 0.0
        self._burst = ""
        self._routed = False

    def _is_text_target(self, widget: QWidget | None) -> bool:
        return isinstance(widget, QLineEdit) and not widget.isReadOnly()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not self._window or obj is not focus:
            return False
        now = self.clock()
        gap_ms = (now - self._last) * 1000
        self._last = now
        in_burst = bool(self._burst) and gap_ms < BURST_GAP_MS

        key = event.key()
        if key in _END_KEYS:
            code, routed = self._burst, self._routed
            self._burst, self._routed = "", False
            if in_burst and len(code) >= MIN_BURST and (routed or focus is self._entry):
                # A whole scan: it replaces whatever the entry held, and is checked at once.
                self._entry.setText(code)
                self._entry.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scanned.emit(code)
                return True
            return False

        text = event.text()
        mods = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if not text or not text.isprintable() or mods:
            self._burst, self._routed = "", False
            return False
        self._burst = self._burst + text if in_burst else text

        if self._is_text_target(focus):
            return False  # the entry and the serial field take their own typing and scans
        # Elsewhere (a button, the results table): letters and digits, or any part of a burst,
        # go to the entry.  A lone space still presses the focused button.
        if not (in_burst or text.isalnum()) or (isinstance(focus, QAbstractButton) and text == " "):
            return False
        if not self._routed:
            self._entry.clear()
            self._routed = True
        self._entry.setFocus(Qt.FocusReason.OtherFocusReason)
        self._entry.insert(text)
        return True
