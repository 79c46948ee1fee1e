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
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_FROM_RE = re.compile(r"^from\s+", re.IGNORECASE)


def phones(text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0).strip() for m in _PHONE_RE.finditer(text or "")))


def phone_hours(text: str) -> str | None:
    """The hours stated right after the first phone number, if any."""
    text = text or ""
    m = _PHONE_RE.search(text)
    return None if m is None else _hours_after(text, m)


def phones_and_hours(text: str) -> tuple[list[str], str | None]:
    """``(phones(text), phone_hours(text))``, from one search for the numbers."""
    text = text or ""
    found = list(_PHONE_RE.finditer(text))
    numbers = list(dict.fromkeys(m.group(0).strip() for m in found))
    return numbers, (_hours_after(text, found[0]) if found else None)


def _hours_after(text: str, phone: re.Match[str]) -> str | None:
    after = text[phone.end() : phone.end() + 160]
    h = _HOURS_RE.search(after)
    if h is None or h.start() > 40:
        return None
    return _FROM_RE.sub("", h.group(0).strip())


def emails(text: str) -> list[str]:
    if "@" not in (text or ""):  # every address has one: no search of the text without it
        return []
    return list(dict.fromkeys(m.group(0).rstrip(".") for m in _EMAIL_RE.finditer(text or "")))


def urls(text: str) -> list[str]:
    if "://" not in (text or "") and "www." not in (text or "").lower():  # what every address begins with
        return []
    out = []
    for m in _URL_RE.finditer(text or ""):
        url = m.group(0).rstrip(".,;:")
        if url.lower().startswith("www."):
            url = "https://" + url
        out.append(url)
    return list(dict.fromkeys(out))


def sentences_with(text: str, *words: str) -> list[str]:
    """Sentences of ``text`` that contain any of ``words`` (case-insensitive), in order."""
    found = []
    for sentence in _SENTENCE_RE.split(text or ""):
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
