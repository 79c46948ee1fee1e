"""The engine's words as messages (core/message.py): the English text is exactly the reason the
command line prints, every template is in the engine's translation catalog, and a translated
rendering leaves no engine English behind."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from recall_desk.catalog.service import Catalog
from recall_desk.core.message import Msg, joined, sentences
from recall_desk.core.verdict import CheckResult

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"

# Checks that reach every kind of reason the seed catalog can give.
CHECKS: list[tuple[str, dict[str, object]]] = [
    ("", {}),
    ("X" * 5000, {}),
    ("A3102", {}),
    ("A3102", {"answers": {"colour": "black"}}),
    ("A3102", {"answers": {"colour": "red"}}),
    ("A3102", {"answers": {"colour": "mauve"}}),
    ("A3102016", {"serial": "1234567890123456"}),
    ("A3102016", {"serial": "12345"}),
    ("A3102016", {"serial": "A31O2O16OI234567"}),
    ("A1647", {}),
    ("A1647", {"serial": "AZ12345678901234"}),
    ("A1112", {}),
    ("BPD005", {}),
    ("BPD005", {"serial": "57V123456789AB"}),
    ("BPD005", {"serial": "58V123456789AB"}),
    ("BPD005", {"serial": "57V12"}),
    ("BPD005", {"no_serial": True}),
    ("ATH-SQ1TW2", {"serial": "2400"}),
    ("ATH-SQ1TW2", {"serial": "2500"}),
    ("ATH-SQ1TW2", {"no_serial": True}),
    ("ATH-CK3TW", {"serial": "1234B"}),
    ("ATH-CK3TW", {"serial": "1234A"}),
    ("A31O2016", {}),
    ("XYZ999", {}),
    ("012345678905", {}),
    ("soundcore", {}),
    ("anker power bank", {}),
    ("2024A3B4C5D6E7F8", {}),
]


def results(catalog: Catalog) -> Iterator[CheckResult]:
    for query, kw in CHECKS:
        yield catalog.check(query, **kw)  # type: ignore[arg-type]


def catalog_templates(lang: str) -> dict[str, str]:
    root = ET.parse(I18N / f"recall_desk_engine_{lang}.ts").getroot()
    return {
        m.findtext("source") or "": (m.find("translation").text or "")  # type: ignore[union-attr]
        for c in root.iter("context")
        if c.findtext("name") == "Engine"
        for m in c.iter("message")
    }


def _worded(template: str) -> bool:
    """Whether a template has words of its own outside its {fields}."""
    outside = "".join(template.replace("{", "}").split("}")[::2])
    return any(ch.isalpha() for ch in outside)


def messages(result: CheckResult) -> Iterator[tuple[str, Msg]]:
    if result.reason_msg is not None:
        yield result.reason, result.reason_msg
    if result.problem_msg is not None:
        assert result.problem is not None
        yield result.problem, result.problem_msg
    for m in result.matches:
        assert m.reason_msg is not None
        yield m.reason, m.reason_msg
        if m.serial_hint_msg is not None:
            assert m.serial_hint is not None
            yield m.serial_hint, m.serial_hint_msg
        yield from zip(m.notes, m.notes_msg, strict=True)


def test_the_english_of_every_message_is_the_reason_given(catalog: Catalog) -> None:
    seen = 0
    for result in results(catalog):
        assert (result.reason_msg is None) == (result.outcome is None)
        for english, msg in messages(result):
            assert str(msg) == english
            seen += 1
    assert seen > 60


def test_every_template_is_in_the_engine_catalog(catalog: Catalog) -> None:
    known = catalog_templates("fr")
    used = {t for r in results(catalog) for _, msg in messages(r) for t in msg.templates()}
    # Templates made of fields and punctuation only (joining parts) need no translation.
    worded = {t for t in used if _worded(t)}
    assert worded - set(known) == set()
    assert len(worded) > 30


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_a_translated_rendering_leaves_no_engine_english(catalog: Catalog, lang: str) -> None:
    table = catalog_templates(lang)

    def translate(template: str) -> str:
        return table.get(template) or template

    marked = {t: f"⟦{i}⟧" for i, t in enumerate(table)}
    for result in results(catalog):
        for english, msg in messages(result):
            shown = msg.render(translate)
            # Every engine template was replaced: rendering with markers instead of words leaves
            # no run of a template's words, only markers, data and punctuation.
            skeleton = msg.render(lambda t: marked.get(t, t))
            for template in table:
                words = [w for w in template.split() if "{" not in w and len(w) > 3]
                if len(words) >= 3 and " ".join(words) in skeleton:
                    pytest.fail(f"{template!r} left in English in {skeleton!r}")
            if any(_worded(t) and table.get(t, t) != t for t in msg.templates()):
                assert shown != english, f"{english!r} was not translated"


def test_the_french_for_a_serial_the_clerk_must_enter(catalog: Catalog) -> None:
    fr = catalog_templates("fr")
    result = catalog.check("BPD005")
    assert result.reason_msg is not None
    shown = result.reason_msg.render(lambda t: fr.get(t) or t)
    assert (
        shown
        == "Entrez le numéro de série pour trancher (14 lettres et chiffres; commence par «\u00a057V\u00a0»)."
    )
    es = catalog_templates("es")
    result = catalog.check("XYZ999")
    assert result.reason_msg is not None
    assert result.reason_msg.render(lambda t: es.get(t) or t).startswith(
        "No hay ningún retiro registrado para el modelo XYZ999 al "
    )


def test_data_is_never_translated_and_broken_translations_fall_back() -> None:
    msg = Msg("The {label} reads {serial}", label=Msg("serial number"), serial="serial number")
    table = {"The {label} reads {serial}": "Le {label} indique {serial}", "serial number": "numéro de série"}
    assert msg.render(table.get) == "Le numéro de série indique serial number"
    assert msg.render(lambda t: "Le {étiquette} indique") == "The serial number reads serial number"
    assert msg.render(lambda t: "{0} {") == "The serial number reads serial number"
    assert Msg("recall {n}", n="25-056").capitalized().render() == "Recall 25-056"


def test_lists_and_sentences_in_words() -> None:
    assert str(joined([])) == ""
    assert str(joined(["a"])) == "a"
    assert str(joined(["a", "b"])) == "a or b"
    assert str(joined(["a", "b", "c"])) == "a, b or c"
    assert str(sentences(Msg("One."), None, "", Msg("Two."))) == "One. Two."


def test_the_slip_gives_the_engine_words_in_the_slip_language(catalog: Catalog, translations: None) -> None:
    from datetime import UTC, datetime

    from recall_desk.core.slip import make_slip
    from recall_desk.ui.i18n import engine_translate

    result = catalog.check("BPD005", serial="57V12")
    when = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)
    texts = {
        lang: [
            item.text
            for section in make_slip(
                result, case="C-1", when=when, lang=lang, translate=engine_translate(lang)
            ).sections
            for item in section.items
            if hasattr(item, "text")
        ]
        for lang in ("en", "fr", "es")
    }
    assert engine_translate("en") is None
    assert any(
        t.startswith("The serial number reads 57V12: it has 5 characters, not 14.") for t in texts["en"]
    )
    assert any(
        t.startswith("Le numéro de série indique 57V12\u00a0: il a 5 caractères, et non 14.")
        for t in texts["fr"]
    )
    assert any(t.startswith("El número de serie dice 57V12: tiene 5 caracteres, no 14.") for t in texts["es"])
