"""The self-service kiosk: customers check their own devices, step by step, on a touch screen.

Fullscreen and frameless, with large touch targets: (1) where the model number is (the device
pictures with the model label marked, per kind of product), (2) the model number on an on-screen
keypad (or a scan), (3) the questions and the serial number, with the picture of where the serial
label is, (4) the verdict, the customer's slip (to the receipt printer, or on screen when none is
set up) and "Start over".  Every check goes to the check log with the station "Kiosk".

In English, French and Spanish: the start page has a button per language, named in itself, that
switches the screens and the slip for this customer; starting over (by hand or when idle) returns to
the station's own language, the one active when the kiosk opened.  Every text is set again in
``retranslate_ui()`` when the language changes, on whatever page is showing.

Locked down: no menus, no way to the catalog, the log or the settings; Esc, Alt+F4, closing the
window and the shortcuts do nothing.  A manager leaves with the exit PIN (a salted scrypt hash in the
settings, ``kiosk/exit_pin_hash``), reached by five taps in the top right corner within 3 s or
Ctrl+Alt+Shift+K.  After ``kiosk/idle_seconds`` without a touch or a key it starts over and forgets
the last customer's entries; a notice counts down the last seconds before.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QMouseEvent, QPalette, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
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
from . import i18n
from .accessibility import AA_LARGE, AA_NORMAL, announce
from .i18n import Retranslating, engine_translate
from .keypad import DIGIT_ROWS, KEY_HEIGHT, Keypad, key_font
from .pictures import PictureStrip
from .product_view import serial_feedback
from .settings import AppSettings
from .verdict import VerdictBanner

if TYPE_CHECKING:
    from ..catalog.service import Catalog
    from ..core.model import Product, Question
    from ..core.verdict import CheckResult, Match

STATION = "Kiosk"
GUIDES: tuple[tuple[str, str], ...] = (
    (str(QT_TRANSLATE_NOOP("Kiosk", "Power bank")), "power bank"),
    (str(QT_TRANSLATE_NOOP("Kiosk", "Speaker")), "speaker"),
    (str(QT_TRANSLATE_NOOP("Kiosk", "Earbuds case")), "earphones"),
    (str(QT_TRANSLATE_NOOP("Kiosk", "Wireless charger")), "charger"),
)
"""The kinds of product a customer picks to see where the model number is: (button, search words).
The button's words are translated (context "Kiosk"); the search words are the catalog's."""
TAPS_TO_EXIT, TAP_WINDOW_S = 5, 3.0
FREE_TRIES, FIRST_DELAY_S, MAX_DELAY_S = 3, 5, 300
"""Wrong PINs: after three, each further try waits 5 s, then 10, 20… (at most 5 minutes)."""
IDLE_NOTICE_S = 10
"""The idle notice counts down the last 10 seconds (at most half the idle time) before starting over."""
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

# The kiosk's own colours, on a white page whatever the system's theme (the verdict banner keeps its
# own).  Every pair a person reads is in CONTRAST below and meets WCAG AA (a test checks them all).
PAGE, INK = "#FFFFFF", "#1B1B1B"
BUTTON, BUTTON_PRESSED, BUTTON_INK, BUTTON_EDGE = "#E8EEF9", "#C2D3F2", "#0B1F44", "#0B57D0"
PRIMARY, PRIMARY_PRESSED, PRIMARY_INK = "#0B57D0", "#08419C", "#FFFFFF"
DISABLED, DISABLED_INK, DISABLED_EDGE = "#EEEEEE", "#5F6368", "#80868B"
ENTRY, ENTRY_INK, PLACEHOLDER = "#FFFFFF", "#111111", "#5F6368"
NOTICE, NOTICE_INK = "#202124", "#FFFFFF"

CONTRAST: tuple[tuple[str, str, str, float], ...] = (
    ("page text", INK, PAGE, AA_NORMAL),
    ("button text", BUTTON_INK, BUTTON, AA_NORMAL),
    ("pressed button text", BUTTON_INK, BUTTON_PRESSED, AA_NORMAL),
    ("primary and chosen button text", PRIMARY_INK, PRIMARY, AA_NORMAL),
    ("pressed primary button text", PRIMARY_INK, PRIMARY_PRESSED, AA_NORMAL),
    ("disabled button text", DISABLED_INK, DISABLED, AA_NORMAL),
    ("typed text", ENTRY_INK, ENTRY, AA_NORMAL),
    ("placeholder text", PLACEHOLDER, ENTRY, AA_NORMAL),
    ("idle notice text", NOTICE_INK, NOTICE, AA_NORMAL),
    ("button edge on the page", BUTTON_EDGE, PAGE, AA_LARGE),
    ("disabled button edge on the page", DISABLED_EDGE, PAGE, AA_LARGE),
    ("entry edge on the page", BUTTON_EDGE, PAGE, AA_LARGE),
    ("button on the idle notice", BUTTON, NOTICE, AA_LARGE),
)
"""(what, foreground, background, the WCAG AA ratio it needs): text 4.5, a control's edge 3."""

