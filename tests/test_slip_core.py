"""The slip as data (core/slip.py, core/slip_text.py): what it says for each outcome and language, and
what it says when the catalog is silent."""

from __future__ import annotations

import string
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from recall_desk.catalog.service import Catalog
from recall_desk.core.model import Contact, Remedy
from recall_desk.core.slip import (
    CASE_RE,
    Code,
    CodeKind,
    Slip,
    SlipError,
    SlipKind,
    StoreInfo,
    Style,
    Text,
    case_number,
    default_match,
    disposal_pointers,
    has_lithium_battery,
    make_slip,
    slip_matches,
    unprintable_reason,
)
from recall_desk.core.slip_text import LANGS, format_date, format_datetime, format_partial_date, keys, t
from recall_desk.core.verdict import CheckResult

WHEN = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)
STORE = StoreInfo("Hardware Hut", "12 Main Street\nSpringfield, OR 97477", "(541) 555-0100")


def slip_for(result: CheckResult, lang: str = "en", **kw: object) -> Slip:
    return make_slip(
        result, case="RD-20261122-000042", when=WHEN, lang=lang, store=STORE, station="Counter 2", **kw
    )  # type: ignore[arg-type]


def text_of(slip: Slip) -> str:
    return "\n".join(slip.lines())


def items(slip: Slip, key: str) -> list[Text | Code]:
    section = next(s for s in slip.all_sections() if s.key == key)
    return [i for i in section.items if isinstance(i, Text | Code)]


# --- the message table ------------------------------------------------------------------------------


def test_every_message_has_three_languages_with_the_same_placeholders() -> None:
    fmt = string.Formatter()
    for key in keys():
        fields = [{f for _, f, _, _ in fmt.parse(t(key, lang)) if f} for lang in LANGS]
        assert fields[0] == fields[1] == fields[2], key
        texts = [t(key, lang) for lang in LANGS]
        if key not in ("label_sep", "or", "list_sep", "notice_language") and texts[0]:
            assert all(texts), key


def test_french_and_spanish_are_written_with_their_accents() -> None:
    assert t("sec_disposal", "fr") == "Élimination"
    assert t("sec_now", "es") == "Qué hacer ahora" and t("sec_disposal", "es") == "Cómo desecharlo"
    assert t("verdict_affected", "fr").startswith("CONCERNÉ")
    assert "\u00a0:" in t("verdict_affected", "fr")  # the French no-break space before a colon
    assert t("label_sep", "fr") == "\u00a0: " and t("label_sep", "en") == ": "


def test_dates_are_written_the_way_each_language_writes_them() -> None:
    day = date(2026, 11, 22)
    assert format_date(day, "en") == "November 22, 2026"
    assert format_date(day, "fr") == "22 novembre 2026"
    assert format_date(day, "es") == "22 de noviembre de 2026"
    assert format_date(date(2024, 8, 1), "fr") == "1er août 2024"
    assert format_datetime(WHEN, "en") == "November 22, 2026, 3:30 p.m."
    assert format_datetime(WHEN, "fr") == "22 novembre 2026, 15\u00a0h\u00a030"
    assert format_datetime(WHEN, "es") == "22 de noviembre de 2026, 15:30"
    assert format_partial_date("2024-11", "es") == "noviembre de 2024"
    assert format_partial_date("2024-11", "en") == "November 2024"
    assert format_partial_date("2021", "fr") == "2021"
    assert format_partial_date(None, "en") is None
    with pytest.raises(ValueError, match="slip language"):
        t("recall", "de")


def test_case_numbers_come_from_the_row_id() -> None:
    assert case_number(123, date(2026, 11, 22)) == "RD-20261122-000123"
    assert case_number(1_234_567, date(2026, 1, 2)) == "RD-20260102-1234567"
    assert CASE_RE.match(case_number(5, date(2026, 11, 22)))
    with pytest.raises(ValueError):
        case_number(0, date(2026, 11, 22))


# --- the recall slip ------------------------------------------------------------------------------------


