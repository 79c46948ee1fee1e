"""Serial rules as data (core/serials.py): every clause kind, every case, validation, round trips."""

from __future__ import annotations

import calendar
import json
import string
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from recall_desk.core.identifiers import serial_entry, serial_text
from recall_desk.core.serials import (
    CHARSETS,
    Outcome,
    RuleError,
    SerialRule,
    SerialVerdict,
)

SEED = Path(__file__).resolve().parents[1] / "resources" / "catalog" / "seed.json"
DIGITS = string.digits
LETTERS = string.ascii_uppercase
ALNUM = DIGITS + LETTERS
ALPHABETS = {"digits": DIGITS, "alnum": ALNUM, "hex": DIGITS + "ABCDEF", "letters": LETTERS}
# A character each charset does not use, and which survives normalisation.
FOREIGN = {"digits": "A", "alnum": "/", "hex": "G", "letters": "7"}
DECIDED = ("affected", "not_affected", "check_with_manufacturer")
URL = "https://maker.example/serial-check"


def rule(**data: Any) -> SerialRule:
    return SerialRule.from_dict(data)


def unlabelled(serial: str) -> bool:
    """True unless the serial field would read the start as a label prefix ("SN1...", "SER2...").

    Generated serials avoid those: see test_a_serial_that_begins_like_a_label_prefix_is_read_whole.
    """
    return serial_entry(serial) == serial_text(serial)


def text_of(alphabet: str, n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=n, max_size=n).filter(unlabelled)


# --- length and character class ------------------------------------------------------------------


@given(st.sampled_from(sorted(CHARSETS)), st.integers(1, 24), st.data())
def test_length_and_charset_inside_is_in_scope(charset: str, n: int, data: st.DataObject) -> None:
    r = rule(length=n, charset=charset)
    serial = data.draw(text_of(ALPHABETS[charset], n))
    v = r.evaluate(serial.lower())
    assert v.outcome == Outcome.AFFECTED
    assert v.serial == serial
    assert f"({r.format_hint()}, as the recall gives)" in v.reason


@given(
    st.sampled_from(sorted(CHARSETS)),
    st.integers(1, 24),
    st.integers(1, 30),
    st.sampled_from(DECIDED),
    st.data(),
)
def test_wrong_length_takes_outside_format(
    charset: str, n: int, m: int, outside: str, data: st.DataObject
) -> None:
    assume(m != n)
    r = rule(length=n, charset=charset, outside_format=outside)
    serial = data.draw(text_of(ALPHABETS[charset], m))
    v = r.evaluate(serial)
    assert v.outcome == Outcome(outside)
    assert f"has {m} character{'s' if m != 1 else ''}, not {n}" in v.reason


@given(st.sampled_from(sorted(CHARSETS)), st.integers(1, 24), st.data())
def test_a_character_outside_the_charset_takes_outside_format(
    charset: str, n: int, data: st.DataObject
) -> None:
    r = rule(length=n, charset=charset, outside_format="not_affected")
    serial = data.draw(text_of(ALPHABETS[charset], n - 1))
    at = data.draw(st.integers(0, len(serial)))
    bad = FOREIGN[charset]
    serial = serial[:at] + bad + serial[at:]
    assume(unlabelled(serial))
    v = r.evaluate(serial)
    assert v.outcome == Outcome.NOT_AFFECTED
    assert f'contains "{bad}", which {charset} serials do not use' in v.reason


@given(st.integers(1, 10), st.integers(0, 10), st.integers(0, 40))
def test_min_and_max_length(lo: int, span: int, n: int) -> None:
    hi = lo + span
    r = rule(min_length=lo, max_length=hi, charset="digits")
    v = r.evaluate("7" * n) if n else r.evaluate(None)
    if n == 0:
        assert v.outcome == Outcome.NEED_SERIAL
    elif n < lo:
        assert v.outcome == Outcome.CHECK_WITH_MANUFACTURER
        assert f"fewer than {lo}" in v.reason
    elif n > hi:
        assert v.outcome == Outcome.CHECK_WITH_MANUFACTURER
        assert f"more than {hi}" in v.reason
    else:
        assert v.outcome == Outcome.AFFECTED
    assert r.format_hint() == f"{lo} to {hi} digits"


def test_format_hints() -> None:
    assert rule(length=16, charset="alnum").hint() == "16 letters and digits"
    assert rule(min_length=4).format_hint() == "at least 4 characters"
    assert rule(charset="hex").format_hint() == "hex digits"
    assert SerialRule.all_units().hint() == "as printed"
    bpd = rule(length=14, charset="alnum", match=[{"kind": "prefix", "values": ["57V"]}])
    assert bpd.hint() == '14 letters and digits; begins with "57V"'


def test_format_only_rule_with_the_same_outcomes_does_not_need_the_serial() -> None:
    same = rule(length=4, outside_format="affected")
    assert not same.decides_by_serial
    assert same.evaluate(None).outcome == Outcome.AFFECTED
    differs = rule(length=4, outside_format="not_affected")
    assert differs.decides_by_serial
    assert differs.evaluate(None).outcome == Outcome.NEED_SERIAL


# --- prefix, suffix exclusion, contains, list ----------------------------------------------------

BPD005 = {
    "length": 14,
    "charset": "alnum",
    "match": [{"kind": "prefix", "values": ["57V"]}],
    "outside_format": "not_affected",
    "out_of_scope": "not_affected",
}


