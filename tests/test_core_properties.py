"""Properties of the verdict (core/verdict.py), the search keys (core/search.py) and the model's JSON."""

from __future__ import annotations

import json
import re
import string
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recall_desk.core.identifiers import Query, QueryKind, classify, clean, model_key
from recall_desk.core.model import CatalogInfo, Recall
from recall_desk.core.search import edit_distance, fold, index_terms, suggestion_limit, words
from recall_desk.core.serials import Outcome
from recall_desk.core.verdict import (
    HEADLINES,
    SEVERITY,
    STOP_USING,
    Candidate,
    CheckResult,
    Via,
    decide,
    overall,
)

SEED = Path(__file__).resolve().parents[1] / "resources" / "catalog" / "seed.json"
CATALOG = CatalogInfo(version="2026.11.22", published="2026-11-22")
TODAY = date(2026, 11, 25)

# The order the brief and the counter both rely on, written out rather than read from the module.
PRECEDENCE = (
    Outcome.AFFECTED,
    Outcome.CHECK_WITH_MANUFACTURER,
    Outcome.NEED_SERIAL,
    Outcome.NEED_ANSWER,
    Outcome.NOT_AFFECTED,
    Outcome.NO_RECALL_FOUND,
)
STOP = {Outcome.AFFECTED, Outcome.CHECK_WITH_MANUFACTURER}


def recall_of(key: str, products: list[dict[str, Any]], **extra: Any) -> Recall:
    doc = {"key": key, "agency": "CPSC", "title": f"Recall {key}", "products": products, **extra}
    return Recall.from_dict(key, doc)


def product(model: str, **extra: Any) -> dict[str, Any]:
    return {"brand": "Acme", "name": f"Power bank {model}", "models": [model], **extra}


def colour_question(key: str, *, model: str | None = None) -> dict[str, Any]:
    black: dict[str, Any] = {"value": "black", "label": "Black"}
    if model:
        black["model"] = model
    return {
        "key": key,
        "text": "What colour is it?",
        "choices": [black, {"value": "red", "label": "Red", "outcome": "not_affected"}],
    }


def product_deciding(outcome: Outcome, i: int) -> dict[str, Any]:
    """A product whose verdict, with no serial and no answers, is ``outcome``."""
    model = f"M{i}X"
    if outcome == Outcome.AFFECTED:
        return product(model)
    if outcome == Outcome.CHECK_WITH_MANUFACTURER:
        return product(model, serial_rule={"manufacturer_list": "https://maker.example/check"})
    if outcome == Outcome.NEED_SERIAL:
        return product(model, serial_rule={"match": [{"kind": "prefix", "values": ["57V"]}]})
    if outcome == Outcome.NEED_ANSWER:
        return product(model, questions=[colour_question(f"colour{i}")])
    if outcome == Outcome.NOT_AFFECTED:
        return product(model, serial_rule={"in_scope": "not_affected"})
    raise AssertionError(outcome)


def candidates_for(outcomes: list[Outcome], *, one_recall: bool = False) -> list[Candidate]:
    products = [product_deciding(o, i) for i, o in enumerate(outcomes)]
    if one_recall and products:
        recall = recall_of("r-all", products, number="25-001")
        return [Candidate(recall, p, p.models, Via.MODEL) for p in recall.products]
    out = []
    for i, p in enumerate(products):
        recall = recall_of(f"r-{i}", [p], number=f"25-{i:03d}")
        out.append(Candidate(recall, recall.products[0], recall.products[0].models, Via.MODEL))
    return out


DECIDABLE = st.sampled_from(PRECEDENCE[:-1])


# --- overall --------------------------------------------------------------------------------------


def test_severity_is_the_stated_precedence() -> None:
    assert tuple(SEVERITY) == PRECEDENCE
    assert set(STOP_USING) == STOP
    assert set(HEADLINES) == set(Outcome)


@given(st.lists(st.sampled_from(list(Outcome)), max_size=10))
def test_overall_is_the_most_serious(outcomes: list[Outcome]) -> None:
    got = overall(outcomes)
    if not outcomes:
        assert got == Outcome.NO_RECALL_FOUND
        return
    assert got in outcomes
    assert all(PRECEDENCE.index(got) <= PRECEDENCE.index(o) for o in outcomes)


# --- decide: precedence and stop_using ------------------------------------------------------------


