"""Model numbers and serial rules, read from a recall notice's prose.

Official records seldom fill their model field: the models are named in sentences ("Only
lithium-ion battery packs in Anker Soundcore Bluetooth Speakers with models A3102016, A3302011 and
A3302031 are included in this recall"), and so is which units are affected ("14 characters long,
beginning with 57V"; "serial numbers 2322 through 2426 ... or no serial number at all").

:func:`extract` reads both from any number of texts.  Each model comes with a confidence, the
sentence it came from and why it was taken; each serial rule comes in the catalog's own format
(:meth:`recall_desk.core.serials.SerialRule.from_dict` accepts every one) and says whether its
sentence was unambiguous.  What is not certain is returned as such (:meth:`Extraction.uncertain`)
for a manager to review: never dropped, never promoted.  Words that only look like model numbers
(ratings such as 5V, 20W, 10,000mAh and 10K, connectors such as USB-C and Qi2, dates, prices, phone
numbers, recall numbers, serials and codes) are not models.

Pure and total: any text in, an :class:`Extraction` out, never an exception; linear in the length
of the text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from calendar import monthrange
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from .identifiers import model_key, serial_text
from .serials import RuleError, SerialRule, clause_from_dict

CONFIDENT: float = 0.8
"""A model found with at least this confidence may be taken without review."""

# How sure a model finding is, by how it was found.
_C_LISTED = 0.95  # in a list after "model(s)", "model number(s)", "model no.", "Model:"
_C_ITEM = 0.9  # in a list after "item number(s)", "style number(s)", "SKU"
_C_NUMBER = 0.85  # a plain number of three or more digits after "model"
_C_NAMED = 0.85  # "the A3102 model", "the A3102 model number"
_C_LOOSE = 0.6  # letters and digits that look like a model number, not introduced as one
_C_RANGE_END = 0.6  # one end of "models A1257 through A1260": the models between are not listed
_C_WORD = 0.5  # a single word after "model": perhaps a name
_C_SHORT = 0.5  # one or two digits after "model"
_C_BASE = 0.5  # the start of a listed model ("A3102" beside "A3102016")
_C_PREFIX = 0.4  # "model numbers beginning with A31": part of a model number
_C_NEGATED = 0.3  # named in a clause that says it is not included


@dataclass(frozen=True)
class ModelFinding:
    number: str
    """As the notice writes it ("A3102016", "ATH-SQ1TW2", "BPD005")."""
    confidence: float
    """0..1; at or above :data:`CONFIDENT` it may be taken without review."""
    sentence: str
    """The sentence it came from, verbatim (trimmed)."""
    reason: str
    """Why it was taken, for a manager reading the review list."""


@dataclass(frozen=True)
class RuleFinding:
    rule: dict[str, Any]
    """A serial rule in the catalog's own format; ``SerialRule.from_dict`` accepts it."""
    sentence: str
    """The sentence (or the run of consecutive sentences) it came from, verbatim (trimmed)."""
    confident: bool
    """True only when the words are unambiguous and say what is affected."""
    reason: str


@dataclass(frozen=True)
class Extraction:
    models: tuple[ModelFinding, ...] = ()
    """No two with the same model key, in order of first appearance."""
    rules: tuple[RuleFinding, ...] = ()

    def confident_models(self, threshold: float = CONFIDENT) -> tuple[str, ...]:
        """The model numbers found with at least ``threshold`` confidence, in order."""
        return tuple(f.number for f in self.models if f.confidence >= threshold)

    def uncertain(self) -> tuple[ModelFinding | RuleFinding, ...]:
        """What a manager must review: models below :data:`CONFIDENT`, then rules not confident."""
        models = tuple(f for f in self.models if f.confidence < CONFIDENT)
        return models + tuple(r for r in self.rules if not r.confident)


# --- Recall numbers --------------------------------------------------------------------------------

_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH_FOLD = str.maketrans(dict.fromkeys(_DASH_CHARS, "-"))


_FIVE_DIGITS_RE = re.compile(r"\d{5}", re.ASCII)
_DASHED_NUMBER_RE = re.compile(r"\d{2}-\d{3}", re.ASCII)


def agency_recall_number(agency: str, raw: str) -> str:
    """A recall number as the agency writes it on its notices.

    The CPSC API drops the dash ("25466"); CPSC notices write "25-466".  Other agencies' numbers
    (Health Canada "RA-82889") are kept as written.  White space is removed in every case.
    """
    text = "".join(str(raw or "").split())
    if "CPSC" not in "".join(str(agency or "").split()).upper():
        return text
    folded = text.translate(_DASH_FOLD)
    if _FIVE_DIGITS_RE.fullmatch(folded):
        return f"{folded[:2]}-{folded[2:]}"
    if _DASHED_NUMBER_RE.fullmatch(folded):
        return folded
    return text


# --- Sentences -------------------------------------------------------------------------------------

_NL = r"(?:\r\n|\r|\n)"
# A run of . ! ? (and closing quotes) before white space, a blank line, or a line break:
#     [.!?]+["'”’)\]]*(?=\s|$) | NL[ \t\f\v]*NL | NL
# written so that every alternative begins with a literal character (and in the same order for each
# first character: a blank line before a line break, "\r\n" before "\r"), which lets a search skip
# to the next . ! ? CR LF at C speed.
_BOUNDARY_RE = re.compile(
    rf"\r\n?[ \t\f\v]*{_NL}|\n[ \t\f\v]*{_NL}|\r\n|\r|\n"
    + "".join(rf"|{re.escape(c)}[.!?]*[\"'”’)\]]*(?=\s|$)" for c in ".!?")
)
_NEXT_CHAR_RE = re.compile(r"\s*(\S?)")
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# Words a period follows without ending the sentence ("model no. A1234", "Dec. 5", "approx. 10").
_ABBREVIATIONS = frozenset(
    re.findall(
        r"\S+",
        "no nos num approx appr est fig figs vol ref dept tel ext ave st mt mr mrs ms dr vs cf "
        "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun",
    )
)
_SENTENCE_GOES_ON = "\"'“‘([-*•·–—"


def _word_before(text: str, end: int) -> str | None:
    r"""The word (letters, or letters joined by periods: "e.g", "U.S") that ends at ``end``, looking
    back at most 40 characters; None if there is none.

    What ``re.search(r"([A-Za-z]+(?:\.[A-Za-z]+)*)$", text, end - 40, end)`` finds, without its
    cost (that search tries every start in the window, and backtracks at each)."""
    lo = max(0, end - 40)
    if end > lo and text[end - 1] == "\n":
        end -= 1  # "$" also matches before a newline that ends the window
    window = text[lo:end]
    run = window[len(window.rstrip(_WORD_CHARS + ".")) :]
    if not run or run[-1] == ".":
        return None
    cut = run.rfind("..")
    if cut >= 0:
        run = run[cut + 2 :]
    return run.lstrip(".")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: text[start:end].strip() is the sentence, never empty."""
    spans: list[tuple[int, int]] = []
    start = 0

    def cut(end: int) -> None:
        nonlocal start
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        start = end

    for m in _BOUNDARY_RE.finditer(text):
        mark = m.group()
        if mark[0] in "\r\n":
            if len(mark.strip(" \t\f\v")) > 1 and mark.strip(" \t\f\v") != "\r\n":
                cut(m.start())  # a blank line always ends a sentence
                continue
            before = text[max(start, m.start() - 1) : m.start()]
            nxt = _NEXT_CHAR_RE.match(text, m.end())
            following = nxt.group(1) if nxt else ""
            if before in (":", ",", ";", "(") or (following and following.islower()):
                continue  # a list or a wrapped line goes on
            cut(m.start())
            continue
        nxt = _NEXT_CHAR_RE.match(text, m.end())
        following = nxt.group(1) if nxt else ""
        if not following:
            cut(m.end())
            continue
        if not (following.isupper() or following.isdigit() or following in _SENTENCE_GOES_ON):
            continue
        if mark.startswith(".") and mark.rstrip("\"'”’)]") == ".":
            word = _word_before(text, m.start())
            if word and (
                "." in word  # e.g. i.e. a.m. p.m. U.S.
                or len(word) == 1  # an initial, or "ends in B."
                or word.lower() in _ABBREVIATIONS
            ):
                continue
        cut(m.end())
    cut(len(text))
    return spans


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, each verbatim (trimmed), in order.

    A sentence ends at ".", "!" or "?" before a capital, a digit or a quote (not after "no.",
    "Dec.", "e.g." and other abbreviations, nor inside "22.5W"), at a blank line, and at a line
    break unless the line ends with ":" or "," or the next line goes on in lower case.
    """
    if not isinstance(text, str) or not text:
        return []
    return [text[a:b] for a, b in _sentence_spans(text)]