@given(text_of(ALNUM, 11))
def test_prefix_inside_matches(tail: str) -> None:
    r = SerialRule.from_dict(BPD005)
    for typed in (f"57V{tail}", f"57v{tail.lower()}", f"57V-{tail[:4]}-{tail[4:]}", f"５７Ｖ{tail}"):
        v = r.evaluate(typed)
        assert v.outcome == Outcome.AFFECTED, typed
        assert 'begins with "57V"' in v.reason


@given(text_of(ALNUM, 14))
def test_prefix_outside_does_not_match(serial: str) -> None:
    assume(not serial.startswith("57V"))
    v = SerialRule.from_dict(BPD005).evaluate(serial)
    assert v.outcome == Outcome.NOT_AFFECTED
    assert "does not match" in v.reason


def test_several_prefixes() -> None:
    r = rule(match=[{"kind": "prefix", "values": ["AB", "cd-"]}])
    assert r.evaluate("AB1").outcome == Outcome.AFFECTED
    assert r.evaluate("cd9").outcome == Outcome.AFFECTED
    assert r.evaluate("BA1").outcome == Outcome.NOT_AFFECTED
    assert 'begins with "AB" or "CD"' in r.evaluate("CD1").reason


CK3TW = {
    "label": "code on the sticker inside the case lid",
    "exclude": [{"kind": "suffix", "values": ["B"]}],
    "reasons": {"exclude": "A case whose lid code ends in B is not affected."},
}


@given(st.text(ALNUM, max_size=12))
def test_suffix_exclusion(code: str) -> None:
    assume(unlabelled(code + "B"))
    r = SerialRule.from_dict(CK3TW)
    excluded = r.evaluate(code + "b")
    assert excluded.outcome == Outcome.NOT_AFFECTED
    assert "A case whose lid code ends in B is not affected." in excluded.reason
    assert 'ends with "B"' in excluded.reason
    if code and not code.endswith("B"):
        kept = r.evaluate(code)
        assert kept.outcome == Outcome.AFFECTED
        assert kept.reason.startswith(f"The code on the sticker inside the case lid reads {code}.")


def test_an_exclusion_wins_over_a_match_and_over_the_makers_list() -> None:
    r = rule(
        match=[{"kind": "prefix", "values": ["57V"]}],
        exclude=[{"kind": "suffix", "values": ["B"]}],
        manufacturer_list=URL,
    )
    assert r.evaluate("57V123B").outcome == Outcome.NOT_AFFECTED
    assert r.evaluate("57V123A").outcome == Outcome.CHECK_WITH_MANUFACTURER
    assert r.evaluate("58V123A").outcome == Outcome.NOT_AFFECTED


@given(st.text(ALNUM + " ", max_size=8), st.text(ALNUM + " ", max_size=8))
def test_contains_marking_as_printed(before: str, after: str) -> None:
    r = rule(match=[{"kind": "contains", "values": ["OUT DC5V."]}])
    v = r.evaluate(f"{before}out dc5v.{after}")
    assert v.outcome == Outcome.AFFECTED
    assert 'carries "OUTDC5V."' in v.reason
    if "OUTDC5V." not in serial_text(f"{before}OUT DC5V{after}"):
        assert r.evaluate(f"{before}OUT DC5V{after}").outcome == Outcome.NOT_AFFECTED


@given(st.sets(text_of(ALNUM, 6), min_size=1, max_size=8), text_of(ALNUM, 6))
def test_list_matches_exactly_its_members(members: set[str], other: str) -> None:
    r = rule(match=[{"kind": "list", "values": sorted(members)}])
    for m in members:
        grouped = f"{m[:3].lower()}-{m[3:]}"
        assert r.evaluate(grouped).outcome == Outcome.AFFECTED
    n = len(members)
    assert f"is one of the {n} listed serial{'s' if n != 1 else ''}" in r.evaluate(min(members)).reason
    expected = Outcome.AFFECTED if other in members else Outcome.NOT_AFFECTED
    assert r.evaluate(other).outcome == expected
    assert r.evaluate(other + "0").outcome == Outcome.NOT_AFFECTED


# --- ranges --------------------------------------------------------------------------------------


@st.composite
def numeric_ranges(draw: st.DrawFn) -> tuple[int, int, int]:
    width = draw(st.integers(1, 12))
    a = draw(st.integers(0, 10**width - 1))
    b = draw(st.integers(0, 10**width - 1))
    return min(a, b), max(a, b), width


@given(numeric_ranges(), st.data())
@example((2322, 2426, 4), None)
def test_numeric_range_inside_matches_outside_does_not(
    rng: tuple[int, int, int], data: st.DataObject | None
) -> None:
    lo, hi, width = rng
    r = rule(match=[{"kind": "range", "start": str(lo).zfill(width), "end": str(hi).zfill(width)}])

    def pad(n: int) -> str:
        return str(n).zfill(width)

    inside = data.draw(st.integers(lo, hi)) if data else lo
    assert r.evaluate(pad(inside)).outcome == Outcome.AFFECTED
    assert r.evaluate(pad(lo)).outcome == Outcome.AFFECTED
    assert r.evaluate(pad(hi)).outcome == Outcome.AFFECTED
    if lo > 0:
        assert r.evaluate(pad(lo - 1)).outcome == Outcome.NOT_AFFECTED
    if hi < 10**width - 1:
        assert r.evaluate(pad(hi + 1)).outcome == Outcome.NOT_AFFECTED
    # Same number, another width: not what the notice prints.
    assert r.evaluate("0" + pad(inside)).outcome == Outcome.NOT_AFFECTED
    assert r.evaluate(pad(inside) + "A").outcome == Outcome.NOT_AFFECTED


