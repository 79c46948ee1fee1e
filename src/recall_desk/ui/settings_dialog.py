"""File → Settings: station name, the interface's language and appearance, the store and its slips, the
receipt printer, the scanner test and the kiosk, one tab each (so the dialog fits a 1024x768 screen in
every language)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.scantest import SCAN_TEST_CODE, diagnose
from . import i18n
from .accessibility import set_accessible
from .barcode import code128_image
from .settings import (
    KIOSK_IDLE_MAX,
    KIOSK_IDLE_MIN,
    SLIP_LANGS,
    UI_LANGUAGES,
    AppSettings,
    apply_theme,
    language_name,
)

if TYPE_CHECKING:
    from ..catalog.clerks import Clerks
    from .signin import FirstManagerBox

PAPERS = ("letter", "a4", "80mm", "58mm")
PRINTER_KINDS = ("none", "network", "usb", "serial", "file")
TARGET_HINTS = {
    "none": "",
    "network": "192.168.1.50",
    "usb": "04b8:0202",
    "serial": "/dev/ttyUSB0@9600",
    "file": "/dev/usb/lp0",
}
"""An example address for each kind of receipt printer connection (shown in the address field)."""


def _combo(parent: QWidget, values: tuple[str, ...], current: str) -> QComboBox:
    """A choice of ``values`` (each item's data); the words are set by retranslate_ui."""
    combo = QComboBox(parent)
    for value in values:
        combo.addItem(value, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _form(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class SettingsDialog(i18n.Retranslating, QDialog):
    manager_created = Signal(object)
    """Emitted with the first manager (a Clerk) when one is created here."""

    def __init__(
        self, settings: AppSettings, parent: QWidget | None = None, *, clerks: Clerks | None = None
    ) -> None:
        """``clerks``: the station's clerks; while there is none, the dialog offers to create the
        first manager."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self._labels: dict[QWidget, QLabel] = {}
        """Each form row's label, by the field it names (its words are set by retranslate_ui)."""
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")

        # -- the counter --
        counter = QWidget(self.tabs)
        self.station = QLineEdit(settings.station, counter)
        self.station.setMaxLength(100)
        self.language = _combo(counter, UI_LANGUAGES, settings.language)
        self.theme = _combo(counter, ("system", "light", "dark"), settings.theme)
        cf = _form(counter)
        self._row(cf, self.station)
        self._row(cf, self.language)
        self._row(cf, self.theme)
        self.counter_tab = counter

        # -- the store and its slips --
        store = QWidget(self.tabs)
        self.store_name = QLineEdit(settings.store_name, store)
        self.store_name.setMaxLength(120)
        self.store_address = QPlainTextEdit(store)
        self.store_address.setPlainText(settings.store_address)
        self.store_address.setTabChangesFocus(True)
        self.store_address.setFixedHeight(self.store_address.fontMetrics().lineSpacing() * 4 + 12)
        self.store_phone = QLineEdit(settings.store_phone, store)
        self.store_phone.setMaxLength(60)
        self.slip_paper = _combo(store, PAPERS, settings.slip_paper)
        self.slip_language = _combo(store, SLIP_LANGS, settings.slip_language)
        sf = _form(store)
        self._row(sf, self.store_name)
        self._row(sf, self.store_address)
        self._row(sf, self.store_phone)
        self._row(sf, self.slip_paper)
        self._row(sf, self.slip_language)
        self.store_tab = store

        # -- the receipt printer --
        printer = QWidget(self.tabs)
        self.printer_kind = _combo(printer, PRINTER_KINDS, settings.printer_kind)
        self.printer_target = QLineEdit(settings.printer_target, printer)
        self.printer_profile = QComboBox(printer)
        self.printer_profile.setEditable(False)
        self.printer_profile.addItem(settings.printer_profile, settings.printer_profile)
        self._profiles_loaded = False
        self.printer_paper = _combo(printer, ("80mm", "58mm"), settings.printer_paper)
        pf = _form(printer)
        self._row(pf, self.printer_kind)
        self._row(pf, self.printer_target)
        self._row(pf, self.printer_profile)
        self._row(pf, self.printer_paper)
        self.printer_kind.currentIndexChanged.connect(self._printer_kind_changed)
        self._printer_kind_changed()
        self.load_profiles()
        self.printer_tab = printer

        # -- the scanner test --
        test = QWidget(self.tabs)
        self.scan_intro = QLabel(test)
        self.scan_intro.setWordWrap(True)
        self.scan_intro.setTextFormat(Qt.TextFormat.PlainText)
        self.scan_barcode = QLabel(test)
        self.scan_barcode.setPixmap(QPixmap.fromImage(code128_image(SCAN_TEST_CODE, scale=3)))
        self.scan_barcode.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scan_input = QLineEdit(test)
        self.scan_result = QLabel(test)
        self.scan_result.setWordWrap(True)
        self.scan_result.setTextFormat(Qt.TextFormat.PlainText)
        tl = QVBoxLayout(test)
        tl.addWidget(self.scan_intro)
        tl.addWidget(self.scan_barcode)
        tl.addWidget(self.scan_input)
        tl.addWidget(self.scan_result)
        tl.addStretch(1)
        self.scan_input.returnPressed.connect(self.run_scan_test)
        self.scanner_tab = test

        # -- the self-service kiosk --
        kiosk = QWidget(self.tabs)
        self.kiosk_enabled = QCheckBox(kiosk)
        self.kiosk_enabled.setChecked(settings.kiosk_enabled)
        self.kiosk_idle = QSpinBox(kiosk)
        self.kiosk_idle.setRange(KIOSK_IDLE_MIN, KIOSK_IDLE_MAX)
        self.kiosk_idle.setValue(settings.kiosk_idle_seconds)
        self.kiosk_pin = QLineEdit(kiosk)
        self.kiosk_pin_again = QLineEdit(kiosk)
        for field in (self.kiosk_pin, self.kiosk_pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(64)
        self._has_pin = bool(settings.kiosk_exit_pin_hash)
        self.kiosk_message = QLabel(kiosk)
        self.kiosk_message.setTextFormat(Qt.TextFormat.PlainText)
        self.kiosk_message.setWordWrap(True)
        self._kiosk_problem = ""
        kf = _form(kiosk)
        kf.addRow(self.kiosk_enabled)
        self._row(kf, self.kiosk_idle)
        self._row(kf, self.kiosk_pin)
        self._row(kf, self.kiosk_pin_again)
        kf.addRow(self.kiosk_message)
        self.kiosk_tab = kiosk

        for page in (counter, store, printer, test, kiosk):
            self.tabs.addTab(page, "")
        self.first_manager: FirstManagerBox | None = None
        if clerks is not None and not clerks.exist():
            from .signin import FirstManagerBox

            self.first_manager = FirstManagerBox(clerks, counter)
            self.first_manager.created.connect(self.manager_created)
            cf.addRow(self.first_manager)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for role in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
            button = self.buttons.button(role)  # Enter after a scan must not close the dialog
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(720, 560)

    def _row(self, form: QFormLayout, field: QWidget) -> None:
        """A form row whose label names ``field`` (for screen readers too: it is the field's buddy)."""
        label = QLabel(form.parentWidget())
        label.setBuddy(field)
        form.addRow(label, field)
        self._labels[field] = label

    def showEvent(self, event: QShowEvent) -> None:
        from .views import fit_to_screen

        fit_to_screen(self)
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for field, words in (
            (self.station, self.tr("Station &name (printed on slips, kept in the log):")),
            (self.language, self.tr("Interface &language:")),
            (self.theme, self.tr("A&ppearance:")),
            (self.store_name, self.tr("Store &name:")),
            (self.store_address, self.tr("&Address:")),
            (self.store_phone, self.tr("P&hone:")),
            (self.slip_paper, self.tr("Slip &paper:")),
            (self.slip_language, self.tr("Slip &language:")),
            (self.printer_kind, self.tr("&Connection:")),
            (self.printer_target, self.tr("&Address:")),
            (self.printer_profile, self.tr("P&rofile:")),
            (self.printer_paper, self.tr("&Paper:")),
            (self.kiosk_idle, self.tr("Start &over after idle:")),
            (self.kiosk_pin, self.tr("&Manager's exit PIN:")),
            (self.kiosk_pin_again, self.tr("E&xit PIN again:")),
        ):
            self._labels[field].setText(words)
        for i, tip in enumerate(
            (
                self.tr("The station's name, the interface's language and appearance"),
                self.tr("The store's name, address and phone, and the slips' paper and language"),
                self.tr("The ESC/POS receipt printer and how it is connected"),
                self.tr("Whether the counter's scanner types the codes right"),
                self.tr("The customers' self-service kiosk"),
            )
        ):
            self.tabs.setTabToolTip(i, tip)
        for i, title in enumerate(
            (
                self.tr("Counter"),
                self.tr("Store and slips"),
                self.tr("Receipt printer"),
                self.tr("Scanner test"),
                self.tr("Kiosk"),
            )
        ):
            self.tabs.setTabText(i, title)
        set_accessible(
            self.tabs,
            self.tr("Settings pages"),
            self.tr("The counter, the store, the printer, the scanner, the kiosk"),
        )

        set_accessible(
            self.station,
            self.tr("Station name"),
            self.tr("This counter's name, printed on slips and kept in the log"),
        )
        system = language_name(i18n.system_language())
        language_words = {"system": self.tr("As the system ({language})").format(language=system)}
        self._set_items(self.language, lambda v: language_words.get(v) or language_name(v))
        set_accessible(
            self.language,
            self.tr("Interface language"),
            self.tr("The language of the window; it changes when you save"),
        )
        theme_words = {"system": self.tr("As the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        self._set_items(self.theme, theme_words.__getitem__)
        set_accessible(self.theme, self.tr("Appearance"), self.tr("Light or dark colours, or the system's"))

        set_accessible(self.store_name, self.tr("Store name"), self.tr("Printed at the top of every slip"))
        set_accessible(
            self.store_address, self.tr("Store address"), self.tr("Up to four lines, printed on every slip")
        )
        set_accessible(self.store_phone, self.tr("Store phone"), self.tr("Printed on every slip"))
        paper_words = {
            "letter": self.tr("Letter"),
            "a4": self.tr("A4"),
            "80mm": self.tr("80 mm receipt"),
            "58mm": self.tr("58 mm receipt"),
        }
        self._set_items(self.slip_paper, paper_words.__getitem__)
        set_accessible(
            self.slip_paper,
            self.tr("Default slip paper"),
            self.tr("The paper a slip is made on unless the clerk picks another"),
        )
        self._set_items(self.slip_language, language_name)
        set_accessible(
            self.slip_language,
            self.tr("Default slip language"),
            self.tr("The customer's slip is in this language unless the clerk picks another"),
        )

        kind_words = {
            "none": self.tr("None"),
            "network": self.tr("Network (raw port 9100)"),
            "usb": self.tr("USB"),
            "serial": self.tr("Serial port"),
            "file": self.tr("File or device file"),
        }
        self._set_items(self.printer_kind, kind_words.__getitem__)
        set_accessible(
            self.printer_kind,
            self.tr("Receipt printer connection"),
            self.tr("How the receipt printer is connected"),
        )
        set_accessible(
            self.printer_target,
            self.tr("Receipt printer address"),
            self.tr("Where the receipt printer is, as its connection needs"),
        )
        set_accessible(
            self.printer_profile,
            self.tr("Receipt printer profile"),
            self.tr("The printer's model in python-escpos's printer database"),
        )
        self._name_default_profile()
        self._set_items(self.printer_paper, {"80mm": self.tr("80 mm"), "58mm": self.tr("58 mm")}.__getitem__)
        set_accessible(
            self.printer_paper, self.tr("Receipt printer paper"), self.tr("The width of the receipt paper")
        )
        self._printer_kind_changed()

        self.scan_intro.setText(
            self.tr("Scan this code ({code}) with the counter's scanner:").format(code=SCAN_TEST_CODE)
        )
        set_accessible(
            self.scan_barcode,
            self.tr("Test barcode {code}").format(code=SCAN_TEST_CODE),
            self.tr("A Code 128 barcode to scan with the counter's scanner"),
        )
        self.scan_input.setPlaceholderText(self.tr("Click here, then scan the barcode above"))
        set_accessible(
            self.scan_input,
            self.tr("Scan the test barcode here"),
            self.tr("Says whether the scanner's keyboard layout garbles scans"),
        )
        set_accessible(self.scan_result, self.tr("Scanner test result"), self.tr("What the scan test found"))

        self.kiosk_enabled.setText(self.tr("Start Recall Desk as the customers' kiosk"))
        set_accessible(
            self.kiosk_enabled,
            self.tr("Start as the customers' kiosk"),
            self.tr("From the next start, this station is the customers' self-service kiosk"),
        )
        self.kiosk_idle.setSuffix(self.tr(" s"))
        set_accessible(
            self.kiosk_idle,
            self.tr("Kiosk idle seconds before starting over"),
            self.tr("After this many seconds without a touch the kiosk forgets the customer"),
        )
        self.kiosk_pin.setPlaceholderText(
            self.tr("set: leave empty to keep") if self._has_pin else self.tr("not set: 4 or more digits")
        )
        set_accessible(
            self.kiosk_pin,
            self.tr("New kiosk exit PIN"),
            self.tr("The PIN a manager types to leave the kiosk, digits only"),
        )
        set_accessible(
            self.kiosk_pin_again,
            self.tr("Kiosk exit PIN again"),
            self.tr("The same PIN again, to be sure of it"),
        )
        set_accessible(
            self.kiosk_message, self.tr("Kiosk PIN message"), self.tr("What is wrong with the exit PIN")
        )
        if self._kiosk_problem:
            self.kiosk_message.setText(self.kiosk_pin_problem() or "")

        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        set_accessible(save, self.tr("Save"), self.tr("Keeps these settings and closes"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        set_accessible(cancel, self.tr("Cancel"), self.tr("Closes without changing anything"))

    @staticmethod
    def _set_items(combo: QComboBox, words: object) -> None:
        """Each item's words from its value (``words`` is a function of the value)."""
        assert callable(words)
        for i in range(combo.count()):
            combo.setItemText(i, str(words(str(combo.itemData(i)))))

    def load_profiles(self) -> None:
        """The printer profiles python-escpos knows (its printer database)."""
        if self._profiles_loaded:
            return
        from .escpos_out import profile_names

        current = str(self.printer_profile.currentData() or "default")
        self.printer_profile.clear()
        names = profile_names()
        if current not in names:
            names.append(current)
        for name in names:  # python-escpos's printer models, by their names; "default" in words
            self.printer_profile.addItem(name, name)
        self.printer_profile.setCurrentIndex(max(0, self.printer_profile.findData(current)))
        self._name_default_profile()
        self._profiles_loaded = True

    def _name_default_profile(self) -> None:
        index = self.printer_profile.findData("default")
        if index >= 0:
            self.printer_profile.setItemText(index, self.tr("Generic ESC/POS printer (default)"))

    def _printer_kind_changed(self) -> None:
        kind = str(self.printer_kind.currentData())
        example = TARGET_HINTS.get(kind, "")
        hints = {
            "network": self.tr("host or host:port, e.g. {example}"),
            "usb": self.tr("vendor:product in hex, e.g. {example}"),
            "serial": self.tr("device[@baud], e.g. {example}"),
            "file": self.tr("a path, e.g. {example}"),
        }
        self.printer_target.setPlaceholderText(hints[kind].format(example=example) if kind in hints else "")
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
            return self.tr("The two exit PINs differ.")
        if not (PIN_MIN <= len(pin) <= PIN_MAX and pin.isdigit()):
            return self.tr(
                "The exit PIN must be {min} to {max} digits (the kiosk's keypad has digits only)."
            ).format(min=PIN_MIN, max=PIN_MAX)
        return None

    def accept(self) -> None:
        problem = self.kiosk_pin_problem()
        if problem:
            self._kiosk_problem = problem
            self.kiosk_message.setText(problem)
            self.tabs.setCurrentWidget(self.kiosk_tab)
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
        self.settings.printer_profile = str(self.printer_profile.currentData() or "default")
        self.settings.printer_paper = str(self.printer_paper.currentData())
        language_changed = str(self.language.currentData()) != self.settings.language
        self.settings.language = str(self.language.currentData())
        apply_theme(self.settings.theme)
        super().accept()
        if language_changed:
            i18n.set_language(self.settings.interface_language())