# --- Tokens and what is never a model -------------------------------------------------------------

# Letters and digits, joined by a hyphen ("ATH-SQ1TW2"), a decimal point ("22.5W") or a thousands
# comma ("10,000mAh").  An en dash is not a joiner: "2322–2426" is two numbers.
_JOIN = r"(?:[-\u2010\u2011](?=[A-Za-z0-9])|(?<=\d)\.(?=\d)|(?<=\d),(?=\d{3}(?!\d)))"
_TOKEN = rf"[A-Za-z0-9]+(?:{_JOIN}[A-Za-z0-9]+)*"
_QUOTES = "\"'“”‘’«»"

_UNITS = (
    r"V|W|A|MAH|AH|WH|MA|MW|KW|KWH|KV|HZ|KHZ|MHZ|GHZ|K|KB|MB|GB|TB|MM|CM|M|KM|IN|INCH|INCHES|FT|LB|LBS|"
    r"OZ|KG|G|DB|VAC|VDC|VA|MPH|KPH|PSI|NM|RPM|ML|L|AM|PM|P|I|X|PCS|PC|PK|PACK|MIN|MINS|HR|HRS|SEC|"
    r"FPS|MP|CC|CU|QT|GAL|C|F"
)
_NUM = r"\d+(?:[.,]\d+)*"
_NEVER_RES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.ASCII), why)
    for pattern, why in (
        # 5V, 20W, 22.5W, 10,000MAH, 10K, 2.4A, 100-240V, DC5V, 5V2A, 1080P, 9AM
        (
            rf"(?:DC|AC|OUT|IN|INPUT|OUTPUT)?-?{_NUM}(?:-{_NUM})?(?:{_UNITS})(?:-?{_NUM}(?:{_UNITS}))*",
            "a rating",
        ),
        (r"\d+(?:\.\d+)?(?:X\d+(?:\.\d+)?)+(?:IN|CM|MM|FT|M)?", "a size"),
        (r"\d+(?:ST|ND|RD|TH)", "an ordinal"),
        (
            r"\d+(?:ST|ND|RD|TH)?-(?:DIGITS?|CHARACTERS?|CHARS?|LETTERS?|PACKS?|PIECES?|INCH|INCHES|FOOT|FEET"
            r"|YEARS?|MONTHS?|DAYS?|PORTS?|WATTS?|VOLTS?|DEGREES?|DEGREE|IN-\d+|IN-ONE|LAYERS?|SPEEDS?"
            r"|STAGES?|COILS?|CELLS?|PIN|PINS|WAY|TIMES?|HOURS?|MINUTES?)",
            "a measure",
        ),
        (
            # One version digit at most ("USB3.2", "PD3.0", "V2"): "PD123" or "V000" may be a model.
            r"USB(?:-?(?:[ABC]|PD))?(?:-?\d(?:\.\d)?)?(?:-?[ABC])?|TYPE-?[ABC]|MICRO-?USB|MINI-?USB|LIGHTNING"
            r"|QI-?2?|MAGSAFE|HDMI(?:\d(?:\.\d)?)?|PD\d(?:\.\d)?|QC\d(?:\.\d)?|PPS|THUNDERBOLT-?\d?|TB\d"
            r"|DISPLAYPORT|DP\d(?:\.\d)?|RJ\d{2}|IPX?\d{1,2}|BT\d(?:\.\d)?|BLUETOOTH(?:\d(?:\.\d)?)?"
            r"|WI-?FI-?\d?E?|[2-6]G|LTE|NFC|GEN-?\d|V\d(?:\.\d+)*",
            "a connector or standard",
        ),
        (r"(?:19|20)\d{2}S?", "a year"),
        (r"\d{4}-\d{1,2}(?:-\d{1,2})?|\d{1,2}-\d{1,2}-\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4}", "a date"),
        (r"\d{2}-\d{3}|RA-\d{3,}|\d{2}[VECT]\d{3}(?:000)?", "a recall number"),
        (r"(?:1-)?\d{3}-\d{3}-\d{4}|1-8\d\d-[A-Z0-9-]{7,}", "a phone number"),
        (r"\d{1,3}(?:,\d{3})+", "a count"),
    )
)
# Only when nothing calls them models: standards, battery sizes, a few well-known names.
_SOFT_NEVER_RE = re.compile(
    r"(?:UL|IEC|EN|ISO|ANSI|ASTM|CSA|IEEE|CFR|SAE|FCC|EC|CE|UN)-?\d[\d.-]*|(?:CR|LR|SR|BR|ER|LIR)\d{3,4}[A-Z]?"
    r"|COVID-?19|H\dN\d|MP[34]|A2DP|SARS-?COV-?2|ANC\d?|4K|8K",
    re.ASCII,
)


# All of them in one pattern: group g<i> names the reason.
_NEVER_RE = re.compile("|".join(f"(?P<g{i}>{p.pattern})" for i, (p, _) in enumerate(_NEVER_RES)), re.ASCII)


def _never_model(token: str) -> str | None:
    """Why ``token`` is never a model number (a rating, a connector, a year ...), or None."""
    m = _NEVER_RE.fullmatch(token.upper())
    if m is None or m.lastgroup is None:
        return None
    return _NEVER_RES[int(m.lastgroup[1:])][1]


_HAS_LETTER = re.compile(r"[A-Za-z]").search
_HAS_DIGIT = re.compile(r"\d").search


def _shape(token: str) -> str:
    letters = _HAS_LETTER(token) is not None
    digits = _HAS_DIGIT(token) is not None
    if letters and digits:
        return "code"
    return "number" if digits else "word"


# --- What is masked before models are read ---------------------------------------------------------

_PHONE_RE = re.compile(
    r"(?<![\d-])(?:\+?1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\d-])|\b1-8\d\d-[A-Z]{3,}\b"
)
_PRICE_RE = re.compile(r"[$€£¥]\s?\d[\d,]*(?:\.\d+)?|\b(?:USD|CAD|EUR|GBP)\s\d[\d,]*(?:\.\d+)?")
_CHUNK_RE = re.compile(r"\S+")
_DOMAIN_RE = re.compile(
    r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|gov|edu|info|biz|io|co|ca|us|uk|au|de|fr|cn|tw|jp|eu|nz)"
    r"(?:[/?#]\S*)?",
    re.IGNORECASE,
)
_CHUNK_PUNCT = "()[]<>{}" + _QUOTES + ",;:.!?"


def _address(chunk: str) -> str | None:
    """The web or e-mail address ``chunk`` holds, without the punctuation around it, or None."""
    core = chunk.strip(_CHUNK_PUNCT)
    if not core:
        return None
    low = core.lower()
    if "://" in low or low.startswith("www."):
        return core
    if "@" in core and "." in core.split("@", 1)[1]:
        return core
    if "." in core and len(core) <= 2000 and _DOMAIN_RE.fullmatch(core):
        return core
    return None


# Whether a sentence may hold an address: "://", "www.", "@" or ".com" and the like.  Written to begin
# with one of ":", "@", "." so that a search skips to those at C speed.
_ADDRESS_HINT_RE = re.compile(
    r"@|:(?=//)|\.(?:(?<=www\.)|(?:com|net|org|gov|edu|info|biz|io|co|ca|us|uk|au|de|fr|cn|tw|jp|eu|nz)\b)",
    re.IGNORECASE,
)


