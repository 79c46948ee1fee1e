"""An on-screen keypad for a touch screen: letters and digits (or digits only), backspace, clear, OK.

The keys never take the focus, so the line edit they type into keeps it and a USB scanner's burst
(keys, then Enter) lands there as well.  Every key has an accessible name and description in the
interface's language; the owner gives the keypad's own name and the OK key's words with
:meth:`Keypad.set_texts` (from its ``retranslate_ui()``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from .i18n import Retranslating

LETTER_ROWS = ("1234567890", "QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM")
DIGIT_ROWS = ("123", "456", "789", "0")
KEY_HEIGHT = 72
"""Touch targets: at least 64 px high (a fingertip at arm's length)."""
KEY_MAX_HEIGHT = 120
KEY_POINT_SIZE = 24
BACKSPACE = "⌫"


def key_font(base: QFont, point_size: int = KEY_POINT_SIZE, *, bold: bool = True) -> QFont:
    font = QFont(base)
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


class Keypad(Retranslating, QWidget):
    """Keys that type into ``target``; OK (or Enter from a scanner) emits ``submitted``."""

    submitted = Signal()

    def __init__(
        self,
        target: QLineEdit,
        parent: QWidget | None = None,
        *,
        rows: Sequence[str] = LETTER_ROWS,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self._name = self._description = self._ok_text = self._ok_description = ""
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        columns = max(len(r) for r in rows)
        for r, row in enumerate(rows):
            for c, ch in enumerate(row):
                button = self._key(ch, f"key_{ch}")
                self.keys[ch] = button
                button.clicked.connect(lambda _=False, t=ch: self.type_text(t))
                grid.addWidget(button, r, c)
        last = len(rows)
        tail = len(rows[-1])
        self.backspace = self._key(BACKSPACE, "key_backspace")
        self.backspace.setAutoRepeat(True)
        self.backspace.clicked.connect(self.target.backspace)
        self.clear = self._key("", "key_clear")
        self.clear.clicked.connect(lambda: self.target.setText(""))  # setText: no undo history
        self.ok = self._key("", "key_ok")
        self.ok.setProperty("primary", True)
        self.ok.clicked.connect(self.submitted)
        if columns - tail >= 3:  # the letters' last row has room: backspace beside it
            grid.addWidget(self.backspace, last - 1, tail, 1, columns - tail)
            grid.addWidget(self.clear, last, 0, 1, columns // 2)
            grid.addWidget(self.ok, last, columns // 2, 1, columns - columns // 2)
        else:  # the digits: backspace and clear around the 0, OK below
            grid.removeWidget(self.keys[rows[-1][0]])
            grid.addWidget(self.clear, last - 1, 0)
            grid.addWidget(self.keys[rows[-1][0]], last - 1, 1)
            grid.addWidget(self.backspace, last - 1, 2)
            grid.addWidget(self.ok, last, 0, 1, columns)
        self.target.returnPressed.connect(self.submitted)
        for c in range(columns):
            grid.setColumnStretch(c, 1)  # equal keys, whatever their labels
        lines = last + 1
        self.setMaximumHeight(lines * KEY_MAX_HEIGHT + (lines - 1) * grid.spacing())  # no gaps between rows
        self.retranslate_ui()

    def _key(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(KEY_HEIGHT)
        button.setMinimumWidth(KEY_HEIGHT)
        button.setMaximumHeight(KEY_MAX_HEIGHT)  # taller keys where the screen has room (portrait)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setFont(key_font(button.font()))
        return button

    def set_texts(self, *, name: str, description: str, ok: str, ok_description: str) -> None:
        """The keypad's accessible name and description, and the OK key's words and description
        (already translated: the owner calls this again when the language changes)."""
        self._name, self._description = name, description
        self._ok_text, self._ok_description = ok, ok_description
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self._name or self.tr("Keypad"))
        self.setAccessibleDescription(
            self._description or self.tr("On-screen keys: they type into the box above them.")
        )
        for ch, button in self.keys.items():
            if ch == "-":
                button.setAccessibleName(self.tr("Dash"))
                button.setAccessibleDescription(self.tr("Types a dash (-)."))
            else:
                button.setAccessibleName(self.tr("Key {key}").format(key=ch))
                button.setAccessibleDescription(self.tr("Types {key}.").format(key=ch))
        self.backspace.setAccessibleName(self.tr("Delete"))
        self.backspace.setAccessibleDescription(self.tr("Deletes the last character typed."))
        self.clear.setText(self.tr("Clear"))
        self.clear.setAccessibleName(self.tr("Clear"))
        self.clear.setAccessibleDescription(self.tr("Deletes everything typed."))
        ok = self._ok_text or self.tr("OK")
        self.ok.setText(ok)
        self.ok.setAccessibleName(ok)
        self.ok.setAccessibleDescription(self._ok_description or self.tr("Sends what you typed."))

    def type_text(self, text: str) -> None:
        if len(self.target.text()) + len(text) <= self.target.maxLength():
            self.target.insert(text)