@given(st.lists(DECIDABLE, max_size=7), st.booleans())
def test_decide_overall_outcome_follows_precedence(targets: list[Outcome], one_recall: bool) -> None:
    cands = candidates_for(targets, one_recall=one_recall)
    result = decide(Query("M0X", QueryKind.MODEL, "M0X", "M0X"), cands, CATALOG, today=TODAY)
    assert [m.outcome for m in result.matches] == targets
    expected = next((o for o in PRECEDENCE if o in targets), Outcome.NO_RECALL_FOUND)
    assert result.outcome == expected
    assert result.stop_using is (expected in STOP)
    assert result.headline
    if expected == Outcome.NO_RECALL_FOUND:
        assert result.reason == "No recall on file for model M0X as of 2026-11-22."
        assert result.headline == "NO RECALL ON FILE as of 2026-11-22"
    else:
        assert result.headline == HEADLINES[expected]
        top = next(m for m in result.matches if m.outcome == expected)
        assert result.reason.startswith(top.reason)
    # the questions offered are those of the deciding matches only
    if expected == Outcome.NEED_ANSWER:
        assert result.questions and all(q.key.startswith("colour") for q in result.questions)
    else:
        assert result.questions == ()
    json.dumps(result.to_json())


@pytest.mark.parametrize("outcome", PRECEDENCE)
def test_stop_using_exactly_for_affected_and_check_with_manufacturer(outcome: Outcome) -> None:
    if outcome == Outcome.NO_RECALL_FOUND:
        result = decide(classify("ZZ999"), [], CATALOG, today=TODAY)
    else:
        result = decide(classify("M0X"), candidates_for([outcome]), CATALOG, today=TODAY)
    assert result.outcome == outcome
    assert result.stop_using is (outcome in (Outcome.AFFECTED, Outcome.CHECK_WITH_MANUFACTURER))
    assert result.to_json()["stop_using"] is result.stop_using


def test_answers_and_serial_change_the_verdict() -> None:
    [cand] = candidates_for([Outcome.NEED_ANSWER])
    q = classify("M0X")
    assert decide(q, [cand], CATALOG, answers={"colour0": "Red"}, today=TODAY).outcome == Outcome.NOT_AFFECTED
    assert decide(q, [cand], CATALOG, answers={" COLOUR0 ": "black"}, today=TODAY).outcome == Outcome.AFFECTED
    wrong = decide(q, [cand], CATALOG, answers={"colour0": "green"}, today=TODAY)
    assert wrong.outcome == Outcome.NEED_ANSWER
    assert any("'green' is not an answer" in w for w in wrong.warnings)
    [needs] = candidates_for([Outcome.NEED_SERIAL])
    assert decide(q, [needs], CATALOG, serial="57v-123", today=TODAY).outcome == Outcome.AFFECTED
    assert decide(q, [needs], CATALOG, serial="58V123", today=TODAY).outcome == Outcome.NOT_AFFECTED


def test_unreadable_entries_have_no_outcome() -> None:
    for raw in ("", "\r\n", "x" * 20_000):
        result = decide(classify(raw), candidates_for([Outcome.AFFECTED]), CATALOG, today=TODAY)
        assert result.outcome is None
        assert not result.stop_using
        assert result.problem
        assert result.headline == "NOTHING TO CHECK"


def test_a_serial_alone_asks_for_the_model() -> None:
    result = decide(classify("1234567890123456"), [], CATALOG, today=TODAY)
    assert result.outcome == Outcome.NEED_ANSWER
    assert not result.stop_using
    assert "looks like a serial number" in result.reason


def test_a_stale_catalog_warns() -> None:
    old = CatalogInfo(version="1", published="2026-01-01")
    result = decide(classify("M0X"), candidates_for([Outcome.AFFECTED]), old, today=date(2026, 3, 2))
    assert any("60 days ago" in w for w in result.warnings)


# --- decide: totality -----------------------------------------------------------------------------

