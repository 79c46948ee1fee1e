"""The counter window in every language: with the pseudo-locale (every message marked ⟦…⟧ and 35 %
longer) each visible text of the window and its dialogs, in their main states, is translated and fits
its widget at 1024x768 and 1920x1080; with the real French and Spanish catalogs the language changes
at once while a dialog is open, and the saved choice is applied at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from gui_screenshots import AFFECTED, DIALOGS, WINDOW_STATES, go, open_dialog, pages
from i18n_check import clipped, untranslated
from recall_desk.catalog.clerks import Clerks
from recall_desk.catalog.service import Catalog
from recall_desk.core.verdict import CheckResult
from recall_desk.ui import i18n
from recall_desk.ui.escpos_out import profile_names
from recall_desk.ui.main_window import MainWindow
from recall_desk.ui.settings import AppSettings
from recall_desk.ui.settings_dialog import SettingsDialog

TODAY = date(2026, 11, 23)
SIZES = (QSize(1024, 768), QSize(1920, 1080))


@pytest.fixture
def window(qtbot: QtBot, catalog: Catalog, settings_file: Path) -> Iterator[MainWindow]:
    win = MainWindow(catalog, AppSettings(), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def catalog_data(window: MainWindow) -> Callable[[str], bool]:
    """The texts that are data, not the program's words: what the catalog and the verdict engine say
    about the check shown (names, the labels' places and words, questions and choices, the reason and
    the serial hints), what was typed, and the receipt printers' model names.  Exact texts only."""
    texts: set[str] = {window.entry.text(), window.settings.station}
    if window._body_built:
        texts.add(window.panel.serial.text())
    texts.update(name for name in profile_names() if name != "default")
    result: CheckResult | None = window.last_result
    if result is not None:
        texts.update((result.reason, result.problem or ""))
        texts.update(q.text for q in result.questions)
        texts.update(c.label for q in result.questions for c in q.choices)
        for m in result.matches:
            product = m.product
            texts.update((m.reason, m.serial_hint or "", product.brand, product.name))
            texts.update((m.recall.title, m.recall.hazard or "", m.recall.label))
            rule = product.serial_rule.label
            texts.update((rule, rule[:1].upper() + rule[1:]))
            texts.update(q.text for q in m.questions)
            texts.update(c.label for q in m.questions for c in q.choices)
            texts.update(p.caption or "" for p in product.pictures)
    texts.discard("")
    return lambda text: text in texts


def at_size(qtbot: QtBot, widget: QWidget, size: QSize) -> None:
    widget.resize(size)
    qtbot.waitUntil(lambda: widget.size() == size, timeout=3000)


def fit_dialog(qtbot: QtBot, dialog: QDialog, screen: QSize) -> None:
    """As fit_to_screen does on a screen of that size: the dialog no larger than the screen."""
    hint = dialog.minimumSizeHint()
    assert hint.width() <= screen.width() and hint.height() <= screen.height(), (
        f"{type(dialog).__name__} needs at least {hint}, more than a {screen} screen"
    )
    dialog.resize(min(dialog.width(), screen.width()), min(dialog.height(), screen.height()))
    qtbot.wait(20)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_text_of_the_window_is_translated_and_fits(
    qtbot: QtBot, window: MainWindow, pseudo_locale: None, size: QSize
) -> None:
    at_size(qtbot, window, size)
    problems = []
    for state in WINDOW_STATES:
        go(window, state)
        qtbot.wait(30)  # the layouts settle
        data = catalog_data(window)
        problems += [f"{state}: untranslated {line}" for line in untranslated(window, data)]
        problems += [f"{state}: clipped {line}" for line in clipped(window)]
    assert window.size() == size
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("name", DIALOGS)
def test_every_text_of_the_dialogs_is_translated_and_fits(
    qtbot: QtBot, window: MainWindow, pseudo_locale: None, size: QSize, name: str
) -> None:
    at_size(qtbot, window, size)
    dialog = open_dialog(window, name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fit_dialog(qtbot, dialog, size)
    data = catalog_data(window)
    problems = []
    with pages(dialog) as each:
        for page in each:
            problems += [f"{name}{page}: untranslated {line}" for line in untranslated(dialog, data)]
            problems += [f"{name}{page}: clipped {line}" for line in clipped(dialog)]
    assert not problems, "\n".join(problems)
    dialog.close()


def test_the_sign_in_and_first_manager_messages_are_translated(
    qtbot: QtBot, window: MainWindow, pseudo_locale: None
) -> None:
    dialog = open_dialog(window, "settings")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, SettingsDialog) and dialog.first_manager is not None
    dialog.show()
    box = dialog.first_manager
    box.clerk_id.setText("pat")
    box.pin.setText("2468")
    box.pin_again.setText("2469")
    box.create_manager()
    assert box.message.text().startswith("⟦")
    box.pin_again.setText("2468")
    box.create_manager()
    assert box.message.text().startswith("⟦") and "pat" in box.message.text()
    assert untranslated(dialog, catalog_data(window)) == []
    # The clerk register's own refusal is shown as it gives it, in a sentence of its own.
    signin = window.sign_in_dialog()
    assert signin is not None
    qtbot.addWidget(signin)
    signin.show()
    signin.clerk_id.setText("pat")
    signin.pin.setText("0000")
    signin.try_sign_in()
    refusal = signin.message.text()
    assert refusal.startswith("Wrong PIN")
    assert untranslated(signin, lambda text: text == refusal) == []


def test_the_help_is_translated(window: MainWindow, pseudo_locale: None) -> None:
    assert window.help_text().startswith("⟦<h3>")
    assert window.about_action.text().startswith("⟦")


