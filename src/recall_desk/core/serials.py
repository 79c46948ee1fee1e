"""Serial rules as data.

A rule is composed from the kinds real recall notices use (see the catalog
format in README.md): an exact length and character class, prefixes, inclusive
ranges, explicit lists, masked patterns, suffix or marking exclusions,
date-code windows with a stated format, what an unmarked unit means,
characters a maker never prints, and "the list is kept by the manufacturer".

``SerialRule.from_dict`` validates a rule and says what is wrong with it;
``SerialRule.evaluate`` decides one serial.  Neither touches storage.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from .identifiers import clean, serial_entry, serial_text
from .made import made_as
from .message import QT_TRANSLATE_NOOP, Msg, joined, sentences, series, text


class RuleError(ValueError):
    """A serial rule in the catalog is malformed; the message says where and why."""


class Outcome(StrEnum):
    AFFECTED = "affected"
    NOT_AFFECTED = "not_affected"
    CHECK_WITH_MANUFACTURER = "check_with_manufacturer"
    NEED_SERIAL = "need_serial"
    NEED_ANSWER = "need_answer"
    NO_RECALL_FOUND = "no_recall_found"


# The outcomes a rule may name for a case it decides.
_DECIDED = {Outcome.AFFECTED, Outcome.NOT_AFFECTED, Outcome.CHECK_WITH_MANUFACTURER}
_OUTCOMES = {o.value: o for o in Outcome}
"""Outcome(value) of a text value, looked up faster."""

CHARSETS: dict[str, str] = {
    "digits": "0-9",
    "alnum": "0-9A-Z",
    "hex": "0-9A-F",
    "letters": "A-Z",
}
_CHARSET_WORDS = {
    "digits": QT_TRANSLATE_NOOP("Engine", "digits"),
    "alnum": QT_TRANSLATE_NOOP("Engine", "letters and digits"),
    "hex": QT_TRANSLATE_NOOP("Engine", "hex digits"),
    "letters": QT_TRANSLATE_NOOP("Engine", "letters"),
}
_CHARACTERS = QT_TRANSLATE_NOOP("Engine", "characters")
AS_PRINTED = QT_TRANSLATE_NOOP("Engine", "as printed")
DEFAULT_LABEL = "serial number"
"""What a rule calls the serial when its notice names it nothing else (the engine's words,
translated; a label the catalog gives is printed as it is)."""

_DATE_TOKENS = {
    "YYYY": r"(?P<Y>\d{4})",
    "YY": r"(?P<y>\d{2})",
    "MM": r"(?P<M>\d{2})",
    "DD": r"(?P<D>\d{2})",
    "WW": r"(?P<W>\d{2})",
}
_DATE_TOKEN_RE = re.compile("YYYY|YY|MM|DD|WW")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _words(values: Sequence[str]) -> str:
    return str(_words_msg(values))


def _words_msg(values: Sequence[str]) -> Msg | str:
    """Values as printed, quoted: '"57V"', '"57V" or "58V"', '"A", "B" or "C"'."""
    return joined([Msg(QT_TRANSLATE_NOOP("Engine", '"{value}"'), value=v) for v in values])


# --- Clauses ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Clause:
    """One test a serial passes or fails; ``describe`` is its words for a clerk."""

    kind: str

    def matches(self, serial: str) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def describe(self) -> str:
        return str(self.describe_msg())

    def describe_msg(self) -> Msg:  # pragma: no cover - overridden
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - overridden
        raise NotImplementedError


@dataclass(frozen=True)
class Prefix(Clause):
    values: tuple[str, ...]

    def matches(self, serial: str) -> bool:
        return serial.startswith(self.values)

    def describe_msg(self) -> Msg:
        return Msg(QT_TRANSLATE_NOOP("Engine", "begins with {values}"), values=_words_msg(self.values))

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "prefix", "values": list(self.values)}


@dataclass(frozen=True)
class Suffix(Clause):
    values: tuple[str, ...]

    def matches(self, serial: str) -> bool:
        return serial.endswith(self.values)

    def describe_msg(self) -> Msg:
        return Msg(QT_TRANSLATE_NOOP("Engine", "ends with {values}"), values=_words_msg(self.values))

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "suffix", "values": list(self.values)}


@dataclass(frozen=True)
class Contains(Clause):
    """A marking printed on the unit, e.g. "OUT DC5V." with its trailing period."""

    values: tuple[str, ...]

    def matches(self, serial: str) -> bool:
        return any(v in serial for v in self.values)

    def describe_msg(self) -> Msg:
        return Msg(QT_TRANSLATE_NOOP("Engine", "carries {values}"), values=_words_msg(self.values))

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "contains", "values": list(self.values)}


@dataclass(frozen=True)
class ListOf(Clause):
    values: frozenset[str]

    def matches(self, serial: str) -> bool:
        return serial in self.values

    def describe_msg(self) -> Msg:
        n = len(self.values)
        if n == 1:
            return Msg(QT_TRANSLATE_NOOP("Engine", "is one of the 1 listed serial"))
        return Msg(QT_TRANSLATE_NOOP("Engine", "is one of the {n} listed serials"), n=n)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "list", "values": sorted(self.values)}


_ORDER = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class Range(Clause):
    """Inclusive range: numeric when both ends are digits, else fixed-width alphanumeric."""

    start: str
    end: str

    @property
    def numeric(self) -> bool:
        return _is_digits(self.start) and _is_digits(self.end)

    def matches(self, serial: str) -> bool:
        if self.numeric:
            if not _is_digits(serial):
                return False
            if len(self.start) == len(self.end) and len(serial) != len(self.start):
                return False
            return _number_order(self.start) <= _number_order(serial) <= _number_order(self.end)
        if len(serial) != len(self.start) or any(c not in _ORDER for c in serial):
            return False
        return self.start <= serial <= self.end

    def describe_msg(self) -> Msg:
        return Msg(QT_TRANSLATE_NOOP("Engine", "lies from {start} to {end}"), start=self.start, end=self.end)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "range", "start": self.start, "end": self.end}


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _number_order(digits: str) -> tuple[int, str]:
    """Orders ASCII digit strings as numbers, without int() (which refuses 4,300 digits and more)."""
    significant = digits.lstrip("0")
    return len(significant), significant


@dataclass(frozen=True)
class Mask(Clause):
    """Patterns such as 60764XXXXXXXXX: the wildcard stands for any one letter or digit."""

    patterns: tuple[str, ...]
    wildcard: str = "X"

    def matches(self, serial: str) -> bool:
        for pattern in self.patterns:
            if len(pattern) == len(serial) and all(
                (p == self.wildcard and s.isalnum()) or p == s for p, s in zip(pattern, serial, strict=True)
            ):
                return True
        return False

    def describe_msg(self) -> Msg:
        return Msg(
            QT_TRANSLATE_NOOP("Engine", "has the form {patterns} ({wildcard} = any character)"),
            patterns=_words_msg(self.patterns),
            wildcard=self.wildcard,
        )

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "mask", "patterns": list(self.patterns), "wildcard": self.wildcard}


@dataclass(frozen=True)
class DateCode(Clause):
    """A date code at the start of what is printed, in a stated format, inside a window.

    Formats use YYYY, YY, MM, DD and WW (ISO week); any other character must be
    printed as it stands ("MM/DD/YYYY", "YYWW").
    """

    format: str
    start: date
    end: date

    def _regex(self) -> re.Pattern[str]:
        return _date_regex(self.format)

    def parse(self, serial: str) -> date | None:
        m = self._regex().match(serial)
        if not m:
            return None
        g = m.groupdict()
        try:
            year = int(g["Y"]) if g.get("Y") else 2000 + int(g["y"])
            if g.get("W"):
                week = int(g["W"])
                return date.fromisocalendar(year, week, 1)
            return date(year, int(g.get("M") or 1), int(g.get("D") or 1))
        except ValueError:
            return None

    def matches(self, serial: str) -> bool:
        when = self.parse(serial)
        if when is None:
            return False
        return self.start <= self._last_day(when) and when <= self.end

    def _last_day(self, first: date) -> date:
        """A code names a span: a week code the whole week, a month code the whole month, a year code
        the whole year; a unit made on any day of it may be inside the window."""
        if "DD" in self.format:
            return first
        if "WW" in self.format:
            days = 6
        elif "MM" in self.format:
            days = calendar.monthrange(first.year, first.month)[1] - 1
        else:
            return date(first.year, 12, 31)
        try:
            return first + timedelta(days=days)
        except OverflowError:  # the last week of year 9999
            return date.max

    def describe_msg(self) -> Msg:
        return Msg(
            QT_TRANSLATE_NOOP("Engine", "has a {format} date code from {start} to {end}"),
            format=self.format,
            start=self.start.isoformat(),
            end=self.end.isoformat(),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "date_code",
            "format": self.format,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
        }


def _date_regex(fmt: str) -> re.Pattern[str]:
    parts: list[str] = []
    pos = 0
    for m in _DATE_TOKEN_RE.finditer(fmt):
        parts.append(re.escape(fmt[pos : m.start()]))
        parts.append(_DATE_TOKENS[m.group()])
        pos = m.end()
    parts.append(re.escape(fmt[pos:]))
    return re.compile("".join(parts))


def _strings(where: str, value: Any, *, allow_empty: bool = False) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise RuleError(f"{where}: expected a list of strings, got {type(value).__name__}")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not serial_text(item):
            raise RuleError(f"{where}[{i}]: expected a non-empty string, got {item!r}")
        out.append(serial_text(item))
    if not out and not allow_empty:
        raise RuleError(f"{where}: the list is empty")
    return tuple(out)


def _required_str(where: str, data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RuleError(f"{where}.{key}: expected a non-empty string, got {value!r}")
    return value.strip()


def _date(where: str, value: Any) -> date:
    if not isinstance(value, str):
        raise RuleError(f"{where}: expected a YYYY-MM-DD date, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RuleError(f"{where}: {value!r} is not a YYYY-MM-DD date") from None


def clause_from_dict(where: str, data: Any) -> Clause:
    if not isinstance(data, Mapping):
        raise RuleError(f"{where}: expected an object, got {type(data).__name__}")
    kind = data.get("kind")
    if kind == "prefix":
        return Prefix("prefix", _strings(f"{where}.values", data.get("values")))
    if kind == "suffix":
        return Suffix("suffix", _strings(f"{where}.values", data.get("values")))
    if kind == "contains":
        # Markings keep their spaces and punctuation: compare as printed, upper case.
        values = data.get("values")
        if (
            not isinstance(values, list)
            or not values
            or not all(isinstance(v, str) and serial_text(v) for v in values)
        ):
            # A value with nothing left to compare ("-") would be found in every serial.
            raise RuleError(f"{where}.values: expected a non-empty list of strings")
        return Contains("contains", tuple(serial_text(v) for v in values))
    if kind == "list":
        return ListOf("list", frozenset(_strings(f"{where}.values", data.get("values"))))
    if kind == "range":
        start = serial_text(_required_str(where, data, "start"))
        end = serial_text(_required_str(where, data, "end"))
        clause = Range("range", start, end)
        if clause.numeric:
            if _number_order(start) > _number_order(end):
                raise RuleError(f"{where}: the range starts after it ends ({start} > {end})")
        else:
            if not start or not end or any(c not in _ORDER for c in start + end):
                # Serials with other characters are never in an alphanumeric range: say so now.
                raise RuleError(
                    f"{where}: a range runs between numbers, or letters and digits ({start!r}, {end!r})"
                )
            if len(start) != len(end):
                raise RuleError(
                    f"{where}: an alphanumeric range needs ends of equal width ({start!r}, {end!r})"
                )
            if start > end:
                raise RuleError(f"{where}: the range starts after it ends ({start} > {end})")
        return clause
    if kind == "mask":
        wildcard = data.get("wildcard", "X")
        # Read like the patterns: "＊" is "*", "x" is "X"; a "-" or space is dropped from patterns.
        folded = clean(wildcard) if isinstance(wildcard, str) else ""
        if len(folded) != 1 or folded == "-":
            raise RuleError(f"{where}.wildcard: expected one character, got {wildcard!r}")
        patterns = _strings(f"{where}.patterns", data.get("patterns"))
        return Mask("mask", patterns, folded)
    if kind == "date_code":
        # Checked as it will be read: "YY WW M-M" is "YYWWMM".
        fmt = serial_text(_required_str(where, data, "format"))
        tokens = _DATE_TOKEN_RE.findall(fmt)
        if not tokens:
            raise RuleError(f"{where}.format: {fmt!r} names no date part (YYYY, YY, MM, DD, WW)")
        if "WW" in tokens and ("MM" in tokens or "DD" in tokens):
            raise RuleError(f"{where}.format: a week code (WW) cannot also carry MM or DD")
        if len(set(tokens)) != len(tokens) or ("YYYY" in tokens and "YY" in tokens):
            raise RuleError(f"{where}.format: {fmt!r} names a date part twice")
        if "YYYY" not in tokens and "YY" not in tokens:
            raise RuleError(f"{where}.format: {fmt!r} names no year (YYYY or YY)")
        first, last = _date(f"{where}.start", data.get("start")), _date(f"{where}.end", data.get("end"))
        if first > last:
            raise RuleError(f"{where}: the window starts after it ends ({first} > {last})")
        return DateCode("date_code", fmt, first, last)
    raise RuleError(
        f"{where}.kind: unknown clause kind {kind!r} "
        "(known: prefix, suffix, contains, list, range, mask, date_code)"
    )


# --- The rule -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SerialVerdict:
    outcome: Outcome
    reason: str
    serial: str = ""
    """The serial as read, after the maker's confusable letters were mapped."""
    notes: tuple[str, ...] = ()
    reason_msg: Msg | None = None
    """``reason`` as a message, to be said in another language (core.message)."""
    notes_msg: tuple[Msg, ...] = ()


