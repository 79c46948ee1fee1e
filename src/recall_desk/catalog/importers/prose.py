"""What a notice's contact and remedy prose states, read without guessing.

Phone numbers, their hours, e-mail addresses and web addresses are taken as
written; anything the text does not state stays empty.
"""

from __future__ import annotations

import re

_PHONE_RE = re.compile(r"(?<![\d-])(?:\+?1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\d-])")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_URL_RE = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()]+", re.IGNORECASE)
# "from 9 a.m. to 5 p.m. PT Monday through Friday", "9am-5pm ET, Mon-Fri", "24 hours a day"
_HOURS_RE = re.compile(
    r"(?:from\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:to|-|–|through|until)\s*\d{1,2}(?::\d{2})?"
    r"\s*(?:a\.?m\.?|p\.?m\.?)(?:\s*\(?(?:[ECMP][SD]?T|local time)\)?)?"
    r"(?:,?\s*(?:on\s+)?(?:Monday|Mon\.?)\s*(?:through|to|-|–)\s*(?:Friday|Fri\.?|Saturday|Sat\.?|Sunday|Sun\.?))?"
    r"|24 hours a day(?:,? 7 days a week)?",
    re.IGNORECASE,
)
# r"(?<=[.!?])\s+(?=[A-Z])", written to begin with the white space (which the regex engine finds
# fast) and look back past it.
_SENTENCE_RE = re.compile(r"\s(?<=[.!?]\s)\s*(?=[A-Z])")
_FROM_RE = re.compile(r"^from\s+", re.IGNORECASE)


def phones(text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0).strip() for m in _phone_matches(text or "")))


def phone_hours(text: str) -> str | None:
    """The hours stated right after the first phone number, if any."""
    text = text or ""
    m = _first_phone(text, 0)
    return None if m is None else _hours_after(text, m)


def phones_and_hours(text: str) -> tuple[list[str], str | None]:
    """``(phones(text), phone_hours(text))``, from one search for the numbers."""
    text = text or ""
    found = _phone_matches(text)
    numbers = list(dict.fromkeys(m.group(0).strip() for m in found))
    return numbers, (_hours_after(text, found[0]) if found else None)


# Every phone number ends in "ddd-dddd" not followed by a digit or dash, at most 9 characters after
# it begins ("+1-(800) 555-1212"): searching for that ending first (a search the regex engine runs
# fast, from digit to digit) tells where the number can begin, so _PHONE_RE (whose look-behind
# makes the engine try every position of the text) is tried only from there.
_PHONE_END_RE = re.compile(r"\d{3}[-. ]\d{4}(?![\d-])")
_PHONE_LEAD = 9


def _first_phone(text: str, pos: int) -> re.Match[str] | None:
    """``_PHONE_RE.search(text, pos)``, faster."""
    end = _PHONE_END_RE.search(text, pos)
    if end is None:
        return None
    return _PHONE_RE.search(text, max(pos, end.start() - _PHONE_LEAD))


def _phone_matches(text: str) -> list[re.Match[str]]:
    """``list(_PHONE_RE.finditer(text))``, faster."""
    found = []
    pos = 0
    while (m := _first_phone(text, pos)) is not None:
        found.append(m)
        pos = m.end()  # a phone number is never empty
    return found


def _hours_after(text: str, phone: re.Match[str]) -> str | None:
    after = text[phone.end() : phone.end() + 160]
    h = _HOURS_RE.search(after)
    if h is None or h.start() > 40:
        return None
    return _FROM_RE.sub("", h.group(0).strip())


def emails(text: str) -> list[str]:
    if "@" not in (text or ""):  # every address has one: no search of the text without it
        return []
    return list(dict.fromkeys(m.group(0).rstrip(".") for m in _email_matches(text)))


_EMAIL_LOCAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
"""The characters of _EMAIL_RE's part before the "@"."""


def _email_matches(text: str) -> list[re.Match[str]]:
    """``list(_EMAIL_RE.finditer(text))``, faster: an address is the run of name characters right
    before the first "@" still ahead (the name has no "@"), so the search starts at that run."""
    found = []
    pos = 0
    while (at := text.find("@", pos)) >= 0:
        start = at
        while start > pos and text[start - 1] in _EMAIL_LOCAL:
            start -= 1
        m = _EMAIL_RE.search(text, start)
        if m is None:
            break
        found.append(m)
        pos = m.end()  # an address is never empty
    return found


def urls(text: str) -> list[str]:
    text = text or ""
    low = text.lower()
    if "://" not in text and "www." not in low:  # what every address begins with
        return []
    out = []
    for m in _url_matches(text, low):
        url = m.group(0).rstrip(".,;:")
        if url.lower().startswith("www."):
            url = "https://" + url
        out.append(url)
    return list(dict.fromkeys(out))


def _url_matches(text: str, low: str) -> list[re.Match[str]]:
    """``list(_URL_RE.finditer(text))``, faster: an address begins with "www." or at most 5
    characters before its "://" ("https://"), so in ASCII text (where ``low``, the text in lower
    case, has the same positions) the search starts there."""
    if not text.isascii():
        return list(_URL_RE.finditer(text))
    found = []
    pos = 0
    while True:
        scheme, www = text.find("://", pos), low.find("www.", pos)
        if scheme < 0 and www < 0:
            break
        hint = www if scheme < 0 else scheme if www < 0 else min(scheme, www)
        m = _URL_RE.search(text, max(pos, hint - 5))
        if m is None:
            break
        found.append(m)
        pos = m.end()  # an address is never empty
    return found


def sentences_with(text: str, *words: str) -> list[str]:
    """Sentences of ``text`` that contain any of ``words`` (case-insensitive), in order."""
    text = text or ""
    low = text.lower()
    if not any(w in low for w in words):  # in no sentence either: none is split off across a word
        return []
    found = []
    for sentence in _SENTENCE_RE.split(text):
        low = sentence.lower()
        if any(w in low for w in words):
            found.append(sentence.strip())
    return found


_CORPORATE_RE = re.compile(
    r",?\s*\b(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|Co|Company|Corp|Corporation|GmbH|S\.A|"
    r"PLC|LP|L\.P|USA|US|America|International|Innovations|Holdings|Group|Trading)\b\.?",
    re.IGNORECASE,
)


_OF_PLACE_RE = re.compile(r",\s*of\b|\bof\s+[A-Z][a-z]+,")


def company_short_name(name: str) -> str:
    """ "Anker Innovations Limited, of China" -> "Anker"; "Belkin International Inc., of El Segundo,
    California" -> "Belkin"."""
    base = _OF_PLACE_RE.split(name or "", maxsplit=1)[0]
    short = _CORPORATE_RE.sub("", base).strip(" ,.-")
    return short or (name or "").strip()