def test_sq1tw2_range_as_in_the_notice() -> None:
    r = rule(
        length=4,
        charset="digits",
        match=[{"kind": "range", "start": "2322", "end": "2426"}],
        no_serial="affected",
    )
    assert [r.evaluate(s).outcome.value for s in ("2321", "2322", "2400", "2426", "2427")] == [
        "not_affected",
        "affected",
        "affected",
        "affected",
        "not_affected",
    ]
    assert "lies from 2322 to 2426" in r.evaluate("2400").reason
    assert r.evaluate("23A1").outcome == Outcome.CHECK_WITH_MANUFACTURER


@given(st.integers(1, 500), st.integers(0, 100_000), st.integers(0, 4))
def test_numeric_range_with_ends_of_different_widths_compares_numbers(lo: int, n: int, zeros: int) -> None:
    hi = lo * 1000
    r = rule(match=[{"kind": "range", "start": str(lo), "end": str(hi)}])
    expected = Outcome.AFFECTED if lo <= n <= hi else Outcome.NOT_AFFECTED
    assert r.evaluate("0" * zeros + str(n)).outcome == expected


def test_a_huge_number_against_a_numeric_range_does_not_raise() -> None:
    r = rule(match=[{"kind": "range", "start": "1", "end": "100"}])
    assert r.evaluate("1" * 5_000).outcome == Outcome.NOT_AFFECTED
    assert r.evaluate("0" * 5_000 + "42").outcome == Outcome.AFFECTED


@st.composite
def alnum_ranges(draw: st.DrawFn) -> tuple[str, str]:
    width = draw(st.integers(1, 6))
    a, b = draw(text_of(ALNUM, width)), draw(text_of(ALNUM, width))
    assume(not (a.isdigit() and b.isdigit()))
    return min(a, b, key=lambda s: int(s, 36)), max(a, b, key=lambda s: int(s, 36))


@given(alnum_ranges(), st.data())
def test_fixed_width_alphanumeric_range(ends: tuple[str, str], data: st.DataObject) -> None:
    start, end = ends
    width = len(start)
    r = rule(match=[{"kind": "range", "start": start.lower(), "end": end}])
    # base 36 orders 0-9 before A-Z, as labels count; an oracle independent of string comparison
    lo, hi = int(start, 36), int(end, 36)
    inside = data.draw(st.integers(lo, hi))
    assume(all(unlabelled(_base36(n, width)) for n in (inside, lo - 1, hi + 1) if 0 <= n < 36**width))
    assert r.evaluate(_base36(inside, width)).outcome == Outcome.AFFECTED
    candidate = data.draw(text_of(ALNUM, width))
    expected = Outcome.AFFECTED if lo <= int(candidate, 36) <= hi else Outcome.NOT_AFFECTED
    assert r.evaluate(candidate).outcome == expected
    if lo > 0:
        assert r.evaluate(_base36(lo - 1, width)).outcome == Outcome.NOT_AFFECTED
    if hi < 36**width - 1:
        assert r.evaluate(_base36(hi + 1, width)).outcome == Outcome.NOT_AFFECTED
    assert r.evaluate(_base36(inside, width) + "0").outcome == Outcome.NOT_AFFECTED


def _base36(n: int, width: int) -> str:
    out = ""
    for _ in range(width):
        n, d = divmod(n, 36)
        out = ALNUM[d] + out
    return out


# --- masks ---------------------------------------------------------------------------------------


@st.composite
def masks(draw: st.DrawFn) -> tuple[str, str]:
    wildcard = draw(st.sampled_from(["X", "*", "?", "#"]))
    literals = ALNUM.replace(wildcard, "")
    cells = draw(st.lists(st.one_of(st.sampled_from(literals), st.just(wildcard)), min_size=1, max_size=14))
    return "".join(cells), wildcard


@given(masks(), st.data())
@example(("60764XXXXXXXXX", "X"), None)
def test_a_mask_matches_exactly_the_strings_of_its_shape(
    m: tuple[str, str], data: st.DataObject | None
) -> None:
    pattern, wildcard = m
    r = rule(match=[{"kind": "mask", "patterns": [pattern], "wildcard": wildcard}])

    def shaped(s: str) -> bool:
        return len(s) == len(pattern) and all(
            (p == wildcard and c in ALNUM) or p == c for p, c in zip(pattern, s, strict=True)
        )

    # one built to fit
    fill = data.draw(text_of(ALNUM, len(pattern))) if data else "1" * len(pattern)
    fitting = "".join(f if p == wildcard else p for p, f in zip(pattern, fill, strict=True))
    assume(unlabelled(fitting))
    assert shaped(fitting)
    assert r.evaluate(fitting).outcome == Outcome.AFFECTED
    if data is None:
        return
    # any string, judged against the oracle
    other = data.draw(st.text(ALNUM + "./#", min_size=max(1, len(pattern) - 1), max_size=len(pattern) + 1))
    assume(serial_text(other) == other and unlabelled(other))
    expected = Outcome.AFFECTED if shaped(other) else Outcome.NOT_AFFECTED
    assert r.evaluate(other).outcome == expected
    # changing one literal position breaks the shape
    literal_at = [i for i, p in enumerate(pattern) if p != wildcard]
    if literal_at:
        i = data.draw(st.sampled_from(literal_at))
        swap = data.draw(st.sampled_from(ALNUM.replace(fitting[i], "")))
        broken = fitting[:i] + swap + fitting[i + 1 :]
        assume(unlabelled(broken))
        assert r.evaluate(broken).outcome == Outcome.NOT_AFFECTED


