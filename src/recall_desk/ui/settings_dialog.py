"""File → Settings: station name, appearance, the store and its slips, the receipt printer, and the
scanner test."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.scantest import SCAN_TEST_CODE, diagnose
from .barcode import code128_image
from .settings import KIOSK_IDLE_MAX, KIOSK_IDLE_MIN, AppSettings, apply_theme

if TYPE_CHECKING:
    from ..catalog.clerks import Clerks
    from .signin import FirstManagerBox

PAPER_LABELS = (
    ("letter", "Letter"),
    ("a4", "A4"),
    ("80mm", "80 mm receipt"),
    ("58mm", "58 mm receipt"),
)
LANGUAGE_LABELS = (("en", "English"), ("fr", "Français"), ("es", "Español"))
PRINTER_KIND_LABELS = (
    ("none", "None"),
    ("network", "Network (raw port 9100)"),
    ("usb", "USB"),
    ("serial", "Serial port"),
    ("file", "File or device file"),
)
TARGET_HINTS = {
    "none": "",
    "network": "host or host:port, e.g. 192.168.1.50",
    "usb": "vendor:product in hex, e.g. 04b8:0202",
    "serial": "device[@baud], e.g. /dev/ttyUSB0@9600",
    "file": "a path, e.g. /dev/usb/lp0",
}


def _combo(parent: QWidget, name: str, items: tuple[tuple[str, str], ...], current: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for value, label in items:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class SettingsDialog(QDialog):
    manager_created = Signal(object)
    """Emitted with the first manager (a Clerk) when one is created here."""

    def __init__(
        self, settings: AppSettings, parent: QWidget | None = None, *, clerks: Clerks | None = None
    ) -> None:
        """``clerks``: the station's clerks; while there is none, the dialog offers to create the
        first manager."""
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.station = QLineEdit(settings.station, self)
        self.station.setAccessibleName("Station name")
        self.station.setMaxLength(100)
        self.theme = QComboBox(self)
        self.theme.setAccessibleName("Appearance")
        for value, label in (("system", "As the system"), ("light", "Light"), ("dark", "Dark")):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        form = QFormLayout()
        form.addRow("Station name (printed on slips, kept in the log):", self.station)
        form.addRow("Appearance:", self.theme)

        store = QGroupBox("Store and slips", self)
        store.setAccessibleName("Store and slips")
        self.store_name = QLineEdit(settings.store_name, store)
        self.store_name.setAccessibleName("Store name")
        self.store_name.setMaxLength(120)
        self.store_address = QPlainTextEdit(store)
        self.store_address.setPlainText(settings.store_address)
        self.store_address.setAccessibleName("Store address")
        self.store_address.setTabChangesFocus(True)
        self.store_address.setFixedHeight(self.store_address.fontMetrics().lineSpacing() * 4 + 12)
        self.store_phone = QLineEdit(settings.store_phone, store)
        self.store_phone.setAccessibleName("Store phone")
        self.store_phone.setMaxLength(60)
        self.slip_paper = _combo(store, "Default slip paper", PAPER_LABELS, settings.slip_paper)
        self.slip_language = _combo(store, "Default slip language", LANGUAGE_LABELS, settings.slip_language)
        sf = QFormLayout(store)
        sf.addRow("Store name:", self.store_name)
        sf.addRow("Address:", self.store_address)
        sf.addRow("Phone:", self.store_phone)
        sf.addRow("Slip paper:", self.slip_paper)
        sf.addRow("Slip language:", self.slip_language)

        printer = QGroupBox("Receipt printer (ESC/POS)", self)
        printer.setAccessibleName("Receipt printer")
        self.printer_kind = _combo(
            printer, "Receipt printer connection", PRINTER_KIND_LABELS, settings.printer_kind
        )
        self.printer_target = QLineEdit(settings.printer_target, printer)
        self.printer_target.setAccessibleName("Receipt printer address")
        self.printer_profile = QComboBox(printer)
        self.printer_profile.setAccessibleName("Receipt printer profile")
        self.printer_profile.setEditable(False)
        self.printer_profile.addItem(settings.printer_profile)
        self._profiles_loaded = False
        self.printer_paper = _combo(
            printer, "Receipt printer paper", (("80mm", "80 mm"), ("58mm", "58 mm")), settings.printer_paper
        )
        pf = QFormLayout(printer)
        pf.addRow("Connection:", self.printer_kind)
        pf.addRow("Address:", self.printer_target)
        pf.addRow("Profile:", self.printer_profile)
        pf.addRow("Paper:", self.printer_paper)
        self.printer_kind.currentIndexChanged.connect(self._printer_kind_changed)
        self._printer_kind_changed()
        self.load_profiles()

        test = QGroupBox("Scanner test", self)
        test.setAccessibleName("Scanner test")
        barcode = QLabel(test)
        barcode.setPixmap(QPixmap.fromImage(code128_image(SCAN_TEST_CODE, scale=3)))
        barcode.setAlignment(Qt.AlignmentFlag.AlignCenter)
        barcode.setAccessibleName(f"Test barcode {SCAN_TEST_CODE}")
        self.scan_input = QLineEdit(test)
        self.scan_input.setAccessibleName("Scan the test barcode here")
        self.scan_input.setPlaceholderText("Click here, then scan the barcode above")
        self.scan_result = QLabel(test)
        self.scan_result.setWordWrap(True)
        self.scan_result.setTextFormat(Qt.TextFormat.PlainText)
        self.scan_result.setAccessibleName("Scanner test result")
        tl = QVBoxLayout(test)
        tl.addWidget(QLabel(f"Scan this code ({SCAN_TEST_CODE}) with the counter's scanner:", test))
        tl.addWidget(barcode)
        tl.addWidget(self.scan_input)
        tl.addWidget(self.scan_result)
        self.scan_input.returnPressed.connect(self.run_scan_test)

        kiosk = QGroupBox("Self-service kiosk", self)
        kiosk.setAccessibleName("Self-service kiosk")
        self.kiosk_enabled = QCheckBox("Start Recall Desk as the customers' kiosk", kiosk)
        self.kiosk_enabled.setAccessibleName("Start as the customers' kiosk")
        self.kiosk_enabled.setChecked(settings.kiosk_enabled)
        self.kiosk_idle = QSpinBox(kiosk)
        self.kiosk_idle.setAccessibleName("Kiosk idle seconds before starting over")
        self.kiosk_idle.setRange(KIOSK_IDLE_MIN, KIOSK_IDLE_MAX)
        self.kiosk_idle.setSuffix(" s")
        self.kiosk_idle.setValue(settings.kiosk_idle_seconds)
        self.kiosk_pin = QLineEdit(kiosk)
        self.kiosk_pin_again = QLineEdit(kiosk)
        for field, name in (
            (self.kiosk_pin, "New kiosk exit PIN"),
            (self.kiosk_pin_again, "Kiosk exit PIN again"),
        ):
            field.setAccessibleName(name)
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(64)
        has_pin = bool(settings.kiosk_exit_pin_hash)
        self.kiosk_pin.setPlaceholderText(
            "set: leave empty to keep" if has_pin else "not set: 4 or more digits"
        )
        self.kiosk_message = QLabel(kiosk)
        self.kiosk_message.setTextFormat(Qt.TextFormat.PlainText)
        self.kiosk_message.setAccessibleName("Kiosk PIN message")
        kf = QFormLayout(kiosk)
        kf.addRow(self.kiosk_enabled)
        kf.addRow("Start over after idle:", self.kiosk_idle)
        kf.addRow("Manager's exit PIN:", self.kiosk_pin)
        kf.addRow("Exit PIN again:", self.kiosk_pin_again)
        kf.addRow(self.kiosk_message)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for role in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
            button = buttons.button(role)  # Enter after a scan must not close the dialog
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(store)
        layout.addWidget(printer)
        layout.addWidget(test)
        layout.addWidget(kiosk)
        self.first_manager: FirstManagerBox | None = None
        if clerks is not None and not clerks.exist():
            from .signin import FirstManagerBox

            self.first_manager = FirstManagerBox(clerks, self)
            self.first_manager.created.connect(self.manager_created)
            layout.addWidget(self.first_manager)
        layout.addWidget(buttons)

    def load_profiles(self) -> None:
        """The printer profiles python-escpos knows (its printer database)."""
        if self._profiles_loaded:
            return
        from .escpos_out import profile_names

        current = self.printer_profile.currentText() or "default"
        self.printer_profile.clear()
        names = profile_names()
        if current not in names:
            names.append(current)
        self.printer_profile.addItems(names)
        self.printer_profile.setCurrentIndex(max(0, self.printer_profile.findText(current)))
        self._profiles_loaded = True

    def _printer_kind_changed(self) -> None:
        kind = str(self.printer_kind.currentData())
        self.printer_target.setPlaceholderText(TARGET_HINTS.get(kind, ""))
        for widget in (self.printer_target, self.printer_profile, self.printer_paper):
            widget.setEnabled(kind != "none")

    def run_scan_test(self) -> None:
        ok, advice = diagnose(self.scan_input.text())
        self.scan_result.setText(("✔ " if ok else "✘ ") + advice)
        self.scan_input.selectAll()

    def kiosk_pin_problem(self) -> str | None:
        """Why the new kiosk exit PIN cannot be taken (None when it can, or none was typed)."""
        from ..catalog.clerks import PIN_MAX, PIN_MIN

        pin, again = self.kiosk_pin.text(), self.kiosk_pin_again.text()
        if not pin and not again:
            return None
        if pin != again:
            return "The two exit PINs differ."
        if not (PIN_MIN <= len(pin) <= PIN_MAX and pin.isdigit()):
            return f"The exit PIN must be {PIN_MIN} to {PIN_MAX} digits (the kiosk's keypad has digits only)."
        return None

    def accept(self) -> None:
        problem = self.kiosk_pin_problem()
        if problem:
            self.kiosk_message.setText(problem)
            self.kiosk_pin.setFocus()
            return
        if self.kiosk_pin.text():
            from ..catalog.clerks import hash_pin

            self.settings.kiosk_exit_pin_hash = hash_pin(self.kiosk_pin.text())
        self.settings.kiosk_enabled = self.kiosk_enabled.isChecked()
        self.settings.kiosk_idle_seconds = self.kiosk_idle.value()
        self.settings.station = self.station.text()
        self.settings.theme = str(self.theme.currentData())
        self.settings.store_name = self.store_name.text()
        self.settings.store_address = self.store_address.toPlainText()
        self.settings.store_phone = self.store_phone.text()
        self.settings.slip_paper = str(self.slip_paper.currentData())
        self.settings.slip_language = str(self.slip_language.currentData())
        self.settings.printer_kind = str(self.printer_kind.currentData())
        self.settings.printer_target = self.printer_target.text()
        self.settings.printer_profile = self.printer_profile.currentText()
        self.settings.printer_paper = str(self.printer_paper.currentData())
        apply_theme(self.settings.theme)
        super().accept()