def _addresses(sentence: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    if _ADDRESS_HINT_RE.search(sentence) is None:
        return found
    for m in _CHUNK_RE.finditer(sentence):
        address = _address(m.group())
        if address is not None:
            found.append((m.start(), m.end(), address))
    return found


# What every phone number holds: three digits, a separator and four digits ("555-1234"), or "1-8dd-"
# ("1-800-FLOWERS").  Only a sentence with it is searched for phone numbers, and what every price
# holds, one of _PRICE_HINTS, likewise.
_PHONE_HINT_RE = re.compile(r"\d(?:\d\d[-. ]\d{4}|(?<=1)-8\d\d-)")
_PRICE_HINTS = ("$", "€", "£", "¥", "USD", "CAD", "EUR", "GBP")


def _masked(sentence: str, addresses: bool = True, phones: bool = True, prices: bool = True) -> str:
    """The sentence with addresses, phone numbers and prices blanked (same length, same offsets).

    ``addresses``, ``phones``, ``prices``: False where the text the sentence comes from has none
    of them (its hint is nowhere in it), which spares a search of each sentence."""
    spans = [(a, b) for a, b, _ in _addresses(sentence)] if addresses else []
    if phones and _PHONE_HINT_RE.search(sentence):
        spans += [m.span() for m in _PHONE_RE.finditer(sentence)]
    if prices and any(map(sentence.__contains__, _PRICE_HINTS)):
        spans += [m.span() for m in _PRICE_RE.finditer(sentence)]
    if not spans:
        return sentence
    chars = list(sentence)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# --- Lists -----------------------------------------------------------------------------------------

_ITEM_RE = re.compile(rf"[{_QUOTES}]?(?P<v>{_TOKEN})(?![A-Za-z0-9])(?P<q>[{_QUOTES}]?)")
# A code printed in two groups: "D4 1910".
_CODE_ITEM_RE = re.compile(
    rf"[{_QUOTES}]?(?P<v>[A-Z0-9]{{1,3}} \d{{3,}}(?![A-Za-z0-9]|[.,-]\d)|{_TOKEN})(?![A-Za-z0-9])"
    rf"(?P<q>[{_QUOTES}]?)"
)
_SEP_RE = re.compile(
    r"\s*(?:(?P<p>[,;&+/])\s*)?"
    r"(?:(?P<w>and/or|and|or|through|thru|to|until|plus|as\s+well\s+as)\s+|(?P<d>[\u2013\u2014]|--?)\s*)?",
    re.IGNORECASE,
)
_SPACE_RE = re.compile(r"\s*")
_UNIT_AFTER_RE = re.compile(
    r"\s*-?\s*(?:digits?|characters?|chars?|letters?|alphanumeric|places|numbers?\s+long)(?![A-Za-z])",
    re.IGNORECASE,
)
_PAREN_RE = re.compile(r"\s*[(\[][^()\[\]]{0,160}[)\]]")
_RANGE_WORDS = frozenset({"through", "thru", "to", "until"})


class _Item(NamedTuple):  # a tuple: made for every item of every list, several per sentence
    start: int
    end: int
    value: str
    joined: str  # how it joins the item before: "" (first), "list", "range", "space"
    quoted: bool = False


class _Cover:
    """Which characters of a sentence something has already claimed."""

    def __init__(self, size: int) -> None:
        self._mask = bytearray(size)

    def add(self, start: int, end: int) -> None:
        self._mask[start:end] = b"\x01" * max(0, min(end, len(self._mask)) - start)

    def hits(self, start: int, end: int) -> bool:
        return self._mask.find(1, start, end) >= 0


_Accept = Callable[[str, bool, list["_Item"]], bool]


def _items(text: str, pos: int, accept: _Accept, *, codes: bool, between: bool = False) -> list[_Item]:
    """The list that starts at ``pos``: items ``accept`` takes, joined by commas, "and", "or",
    "through", dashes (or, for code items, spaces); a parenthesis after an item is skipped."""
    items: list[_Item] = []
    joined = ""
    item_re = _CODE_ITEM_RE if codes else _ITEM_RE
    while len(items) < 200:
        space = _SPACE_RE.match(text, pos)
        m = item_re.match(text, space.end() if space else pos)
        if m is None:
            break
        quoted = bool(m.group("q")) or m.start("v") > m.start()
        value = m.group("v")
        if not accept(value, quoted, items) or (joined == "space" and not _space_joinable(value)):
            break
        if _UNIT_AFTER_RE.match(text, m.end()):
            break  # "14 digits long", "16-digit": a length, not an item
        items.append(_Item(m.start("v"), m.end("v"), m.group("v"), joined, quoted))
        pos = m.end()
        paren = _PAREN_RE.match(text, pos)
        if paren:
            pos = paren.end()
        sep = _SEP_RE.match(text, pos)
        if sep is None or sep.end() == pos:
            break
        word = (sep.group("w") or "").lower()
        if word in _RANGE_WORDS or sep.group("d") or (between and word == "and" and len(items) == 1):
            joined = "range"
        elif sep.group("p") or word:
            joined = "list"
        else:
            joined = "space"
        pos = sep.end()
    return items


def _space_joinable(value: str) -> bool:
    """Items may follow each other with only a space between when they are clearly codes."""
    return _shape(value) == "code" and _never_model(value) is None


# --- Models ----------------------------------------------------------------------------------------

_MODEL_INTRO_RE = re.compile(
    r"(?<![A-Za-z0-9])(?P<intro>"
    r"(?P<item>item|style|catalog(?:ue)?)\s*(?:numbers?|nos?\b\.?|#)"
    r"|model\s*(?:\(s\)\s*)?(?:numbers?|nos?\b\.?|#)"
    r"|models?(?:\(s\))?(?![A-Za-z0-9-])"
    r"|(?P<sku>skus?)(?![A-Za-z0-9])"
    r")"
    r"(?P<tail>\s*(?:[:#]\s*|,\s*)?(?:(?:is|are|include|includes|including|such\s+as)(?![A-Za-z0-9])\s*)?:?\s*"
    r"(?:(?:in\s+particular|specifically|namely)(?![A-Za-z0-9])\s*:?,?\s*)?)",
    re.IGNORECASE,
)
_CONNECTOR_AT_RE = re.compile(
    r"(?<![A-Za-z])(?:that\s+|which\s+)?"
    r"(?:(?P<how>begin(?:s|ning)?|start(?:s|ing)?|prefix(?:ed)?)(?:\s+(?:with|by)|(?=\s*[\"“‘']))"
    r"|(?P<end>end(?:s|ing)?)\s+(?:in|with))"
    r"\s*:?\s*(?:the\s+(?:letters?|numbers?|digits?|characters?)\s+)?",
    re.IGNORECASE,
)
_INTRO_WORDS = ("model", "item", "style", "catalog", "sku")
_NAMED_MODEL_RE = re.compile(
    rf"(?<![A-Za-z0-9]){_TOKEN}(?=\s+models?(?:\s+(?:numbers?|nos?\b))?(?![A-Za-z0-9]))", re.IGNORECASE
)
_STOPWORDS = frozenset(
    re.findall(
        r"\S+",
        """a an the this that these those it its and or nor but of in on at by for with without from to into
        is are was were be been being has have had do does did will would can could should may might must
        all any some each every other others only also not no yes both either neither such same own
        number numbers name names year years type types series line lines family version range list
        listed below above following include includes including included affected recalled involved sold
        made manufactured distributed imported printed located found shown marked labeled labelled
        due because please see note consumers consumer units unit products product item items
        black white red blue green grey gray pink purple silver gold yellow orange brown beige clear""",
    )
)
_TITLE_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _title_case(sentence: str) -> bool:
    """A headline ("Power Bank Models Sold at Target"), where capitals do not mark names."""
    words = _TITLE_WORD_RE.findall(sentence[:400])
    if len(words) < 4:
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


@dataclass
class _Found:
    pos: int
    number: str
    confidence: float
    reason: str


_NAME_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")
_NON_DIGIT_RE = re.compile(r"\D")


def _model_list_accept(words_allowed: bool) -> Callable[[str, bool, list[_Item]], bool]:
    def accept(value: str, quoted: bool, before: list[_Item]) -> bool:
        if _never_model(value) is not None:
            return False
        shape = _shape(value)
        family = "word" if shape == "word" else "code"
        if before:
            first = "word" if _shape(before[0].value) == "word" else "code"
            if family != first:
                return False
        if shape == "word":
            return (
                words_allowed
                and value[0].isupper()
                and len(value) >= 2
                and value.lower() not in _STOPWORDS
                and _NAME_WORD_RE.fullmatch(value) is not None
            )
        return True

    return accept


def _matches_at(pattern: re.Pattern[str], text: str, low: str, starts: Sequence[str]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a pattern whose every match begins with one of
    ``starts`` (in lower case; ``low`` is ``text.lower()``, ``text`` ASCII): it is tried only where
    one of them is, not at every character.  As finditer, a match begins at or after the end of the
    one before (none of these patterns matches the empty string)."""
    places: set[int] = set()
    for w in starts:
        at = low.find(w)
        while at >= 0:
            places.add(at)
            at = low.find(w, at + 1)
    found: list[re.Match[str]] = []
    end = 0
    for at in sorted(places):
        if at >= end and (m := pattern.match(text, at)) is not None:
            found.append(m)
            end = m.end()
    return found


def _model_intros(masked: str, ascii: bool) -> list[re.Match[str]]:
    """``list(_MODEL_INTRO_RE.finditer(masked))``; ``ascii``: ``masked`` is ASCII."""
    if ascii:
        return _matches_at(_MODEL_INTRO_RE, masked, masked.lower(), _INTRO_WORDS)
    return list(_MODEL_INTRO_RE.finditer(masked))


# Every named model ("the A3102 model") is followed by white space and "model".
_NAMED_HINT_RE = re.compile(r"\smodel", re.IGNORECASE)


def _named_models(masked: str) -> list[re.Match[str]]:
    """``list(_NAMED_MODEL_RE.finditer(masked))``, tried only before each white space + "model".

    A match is a token without white space followed by white space and "model": it lies in the run
    of non-space characters before such a space, and starts at the first place in that run where
    _NAMED_MODEL_RE matches (as finditer would find it: matches cannot overlap, each run has one)."""
    out: list[re.Match[str]] = []
    for hint in _NAMED_HINT_RE.finditer(masked):
        end = hint.start()
        while end > 0 and masked[end - 1].isspace():
            end -= 1
        start = end
        while start > 0 and not masked[start - 1].isspace():
            start -= 1
        for at in range(start, end):
            m = _NAMED_MODEL_RE.match(masked, at)
            if m is not None:
                out.append(m)
                break
    return out


def _models_in(
    sentence: str,
    masked: str,
    claimed: _Cover,
    polarity: _Polarity,
    intros: list[re.Match[str]] | None = None,
) -> list[_Found]:
    """``intros``: ``list(_MODEL_INTRO_RE.finditer(masked))`` if already found."""
    found: list[_Found] = []
    taken = _Cover(len(masked))
    low = masked.lower()
    introduced = any(w in low for w in _INTRO_WORDS)
    if intros is None and introduced:
        intros = _model_intros(masked, masked.isascii())
    for m in (intros or ()) if introduced else ():
        intro = " ".join(m.group("intro").split()) + (":" if ":" in m.group("tail") else "")
        pos = m.end()
        connector = _CONNECTOR_AT_RE.match(masked, pos)
        if connector:
            pos = connector.end()
        # A word is taken (for review) only where a label or a list says so: "Model: Zolo".
        allow_words = not connector and ":" in m.group("tail") and not _title_case(sentence)
        items = _items(masked, pos, _model_list_accept(allow_words), codes=False)
        listed_conf = _C_ITEM if (m.group("item") or m.group("sku")) else _C_LISTED
        for i, item in enumerate(items):
            if claimed.hits(item.start, item.end):
                continue
            shape = _shape(item.value)
            if _WILDCARD_RUN_RE.search(item.value):
                conf, why = (
                    _C_PREFIX,
                    f"a pattern after '{intro}' (X stands for any character), not one model",
                )
            elif connector:
                how = " ".join(connector.group().split()).rstrip(":")
                conf, why = _C_PREFIX, f"part of a model number: listed after '{intro} {how}'"
            elif shape == "word":
                conf, why = _C_WORD, f"a single word after '{intro}': may be a name, not a model number"
            elif shape == "number" and len(_NON_DIGIT_RE.sub("", item.value)) < 3:
                conf, why = _C_SHORT, f"a short number after '{intro}': may be part of a name"
            else:
                conf = listed_conf if shape == "code" else min(listed_conf, _C_NUMBER)
                why = f"listed after '{intro}'"
                nxt = items[i + 1] if i + 1 < len(items) else None
                pair = None
                if item.joined == "range":
                    pair = (items[i - 1].value, item.value)
                elif nxt is not None and nxt.joined == "range":
                    pair = (item.value, nxt.value)
                if pair is not None:
                    conf = min(conf, _C_RANGE_END)
                    why = (
                        f"one end of '{pair[0]} through {pair[1]}' after '{intro}': "
                        "the models between are not listed one by one"
                    )
            found.append(_Found(item.start, item.value, conf, why))
            taken.add(item.start, item.end)
    for m in _named_models(masked) if introduced else ():
        value = m.group()
        if _shape(value) != "code" or _never_model(value) is not None:
            continue
        if taken.hits(*m.span()) or claimed.hits(*m.span()):
            continue
        found.append(_Found(m.start(), value, _C_NAMED, f"named as the '{value} model'"))
        taken.add(*m.span())
    for m in _LOOSE_TOKEN_RE.finditer(masked):
        value = m.group()
        if taken.hits(*m.span()) or claimed.hits(*m.span()) or not _loose_candidate(value):
            continue
        found.append(
            _Found(
                m.start(),
                value,
                _C_LOOSE,
                "letters and digits like a model number, but the notice does not call it a model",
            )
        )
    for f in found:
        negation = polarity.negative_at(f.pos)
        if negation and f.confidence > _C_NEGATED:
            f.confidence = _C_NEGATED
            f.reason = f"named where the notice says '{negation}' ({f.reason})"
    return found


# Upper-case letters and digits, at least one of each, and no lower case: "A1263", "ATH-CK3TW".
# Written to begin with its first character, so that a search skips to the next capital or digit at
# C speed; the look-arounds that would come before it look back over that character instead:
# (?<![A-Za-z0-9]) before the token, and both look-aheads from its start.
_LOOSE_TOKEN_RE = re.compile(
    rf"[A-Z0-9](?<![A-Za-z0-9].)(?<=(?=[A-Z0-9.,\u2010\u2011-]*[A-Z])(?=[A-Z0-9.,\u2010\u2011-]*\d).)"
    rf"[A-Z0-9]*(?:{_JOIN}[A-Z0-9]+)*(?![A-Za-z0-9])"
)


def _loose_candidate(value: str) -> bool:
    alnum = sum(1 for c in value if c.isalnum())
    return alnum >= 4 and _never_model(value) is None and _SOFT_NEVER_RE.fullmatch(value) is None


# --- Polarity: what a clause says about the units it names -----------------------------------------

_CLAUSE_BREAK_RE = re.compile(r";|\b(?:but|whereas|while|however|although)\b", re.IGNORECASE)
_NEGATIVE_RE = re.compile(
    r"\b(?:not|never|no\s+longer|isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t|doesn['’]?t|don['’]?t|"
    r"didn['’]?t|won['’]?t)\s+(?:(?:be|been|being|considered|currently|fall|falls|to|a|an|the)\s+){0,3}"
    r"(?:part\s+of|included|involved|affected|recalled|subject\s+to|covered|impacted|within|in\s+scope|"
    r"at\s+risk|pose|posing|need|belong|concerned)\b"
    r"|\b(?:unaffected|excluded|exempt|exempted)\b|\bexcept(?:ing)?\b|\bexcluding\b|\bother\s+than\b"
    r"|\bwith\s+the\s+exception\s+of\b",
    re.IGNORECASE,
)
_SCOPE_RE = re.compile(
    r"\b(?:affected|included|involved|recalled|part\s+of|subject\s+to|covered|impacted|in\s+scope|"
    r"at\s+risk|concerned|recall)\b",
    re.IGNORECASE,
)
_HEDGE_RE = re.compile(
    r"\b(?:may|might|could|possibly|perhaps|probably|likely|such\s+as|for\s+example|for\s+instance|"
    r"e\.g|approximately|some|certain|believed|appear(?:s)?\s+to|including\s+but\s+not\s+limited)\b",
    re.IGNORECASE,
)


_CLAUSE_BREAK_WORDS = (";", "but", "whereas", "while", "however", "although")
# Every match of _NEGATIVE_RE holds one of these (in lower case).
_NEGATIVE_WORDS = (
    "no", "never", "isn", "aren", "wasn", "weren", "doesn", "don", "didn", "won", "unaffected", "exclud",
    "exempt", "except", "other",
)  # fmt: skip


# Every match of _HEDGE_RE holds one of these (in lower case).
_HEDGE_WORDS = (
    "may", "might", "could", "possibly", "perhaps", "probably", "likely", "such", "example", "instance",
    "e.g", "approximately", "some", "certain", "believed", "appear", "including",
)  # fmt: skip


def _may_hedge(sentence: str) -> bool:
    """False only where _HEDGE_RE cannot match (in ASCII, IGNORECASE is lower case)."""
    if not sentence.isascii():
        return True
    low = sentence.lower()
    return any(w in low for w in _HEDGE_WORDS)


class _Polarity:
    """Clauses of a sentence, and which of them say "not included"."""

    def __init__(self, sentence: str, ascii: bool = False) -> None:
        """``ascii``: the sentence is ASCII, where IGNORECASE is lower case, so that a sentence
        without the words the patterns need is not searched."""
        self._text = sentence
        self._ascii = ascii
        self._starts: list[int] = []
        self._clauses: list[tuple[int, int, str | None]] = []
        self._negative: bool | None = None
        self._scope: dict[int, bool] = {}

    def _read(self) -> None:
        sentence = self._text
        low = sentence.lower() if self._ascii else None
        if low is not None and not any(w in low for w in _CLAUSE_BREAK_WORDS):
            bounds = [0, len(sentence)]
        else:
            bounds = [0] + [m.start() for m in _CLAUSE_BREAK_RE.finditer(sentence)] + [len(sentence)]
        negatable = low is None or any(w in low for w in _NEGATIVE_WORDS)
        for a, b in itertools.pairwise(bounds):
            neg = _NEGATIVE_RE.search(sentence, a, b) if negatable else None
            self._starts.append(a)
            self._clauses.append((a, b, " ".join(neg.group().split()) if neg else None))
        self._negative = any(n for _, _, n in self._clauses)

    @property
    def negative(self) -> bool:
        """Whether any clause says "not included"."""
        if self._negative is None:
            self._read()
        return bool(self._negative)

    def _index(self, pos: int) -> int:
        if self._negative is None:
            self._read()
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def negative_at(self, pos: int) -> str | None:
        """The negating words of the clause at ``pos``, or None when it does not negate."""
        return self._clauses[self._index(pos)][2]

    def clause(self, pos: int) -> tuple[int, int]:
        a, b, _ = self._clauses[self._index(pos)]
        return a, b

    def scoped(self, pos: int) -> bool:
        """Whether the clause at ``pos`` says what is affected, included or recalled."""
        i = self._index(pos)
        if i not in self._scope:
            a, b, _ = self._clauses[i]
            self._scope[i] = _SCOPE_RE.search(self._text, a, b) is not None
        return self._scope[i]


# --- Serial rules ----------------------------------------------------------------------------------

# What the identifier is called, and whether a rule may be built on it.
_CODE_INTRO_RE = re.compile(
    r"(?<![A-Za-z0-9])(?P<kw>"
    r"(?P<sncode>sn\s*codes?)"
    r"|(?P<serial>serial(?:\s*(?:numbers?|nos?\b\.?|#|codes?))?|s/n|sn)"
    r"|(?P<date>date\s*codes?|manufactur(?:e|ing)\s*(?:date\s*)?codes?|production\s*codes?)"
    r"|(?P<bar>bar\s*codes?|barcodes?)"
    r"|(?P<lot>lot\s*(?:numbers?|nos?\b\.?|#|codes?)|lot|batch\s*(?:numbers?|nos?\b\.?|codes?)|batch)"
    r"|(?P<po>(?:p\.?o\.?|purchase\s+order)\s*(?:numbers?|nos?\b\.?|#))"
    r"|(?P<claim>upcs?|eans?|gtins?|asins?|recall\s*(?:numbers?|nos?\b\.?|#)|nid)"
    r"|(?P<code>codes?)"
    r")(?![A-Za-z0-9])",
    re.IGNORECASE,
)
# How every match of _CODE_INTRO_RE begins (in lower case): "p." and "po" for "p.o.", "po".
_CODE_INTRO_STARTS = (
    "sn", "serial", "s/n", "date", "manufactur", "production", "bar", "lot", "batch", "po", "p.", "purchase",
    "upc", "ean", "gtin", "asin", "recall", "nid", "code",
)  # fmt: skip
_CODE_FILLER_RE = re.compile(
    r"(?:\s*\(s\))?\s*(?:[:#]\s*)?"
    r"(?:(?P<fill>is|are|of|from|between|ranging\s+from|in\s+the\s+range(?:\s+of)?|range|listed|printed)"
    r"(?![A-Za-z0-9])\s*:?\s*)*",
    re.IGNORECASE,
)
_LENGTH_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
_LENGTH_RE = re.compile(
    r"(?<![A-Za-z0-9,.])(?P<n>\d{1,2}|" + "|".join(_LENGTH_WORDS) + r")(?:\s*-\s*|\s+)"
    r"(?P<unit>digits?|characters?|chars?|alphanumeric(?:\s+characters?)?|letters\s+and\s+(?:numbers|digits))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_POSITIONAL_RE = re.compile(r"\b(?:first|last|final|initial|leading|trailing)\s+$", re.IGNORECASE)
_NOT_BEFORE_RE = re.compile(
    r"\b(?:not|isn['’]?t|aren['’]?t|doesn['’]?t|don['’]?t|without|other\s+than)\b", re.IGNORECASE
)
_ONLY_RE = re.compile(r"\bonly\b", re.IGNORECASE)
_NO_SERIAL_RE = re.compile(
    r"(?P<lead>(?:,\s*)?\b(?:or|and|also|as\s+well\s+as|including|plus)\s+(?:(?:those|units?|ones?|products?)\s+)?"
    r"(?:with\s+)?)?"
    r"\b(?:no|without(?:\s+(?:a|an|any))?|missing(?:\s+(?:a|an|the))?|lacking(?:\s+(?:a|an))?)\s+"
    r"(?:(?:visible|printed|legible)\s+)?"
    r"(?P<what>serial(?:\s*(?:numbers?|nos?\b\.?|#|codes?))?|sn(?:\s*codes?)?|s/n|(?:date|bar|lot|batch)\s*codes?"
    r"|barcodes?|lot\s*numbers?|batch\s*numbers?|codes?)(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_CHECK_RE = re.compile(
    r"\b(?:enter|type|input|check|look\s+up|verify|submit|visit|go\s+to|use)\b.{0,160}?"
    r"\b(?:whether|if|to\s+see|to\s+determine|to\s+find\s+out|to\s+confirm)\b",
    re.IGNORECASE | re.DOTALL,
)
_NOT_AT_END_RE = re.compile(r"\bnot\s+$", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\bbetween\b", re.IGNORECASE)
_QUALIFYING_RE = re.compile(r"\bqualifying\s+serial", re.IGNORECASE)
_WILDCARD_RUN_RE = re.compile(r"X{3,}|x{3,}|\*{3,}|#{3,}")
_MASK_RE = re.compile(
    r"(?<![A-Za-z0-9*#])(?=[A-Za-z0-9*#]*\d)[A-Z0-9]*(?:X{3,}|x{3,}|\*{3,}|#{3,})[A-Z0-9Xx*#]*"
)
_DATE_WINDOW_RE = re.compile(
    r"(?<![\d/])(?P<a>\d{1,2}/(?:\d{1,2}/)?\d{4})\s*(?:through|thru|to|until|and|[-\u2013\u2014])\s*"
    r"(?P<b>\d{1,2}/(?:\d{1,2}/)?\d{4})(?![\d/])",
    re.IGNORECASE,
)
_PRONOUN_RE = re.compile(r"\W*(?:it|they|these|those|this|each|all|both)\b", re.IGNORECASE)
_FORMAT_DOUBT = "the printed form of the date code is not stated (read as month/day/year)"
_MARKING_RE = re.compile(
    r"\b(?:marked|printed|reads?|reading|labell?ed|with\s+the\s+(?:marking|text|words?))\s+(?:with\s+)?"
    r"[\"“](?P<value>[^\"“”\n]{1,40})[\"”]",
    re.IGNORECASE,
)
_DATE_FORMAT_RE = re.compile(r"\bMM\s*/\s*(?:DD\s*/\s*)?(?:YYYY|\d{4})\b(?:\s*-\s*[A-Z0-9]+\b)?")
_RULE_WORDS = (
    "serial", "code", "digit", "character", "batch", "xxx", "***", "###", "qualifying", "whether",
    "to see", "to determine", "to find out", "to confirm", "marked", "marking", "reads", "labeled",
    "labelled", "begin", "start", "ends in", "ending in",
)  # fmt: skip
_SHORT_RULE_WORD_RE = re.compile(r"(?<![a-z])(?:sn|s/n|lot)(?![a-z])")


def _rule_hint(masked: str) -> bool:
    """Whether a sentence may say anything about serials (a quick test before the real reading)."""
    return _rule_hint_low(masked.lower())


def _rule_hint_low(low: str, words: Sequence[str] = _RULE_WORDS, short: bool = True) -> bool:
    """:func:`_rule_hint` of the sentence whose lower case is ``low``.  ``words``: the rule words
    that may be in it; ``short``: whether "sn", "s/n" or "lot" may be (see :class:`_TextHints`)."""
    if any(w in low for w in words):
        return True
    if not short or not ("sn" in low or "s/n" in low or "lot" in low):
        return False
    return _SHORT_RULE_WORD_RE.search(low) is not None


def _label(m: re.Match[str]) -> str | None:
    """What the label calls the identifier; None for the catalog's default ("serial number")."""
    if m.group("sncode"):
        return "SN Code"
    if m.group("date"):
        return "date code"
    if m.group("bar"):
        return "bar code"
    if m.group("lot"):
        kw = m.group("lot").lower()
        return "batch number" if kw.startswith("batch") else "lot number"
    if m.group("po"):
        return "PO number"
    if m.group("code"):
        return "code"
    return None


def _rule_capable(m: re.Match[str]) -> bool:
    return not m.group("claim")


@dataclass
class _Piece:
    """What one sentence states about serials; consecutive compatible pieces are merged."""

    text_index: int
    sentence_index: int
    start: int
    end: int
    rule: dict[str, Any] = field(default_factory=dict)
    facts: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)
    needs_url: bool = False
    format_stated: bool = False  # says how a date code is printed ("MM/DD/YYYY")
    weak: bool = False  # says nothing about serials on its own (a check page without the word serial)


def _quote(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_Keyword = tuple[int, int, str, "re.Match[str] | None"]


class _Keywords:
    """The identifiers a sentence names (models, serials, codes), to find what a phrase is about."""

    def __init__(self, found: list[_Keyword]) -> None:
        self._all = sorted(found, key=lambda k: (k[0], k[1]))
        self._starts = [k[0] for k in self._all]
        # Keywords do not nest, so their ends are in order too; keep the running maximum to be safe.
        self._ends: list[int] = list(itertools.accumulate((k[1] for k in self._all), max))

    def __bool__(self) -> bool:
        return bool(self._all)

    def all(self) -> list[_Keyword]:
        return list(self._all)

    def nearest(self, start: int, end: int) -> _Keyword | None:
        """The keyword nearest the phrase at [start, end): the last one before, or the first after
        ("a 16-digit serial number"), whichever is closer; before wins a tie."""
        before = after = None
        i = bisect.bisect_right(self._ends, start) - 1
        if i >= 0:
            before = self._all[i]
        j = bisect.bisect_left(self._starts, end)
        if j < len(self._all):
            after = self._all[j]
        if before is None:
            return after
        if after is None or start - before[1] <= after[0] - end:
            return before
        return after


def _clause(where: str, data: dict[str, Any]) -> dict[str, Any] | None:
    try:
        clause_from_dict(where, data)
    except (RuleError, ValueError, TypeError):
        return None
    return data


def _value_accept(connector: bool) -> Callable[[str, bool, list[_Item]], bool]:
    def accept(value: str, quoted: bool, before: list[_Item]) -> bool:
        if any(c.islower() for c in value) and not quoted:
            return False
        if connector:
            return True
        return any(c.isdigit() for c in value)

    return accept


_HYPHEN_RE = re.compile(r"[-\u2010\u2011]")


def _dash_range(value: str) -> tuple[str, str] | None:
    """Two ends of equal width joined by a hyphen: numbers ("2322-2426"), or letters and digits that
    share a start ("35B01DO6029400-35B01DO6033704"; "AB12-CD34" is one serial written with a dash)."""
    parts = _HYPHEN_RE.split(value)
    if len(parts) != 2:
        return None
    a, b = parts
    if len(a) != len(b) or not a or _HAS_DIGIT(a) is None or a.isdigit() != b.isdigit():
        return None
    if not a.isdigit() and a[0] != b[0]:
        return None
    return a, b


# Words a part of _serial_piece needs in the sentence (in lower case) before it searches for more.
_CONNECTOR_WORDS = ("begin", "start", "end", "prefix")
_MASK_WORDS = ("xxx", "***", "###")
_MARKING_WORDS = ("mark", "read", "print", "label")
_LENGTH_WORDS_HINT = ("digit", "char", "letters and", "alphanumeric")
_NO_SERIAL_WORDS = ("no", "without", "missing", "lacking")
_CHECK_WORDS = ("enter", "type", "input", "check", "look", "verify", "submit", "visit", "go to", "use")


def _serial_piece(
    sentence: str,
    masked: str,
    polarity: _Polarity,
    claimed: _Cover,
    where: tuple[int, int, int, int],
    intros: list[re.Match[str]] | None = None,
) -> _Piece | None:
    """What one sentence states about serials, or None; marks what it read in ``claimed``.

    ``where``: the text's index, the sentence's index and its span in the text; ``intros``:
    ``list(_MODEL_INTRO_RE.finditer(masked))`` if already found."""
    found: list[_Keyword] = []
    for m in _MODEL_INTRO_RE.finditer(masked) if intros is None else intros:
        found.append((m.start("intro"), m.end("intro"), "model", None))
    serial_words = False
    if masked.isascii():
        code_intros = _matches_at(_CODE_INTRO_RE, masked, masked.lower(), _CODE_INTRO_STARTS)
    else:
        code_intros = list(_CODE_INTRO_RE.finditer(masked))
    for m in code_intros:
        found.append((m.start("kw"), m.end("kw"), "code", m))
        serial_words = serial_words or _rule_capable(m)
    keywords = _Keywords(found)

    rule: dict[str, Any] = {}
    facts: list[str] = []
    doubts: list[str] = []
    labels: set[str | None] = set()
    match: list[dict[str, Any]] = []
    exclude: list[dict[str, Any]] = []
    used = _Cover(len(masked))

    def subject_code(start: int, end: int) -> re.Match[str] | None:
        kw = keywords.nearest(start, end)
        if kw is None or kw[2] != "code" or kw[3] is None or not _rule_capable(kw[3]):
            return None
        return kw[3]

    def put(clause: dict[str, Any] | None, at: int, words: str, subject: re.Match[str] | None) -> None:
        if clause is None:
            doubts.append(f"'{_quote(words)}' does not make a valid rule")
            return
        if subject is not None:
            labels.add(_label(subject))
        negation = polarity.negative_at(at)
        if negation:
            exclude.append(clause)
            facts.append(f"'{_quote(words)}' is not affected ('{negation}')")
        else:
            match.append(clause)
            facts.append(f"'{_quote(words)}'")

    # 1. "beginning with 57V", "bar codes starting with: 6BZLU, 6CGFK", "ending in B"
    low = masked.lower()  # for yes/no tests only: lower() may change the length of some letters

    def has(words: tuple[str, ...]) -> bool:
        return any(w in low for w in words)

    pronoun_only = False
    for m in _CONNECTOR_AT_RE.finditer(masked) if has(_CONNECTOR_WORDS) else ():
        subject = subject_code(m.start(), m.end())
        if subject is None:
            if keywords or not _PRONOUN_RE.match(masked):
                continue
            pronoun_only = True  # "It begins with 57V.": about what the sentence before names
        items = _items(masked, m.end(), _value_accept(True), codes=True)
        if not items:
            continue
        kind = "suffix" if m.group("end") else "prefix"
        if _NOT_AT_END_RE.search(masked[max(0, m.start() - 12) : m.start()]):
            doubts.append(f"'{_quote(masked[max(0, m.start() - 12) : items[-1].end])}' negates the {kind}")
        values = [it.value for it in items]
        for it in items:
            claimed.add(it.start, it.end)
        put(
            _clause("clause", {"kind": kind, "values": values}),
            m.start(),
            sentence[m.start() : items[-1].end + (1 if items[-1].quoted else 0)],
            subject,
        )
        for it in items:
            used.add(it.start, it.end)

    # 2. Masked patterns: "60764XXXXXXXXX"
    masks: list[tuple[int, str, str]] = []
    for m in _MASK_RE.finditer(masked) if has(_MASK_WORDS) else ():
        if used.hits(*m.span()):
            continue  # "beginning with 0XXX" was read as a prefix
        about = keywords.nearest(*m.span())
        if about is not None and about[2] == "model":
            continue  # "models A000XXX": a family of model numbers, read with the models
        run = _WILDCARD_RUN_RE.search(m.group())
        wildcard = run.group()[0].upper() if run else "X"
        masks.append((m.start(), m.group(), wildcard))
        claimed.add(*m.span())
        used.add(*m.span())
    if masks:
        subject = subject_code(masks[0][0], masks[0][0] + len(masks[0][1]))
        if subject is None and not serial_words:
            doubts.append("masked patterns in a sentence that does not say what they are printed on")
        by_wildcard: dict[str, list[str]] = {}
        for _, pattern, wildcard in masks:
            by_wildcard.setdefault(wildcard, []).append(pattern)
        for wildcard, patterns in by_wildcard.items():
            clause = _clause("clause", {"kind": "mask", "patterns": patterns, "wildcard": wildcard})
            if clause is None:
                doubts.append(f"{', '.join(patterns)} do not make a valid mask")
                continue
            at = masks[0][0]
            negation = polarity.negative_at(at)
            (exclude if negation else match).append(clause)
            facts.append(f"masked pattern{'s' if len(patterns) > 1 else ''} {', '.join(patterns)}")
            if subject is not None:
                labels.add(_label(subject))

    # 3. Date-code windows: "date codes 09/10/2016 through 10/11/2016", and the form they are printed in
    #    ("in the format MM/DD/2016 - 066QY"), which may come in the next sentence.
    stated_format = _DATE_FORMAT_RE.search(masked) if "mm" in low else None
    if stated_format is not None:
        claimed.add(*stated_format.span())
    for m in _DATE_WINDOW_RE.finditer(masked) if "/" in masked else ():
        subject = subject_code(m.start(), m.end())
        if subject is None or not subject.group("date"):
            continue
        clause = _date_window(m.group("a"), m.group("b"))
        claimed.add(*m.span())
        used.add(*m.span())
        if clause is None:
            doubts.append(f"'{_quote(m.group())}' are not dates in month/day/year order")
            continue
        if stated_format is None:
            doubts.append(_FORMAT_DOUBT)
        put(clause, m.start(), sentence[m.start() : m.end()], subject)

    # 4. Lists and ranges right after the identifier: "serial numbers 2322 through 2426",
    #    "date codes D4 1910, D4 1912 ...", "between 2322 and 2426", "2322-2426".
    for m in code_intros:
        fill = _CODE_FILLER_RE.match(masked, m.end())
        pos = fill.end() if fill else m.end()
        if _CONNECTOR_AT_RE.match(masked, pos):
            continue  # read above
        if m.group("code") and not (fill and fill.group("fill")):
            continue  # "promo code SAVE20": a bare "code" needs "from", "between", "ranging" ...
        between = bool(fill and _BETWEEN_RE.search(fill.group()))
        items = _items(masked, pos, _value_accept(False), codes=True, between=between)
        items = [it for it in items if not used.hits(it.start, it.end)]
        if not items:
            continue
        for it in items:
            claimed.add(it.start, it.end)
        if not _rule_capable(m):
            continue
        singles: list[str] = []
        ranges: list[tuple[str, str]] = []
        for i, item in enumerate(items):
            nxt = items[i + 1] if i + 1 < len(items) else None
            if item.joined == "range":
                continue
            if nxt is not None and nxt.joined == "range":
                ranges.append((item.value, nxt.value))
            elif (dashed := _dash_range(item.value)) is not None:
                ranges.append(dashed)
            else:
                singles.append(item.value)
        words = sentence[m.start() : items[-1].end]
        for a, b in ranges:
            put(_clause("clause", {"kind": "range", "start": a, "end": b}), m.start(), words, m)
        if singles:
            if len(singles) == 1 and not ranges:
                doubts.append(f"'{_quote(words)}' names a single code: it may be an example")
            put(_clause("clause", {"kind": "list", "values": singles}), m.start(), words, m)
        for it in items:
            used.add(it.start, it.end)

    # 5. A marking that sets units apart: 'power banks marked "OUT DC5V." are not included'
    for m in _MARKING_RE.finditer(masked) if has(_MARKING_WORDS) else ():
        value = m.group("value")
        negation = polarity.negative_at(m.start())
        if not negation or not serial_text(value):
            continue  # a marking is taken only as an exclusion: in the positive it is usually the model label
        exclude.append({"kind": "contains", "values": [value]})
        labels.add("marking")
        claimed.add(m.start("value"), m.end("value"))
        facts.append(f"units marked \"{value}\" are not affected ('{negation}')")

    # 6. Length: "14 characters long", "a 16-digit code"
    lengths: dict[int, tuple[int, int]] = {}
    lengthy = has(_LENGTH_WORDS_HINT)
    for m in _LENGTH_RE.finditer(masked) if lengthy else ():
        subject = subject_code(m.start(), m.end())
        if subject is None:
            if keywords or not _PRONOUN_RE.match(masked):
                continue
            pronoun_only = True  # "It is 16 characters long."
        if _POSITIONAL_RE.search(masked, max(0, m.start() - 12), m.start()):
            doubts.append(f"'{_quote(masked[max(0, m.start() - 12) : m.end()])}' is a part, not the length")
            continue
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _LENGTH_WORDS[raw]
        if 1 <= n <= 64:
            lengths.setdefault(n, m.span())
            if subject is not None:
                labels.add(_label(subject))
    if len(lengths) > 1:
        doubts.append(f"the sentence gives more than one length ({', '.join(map(str, lengths))})")
    elif lengths:
        n, (la, lb) = next(iter(lengths.items()))
        rule["length"] = n
        clause_a, _ = polarity.clause(la)
        negated_length = _NOT_BEFORE_RE.search(masked, max(clause_a, la - 40), la) is not None
        only = _ONLY_RE.search(masked, clause_a, la) is not None
        if negated_length and polarity.negative:
            rule["outside_format"] = "not_affected"
            facts.append(f"units whose serial is not {n} characters are not affected")
            if len(sentence) <= 240:
                rule.setdefault("reasons", {})["outside_format"] = " ".join(sentence.split())
        elif only and not polarity.negative:
            rule["outside_format"] = "not_affected"
            facts.append(f"only {n}-character serials are affected")
        elif negated_length or polarity.negative_at(la):
            doubts.append(f"'{_quote(sentence[max(0, la - 40) : lb])}' is negated: what it means is unclear")
            facts.append(f"length {n}")
        else:
            facts.append(f"length {n}")

    # 7. Units with nothing printed: "or no serial number at all"
    for m in _NO_SERIAL_RE.finditer(masked) if has(_NO_SERIAL_WORDS) else ():
        attached = bool(m.group("lead")) and bool(match or exclude)
        if not attached and not polarity.scoped(m.start()):
            continue
        outcome = "not_affected" if polarity.negative_at(m.start()) else "affected"
        if rule.get("no_serial", outcome) != outcome:
            doubts.append("the sentence says both that unmarked units are and are not affected")
        rule["no_serial"] = outcome
        said = m.group()[len(m.group("lead") or "") :]
        facts.append(f"units with {_quote(said)}: {outcome.replace('_', ' ')}")

    # 8. The maker keeps the list: "type in the SN Code at https://... to see if ..."
    checking = has(_CHECK_WORDS)
    check = _CHECK_RE.search(masked) if checking else None
    qualifying = _QUALIFYING_RE.search(masked) if "qualifying" in low else None
    weak = False
    needs_url = False
    if check or qualifying:
        urls = [address for _, _, address in _addresses(sentence) if "@" not in address]
        if urls and check:
            rule["manufacturer_list"] = urls[0]
            facts.append(f"the maker checks the serial at {urls[0]}")
            if len(urls) > 1:
                doubts.append(f"{len(urls)} addresses are given ({', '.join(urls)}): one per product?")
            weak = not serial_words
        elif serial_words:
            needs_url = True
            facts.append("the maker checks the serial (no address in this sentence)")

    if match:
        rule["match"] = match
    if exclude:
        rule["exclude"] = exclude
        if len(sentence) <= 240:
            rule.setdefault("reasons", {})["exclude"] = " ".join(sentence.split())
    if "code" in labels:
        # "the serial number is not a 16-digit code": a bare "code" names the label only when the
        # sentence has no more precise name for it.
        named = {
            _label(k[3])
            for k in keywords.all()
            if k[3] is not None and _rule_capable(k[3]) and not k[3].group("code")
        }
        if named:
            labels = (labels - {"code"}) | named
    if len(labels) == 1 and None not in labels:
        rule["label"] = labels.pop()
    if not rule and not needs_url and stated_format is None and not pronoun_only:
        # It names the serial and says nothing of it: "The serial number is printed on the back."
        # Kept (without a label: the name may be in passing) so that "It begins with 57V." in the
        # next sentence has something to be about.
        if any(k[3] is not None and (k[3].group("serial") or k[3].group("sncode")) for k in keywords.all()):
            return _Piece(*where)
        return None
    hedge = _HEDGE_RE.search(sentence) if _may_hedge(sentence) else None
    if hedge:
        doubts.append(f"the sentence hedges ('{hedge.group()}')")
    ti, si, start, end = where
    return _Piece(
        ti,
        si,
        start,
        end,
        rule=rule,
        facts=facts,
        doubts=doubts,
        needs_url=needs_url,
        format_stated=stated_format is not None,
        # A pronoun's sentence, a check page that does not say "serial", or only the form of a date
        # code: each completes the sentence beside it, and says nothing alone.
        weak=weak or pronoun_only or (not rule and not needs_url),
    )


def _date_window(a: str, b: str) -> dict[str, Any] | None:
    def iso(text: str) -> str | None:
        parts = text.split("/")
        month = parts[0]
        day = parts[1] if len(parts) == 3 else "1"
        try:
            return date(int(parts[-1]), int(month), int(day)).isoformat()
        except ValueError:
            return None

    fmt = "MM/DD/YYYY" if a.count("/") == 2 and b.count("/") == 2 else "MM/YYYY"
    if a.count("/") != b.count("/"):
        return None
    start, end = iso(a), iso(b)
    if start is None or end is None:
        return None
    if fmt == "MM/YYYY":
        year, month = int(b.split("/")[-1]), int(b.split("/")[0])
        end = f"{end[:8]}{monthrange(year, month)[1]:02d}"
    return _clause("clause", {"kind": "date_code", "format": fmt, "start": start, "end": end})


_BLANK_LINE_RE = re.compile(r"\n[ \t\r\f\v]*\n|\r[ \t\f\v]*\r")
_MERGE_SAME = ("length", "outside_format", "no_serial", "manufacturer_list", "label")


def _compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    for key in _MERGE_SAME:
        if key in a and key in b and a[key] != b[key]:
            return False
    if "match" in a and "match" in b:
        return False
    ra, rb = a.get("reasons", {}), b.get("reasons", {})
    return all(ra[k] == rb[k] for k in set(ra) & set(rb))


def _merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    out = dict(a)
    for key, value in b.items():
        if key == "exclude":
            out["exclude"] = list(out.get("exclude", [])) + list(value)
        elif key == "reasons":
            out["reasons"] = {**out.get("reasons", {}), **value}
        else:
            out.setdefault(key, value)
    return out


_KEY_ORDER = (
    "length", "match", "exclude", "outside_format", "no_serial", "manufacturer_list", "label", "reasons",
)  # fmt: skip


def _complete(rule: dict[str, Any]) -> bool:
    """Whether the rule says which units are affected, not only what a serial looks like."""
    return bool(
        rule.get("match")
        or rule.get("exclude")
        or rule.get("outside_format") == "not_affected"
        or rule.get("manufacturer_list")
    )


def _rule_findings(pieces: list[_Piece], texts: Sequence[str]) -> list[RuleFinding]:
    groups: list[list[_Piece]] = []
    for piece in pieces:
        last = groups[-1] if groups else None
        # Sentences are read together only to complete a statement ("The serial number is 14
        # characters long. It begins with 57V."): two rules complete on their own may be about two
        # products, and a paragraph break ends what a statement can be about.
        if (
            last is not None
            and last[-1].text_index == piece.text_index
            and last[-1].sentence_index + 1 == piece.sentence_index
            and not _BLANK_LINE_RE.search(texts[piece.text_index], last[-1].end, piece.start)
            and not (_complete(_group_rule(last)) and _complete(piece.rule))
            and _compatible(_group_rule(last), piece.rule)
        ):
            last.append(piece)
        else:
            groups.append([piece])
    findings: list[RuleFinding] = []
    seen: list[dict[str, Any]] = []
    for group in groups:
        if all(p.weak for p in group):
            continue
        rule = _group_rule(group)
        rule = {k: rule[k] for k in _KEY_ORDER if k in rule}
        if not rule or set(rule) <= {"label", "reasons"}:
            continue
        try:
            SerialRule.from_dict(rule)
        except (RuleError, ValueError, TypeError):
            continue
        if rule in seen:
            continue
        seen.append(rule)
        facts = list(dict.fromkeys(f for p in group for f in p.facts))
        doubts = list(dict.fromkeys(d for p in group for d in p.doubts))
        if any(p.format_stated for p in group) and _FORMAT_DOUBT in doubts:
            doubts.remove(_FORMAT_DOUBT)
        if any(p.needs_url for p in group) and "manufacturer_list" not in rule:
            doubts.append("the notice says the maker checks serials, but no address for it was found")
        if not _complete(rule):
            doubts.append("it gives the serial's form, not which units are affected")
        text = texts[group[0].text_index]
        sentence = text[group[0].start : group[-1].end].strip()
        reason = "; ".join(facts) if facts else "serial wording"
        if doubts:
            reason += ". Not sure: " + "; ".join(doubts)
        findings.append(RuleFinding(rule, sentence, not doubts, reason))
    return findings


def _group_rule(group: list[_Piece]) -> dict[str, Any]:
    rule: dict[str, Any] = {}
    for piece in group:
        rule = _merge(rule, piece.rule)
    return rule


# --- Putting it together ---------------------------------------------------------------------------


_MODEL_HINT_RE = re.compile(r"\d|model|item|style|sku|part", re.IGNORECASE)
_MODEL_HINT_WORDS = ("model", "item", "style", "sku", "part")


def _may_name_models(sentence: str) -> bool:
    """A quick test before the real reading: a model number has a digit, or follows a word such as
    "model" or "item" (the only places a word without digits is read as one)."""
    return _MODEL_HINT_RE.search(sentence) is not None


class _TextHints(NamedTuple):
    """What the quick tests of a sentence can find in an ASCII text at all, found once for the
    whole text: a word or a match inside a sentence is inside its text, so what the text lacks, no
    sentence of it has, and each sentence is tested only for what the text has.  (In ASCII,
    IGNORECASE is lower case, and ``text.lower()`` keeps every offset.)"""

    rule_words: tuple[str, ...]  # the _RULE_WORDS in the text
    short_rule_words: bool  # "sn", "s/n" or "lot" is in it
    model_words: tuple[str, ...]  # the _MODEL_HINT_WORDS in it
    digits: bool
    addresses: bool  # _ADDRESS_HINT_RE finds something
    phones: bool  # _PHONE_HINT_RE finds something
    prices: bool  # one of _PRICE_HINTS is in it

    @classmethod
    def of(cls, text: str) -> _TextHints:
        low = text.lower()
        return cls(
            tuple(w for w in _RULE_WORDS if w in low),
            "sn" in low or "s/n" in low or "lot" in low,
            tuple(w for w in _MODEL_HINT_WORDS if w in low),
            _HAS_DIGIT(text) is not None,
            _ADDRESS_HINT_RE.search(text) is not None,
            _PHONE_HINT_RE.search(text) is not None,
            any(map(text.__contains__, _PRICE_HINTS)),
        )

    def may_name_models(self, sentence: str, low: str) -> bool:
        """:func:`_may_name_models` of a sentence of the text (``low``: its lower case)."""
        return (self.digits and _HAS_DIGIT(sentence) is not None) or any(w in low for w in self.model_words)

    def may_state_rule(self, low: str) -> bool:
        """:func:`_rule_hint` of a sentence of the text, before it is masked."""
        return _rule_hint_low(low, self.rule_words, self.short_rule_words)


def extract(*texts: str | None) -> Extraction:
    """Models and serial rules stated by ``texts`` (a notice's description, title, product names,
    hazard ...), in order.  Total: any input gives an :class:`Extraction`, never an exception."""
    usable = [t if isinstance(t, str) else "" for t in texts]
    found: dict[str, tuple[tuple[int, int, int], ModelFinding]] = {}
    pieces: list[_Piece] = []
    for ti, text in enumerate(usable):
        if not text:
            continue
        hints = _TextHints.of(text) if text.isascii() else None
        for si, (a, b) in enumerate(_sentence_spans(text)):
            sentence = text[a:b]
            ascii_low = sentence.lower() if hints is not None or sentence.isascii() else None
            if ascii_low is not None:
                # Most sentences say nothing of models or serials: tell those from the words
                # alone.  Masking only blanks addresses, phone numbers and prices, whose edges are
                # never letters, so it never makes a rule word appear: a sentence without one has
                # none once masked.
                sentence_hints = hints or _TextHints.of(sentence)
                may_models = sentence_hints.may_name_models(sentence, ascii_low)
                may_rule = sentence_hints.may_state_rule(ascii_low)
                if not may_models and not may_rule:
                    continue
                masked = _masked(
                    sentence, sentence_hints.addresses, sentence_hints.phones, sentence_hints.prices
                )
                if masked is not sentence:
                    may_rule = may_rule and _rule_hint(masked)
            else:
                masked = _masked(sentence)
                may_rule = _rule_hint(masked)
                may_models = _may_name_models(sentence)
            polarity = _Polarity(masked, ascii_low is not None)
            claimed = _Cover(len(masked))
            intros: list[re.Match[str]] | None = None
            if may_rule:
                intros = _model_intros(masked, ascii_low is not None)
                piece = _serial_piece(sentence, masked, polarity, claimed, (ti, si, a, b), intros)
                if piece is not None:
                    pieces.append(piece)
            if not may_models:
                continue
            for f in _models_in(sentence, masked, claimed, polarity, intros):
                key = model_key(f.number)
                if not key:
                    continue
                where = (ti, si, f.pos)
                finding = ModelFinding(f.number, f.confidence, sentence, f.reason)
                if key not in found:
                    found[key] = (where, finding)
                elif finding.confidence > found[key][1].confidence:
                    found[key] = (found[key][0], finding)
    ordered = [finding for _, finding in sorted(found.values(), key=lambda wf: wf[0])]
    models = tuple(_bases_marked(ordered))
    return Extraction(models, tuple(_rule_findings(pieces, usable)))


def _bases_marked(models: list[ModelFinding]) -> list[ModelFinding]:
    """An uncertain "A3102" beside a listed "A3102016" is most likely its base model: say so."""
    sure = [(model_key(f.number), f.number) for f in models if f.confidence >= CONFIDENT]
    out = []
    for f in models:
        key = model_key(f.number)
        longer = next((n for k, n in sure if k != key and k.startswith(key)), None)
        if f.confidence < CONFIDENT and longer is not None and f.confidence > _C_BASE:
            f = ModelFinding(
                f.number,
                _C_BASE,
                f.sentence,
                f"the start of {longer}, which is listed as a model: perhaps its base model ({f.reason})",
            )
        out.append(f)
    return out
