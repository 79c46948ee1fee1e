"""The product view: where the labels are, the serial with live feedback, and the questions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.model import LabelSpot, Question
from ..core.serials import Outcome, SerialRule
from ..core.verdict import CheckResult, Match
from .pictures import PictureStrip


def _label(parent: QWidget, name: str, *, bold: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # catalog text is data, never markup
    label.setWordWrap(wrap)
    if bold:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    return label


def serial_feedback(rule: SerialRule, text: str) -> tuple[str, str]:
    """(counter, message) for what has been typed so far: "12/16", "Read O as 0: ..."."""
    read, notes = rule.read(text) if text.strip() else ("", ())
    counter = f"{len(read)}/{rule.length}" if rule.length else (f"{len(read)} characters" if read else "")
    messages = list(notes)
    if read:
        problem = rule.format_problem(read)
        too_short = rule.length is not None and len(read) < rule.length and problem and "character" in problem
        if problem and not too_short:
            messages.append(f"This {rule.label} {problem}.")
    return counter, " ".join(messages)


class QuestionBox(QGroupBox):
    """One question as a row of large buttons, one per choice."""

    answered = Signal(str, str)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question.text, parent)
        self.question = question
        self.setAccessibleName(f"Question: {question.text}")
        grid = QGridLayout(self)
        self.buttons: list[QPushButton] = []
        for i, choice in enumerate(question.choices):
            button = QPushButton(choice.label, self)
            button.setObjectName(f"answer_{question.key}_{choice.value}")
            button.setAccessibleName(f"{question.text} {choice.label}")
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _=False, v=choice.value: self.answered.emit(question.key, v))
            grid.addWidget(button, i // 3, i % 3)
            self.buttons.append(button)


class ProductPanel(QWidget):
    """What the clerk looks at after the first check: pictures, labels, serial, questions."""

    serial_submitted = Signal(str)
    no_serial_changed = Signal(bool)
    answered = Signal(str, str)
    zoom_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Product")
        self.title = _label(self, "productTitle", bold=True)
        tfont = QFont(self.title.font())
        tfont.setPointSizeF(tfont.pointSizeF() * 1.35)
        self.title.setFont(tfont)
        self.pictures = PictureStrip(self)
        self.pictures.zoom_requested.connect(self.zoom_requested)
        self.model_label = _label(self, "modelLabelWhere")
        self.serial_label = _label(self, "serialLabelWhere")

        self.serial = QLineEdit(self)
        self.serial.setObjectName("serialEntry")
        self.serial.setAccessibleName("Serial number")
        self.serial.setPlaceholderText("Serial number as printed")
        self.serial.setClearButtonEnabled(True)
        sfont = QFont(self.serial.font())
        sfont.setPointSizeF(sfont.pointSizeF() * 1.4)
        sfont.setFamily("monospace")
        self.serial.setFont(sfont)
        self.serial.setMinimumHeight(40)
        self.serial_counter = _label(self, "serialCounter", wrap=False)
        self.serial_counter.setAccessibleName("Serial length")
        self.serial_check = QPushButton("Check serial", self)
        self.serial_check.setAccessibleName("Check this serial number")
        self.serial_hint = _label(self, "serialHint")
        self.serial_feedback = _label(self, "serialFeedback")
        self.serial_feedback.setAccessibleName("Serial feedback")
        self.no_serial = QCheckBox("No serial number printed", self)
        self.no_serial.setAccessibleName("No serial number printed on the unit")

        serial_row = QHBoxLayout()
        serial_row.addWidget(self.serial, 1)
        serial_row.addWidget(self.serial_counter)
        serial_row.addWidget(self.serial_check)
        self.serial_box = QGroupBox("Serial number", self)
        self.serial_box.setAccessibleName("Serial number")
        sbox = QVBoxLayout(self.serial_box)
        sbox.addWidget(self.serial_hint)
        sbox.addLayout(serial_row)
        sbox.addWidget(self.serial_feedback)
        sbox.addWidget(self.no_serial)

        self.questions_area = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.pictures, 1)
        layout.addWidget(self.model_label)
        layout.addWidget(self.serial_label)
        layout.addLayout(self.questions_area)
        layout.addWidget(self.serial_box)
        layout.addStretch(0)  # takes the spare height only while there is no picture

        self._rule: SerialRule | None = None
        self.question_boxes: list[QuestionBox] = []
        self.serial.textEdited.connect(self._on_serial_edited)
        self.serial.returnPressed.connect(self._submit_serial)
        self.serial_check.clicked.connect(self._submit_serial)
        self.no_serial.toggled.connect(self.no_serial_changed)
        self.clear()

    # -- state --

    def clear(self) -> None:
        self.title.setText("")
        self.pictures.set_pictures([])
        self.pictures.hide()
        self.model_label.hide()
        self.serial_label.hide()
        self._set_questions(())
        self.serial_box.hide()
        self.serial.clear()
        self.no_serial.blockSignals(True)
        self.no_serial.setChecked(False)
        self.no_serial.blockSignals(False)
        self._rule = None
        self._update_feedback()

    def show_result(self, result: CheckResult) -> None:
        """Show the product behind the result's most telling match (the serial's, if one is needed)."""
        if not result.matches:
            self.clear()
            self._set_questions(result.questions)
            return
        match = self._primary(result)
        product = match.product
        self.title.setText(f"{product.brand} {product.name}  ·  model {match.model}")
        prefer = product.serial_label or product.model_label
        self.pictures.set_pictures(product.pictures, prefer.view if prefer else None)
        self.pictures.setVisible(bool(product.pictures))
        self._show_label(self.model_label, "Model label", product.model_label)
        label = product.serial_rule.label
        self._show_label(self.serial_label, label[:1].upper() + label[1:], product.serial_label)
        self._set_questions(result.questions)
        rule_match = next((m for m in result.matches if m.product.serial_rule.decides_by_serial), match)
        self._rule = rule_match.product.serial_rule
        # The serial is asked once the product is known and no question is pending.
        takes_serial = result.outcome != Outcome.NEED_ANSWER or not result.questions
        self.serial_box.setVisible(takes_serial)
        self.serial_box.setTitle(self._rule.label[:1].upper() + self._rule.label[1:])
        self.serial_hint.setText(rule_match.serial_hint or f"Enter the {self._rule.label} as printed.")
        self._update_feedback()

    @staticmethod
    def _primary(result: CheckResult) -> Match:
        for m in result.matches:
            if m.outcome == result.outcome:
                return m
        return result.matches[0]

    @staticmethod
    def _show_label(label: QLabel, name: str, spot: LabelSpot | None) -> None:
        if spot is None:
            label.hide()
            return
        printed = f' — reads "{spot.text}"' if spot.text else ""
        label.setText(f"{name}: {spot.where}{printed}")
        label.show()

    def _set_questions(self, questions: tuple[Question, ...]) -> None:
        for box in self.question_boxes:
            self.questions_area.removeWidget(box)
            box.deleteLater()
        self.question_boxes = []
        for q in questions:
            if not q.choices:
                continue
            box = QuestionBox(q, self)
            box.answered.connect(self.answered)
            self.questions_area.addWidget(box)
            box.show()  # a layout shows a new child only on the next event loop pass
            self.question_boxes.append(box)

    # -- the serial --

    def _on_serial_edited(self, _text: str) -> None:
        self._update_feedback()

    def _update_feedback(self) -> None:
        if self._rule is None:
            self.serial_counter.setText("")
            self.serial_feedback.setText("")
            return
        counter, message = serial_feedback(self._rule, self.serial.text())
        self.serial_counter.setText(counter)
        self.serial_feedback.setText(message)
        self.serial_feedback.setVisible(bool(message))

    def _submit_serial(self) -> None:
        if self.serial.text().strip():
            self.serial_submitted.emit(self.serial.text())
