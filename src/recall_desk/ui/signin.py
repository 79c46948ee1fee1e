"""Signing in at the counter (clerk id and PIN), and creating the first manager of a fresh install."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..catalog.clerks import PIN_MAX, ClerkError

if TYPE_CHECKING:
    from ..catalog.clerks import Clerk, Clerks


def _pin_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setAccessibleName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX)
    return field


def _message(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setAccessibleName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class SignInDialog(QDialog):
    """Clerk id and PIN; stays open, saying what was wrong, until they are right or it is cancelled."""

    signed_in = Signal(object)
    """Emitted with the Clerk who signed in."""

    def __init__(self, clerks: Clerks, parent: QWidget | None = None, *, clerk_id: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Sign in")
        self.clerks = clerks
        self.clerk: Clerk | None = None
        self.clerk_id = QLineEdit(clerk_id, self)
        self.clerk_id.setAccessibleName("Clerk id")
        self.clerk_id.setMaxLength(40)
        self.pin = _pin_field(self, "PIN")
        self.pin.setPlaceholderText("leave empty if you have none")
        self.message = _message(self, "Sign-in problem")
        form = QFormLayout()
        form.addRow("Clerk id:", self.clerk_id)
        form.addRow("PIN:", self.pin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Sign in")
        self.ok_button.setAccessibleName("Sign in")
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.pin if clerk_id else self.clerk_id).setFocus()

    def try_sign_in(self) -> Clerk | None:
        try:
            clerk = self.clerks.sign_in(self.clerk_id.text(), self.pin.text())
        except ClerkError as exc:
            text = str(exc)
            self.message.setText(text[:1].upper() + text[1:] + ".")
            self.pin.clear()
            self.pin.setFocus()
            return None
        self.clerk = clerk
        self.signed_in.emit(clerk)
        self.accept()
        return clerk


class FirstManagerBox(QGroupBox):
    """Shown in Settings while no clerk exists: the station is open to everyone until a manager is
    made here (or with ``recall-desk clerk add``)."""

    created = Signal(object)
    """Emitted with the new manager (a Clerk)."""

    EXPLANATION = (
        "No clerks are set up, so nobody signs in and everyone may use every function, including "
        "catalog edits, log export and these settings. Create the first manager to require sign-in: "
        "from then on only a signed-in manager may do those."
    )

    def __init__(self, clerks: Clerks, parent: QWidget | None = None) -> None:
        super().__init__("Clerks and sign-in", parent)
        self.setAccessibleName("Clerks and sign-in")
        self.clerks = clerks
        note = _message(self, "No clerks set up")
        note.setText(self.EXPLANATION)
        self.clerk_id = QLineEdit(self)
        self.clerk_id.setAccessibleName("New manager's id")
        self.clerk_id.setMaxLength(40)
        self.name = QLineEdit(self)
        self.name.setAccessibleName("New manager's name")
        self.name.setMaxLength(100)
        self.pin = _pin_field(self, "New manager's PIN")
        self.pin_again = _pin_field(self, "New manager's PIN again")
        self.create_button = QPushButton("Create manager", self)
        self.create_button.setAccessibleName("Create the first manager")
        self.create_button.setAutoDefault(False)
        self.message = _message(self, "Create manager result")
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow("Manager id:", self.clerk_id)
        form.addRow("Name:", self.name)
        form.addRow("PIN:", self.pin)
        form.addRow("PIN again:", self.pin_again)
        form.addRow(self.create_button)
        form.addRow(self.message)
        self.create_button.clicked.connect(self.create_manager)

    def create_manager(self) -> Clerk | None:
        if self.pin.text() != self.pin_again.text():
            self.message.setText("The two PINs differ.")
            return None
        if self.clerks.exist():
            self.message.setText("A clerk was added meanwhile (perhaps at another counter): sign in instead.")
            return None
        try:
            clerk = self.clerks.add(
                self.clerk_id.text(), name=self.name.text(), role="manager", pin=self.pin.text() or None
            )
        except ClerkError as exc:
            text = str(exc)
            self.message.setText(text[:1].upper() + text[1:] + ".")
            return None
        self.message.setText(f"{clerk.label} is a manager and is signed in at this counter.")
        for widget in (self.clerk_id, self.name, self.pin, self.pin_again, self.create_button):
            widget.setEnabled(False)
        self.created.emit(clerk)
        return clerk
