"""The product view: where the labels are, the serial with live feedback, and the questions.

The view's own words follow the interface language (and are set again when it changes); what the
catalog says (names, where a label is, its printed words, the questions and their choices) and the
verdict engine's hints are shown as they are given.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
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
from .accessibility import name_clear_button, set_accessible
from .i18n import Retranslating, engine_text
from .pictures import PictureStrip

DEFAULT_SERIAL_LABEL = "serial number"
"""A serial rule's label when the catalog names it nothing else (core.serials.SerialRule.label)."""


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


class SerialFeedback(QObject):
    """The words of the serial feedback (a QObject for its translation context and plurals)."""

    def characters(self, n: int) -> str:
        from .views import local_number, plural

        return plural(self.tr("{count} characters", "", n), n, "{count} character").format(
            count=local_number(n)
        )

    def problem(self, label: str, problem: str) -> str:
        if label == DEFAULT_SERIAL_LABEL:
            return self.tr("This serial number {problem}.").format(problem=problem)
        return self.tr("This {label} {problem}.").format(label=label, problem=problem)

    def serial_name(self, label: str) -> str:
        """The rule's name for a title ("Serial number", or the catalog's own "SN Code")."""
        if label == DEFAULT_SERIAL_LABEL:
            return self.tr("Serial number")
        return label[:1].upper() + label[1:]


def serial_feedback(rule: SerialRule, text: str) -> tuple[str, str]:
    """(counter, message) for what has been typed so far: "12/16", "Read O as 0: ...".

    Everything is in the interface's language: the counter and the sentence around a format problem
    here, the rule's notes and problems through the engine's catalog (core.message)."""
    words = SerialFeedback()
    read, notes = rule.read_msg(text) if text.strip() else ("", ())
    counter = f"{len(read)}/{rule.length}" if rule.length else (words.characters(len(read)) if read else "")
    messages = [engine_text(note) for note in notes]
    if read:
        problem = rule.format_problem_msg(read)
        too_short = (  # "has 5 characters, not 16" while the clerk is still typing
            problem is not None
            and rule.length is not None
            and len(read) < rule.length
            and "character" in problem.template
        )
        if problem is not None and not too_short:
            messages.append(words.problem(rule.label, engine_text(problem)))
    return counter, " ".join(messages)