STYLE = f"""
QPushButton {{ font-size: 22pt; font-weight: bold; min-height: 64px; padding: 6px 18px;
  border-radius: 12px; border: 2px solid {BUTTON_EDGE}; background: {BUTTON}; color: {BUTTON_INK}; }}
QPushButton:pressed {{ background: {BUTTON_PRESSED}; }}
QPushButton[primary="true"], QPushButton:checked {{ background: {PRIMARY}; color: {PRIMARY_INK}; }}
QPushButton[primary="true"]:pressed {{ background: {PRIMARY_PRESSED}; }}
QPushButton:disabled, QPushButton[primary="true"]:disabled {{ border-color: {DISABLED_EDGE};
  background: {DISABLED}; color: {DISABLED_INK}; }}
QTabBar::tab {{ font-size: 20pt; min-height: 64px; min-width: 160px; padding: 0 24px; margin-right: 12px;
  border-radius: 12px; border: 2px solid {BUTTON_EDGE}; background: {BUTTON}; color: {BUTTON_INK}; }}
QTabBar::tab:selected {{ background: {PRIMARY}; color: {PRIMARY_INK}; }}
QScrollBar:vertical {{ width: 40px; }}
QLineEdit {{ font-size: 34pt; font-family: monospace; min-height: 88px; padding: 0 16px;
  border: 3px solid {BUTTON_EDGE}; border-radius: 12px; background: {ENTRY}; color: {ENTRY_INK};
  placeholder-text-color: {PLACEHOLDER}; }}
QLabel[ink="page"] {{ color: {INK}; }}
QFrame#idleNotice {{ background: {NOTICE}; border-radius: 16px; }}
QFrame#idleNotice QLabel {{ color: {NOTICE_INK}; }}
"""


def _tr(text: str) -> str:
    """``text`` in the interface's language (context "Kiosk": the module's own strings)."""
    return QCoreApplication.translate("Kiosk", text)


