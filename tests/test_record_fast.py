"""The shortcuts that make reading a record cheaper give what the straightforward way gives.

Each fast path (prose searches started where a match can begin, search terms of ASCII texts read
at once, frozen dataclasses made by core.made.made_as, validation of plain values inline) is
compared here with the plain code it replaces, or with the careful reader it falls back on, on
generated input that includes what the shortcut must hand on to the slow way (control characters,
non-ASCII text, wrong types).
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from recall_desk.catalog.importers import cpsc, prose
from recall_desk.core import model, search
from recall_desk.core.identifiers import clean, model_key
from recall_desk.core.made import made_as
from recall_desk.core.model import CatalogFormatError, Contact, ModelNumber, Product, Recall, Remedy
from recall_desk.core.serials import Outcome, RuleError, SerialRule

FAST = settings(max_examples=300, deadline=None)
EXAMPLE = Path(__file__).parent / "data" / "import" / "cpsc_25056_example.json"
SEED = Path(__file__).parents[1] / "resources" / "catalog" / "seed.json"

# Pieces of contact prose, put together at random: numbers, hours, addresses, and the characters
# that sit at their edges.
FRAGMENTS = [
    "800-555-1212", "(800) 555-1212", "(800)555-1212", "+1 800.555.1212", "1-800-555-1212",
    "+1-(800) 555-1212", "18005551212", "555-1212", "800-555-12125", "-800-555-1212", "9800-555-1212",
    " from 9 a.m. to 5 p.m. ET Monday through Friday", " 9am-5pm PT, Mon-Fri", " 24 hours a day",
    "recall@graco.com", "a.b+c@x-y.example.org.", "@", "x@y", "name@@host.com", "mail@host.c",
    "www.graco.com/recall", "https://a.b/c.", "http://x.y/z;", "HTTPS://X.Y", "WWW.A.B", "wWw.q.r",
    "xwww.a.b", "://", "httpſ://a.b", "(www.a.b)", " ", "  ", "\t", "\n", ".", ",", "-", "1", "12",
    "123", "(", ")", "+", "Call ", "or ", "İ", "Σ", "é", "\u00a0", "\x1c", "٣٤٥",
]  # fmt: skip
prose_text = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join),
    st.text(alphabet=st.sampled_from("0123456789-.() +1@wW:/hHtTpPsSaZ.\n\tſİΣé٣"), max_size=60),
    st.text(max_size=40),
)


def spans(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@FAST
@given(prose_text)
def test_phone_numbers_found_from_their_ending_are_those_the_full_search_finds(text: str) -> None:
    assert spans(prose._phone_matches(text)) == spans(list(prose._PHONE_RE.finditer(text)))
    first, plain = prose._first_phone(text, 0), prose._PHONE_RE.search(text)
    assert (first and first.span()) == (plain and plain.span())
    assert prose.phones_and_hours(text) == (prose.phones(text), prose.phone_hours(text))


@FAST
@given(prose_text)
def test_addresses_found_from_their_at_sign_are_those_the_full_search_finds(text: str) -> None:
    assert spans(prose._email_matches(text)) == spans(list(prose._EMAIL_RE.finditer(text)))


@FAST
@given(prose_text)
def test_web_addresses_found_from_their_scheme_are_those_the_full_search_finds(text: str) -> None:
    assert spans(prose._url_matches(text, text.lower())) == spans(list(prose._URL_RE.finditer(text)))


def plain_sentences_with(text: str, *words: str) -> list[str]:
    """sentences_with as it was written first."""
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text or ""):
        low = sentence.lower()
        if any(w in low for w in words):
            found.append(sentence.strip())
    return found


sentence_text = st.lists(
    st.sampled_from(
        ["Dispose of it.", "Recycle it!", "Do not.", "HAZARDOUS WASTE", "hazardous\nwaste", " ", "  \n",
         "?", ". ", "ΣΣ. Σ", "İ", "Stop using it", "x", "DISPOS", "ſ", "\u2029", "\u00a0A"]
    ),
    max_size=10,
).map("".join) | st.text(max_size=40)  # fmt: skip


@FAST
@given(sentence_text, st.sampled_from([("dispos", "recycl", "hazardous waste"), ("σ",), ("s w", "x. y")]))
def test_sentences_are_those_of_the_plain_split(text: str, words: tuple[str, ...]) -> None:
    assert prose._SENTENCE_RE.split(text) == re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
    assert prose.sentences_with(text, *words) == plain_sentences_with(text, *words)


# --- search terms ---------------------------------------------------------------------------------


def plain_index_terms(*texts: str | None) -> set[str]:
    """index_terms as it was written first: each text alone, chunk by chunk."""
    terms: set[str] = set()
    for text in texts:
        if not text:
            continue
        cleaned = clean(text)
        terms.update(re.findall(r"[A-Z0-9]+", cleaned))
        for chunk in cleaned.split(" "):
            if chunk.isascii() and chunk.isalnum():
                continue
            joined = "".join(re.findall(r"[A-Z0-9]+", chunk))
            if joined:
                terms.add(joined)
    return terms


term_text = st.one_of(
    st.none(),
    st.text(alphabet=st.sampled_from("aZ09-./ ;:\t\n\x00\x7f\x1f  ªé\u00a0\u2013ＡK"), max_size=30),
    st.lists(
        st.sampled_from(["ATH-CK3TW", "A3102016", " ", "  ", "-", "Anker", "a.b", "\t", "ª1"]), max_size=6
    ).map(" ".join),
    st.text(max_size=20),
)


@FAST
@given(st.lists(term_text, max_size=8))
def test_index_terms_of_texts_at_once_are_those_of_each_text(texts: list[str | None]) -> None:
    assert search.index_terms(*texts) == plain_index_terms(*texts)


@FAST
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_cleaned_the_short_way_is_cleaned(text: str) -> None:
    assert search._clean_ascii(text) == clean(text)


def test_product_terms_with_the_keys_given_are_those_found_without() -> None:
    for recall in seed_recalls():
        for product in recall.products:
            keys = [m.key for m in product.models]
            texts = [product.brand, product.name, recall.title, recall.number, recall.agency]
            texts += [m.number for m in product.models] + [m.base for m in product.models if m.base]
            plain = plain_index_terms(*texts) | {model_key(m.number) for m in product.models}
            expected = sorted({t[:60] for t in plain if t})
            assert search.product_terms(recall, product) == expected
            assert search.product_terms(recall, product, keys) == expected


# --- the catalog model ----------------------------------------------------------------------------


def seed_recalls() -> list[Recall]:
    data = json.loads(SEED.read_text(encoding="utf-8"))
    return [Recall.from_dict(f"recalls[{i}]", r) for i, r in enumerate(data["recalls"])]


def made_by_init(obj: Any) -> Any:
    """The same object as the dataclass's own __init__ makes it, each nested one too."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        fields = {f.name: made_by_init(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        return type(obj)(**fields)
    if isinstance(obj, tuple):
        return tuple(made_by_init(x) for x in obj)
    return obj


