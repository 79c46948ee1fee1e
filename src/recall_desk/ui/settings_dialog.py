"""File → Settings: station name, appearance, and the scanner test."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.scantest import SCAN_TEST_CODE, diagnose
from .barcode import code128_image
from .settings import AppSettings, apply_theme


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
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
        layout.addWidget(test)
        layout.addWidget(buttons)

    def run_scan_test(self) -> None:
        ok, advice = diagnose(self.scan_input.text())
        self.scan_result.setText(("✔ " if ok else "✘ ") + advice)
        self.scan_input.selectAll()

    def accept(self) -> None:
        self.settings.station = self.station.text()
        self.settings.theme = str(self.theme.currentData())
        apply_theme(self.settings.theme)
        super().accept()
