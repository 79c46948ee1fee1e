"""The kiosk in every language, and for everyone.

- The pseudo-locale (tests/i18n_check.py): on every page, at 1080x1920 portrait and 1920x1080, every
  visible text and every accessible name and description is translated and fits its widget, after
  the language changed while that page was showing (so nothing is left of the English it was built in).
- The real French and Spanish catalogs: the customer's choice on the start page, the slip in that
  language, and the station's own language again after the idle reset or "Start over".
- Access: every control (each keypad key too) has a translated accessible name and description,
  touch targets are at least 48x48 px on both screens, and the kiosk's colours meet WCAG AA.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from escpos_parse import parse
from i18n_check import OPEN, clipped, untranslated
from recall_desk.catalog.clerks import hash_pin
from recall_desk.catalog.service import Catalog
from recall_desk.ui import i18n
from recall_desk.ui.accessibility import AA_NORMAL, contrast_ratio
from recall_desk.ui.keypad import Keypad
from recall_desk.ui.kiosk import CONTRAST, NOTICE, STYLE, CornerTaps, KioskWindow
from recall_desk.ui.settings import AppSettings
from recall_desk.ui.verdict import VerdictBanner

TODAY = date(2026, 11, 23)
PIN = "2468"
SIZES = [QSize(1080, 1920), QSize(1920, 1080)]
SIZE_IDS = ["1080x1920", "1920x1080"]


@pytest.fixture
def settings(settings_file: Path) -> AppSettings:
    s = AppSettings()
    s.kiosk_exit_pin_hash = hash_pin(PIN)
    return s


@pytest.fixture
def make_kiosk(
    qtbot: QtBot, catalog: Catalog, settings: AppSettings
) -> Iterator[Callable[[QSize], KioskWindow]]:
    made: list[KioskWindow] = []

    def make(size: QSize) -> KioskWindow:
        win = KioskWindow(catalog, settings, today=TODAY)
        qtbot.addWidget(win)
        win.fit_to(size)
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
        return win

    yield make
    for win in made:
        win.release()
        win.close()


@pytest.fixture(autouse=True)
def _qt_gui_namespace(monkeypatch: pytest.MonkeyPatch) -> None:
    """i18n_check.clipped() calls Qt.mightBeRichText, which PySide6 puts in QtGui's Qt namespace, not
    in the QtCore one i18n_check imports: give it QtGui's (the same namespace, and that function)."""
    import i18n_check

    if not hasattr(i18n_check.Qt, "mightBeRichText"):
        monkeypatch.setattr(i18n_check, "Qt", QtGui.Qt)


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


def settle(kiosk: KioskWindow) -> None:
    """Let the layouts take the new texts (a LanguageChange or a page change posts layout requests)."""
    for _ in range(3):
        QApplication.processEvents()
    layout = kiosk.layout()
    if layout is not None:
        layout.activate()
    QApplication.processEvents()


def click(qtbot: QtBot, button: QAbstractButton | None) -> None:
    assert button is not None
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def keypad_type(qtbot: QtBot, keypad: Keypad, text: str) -> None:
    for ch in text:
        click(qtbot, keypad.keys[ch])


def check(qtbot: QtBot, kiosk: KioskWindow, button: QAbstractButton | None) -> None:
    with qtbot.waitSignal(kiosk.check_finished, timeout=5000):
        click(qtbot, button)


def model(qtbot: QtBot, kiosk: KioskWindow, text: str) -> None:
    click(qtbot, kiosk.begin_button)
    keypad_type(qtbot, kiosk.model_keypad, text)
    check(qtbot, kiosk, kiosk.model_keypad.ok)


# -- the pages, reached as a customer (or a manager) reaches them ----------------------------------


def page_start(qtbot: QtBot, kiosk: KioskWindow) -> None:
    assert kiosk.stack.currentWidget() is kiosk.start_page


def page_guide(qtbot: QtBot, kiosk: KioskWindow) -> None:
    click(qtbot, kiosk.findChild(QPushButton, "guide_speaker"))
    assert kiosk.guide_pictures.isVisible() and kiosk.guide_text.text()


