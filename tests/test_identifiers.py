"""Normalisation and classification of what reaches the counter (core/identifiers.py)."""

from __future__ import annotations

import re
import string
import unicodedata

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from recall_desk.core.identifiers import (
    MAX_QUERY_CHARS,
    QueryKind,
    _clean_unicode,
    classify,
    clean,
    gtin14,
    gtin_check_digit,
    gtin_is_valid,
    model_key,
    serial_text,
)

# --- helpers ------------------------------------------------------------------------------------

ASCII_ALNUM = string.ascii_uppercase + string.digits
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
SCANNER_SUFFIXES = ("\r", "\n", "\r\n", "\t")
# Every dash clean() promises to fold: Unicode's dash punctuation (Pd) plus the minus signs,
# the hyphen bullet and the katakana prolonged sound mark that IMEs produce for "-".
ALL_PD = tuple(ch for ch in map(chr, range(0x2D, 0x10EAE)) if unicodedata.category(ch) == "Pd" and ch != "-")
OTHER_DASHES = ("\u2212", "\u02d7", "\u2043", "\ufe58", "\ufe63", "\uff0d", "\u30fc", "\ufe31", "\ufe32")
KNOWN_GTINS = {
    "036000291452": "UPC-A",
    "012345678905": "UPC-A",
    "4006381333931": "EAN-13",
    "9780306406157": "EAN-13",
    "73513537": "EAN-8",
    "96385074": "EAN-8",
    "10614141000415": "GTIN-14",
    "00012345678905": "GTIN-14",
}