def test_mask_describes_its_wildcard_and_lowercase_wildcard_is_read_as_upper() -> None:
    r = rule(match=[{"kind": "mask", "patterns": ["60764xxx"], "wildcard": "x"}])
    v = r.evaluate("60764A1B")
    assert v.outcome == Outcome.AFFECTED
    assert 'has the form "60764XXX" (X = any character)' in v.reason
    assert r.evaluate("60765A1B").outcome == Outcome.NOT_AFFECTED
    assert r.evaluate("60764A1").outcome == Outcome.NOT_AFFECTED


def test_mask_wildcard_is_normalised_like_its_patterns() -> None:
    r = rule(match=[{"kind": "mask", "patterns": ["AB＊＊"], "wildcard": "＊"}])
    assert r.evaluate("AB12").outcome == Outcome.AFFECTED
    with pytest.raises(RuleError, match=r"serial_rule\.match\[0\]\.wildcard"):
        rule(match=[{"kind": "mask", "patterns": ["AB--"], "wildcard": "-"}])


# --- date codes ----------------------------------------------------------------------------------

DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))


@st.composite
def windows(draw: st.DrawFn) -> tuple[date, date]:
    a, b = draw(DATES), draw(DATES)
    return min(a, b), max(a, b)


def date_rule(fmt: str, window: tuple[date, date]) -> SerialRule:
    start, end = window
    return rule(
        match=[{"kind": "date_code", "format": fmt, "start": start.isoformat(), "end": end.isoformat()}]
    )


@pytest.mark.parametrize(
    ("fmt", "render"),
    [
        ("MM/DD/YYYY", lambda d: d.strftime("%m/%d/%Y")),
        ("YYYYMMDD", lambda d: d.strftime("%Y%m%d")),
        ("YYMMDD", lambda d: d.strftime("%y%m%d")),
        ("YYYY-MM-DD", lambda d: d.isoformat()),
        ("DD.MM.YY", lambda d: d.strftime("%d.%m.%y")),
    ],
)
@given(window=windows(), when=DATES, tail=st.text(ALNUM, max_size=6))
def test_day_date_codes_inside_the_window_match(
    fmt: str, render: Any, window: tuple[date, date], when: date, tail: str
) -> None:
    r = date_rule(fmt, window)
    expected = Outcome.AFFECTED if window[0] <= when <= window[1] else Outcome.NOT_AFFECTED
    v = r.evaluate(render(when) + tail)
    assert v.outcome == expected
    assert f"date code from {window[0].isoformat()} to {window[1].isoformat()}" in v.reason


@given(window=windows(), when=DATES)
def test_week_codes_name_the_whole_iso_week(window: tuple[date, date], when: date) -> None:
    year, week, _ = when.isocalendar()
    assume(year >= 2000)  # a YY code reads 99 as 2099
    monday = date.fromisocalendar(year, week, 1)
    sunday = monday + timedelta(days=6)
    expected = window[0] <= sunday and monday <= window[1]
    code = f"{year % 100:02d}{week:02d}"
    assert (date_rule("YYWW", window).evaluate(code + "A1").outcome == Outcome.AFFECTED) is expected
    assert (date_rule("YYYYWW", window).evaluate(f"{year}{week:02d}").outcome == Outcome.AFFECTED) is expected


@given(window=windows(), when=DATES)
def test_month_codes_name_the_whole_month(window: tuple[date, date], when: date) -> None:
    first = when.replace(day=1)
    last = when.replace(day=calendar.monthrange(when.year, when.month)[1])
    expected = window[0] <= last and first <= window[1]
    assert (date_rule("YYMM", window).evaluate(when.strftime("%y%m")).outcome == Outcome.AFFECTED) is expected
    assert (
        date_rule("MM/YYYY", window).evaluate(when.strftime("%m/%Y")).outcome == Outcome.AFFECTED
    ) is expected


def test_a_date_code_window_example() -> None:
    r = date_rule("MM/DD/YYYY", (date(2023, 3, 1), date(2023, 6, 30)))
    assert r.evaluate("03/01/2023-A").outcome == Outcome.AFFECTED
    assert r.evaluate("06/30/2023").outcome == Outcome.AFFECTED
    assert r.evaluate("02/28/2023").outcome == Outcome.NOT_AFFECTED
    assert r.evaluate("07/01/2023").outcome == Outcome.NOT_AFFECTED
    # not a date at all, or an impossible one: not this window
    for nonsense in ("13/01/2023", "02/30/2023", "2023-03-05", "AB/CD/EFGH", "3/5/2023"):
        assert r.evaluate(nonsense).outcome == Outcome.NOT_AFFECTED, nonsense
    assert "has a MM/DD/YYYY date code from 2023-03-01 to 2023-06-30" in r.hint()


def test_week_53_only_in_years_that_have_one() -> None:
    r = date_rule("YYWW", (date(2000, 1, 1), date(2040, 12, 31)))
    assert r.evaluate("2053").outcome == Outcome.AFFECTED  # 2020 has 53 ISO weeks
    assert r.evaluate("2153").outcome == Outcome.NOT_AFFECTED  # 2021 does not
    assert r.evaluate("2100").outcome == Outcome.NOT_AFFECTED


def test_week_code_at_the_end_of_the_calendar_does_not_raise() -> None:
    r = date_rule("YYYYWW", (date(2020, 1, 1), date(9999, 12, 31)))
    assert r.evaluate("999952").outcome == Outcome.AFFECTED