def assert_as_init_makes_it(obj: Any) -> None:
    again = made_by_init(obj)
    assert obj == again and repr(obj) == repr(again)
    assert list(vars(obj)) == [f.name for f in dataclasses.fields(obj)]  # every field, in order
    assert vars(obj) == vars(again)
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if dataclasses.is_dataclass(value):
            assert_as_init_makes_it(value)
        elif isinstance(value, tuple):
            for item in value:
                if dataclasses.is_dataclass(item):
                    assert_as_init_makes_it(item)


def test_frozen_instances_are_what_init_makes() -> None:
    for cls in (Recall, Product, Contact, Remedy, ModelNumber, SerialRule):
        assert made_as(cls) is not cls  # each is made the short way (else these tests prove little)
    fields = {"number": "A1", "base": None, "answers": {}}
    assert made_as(ModelNumber)(**fields) == ModelNumber(**fields)
    rule = SerialRule.all_units()
    assert rule == SerialRule() and vars(rule) == vars(SerialRule())
    assert rule.read_as is not SerialRule.all_units().read_as  # a new dict each time, as default_factory
    assert rule.reasons is not SerialRule.all_units().reasons
    for recall in [*seed_recalls(), cpsc_recall()]:
        assert_as_init_makes_it(recall)


def cpsc_recall() -> Recall:
    record = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    record = record[0] if isinstance(record, list) else record
    item = cpsc.parse_record(record, "example")
    assert item is not None
    return item.recall


# Values a document's field may hold, right or wrong.
field_values = st.one_of(
    st.none(),
    st.text(alphabet=st.sampled_from("aB1 -\t\n."), max_size=8),
    st.sampled_from(["", "   ", "x" * 61, " " + "y" * 60 + " ", "z" * 501, "w" * 2001, "ＡＢ", "-", "--"]),
    st.integers(-1, 70),
    st.booleans(),
    st.lists(st.one_of(st.text(alphabet="ab -", max_size=4), st.none(), st.integers()), max_size=3),
    st.dictionaries(st.sampled_from(["number", "base", "answers"]), st.text(alphabet="aA1-", max_size=4)),
)


def outcome_of(call: Any) -> Any:
    try:
        return ("ok", call())
    except (CatalogFormatError, RuleError) as exc:
        return ("error", type(exc).__name__, str(exc))


def plain_req_str(where: str, data: Mapping[str, Any], key: str, max_len: int) -> str:
    """_req_str as it was first written: _opt_str, then the check that something is given."""
    value = model._opt_str(where, data, key, max_len=max_len)
    if value is None:
        raise CatalogFormatError(f"{where}.{key}: required, but missing or empty")
    return value