def _font(base: QFont, points: int, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _label(parent: QWidget, name: str, points: int = 22, *, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # catalog text is data, never markup
    label.setProperty("ink", "page")  # the kiosk's text colour (STYLE), not the system theme's
    label.setWordWrap(True)
    label.setFont(_font(label.font(), points, bold=bold))
    return label


def _button(parent: QWidget, name: str, *, primary: bool = False) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumHeight(KEY_HEIGHT)
    button.setFont(key_font(button.font(), 22))
    if primary:
        button.setProperty("primary", True)
    return button


def _say(widget: QPushButton, text: str, description: str, name: str = "") -> None:
    """A button's words, and what a screen reader says of it (its name is its words unless given)."""
    widget.setText(text)
    widget.setAccessibleName(name or text)
    widget.setAccessibleDescription(description)


def _entry(parent: QWidget, name: str) -> QLineEdit:
    entry = QLineEdit(parent)
    entry.setObjectName(name)
    entry.setMaxLength(40)
    entry.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no undo, paste or select all
    entry.setFont(_font(entry.font(), 34, bold=True))
    entry.setMinimumHeight(88)
    return entry


def _mid_sentence(words: str) -> str:
    """The catalog's "On the back." to follow a colon: "on the back" (an acronym keeps its capitals)."""
    words = words.strip().rstrip(".")
    if len(words) > 1 and words[0].isupper() and words[1].islower():
        return words[0].lower() + words[1:]
    return words


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


class CornerTaps(Retranslating, QWidget):
    """An invisible square in a corner: five taps within 3 s emit ``unlock``."""

    unlock = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("exitCorner")
        self.setFixedSize(96, 96)
        self._taps: list[float] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Staff only"))
        self.setAccessibleDescription(self.tr("For the store's staff."))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t <= TAP_WINDOW_S] + [now]
        if len(self._taps) >= TAPS_TO_EXIT:
            self._taps = []
            self.unlock.emit()
        event.accept()


class KioskWindow(Retranslating, QWidget):
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
    idle_notice_shown = Signal()
    """Emitted when the idle notice starts counting down the last seconds."""

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
        self.setStyleSheet(STYLE)
        palette = self.palette()
        for role, colour in (
            (QPalette.ColorRole.Window, PAGE),
            (QPalette.ColorRole.WindowText, INK),
            (QPalette.ColorRole.Base, ENTRY),
            (QPalette.ColorRole.Text, ENTRY_INK),
            (QPalette.ColorRole.PlaceholderText, PLACEHOLDER),
        ):
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.catalog = catalog
        self.settings = settings
        self.log = CheckLog(catalog.engine, station=STATION)
        self.station_language = i18n.current_language()
        """The language the kiosk goes back to for each new customer."""
        self.customer_language: str | None = None
        """The language this customer chose on the start page (None: the station's)."""
        self._today = today
        self._may_close = False
        self._query = ""
        self._serial: str | None = None
        self._no_serial = False
        self._answers: dict[str, str] = {}
        self._rule: SerialRule | None = None
        self._question: Question | None = None
        self.last_result: CheckResult | None = None
        self.last_log_id: int | None = None
        self._guide_words = ""
        self._guide_products: list[Product] = []
        self._guide_index = 0
        self._failures = 0
        self._locked_until = 0.0
        self._live: dict[QLabel, Callable[[], str]] = {}
        """Labels whose text depends on the customer's progress: set again on a language change."""
        self.back_buttons: list[QPushButton] = []
        self.start_over_buttons: list[QPushButton] = []

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
        self._build_idle_notice()

        seconds = idle_seconds if idle_seconds is not None else settings.kiosk_idle_seconds
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(lambda: self.start_over())
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self._show_idle_notice)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick_idle_notice)
        self.set_idle_seconds(seconds)
        self._pin_timer = QTimer(self)
        self._pin_timer.setSingleShot(True)
        self._pin_timer.timeout.connect(self._pin_unlocked)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.aboutToQuit.connect(self.release)
        self.retranslate_ui()
        self.start_over(emit=False)

    # -- pages --

    def _page(self) -> tuple[QWidget, QVBoxLayout, QLabel, QLabel]:
        """A page with its step ("Step 2 of 4") and its heading."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        step_label = _label(page, "step", 20, bold=True)
        layout.addWidget(step_label)
        heading = _label(page, "heading", 34, bold=True)
        layout.addWidget(heading)
        return page, layout, step_label, heading

    def _build_start(self) -> QWidget:
        page, layout, step, self.start_heading = self._page()
        step.hide()  # the start is no step of its own
        # The languages first, each named in itself: a customer who reads none of the others finds theirs.
        languages = QHBoxLayout()
        languages.setSpacing(16)
        self.language_buttons: dict[str, QPushButton] = {}
        for lang, own_name in i18n.LANGUAGES.items():
            button = _button(page, f"language_{lang}")
            button.setText(own_name)
            button.setCheckable(True)
            button.setMinimumWidth(220)
            button.clicked.connect(lambda _=False, code=lang: self.choose_language(code))
            languages.addWidget(button)
            self.language_buttons[lang] = button
        languages.addStretch(1)
        layout.insertLayout(0, languages)
        # Landscape: the steps on the left, the picture of where the model number is on the right.
        self.start_box = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.start_box.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(16)
        self.intro = _label(page, "intro", 24)
        left.addWidget(self.intro)
        self.begin_button = _button(page, "beginButton", primary=True)
        self.begin_button.setMinimumHeight(96)
        self.begin_button.setFont(key_font(self.begin_button.font(), 28))
        self.begin_button.clicked.connect(self.go_model)
        left.addWidget(self.begin_button)
        self.where_heading = _label(page, "whereHeading", 26, bold=True)
        left.addWidget(self.where_heading)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.guide_buttons: list[QPushButton] = []
        for i, (_text, words) in enumerate(GUIDES):
            button = _button(page, f"guide_{words.replace(' ', '_')}")
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
        guide_row = QHBoxLayout()
        self.guide_next = _button(page, "guideAnother")
        self.guide_next.clicked.connect(self._next_guide)
        self.guide_go = _button(page, "guideGo", primary=True)
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
        page, layout, self.model_step, self.model_heading = self._page()
        self.model_hint = _label(page, "modelHint", 22)
        layout.addWidget(self.model_hint)
        self.model_entry = _entry(page, "modelEntry")
        layout.addWidget(self.model_entry)
        self.model_message = _label(page, "modelMessage", 22, bold=True)
        layout.addWidget(self.model_message)
        self.model_keypad = Keypad(self.model_entry, page)
        self.model_keypad.setObjectName("modelKeypad")
        self.model_keypad.submitted.connect(self.submit_model)
        layout.addWidget(self.model_keypad, 2)
        layout.addStretch(1)
        layout.addLayout(self._nav(page, "modelStartOver"))
        return page

    def _build_details(self) -> QWidget:
        page, layout, self.details_step, self.details_heading = self._page()
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
        self.serial_entry = _entry(self.serial_panel, "serialEntry")
        self.serial_counter = _label(self.serial_panel, "serialCounter", 20)
        self.serial_keypad = Keypad(self.serial_entry, self.serial_panel)
        self.serial_keypad.setObjectName("serialKeypad")
        self.serial_keypad.submitted.connect(self.submit_serial)
        self.no_serial_button = _button(self.serial_panel, "noSerial")
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
        page, layout, self.verdict_step, self.verdict_heading = self._page()
        self.banner = KioskBanner(page)
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.banner.icon.setFixedSize(96, 96)
        layout.addWidget(self.banner)
        self.slip_status = _label(page, "slipStatus", 24, bold=True)
        layout.addWidget(self.slip_status)
        self.slip_view = QLabel(page)
        self.slip_view.setObjectName("slipView")
        self.slip_view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.slip_scroll = QScrollArea(page)
        self.slip_scroll.setObjectName("slipScroll")
        self.slip_scroll.setWidget(self.slip_view)
        self.slip_scroll.setWidgetResizable(True)
        self.slip_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(
            self.slip_scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        layout.addWidget(self.slip_scroll, 1)
        self._verdict_stretch = QWidget(page)
        layout.addWidget(self._verdict_stretch, 1)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.print_button = _button(page, "printSlip", primary=True)
        self.print_button.clicked.connect(self.print_slip)
        self.again_button = _button(page, "startOver")
        self.again_button.clicked.connect(lambda: self.start_over())  # not clicked(bool) as emit
        for b in (self.print_button, self.again_button):
            b.setMinimumHeight(96)
            b.setFont(key_font(b.font(), 26))
            row.addWidget(b, 1)
        layout.addLayout(row)
        return page

    def _build_pin(self) -> QWidget:
        page, layout, self.pin_step, self.pin_heading = self._page()
        self.pin_entry = _entry(page, "pinEntry")
        self.pin_entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_entry.setMaxLength(64)
        self.pin_message = _label(page, "pinMessage", 22, bold=True)
        self.pin_keypad = Keypad(self.pin_entry, page, rows=DIGIT_ROWS)
        self.pin_keypad.setObjectName("pinKeypad")
        self.pin_keypad.submitted.connect(self.submit_pin)
        self.pin_keypad.setFixedWidth(720)
        layout.addWidget(self.pin_entry)
        layout.addWidget(self.pin_message)
        layout.addWidget(self.pin_keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.pin_cancel = _button(page, "pinCancel")
        self.pin_cancel.clicked.connect(lambda: self.start_over())  # not clicked(bool) as emit
        layout.addWidget(self.pin_cancel)
        return page

    def _nav(self, page: QWidget, name: str, *, back: bool = False) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(16)
        if back:
            button = _button(page, name.replace("StartOver", "Back"))
            button.clicked.connect(self.go_model)
            row.addWidget(button, 1)
            self.back_buttons.append(button)
        again = _button(page, name)
        again.clicked.connect(lambda: self.start_over())  # not clicked(bool) as emit
        row.addWidget(again, 1)
        self.start_over_buttons.append(again)
        return row

    def _build_idle_notice(self) -> None:
        """The "are you still there?" notice, over the page (hidden until the last seconds)."""
        self.idle_notice = QFrame(self)
        self.idle_notice.setObjectName("idleNotice")
        box = QVBoxLayout(self.idle_notice)
        box.setContentsMargins(32, 24, 32, 24)
        box.setSpacing(16)
        self.idle_text = _label(self.idle_notice, "idleText", 28, bold=True)
        self.idle_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_hint = _label(self.idle_notice, "idleHint", 22)
        self.idle_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idle_continue = _button(self.idle_notice, "idleContinue")
        self.idle_continue.setMinimumHeight(96)
        self.idle_continue.clicked.connect(self.idle_notice.hide)  # any touch keeps the customer's entries
        box.addWidget(self.idle_text)
        box.addWidget(self.idle_hint)
        box.addWidget(self.idle_continue)
        self.idle_notice.hide()

    # -- the words: every text the kiosk shows, in the interface's language --

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Recall Desk: check your device"))
        start_over = self.tr("Start over")
        start_over_description = self.tr("Forgets what you entered and goes back to the first screen.")
        check = self.tr("Check")
        # The start page.
        self.start_heading.setText(self.tr("Is your device under a safety recall?"))
        names = {"en": self.tr("English"), "fr": self.tr("French"), "es": self.tr("Spanish")}
        for lang, button in self.language_buttons.items():
            own, here = i18n.LANGUAGES[lang], names[lang]
            _say(
                button,
                own,
                self.tr("Shows these screens and prints your slip in {language}.").format(language=here),
                name=own if own.casefold() == here.casefold() else f"{own} ({here})",
            )
            button.setChecked(lang == i18n.current_language())
        self.intro.setText(
            self.tr(
                "Check it yourself in a minute. Find the model number on the device, type it (or scan "
                "the barcode on the box), and answer a question or two."
            )
        )
        _say(
            self.begin_button,
            self.tr("Type the model number"),
            self.tr("Opens a keypad to type the model number printed on your device."),
        )
        self.where_heading.setText(self.tr("Step 1: where is the model number? Pick your kind of device:"))
        for (text, _words), button in zip(GUIDES, self.guide_buttons, strict=True):
            _say(button, _tr(text), self.tr("Shows where the model number is on this kind of device."))
        self.guide_text.setAccessibleName(self.tr("Where the model number is"))
        _say(
            self.guide_next,
            self.tr("Show another"),
            self.tr("Shows another device of this kind."),
        )
        _say(
            self.guide_go,
            self.tr("I found it: type it"),
            self.tr("Opens a keypad to type the model number you found."),
        )
        # The model number.
        self.model_step.setText(self.tr("Step {step} of {steps}").format(step=2, steps=4))
        self.model_heading.setText(self.tr("Type the model number"))
        self.model_hint.setText(
            self.tr(
                "As printed after “Model” on the label, letters and digits. Or scan the barcode on the box."
            )
        )
        for entry, name, description in (
            (self.model_entry, self.tr("Model number"), self.tr("Type it with the keys below, or scan it.")),
            (self.serial_entry, self.tr("Serial number"), self.tr("Type it with the keys below.")),
            (self.pin_entry, self.tr("Manager PIN"), self.tr("For the store's staff: the PIN to leave.")),
        ):
            entry.setAccessibleName(name)
            entry.setAccessibleDescription(description)
        self.model_entry.setPlaceholderText(self.tr("Model number"))
        self.serial_entry.setPlaceholderText(self.tr("Serial number"))
        self.pin_entry.setPlaceholderText(self.tr("PIN"))
        self.model_message.setAccessibleName(self.tr("Message"))
        self.model_keypad.set_texts(
            name=self.tr("Model number keypad"),
            description=self.tr("Letters, digits and a dash: they type into the model number box."),
            ok=check,
            ok_description=self.tr("Checks this model number."),
        )
        for button in self.start_over_buttons:
            _say(button, start_over, start_over_description)
        for button in self.back_buttons:
            _say(button, self.tr("Back"), self.tr("Back to the model number."))
        # The details.
        self.details_step.setText(self.tr("Step {step} of {steps}").format(step=3, steps=4))
        self.details_heading.setText(self.tr("A few details"))
        self.product_title.setAccessibleName(self.tr("Your device"))
        self.serial_where.setAccessibleName(self.tr("Where the serial number is"))
        self.question_label.setAccessibleName(self.tr("Question"))
        self.serial_hint.setAccessibleName(self.tr("What to type"))
        self.serial_counter.setAccessibleName(self.tr("Serial length and feedback"))
        self.serial_keypad.set_texts(
            name=self.tr("Serial number keypad"),
            description=self.tr("Letters, digits and a dash: they type into the serial number box."),
            ok=check,
            ok_description=self.tr("Checks this serial number."),
        )
        _say(
            self.no_serial_button,
            self.tr("No serial number printed"),
            self.tr("Choose this when your device has no serial number on it."),
        )
        self._name_answers()
        # The verdict.
        self.verdict_step.setText(self.tr("Step {step} of {steps}").format(step=4, steps=4))
        self.verdict_heading.setText(self.tr("Your result"))
        self.slip_status.setAccessibleName(self.tr("Your slip"))
        for widget in (self.slip_view, self.slip_scroll):
            widget.setAccessibleName(self.tr("Your slip"))
            widget.setAccessibleDescription(
                self.tr("A picture of your slip: show it to a member of staff or photograph it.")
            )
        _say(
            self.print_button,
            self.tr("Print my slip"),
            self.tr("Prints a slip with your result and what to do next, to take home."),
        )
        _say(self.again_button, start_over, start_over_description)
        # Leaving: the manager's PIN.
        self.pin_step.setText(self.tr("Staff only"))
        self.pin_heading.setText(self.tr("Enter the manager PIN to leave the kiosk"))
        self.pin_message.setAccessibleName(self.tr("PIN message"))
        self.pin_keypad.set_texts(
            name=self.tr("PIN keypad"),
            description=self.tr("Digits: they type into the PIN box."),
            ok=self.tr("Leave kiosk"),
            ok_description=self.tr("Closes the kiosk when the PIN is right."),
        )
        _say(self.pin_cancel, self.tr("Cancel"), self.tr("Back to the first screen."))
        # The idle notice.
        self.idle_notice.setAccessibleName(self.tr("Are you still there?"))
        self.idle_hint.setText(self.tr("Touch the screen to continue."))
        _say(
            self.idle_continue,
            self.tr("I am still here"),
            self.tr("Keeps what you entered and goes on."),
        )
        # What depends on the customer's progress (the idle countdown among them).
        for label, render in self._live.items():
            label.setText(render())
        self._place_idle_notice()

    def _show(self, label: QLabel, text: Callable[[], str] | None, *, speak: bool = False) -> None:
        """Show ``text()`` in ``label`` now and again whenever the language changes (None: nothing).
        ``speak``: a screen reader says it too (a message the customer must not miss)."""
        self._live[label] = text or str
        label.setText(self._live[label]())
        if speak:
            announce(label, label.text())

    # -- the steps --

    def choose_language(self, lang: str) -> None:
        """The customer's language for the screens and the slip, until the kiosk starts over."""
        self.customer_language = lang
        if lang != i18n.current_language():
            i18n.set_language(lang)  # Qt sends every widget a LanguageChange: retranslate_ui()
        for code, button in self.language_buttons.items():
            button.setChecked(code == i18n.current_language())

    def slip_language(self) -> str:
        """The customer's language when they chose one, else the store's slip language (settings)."""
        return self.customer_language or self.settings.slip_language

    def start_over(self, emit: bool = True) -> None:
        """Back to the start, forgetting the last customer: entries, questions, verdict, slip, language."""
        self._query, self._serial, self._no_serial, self._answers = "", None, False, {}
        self._rule = None
        self.last_result = None
        self.last_log_id = None
        for entry in (self.model_entry, self.serial_entry, self.pin_entry):
            entry.setText("")  # setText, unlike clear(), leaves no undo history
        for label in (
            self.model_message,
            self.product_title,
            self.serial_where,
            self.serial_hint,
            self.serial_counter,
            self.pin_message,
            self.slip_status,
        ):
            self._show(label, None)
        self._set_questions(None)
        _forget_pictures(self.details_pictures)
        self.banner.clear("")
        self.slip_view.clear()
        self.slip_scroll.hide()
        self._verdict_stretch.show()
        self.print_button.setEnabled(False)
        self._show_guide(None)
        self.stack.setCurrentWidget(self.start_page)
        self.idle_timer.stop()
        self._notice_timer.stop()
        self._hide_idle_notice()
        if self.customer_language is not None:
            self.customer_language = None
            if i18n.current_language() != self.station_language:
                i18n.set_language(self.station_language)
            for code, button in self.language_buttons.items():
                button.setChecked(code == i18n.current_language())
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
        self._guide_words = words
        self._show_guide(products[0] if products else None, words)

    def _next_guide(self) -> None:
        if self._guide_products:
            self._guide_index = (self._guide_index + 1) % len(self._guide_products)
            self._show_guide(self._guide_products[self._guide_index])

    def _show_guide(self, product: Product | None, words: str = "") -> None:
        if product is None:
            _forget_pictures(self.guide_pictures)
            self._guide_words = words

            def none_yet() -> str:
                return self.tr(
                    "No pictures of this kind of device yet: look on the bottom or the back for “Model”."
                )

            self._show(self.guide_text, none_yet if words else None)
            for w in self._guide_widgets:
                w.setVisible(bool(words) and w in (self.guide_text, self.guide_go))
            return
        label = product.model_label
        self.guide_pictures.set_pictures(product.pictures, label.view if label else None)
        name = f"{product.brand} {product.name}"

        def text() -> str:
            if label is None:
                return self.tr("{product}: the model number is printed near the marked labels.").format(
                    product=name
                )
            where = self.tr("{product}. The model number is here: {where}.").format(
                product=name, where=_mid_sentence(label.where)
            )
            if label.text:
                where += " " + self.tr("The label reads “{text}”.").format(text=label.text)
            return where

        self._show(self.guide_text, text)
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
            self._show(
                self.model_message,
                lambda: self.tr("Type the model number first, then press {key}.").format(
                    key=self.tr("Check")
                ),
                speak=True,
            )
            return
        self._query, self._serial, self._no_serial, self._answers = text, None, False, {}
        self.serial_entry.setText("")
        self._run()

    def submit_serial(self) -> None:
        text = self.serial_entry.text().strip()
        if not text:
            self._show(
                self.serial_counter,
                lambda: self.tr("Type the serial number first, then press {key}.").format(
                    key=self.tr("Check")
                ),
                speak=True,
            )
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
            self._show(
                self.model_message,
                lambda: self.tr("That could not be read: check what you typed and try again."),
                speak=True,
            )
            self.stack.setCurrentWidget(self.model_page)
        elif result.outcome in (Outcome.NEED_SERIAL, Outcome.NEED_ANSWER) and self._asks(result):
            self._show(self.model_message, None)
            self._show_details(result)
        else:
            self._show(self.model_message, None)
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
            device = (
                match.product.brand if asking is not None else f"{match.product.brand} {match.product.name}"
            )
            model = match.model
            self._show(
                self.product_title,
                lambda: self.tr("{device}, model {model}").format(device=device, model=model),
            )
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
            generic = label == SerialRule().label

            def hint() -> str:
                if generic:
                    return self.tr("Type the serial number exactly as printed.")
                return self.tr("Type the “{label}” exactly as printed.").format(label=label)

            self._show(self.serial_hint, hint)
            where = _mid_sentence(spot.where) if spot else ""
            printed = spot.text if spot else None

            def place() -> str:
                if not where:
                    return ""
                text = self.tr("Where to find it: {where}.").format(where=where)
                if printed:
                    text += " " + self.tr("Look for “{text}”.").format(text=printed)
                return text

            self._show(self.serial_where, place)
            self._serial_edited()
        else:
            self._show(self.serial_where, None)
        self.stack.setCurrentWidget(self.details_page)
        if serial:
            self.serial_entry.setFocus()

    @staticmethod
    def _primary(result: CheckResult) -> Match | None:
        for m in result.matches:
            if m.outcome == result.outcome:
                return m
        return result.matches[0] if result.matches else None

    def _set_questions(self, question: Question | None) -> None:
        for button in self.question_buttons:
            self.question_grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.question_buttons = []
        self._question = question
        if question is None:
            self.question_label.setText("")
            self.question_label.hide()
            return
        self.question_label.setText(question.text)  # the catalog's words
        self.question_label.show()
        for i, choice in enumerate(question.choices):
            button = _button(self.details_page, f"answer_{question.key}_{choice.value}")
            button.setText(choice.label)
            button.clicked.connect(lambda _=False, k=question.key, v=choice.value: self.answer(k, v))
            self.question_grid.addWidget(button, i // 2, i % 2)
            button.show()
            self.question_buttons.append(button)
        self._name_answers()

    def _name_answers(self) -> None:
        question = self._question
        if question is None:
            return
        for choice, button in zip(question.choices, self.question_buttons, strict=True):
            button.setAccessibleName(self.tr("Answer: {answer}").format(answer=choice.label))
            button.setAccessibleDescription(
                self.tr("Your answer to the question “{question}”").format(question=question.text)
            )

    def _serial_edited(self) -> None:
        rule = self._rule
        if rule is None:
            self._show(self.serial_counter, None)
            return

        def feedback() -> str:
            counter, message = serial_feedback(rule, self.serial_entry.text())
            return "  ".join(x for x in (counter, message) if x)

        self._show(self.serial_counter, feedback)

    def _show_verdict(self, result: CheckResult) -> None:
        self.banner.show_result(result)  # the banner has screen readers say the verdict
        self._show(self.slip_status, None)
        self.slip_view.clear()
        self.slip_scroll.hide()
        self._verdict_stretch.show()
        self.print_button.setEnabled(self.last_log_id is not None and unprintable_reason(result) is None)
        self.stack.setCurrentWidget(self.verdict_page)

    # -- the customer's slip --

    def print_slip(self) -> str | None:
        """The slip of the last check, in the customer's language: to the receipt printer when one is
        set up (returns "printed"), else drawn on screen ("shown"); None when there is none to make."""
        result, row = self.last_result, self.last_log_id
        if result is None or row is None or unprintable_reason(result) is not None:
            return None
        from .escpos_out import PRINTER_KINDS, EscposError, ReceiptPrinter, send_slip
        from .slip_render import PAPERS, SlipRenderError, render_raster

        when = datetime.now().astimezone()
        case = self.log.assign_case(row, when, station=STATION, clerk="")
        s = self.settings
        lang = self.slip_language()
        slip = make_slip(
            result,
            None,
            case=case,
            when=when,
            lang=lang,
            translate=engine_translate(lang),
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
                problem = str(exc)
            else:
                self.log.add_slip_output(row, f"escpos:{paper.key}", station=STATION, clerk="")
                self._show(
                    self.slip_status,
                    lambda: self.tr("Your slip (case {case}) is printing: take it from the printer.").format(
                        case=case
                    ),
                    speak=True,
                )
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

        def status() -> str:
            if problem:
                return self.tr(
                    "The printer did not answer ({problem}). Here is your slip on screen: "
                    "ask a member of staff."
                ).format(problem=problem)
            return self.tr("Your slip, case {case}: show it to a member of staff or photograph it.").format(
                case=case
            )

        self._show(self.slip_status, status, speak=True)
        self.slip_done.emit("shown")
        return "shown"

    # -- leaving: the manager's PIN --

    def ask_pin(self) -> None:
        self.pin_entry.setText("")
        self._show(self.pin_message, None)
        if not self.settings.kiosk_exit_pin_hash:
            self._show(
                self.pin_message,
                lambda: self.tr("No exit PIN is set: a manager sets one with “recall-desk kiosk set-pin”."),
            )
        self._pin_unlocked()
        self.stack.setCurrentWidget(self.pin_page)
        self.pin_entry.setFocus()
        self._restart_idle()

    def pin_delay(self) -> float:
        """Seconds until another PIN may be tried (0 when it may now)."""
        return max(0.0, self._locked_until - time.monotonic())

    def submit_pin(self) -> bool:
        from ..catalog.clerks import verify_pin

        if self.stack.currentWidget() is not self.pin_page:
            return False
        wait = self.pin_delay()
        if wait > 0:
            seconds = math.ceil(wait)
            self._refuse(lambda: self.tr("Too many wrong PINs: try again in %n s.", "", seconds))
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
        delay = 0
        if self._failures >= FREE_TRIES:
            delay = min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (self._failures - FREE_TRIES))
            self._locked_until = time.monotonic() + delay
            self.pin_keypad.ok.setEnabled(False)
            self._pin_timer.start(delay * 1000)

        def message() -> str:
            text = (
                self.tr("Wrong PIN.")
                if stored
                else self.tr("No exit PIN is set: the kiosk cannot be left from here.")
            )
            if delay:
                text += " " + self.tr("Wait %n s before trying again.", "", delay)
            return text

        self._refuse(message)
        return False

    def _refuse(self, message: Callable[[], str]) -> None:
        self._show(self.pin_message, message, speak=True)
        self.pin_refused.emit(self.pin_message.text())

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
        self._notice_timer.stop()
        self._hide_idle_notice()

    # -- the idle timer and its notice --

    def set_idle_seconds(self, seconds: float) -> None:
        """Start over after ``seconds`` without input (counted from now when the timer runs)."""
        total = max(1, int(seconds * 1000))
        self.idle_timer.setInterval(total)
        self._notice_timer.setInterval(total - min(IDLE_NOTICE_S * 1000, total // 2))
        if self.idle_timer.isActive():
            self._restart_idle()

    def _restart_idle(self) -> None:
        """A touch or a key: the customer is there; the idle time counts from now."""
        self.idle_timer.start()
        self._notice_timer.start()
        if self.idle_notice.isVisible():
            self._hide_idle_notice()

    def _nothing_to_forget(self) -> bool:
        return (
            self.stack.currentWidget() is self.start_page
            and self.customer_language is None
            and not self._guide_words
            and not self.model_entry.text()
        )

    def _show_idle_notice(self) -> None:
        if self._nothing_to_forget() or not self.idle_timer.isActive():
            return
        self._show(self.idle_text, self._idle_words)
        self._place_idle_notice()
        self.idle_notice.show()
        self.idle_notice.raise_()
        self.corner.raise_()
        self._countdown.start()
        announce(self.idle_notice, f"{self.idle_text.text()} {self.idle_hint.text()}", assertive=True)
        self.idle_notice_shown.emit()

    def _idle_words(self) -> str:
        seconds = max(1, math.ceil(self.idle_timer.remainingTime() / 1000))
        return self.tr("Are you still there? Starting over in %n s.", "", seconds)

    def _tick_idle_notice(self) -> None:
        if self.idle_notice.isVisible():
            self.idle_text.setText(self._idle_words())

    def _hide_idle_notice(self) -> None:
        self._countdown.stop()
        self.idle_notice.hide()
        self._live.pop(self.idle_text, None)

    def _place_idle_notice(self) -> None:
        """Across the middle of the screen, as tall as its words need."""
        width = max(200, self.width() - 128)
        layout = self.idle_notice.layout()
        height = layout.totalHeightForWidth(width) if layout is not None else -1
        height = max(height, self.idle_notice.sizeHint().height())
        self.idle_notice.setGeometry(QRect(64, max(0, (self.height() - height) // 2), width, height))

    # -- the lock-down, the layout --

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.isVisible():  # not yet shown, or left: the application is not the kiosk's
            return False
        kind = event.type()
        if kind in IDLE_EVENTS:
            self._restart_idle()
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
        self._place_idle_notice()
        self._orient(self.size())

    def _orient(self, size: QSize) -> None:
        """Portrait screens get the details step's picture above the keypad, landscape beside it."""
        portrait = size.height() > size.width()
        direction = QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        self.details_box.setDirection(direction)
        self.start_box.setDirection(direction)
        self.start_box.setStretch(0, 0 if portrait else 2)  # portrait: the picture takes the spare height
        self.start_box.setStretch(1, 1 if portrait else 3)

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
            self.fit_to(screen.geometry().size())
            self.move(screen.geometry().topLeft())  # the whole screen even where no window manager runs
        self.showFullScreen()  # on top by its window flag
        self.activateWindow()