# --- no serial, need serial, read_as, manufacturer list ------------------------------------------


@pytest.mark.parametrize("no_serial", DECIDED)
def test_no_serial_takes_the_stated_outcome(no_serial: str) -> None:
    r = rule(match=[{"kind": "prefix", "values": ["57V"]}], no_serial=no_serial)
    v = r.evaluate(None, no_serial=True, recall="recall 25-056")
    assert v.outcome == Outcome(no_serial)
    assert "Units with no serial number printed" in v.reason
    assert "recall 25-056" in v.reason
    stated = rule(no_serial=no_serial, reasons={"no_serial": "Belkin takes a receipt."}, length=4)
    assert stated.evaluate("ignored", no_serial=True).reason == "Belkin takes a receipt."


def test_no_serial_unstated() -> None:
    deciding = rule(match=[{"kind": "prefix", "values": ["57V"]}], label="SN Code")
    v = deciding.evaluate(None, no_serial=True)
    assert v.outcome == Outcome.CHECK_WITH_MANUFACTURER
    assert "does not say whether a unit with no SN Code" in v.reason
    assert SerialRule.all_units().evaluate(None, no_serial=True).outcome == Outcome.AFFECTED
    assert rule(in_scope="not_affected").evaluate(None, no_serial=True).outcome == Outcome.NOT_AFFECTED


@pytest.mark.parametrize("blank", [None, "", "   ", "-", "\r\n", "\u200b", " - - "])
def test_a_missing_serial_is_asked_for_where_it_decides(blank: str | None) -> None:
    r = rule(length=14, charset="alnum", match=[{"kind": "prefix", "values": ["57V"]}])
    v = r.evaluate(blank)
    assert v.outcome == Outcome.NEED_SERIAL
    assert v.reason == 'Enter the serial number to decide (14 letters and digits; begins with "57V").'
    assert SerialRule.all_units().evaluate(blank).outcome == Outcome.AFFECTED


ANKER = {
    "label": "SN Code",
    "length": 16,
    "charset": "alnum",
    "read_as": {"o": "0", "I": "1"},
    "read_as_note": "Anker serials use no letter O or I",
    "manufacturer_list": URL,
    "outside_format": "not_affected",
}


def test_read_as_maps_confusables_with_a_note() -> None:
    r = SerialRule.from_dict(ANKER)
    v = r.evaluate("AO12 I345 6789 OIAB")
    assert v.serial == "A0121345678901AB"
    assert v.notes == ("Read I as 1, O as 0: Anker serials use no letter O or I.",)
    assert v.outcome == Outcome.CHECK_WITH_MANUFACTURER
    assert f"Check the SN Code at {URL}." in v.reason
    assert "Anker serials use no letter O or I: read I as 1, O as 0" in r.hint()
    plain = r.evaluate("A012134567890AB1")
    assert plain.notes == ()


@given(text_of(ALNUM, 16))
def test_read_as_reads_like_the_mapped_serial(serial: str) -> None:
    r = SerialRule.from_dict({**ANKER, "match": [{"kind": "prefix", "values": ["A0", "1"]}]})
    mapped = serial.replace("O", "0").replace("I", "1")
    assume(unlabelled(mapped))
    a, b = r.evaluate(serial), r.evaluate(mapped)
    assert (a.outcome, a.serial) == (b.outcome, b.serial) == (b.outcome, mapped)
    assert bool(a.notes) == (mapped != serial)


def test_read_as_makes_a_digits_rule_accept_letter_o() -> None:
    r = rule(
        length=4,
        charset="digits",
        read_as={"O": "0"},
        match=[{"kind": "range", "start": "1000", "end": "1999"}],
    )
    v = r.evaluate("1O5O")
    assert (v.outcome, v.serial) == (Outcome.AFFECTED, "1050")
    assert v.notes == ("Read O as 0.",)


@pytest.mark.parametrize("printed", ["SN12345678901234", "SER1234567890123", "SN1A2B3C4D5E6F7G"])
def test_a_serial_that_begins_like_a_label_prefix_is_read_whole(printed: str) -> None:
    r = SerialRule.from_dict(ANKER)
    v = r.evaluate(printed)
    assert (v.outcome, v.serial) == (Outcome.CHECK_WITH_MANUFACTURER, printed)


def test_a_label_prefix_typed_into_the_serial_field_is_dropped() -> None:
    r = SerialRule.from_dict(ANKER)
    for typed in ("SN: AB12-3456-7890-1234", "S/N AB12345678901234", "Serial No. AB12345678901234"):
        v = r.evaluate(typed)
        assert (v.outcome, v.serial) == (Outcome.CHECK_WITH_MANUFACTURER, "AB12345678901234"), typed


@pytest.mark.parametrize("in_scope", DECIDED)
def test_manufacturer_list_turns_affected_into_check_with_manufacturer(in_scope: str) -> None:
    r = rule(
        length=16, charset="alnum", manufacturer_list=URL, in_scope=in_scope, outside_format="not_affected"
    )
    v = r.evaluate("A" * 16)
    expected = Outcome.CHECK_WITH_MANUFACTURER if in_scope != "not_affected" else Outcome.NOT_AFFECTED
    assert v.outcome == expected
    if expected == Outcome.CHECK_WITH_MANUFACTURER:
        assert f"Check the serial number at {URL}." in v.reason
    if expected == Outcome.CHECK_WITH_MANUFACTURER:
        # the format still decides (not_affected outside it): ask for the serial first
        assert r.evaluate(None).outcome == Outcome.NEED_SERIAL
    bare = rule(manufacturer_list=URL)
    assert bare.evaluate(None).outcome == Outcome.CHECK_WITH_MANUFACTURER
    assert "the manufacturer keeps the list" in bare.evaluate(None).reason