def test_affected_slip_has_every_section_from_the_catalog(catalog: Catalog) -> None:
    result = catalog.check("BPD005", serial="57V123456789AB")
    slip = slip_for(result, serial="57V123456789AB")
    assert slip.kind == SlipKind.RECALL and slip.outcome == "affected"
    assert [s.key for s in slip.sections] == [
        "verdict",
        "device",
        "hazard",
        "now",
        "disposal",
        "remedy",
        "ready",
        "source",
    ]
    text = text_of(slip)
    for expected in (
        "Hardware Hut",
        "Springfield, OR 97477",
        "Tel.: (541) 555-0100",
        "Station: Counter 2",
        "Case number: RD-20261122-000042",
        "AFFECTED: STOP USING THIS DEVICE",
        "Recall: CPSC, December 5, 2024 (the notice gives no recall number)",
        "Serial number: 57V123456789AB",
        "Model label: Printed on the back, at the top",
        "The power bank can overheat because of a manufacturing defect",
        "Stop using it now.",
        "Power it off.",
        "Belkin emails disposal instructions after the claim is approved",
        "Never in a store’s used-battery drop-off box.",
        "household hazardous waste (HHW) site, and call ahead first",
        "Offered: a refund or store credit",
        "Claim online: http://www.belkin.com/bpd005recall",
        "Phone: 800-223-5546, 9 a.m. to 9 p.m. ET, Monday through Friday",
        "The notice gives no email address.",
        "Photos of the unit, as the notice asks",
        "Recall notice: https://www.cpsc.gov/Recalls/2025/Belkin-Recalls-Portable-Wireless",
        "I received this slip and was told to stop using the device.",
    ):
        assert expected in text, expected
    assert slip.link == slip.claim_url == "http://www.belkin.com/bpd005recall"
    codes = [i for s in slip.all_sections() for i in s.items if isinstance(i, Code)]
    assert [(c.kind, c.data) for c in codes] == [
        (CodeKind.CODE128, "RD-20261122-000042"),
        (CodeKind.QR, "http://www.belkin.com/bpd005recall"),
        (CodeKind.CODE128, "RD-20261122-000042"),  # on the store's stub
    ]
    assert slip.stub is not None and any(i.__class__.__name__ == "Signature" for i in slip.stub.items)


def test_a_silent_catalog_is_said_to_be_silent(catalog: Catalog) -> None:
    # ATH-SQ1TW2: no phone, no email, no claim page, no notice URL in the catalog.
    result = catalog.check("ATH-SQ1TW2", no_serial=True)
    assert result.outcome == "affected"
    text = text_of(slip_for(result, no_serial=True))
    assert "The notice gives no phone number." in text
    assert "The notice gives no email address." in text
    assert "The notice gives no claim web page." in text
    assert "The catalog holds no web address for the notice." in text
    assert "Serial number: none printed on the unit" in text
    assert "Recall: Audio-Technica, November 2024 (the notice gives no recall number)" in text
    # Nothing says it is a lithium battery, so no lithium rules are made up for it.
    assert "lithium" not in text.lower()
    slip = slip_for(result, lang="es", no_serial=True)
    assert "El aviso no da un número de teléfono." in text_of(slip)
    assert slip.link is None
    assert not [
        i for s in slip.all_sections() for i in s.items if isinstance(i, Code) and i.kind == CodeKind.QR
    ]


def test_without_a_claim_page_the_qr_holds_the_makers_serial_check(catalog: Catalog) -> None:
    result = catalog.check("A3102016", serial="1234567890123456")
    assert result.outcome == "check_with_manufacturer"
    slip = slip_for(result, serial="1234567890123456")
    assert slip.claim_url is None
    assert slip.link == "https://us.soundcore.com/pages/a3102-recall"
    text = text_of(slip)
    assert "CHECK WITH THE MANUFACTURER" in text
    assert "Check the serial number at: https://us.soundcore.com/pages/a3102-recall" in text
    assert "Scan to check the serial number" in text
    assert "Subject line: Soundcore A3102 Speaker Recall" in text
    assert "Email: support@ankerwork.com or service@soundcore.com" in text
    assert "Check the serial number with the maker (below) before anything else." in text
    assert "Colour: black" in text  # A3102016 is the black A3102


def test_what_to_have_ready_is_read_from_the_remedy(catalog: Catalog) -> None:
    a1263 = slip_for(catalog.check("A1263", serial="AB12CD34"), serial="AB12CD34")
    ready = [i.text for i in items(a1263, "ready") if isinstance(i, Text)]
    assert ready == [
        "The model number: A1263",
        "The serial number: AB12CD34",
        "Proof of purchase, if you have it (the notice says it is optional)",
        "A photo of the unit with “recalled” written on it, as the notice asks",
        "This slip (case RD-20261122-000042)",
    ]
    r466 = slip_for(catalog.check("A1257"))
    ready = [i.text for i in items(r466, "ready") if isinstance(i, Text)]
    assert "A photo of the unit with “recall” written on it, as the notice asks" in ready
    assert "The serial number printed on the unit" in ready
    a164x = slip_for(catalog.check("A1642", serial="1234567890ABCDEF"), serial="1234567890ABCDEF")
    assert "Proof of purchase (a receipt)" in [i.text for i in items(a164x, "ready") if isinstance(i, Text)]


def test_disposal_pointers_only_where_the_notice_gives_them(catalog: Catalog) -> None:
    a1112 = text_of(slip_for(catalog.check("A1112")))
    assert "To find a site, the notice points to: EPA (epa.gov), Call2Recycle (call2recycle.org)." in a1112
    a1263 = text_of(slip_for(catalog.check("A1263", serial="AB12")))
    assert "epa.gov" not in a1263 and "call2recycle" not in a1263.lower()
    assert disposal_pointers("Ask the EPA.") == ("EPA (epa.gov)",)
    assert disposal_pointers("Recycle at a depot (no repair).") == ()
    assert disposal_pointers(None) == ()


