"""The interface's translations: every module in one catalog, every message translated with its
placeholders kept, and the language switch while the program runs."""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from i18n_check import I18N, ROOT, build_pseudo_qm, compile_translations, lrelease, pseudo
from recall_desk.ui import i18n

UI = ROOT / "src" / "recall_desk" / "ui"


def _build_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("recall_desk_i18n_build", ROOT / "packaging" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _build_module()


def _mnemonics(text: str) -> int:
    """How many shortcut letters (a single &) a text marks; &amp; and && are not one."""
    return len(re.findall(r"(?<!&)&(?![&\s]|amp;)", text.replace("&&", "")))


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d+")


def test_every_ui_module_is_in_exactly_one_catalog() -> None:
    grouped = [name for group, files in BUILD.GROUPS.items() if group != "engine" for name in files]
    assert len(grouped) == len(set(grouped)), "a module is in two catalogs"
    modules = sorted(p.name for p in UI.glob("*.py") if p.name != "__init__.py")
    assert sorted(grouped) == modules
    assert tuple(BUILD.GROUPS) == i18n.GROUPS


def test_a_catalog_source_for_every_group_and_language() -> None:
    for ts in BUILD.ts_files():
        assert ts.is_file(), f"{ts} is missing: python packaging/i18n.py update"
        root = ET.parse(ts).getroot()
        lang = ts.stem.rsplit("_", 1)[1]
        assert root.get("language") == lang and root.get("sourcelanguage") == "en"


@pytest.mark.parametrize("ts", BUILD.ts_files(), ids=lambda p: p.name)
def test_every_message_is_translated_with_its_placeholders(ts: Path) -> None:
    assert not BUILD.unfinished(ts), f"untranslated in {ts.name}: {BUILD.unfinished(ts)[:10]}"
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = (
            [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text or ""]
        )
        for text in forms:
            if sorted(set(PLACEHOLDER.findall(text)) - {"%n"}) != sorted(
                set(PLACEHOLDER.findall(source)) - {"%n"}
            ):
                problems.append(f"{source!r} -> {text!r}: placeholders differ")
            if (
                source.count("&") - 2 * source.count("&&") == 1
                and text.count("&") - 2 * text.count("&&") != 1
            ):
                problems.append(f"{source!r} -> {text!r}: the shortcut letter (&) is lost")
            words = PLACEHOLDER.sub("", source)
            if (
                text.strip() == source.strip()
                and sum(c.isalpha() for c in words) > 3
                and " " in words.strip()
            ):
                problems.append(f"{source!r}: left in English")
    assert not problems, "\n".join(problems)


def test_pseudo_form_keeps_placeholders_and_markup() -> None:
    text = pseudo("Recall {number}: <b>%n</b> units &amp; more")
    assert text.startswith("⟦") and text.endswith("⟧")
    assert "{number}" in text and "<b>%n</b>" in text and "&amp;" in text
    assert "Réçàll" in text


class _Counting(i18n.Retranslating, QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.calls += 1


def test_language_switches_at_run_time_and_back(qtbot, tmp_path: Path) -> None:
    compile_translations()
    label = _Counting()
    qtbot.addWidget(label)
    try:
        assert i18n.set_language("fr")
        assert i18n.current_language() == "fr"
        qtbot.waitUntil(lambda: label.calls >= 2)
        # Qt's own strings follow too (qtbase_fr).
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert i18n.set_language("es")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
        calls = label.calls
        assert i18n.set_language("en")
        qtbot.waitUntil(lambda: label.calls > calls)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        i18n.set_language("en")


def test_unknown_or_unbuilt_language_stays_english(qtbot, tmp_path: Path, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="recall_desk.ui.i18n"):
        assert not i18n.set_language("de")
        assert i18n.current_language() == "en"
        assert not i18n.set_language("fr", extra_qm=[str(tmp_path / "missing.qm")])
        assert i18n.current_language() == "en"
    assert "no interface language 'de'" in caplog.text
    assert "missing.qm" in caplog.text


def test_pseudo_catalog_translates_every_message(qtbot, tmp_path: Path) -> None:
    qms = build_pseudo_qm(tmp_path, lrelease())
    try:
        assert i18n.set_language("pseudo", extra_qm=qms)
        for ts in I18N.glob("recall_desk_*_fr.ts"):
            for context in ET.parse(ts).getroot().iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    if message.get("numerus") == "yes":
                        continue
                    source = message.findtext("source") or ""
                    assert QCoreApplication.translate(name, source) == pseudo(source)
    finally:
        i18n.set_language("en")