@pytest.mark.parametrize("outside", DECIDED)
def test_outside_format_outcomes_and_words(outside: str) -> None:
    r = rule(length=16, charset="alnum", outside_format=outside)
    v = r.evaluate("ABC", recall="recall 25-056")
    assert v.outcome == Outcome(outside)
    assert v.reason.startswith("The serial number reads ABC: it has 3 characters, not 16.")
    if outside == "check_with_manufacturer":
        assert "Re-read the label; if it is right, ask the manufacturer." in v.reason
    else:
        assert "Recall 25-056 covers 16 letters and digits only." in v.reason
    said = rule(length=16, outside_format=outside, reasons={"outside_format": "Not 16: not ours."})
    assert said.evaluate("ABC").reason.endswith("Not 16: not ours.")


def test_reasons_from_the_source_replace_the_default_words() -> None:
    r = rule(
        match=[{"kind": "prefix", "values": ["57V"]}],
        reasons={"in_scope": "Belkin: affected.", "out_of_scope": "Belkin: not affected."},
    )
    assert r.evaluate("57V1").reason.endswith("Belkin: affected.")
    assert r.evaluate("58V1").reason.endswith("Belkin: not affected.")


# --- totality ------------------------------------------------------------------------------------


def _values(extra: str = "") -> st.SearchStrategy[list[str]]:
    """Clause values as a notice prints them: letters and digits, sometimes grouped or punctuated."""
    value = st.tuples(st.text(ALNUM + ALNUM.lower(), min_size=1, max_size=6), st.sampled_from(["", *extra]))
    return st.lists(value.map(lambda t: t[0][:1] + t[1] + t[0][1:]), min_size=1, max_size=4)


@st.composite
def clause_dicts(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["prefix", "suffix", "contains", "list", "range", "mask", "date_code"]))
    if kind in ("prefix", "suffix", "list"):
        return {"kind": kind, "values": draw(_values("-"))}
    if kind == "contains":
        return {"kind": kind, "values": draw(_values(" ."))}
    if kind == "range":
        if draw(st.booleans()):
            a, b, w = draw(numeric_ranges())
            return {"kind": "range", "start": str(a).zfill(w), "end": str(b).zfill(w)}
        a2, b2 = draw(alnum_ranges())
        return {"kind": "range", "start": a2, "end": b2}
    if kind == "mask":
        pattern, wildcard = draw(masks())
        return {"kind": "mask", "patterns": [pattern], "wildcard": wildcard}
    start, end = draw(windows())
    fmt = draw(st.sampled_from(["MM/DD/YYYY", "YYWW", "YYYYMMDD", "YYMM", "YYYY", "DD-MM-YY"]))
    return {"kind": "date_code", "format": fmt, "start": start.isoformat(), "end": end.isoformat()}


@st.composite
def rule_dicts(draw: st.DrawFn) -> dict[str, Any]:
    d: dict[str, Any] = {}
    size = draw(st.sampled_from(["none", "length", "range"]))
    if size == "length":
        d["length"] = draw(st.integers(1, 20))
    elif size == "range":
        lo = draw(st.integers(1, 10))
        d["min_length"], d["max_length"] = lo, lo + draw(st.integers(0, 10))
    if draw(st.booleans()):
        d["charset"] = draw(st.sampled_from(sorted(CHARSETS)))
    if draw(st.booleans()):
        d["read_as"] = draw(st.sampled_from([{"O": "0"}, {"O": "0", "I": "1"}, {"s": "5"}]))
        if draw(st.booleans()):
            d["read_as_note"] = "this maker prints no letter O"
    for key in ("match", "exclude"):
        if draw(st.booleans()):
            d[key] = draw(st.lists(clause_dicts(), min_size=1, max_size=3))
    for key in ("in_scope", "out_of_scope", "outside_format", "no_serial"):
        if draw(st.booleans()):
            d[key] = draw(st.sampled_from(DECIDED))
    if draw(st.booleans()):
        d["manufacturer_list"] = URL
    if draw(st.booleans()):
        d["label"] = draw(st.sampled_from(["SN Code", "code on the sticker inside the lid"]))
    if draw(st.booleans()):
        keys = draw(
            st.sets(st.sampled_from(["outside_format", "in_scope", "out_of_scope", "no_serial", "exclude"]))
        )
        d["reasons"] = {k: f"The notice says so ({k})." for k in keys}
    if draw(st.booleans()):
        d["source"] = "https://agency.example/notice"
    return d


ANY_SERIAL = st.one_of(
    st.none(),
    st.text(),
    st.text(ALNUM + "-/ .", max_size=30),
    st.sampled_from(
        ["x" * 20_000, "9" * 20_000, "'; DROP TABLE recalls; --", "\x00\r\n\t", "\ud800", "999952"]
    ),
)


@given(rule_dicts(), ANY_SERIAL, st.booleans(), st.text(max_size=30))
def test_evaluate_never_raises_and_answers_in_words(
    data: dict[str, Any], serial: str | None, no_serial: bool, recall: str
) -> None:
    r = SerialRule.from_dict(data)
    v = r.evaluate(serial, no_serial=no_serial, recall=recall or "this recall")
    assert isinstance(v, SerialVerdict)
    assert v.outcome in set(Outcome) - {Outcome.NEED_ANSWER, Outcome.NO_RECALL_FOUND}
    assert isinstance(v.reason, str) and v.reason
    if v.outcome == Outcome.NEED_SERIAL:
        assert not no_serial and (serial is None or not serial_text(serial))
    if not no_serial and serial is not None and serial_text(serial):
        assert v.outcome != Outcome.NEED_SERIAL
    if v.notes:
        assert all(n.startswith("Read ") for n in v.notes)
    assert isinstance(r.hint(), str) and r.hint()


