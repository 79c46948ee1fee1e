"""Every seed recall against its real rules, through the catalog service (real SQLite file)."""

from __future__ import annotations

import json

import pytest

from recall_desk.catalog.load import read_document
from recall_desk.catalog.service import Catalog
from recall_desk.core.serials import Outcome
from recall_desk.resources import resource

A, NA, CWM = Outcome.AFFECTED, Outcome.NOT_AFFECTED, Outcome.CHECK_WITH_MANUFACTURER
NEED_SERIAL, NEED_ANSWER, NONE = Outcome.NEED_SERIAL, Outcome.NEED_ANSWER, Outcome.NO_RECALL_FOUND


def outcome_of(catalog: Catalog, query: str, **kw: object) -> Outcome | None:
    return catalog.check(query, **kw).outcome  # type: ignore[arg-type]


# --- A3102016, A3302011, A3302031: recall 25-056, 16-character SN Code, list kept by Anker ---


def test_a3102_base_asks_the_colour(catalog: Catalog) -> None:
    result = catalog.check("A3102")
    assert result.outcome == NEED_ANSWER
    assert not result.stop_using
    [match] = result.matches
    assert match.recall.number == "25-056"
    assert match.recall.agency == "CPSC"
    assert match.model == "A3102"
    [question] = match.questions
    assert question.key == "colour"
    assert {c.value for c in question.choices} >= {"black", "red", "blue"}
    assert result.questions == (question,)


@pytest.mark.parametrize("colour", ["red", "blue", "Red", "other"])
def test_a3102_other_colours_are_not_affected(catalog: Catalog, colour: str) -> None:
    result = catalog.check("A3102", answers={"colour": colour})
    assert result.outcome == NA
    assert "25-056" in result.reason
    assert not result.stop_using


def test_a3102_black_narrows_to_a3102016_and_asks_the_serial(catalog: Catalog) -> None:
    result = catalog.check("A3102", answers={"colour": "black"})
    assert result.outcome == NEED_SERIAL
    [match] = result.matches
    assert match.model == "A3102016"
    assert match.serial_hint is not None and "16" in match.serial_hint
    assert "underside" in match.serial_hint


def test_exact_variant_skips_the_colour_question(catalog: Catalog) -> None:
    result = catalog.check("A3102016")
    assert result.outcome == NEED_SERIAL
    assert result.matches[0].questions == ()


@pytest.mark.parametrize("query", ["A3102016", "A3302011", "A3302031", "A3302"])
def test_16_character_sn_is_checked_with_anker(catalog: Catalog, query: str) -> None:
    result = catalog.check(query, serial="1234 5678 9012 3456")
    assert result.outcome == CWM
    assert result.stop_using
    [match] = result.matches
    assert match.serial == "1234567890123456"
    check_url = match.product.serial_rule.manufacturer_list
    assert check_url in (
        "https://us.soundcore.com/pages/a3102-recall",
        "https://us.ankerwork.com/pages/a3302-recall",
    )
    assert check_url in result.reason


@pytest.mark.parametrize("serial", ["123456789012345", "12345678901234567", "A1"])
@pytest.mark.parametrize("query", ["A3102016", "A3302011", "A3302031"])
def test_sn_that_is_not_16_characters_is_not_affected(catalog: Catalog, query: str, serial: str) -> None:
    result = catalog.check(query, serial=serial)
    assert result.outcome == NA
    assert "not 16" in result.reason


def test_a3302_base_matches_both_variants_without_a_question(catalog: Catalog) -> None:
    result = catalog.check("Model: A3302")
    assert result.outcome == NEED_SERIAL
    [match] = result.matches
    assert set(match.variants) == {"A3302011", "A3302031"}


# --- Belkin BPD005: 14 characters beginning 57V ---


@pytest.mark.parametrize("serial", ["57V123456789AB", "57v-1234-5678-9ab", "57V00000000000"])
def test_bpd005_57v_serials_are_affected(catalog: Catalog, serial: str) -> None:
    result = catalog.check("BPD005", serial=serial)
    assert result.outcome == A
    assert result.stop_using


@pytest.mark.parametrize("serial", ["58V123456789AB", "X57V23456789AB", "57V123456789A", "57V123456789ABC"])
def test_bpd005_other_serials_are_not_affected(catalog: Catalog, serial: str) -> None:
    result = catalog.check("BPD005", serial=serial)
    assert result.outcome == NA
    assert "57V" in result.reason