class QuestionBox(Retranslating, QGroupBox):
    """One question as a row of large buttons, one per choice (the catalog's words)."""

    answered = Signal(str, str)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question.text, parent)
        self.question = question
        grid = QGridLayout(self)
        self.buttons: list[QPushButton] = []
        for i, choice in enumerate(question.choices):
            button = QPushButton(choice.label, self)
            button.setObjectName(f"answer_{question.key}_{choice.value}")
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _=False, v=choice.value: self.answered.emit(question.key, v))
            grid.addWidget(button, i // 3, i % 3)
            self.buttons.append(button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        q = self.question
        set_accessible(
            self, self.tr("Question: {question}").format(question=q.text), self.tr("Choose the answer below.")
        )
        for button, choice in zip(self.buttons, q.choices, strict=True):
            set_accessible(
                button, choice.label, self.tr("Answer to the question: {question}").format(question=q.text)
            )


class ProductPanel(Retranslating, QWidget):
    """What the clerk looks at after the first check: pictures, labels, serial, questions."""

    serial_submitted = Signal(str)
    no_serial_changed = Signal(bool)
    answered = Signal(str, str)
    zoom_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.serial.setClearButtonEnabled(True)
        sfont = QFont(self.serial.font())
        sfont.setPointSizeF(sfont.pointSizeF() * 1.4)
        sfont.setFamily("monospace")
        self.serial.setFont(sfont)
        self.serial.setMinimumHeight(40)
        self.serial_counter = _label(self, "serialCounter", wrap=False)
        self.serial_check = QPushButton(self)
        self.serial_check.setObjectName("serialCheck")
        self.serial_hint = _label(self, "serialHint")
        self.serial_feedback = _label(self, "serialFeedback")
        self.no_serial = QCheckBox(self)
        self.no_serial.setObjectName("noSerial")

        serial_row = QHBoxLayout()
        serial_row.addWidget(self.serial, 1)
        serial_row.addWidget(self.serial_counter)
        serial_row.addWidget(self.serial_check)
        self.serial_box = QGroupBox(self)
        self.serial_box.setObjectName("serialBox")
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
        self._result: CheckResult | None = None
        self.question_boxes: list[QuestionBox] = []
        self.serial.textEdited.connect(self._on_serial_edited)
        self.serial.returnPressed.connect(self._submit_serial)
        self.serial_check.clicked.connect(self._submit_serial)
        self.no_serial.toggled.connect(self.no_serial_changed)
        self.clear()

    def retranslate_ui(self) -> None:
        set_accessible(self, self.tr("Product"), self.tr("The product the check found, and what it needs"))
        self.serial.setPlaceholderText(self.tr("Serial number as printed"))
        set_accessible(
            self.serial,
            self.tr("Serial number"),
            self.tr("Type or scan the serial number as printed on the label, then press Enter"),
        )
        name_clear_button(self.serial, self.tr("Clear"), self.tr("Empties the serial number"))
        self.serial_check.setText(self.tr("Check serial"))
        set_accessible(
            self.serial_check, self.tr("Check this serial number"), self.tr("Checks the serial number typed")
        )
        set_accessible(self.serial_counter, self.tr("Serial length"), self.tr("Characters typed so far"))
        set_accessible(
            self.serial_feedback, self.tr("Serial feedback"), self.tr("What looks wrong in the serial typed")
        )
        self.no_serial.setText(self.tr("No serial number printed"))
        set_accessible(
            self.no_serial,
            self.tr("No serial number printed on the unit"),
            self.tr("Check this when the unit has no serial number on it"),
        )
        self.serial_box.setAccessibleName(self.tr("Serial number"))
        self._render()

    # -- state --

    def clear(self) -> None:
        self._result = None
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
        self.retranslate_ui()

    def show_result(self, result: CheckResult) -> None:
        """Show the product behind the result's most telling match (the serial's, if one is needed)."""
        if not result.matches:
            self.clear()
            self._set_questions(result.questions)
            return
        self._result = result
        match = self._primary(result)
        product = match.product
        prefer = product.serial_label or product.model_label
        self.pictures.set_pictures(product.pictures, prefer.view if prefer else None)
        self.pictures.setVisible(bool(product.pictures))
        self._set_questions(result.questions)
        rule_match = next((m for m in result.matches if m.product.serial_rule.decides_by_serial), match)
        self._rule = rule_match.product.serial_rule
        # The serial is asked once the product is known and no question is pending.
        takes_serial = result.outcome != Outcome.NEED_ANSWER or not result.questions
        self.serial_box.setVisible(takes_serial)
        self._render()

    def _render(self) -> None:
        """The words about the product shown (in the interface language, around the catalog's)."""
        result = self._result
        if result is None or not result.matches:
            self.title.setText("")
            self._update_feedback()
            return
        match = self._primary(result)
        product = match.product
        self.title.setText(
            self.tr("{brand} {product}  ·  model {model}").format(
                brand=product.brand, product=product.name, model=match.model
            )
        )
        words = SerialFeedback()
        self._show_label(self.model_label, self.tr("Model label: {where}"), product.model_label)
        rule = product.serial_rule
        if rule.label == DEFAULT_SERIAL_LABEL:
            serial_where = self.tr("Serial number label: {where}")
        else:
            serial_where = self.tr("{label} label: {where}").replace("{label}", words.serial_name(rule.label))
        self._show_label(self.serial_label, serial_where, product.serial_label)
        if self._rule is not None:
            rule_match = next((m for m in result.matches if m.product.serial_rule.decides_by_serial), match)
            name = words.serial_name(self._rule.label)
            self.serial_box.setTitle(name)
            self.serial_box.setAccessibleName(name)
            if rule_match.serial_hint:
                hint = engine_text(rule_match.serial_hint_msg, rule_match.serial_hint)
            elif self._rule.label == DEFAULT_SERIAL_LABEL:
                hint = self.tr("Enter the serial number as printed.")
            else:
                hint = self.tr("Enter the {label} as printed.").format(label=self._rule.label)
            self.serial_hint.setText(hint)
            self.serial.setAccessibleName(name)
        self._update_feedback()

    @staticmethod
    def _primary(result: CheckResult) -> Match:
        for m in result.matches:
            if m.outcome == result.outcome:
                return m
        return result.matches[0]

    def _show_label(self, label: QLabel, template: str, spot: LabelSpot | None) -> None:
        """``template`` has {where}; the label's printed words follow when the catalog gives them."""
        if spot is None:
            label.hide()
            return
        text = template.replace("{where}", spot.where)
        if spot.text:
            text += self.tr(" — reads “{text}”").format(text=spot.text)
        label.setText(text)
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