@FAST
@given(st.dictionaries(st.sampled_from(["a", "b", "c"]), field_values))
def test_plain_values_read_inline_are_read_as_the_readers_read_them(data: dict[str, Any]) -> None:
    keys = (("a", 60), ("b", 500), ("c", 20_000))
    assert outcome_of(lambda: model._opt_strs("w", data, keys)) == outcome_of(
        lambda: [model._opt_str("w", data, k, max_len=n) for k, n in keys]
    )
    for key, max_len in keys:
        fast = outcome_of(lambda k=key, n=max_len: model._req_str("w", data, k, max_len=n))
        assert fast == outcome_of(lambda k=key, n=max_len: plain_req_str("w", data, k, n))
        fast = outcome_of(lambda k=key: model._str_list("w", data, k))
        assert fast == outcome_of(lambda k=key: model._read_str_list("w", data, k))


@FAST
@given(st.lists(field_values, max_size=4))
def test_model_numbers_given_as_text_are_read_as_model_number_reads_them(models: list[Any]) -> None:
    def plain() -> tuple[ModelNumber, ...]:
        read = tuple(ModelNumber.from_dict(f"p.models[{i}]", m) for i, m in enumerate(models))
        if len({m.key for m in read}) != len(read):
            raise CatalogFormatError("p.models: a model number is listed twice")
        return read

    fast = outcome_of(lambda: Product.from_dict("p", {"brand": "B", "name": "N", "models": models}).models)
    assert fast == outcome_of(plain)


@FAST
@given(
    st.one_of(
        st.sampled_from([o.value for o in Outcome] + list(Outcome) + ["AFFECTED", " affected"]), field_values
    )
)
def test_rule_outcomes_looked_up_are_those_outcome_reads(value: Any) -> None:
    def plain() -> SerialRule:
        if value is None:
            return SerialRule()
        try:
            result: Outcome | None = Outcome(value)
        except ValueError:
            result = None
        decided = {Outcome.AFFECTED, Outcome.NOT_AFFECTED, Outcome.CHECK_WITH_MANUFACTURER}
        if result not in decided:
            allowed = ", ".join(sorted(o.value for o in decided))
            raise RuleError(f"serial_rule.in_scope: {value!r} is not one of {allowed}")
        return SerialRule(in_scope=result)

    assert outcome_of(lambda: SerialRule.from_dict({"in_scope": value})) == outcome_of(plain)


# --- a CPSC record's document ---------------------------------------------------------------------

record_values = st.one_of(
    st.none(),
    st.just(""),
    st.just("  "),
    st.text(max_size=12),
    st.just([]),
    st.integers(),
    st.just("2024-05-06T00:00:00"),
)
name_lists = st.one_of(
    st.none(),
    st.lists(
        st.one_of(
            st.fixed_dictionaries({"Name": record_values}), st.none(), st.just({"Name": "Acme Inc., of Ohio"})
        )
    ),
)


def without_none(doc: dict[str, Any]) -> dict[str, Any]:
    """The document without its None values, at any depth (what parse_record used to make of one
    written with every fact, given or not)."""
    return {k: without_none(v) if isinstance(v, dict) else v for k, v in doc.items() if v is not None}


@FAST
@given(
    st.fixed_dictionaries(
        {
            "RecallNumber": st.sampled_from(["24601", 24601]),
            "Title": st.sampled_from(["Acme recalls heaters"]),
        },
        optional={
            "RecallID": st.integers(0, 9),
            "Description": record_values,
            "URL": record_values,
            "ConsumerContact": st.sampled_from(
                ["", "Call 800-555-1212 from 9 a.m. to 5 p.m. ET, a@b.com, www.a.com"]
            ),
            "RecallDate": record_values,
            "LastPublishDate": record_values,
            "Hazards": name_lists,
            "Injuries": name_lists,
            "Remedies": name_lists,
            "Retailers": name_lists,
            "Manufacturers": name_lists,
            "Importers": name_lists,
            "Products": st.lists(
                st.fixed_dictionaries({}, optional={"Name": record_values, "NumberOfUnits": record_values})
            ),
        },
    )
)
def test_a_cpsc_document_is_written_without_the_facts_not_given(record: dict[str, Any]) -> None:
    """parse_record writes the facts it has, not None for those it has not: the document is what
    without_none made of one with them all, in the same order."""
    seen: list[dict[str, Any]] = []
    original = vars(Recall)["from_dict"]

    def spy(cls: type[Recall], where: str, data: Any) -> Recall:
        seen.append(copy.deepcopy(data))
        return original.__func__(cls, where, data)  # type: ignore[no-any-return]

    Recall.from_dict = classmethod(spy)  # type: ignore[method-assign,assignment]
    try:
        outcome_of(lambda: cpsc.parse_record(record, "r"))
    finally:
        Recall.from_dict = original  # type: ignore[method-assign]
    for doc in seen:
        assert doc == without_none(doc)
        order = ["key", "agency", "number", "date", "title", "hazard", "incidents", "units_us", "remedy",
                 "contact", "disposal", "sold_at", "manufacturer", "notice_url", "source_urls", "notes",
                 "last_updated", "products"]  # fmt: skip
        assert list(doc) == [k for k in order if k in doc]
        assert {
            "key",
            "agency",
            "number",
            "title",
            "remedy",
            "contact",
            "source_urls",
            "notes",
            "products",
        } <= set(doc)