_CASE_KEYS = ("outside_format", "in_scope", "out_of_scope", "no_serial")
_RULE_KEYS = frozenset(
    {
        "length", "min_length", "max_length", "charset", "read_as", "read_as_note", "match",
        "exclude", "in_scope", "out_of_scope", "outside_format", "no_serial",
        "manufacturer_list", "label", "reasons", "source", "note",
    }
)  # fmt: skip
"""The fields a serial rule may have."""


@dataclass(frozen=True)
class SerialRule:
    """How one recall decides a unit from what is printed on it.

    Decision order: read the maker's confusable letters (``read_as``); a serial
    outside ``length``/``charset`` takes ``outside_format``; one matching an
    ``exclude`` clause is not affected; one matching any ``match`` clause (or
    any serial, where there are none) takes ``in_scope``, else ``out_of_scope``.
    ``in_scope`` becomes check_with_manufacturer where the list is the maker's
    (``manufacturer_list``).  A unit with nothing printed takes ``no_serial``.
    Each case may carry the words of its source in ``reasons``.
    """

    length: int | None = None
    min_length: int | None = None
    max_length: int | None = None
    charset: str | None = None
    read_as: Mapping[str, str] = field(default_factory=dict)
    read_as_note: str | None = None
    match: tuple[Clause, ...] = ()
    exclude: tuple[Clause, ...] = ()
    in_scope: Outcome = Outcome.AFFECTED
    out_of_scope: Outcome = Outcome.NOT_AFFECTED
    outside_format: Outcome = Outcome.CHECK_WITH_MANUFACTURER
    no_serial: Outcome | None = None
    """None: the sources do not say what an unmarked unit means."""
    manufacturer_list: str | None = None
    """URL of the maker's own serial check, where the list is not public."""
    label: str = DEFAULT_LABEL
    """What the label calls it ("SN Code", "code on the sticker inside the lid")."""
    reasons: Mapping[str, str] = field(default_factory=dict)
    source: str | None = None

    # -- construction --

    @classmethod
    def all_units(cls) -> SerialRule:
        """Every unit of the model is recalled; no serial decides anything."""
        if cls is SerialRule:  # cls(), faster: its defaults, each default_factory's called anew
            return _make_serial_rule(**{**_ALL_UNITS, "read_as": {}, "reasons": {}})
        return cls()

    @classmethod
    def from_dict(cls, data: Any, where: str = "serial_rule") -> SerialRule:
        if data is None:
            return cls.all_units()
        if data.__class__ is not dict and not isinstance(data, Mapping):
            raise RuleError(f"{where}: expected an object, got {type(data).__name__}")
        if unknown_keys := set(data) - _RULE_KEYS:
            unknown = sorted(str(k) for k in unknown_keys)
            raise RuleError(f"{where}: unknown field(s) {', '.join(unknown)}")

        def length_field(key: str) -> int | None:
            value = data.get(key)
            if value is None:
                return None
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 64:
                raise RuleError(f"{where}.{key}: expected a whole number from 1 to 64, got {value!r}")
            return value

        length, lo, hi = length_field("length"), length_field("min_length"), length_field("max_length")
        if length is not None and (lo is not None or hi is not None):
            raise RuleError(f"{where}: give either length or min_length/max_length, not both")
        if lo is not None and hi is not None and lo > hi:
            raise RuleError(f"{where}: min_length {lo} is above max_length {hi}")
        charset = data.get("charset")
        if charset is not None and (not isinstance(charset, str) or charset not in CHARSETS):
            raise RuleError(f"{where}.charset: {charset!r} is not one of {', '.join(CHARSETS)}")

        read_as_raw = data.get("read_as") or {}
        if not isinstance(read_as_raw, Mapping):
            raise RuleError(f'{where}.read_as: expected an object such as {{"O": "0"}}')
        read_as: dict[str, str] = {}
        for k, v in read_as_raw.items():
            # Compared with the serial as read, so normalised like it ("o" is "O", "ß" is two letters).
            kk, vv = (clean(x) if isinstance(x, str) else "" for x in (k, v))
            if len(kk) != 1 or len(vv) != 1:
                raise RuleError(f"{where}.read_as: {k!r} -> {v!r} must map one character to one")
            read_as[kk] = vv

        def clauses(key: str) -> tuple[Clause, ...]:
            raw = data.get(key) or []
            if not isinstance(raw, list):
                raise RuleError(f"{where}.{key}: expected a list of clauses")
            return tuple(clause_from_dict(f"{where}.{key}[{i}]", c) for i, c in enumerate(raw))

        def outcome(key: str, default: Outcome | None) -> Outcome | None:
            value = data.get(key)
            if value is None:
                return default
            if value.__class__ is str:  # Outcome(value), faster
                result = _OUTCOMES.get(value)
            else:
                try:
                    result = Outcome(value)
                except ValueError:
                    result = None
            if result not in _DECIDED:
                allowed = ", ".join(sorted(o.value for o in _DECIDED))
                raise RuleError(f"{where}.{key}: {value!r} is not one of {allowed}")
            return result

        reasons = data.get("reasons") or {}
        if not isinstance(reasons, Mapping) or not all(
            k in (*_CASE_KEYS, "exclude") and isinstance(v, str) for k, v in reasons.items()
        ):
            raise RuleError(f"{where}.reasons: expected texts keyed by {', '.join((*_CASE_KEYS, 'exclude'))}")
        manufacturer_list = data.get("manufacturer_list")
        if manufacturer_list is not None and not (
            isinstance(manufacturer_list, str) and manufacturer_list.strip()
        ):
            raise RuleError(f"{where}.manufacturer_list: expected the URL of the maker's check")
        label = data.get("label", "serial number")
        if not isinstance(label, str) or not label.strip():
            raise RuleError(f"{where}.label: expected text")
        for key in ("read_as_note", "source"):
            if data.get(key) is not None and not isinstance(data.get(key), str):
                raise RuleError(f"{where}.{key}: expected text")

        fields: dict[str, Any] = {  # every field, in order: cls(**fields), faster
            "length": length,
            "min_length": lo,
            "max_length": hi,
            "charset": charset,
            "read_as": read_as,
            "read_as_note": data.get("read_as_note") or None,
            "match": clauses("match"),
            "exclude": clauses("exclude"),
            "in_scope": outcome("in_scope", Outcome.AFFECTED) or Outcome.AFFECTED,
            "out_of_scope": outcome("out_of_scope", Outcome.NOT_AFFECTED) or Outcome.NOT_AFFECTED,
            "outside_format": outcome("outside_format", Outcome.CHECK_WITH_MANUFACTURER)
            or Outcome.CHECK_WITH_MANUFACTURER,
            "no_serial": outcome("no_serial", None),
            "manufacturer_list": manufacturer_list,
            "label": label.strip(),
            "reasons": dict(reasons),
            "source": data.get("source") or None,
        }
        return (_make_serial_rule if cls is SerialRule else cls)(**fields)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in ("length", "min_length", "max_length", "charset"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.read_as:
            out["read_as"] = dict(self.read_as)
        if self.read_as_note:
            out["read_as_note"] = self.read_as_note
        if self.match:
            out["match"] = [c.to_dict() for c in self.match]
        if self.exclude:
            out["exclude"] = [c.to_dict() for c in self.exclude]
        for key in ("in_scope", "out_of_scope", "outside_format", "no_serial"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key).value
        if self.manufacturer_list:
            out["manufacturer_list"] = self.manufacturer_list
        out["label"] = self.label
        if self.reasons:
            out["reasons"] = dict(self.reasons)
        if self.source:
            out["source"] = self.source
        return out

    # -- facts about the rule --

    @property
    def decides_by_serial(self) -> bool:
        """True when the serial can change the outcome, so the clerk must be asked for it."""
        if self.match or self.exclude:
            return True
        has_format = any(x is not None for x in (self.length, self.min_length, self.max_length, self.charset))
        return has_format and self.outside_format != self._scope_outcome()

    def _scope_outcome(self) -> Outcome:
        if self.in_scope == Outcome.AFFECTED and self.manufacturer_list:
            return Outcome.CHECK_WITH_MANUFACTURER
        return self.in_scope

    def label_msg(self, *, capitalize: bool = False) -> Msg:
        """The serial's name: the engine's "serial number" (translated), or the catalog's label."""
        if self.label == DEFAULT_LABEL:
            return Msg(QT_TRANSLATE_NOOP("Engine", "serial number"), capitalize=capitalize)
        return Msg("{label}", label=self.label, capitalize=capitalize)

    def format_hint(self) -> str:
        """The stated length and character class in words ("16 letters and digits"), or ""."""
        msg = self.format_hint_msg()
        return str(msg) if msg is not None else ""

    def format_hint_msg(self) -> Msg | None:
        what = Msg(_CHARSET_WORDS.get(self.charset or "", _CHARACTERS))
        if self.length is not None:
            return Msg(QT_TRANSLATE_NOOP("Engine", "{n} {what}"), n=self.length, what=what)
        if self.min_length is not None or self.max_length is not None:
            lo, hi = self.min_length or 1, self.max_length
            if hi:
                return Msg(QT_TRANSLATE_NOOP("Engine", "{lo} to {hi} {what}"), lo=lo, hi=hi, what=what)
            return Msg(QT_TRANSLATE_NOOP("Engine", "at least {lo} {what}"), lo=lo, what=what)
        return what if self.charset else None

    def hint(self) -> str:
        """What to type, in words: "16 digits", "14 letters and digits; begins with "57V"", "as printed"."""
        return str(self.hint_msg())

    def hint_msg(self) -> Msg:
        parts: list[Msg] = []
        if (fmt := self.format_hint_msg()) is not None:
            parts.append(fmt)
        for clause in self.match:
            if isinstance(clause, Prefix | Mask | DateCode | Range):
                parts.append(clause.describe_msg())
        if self.read_as:
            parts.append(self._read_as_msg())
        if not parts:
            return Msg(AS_PRINTED)
        return series(parts, "; ")

    def _read_as_msg(self) -> Msg:
        pairs = joined(
            [
                Msg(QT_TRANSLATE_NOOP("Engine", "{printed} as {read}"), printed=k, read=v)
                for k, v in sorted(self.read_as.items())
            ],
            QT_TRANSLATE_NOOP("Engine", "{rest}, {last}"),
        )
        if self.read_as_note:
            return Msg(
                QT_TRANSLATE_NOOP("Engine", "{note}: read {pairs}"), note=self.read_as_note, pairs=pairs
            )
        return Msg(QT_TRANSLATE_NOOP("Engine", "read {pairs}"), pairs=pairs)

    def _read_as_words(self) -> str:
        return str(self._read_as_msg())

    def format_problem(self, serial: str) -> str | None:
        """Why a (read) serial is outside the stated length or character class, or None."""
        msg = self.format_problem_msg(serial)
        return str(msg) if msg is not None else None

    def format_problem_msg(self, serial: str) -> Msg | None:
        n = len(serial)
        if self.length is not None and n != self.length:
            if n == 1:
                return Msg(QT_TRANSLATE_NOOP("Engine", "has 1 character, not {length}"), length=self.length)
            return Msg(
                QT_TRANSLATE_NOOP("Engine", "has {n} characters, not {length}"), n=n, length=self.length
            )
        if self.min_length is not None and n < self.min_length:
            return Msg(
                QT_TRANSLATE_NOOP("Engine", "has {n} characters, fewer than {min}"), n=n, min=self.min_length
            )
        if self.max_length is not None and n > self.max_length:
            return Msg(
                QT_TRANSLATE_NOOP("Engine", "has {n} characters, more than {max}"), n=n, max=self.max_length
            )
        if self.charset is not None:
            allowed = CHARSETS[self.charset]
            bad = sorted({c for c in serial if not re.fullmatch(f"[{allowed}]", c)})
            if bad:
                return Msg(
                    QT_TRANSLATE_NOOP("Engine", "contains {bad}, which {charset} serials do not use"),
                    bad=_words_msg(bad),
                    charset=self.charset,
                )
        return None

    def read(self, raw: str) -> tuple[str, tuple[str, ...]]:
        """The serial as printed, with confusable letters mapped; and what was changed."""
        mapped, notes = self.read_msg(raw)
        return mapped, tuple(str(n) for n in notes)

    def read_msg(self, raw: str) -> tuple[str, tuple[Msg, ...]]:
        serial = serial_entry(raw)
        if not self.read_as:
            return serial, ()
        mapped = "".join(self.read_as.get(c, c) for c in serial)
        if mapped == serial:
            return serial, ()
        changed = sorted({c for c in serial if c in self.read_as})
        what = joined(
            [
                Msg(QT_TRANSLATE_NOOP("Engine", "{printed} as {read}"), printed=c, read=self.read_as[c])
                for c in changed
            ],
            QT_TRANSLATE_NOOP("Engine", "{rest}, {last}"),
        )
        if self.read_as_note:
            note = Msg(QT_TRANSLATE_NOOP("Engine", "Read {what}: {note}."), what=what, note=self.read_as_note)
        else:
            note = Msg(QT_TRANSLATE_NOOP("Engine", "Read {what}."), what=what)
        return mapped, (note,)

    # -- decision --

    def evaluate(
        self, serial: str | None, *, no_serial: bool = False, recall: str | Msg | None = None
    ) -> SerialVerdict:
        """Decide one unit.  ``serial`` None and not ``no_serial``: NEED_SERIAL where it matters.

        ``recall`` is how the reasons name the recall ("recall 25-056"; "this recall" by default)."""
        if recall is None:
            recall = Msg(QT_TRANSLATE_NOOP("Engine", "this recall"))
        scope = self._scope_outcome()
        in_scope = self._why("in_scope", scope, recall)
        label = self.label_msg()
        given = self.reasons.get
        if no_serial:
            if self.no_serial is not None:
                return _verdict(
                    self.no_serial,
                    _given(given("no_serial"))
                    or Msg(_NO_SERIAL_IS[self.no_serial], label=label, recall=recall),
                )
            if not self.decides_by_serial:
                return _verdict(scope, in_scope)
            return _verdict(
                Outcome.CHECK_WITH_MANUFACTURER,
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Engine",
                        "The notice does not say whether a unit with no {label} is part of {recall}: "
                        "ask the manufacturer.",
                    ),
                    label=label,
                    recall=recall,
                ),
            )
        if serial is None or not serial_text(serial):
            if self.decides_by_serial:
                return _verdict(
                    Outcome.NEED_SERIAL,
                    Msg(
                        QT_TRANSLATE_NOOP("Engine", "Enter the {label} to decide ({hint})."),
                        label=label,
                        hint=self.hint_msg(),
                    ),
                )
            return _verdict(scope, in_scope)

        read, notes = self.read_msg(serial)
        said = Msg(QT_TRANSLATE_NOOP("Engine", "The {label} reads {serial}"), label=label, serial=read)
        problem = self.format_problem_msg(read)
        sentence_start = recall.capitalized() if isinstance(recall, Msg) else _cap(recall)
        fmt = self.format_hint_msg() or ""
        if problem is not None:
            if self.outside_format == Outcome.CHECK_WITH_MANUFACTURER:
                why = _given(given("outside_format")) or Msg(
                    QT_TRANSLATE_NOOP(
                        "Engine",
                        "{recall} gives {format}. Re-read the label; if it is right, ask the manufacturer.",
                    ),
                    recall=sentence_start,
                    format=fmt,
                )
            else:
                why = _given(given("outside_format")) or Msg(
                    QT_TRANSLATE_NOOP("Engine", "{recall} covers {format} only."),
                    recall=sentence_start,
                    format=fmt,
                )
            return _verdict(
                self.outside_format,
                Msg(
                    QT_TRANSLATE_NOOP("Engine", "{said}: it {problem}. {why}"),
                    said=said,
                    problem=problem,
                    why=why,
                ),
                read,
                notes,
            )
        for clause in self.exclude:
            if clause.matches(read):
                why = _given(given("exclude")) or Msg(
                    QT_TRANSLATE_NOOP("Engine", "Units whose {label} {clause} are not part of {recall}."),
                    label=label,
                    clause=clause.describe_msg(),
                    recall=recall,
                )
                return _verdict(
                    Outcome.NOT_AFFECTED,
                    Msg(
                        QT_TRANSLATE_NOOP("Engine", "{said}, which {clause}. {why}"),
                        said=said,
                        clause=clause.describe_msg(),
                        why=why,
                    ),
                    read,
                    notes,
                )
        if self.match:
            hit = next((c for c in self.match if c.matches(read)), None)
            if hit is None:
                described = joined(
                    [c.describe_msg() for c in self.match], QT_TRANSLATE_NOOP("Engine", "{rest} or {last}")
                )
                why = _given(given("out_of_scope")) or Msg(
                    QT_TRANSLATE_NOOP("Engine", "{recall} covers units whose {label} {clauses}."),
                    recall=sentence_start,
                    label=label,
                    clauses=described,
                )
                return _verdict(
                    self.out_of_scope,
                    Msg(
                        QT_TRANSLATE_NOOP("Engine", "{said}, which does not match. {why}"), said=said, why=why
                    ),
                    read,
                    notes,
                )
            return _verdict(
                scope,
                Msg(
                    QT_TRANSLATE_NOOP("Engine", "{said}, which {clause}. {why}"),
                    said=said,
                    clause=hit.describe_msg(),
                    why=in_scope,
                ),
                read,
                notes,
            )
        if self.format_hint_msg() is not None:
            reason = Msg(
                QT_TRANSLATE_NOOP("Engine", "{said} ({format}, as the recall gives). {why}"),
                said=said,
                format=fmt,
                why=in_scope,
            )
        else:
            reason = Msg(QT_TRANSLATE_NOOP("Engine", "{said}. {why}"), said=said, why=in_scope)
        return _verdict(scope, reason, read, notes)

    def _why(self, case: str, outcome: Outcome, recall: str | Msg) -> Msg:
        check_at: Msg | None = None
        if self.manufacturer_list:
            check_at = Msg(
                QT_TRANSLATE_NOOP("Engine", "Check the {label} at {url}."),
                label=self.label_msg(),
                url=self.manufacturer_list,
            )
        if case in self.reasons:
            if outcome == Outcome.CHECK_WITH_MANUFACTURER:
                return sentences(text(self.reasons[case]), check_at)
            return text(self.reasons[case])
        if outcome == Outcome.CHECK_WITH_MANUFACTURER:
            only_some = Msg(
                QT_TRANSLATE_NOOP(
                    "Engine", "Only some units are part of {recall}, and the manufacturer keeps the list."
                ),
                recall=recall,
            )
            return sentences(only_some, check_at)
        return Msg(_THIS_UNIT_IS[outcome], recall=recall)