def page_model(qtbot: QtBot, kiosk: KioskWindow) -> None:
    click(qtbot, kiosk.begin_button)
    click(qtbot, kiosk.model_keypad.ok)  # nothing typed yet: the kiosk says what to do
    assert kiosk.model_message.text()
    keypad_type(qtbot, kiosk.model_keypad, "A31")


def page_question(qtbot: QtBot, kiosk: KioskWindow) -> None:
    model(qtbot, kiosk, "A3102")
    assert kiosk.question_buttons and kiosk.details_pictures.isVisible()


def page_serial(qtbot: QtBot, kiosk: KioskWindow) -> None:
    model(qtbot, kiosk, "A3102016")
    keypad_type(qtbot, kiosk.serial_keypad, "12345")
    assert kiosk.serial_panel.isVisible() and kiosk.serial_where.text() and kiosk.serial_counter.text()


def page_affected(qtbot: QtBot, kiosk: KioskWindow) -> None:
    model(qtbot, kiosk, "BPD005")
    keypad_type(qtbot, kiosk.serial_keypad, "57V123456789AB")
    check(qtbot, kiosk, kiosk.serial_keypad.ok)
    assert kiosk.banner.outcome == "affected"
    with qtbot.waitSignal(kiosk.slip_done, timeout=10_000):
        click(qtbot, kiosk.print_button)
    assert kiosk.slip_status.text()


def page_not_affected(qtbot: QtBot, kiosk: KioskWindow) -> None:
    model(qtbot, kiosk, "A3102")
    check(qtbot, kiosk, kiosk.findChild(QPushButton, "answer_colour_red"))
    assert kiosk.banner.outcome == "not_affected"


def page_no_recall(qtbot: QtBot, kiosk: KioskWindow) -> None:
    model(qtbot, kiosk, "A31O2016")
    assert kiosk.banner.outcome == "no_recall_found"


def page_check_with_manufacturer(qtbot: QtBot, kiosk: KioskWindow) -> None:
    model(qtbot, kiosk, "A1647")
    assert kiosk.banner.outcome == "check_with_manufacturer"


