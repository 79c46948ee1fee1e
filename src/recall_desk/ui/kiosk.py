"""The self-service kiosk: customers check their own devices, step by step, on a touch screen.

Fullscreen and frameless, with large touch targets: (1) where the model number is (the device
pictures with the model label marked, per kind of product), (2) the model number on an on-screen
keypad (or a scan), (3) the questions and the serial number, with the picture of where the serial
label is, (4) the verdict, the customer's slip (to the receipt printer, or on screen when none is
set up) and "Start over".  Every check goes to the check log with the station "Kiosk".

Locked down: no menus, no way to the catalog, the log or the settings; Esc, Alt+F4, closing the
window and the shortcuts do nothing.  A manager leaves with the exit PIN (a salted scrypt hash in the
settings, ``kiosk/exit_pin_hash``), reached by five taps in the top right corner within 3 s or
Ctrl+Alt+Shift+K.  After ``kiosk/idle_seconds`` without a touch or a key it starts over and forgets
the last customer's entries.
"""

from __future__ import annotations

import time
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QMouseEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.serials import Outcome, SerialRule
from ..core.slip import StoreInfo, make_slip, unprintable_reason
from .keypad import DIGIT_ROWS, KEY_HEIGHT, Keypad, key_font
from .pictures import PictureStrip
from .product_view import serial_feedback
from .settings import AppSettings
from .verdict import VerdictBanner

if TYPE_CHECKING:
    from ..catalog.service import Catalog
    from ..core.model import Product
    from ..core.verdict import CheckResult, Match

STATION = "Kiosk"
GUIDES: tuple[tuple[str, str], ...] = (
    ("Power bank", "power bank"),
    ("Speaker", "speaker"),
    ("Earbuds case", "earphones"),
    ("Wireless charger", "charger"),
)
"""The kinds of product a customer picks to see where the model number is: (button, search words)."""
TAPS_TO_EXIT, TAP_WINDOW_S = 5, 3.0
FREE_TRIES, FIRST_DELAY_S, MAX_DELAY_S = 3, 5, 300
"""Wrong PINs: after three, each further try waits 5 s, then 10, 20… (at most 5 minutes)."""
IDLE_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
    }
)
SECRET = (Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)

STYLE = """
QPushButton { font-size: 22pt; font-weight: bold; min-height: 64px; padding: 6px 18px;
  border-radius: 12px; border: 2px solid #0B57D0; background: #E8EEF9; color: #0B1F44; }
QPushButton:pressed { background: #C2D3F2; }
QPushButton:disabled { border-color: #9AA0A6; background: #EEEEEE; color: #6B6B6B; }
QPushButton[primary="true"] { background: #0B57D0; color: #FFFFFF; }
QPushButton[primary="true"]:pressed { background: #08419C; }
QPushButton[primary="true"]:disabled { background: #9AA0A6; color: #FFFFFF; }
QTabBar::tab { font-size: 20pt; min-height: 64px; min-width: 160px; padding: 0 24px; }
QScrollBar:vertical { width: 40px; }
QLineEdit { font-size: 34pt; font-family: monospace; min-height: 88px; padding: 0 16px;
  border: 3px solid #0B57D0; border-radius: 12px; background: #FFFFFF; color: #111111; }
"""