# --- the real catalogs -------------------------------------------------------------------------------

WORDS = {
    "fr": ("Vérifier", "Paramètres", "CONCERNÉ"),
    "es": ("Verificar", "Configuración", "AFECTADO"),
    "en": ("Check", "Settings", "AFFECTED"),
}
"""(the check button, the settings dialog's title, the affected headline's first word) per language."""


def test_switching_the_language_changes_the_open_window_and_dialog_at_once(
    qtbot: QtBot, window: MainWindow, translations: None
) -> None:
    query, serial = AFFECTED
    window.entry.setText(query)
    window.check_entry()
    window._on_serial(serial)
    assert window.banner.outcome == "affected"
    dialog = window.settings_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    english_status = window.catalog_label.text()
    try:
        for lang in ("fr", "es", "en"):
            button, title, headline = WORDS[lang]
            window.language_actions[lang].trigger()
            qtbot.waitUntil(lambda b=button: window.check_button.text() == b, timeout=5000)
            qtbot.waitUntil(lambda t=title: dialog.windowTitle() == t, timeout=5000)
            assert window.banner.headline.text().startswith(headline)
            assert window.language_actions[lang].isChecked()
            assert AppSettings().language == lang  # saved for the next start
            # The status bar and the results' headers were made again in the new language.
            assert (window.catalog_label.text() == english_status) == (lang == "en")
            header = window.results.headerData(0, window.table.horizontalHeader().orientation())
            assert header == {"fr": "Marque", "es": "Marca", "en": "Brand"}[lang]
    finally:
        i18n.set_language("en")


def test_the_settings_dialog_sets_the_language(qtbot: QtBot, window: MainWindow, translations: None) -> None:
    dialog = window.settings_dialog()
    assert isinstance(dialog, SettingsDialog)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system"
    assert [dialog.language.itemText(i) for i in range(1, 4)] == ["English", "Français", "Español"]
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    try:
        dialog.accept()
        qtbot.waitUntil(lambda: window.check_button.text() == "Verificar", timeout=5000)
        assert AppSettings().language == "es" and i18n.current_language() == "es"
    finally:
        i18n.set_language("en")


NEXT_START = r"""
import sys
from recall_desk.ui import app as ui_app
def hook(window):
    def painted():
        print("check button:", window.check_button.text(), flush=True)
        print("file menu:", window.file_menu.title(), flush=True)
        ui_app.application().quit()
    window.first_paint.connect(painted)
sys.exit(ui_app.run_window(sys.argv[1], on_window=hook))
"""


@pytest.mark.parametrize(
    ("lang", "button", "menu"), [("fr", "Vérifier", "&Fichier"), ("es", "Verificar", "&Archivo")]
)
def test_the_saved_language_is_applied_at_the_next_start(
    db_path: Path, settings_file: Path, translations: None, lang: str, button: str, menu: str
) -> None:
    AppSettings().language = lang
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RECALL_DESK_SETTINGS": str(settings_file)}
    proc = subprocess.run(
        [sys.executable, "-c", NEXT_START, str(db_path)], env=env, capture_output=True, text=True, timeout=60
    )
    assert f"check button: {button}\n" in proc.stdout, proc.stdout + proc.stderr
    assert f"file menu: {menu}\n" in proc.stdout, proc.stdout + proc.stderr


def test_a_system_language_setting_follows_the_system(settings_file: Path) -> None:
    settings = AppSettings()
    assert settings.language == "system"
    assert settings.interface_language() == i18n.system_language() == "en"  # LANGUAGE=en in conftest
    settings.language = "de"  # not one of ours: back to the default
    assert settings.language == "system"


def test_clerks_roles_in_the_status_bar_follow_the_language(
    qtbot: QtBot, window: MainWindow, pseudo_locale: None, catalog: Catalog
) -> None:
    clerks = Clerks(catalog.engine)
    manager = clerks.add("boss", name="Pat", role="manager")
    window.refresh_roles()
    window.set_clerk(manager)
    assert window.clerk_button.text().startswith("⟦") and "Pat (boss)" in window.clerk_button.text()
    assert untranslated(window, catalog_data(window)) == []


def test_an_old_catalog_warning_fits_beside_the_clerk(
    qtbot: QtBot, catalog: Catalog, settings_file: Path, pseudo_locale: None
) -> None:
    """The longest status bar: an old catalog's warning and an open station (no clerks), at 1024x768."""
    old = MainWindow(catalog, AppSettings(), today=date(2027, 2, 1))
    qtbot.addWidget(old)
    old.show()
    qtbot.waitExposed(old)
    at_size(qtbot, old, SIZES[0])
    assert old.stale_label.isVisible() and old.open_station
    for state in ("1-empty", "5-affected"):
        go(old, state)
        qtbot.wait(30)
        assert untranslated(old, catalog_data(old)) == []
        assert clipped(old) == []
    old.close()


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("en", "1 of 1 check", "2 of 2 checks"),
        ("fr", "1 sur 1 vérification", "2 sur 2 vérifications"),
        ("es", "1 de 1 verificación", "2 de 2 verificaciones"),
    ],
)
def test_counts_take_each_language_s_plural(
    qtbot: QtBot, window: MainWindow, translations: None, lang: str, one: str, many: str
) -> None:
    """English's singular comes from the code (the source language has no catalog); French and
    Spanish take theirs from their catalogs."""
    try:
        assert i18n.set_language(lang)
        go(window, "3-question")
        dialog = window.check_log_dialog()
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert dialog.count.text() == one
        go(window, "7-no-recall")
        dialog.refresh()
        assert dialog.count.text() == many
    finally:
        i18n.set_language("en")