def page_pin(qtbot: QtBot, kiosk: KioskWindow) -> None:
    for _ in range(5):
        qtbot.mouseClick(kiosk.corner, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.pin_page
    for _ in range(3):
        keypad_type(qtbot, kiosk.pin_keypad, "1111")
        with qtbot.waitSignal(kiosk.pin_refused, timeout=5000):
            click(qtbot, kiosk.pin_keypad.ok)
    assert kiosk.pin_message.text() and not kiosk.pin_keypad.ok.isEnabled()


def page_idle_notice(qtbot: QtBot, kiosk: KioskWindow) -> None:
    click(qtbot, kiosk.begin_button)
    keypad_type(qtbot, kiosk.model_keypad, "A1")
    kiosk.set_idle_seconds(3)
    with qtbot.waitSignal(kiosk.idle_notice_shown, timeout=5000):
        pass
    kiosk.idle_timer.stop()  # keep the notice up while it is looked at
    assert kiosk.idle_notice.isVisible()


PAGES: dict[str, Callable[[QtBot, KioskWindow], None]] = {
    "start": page_start,
    "guide": page_guide,
    "model": page_model,
    "question": page_question,
    "serial": page_serial,
    "affected": page_affected,
    "not_affected": page_not_affected,
    "no_recall": page_no_recall,
    "check_with_manufacturer": page_check_with_manufacturer,
    "pin": page_pin,
    "idle_notice": page_idle_notice,
}


def data_texts(kiosk: KioskWindow) -> set[str]:
    """What the kiosk shows as it is, untranslated: the catalog's question and its choices (on the
    details page), a reason that is the notice's own words, what was typed, and the language
    buttons, each named in its own language."""
    data = set(i18n.LANGUAGES.values())
    data.update(e.text() for e in (kiosk.model_entry, kiosk.serial_entry) if e.text())
    result = kiosk.last_result
    if result is not None and result.reason_msg is not None and result.reason_msg.template == "{text}":
        data.add(str(result.reason_msg))  # the reason in the notice's own words (catalog data)
    if result is not None and kiosk.stack.currentWidget() is kiosk.details_page:
        for question in result.questions:
            data.add(question.text)
            data.update(choice.label for choice in question.choices)
    return data


def switch_to_pseudo(kiosk: KioskWindow, qtbot: QtBot, pseudo_qm: list[str]) -> None:
    assert i18n.set_language("pseudo", extra_qm=pseudo_qm)
    qtbot.waitUntil(lambda: OPEN in kiosk.windowTitle(), timeout=5000)
    settle(kiosk)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_is_translated_and_fits_in_the_pseudo_locale(
    qtbot: QtBot,
    make_kiosk: Callable[[QSize], KioskWindow],
    pseudo_qm: list[str],
    english_afterwards: None,
    page: str,
    size: QSize,
) -> None:
    kiosk = make_kiosk(size)
    PAGES[page](qtbot, kiosk)
    # The language changes while the page shows: every text, the page's own included, follows.
    switch_to_pseudo(kiosk, qtbot, pseudo_qm)
    data = data_texts(kiosk)
    problems = [f"untranslated: {t}" for t in untranslated(kiosk, data=lambda text: text in data)]
    problems += [f"clipped: {t}" for t in clipped(kiosk)]
    assert not problems, "\n".join(problems)
    # Nothing spills out of the screen either (what scrolls inside a scroll area may: the area may not).
    for w in kiosk.findChildren(QWidget):
        if not w.isVisible() or _scrolled(w, kiosk):
            continue
        if isinstance(w, QAbstractButton | QLineEdit | QLabel | QAbstractScrollArea):
            corner = w.mapTo(kiosk, w.rect().bottomRight())
            assert kiosk.rect().contains(corner), (w.objectName(), corner, kiosk.size())


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Whether ``widget`` is content inside a scroll area (below ``top``)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def test_pseudo_locale_from_the_start_marks_every_text(
    qtbot: QtBot, make_kiosk: Callable[[QSize], KioskWindow], pseudo_locale: None
) -> None:
    """A kiosk opened in another language shows it from its first screen (not only after a change)."""
    kiosk = make_kiosk(SIZES[0])
    settle(kiosk)
    assert kiosk.station_language == "pseudo"
    assert untranslated(kiosk, data=lambda text: text in data_texts(kiosk)) == []
    assert OPEN in kiosk.begin_button.text() and OPEN in kiosk.model_keypad.clear.text()


# -- the customer's language, with the real catalogs ----------------------------------------------


def test_choosing_french_shows_french_at_once_prints_a_french_slip_and_idle_returns_to_english(
    qtbot: QtBot,
    make_kiosk: Callable[[QSize], KioskWindow],
    translations: None,
    english_afterwards: None,
    tmp_path: Path,
) -> None:
    kiosk = make_kiosk(SIZES[0])
    out = tmp_path / "receipt.bin"
    kiosk.settings.printer_kind = "file"
    kiosk.settings.printer_target = str(out)
    kiosk.settings.printer_profile = "AF-240"  # a text-only device: the slip's words can be read back
    assert kiosk.station_language == "en" and kiosk.language_buttons["en"].isChecked()
    english = kiosk.begin_button.text()
    assert english == "Type the model number"

    click(qtbot, kiosk.language_buttons["fr"])
    qtbot.waitUntil(lambda: kiosk.begin_button.text() == "Saisissez le numéro de modèle", timeout=5000)
    assert i18n.current_language() == "fr" and kiosk.customer_language == "fr"
    assert kiosk.language_buttons["fr"].isChecked() and not kiosk.language_buttons["en"].isChecked()
    assert kiosk.windowTitle() == "Recall Desk\u00a0: vérifiez votre appareil"
    assert kiosk.findChild(QPushButton, "guide_power_bank").text() == "Batterie externe"  # type: ignore[union-attr]
    assert kiosk.model_keypad.clear.text() == "Effacer"  # the keypad's own words too
    assert kiosk.language_buttons["fr"].text() == "Français"  # each language keeps its own name
    assert kiosk.language_buttons["en"].accessibleName() == "English (anglais)"

    # A whole check in French: the steps, the keypad's OK, the slip.
    model(qtbot, kiosk, "BPD005")
    assert kiosk.details_step.text() == "Étape 3 sur 4"
    assert kiosk.serial_keypad.ok.text() == "Vérifier"
    keypad_type(qtbot, kiosk.serial_keypad, "57V123456789AB")
    check(qtbot, kiosk, kiosk.serial_keypad.ok)
    assert kiosk.verdict_heading.text() == "Votre résultat"
    with qtbot.waitSignal(kiosk.slip_done, timeout=10_000) as done:
        click(qtbot, kiosk.print_button)
    assert done.args == ["printed"]
    assert kiosk.slip_status.text().startswith("Votre fiche (dossier RD-")
    slip = " ".join(parse(out.read_bytes()).text().split())
    assert "PAR LE RAPPEL" in slip and "dossier" in slip
    assert "STOP USING" not in slip and "Case number" not in slip

    # The customer leaves: after the idle time the kiosk is English again and forgot the choice.
    kiosk.set_idle_seconds(0.3)
    with qtbot.waitSignal(kiosk.reset, timeout=5000):
        pass
    assert i18n.current_language() == "en" and kiosk.customer_language is None
    qtbot.waitUntil(lambda: kiosk.begin_button.text() == english, timeout=5000)
    assert kiosk.stack.currentWidget() is kiosk.start_page
    assert kiosk.language_buttons["en"].isChecked() and not kiosk.language_buttons["fr"].isChecked()
    assert kiosk.model_keypad.clear.text() == "Clear"


def test_the_station_language_is_the_one_the_kiosk_opened_in(
    qtbot: QtBot,
    make_kiosk: Callable[[QSize], KioskWindow],
    translations: None,
    english_afterwards: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from recall_desk.ui import kiosk as kiosk_module

    langs: list[str] = []
    real = kiosk_module.make_slip
    monkeypatch.setattr(
        kiosk_module, "make_slip", lambda *a, **k: (langs.append(k["lang"]), real(*a, **k))[1]
    )
    assert i18n.set_language("es")
    kiosk = make_kiosk(SIZES[1])
    kiosk.settings.slip_language = "fr"  # the store's own default for slips
    assert kiosk.station_language == "es"
    assert kiosk.begin_button.text() == "Escriba el número de modelo"
    assert kiosk.language_buttons["es"].isChecked()

    # Without a choice the slip follows the store's setting, as at the counter.
    model(qtbot, kiosk, "A1647")
    with qtbot.waitSignal(kiosk.slip_done, timeout=10_000):
        click(qtbot, kiosk.print_button)
    assert langs == ["fr"]
    click(qtbot, kiosk.again_button)

    # The next customer picks English: screens and slip in English until "Start over".
    click(qtbot, kiosk.language_buttons["en"])
    qtbot.waitUntil(lambda: kiosk.begin_button.text() == "Type the model number", timeout=5000)
    model(qtbot, kiosk, "A1647")
    assert kiosk.again_button.text() == "Start over"
    with qtbot.waitSignal(kiosk.slip_done, timeout=10_000):
        click(qtbot, kiosk.print_button)
    assert langs == ["fr", "en"]
    assert "show it to a member of staff" in kiosk.slip_status.text()
    with qtbot.waitSignal(kiosk.reset, timeout=5000):
        click(qtbot, kiosk.again_button)
    assert i18n.current_language() == "es" and kiosk.customer_language is None
    qtbot.waitUntil(lambda: kiosk.begin_button.text() == "Escriba el número de modelo", timeout=5000)
    assert kiosk.language_buttons["es"].isChecked() and not kiosk.language_buttons["en"].isChecked()


# -- access: names, touch targets, colours --------------------------------------------------------


def controls(kiosk: KioskWindow) -> list[QWidget]:
    """What a customer (or a manager) can touch or type into, as it shows now."""
    kinds = (QAbstractButton, QLineEdit, QTabBar, Keypad, CornerTaps)
    return [w for w in kiosk.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]


@pytest.mark.parametrize("page", list(PAGES))
def test_every_control_has_a_translated_name_and_description(
    qtbot: QtBot,
    make_kiosk: Callable[[QSize], KioskWindow],
    pseudo_qm: list[str],
    english_afterwards: None,
    page: str,
) -> None:
    kiosk = make_kiosk(SIZES[0])
    PAGES[page](qtbot, kiosk)
    switch_to_pseudo(kiosk, qtbot, pseudo_qm)
    found = controls(kiosk)
    assert found
    if kiosk.stack.currentWidget() in (kiosk.model_page, kiosk.pin_page):
        keypad = kiosk.model_keypad if kiosk.stack.currentWidget() is kiosk.model_page else kiosk.pin_keypad
        assert set(keypad.keys.values()) <= set(found)  # every key is walked
    problems = []
    for w in found:
        for what, text in (("name", w.accessibleName()), ("description", w.accessibleDescription())):
            if not text.strip():
                problems.append(f"{type(w).__name__} {w.objectName()}: no accessible {what}")
            elif OPEN not in text:
                problems.append(
                    f"{type(w).__name__} {w.objectName()}: accessible {what} {text!r} untranslated"
                )
    assert problems == []


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("page", list(PAGES))
def test_touch_targets_are_at_least_48_px(
    qtbot: QtBot, make_kiosk: Callable[[QSize], KioskWindow], page: str, size: QSize
) -> None:
    kiosk = make_kiosk(size)
    PAGES[page](qtbot, kiosk)
    settle(kiosk)
    small = []
    for w in controls(kiosk):
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                rect = w.tabRect(i)
                if rect.width() < 48 or rect.height() < 48:
                    small.append(f"tab {w.tabText(i)!r}: {rect.width()}x{rect.height()}")
        elif not isinstance(w, Keypad) and (w.width() < 48 or w.height() < 48):
            small.append(f"{type(w).__name__} {w.objectName()}: {w.width()}x{w.height()}")
    assert small == []


def test_the_kiosk_colours_meet_wcag_aa() -> None:
    for what, fg, bg, need in CONTRAST:
        ratio = contrast_ratio(QColor(fg), QColor(bg))
        assert ratio >= need, f"{what}: {fg} on {bg} is {ratio:.2f}, needs {need}"
    # Every colour the style sheet uses is one of the pairs checked.
    checked = {c.upper() for _, fg, bg, _ in CONTRAST for c in (fg, bg)}
    used = {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{6}", STYLE)}
    assert used <= checked, used - checked


@pytest.mark.parametrize("page", ["start", "model", "serial", "affected", "pin", "idle_notice"])
def test_the_colours_on_screen_meet_wcag_aa(
    qtbot: QtBot, make_kiosk: Callable[[QSize], KioskWindow], page: str
) -> None:
    """The colours the widgets really get (style sheet and palette), not only the constants."""
    kiosk = make_kiosk(SIZES[0])
    PAGES[page](qtbot, kiosk)
    settle(kiosk)
    role = QPalette.ColorRole
    page_colour = kiosk.palette().color(role.Window)
    low = []
    for w in kiosk.findChildren(QWidget):
        if not w.isVisible():
            continue
        p = w.palette()
        pairs: list[tuple[str, QColor, QColor]] = []
        if isinstance(w, QPushButton) and w.text():
            pairs.append(("text", p.color(role.ButtonText), p.color(role.Button)))
        elif isinstance(w, QLineEdit):
            pairs.append(("text", p.color(role.Text), p.color(role.Base)))
            pairs.append(("placeholder", p.color(role.PlaceholderText), p.color(role.Base)))
        elif isinstance(w, QLabel) and w.text() and not _inside(w, lambda a: isinstance(a, VerdictBanner)):
            on_notice = _inside(w, lambda a: a is kiosk.idle_notice)
            pairs.append(("text", p.color(role.WindowText), QColor(NOTICE) if on_notice else page_colour))
        for what, fg, bg in pairs:
            ratio = contrast_ratio(fg, bg)
            if ratio < AA_NORMAL:
                low.append(f"{w.objectName()} {what}: {fg.name()} on {bg.name()} is {ratio:.2f}")
    assert low == []


def _inside(w: QWidget, ancestor: Callable[[QWidget], bool]) -> bool:
    parent = w.parentWidget()
    while parent is not None:
        if ancestor(parent):
            return True
        parent = parent.parentWidget()
    return False