def _font(base: QFont, points: int, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _label(parent: QWidget, name: str, points: int = 22, *, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # catalog text is data, never markup
    label.setWordWrap(True)
    label.setFont(_font(label.font(), points, bold=bold))
    return label


def _button(parent: QWidget, text: str, name: str, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumHeight(KEY_HEIGHT)
    button.setFont(key_font(button.font(), 22))
    if primary:
        button.setProperty("primary", True)
    return button


def _entry(parent: QWidget, name: str, accessible: str, placeholder: str) -> QLineEdit:
    entry = QLineEdit(parent)
    entry.setObjectName(name)
    entry.setAccessibleName(accessible)
    entry.setPlaceholderText(placeholder)
    entry.setMaxLength(40)
    entry.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no undo, paste or select all
    entry.setFont(_font(entry.font(), 34, bold=True))
    entry.setMinimumHeight(88)
    return entry


def _forget_pictures(strip: PictureStrip) -> None:
    """No pictures, and nothing left of the last ones (the view's description names their labels)."""
    strip.set_pictures([])
    strip.view.setAccessibleDescription("")


class KioskBanner(VerdictBanner):
    """The verdict banner with the kiosk's type sizes: read at arm's length on any screen."""

    SIZES = ((36, True), (22, False), (20, False))
    """Points of the headline, the reason and the details."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        QWidget.resizeEvent(self, event)
        for label, (points, bold) in zip((self.headline, self.reason, self.details), self.SIZES, strict=True):
            label.setFont(_font(label.font(), points, bold=bold))


class CornerTaps(QWidget):
    """An invisible square in a corner: five taps within 3 s emit ``unlock``."""

    unlock = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("exitCorner")
        self.setAccessibleName("Staff")
        self.setFixedSize(96, 96)
        self._taps: list[float] = []

    def mousePressEvent(self, event: QMouseEvent) -> None:
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t <= TAP_WINDOW_S] + [now]
        if len(self._taps) >= TAPS_TO_EXIT:
            self._taps = []
            self.unlock.emit()
        event.accept()


class KioskWindow(QWidget):
    """The customers' window (see the module docstring)."""

    reset = Signal()
    """Emitted when the kiosk has started over (idle timeout or "Start over") and forgot the customer."""
    check_finished = Signal(object)
    """Emitted with each CheckResult once it is shown."""
    slip_done = Signal(str)
    """Emitted with "printed" (sent to the receipt printer) or "shown" (on screen)."""
    pin_refused = Signal(str)
    """Emitted with the message shown when an exit PIN is refused."""
    exited = Signal()
    """Emitted when a manager's PIN let the kiosk close."""

    def __init__(
        self,
        catalog: Catalog,
        settings: AppSettings,
        *,
        idle_seconds: float | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        from ..catalog.checklog import CheckLog

        self.setObjectName("kioskWindow")
        self.setWindowTitle("Recall Desk: check your device")
        self.setStyleSheet(STYLE)
        self.setAutoFillBackground(True)
        self.catalog = catalog
        self.settings = settings
        self.log = CheckLog(catalog.engine, station=STATION)
        self._today = today
        self._may_close = False
        self._query = ""
        self._serial: str | None = None
        self._no_serial = False
        self._answers: dict[str, str] = {}
        self._rule: SerialRule | None = None
        self.last_result: CheckResult | None = None
        self.last_log_id: int | None = None
        self._guide_products: list[Product] = []
        self._guide_index = 0
        self._failures = 0
        self._locked_until = 0.0

        self.stack = QStackedWidget(self)
        self.start_page = self._build_start()
        self.model_page = self._build_model()
        self.details_page = self._build_details()
        self.verdict_page = self._build_verdict()
        self.pin_page = self._build_pin()
        for page in (self.start_page, self.model_page, self.details_page, self.verdict_page, self.pin_page):
            self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addWidget(self.stack)

        self.corner = CornerTaps(self)
        self.corner.unlock.connect(self.ask_pin)
        self.corner.raise_()

        seconds = idle_seconds if idle_seconds is not None else settings.kiosk_idle_seconds
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.set_idle_seconds(seconds)
        self.idle_timer.timeout.connect(lambda: self.start_over())
        self._pin_timer = QTimer(self)
        self._pin_timer.setSingleShot(True)
        self._pin_timer.timeout.connect(self._pin_unlocked)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.aboutToQuit.connect(self.release)
        self.start_over(emit=False)

    # -- pages --

    def _page(self, step: str, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        if step:
            step_label = _label(page, "step", 20, bold=True)
            step_label.setText(step)
            layout.addWidget(step_label)
        heading = _label(page, "heading", 34, bold=True)
        heading.setText(title)
        layout.addWidget(heading)
        return page, layout

    def _build_start(self) -> QWidget:
        page, layout = self._page("", "Is your device under a safety recall?")
        # Landscape: the steps on the left, the picture of where the model number is on the right.
        self.start_box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.start_box.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(16)
        intro = _label(page, "intro", 24)
        intro.setText(
            "Check it yourself in a minute. Find the model number on the device, type it (or scan "
            "the barcode on the box), and answer a question or two."
        )
        left.addWidget(intro)
        self.begin_button = _button(page, "Type the model number", "beginButton", primary=True)
        self.begin_button.setMinimumHeight(96)
        self.begin_button.setFont(key_font(self.begin_button.font(), 28))
        self.begin_button.clicked.connect(self.go_model)
        left.addWidget(self.begin_button)
        where = _label(page, "whereHeading", 26, bold=True)
        where.setText("Step 1: where is the model number? Pick your kind of device:")
        left.addWidget(where)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.guide_buttons: list[QPushButton] = []
        for i, (text, words) in enumerate(GUIDES):
            button = _button(page, text, f"guide_{words.replace(' ', '_')}")
            button.clicked.connect(lambda _=False, w=words: self.show_guide(w))
            grid.addWidget(button, i // 2, i % 2)
            self.guide_buttons.append(button)
        left.addLayout(grid)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(16)
        self.guide_pictures = PictureStrip(page)
        self.guide_pictures.setObjectName("guidePictures")
        self.guide_pictures.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.guide_text = _label(page, "guideText", 24)
        self.guide_text.setAccessibleName("Where the model number is")
        guide_row = QHBoxLayout()
        self.guide_next = _button(page, "Show another", "guideAnother")
        self.guide_next.clicked.connect(self._next_guide)
        self.guide_go = _button(page, "I found it: type it", "guideGo", primary=True)
        self.guide_go.clicked.connect(self.go_model)
        guide_row.addWidget(self.guide_next)
        guide_row.addWidget(self.guide_go, 1)
        right.addWidget(self.guide_pictures, 1)
        right.addWidget(self.guide_text)
        right.addLayout(guide_row)
        self._guide_widgets: list[QWidget] = [
            self.guide_pictures,
            self.guide_text,
            self.guide_next,
            self.guide_go,
        ]
        self.start_box.addLayout(left, 2)
        self.start_box.addLayout(right, 3)
        layout.addLayout(self.start_box, 1)
        return page

    def _build_model(self) -> QWidget:
        page, layout = self._page("Step 2 of 4", "Type the model number")
        hint = _label(page, "modelHint", 22)
        hint.setText(
            "As printed after “Model” on the label, letters and digits. Or scan the barcode on the box."
        )
        layout.addWidget(hint)
        self.model_entry = _entry(page, "modelEntry", "Model number", "Model number")
        layout.addWidget(self.model_entry)
        self.model_message = _label(page, "modelMessage", 22, bold=True)
        self.model_message.setAccessibleName("Message")
        layout.addWidget(self.model_message)
        self.model_keypad = Keypad(self.model_entry, page, name="Model number keypad", ok_text="Check")
        self.model_keypad.submitted.connect(self.submit_model)
        layout.addWidget(self.model_keypad, 2)
        layout.addStretch(1)
        layout.addLayout(self._nav(page, "modelStartOver"))
        return page

    def _build_details(self) -> QWidget:
        page, layout = self._page("Step 3 of 4", "A few details")
        self.product_title = _label(page, "productTitle", 24, bold=True)
        layout.addWidget(self.product_title)
        self.details_box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.details_box.setSpacing(24)
        left = QVBoxLayout()
        self.details_pictures = PictureStrip(page)
        self.details_pictures.setObjectName("serialPictures")
        self.details_pictures.tabs.setFont(_font(self.details_pictures.tabs.font(), 20))
        self.details_pictures.setMinimumHeight(240)
        self.details_pictures.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.serial_where = _label(page, "serialWhere", 22)
        left.addWidget(self.details_pictures, 1)
        left.addWidget(self.serial_where)
        right = QVBoxLayout()
        right.setSpacing(12)
        self.question_label = _label(page, "questionText", 26, bold=True)
        self.question_grid = QGridLayout()
        self.question_grid.setSpacing(12)
        self.question_buttons: list[QPushButton] = []
        right.addWidget(self.question_label)
        right.addLayout(self.question_grid)
        self.serial_panel = QWidget(page)
        sp = QVBoxLayout(self.serial_panel)
        sp.setContentsMargins(0, 0, 0, 0)
        sp.setSpacing(12)
        self.serial_hint = _label(self.serial_panel, "serialHint", 22, bold=True)
        self.serial_entry = _entry(self.serial_panel, "serialEntry", "Serial number", "Serial number")
        self.serial_counter = _label(self.serial_panel, "serialCounter", 20)
        self.serial_counter.setAccessibleName("Serial length and feedback")
        self.serial_keypad = Keypad(
            self.serial_entry, self.serial_panel, name="Serial keypad", ok_text="Check"
        )
        self.serial_keypad.submitted.connect(self.submit_serial)
        self.no_serial_button = _button(self.serial_panel, "No serial number printed", "noSerial")
        self.no_serial_button.clicked.connect(self.submit_no_serial)
        sp.addWidget(self.serial_hint)
        sp.addWidget(self.serial_entry)
        sp.addWidget(self.serial_counter)
        sp.addWidget(self.serial_keypad)
        sp.addWidget(self.no_serial_button)
        right.addWidget(self.serial_panel)
        right.addStretch(1)
        self.details_box.addLayout(left, 1)
        self.details_box.addLayout(right, 1)
        layout.addLayout(self.details_box, 1)
        layout.addLayout(self._nav(page, "detailsStartOver", back=True))
        self.serial_entry.textChanged.connect(self._serial_edited)
        return page

    def _build_verdict(self) -> QWidget:
        page, layout = self._page("Step 4 of 4", "Your result")
        self.banner = KioskBanner(page)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.banner.icon.setFixedSize(96, 96)
        layout.addWidget(self.banner)
        self.slip_status = _label(page, "slipStatus", 24, bold=True)
        self.slip_status.setAccessibleName("Slip")
        layout.addWidget(self.slip_status)
        self.slip_view = QLabel(page)
        self.slip_view.setObjectName("slipView")
        self.slip_view.setAccessibleName("Your slip")
        self.slip_view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.slip_scroll = QScrollArea(page)
        self.slip_scroll.setWidget(self.slip_view)
        self.slip_scroll.setWidgetResizable(True)
        self.slip_scroll.setAccessibleName("Your slip")
        self.slip_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(
            self.slip_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        layout.addWidget(self.slip_scroll, 1)
        self._verdict_stretch = QWidget(page)
        layout.addWidget(self._verdict_stretch, 1)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.print_button = _button(page, "Print my slip", "printSlip", primary=True)
        self.print_button.clicked.connect(self.print_slip)
        self.again_button = _button(page, "Start over", "startOver")
        self.again_button.clicked.connect(lambda: self.start_over())  # not clicked(bool) as emit
        for b in (self.print_button, self.again_button):
            b.setMinimumHeight(96)
            b.setFont(key_font(b.font(), 26))
            row.addWidget(b, 1)
        layout.addLayout(row)
        return page

    def _build_pin(self) -> QWidget:
        page, layout = self._page("Staff only", "Enter the manager PIN to leave the kiosk")
        self.pin_entry = _entry(page, "pinEntry", "Manager PIN", "PIN")
        self.pin_entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_entry.setMaxLength(64)
        self.pin_message = _label(page, "pinMessage", 22, bold=True)
        self.pin_message.setAccessibleName("PIN message")
        self.pin_keypad = Keypad(
            self.pin_entry, page, rows=DIGIT_ROWS, name="PIN keypad", ok_text="Leave kiosk"
        )
        self.pin_keypad.submitted.connect(self.submit_pin)
        self.pin_keypad.setFixedWidth(600)
        layout.addWidget(self.pin_entry)
        layout.addWidget(self.pin_message)
        layout.addWidget(self.pin_keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        cancel = _button(page, "Cancel", "pinCancel")
        cancel.clicked.connect(lambda: self.start_over())  # not clicked(bool) as emit
        layout.addWidget(cancel)
        return page

    def _nav(self, page: QWidget, name: str, *, back: bool = False) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        if back:
            button = _button(page, "Back", name.replace("StartOver", "Back"))
            button.clicked.connect(self.go_model)
            row.addWidget(button, 1)
        again = _button(page, "Start over", name)
        again.clicked.connect(lambda: self.start_over())  # not clicked(bool) as emit
        row.addWidget(again, 1)
        return row

    # -- the steps --

    def start_over(self, emit: bool = True) -> None:
        """Back to the start, forgetting the last customer: entries, questions, verdict, slip."""
        self._query, self._serial, self._no_serial, self._answers = "", None, False, {}
        self._rule = None
        self.last_result = None
        self.last_log_id = None
        for entry in (self.model_entry, self.serial_entry, self.pin_entry):
            entry.setText("")  # setText, unlike clear(), leaves no undo history
        for label in (self.model_message, self.product_title, self.serial_where, self.serial_hint):
            label.setText("")
        self.serial_counter.setText("")
        self.pin_message.setText("")
        self._set_questions(None)
        _forget_pictures(self.details_pictures)
        self.banner.clear("")
        self.slip_status.setText("")
        self.slip_view.clear()
        self.slip_scroll.hide()
        self._verdict_stretch.show()
        self.print_button.setEnabled(False)
        self._show_guide(None)
        self.stack.setCurrentWidget(self.start_page)
        self.idle_timer.stop()
        if emit:
            self.reset.emit()

    def show_guide(self, words: str) -> None:
        """Step 1: the pictures of a kind of device with its model label marked."""
        products: list[Product] = []
        seen: set[tuple[str, str]] = set()
        for hit in self.catalog.search(words, limit=20):
            model = hit.matched or hit.models.split(", ")[0]
            for m in self.catalog.check(model, today=self._today).matches:
                key = (m.product.brand, m.product.name)
                if m.product.pictures and key not in seen:
                    seen.add(key)
                    products.append(m.product)
        self._guide_products = products
        self._guide_index = 0
        self._show_guide(products[0] if products else None, words)

    def _next_guide(self) -> None:
        if self._guide_products:
            self._guide_index = (self._guide_index + 1) % len(self._guide_products)
            self._show_guide(self._guide_products[self._guide_index])

    def _show_guide(self, product: Product | None, words: str = "") -> None:
        if product is None:
            _forget_pictures(self.guide_pictures)
            self.guide_text.setText(
                f"No pictures for {words} yet: look on the bottom or the back for “Model”." if words else ""
            )
            for w in self._guide_widgets:
                w.setVisible(bool(words) and w in (self.guide_text, self.guide_go))
            return
        label = product.model_label
        self.guide_pictures.set_pictures(product.pictures, label.view if label else None)
        if label is not None:
            printed = f" It reads “{label.text}”." if label.text else ""
            text = f"{product.brand} {product.name}: {label.where.rstrip('.')}.{printed}"
        else:
            text = f"{product.brand} {product.name}: the model number is printed near the marked labels."
        self.guide_text.setText(text)
        for w in self._guide_widgets:
            w.show()
        self.guide_next.setVisible(len(self._guide_products) > 1)

    def go_model(self) -> None:
        """Step 2: the model number on the keypad (keeping what was typed)."""
        self._answers, self._serial, self._no_serial = {}, None, False
        self.stack.setCurrentWidget(self.model_page)
        self.model_entry.setFocus()

    def submit_model(self) -> None:
        text = self.model_entry.text().strip()
        if not text:
            self.model_message.setText("Type the model number first, then press Check.")
            return
        self._query, self._serial, self._no_serial, self._answers = text, None, False, {}
        self.serial_entry.setText("")
        self._run()

    def submit_serial(self) -> None:
        text = self.serial_entry.text().strip()
        if not text:
            self.serial_counter.setText("Type the serial number first, then press Check.")
            return
        self._serial, self._no_serial = text, False
        self._run()

    def submit_no_serial(self) -> None:
        self._serial, self._no_serial = None, True
        self._run()

    def answer(self, key: str, value: str) -> None:
        if key == "model":
            self._query, self._answers = value, {}
            self.model_entry.setText(value)
        else:
            self._answers[key] = value
        self._run()

    def _run(self) -> None:
        result = self.catalog.check(
            self._query,
            serial=self._serial,
            no_serial=self._no_serial,
            answers=self._answers,
            today=self._today,
        )
        self.last_result = result
        self.last_log_id = None
        if result.outcome is not None:
            self.last_log_id = self.log.record(
                result,
                serial=self._serial if not self._no_serial else "(none printed)",
                answers=self._answers,
                station=STATION,
                clerk="",
            )
        if result.outcome is None:
            self.model_message.setText(result.problem or "That could not be read: try again.")
            self.stack.setCurrentWidget(self.model_page)
        elif result.outcome in (Outcome.NEED_SERIAL, Outcome.NEED_ANSWER) and self._asks(result):
            self._show_details(result)
        else:
            self._show_verdict(result)
        self.check_finished.emit(result)

    @staticmethod
    def _asks(result: CheckResult) -> bool:
        """Whether the details step can take what the result needs (a choice or the serial)."""
        if result.outcome == Outcome.NEED_SERIAL:
            return bool(result.matches)
        return any(q.choices for q in result.questions)

    def _show_details(self, result: CheckResult) -> None:
        match = self._primary(result)
        product = match.product if match else None
        asking = next((q for q in result.questions if q.choices), None)
        if match is not None:
            # While a question decides between variants, the product's name would answer it (", black").
            name = "" if asking is not None else f" {match.product.name},"
            self.product_title.setText(f"{match.product.brand}{name} model {match.model}")
        self._set_questions(asking)
        serial = asking is None
        self.serial_panel.setVisible(serial)
        spot = None
        if product is not None:
            spot = product.serial_label if serial else (product.model_label or product.serial_label)
            self.details_pictures.set_pictures(product.pictures, spot.view if spot else None)
        self.details_pictures.setVisible(bool(product and product.pictures))
        if serial and match is not None:
            rule_match = next((m for m in result.matches if m.product.serial_rule.decides_by_serial), match)
            self._rule = rule_match.product.serial_rule
            label = self._rule.label
            self.serial_hint.setText(f"Type the {label} as printed.")
            where = f"The {label} is here: {spot.where}." if spot else ""
            printed = f" It starts with “{spot.text}”." if spot and spot.text else ""
            self.serial_where.setText(where + printed)
            self._serial_edited()
        else:
            self.serial_where.setText("")
        self.stack.setCurrentWidget(self.details_page)
        if serial:
            self.serial_entry.setFocus()

    @staticmethod
    def _primary(result: CheckResult) -> Match | None:
        for m in result.matches:
            if m.outcome == result.outcome:
                return m
        return result.matches[0] if result.matches else None

    def _set_questions(self, question: object) -> None:
        from ..core.model import Question

        for button in self.question_buttons:
            self.question_grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.question_buttons = []
        if not isinstance(question, Question):
            self.question_label.setText("")
            self.question_label.hide()
            return
        self.question_label.setText(question.text)
        self.question_label.show()
        for i, choice in enumerate(question.choices):
            button = _button(self.details_page, choice.label, f"answer_{question.key}_{choice.value}")
            button.setAccessibleName(f"{question.text} {choice.label}")
            button.clicked.connect(lambda _=False, k=question.key, v=choice.value: self.answer(k, v))
            self.question_grid.addWidget(button, i // 2, i % 2)
            button.show()
            self.question_buttons.append(button)

    def _serial_edited(self) -> None:
        if self._rule is None:
            self.serial_counter.setText("")
            return
        counter, message = serial_feedback(self._rule, self.serial_entry.text())
        self.serial_counter.setText("  ".join(x for x in (counter, message) if x))

    def _show_verdict(self, result: CheckResult) -> None:
        self.banner.show_result(result)
        self.slip_status.setText("")
        self.slip_view.clear()
        self.slip_scroll.hide()
        self._verdict_stretch.show()
        self.print_button.setEnabled(self.last_log_id is not None and unprintable_reason(result) is None)
        self.stack.setCurrentWidget(self.verdict_page)

    # -- the customer's slip --

    def print_slip(self) -> str | None:
        """The slip of the last check: to the receipt printer when one is set up (returns
        "printed"), else drawn on screen ("shown"); None when there is none to make."""
        result, row = self.last_result, self.last_log_id
        if result is None or row is None or unprintable_reason(result) is not None:
            return None
        from .escpos_out import PRINTER_KINDS, EscposError, ReceiptPrinter, send_slip
        from .slip_render import PAPERS, SlipRenderError, render_raster

        when = datetime.now().astimezone()
        case = self.log.assign_case(row, when, station=STATION, clerk="")
        s = self.settings
        slip = make_slip(
            result,
            None,
            case=case,
            when=when,
            lang=s.slip_language,
            store=StoreInfo(s.store_name, s.store_address, s.store_phone),
            station=STATION,
            serial=self._serial,
            no_serial=self._no_serial,
            answers=self._answers,
        )
        paper = PAPERS[s.printer_paper]
        problem = ""
        if s.printer_kind in PRINTER_KINDS:
            try:
                send_slip(slip, paper, ReceiptPrinter(s.printer_kind, s.printer_target, s.printer_profile))
            except (EscposError, SlipRenderError) as exc:
                problem = (
                    f"The printer did not answer ({exc}). Here is your slip on screen: ask a member of staff."
                )
            else:
                self.log.add_slip_output(row, f"escpos:{paper.key}", station=STATION, clerk="")
                self.slip_status.setText(f"Your slip (case {case}) is printing: take it from the printer.")
                self.print_button.setEnabled(False)
                self.slip_done.emit("printed")
                return "printed"
        raster = render_raster(slip, paper)
        self.slip_scroll.show()
        self._verdict_stretch.hide()
        layout = self.verdict_page.layout()
        if layout is not None:
            layout.activate()  # the slip's room, now that it shows
        pixmap = QPixmap.fromImage(raster.image)
        room = self.slip_scroll.viewport().width() - 64  # and the scroll bar it will get
        if room > pixmap.width():  # larger where there is room (up to 1.5 times): read at arm's length
            width = min(room, int(pixmap.width() * 1.5))
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.slip_view.setPixmap(pixmap)
        self._verdict_stretch.hide()
        self.slip_status.setText(
            problem or f"Your slip, case {case}: show it to a member of staff or photograph it."
        )
        self.slip_done.emit("shown")
        return "shown"

    # -- leaving: the manager's PIN --

    def ask_pin(self) -> None:
        self.pin_entry.setText("")
        self.pin_message.setText("")
        if not self.settings.kiosk_exit_pin_hash:
            self.pin_message.setText(
                "No exit PIN is set: a manager sets one with “recall-desk kiosk set-pin”."
            )
        self._pin_unlocked()
        self.stack.setCurrentWidget(self.pin_page)
        self.pin_entry.setFocus()
        self.idle_timer.start()

    def pin_delay(self) -> float:
        """Seconds until another PIN may be tried (0 when it may now)."""
        return max(0.0, self._locked_until - time.monotonic())

    def submit_pin(self) -> bool:
        from ..catalog.clerks import verify_pin

        if self.stack.currentWidget() is not self.pin_page:
            return False
        wait = self.pin_delay()
        if wait > 0:
            self._refuse(f"Too many wrong PINs: try again in {wait:.0f} s.")
            return False
        pin, stored = self.pin_entry.text(), self.settings.kiosk_exit_pin_hash
        self.pin_entry.setText("")
        if stored and pin and verify_pin(stored, pin):
            self._failures = 0
            self.release()
            self.exited.emit()
            self.close()
            return True
        self._failures += 1
        message = "Wrong PIN." if stored else "No exit PIN is set: the kiosk cannot be left from here."
        if self._failures >= FREE_TRIES:
            delay = min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (self._failures - FREE_TRIES))
            self._locked_until = time.monotonic() + delay
            self.pin_keypad.ok.setEnabled(False)
            self._pin_timer.start(delay * 1000)
            message += f" Wait {delay} s before trying again."
        self._refuse(message)
        return False

    def _refuse(self, message: str) -> None:
        self.pin_message.setText(message)
        self.pin_refused.emit(message)

    def _pin_unlocked(self) -> None:
        if self.pin_delay() <= 0:
            self.pin_keypad.ok.setEnabled(True)
        else:
            self._pin_timer.start(int(self.pin_delay() * 1000) + 50)

    def release(self) -> None:
        """Let the window close (after the manager's PIN, or when the application quits)."""
        self._may_close = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle_timer.stop()

    # -- the lock-down, the idle timer, the layout --

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.isVisible():  # not yet shown, or left: the application is not the kiosk's
            return False
        kind = event.type()
        if kind in IDLE_EVENTS:
            self.idle_timer.start()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            return self._filter_key(event)
        return super().eventFilter(obj, event)

    def _filter_key(self, event: QKeyEvent) -> bool:
        """Swallow every shortcut, Esc and the function keys; the secret chord asks for the PIN; a
        scan on the start or the verdict page begins a new check with the model number."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        press = event.type() == QEvent.Type.KeyPress
        chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        if key == SECRET[0] and mods & chord == chord and mods & Qt.KeyboardModifier.ShiftModifier:
            if press:
                self.ask_pin()
            event.accept()
            return True
        blocked_mods = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if (
            mods & blocked_mods
            or key
            in (Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Menu, Qt.Key.Key_Help)
            or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35
        ):
            event.accept()  # a ShortcutOverride accepted here triggers no shortcut
            return True
        page = self.stack.currentWidget()
        if (
            press
            and page in (self.start_page, self.verdict_page)
            and event.text().isprintable()
            and event.text()
        ):
            # A scan (or typing) where nothing takes text: a new check of what is scanned.
            if page is self.verdict_page:
                self.start_over()  # the next customer: forget this one first
            self.go_model()
            self.model_keypad.type_text(event.text().upper())
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()  # Alt+F4, the window manager's close: only the manager's PIN leaves
            return
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.corner.setGeometry(QRect(self.width() - self.corner.width(), 0, 96, 96))
        self.corner.raise_()
        self._orient(self.size())

    def _orient(self, size: QSize) -> None:
        """Portrait screens get the details step's picture above the keypad, landscape beside it."""
        portrait = size.height() > size.width()
        direction = QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        self.details_box.setDirection(direction)
        self.start_box.setDirection(direction)
        self.start_box.setStretch(0, 0 if portrait else 2)  # portrait: the picture takes the spare height
        self.start_box.setStretch(1, 1 if portrait else 3)

    def set_idle_seconds(self, seconds: float) -> None:
        """Start over after ``seconds`` without input (counted from now when the timer runs)."""
        self.idle_timer.setInterval(max(1, int(seconds * 1000)))
        if self.idle_timer.isActive():
            self.idle_timer.start()

    def fit_to(self, size: QSize) -> None:
        """Lay out for a screen of ``size`` and take that size (the layout's minimum depends on it)."""
        self._orient(size)
        for layout in (
            self.start_page.layout(),
            self.details_page.layout(),
            self.stack.layout(),
            self.layout(),
        ):
            if layout is not None:
                layout.activate()  # the new direction's minimum size, before resizing
        self.resize(size)

    def start(self) -> None:
        """Fullscreen, on top, ready for the first customer."""
        screen = self.screen()
        if screen is not None:
            self._orient(screen.geometry().size())
        self.showFullScreen()  # on top by its window flag
        self.activateWindow()