SHORT_TEXT = st.text(max_size=20)
ODD_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["", " ", "'; DROP TABLE recalls; --", "\x00\r\n", "x" * 20_000, "57V12345678901", "\ud800"]
    ),
)
RULES: list[dict[str, Any] | None] = [
    None,
    {"manufacturer_list": "https://maker.example/check"},
    {"in_scope": "not_affected"},
    {
        "length": 16,
        "charset": "alnum",
        "outside_format": "not_affected",
        "manufacturer_list": "https://m.example",
    },
    {
        "length": 14,
        "charset": "alnum",
        "match": [{"kind": "prefix", "values": ["57V"]}],
        "no_serial": "affected",
    },
    {"exclude": [{"kind": "suffix", "values": ["B"]}]},
    {"length": 4, "charset": "digits", "match": [{"kind": "range", "start": "2322", "end": "2426"}]},
    {"read_as": {"O": "0", "I": "1"}, "match": [{"kind": "mask", "patterns": ["A0XX"]}]},
    {
        "match": [{"kind": "date_code", "format": "YYWW", "start": "2023-01-01", "end": "2023-12-31"}],
        "out_of_scope": "check_with_manufacturer",
    },
]


@st.composite
def products(draw: st.DrawFn, i: int) -> dict[str, Any]:
    base = f"B{i}"
    n = draw(st.integers(1, 3))
    colours = ["black", "red", "blue"]
    models: list[Any] = []
    for j in range(n):
        number = f"{base}-{j}{draw(st.sampled_from(['', 'A', '016']))}"
        entry: dict[str, Any] = {"number": number, "base": base}
        if draw(st.booleans()):
            entry["answers"] = {"colour": colours[j]}
        models.append(entry)
    d: dict[str, Any] = {
        "brand": draw(st.sampled_from(["Anker", "Belkin"])),
        "name": f"Thing {i}",
        "models": models,
    }
    rule = draw(st.sampled_from(RULES))
    if rule is not None:
        d["serial_rule"] = rule
    if draw(st.booleans()):
        choices: list[dict[str, Any]] = [
            {"value": c, "label": c.title(), "model": models[j]["number"]} for j, c in enumerate(colours[:n])
        ]
        choices.append({"value": "green", "outcome": draw(st.sampled_from(["not_affected", "affected"]))})
        d["questions"] = [{"key": "colour", "text": "What colour?", "choices": choices}]
    if draw(st.booleans()):
        d["model_label"] = {"where": "underneath", "text": "Model: " + base}
    if draw(st.booleans()):
        d["serial_label"] = {"where": "inside the lid"}
    return d


@st.composite
def candidate_lists(draw: st.DrawFn) -> list[Candidate]:
    out: list[Candidate] = []
    for i in range(draw(st.integers(0, 4))):
        recall = recall_of(
            f"r{i}",
            [draw(products(i))],
            number=draw(st.none() | st.just(f"25-{i:03d}")),
            date=draw(st.none() | st.just("2024-12-05")),
        )
        p = recall.products[0]
        models = draw(
            st.lists(
                st.sampled_from(p.models), min_size=1, max_size=len(p.models), unique_by=lambda m: m.number
            )
        )
        out.append(Candidate(recall, p, tuple(models), draw(st.sampled_from(list(Via)))))
    return out


QUERIES = st.one_of(
    ODD_TEXT.map(classify),
    st.builds(
        Query,
        raw=SHORT_TEXT,
        kind=st.sampled_from(list(QueryKind)),
        value=SHORT_TEXT,
        display=SHORT_TEXT,
        notes=st.lists(SHORT_TEXT, max_size=2).map(tuple),
    ),
)
ANSWERS = st.dictionaries(
    st.sampled_from(["colour", " Colour ", "model", "size"]) | SHORT_TEXT,
    st.sampled_from(["black", "Red", "BLUE", "green", "", " yes "]) | SHORT_TEXT,
    max_size=3,
)