def reference_check_digit(body: str) -> int:
    """GS1 mod-10, written independently of the module: weights 3,1,3,... from the right."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def fullwidth(text: str) -> str:
    """ASCII printable -> the full-width forms a Japanese/Chinese IME types."""
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def valid_gtins(lengths: tuple[int, ...] = (8, 12, 13, 14)) -> st.SearchStrategy[str]:
    return st.sampled_from(lengths).flatmap(
        lambda n: st.text(string.digits, min_size=n - 1, max_size=n - 1).map(
            lambda body: body + str(reference_check_digit(body))
        )
    )


# --- clean ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ａ３１０２", "A3102"),
        ("ａ３１０２－０１６", "A3102-016"),
        ("  a3102  ", "A3102"),
        ("ath-ck3tw", "ATH-CK3TW"),
        ("A3102\r\n", "A3102"),
        ("\tA3102\t", "A3102"),
        ("A3102\r", "A3102"),
        ("\u200bA3102\ufeff", "A3102"),
        ("Model:\u00a0A3102", "MODEL: A3102"),
        ("Anker   Soundcore\tMotion", "ANKER SOUNDCORE MOTION"),
        ("\u3000A3102\u3000", "A3102"),
        ("", ""),
        ("\r\n\t ", ""),
    ],
)
def test_clean_examples(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_clean_keeps_case_when_asked() -> None:
    assert clean("  Ａnker\u2013Soundcore\r\n", upper=False) == "Anker-Soundcore"


@pytest.mark.parametrize("dash", ALL_PD + OTHER_DASHES, ids=lambda d: f"U+{ord(d):04X}")
def test_every_dash_becomes_a_hyphen(dash: str) -> None:
    assert clean(f"a3102{dash}016") == "A3102-016"
    assert serial_text(f"57v{dash}1234") == "57V1234"
    assert model_key(f"ath{dash}ck3tw") == "ATHCK3TW"


@pytest.mark.parametrize("zw", ZERO_WIDTH, ids=lambda c: f"U+{ord(c):04X}")
def test_zero_width_characters_inside_an_entry_are_dropped(zw: str) -> None:
    # Invisible characters pasted from a web page must not split a model number in two.
    assert clean(f"A31{zw}02") == "A3102"
    q = classify(f"A31{zw}02")
    assert (q.kind, q.value) == (QueryKind.MODEL, "A3102")


@given(st.text())
@example("ΐ")  # upper() decomposes it; a second NFKC would recompose it
@example("ß\u0301")
@example("e\u200b\u0301")
@example("-\u0301")
def test_clean_is_idempotent(raw: str) -> None:
    once = clean(raw)
    assert clean(once) == once
    kept = clean(raw, upper=False)
    assert clean(kept, upper=False) == kept


@given(st.text())
def test_clean_output_has_no_controls_dashes_or_loose_spaces(raw: str) -> None:
    out = clean(raw)
    assert out == out.strip()
    assert "  " not in out
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Pd") and c != "-" for c in out)
    assert not any(c in out for c in OTHER_DASHES)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
@example("A\x1c\x1fB\x7f")  # separators and DEL: white space or control, folded either way
@example("\x0bA3102\x0c\r\n")
def test_clean_ascii_fast_path_agrees_with_the_unicode_path(raw: str) -> None:
    for upper in (True, False):
        assert clean(raw, upper=upper) == _clean_unicode(raw, upper=upper)


@given(st.text(alphabet=string.printable))
def test_clean_ignores_case_for_ascii(raw: str) -> None:
    assert clean(raw.lower()) == clean(raw.upper()) == clean(raw)


# --- model_key and serial_text -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ATH-CK3TW", "ATHCK3TW"),
        ("ath ck3tw", "ATHCK3TW"),
        ("ＡＴＨ－ＣＫ３ＴＷ", "ATHCK3TW"),
        ("A3102/016.", "A3102016"),
        ("Ｍｏｄｅｌ", "MODEL"),
        ("---", ""),
        ("", ""),
    ],
)
def test_model_key_examples(raw: str, expected: str) -> None:
    assert model_key(raw) == expected


@given(st.text())
def test_model_key_is_ascii_letters_and_digits_and_stable(raw: str) -> None:
    key = model_key(raw)
    assert re.fullmatch(r"[A-Z0-9]*", key)
    assert model_key(key) == key


@given(
    st.text(ASCII_ALNUM + string.ascii_lowercase, min_size=1, max_size=20),
    st.lists(st.sampled_from(["-", " ", "\u2013", "\u200b", "\t", "."]), max_size=20),
)
def test_model_key_ignores_separators_case_and_width(token: str, seps: list[str]) -> None:
    expected = token.upper()
    # scatter separators between the characters
    spread = "".join(c + (seps[i] if i < len(seps) else "") for i, c in enumerate(token))
    assert model_key(spread) == expected
    assert model_key(fullwidth(token)) == expected
    assert model_key(token.lower()) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("57v-1234 5678", "57V12345678"),
        ("５７Ｖ１２３４", "57V1234"),
        ("AB12\r\n", "AB12"),
        ("out dc5v.", "OUTDC5V."),
        ("03/15/2024", "03/15/2024"),
        ("\u200b1234\u200b", "1234"),
    ],
)
def test_serial_text_examples(raw: str, expected: str) -> None:
    assert serial_text(raw) == expected


@given(st.text())
@example("e \u0301")  # removing the space lets the mark join the letter
def test_serial_text_has_no_spaces_or_dashes_and_is_stable(raw: str) -> None:
    s = serial_text(raw)
    assert " " not in s
    assert "-" not in s
    assert serial_text(s) == s


# --- GTIN ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("digits", "name"), sorted(KNOWN_GTINS.items()))
def test_known_gtins_are_valid_and_classified(digits: str, name: str) -> None:
    assert gtin_is_valid(digits)
    q = classify(digits)
    assert q.kind == QueryKind.GTIN
    assert q.value == digits.rjust(14, "0")
    assert len(q.value) == 14
    assert q.display == digits


@pytest.mark.parametrize("digits", sorted(KNOWN_GTINS))
@pytest.mark.parametrize("bump", range(1, 10))
def test_a_wrong_check_digit_is_not_a_gtin_and_a_note_says_so(digits: str, bump: int) -> None:
    wrong = digits[:-1] + str((int(digits[-1]) + bump) % 10)
    assert not gtin_is_valid(wrong)
    q = classify(wrong)
    assert q.kind != QueryKind.GTIN
    assert any("check digit is wrong" in n and wrong in n for n in q.notes), q.notes
    assert any(KNOWN_GTINS[digits] in n for n in q.notes), q.notes
    # 12 digits and more are a serial; the 8-digit one can only be a model number.
    assert q.kind == (QueryKind.SERIAL if len(wrong) >= 10 else QueryKind.MODEL)
    assert q.value == wrong


@given(valid_gtins())
def test_generated_gtins_are_valid_and_classified_as_14_digits(digits: str) -> None:
    assert gtin_check_digit(digits[:-1]) == int(digits[-1])
    assert gtin_is_valid(digits)
    assert gtin14(digits) == digits.zfill(14)
    q = classify(digits)
    assert (q.kind, q.value) == (QueryKind.GTIN, digits.zfill(14))


@given(valid_gtins(), st.data())
def test_any_single_digit_error_is_caught(digits: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(digits) - 1))
    d = data.draw(st.sampled_from([c for c in string.digits if c != digits[i]]))
    typo = digits[:i] + d + digits[i + 1 :]
    assert not gtin_is_valid(typo)
    assert classify(typo).kind != QueryKind.GTIN


@given(valid_gtins((12, 13)), st.sampled_from(SCANNER_SUFFIXES))
def test_gtin_with_grouping_width_and_scanner_suffix(digits: str, suffix: str) -> None:
    grouped = f"{digits[0]} {digits[1:6]}-{digits[6:11]} {digits[11:]}"
    for variant in (grouped, fullwidth(digits), digits + suffix, f"UPC: {digits}{suffix}"):
        q = classify(variant)
        assert (q.kind, q.value) == (QueryKind.GTIN, digits.zfill(14)), variant


@pytest.mark.parametrize(
    "bad", ["", "1234567", "123456789012345", "12345678901a", "１２３４５６７８９０１２"]
)
def test_gtin_is_valid_rejects_wrong_shapes(bad: str) -> None:
    assert not gtin_is_valid(bad)


@pytest.mark.parametrize("n", [10, 11, 15, 16, 20, 40])
def test_long_digit_runs_that_are_not_gtins_are_serials(n: int) -> None:
    digits = ("1234567890" * 5)[:n]
    q = classify(digits)
    assert (q.kind, q.value) == (QueryKind.SERIAL, digits)


@given(st.text(string.digits, min_size=10, max_size=60))
def test_every_long_digit_run_is_a_gtin_or_a_serial(digits: str) -> None:
    q = classify(digits)
    if len(digits) in (12, 13, 14) and gtin_is_valid(digits):
        assert (q.kind, q.value) == (QueryKind.GTIN, digits.zfill(14))
    else:
        assert (q.kind, q.value) == (QueryKind.SERIAL, digits)


def test_a_serial_printed_in_groups_is_still_a_serial() -> None:
    for raw in ("1234 5678 9012 3456", "1234-5678-9012-3456", "１２３４ ５６７８ ９０１２ ３４５６"):
        q = classify(raw)
        assert (q.kind, q.value) == (QueryKind.SERIAL, "1234567890123456"), raw


def test_short_digit_runs_are_model_numbers() -> None:
    q = classify("2322")
    assert (q.kind, q.value) == (QueryKind.MODEL, "2322")


# --- label prefixes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "kind", "value"),
    [
        ("Model: A3102", QueryKind.MODEL, "A3102"),
        ("model:a3102", QueryKind.MODEL, "A3102"),
        ("Model No. A3102-016", QueryKind.MODEL, "A3102016"),
        ("MODEL NO.A3102", QueryKind.MODEL, "A3102"),
        ("Model Number: ATH-CK3TW", QueryKind.MODEL, "ATHCK3TW"),
        ("Model #A1263", QueryKind.MODEL, "A1263"),
        ("Mod. A1263", QueryKind.MODEL, "A1263"),
        ("P/N BPD005", QueryKind.MODEL, "BPD005"),
        ("Ｍｏｄｅｌ：Ａ３１０２", QueryKind.MODEL, "A3102"),
        ("SN: 57V1234", QueryKind.SERIAL, "57V1234"),
        ("sn 57v-1234-5678", QueryKind.SERIAL, "57V12345678"),
        ("S/N 57V12345678AB", QueryKind.SERIAL, "57V12345678AB"),
        ("S/N:2401", QueryKind.SERIAL, "2401"),
        ("SN Code: AB12 CD34", QueryKind.SERIAL, "AB12CD34"),
        ("SN CODE AB12CD34", QueryKind.SERIAL, "AB12CD34"),
        ("Serial No. 2401", QueryKind.SERIAL, "2401"),
        ("Serial Number: 2401", QueryKind.SERIAL, "2401"),
        ("SN: 036000291452", QueryKind.SERIAL, "036000291452"),  # a serial, even if it looks like a UPC
        ("UPC 036000291452", QueryKind.GTIN, "00036000291452"),
        ("EAN: 4006381333931", QueryKind.GTIN, "04006381333931"),
        ("GTIN 10614141000415", QueryKind.GTIN, "10614141000415"),
    ],
)
def test_label_prefixes_are_removed_and_hint_the_kind(raw: str, kind: QueryKind, value: str) -> None:
    for variant in (raw, raw + "\r\n", raw + "\t", "\u200b" + raw):
        q = classify(variant)
        assert (q.kind, q.value) == (kind, value), variant
        assert any("label prefix was removed" in n for n in q.notes), q.notes


@pytest.mark.parametrize(
    ("raw", "kind", "value"),
    [
        # Words and model numbers that merely begin with a label keyword keep it.
        ("Snowboard helmet", QueryKind.TEXT, "SNOWBOARD HELMET"),
        ("SNES", QueryKind.MODEL, "SNES"),
        ("Serta", QueryKind.MODEL, "SERTA"),
        ("Module X7", QueryKind.TEXT, "MODULE X7"),
        ("MODELO-7", QueryKind.MODEL, "MODELO7"),
        ("Upcycled lamp", QueryKind.TEXT, "UPCYCLED LAMP"),
        ("EANX-100", QueryKind.MODEL, "EANX100"),
        ("Model", QueryKind.MODEL, "MODEL"),
    ],
)
def test_words_that_begin_with_a_keyword_are_not_labels(raw: str, kind: QueryKind, value: str) -> None:
    q = classify(raw)
    assert (q.kind, q.value) == (kind, value)
    assert not any("label prefix" in n for n in q.notes)


# --- classify: other kinds -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "kind", "value", "display"),
    [
        ("a3102", QueryKind.MODEL, "A3102", "A3102"),
        ("Ａ３１０２", QueryKind.MODEL, "A3102", "A3102"),
        ("ath-ck3tw\r\n", QueryKind.MODEL, "ATHCK3TW", "ATH-CK3TW"),
        ("anker power bank", QueryKind.TEXT, "ANKER POWER BANK", "anker power bank"),
        (
            "'; DROP TABLE recalls; --",
            QueryKind.TEXT,
            "'; DROP TABLE RECALLS; --",
            "'; DROP TABLE recalls; --",
        ),
        ('"A3102"', QueryKind.TEXT, '"A3102"', '"A3102"'),
        ("", QueryKind.EMPTY, "", ""),
        (" \r\n\t\u200b ", QueryKind.EMPTY, "", ""),
    ],
)
def test_classify_examples(raw: str, kind: QueryKind, value: str, display: str) -> None:
    q = classify(raw)
    assert (q.kind, q.value, q.display) == (kind, value, display)
    assert q.raw == raw


def test_too_long_entries_are_refused_without_normalising() -> None:
    pasted = "x" * 20_000
    q = classify(pasted)
    assert q.kind == QueryKind.TOO_LONG
    assert q.value == ""
    assert len(q.raw) <= 40
    assert q.notes == ("20,000 characters",)
    q = classify("A" * (MAX_QUERY_CHARS + 1))
    assert q.kind == QueryKind.TOO_LONG
    assert q.notes == (f"{MAX_QUERY_CHARS + 1} characters",)
    assert classify("A" * MAX_QUERY_CHARS).kind == QueryKind.MODEL


ODD_TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.text(alphabet="\x00\x01\x07\x1b\x7f\r\n\t\u0085\u2028\u2029\u200b\ufeff'\";%_\\", max_size=50),
    st.sampled_from(
        [
            "'; DROP TABLE recalls; --",
            "' OR '1'='1",
            "%",
            "_",
            "\\",
            "\x00",
            "\ud800",
            "ﷺ" * 700,
            "x" * 20_000,
            "\r\n" * 500,
            "1" * 801,
            "A3102" + "\u0301" * 400,
        ]
    ),
)


@given(ODD_TEXT)
@example("SN -")  # a label prefix with nothing after it
@example("S/N: ---")
def test_classify_is_total_and_consistent(raw: str) -> None:
    q = classify(raw)
    assert isinstance(q.kind, QueryKind)
    assert all(isinstance(n, str) for n in q.notes)
    if len(raw) > MAX_QUERY_CHARS * 4:
        assert q.kind == QueryKind.TOO_LONG
        return
    text = clean(raw)
    if not text:
        assert q.kind == QueryKind.EMPTY
    elif len(text) > MAX_QUERY_CHARS:
        assert q.kind == QueryKind.TOO_LONG
    elif q.kind == QueryKind.GTIN:
        assert len(q.value) == 14 and q.value.isdigit() and gtin_is_valid(q.value)
    elif q.kind == QueryKind.MODEL:
        assert q.value and re.fullmatch(r"[A-Z0-9]+", q.value)
    elif q.kind == QueryKind.SERIAL:
        assert q.value and " " not in q.value and "-" not in q.value
    else:
        assert q.kind == QueryKind.TEXT
        assert q.value


@given(st.text(alphabet=string.printable, max_size=120), st.sampled_from(SCANNER_SUFFIXES))
def test_scanner_suffix_changes_nothing(raw: str, suffix: str) -> None:
    a, b = classify(raw), classify(raw + suffix)
    assert (a.kind, a.value, a.display, a.notes) == (b.kind, b.value, b.display, b.notes)


@given(st.text(alphabet=string.ascii_letters + string.digits + " -./:#", max_size=120))
def test_fullwidth_entry_reads_like_ascii(raw: str) -> None:
    a, b = classify(raw), classify(fullwidth(raw))
    assert (a.kind, a.value, a.display, a.notes) == (b.kind, b.value, b.display, b.notes)


@given(st.text(alphabet=string.ascii_letters + string.digits + " -", max_size=60))
def test_classify_ignores_case(raw: str) -> None:
    a, b = classify(raw.lower()), classify(raw.upper())
    assert (a.kind, a.value, a.notes) == (b.kind, b.value, b.notes)


@given(st.text(ASCII_ALNUM, min_size=1, max_size=30))
def test_alphanumeric_tokens_are_models_serials_or_gtins(token: str) -> None:
    assume(not re.match(r"(MODEL|MOD|SN|SER|UPC|EAN|GTIN)(?![A-Z])", token))
    q = classify(token)
    if token.isdigit() and gtin_is_valid(token):
        assert q.kind == QueryKind.GTIN
    elif token.isdigit() and len(token) >= 10:
        assert (q.kind, q.value) == (QueryKind.SERIAL, token)
    else:
        assert (q.kind, q.value) == (QueryKind.MODEL, token)
