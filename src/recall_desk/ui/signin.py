"""Signing in at the counter (clerk id and PIN), and creating the first manager of a fresh install.

The dialogs' own words follow the interface language; why a sign-in or a new clerk was refused is the
clerk register's own message (catalog/clerks.py), shown as it gives it.
"""

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
from .accessibility import set_accessible
from .i18n import Retranslating

if TYPE_CHECKING:
    from ..catalog.clerks import Clerk, Clerks


def _pin_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX)
    return field


def _message(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _sentence(error: ClerkError) -> str:
    text = str(error)
    return text[:1].upper() + text[1:] + "."


def _buddy(parent: QWidget, field: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setBuddy(field)
    return label


class SignInDialog(Retranslating, QDialog):
    """Clerk id and PIN; stays open, saying what was wrong, until they are right or it is cancelled."""

    signed_in = Signal(object)
    """Emitted with the Clerk who signed in."""

    def __init__(self, clerks: Clerks, parent: QWidget | None = None, *, clerk_id: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.clerks = clerks
        self.clerk: Clerk | None = None
        self.clerk_id = QLineEdit(clerk_id, self)
        self.clerk_id.setMaxLength(40)
        self.pin = _pin_field(self)
        self.message = _message(self)
        self.clerk_id_label = _buddy(self, self.clerk_id)
        self.pin_label = _buddy(self, self.pin)
        form = QFormLayout()
        form.addRow(self.clerk_id_label, self.clerk_id)
        form.addRow(self.pin_label, self.pin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        (self.pin if clerk_id else self.clerk_id).setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sign in"))
        self.clerk_id_label.setText(self.tr("&Clerk id:"))
        set_accessible(self.clerk_id, self.tr("Clerk id"), self.tr("The id a manager gave you"))
        self.pin_label.setText(self.tr("&PIN:"))
        self.pin.setPlaceholderText(self.tr("leave empty if you have none"))
        room = self.pin.fontMetrics().horizontalAdvance(self.pin.placeholderText()) + 32
        for field in (self.clerk_id, self.pin):  # the hint is read whole, in every language
            field.setMinimumWidth(room)
        set_accessible(self.pin, self.tr("PIN"), self.tr("Your PIN; leave it empty if you have none"))
        set_accessible(self.message, self.tr("Sign-in problem"), self.tr("Why the sign-in was refused"))
        self.ok_button.setText(self.tr("Sign in"))
        set_accessible(self.ok_button, self.tr("Sign in"), self.tr("Signs you in at this counter"))
        self.cancel_button.setText(self.tr("Cancel"))
        set_accessible(self.cancel_button, self.tr("Cancel"), self.tr("Closes without signing in"))

    def try_sign_in(self) -> Clerk | None:
        try:
            clerk = self.clerks.sign_in(self.clerk_id.text(), self.pin.text())
        except ClerkError as exc:
            self.message.setText(_sentence(exc))
            self.pin.clear()
            self.pin.setFocus()
            return None
        self.clerk = clerk
        self.signed_in.emit(clerk)
        self.accept()
        return clerk


class FirstManagerBox(Retranslating, QGroupBox):
    """Shown in Settings while no clerk exists: the station is open to everyone until a manager is
    made here (or with ``recall-desk clerk add``)."""

    created = Signal(object)
    """Emitted with the new manager (a Clerk)."""

    def __init__(self, clerks: Clerks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstManagerBox")
        self.clerks = clerks
        self.note = _message(self)
        self.clerk_id = QLineEdit(self)
        self.clerk_id.setMaxLength(40)
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        self.pin = _pin_field(self)
        self.pin_again = _pin_field(self)
        self.create_button = QPushButton(self)
        self.create_button.setAutoDefault(False)
        self.message = _message(self)
        self._labels = {
            field: _buddy(self, field) for field in (self.clerk_id, self.name, self.pin, self.pin_again)
        }
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.note)
        for field, label in self._labels.items():
            form.addRow(label, field)
        form.addRow(self.create_button)
        form.addRow(self.message)
        self._created: Clerk | None = None
        self._problem = ""
        self.create_button.clicked.connect(self.create_manager)
        self.retranslate_ui()

    def explanation(self) -> str:
        return self.tr(
            "No clerks are set up, so nobody signs in and everyone may use every function, including "
            "catalog edits, log export and these settings. Create the first manager to require sign-in: "
            "from then on only a signed-in manager may do those."
        )

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Clerks and sign-in"))
        set_accessible(
            self, self.tr("Clerks and sign-in"), self.tr("Create the first manager of this station")
        )
        self.note.setText(self.explanation())
        set_accessible(
            self.note, self.tr("No clerks set up"), self.tr("What creating the first manager changes")
        )
        for field, words, name, description in (
            (
                self.clerk_id,
                self.tr("Manager i&d:"),
                self.tr("New manager's id"),
                self.tr("Letters, digits, dots, dashes"),
            ),
            (
                self.name,
                self.tr("Na&me:"),
                self.tr("New manager's name"),
                self.tr("The name shown when they sign in"),
            ),
            (
                self.pin,
                self.tr("P&IN:"),
                self.tr("New manager's PIN"),
                self.tr("Optional: 4 or more characters"),
            ),
            (
                self.pin_again,
                self.tr("PIN a&gain:"),
                self.tr("New manager's PIN again"),
                self.tr("The same PIN again"),
            ),
        ):
            self._labels[field].setText(words)
            set_accessible(field, name, description)
        self.create_button.setText(self.tr("Create manager"))
        set_accessible(
            self.create_button,
            self.tr("Create the first manager"),
            self.tr("Creates the manager and signs them in here"),
        )
        set_accessible(
            self.message, self.tr("Create manager result"), self.tr("What creating the manager did")
        )
        if self._created is not None:
            self.message.setText(self._done_text(self._created))
        elif self._problem:
            self.message.setText(self._problem_text(self._problem))

    def _done_text(self, clerk: Clerk) -> str:
        return self.tr("{clerk} is a manager and is signed in at this counter.").format(clerk=clerk.label)

    def _problem_text(self, problem: str) -> str:
        if problem == "differ":
            return self.tr("The two PINs differ.")
        if problem == "meanwhile":
            return self.tr("A clerk was added meanwhile (perhaps at another counter): sign in instead.")
        return problem  # the clerk register's own message

    def _refuse(self, problem: str) -> None:
        self._problem = problem
        self.message.setText(self._problem_text(problem))

    def create_manager(self) -> Clerk | None:
        if self.pin.text() != self.pin_again.text():
            self._refuse("differ")
            return None
        if self.clerks.exist():
            self._refuse("meanwhile")
            return None
        try:
            clerk = self.clerks.add(
                self.clerk_id.text(), name=self.name.text(), role="manager", pin=self.pin.text() or None
            )
        except ClerkError as exc:
            self._refuse(_sentence(exc))
            return None
        self._created = clerk
        self.message.setText(self._done_text(clerk))
        for widget in (self.clerk_id, self.name, self.pin, self.pin_again, self.create_button):
            widget.setEnabled(False)
        self.created.emit(clerk)
        return clerk