def test_bpd005_needs_the_serial_and_an_illegible_one_goes_to_belkin(catalog: Catalog) -> None:
    assert outcome_of(catalog, "BPD005") == NEED_SERIAL
    result = catalog.check("BPD005", no_serial=True)
    assert result.outcome == CWM
    assert "receipt" in result.reason


# --- Audio-Technica ATH-SQ1TW2: serials 2322 to 2426, or none printed ---


@pytest.mark.parametrize("serial", ["2322", "2400", "2426"])
def test_sq1tw2_serials_in_the_window_are_affected(catalog: Catalog, serial: str) -> None:
    assert outcome_of(catalog, "ATH-SQ1TW2", serial=serial) == A


@pytest.mark.parametrize("serial", ["2321", "2427", "0001", "9999"])
def test_sq1tw2_serials_outside_the_window_are_not_affected(catalog: Catalog, serial: str) -> None:
    assert outcome_of(catalog, "ATH-SQ1TW2", serial=serial) == NA


def test_sq1tw2_without_serial_printed_is_affected(catalog: Catalog) -> None:
    result = catalog.check("ath-sq1tw2", no_serial=True)
    assert result.outcome == A
    assert "no serial" in result.reason


def test_sq1tw2_serial_of_another_shape_is_not_guessed(catalog: Catalog) -> None:
    # The notice gives four-digit numbers; a longer one is for Audio-Technica to judge.
    assert outcome_of(catalog, "ATH-SQ1TW2", serial="2400123") == CWM
    assert outcome_of(catalog, "ATH-SQ1TW2") == NEED_SERIAL


# --- Audio-Technica ATH-CK3TW: a lid code ending in B is not affected ---


def test_ck3tw_lid_code_ending_in_b_is_not_affected(catalog: Catalog) -> None:
    result = catalog.check("ATH-CK3TW", serial="2109 1B")
    assert result.outcome == NA
    assert "ends" in result.reason


def test_ck3tw_other_lid_codes_are_affected(catalog: Catalog) -> None:
    assert outcome_of(catalog, "athck3tw", serial="21091A") == A
    result = catalog.check("ATH-CK3TW")
    assert result.outcome == NEED_SERIAL
    assert "lid" in (result.matches[0].serial_hint or "")


# --- Anker A1112 (all units), A1366 (model recall) ---


def test_a1112_every_unit_is_affected_with_the_533_replacement(catalog: Catalog) -> None:
    result = catalog.check("A1112")
    assert result.outcome == A
    [match] = result.matches
    assert match.recall.number is None  # no regulator number was published
    assert match.recall.agency == "Anker Innovations"
    assert "533" in (match.recall.remedy.replacement or "")
    assert match.product.model_label is not None
    assert match.product.model_label.text == "Anker 321 Power Bank (PowerCore 5K, Black), Model: A1112"


def test_a1366_is_affected_and_its_unknowns_stay_unknown(catalog: Catalog) -> None:
    result = catalog.check("A1366")
    assert result.outcome == A
    recall = result.matches[0].recall
    assert recall.number is None
    assert recall.contact.phone is None
    assert recall.units_us == "About 42,000"
    assert "refund" in recall.remedy.kinds


# --- Anker 2024 (A1642, A1647, A1652): 16-character SN; 25-466 (A1257, A1647, A1652, A1681, A1689) ---


def test_a1642_sixteen_character_rule(catalog: Catalog) -> None:
    assert outcome_of(catalog, "A1642") == NEED_SERIAL
    assert outcome_of(catalog, "A1642", serial="AB12CD34EF56GH78") == CWM
    assert outcome_of(catalog, "A1642", serial="AB12CD34EF56GH7") == NA


@pytest.mark.parametrize("model", ["A1647", "A1652"])
def test_model_under_two_recalls_shows_both(catalog: Catalog, model: str) -> None:
    result = catalog.check(model)
    assert {m.recall.key for m in result.matches} == {"cpsc-2024-10-anker-a1642-a1647-a1652", "cpsc-25-466"}
    assert result.outcome == CWM
    assert result.stop_using
    by_recall = {m.recall.key: m for m in result.matches}
    assert by_recall["cpsc-25-466"].recall.number == "25-466"
    assert by_recall["cpsc-2024-10-anker-a1642-a1647-a1652"].outcome == NEED_SERIAL
    # A short serial takes the unit out of the 2024 recall but not out of 25-466.
    short = catalog.check(model, serial="12345")
    by_recall = {m.recall.key: m.outcome for m in short.matches}
    assert by_recall == {"cpsc-2024-10-anker-a1642-a1647-a1652": NA, "cpsc-25-466": CWM}
    assert short.outcome == CWM