@given(rule_dicts())
def test_from_dict_to_dict_round_trips(data: dict[str, Any]) -> None:
    r = SerialRule.from_dict(data)
    out = r.to_dict()
    assert SerialRule.from_dict(out) == r
    assert SerialRule.from_dict(json.loads(json.dumps(out))) == r


@given(
    st.sampled_from(["prefix", "suffix", "list", "contains", "mask"]),
    st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=3),
    st.text(max_size=20),
)
@example("prefix", ["e \u0301"], "")
@example("contains", ["ΐ"], "")
def test_round_trip_with_any_text_values(kind: str, values: list[str], note: str) -> None:
    key = "patterns" if kind == "mask" else "values"
    try:
        r = rule(match=[{"kind": kind, key: values}], read_as_note=note, source=note)
    except RuleError:
        return
    assert SerialRule.from_dict(r.to_dict()) == r


def test_seed_catalog_rules_load_and_round_trip() -> None:
    doc = json.loads(SEED.read_text(encoding="utf-8"))
    rules = [p.get("serial_rule") for r in doc["recalls"] for p in r["products"]]
    assert rules
    for i, data in enumerate(rules):
        r = SerialRule.from_dict(data, f"rules[{i}]")
        assert SerialRule.from_dict(r.to_dict()) == r


# --- validation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ([], "serial_rule: expected an object"),
        ({"lenght": 4}, "serial_rule: unknown field(s) lenght"),
        ({"length": 0}, "serial_rule.length:"),
        ({"length": 65}, "serial_rule.length:"),
        ({"length": True}, "serial_rule.length:"),
        ({"min_length": "4"}, "serial_rule.min_length:"),
        ({"length": 4, "max_length": 5}, "serial_rule: give either length"),
        ({"min_length": 6, "max_length": 5}, "serial_rule: min_length 6 is above max_length 5"),
        ({"charset": "octal"}, "serial_rule.charset:"),
        ({"charset": ["digits"]}, "serial_rule.charset:"),
        ({"read_as": ["O", "0"]}, "serial_rule.read_as:"),
        ({"read_as": {"OO": "0"}}, "serial_rule.read_as:"),
        ({"read_as": {"ß": "5"}}, "serial_rule.read_as:"),
        ({"match": {"kind": "prefix"}}, "serial_rule.match:"),
        ({"match": ["57V"]}, "serial_rule.match[0]: expected an object"),
        ({"match": [{"kind": "nope"}]}, "serial_rule.match[0].kind: unknown clause kind 'nope'"),
        ({"match": [{"values": ["A"]}]}, "serial_rule.match[0].kind:"),
        ({"exclude": [{"kind": "suffix", "values": ["B"]}, {"kind": "x"}]}, "serial_rule.exclude[1].kind:"),
        ({"match": [{"kind": "prefix", "values": []}]}, "serial_rule.match[0].values: the list is empty"),
        ({"match": [{"kind": "prefix", "values": "57V"}]}, "serial_rule.match[0].values: expected a list"),
        ({"match": [{"kind": "prefix", "values": ["57V", ""]}]}, "serial_rule.match[0].values[1]:"),
        ({"match": [{"kind": "suffix", "values": [" - "]}]}, "serial_rule.match[0].values[0]:"),
        ({"match": [{"kind": "list", "values": [7]}]}, "serial_rule.match[0].values[0]:"),
        ({"match": [{"kind": "contains", "values": []}]}, "serial_rule.match[0].values:"),
        ({"exclude": [{"kind": "contains", "values": ["-"]}]}, "serial_rule.exclude[0].values"),
        (
            {"match": [{"kind": "range", "start": "2426", "end": "2322"}]},
            "serial_rule.match[0]: the range starts after",
        ),
        (
            {"match": [{"kind": "range", "start": "AB", "end": "AA"}]},
            "serial_rule.match[0]: the range starts after",
        ),
        (
            {"match": [{"kind": "range", "start": "A1", "end": "B12"}]},
            "serial_rule.match[0]: an alphanumeric range",
        ),
        ({"match": [{"kind": "range", "end": "9"}]}, "serial_rule.match[0].start:"),
        ({"match": [{"kind": "range", "start": "-", "end": "-"}]}, "serial_rule.match[0]"),
        ({"match": [{"kind": "range", "start": "A.1", "end": "A.9"}]}, "serial_rule.match[0]"),
        ({"match": [{"kind": "range", "start": "\U00010a40", "end": "\U00010a41"}]}, "serial_rule.match[0]"),
        (
            {"match": [{"kind": "mask", "patterns": ["AXX"], "wildcard": "XY"}]},
            "serial_rule.match[0].wildcard:",
        ),
        ({"match": [{"kind": "mask", "patterns": []}]}, "serial_rule.match[0].patterns:"),
        (
            {"match": [{"kind": "date_code", "format": "ABC", "start": "2020-01-01", "end": "2021-01-01"}]},
            "serial_rule.match[0].format:",
        ),
        (
            {
                "match": [
                    {"kind": "date_code", "format": "YYWWMM", "start": "2020-01-01", "end": "2021-01-01"}
                ]
            },
            "serial_rule.match[0].format: a week code",
        ),
        (
            {
                "match": [
                    {"kind": "date_code", "format": "YY WW M-M", "start": "2020-01-01", "end": "2021-01-01"}
                ]
            },
            "serial_rule.match[0].format: a week code",
        ),
        (
            {"match": [{"kind": "date_code", "format": "MMDD", "start": "2020-01-01", "end": "2021-01-01"}]},
            "serial_rule.match[0].format:",
        ),
        (
            {"match": [{"kind": "date_code", "format": "WW", "start": "2020-01-01", "end": "2021-01-01"}]},
            "serial_rule.match[0].format:",
        ),
        (
            {
                "match": [
                    {"kind": "date_code", "format": "YYMMYY", "start": "2020-01-01", "end": "2021-01-01"}
                ]
            },
            "serial_rule.match[0].format:",
        ),
        (
            {"match": [{"kind": "date_code", "format": "YYMM", "start": "2020-13-01", "end": "2021-01-01"}]},
            "serial_rule.match[0].start:",
        ),
        (
            {"match": [{"kind": "date_code", "format": "YYMM", "start": "2020-01-01", "end": 2021}]},
            "serial_rule.match[0].end:",
        ),
        (
            {"match": [{"kind": "date_code", "format": "YYMM", "start": "2021-01-01", "end": "2020-01-01"}]},
            "serial_rule.match[0]: the window starts after",
        ),
        ({"in_scope": "need_serial"}, "serial_rule.in_scope:"),
        ({"out_of_scope": "maybe"}, "serial_rule.out_of_scope:"),
        ({"no_serial": ["affected"]}, "serial_rule.no_serial:"),
        ({"reasons": {"because": "x"}}, "serial_rule.reasons:"),
        ({"reasons": {"in_scope": 3}}, "serial_rule.reasons:"),
        ({"manufacturer_list": "  "}, "serial_rule.manufacturer_list:"),
        ({"label": ""}, "serial_rule.label:"),
        ({"label": None}, "serial_rule.label:"),
        ({"source": 5}, "serial_rule.source:"),
        ({"read_as_note": ["x"]}, "serial_rule.read_as_note:"),
    ],
)
def test_malformed_rules_name_the_path(data: Any, where: str) -> None:
    with pytest.raises(RuleError) as err:
        SerialRule.from_dict(data)
    assert str(err.value).startswith(where), str(err.value)