def test_lithium_is_read_from_the_notice_or_the_product(catalog: Catalog) -> None:
    by_key = {
        m.recall.key: m.recall for q in ("BPD005", "ATH-CK3TW", "A1263") for m in catalog.check(q).matches
    }
    assert has_lithium_battery(by_key["cpsc-2024-12-belkin-bpd005"])  # a battery charger, a power bank
    assert has_lithium_battery(by_key["cpsc-2025-06-anker-a1263"])  # "lithium-ion" in the hazard
    assert not has_lithium_battery(by_key["cpsc-audio-technica-ath-ck3tw"])


def test_each_language_translates_the_frame_and_keeps_the_notice_as_written(catalog: Catalog) -> None:
    result = catalog.check("A1263", serial="AB12")
    texts = {lang: text_of(slip_for(result, lang=lang, serial="AB12")) for lang in LANGS}
    hazard = "The power banks' lithium-ion batteries can overheat, posing fire and burn hazards."
    for lang in LANGS:
        assert hazard in texts[lang]
        assert "RD-20261122-000042" in texts[lang]
    assert "Fiche de rappel de sécurité" in texts["fr"] and "Que faire maintenant" in texts["fr"]
    assert "Hoja de retiro por seguridad" in texts["es"] and "Qué hacer ahora" in texts["es"]
    assert "Date\u00a0: 22 novembre 2026, 15\u00a0h\u00a030" in texts["fr"]
    assert "Fecha: 22 de noviembre de 2026, 15:30" in texts["es"]
    assert "reproduits en anglais" in texts["fr"] and "se reproducen en inglés" in texts["es"]
    assert "reproduced" not in texts["en"]


def test_markup_in_catalog_text_is_kept_as_characters(catalog: Catalog) -> None:
    result = catalog.check("BPD005", serial="57V123456789AB")
    m = result.matches[0]
    hostile = replace(
        m.recall,
        title="<b>Bold</b> <script>alert('x')</script> & more",
        remedy=Remedy(("refund",), "Refund <i>now</i>", None),
        contact=Contact(phone="<u>800</u>"),
    )
    result = replace(result, matches=(replace(m, recall=hostile),))
    text = text_of(slip_for(result))
    assert "Notice: <b>Bold</b> <script>alert('x')</script> & more" in text
    assert "The notice says: Refund <i>now</i>" in text
    assert "Phone: <u>800</u> (the notice does not give the hours)" in text


def test_a_model_under_two_recalls_names_the_other(catalog: Catalog) -> None:
    result = catalog.check("A1647", serial="ABCDEFGH12345678")
    matches = slip_matches(result)
    assert len(matches) == 2
    first = slip_for(result)
    assert "This model is also named in:" in text_of(first)
    other = slip_for(result, match=matches[1])
    assert other.recall_key != first.recall_key


# --- the short receipt, and what cannot be printed -------------------------------------------------------


def test_not_affected_gives_the_short_receipt(catalog: Catalog) -> None:
    result = catalog.check("A3102", answers={"colour": "blue"})
    assert result.outcome == "not_affected"
    slip = slip_for(result, answers={"colour": "blue"})
    assert slip.kind == SlipKind.RECEIPT and slip.stub is None and slip.link is None
    text = text_of(slip)
    assert "CHECKED: NOT UNDER RECALL as of November 22, 2026" in text
    assert "This unit is not part of the recall below." in text
    assert "Colour: blue" in text
    assert "Soundcore Bluetooth Speaker (A3102), black" not in text  # the recalled product is not this one
    assert "Recall: 25-056 (CPSC), December 5, 2024" in text
    assert "It is not a safety certificate" in text
    assert "safe" not in text.lower().replace("safety", "")
    es = text_of(slip_for(result, lang="es"))
    assert "VERIFICADO: SIN RETIRO VIGENTE al 22 de noviembre de 2026" in es


def test_no_recall_found_gives_the_receipt_without_a_recall(catalog: Catalog) -> None:
    result = catalog.check("XYZ999")
    assert default_match(result) is None
    slip = slip_for(result, lang="fr")
    text = text_of(slip)
    assert "VÉRIFIÉ\u00a0: AUCUN RAPPEL AU CATALOGUE au 22 novembre 2026" in text
    assert "Vérifié\u00a0: XYZ999" in text
    verdict = items(slip, "verdict")[0]
    assert isinstance(verdict, Text) and verdict.style == Style.VERDICT


def test_an_unfinished_check_cannot_be_printed(catalog: Catalog) -> None:
    for query, why in (("BPD005", "needs the serial number"), ("A3102", "needs an answer first")):
        result = catalog.check(query)
        reason = unprintable_reason(result)
        assert reason is not None and why in reason
        with pytest.raises(SlipError, match=why):
            slip_for(result)
    empty = catalog.check("   ")
    assert unprintable_reason(empty) is not None
    with pytest.raises(SlipError):
        slip_for(empty)
    with pytest.raises(SlipError, match="slip language"):
        slip_for(catalog.check("A1112"), lang="de")