@given(
    QUERIES,
    candidate_lists(),
    st.none() | ODD_TEXT,
    st.booleans(),
    ANSWERS,
    st.lists(SHORT_TEXT, max_size=4),
    st.builds(CatalogInfo, version=SHORT_TEXT, published=st.dates().map(date.isoformat) | SHORT_TEXT),
    st.dates(),
)
def test_decide_is_total(
    query: Query,
    cands: list[Candidate],
    serial: str | None,
    no_serial: bool,
    answers: dict[str, str],
    suggestions: list[str],
    catalog: CatalogInfo,
    today: date,
) -> None:
    result = decide(
        query,
        cands,
        catalog,
        serial=serial,
        no_serial=no_serial,
        answers=answers,
        suggestions=suggestions,
        today=today,
    )
    assert isinstance(result, CheckResult)
    if query.kind in (QueryKind.EMPTY, QueryKind.TOO_LONG):
        assert result.outcome is None and result.problem and not result.matches
    elif not cands:
        expected = Outcome.NEED_ANSWER if query.kind == QueryKind.SERIAL else Outcome.NO_RECALL_FOUND
        assert result.outcome == expected
        assert result.matches == ()
    else:
        assert len(result.matches) == len(cands)
        assert result.outcome == overall([m.outcome for m in result.matches])
        assert result.outcome != Outcome.NO_RECALL_FOUND
        for m, c in zip(result.matches, cands, strict=True):
            assert m.recall is c.recall and m.product is c.product
            assert m.reason
            if m.outcome == Outcome.NEED_ANSWER:
                assert m.questions
        if result.outcome == Outcome.NEED_ANSWER:
            assert result.questions
    assert result.stop_using is (result.outcome in STOP)
    assert result.headline
    assert isinstance(result.reason, str)
    json.dumps(result.to_json())


# --- the model's JSON form ------------------------------------------------------------------------


def test_seed_recalls_round_trip_through_json() -> None:
    doc = json.loads(SEED.read_text(encoding="utf-8"))
    for i, data in enumerate(doc["recalls"]):
        recall = Recall.from_dict(f"recalls[{i}]", data)
        again = Recall.from_dict("again", json.loads(json.dumps(recall.to_dict())))
        assert again == recall, recall.key


@given(candidate_lists())
def test_generated_recalls_round_trip(cands: list[Candidate]) -> None:
    for c in cands:
        assert Recall.from_dict("again", c.recall.to_dict()) == c.recall


# --- search keys ----------------------------------------------------------------------------------


def reference_levenshtein(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


KEYS = st.text(string.ascii_uppercase[:6] + "0123", max_size=10)


@given(KEYS, KEYS, st.integers(0, 4))
def test_edit_distance_is_levenshtein_capped_at_limit_plus_one(a: str, b: str, limit: int) -> None:
    d = reference_levenshtein(a, b)
    assert edit_distance(a, b, limit) == (d if d <= limit else limit + 1)
    assert edit_distance(a, b, limit) == edit_distance(b, a, limit)


@given(st.text(string.ascii_uppercase + string.digits, max_size=12))
def test_fold_is_idempotent_and_confusables_fold_alike(key: str) -> None:
    assert fold(fold(key)) == fold(key)
    assert fold(key.replace("0", "O")) == fold(key.replace("O", "0"))
    assert fold("A31O2016") == fold("A3102016")
    assert suggestion_limit(key) == (2 if len(key) >= 8 else 1)


@given(st.text(max_size=60))
def test_words_are_unique_upper_case_runs(text: str) -> None:
    ws = words(text)
    assert len(ws) == len(set(ws))
    assert all(w and all(c in string.ascii_uppercase + string.digits for c in w) for w in ws)
    assert words(" ".join(ws)) == ws


_LABEL_TEXT = st.text(alphabet=st.sampled_from("aA1zZ9-–. \t\u00e9\uff21\u200b/"), max_size=30) | st.text(
    max_size=30
)


@given(_LABEL_TEXT)
def test_model_key_of_plain_letters_and_digits_takes_the_short_way_to_the_same_key(text: str) -> None:
    assert model_key(text) == re.sub(r"[^A-Z0-9]", "", clean(text))


@given(st.lists(st.none() | _LABEL_TEXT, max_size=4))
def test_index_terms_are_the_words_and_each_spaced_chunk_joined_up(texts: list[str | None]) -> None:
    expected: set[str] = set()
    for text in texts:
        if text:
            expected.update(words(text))
            for chunk in clean(text).split(" "):
                if joined := "".join(re.findall(r"[A-Z0-9]+", chunk)):
                    expected.add(joined)
    assert index_terms(*texts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ATH-CK3TW", {"ATH", "CK3TW", "ATHCK3TW"}),
        ("Anker Soundcore Motion 300", {"ANKER", "SOUNDCORE", "MOTION", "300"}),
        ("ａ３１０２－０１６", {"A3102", "016", "A3102016"}),
    ],
)
def test_index_terms_include_words_and_joined_models(text: str, expected: set[str]) -> None:
    terms = index_terms(text, None, "")
    assert expected <= terms
    assert model_key(text) in terms or " " in text