def test_the_path_starts_where_the_caller_says() -> None:
    with pytest.raises(RuleError, match=r"^recalls\[3\]\.products\[0\]\.serial_rule\.match\[1\]\.kind: "):
        SerialRule.from_dict(
            {"match": [{"kind": "prefix", "values": ["A"]}, {"kind": "prefx", "values": ["B"]}]},
            "recalls[3].products[0].serial_rule",
        )


def test_none_is_every_unit() -> None:
    r = SerialRule.from_dict(None)
    assert r == SerialRule.all_units()
    assert not r.decides_by_serial
    assert r.evaluate("anything").outcome == Outcome.AFFECTED


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 70) | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
FIELDS = [
    "length", "min_length", "max_length", "charset", "read_as", "read_as_note", "match", "exclude",
    "in_scope", "out_of_scope", "outside_format", "no_serial", "manufacturer_list", "label",
    "reasons", "source",
]  # fmt: skip
CLAUSE_FIELDS = ["kind", "values", "start", "end", "patterns", "wildcard", "format"]
KINDS = ["prefix", "suffix", "contains", "list", "range", "mask", "date_code"]
FUZZ_CLAUSE = st.fixed_dictionaries(
    {"kind": st.sampled_from(KINDS)},
    optional={
        "values": JSON | st.lists(st.text(max_size=6), max_size=3),
        "start": JSON | DATES.map(date.isoformat) | st.text(ALNUM, max_size=4),
        "end": JSON | DATES.map(date.isoformat) | st.text(ALNUM, max_size=4),
        "patterns": JSON | st.lists(st.text("AX1*-", max_size=6), max_size=3),
        "wildcard": JSON,
        "format": JSON | st.text("YMDW/-. 1", max_size=10),
    },
)
FUZZ_RULE = st.one_of(
    JSON,
    st.dictionaries(st.sampled_from(FIELDS), JSON, max_size=6),
    st.fixed_dictionaries(
        {},
        optional={
            "length": JSON,
            "charset": JSON | st.sampled_from(sorted(CHARSETS)),
            "read_as": JSON | st.dictionaries(st.text(max_size=2), st.text(max_size=2), max_size=2),
            "match": st.lists(FUZZ_CLAUSE | JSON, max_size=3),
            "exclude": st.lists(FUZZ_CLAUSE, max_size=2),
            "in_scope": JSON | st.sampled_from([o.value for o in Outcome]),
            "no_serial": JSON | st.sampled_from([o.value for o in Outcome]),
            "reasons": JSON,
        },
    ),
)


@given(FUZZ_RULE, ANY_SERIAL, st.booleans())
def test_from_dict_accepts_or_raises_rule_error_only(data: Any, serial: str | None, no_serial: bool) -> None:
    try:
        r = SerialRule.from_dict(data)
    except RuleError as exc:
        assert str(exc).startswith("serial_rule"), str(exc)
        return
    # whatever it accepted, it can decide with, describe, and write back
    assert r.evaluate(serial, no_serial=no_serial).reason
    assert r.hint()
    assert SerialRule.from_dict(r.to_dict()) == r