@pytest.mark.parametrize("model", ["A1257", "A1681", "A1689"])
def test_25_466_models_go_to_ankers_serial_check(catalog: Catalog, model: str) -> None:
    result = catalog.check(model)
    assert result.outcome == CWM
    [match] = result.matches
    assert match.recall.number == "25-466"
    assert "https://www.anker.com/rc2506-form" in result.reason


def test_anker_serials_read_o_as_zero_and_i_as_one(catalog: Catalog) -> None:
    result = catalog.check("A1263", serial="AO1I")
    [match] = result.matches
    assert match.serial == "A011"
    assert any("O as 0" in n and "I as 1" in n for n in match.notes)
    assert result.outcome == CWM
    assert "qualifying" in result.reason


# --- searching and near misses ---


def test_close_match_is_offered_never_taken(catalog: Catalog) -> None:
    result = catalog.check("A31O2016")
    assert result.outcome == NONE
    assert result.matches == ()
    assert result.suggestions[0] == "A3102016"
    assert "A3102016" in result.reason


def test_unknown_model_says_as_of_the_catalog_date(catalog: Catalog) -> None:
    result = catalog.check("XYZ123")
    assert result.outcome == NONE
    assert "as of 2026-11-22" in result.reason
    assert "safe" not in result.reason.lower()
    assert result.headline == "NO RECALL ON FILE as of 2026-11-22"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("soundcore", {"A3102016", "A3302011"}),
        ("anker 321 power bank", {"A1112"}),
        ("Belkin", {"BPD005"}),
        ("zolo", {"A1681", "A1689"}),
    ],
)
def test_free_text_searches_brand_names_and_titles(catalog: Catalog, text: str, expected: set[str]) -> None:
    result = catalog.check(text)
    assert result.outcome == NEED_ANSWER
    found = {m.product.models[0].number for m in result.matches}
    assert expected <= found
    [question] = result.questions
    assert question.key == "model"


def test_answering_the_model_question_checks_that_model(catalog: Catalog) -> None:
    result = catalog.check("belkin", answers={"model": "BPD005"}, serial="57V123456789AB")
    assert result.outcome == A


def test_upc_not_in_catalog_says_notices_rarely_list_upcs(catalog: Catalog) -> None:
    result = catalog.check("036000291452")
    assert result.query.kind == "gtin"
    assert result.outcome == NONE
    assert "UPC" in result.reason


def test_search_by_model_prefix_and_by_words(catalog: Catalog) -> None:
    hits = catalog.search("A16")
    assert {h.matched for h in hits} >= {"A1642", "A1647", "A1652"}
    assert all(h.recall_key for h in hits)
    words = catalog.search("anker power")
    assert words and all(h.brand == "Anker" for h in words)
    assert catalog.search("") == []


# --- the seed data itself ---


def test_seed_catalog_counts_and_version(catalog: Catalog) -> None:
    info = catalog.info()
    assert (info.recalls, info.products, info.models) == (9, 16, 17)
    assert info.version == "2026.11.22-seed"
    assert info.published == "2026-11-22"


def test_every_seed_recall_names_its_sources() -> None:
    document = read_document(resource("catalog", "seed.json"))
    for recall in document.recalls:
        assert recall.source_urls, recall.key
        assert recall.sources, recall.key
        for product in recall.products:
            rule = product.serial_rule
            if rule.decides_by_serial or rule.manufacturer_list:
                assert rule.source or product.sources.get("serial_rule") or recall.sources, recall.key


def test_seed_numbers_are_written_as_the_agency_writes_them() -> None:
    raw = json.loads(resource("catalog", "seed.json").read_text(encoding="utf-8"))
    numbers = {r["key"]: r.get("number") for r in raw["recalls"]}
    assert numbers["cpsc-25-056"] == "25-056"
    assert numbers["cpsc-25-466"] == "25-466"
    # Unconfirmed numbers are not invented.
    assert numbers["cpsc-2024-10-anker-a1642-a1647-a1652"] is None
    assert numbers["cpsc-2025-06-anker-a1263"] is None