_NO_SERIAL_IS: Mapping[Outcome, str] = {
    Outcome.AFFECTED: QT_TRANSLATE_NOOP("Engine", "Units with no {label} printed are part of {recall}."),
    Outcome.NOT_AFFECTED: QT_TRANSLATE_NOOP(
        "Engine", "Units with no {label} printed are not part of {recall}."
    ),
    Outcome.CHECK_WITH_MANUFACTURER: QT_TRANSLATE_NOOP(
        "Engine", "Units with no {label} printed may be part of {recall}."
    ),
}
_THIS_UNIT_IS: Mapping[Outcome, str] = {
    Outcome.AFFECTED: QT_TRANSLATE_NOOP("Engine", "This unit is part of {recall}."),
    Outcome.NOT_AFFECTED: QT_TRANSLATE_NOOP("Engine", "This unit is not part of {recall}."),
    Outcome.CHECK_WITH_MANUFACTURER: QT_TRANSLATE_NOOP("Engine", "This unit may be part of {recall}."),
}


_ALL_UNITS: dict[str, Any] = dict(vars(SerialRule()))
"""The fields of SerialRule() (all_units copies them, with new dicts for read_as and reasons)."""
_make_serial_rule = made_as(SerialRule)


def _given(words: str | None) -> Msg | None:
    """A case's reason in its source's words (data), if the rule has one."""
    return text(words) if words else None


def _verdict(outcome: Outcome, reason: Msg, serial: str = "", notes: tuple[Msg, ...] = ()) -> SerialVerdict:
    return SerialVerdict(outcome, str(reason), serial, tuple(str(n) for n in notes), reason, notes)
