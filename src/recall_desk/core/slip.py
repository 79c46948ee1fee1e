"""What the customer takes home, as data: the slip for a recalled device, or a short receipt.

:func:`make_slip` turns a check's result (and the match it is about) into sections of plain text,
codes (a QR of the claim page, a Code 128 of the case number) and signature lines, in the customer's
language.  It draws nothing: the window layer (``ui/slip_render.py``) lays the same slip out on
paper, PDF and receipt printers.  Text from the catalog is data, never markup, and stays as the
notice wrote it; where the catalog is silent the slip says so instead of filling the gap.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .message import Msg, Translate
from .model import Recall
from .serials import Outcome
from .slip_text import LANGS, format_datetime, format_partial_date, t
from .verdict import CheckResult, Match

CASE_PREFIX = "RD"


class SlipError(ValueError):
    """No slip can be made from this check (it is unfinished, or had nothing to check)."""


class SlipKind(StrEnum):
    RECALL = "recall"
    """The full slip: stop using it, disposal, how to claim, signature and the store's stub."""
    RECEIPT = "receipt"
    """The short "checked, not under recall as of DATE" receipt."""


class Style(StrEnum):
    STORE = "store"
    TITLE = "title"
    VERDICT = "verdict"
    HEADING = "heading"
    BODY = "body"
    NOTICE = "notice"
    """Words of the recall notice, printed as it wrote them."""
    SMALL = "small"
    CASE = "case"


class CodeKind(StrEnum):
    QR = "qr"
    CODE128 = "code128"


@dataclass(frozen=True)
class StoreInfo:
    name: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Text:
    text: str
    style: Style = Style.BODY
    label: str = ""
    """Printed in bold before the text, with the language's separator ("Model: A3102016")."""
    bullet: bool = False


@dataclass(frozen=True)
class Code:
    kind: CodeKind
    data: str
    caption: str = ""


@dataclass(frozen=True)
class Signature:
    label: str


Item = Text | Code | Signature


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Slip:
    kind: SlipKind
    lang: str
    case_number: str
    outcome: Outcome
    when: datetime
    header: Section
    sections: tuple[Section, ...]
    stub: Section | None
    """The store's tear-off part (the recall slip only), after a cut line."""
    link: str | None
    """What the QR code holds: the claim page, or the maker's serial check where there is no claim page."""
    claim_url: str | None
    recall_key: str | None

    @property
    def label_sep(self) -> str:
        return t("label_sep", self.lang)

    @property
    def cut_label(self) -> str:
        return t("cut_here", self.lang)

    def page_label(self, n: int, total: int) -> str:
        return (
            f"{t('case_number', self.lang)} {self.case_number} · {t('page_of', self.lang, n=n, total=total)}"
        )

    def all_sections(self) -> tuple[Section, ...]:
        return (self.header, *self.sections, *((self.stub,) if self.stub else ()))

    def lines(self) -> Iterator[str]:
        """Every piece of text on the slip, in order, as plain lines (for text-only printers and tests)."""
        for section in self.all_sections():
            if section is self.stub:
                yield f"- - - {self.cut_label} - - -"
            if section.heading:
                yield section.heading
            for item in section.items:
                if isinstance(item, Text):
                    text = f"{item.label}{self.label_sep}{item.text}" if item.label else item.text
                    yield f"• {text}" if item.bullet else text
                elif isinstance(item, Code):
                    if item.caption:
                        yield item.caption
                    yield item.data
                else:
                    yield f"{item.label}: ____________________"


# -- choosing what the slip is about -------------------------------------------------------------------

PRINTABLE = {
    Outcome.AFFECTED: SlipKind.RECALL,
    Outcome.CHECK_WITH_MANUFACTURER: SlipKind.RECALL,
    Outcome.NOT_AFFECTED: SlipKind.RECEIPT,
    Outcome.NO_RECALL_FOUND: SlipKind.RECEIPT,
}


def slip_matches(result: CheckResult) -> tuple[Match, ...]:
    """The matches a slip can be about, most serious first (the check's own outcome leads)."""
    if result.outcome is None:
        return ()
    order = list(PRINTABLE)
    usable = [m for m in result.matches if m.outcome in PRINTABLE]
    return tuple(sorted(usable, key=lambda m: order.index(m.outcome)))


def default_match(result: CheckResult) -> Match | None:
    found = slip_matches(result)
    return found[0] if found else None


def unprintable_reason(result: CheckResult) -> str | None:
    """Why no slip can be made from ``result`` (one plain English line), or None when one can."""
    if result.outcome is None:
        return result.problem or "Nothing was checked."
    if result.outcome == Outcome.NO_RECALL_FOUND or slip_matches(result):
        return None
    if result.outcome == Outcome.NEED_SERIAL:
        return "The check is not finished: it needs the serial number (or 'no serial printed')."
    if result.outcome == Outcome.NEED_ANSWER:
        asked = "; ".join(q.text for q in result.questions) or "a question"
        return f"The check is not finished: it needs an answer first ({asked})."
    return f"No slip for the outcome {result.outcome.value}."


def case_number(row_id: int, day: date) -> str:
    """The case number of the check log row ``row_id`` (unique in its database): RD-20261122-000123."""
    if row_id < 1:
        raise ValueError(f"a check log row id is 1 or more, not {row_id}")
    return f"{CASE_PREFIX}-{day:%Y%m%d}-{row_id:06d}"


CASE_RE = re.compile(rf"^{CASE_PREFIX}-\d{{8}}-\d{{6,}}$")


# -- helpers over the catalog's words --------------------------------------------------------------------

_LITHIUM_WORDS = ("lithium", "li-ion")
_BATTERY_WORDS = ("power bank", "battery", "batteries", "powercore")


def has_lithium_battery(recall: Recall) -> bool:
    """The notice speaks of a lithium battery, or the product is a battery or a power bank."""
    notice = " ".join(
        x.lower() for x in (recall.title, recall.hazard, recall.disposal, recall.remedy.text) if x
    )
    names = " ".join(f"{p.brand} {p.name}".lower() for p in recall.products) + " " + recall.title.lower()
    return any(w in notice for w in _LITHIUM_WORDS) or any(w in names for w in _BATTERY_WORDS)


def disposal_pointers(disposal: str | None) -> tuple[str, ...]:
    """The EPA and Call2Recycle, where (and only where) the notice's disposal words name them."""
    if not disposal:
        return ()
    out = []
    if re.search(r"\bEPA\b", disposal):
        out.append("EPA (epa.gov)")
    if "call2recycle" in disposal.lower():
        out.append("Call2Recycle (call2recycle.org)")
    return tuple(out)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


_MARKED = re.compile(r"[“\"]([^\"”]{2,30})[”\"]\s+(?:written|marked)", re.IGNORECASE)


def ready_items(recall: Recall, model: str, serial: str | None, case: str, lang: str) -> list[str]:
    """What to have ready for the claim, read from the notice's remedy words."""
    out = [t("ready_model", lang, model=model)]
    out.append(t("ready_serial", lang, serial=serial) if serial else t("ready_serial_unknown", lang))
    remedy = recall.remedy.text or ""
    for sentence in _sentences(remedy):
        low = sentence.lower()
        if "proof of purchase" in low or "receipt" in low:
            if "optional" in low:
                out.append(t("ready_proof_optional", lang))
            elif low.startswith("if "):
                out.append(t("ready_proof_if", lang))
            else:
                out.append(t("ready_proof", lang))
            break
    if "photo" in remedy.lower():
        marked = _MARKED.search(remedy)
        out.append(t("ready_photo_marked", lang, word=marked.group(1)) if marked else t("ready_photos", lang))
    out.append(t("ready_case", lang, case=case))
    return out


def _recall_value(recall: Recall, lang: str) -> str:
    when = format_partial_date(recall.date, lang) or t("date_not_given", lang)
    if recall.number:
        return t("recall_numbered", lang, number=recall.number, agency=recall.agency, date=when)
    return t("recall_unnumbered", lang, agency=recall.agency, date=when)


def _serial_text(match: Match | None, serial: str | None, no_serial: bool, lang: str) -> str:
    if no_serial:
        return t("serial_none_printed", lang)
    shown = (match.serial if match else None) or serial
    return shown or t("serial_not_given", lang)


def _colour(match: Match, answers: dict[str, str]) -> str | None:
    if "colour" in answers:
        return answers["colour"]
    variant = next((m for m in match.product.models if m.number == match.model), None)
    if variant and "colour" in variant.answers:
        return variant.answers["colour"]
    if len(match.product.colours) == 1:
        return match.product.colours[0]
    return None


# -- the slip ---------------------------------------------------------------------------------------------


def make_slip(
    result: CheckResult,
    match: Match | None = None,
    *,
    case: str,
    when: datetime,
    lang: str = "en",
    store: StoreInfo | None = None,
    station: str = "",
    serial: str | None = None,
    no_serial: bool = False,
    answers: dict[str, str] | None = None,
    translate: Translate | None = None,
) -> Slip:
    """The slip for ``match`` (default: the check's most serious printable match), or the receipt.

    ``translate`` puts the engine's words (the reason) in ``lang`` (core.message; the window gives
    Qt Linguist's engine catalog for that language); without it they stay English.
    Raises :class:`SlipError` when the check cannot give one (unfinished, or nothing checked)."""
    if lang not in LANGS:
        raise SlipError(f"{lang!r} is not a slip language ({', '.join(LANGS)})")
    reason = unprintable_reason(result)
    if reason is not None:
        raise SlipError(reason)
    if match is None:
        match = default_match(result)
    elif match not in result.matches or match.outcome not in PRINTABLE:
        raise SlipError("the match chosen for the slip is not one this check can print")
    outcome = match.outcome if match is not None else Outcome.NO_RECALL_FOUND
    kind = PRINTABLE[outcome]
    store = store or StoreInfo()
    answers = {k.lower(): v for k, v in (answers or {}).items()}
    header = _header(kind, case, when, lang, store, station)
    if kind == SlipKind.RECEIPT:
        sections = _receipt(result, match, lang, serial, no_serial, answers, translate)
        return Slip(kind, lang, case, outcome, when, header, sections, None, None, None, None)
    assert match is not None
    recall = match.recall
    contact = recall.contact
    link = contact.claim_url or match.product.serial_rule.manufacturer_list
    if link is None and contact.serial_check_urls:
        link = contact.serial_check_urls[0]
    sections = (
        _verdict(result, match, lang, translate),
        _device(match, lang, serial, no_serial, answers),
        _hazard(recall, lang),
        _now(outcome, lang),
        _disposal(recall, lang),
        _remedy(match, link, lang),
        Section(
            "ready",
            t("sec_ready", lang),
            tuple(
                Text(x, bullet=True)
                for x in ready_items(recall, match.model, match.serial or serial, case, lang)
            ),
        ),
        _source(result, recall, lang),
    )
    stub = _stub(match, case, when, lang, store, station, serial, no_serial)
    return Slip(kind, lang, case, outcome, when, header, sections, stub, link, contact.claim_url, recall.key)


def _header(kind: SlipKind, case: str, when: datetime, lang: str, store: StoreInfo, station: str) -> Section:
    items: list[Item] = []
    if store.name:
        items.append(Text(store.name, Style.STORE))
    items.extend(Text(line.strip(), Style.SMALL) for line in store.address.splitlines() if line.strip())
    if store.phone:
        items.append(Text(store.phone, Style.SMALL, label=t("store_phone", lang)))
    title = t("slip_title" if kind == SlipKind.RECALL else "receipt_title", lang)
    items.append(Text(title, Style.TITLE))
    items.append(Text(format_datetime(when, lang), label=t("date", lang)))
    if station:
        items.append(Text(station, label=t("station", lang)))
    items.append(Text(case, Style.CASE, label=t("case_number", lang)))
    items.append(Code(CodeKind.CODE128, case))
    return Section("header", "", tuple(items))


def _also_named(result: CheckResult, match: Match, lang: str) -> Text | None:
    others = [
        m.recall.number or f"{m.recall.agency} {m.recall.date or ''}".strip()
        for m in result.matches
        if m.recall.key != match.recall.key
        and m.outcome in (Outcome.AFFECTED, Outcome.CHECK_WITH_MANUFACTURER)
    ]
    if not others:
        return None
    return Text(t("also_named", lang, recalls=t("list_sep", lang).join(dict.fromkeys(others))))


def _words(msg: Msg | None, english: str, translate: Translate | None) -> str:
    """The engine's words in the slip's language (English when nothing translates them)."""
    return msg.render(translate) if msg is not None and translate is not None else english


def _verdict(result: CheckResult, match: Match, lang: str, translate: Translate | None) -> Section:
    key = match.outcome.value
    items: list[Item] = [
        Text(t(f"verdict_{key}", lang), Style.VERDICT),
        Text(t(f"detail_{key}", lang)),
        Text(_recall_value(match.recall, lang), label=t("recall", lang)),
        Text(match.recall.title, Style.NOTICE, label=t("notice_title", lang)),
        Text(_words(match.reason_msg, match.reason, translate), Style.NOTICE),
    ]
    also = _also_named(result, match, lang)
    if also:
        items.append(also)
    note = t("notice_language", lang)
    if note:
        items.append(Text(note, Style.SMALL))
    return Section("verdict", "", tuple(items))


def _device(match: Match, lang: str, serial: str | None, no_serial: bool, answers: dict[str, str]) -> Section:
    p = match.product
    items: list[Item] = [
        Text(p.brand, label=t("brand", lang)),
        Text(p.name, label=t("product", lang)),
        Text(match.model, label=t("model", lang)),
        Text(_serial_text(match, serial, no_serial, lang), label=t("serial", lang)),
    ]
    colour = _colour(match, answers)
    if colour:
        items.append(Text(colour, label=t("colour", lang)))
    for key, spot in (("model_label", p.model_label), ("serial_label", p.serial_label)):
        if spot is not None:
            where = spot.where + (f" ({t('label_reads', lang, text=spot.text)})" if spot.text else "")
            items.append(Text(where, Style.NOTICE, label=t(key, lang)))
    return Section("device", t("sec_device", lang), tuple(items))


def _hazard(recall: Recall, lang: str) -> Section:
    items: list[Item] = [
        Text(recall.hazard, Style.NOTICE) if recall.hazard else Text(t("hazard_unknown", lang))
    ]
    if recall.incidents:
        items.append(Text(recall.incidents, Style.NOTICE, label=t("incidents", lang)))
    if recall.injuries:
        items.append(Text(recall.injuries, Style.NOTICE, label=t("injuries", lang)))
    return Section("hazard", t("sec_hazard", lang), tuple(items))


def _now(outcome: Outcome, lang: str) -> Section:
    keys = ["now_stop", "now_power_off", "now_unplug"]
    if outcome == Outcome.CHECK_WITH_MANUFACTURER:
        keys.append("now_check_serial")
    return Section("now", t("sec_now", lang), tuple(Text(t(k, lang), bullet=True) for k in keys))


def _disposal(recall: Recall, lang: str) -> Section:
    items: list[Item] = []
    if recall.disposal:
        items.append(Text(recall.disposal, Style.NOTICE, label=t("notice_says", lang)))
    else:
        items.append(Text(t("disposal_none", lang)))
    if has_lithium_battery(recall):
        items.append(Text(t("lithium_intro", lang)))
        items.extend(
            Text(t(k, lang), bullet=True) for k in ("lithium_no_trash", "lithium_no_store_bin", "lithium_hhw")
        )
    pointers = disposal_pointers(recall.disposal)
    if pointers:
        items.append(Text(t("disposal_pointers", lang, where=t("list_sep", lang).join(pointers))))
    return Section("disposal", t("sec_disposal", lang), tuple(items))


def _remedy(match: Match, link: str | None, lang: str) -> Section:
    recall = match.recall
    remedy, contact = recall.remedy, recall.contact
    items: list[Item] = []
    if remedy.kinds:
        kinds = [t(f"kind_{k}", lang) for k in remedy.kinds]
        items.append(Text(t("or", lang).join(kinds), label=t("offered", lang)))
    if remedy.replacement:
        items.append(Text(remedy.replacement, Style.NOTICE, label=t("replacement", lang)))
    if remedy.text:
        items.append(Text(remedy.text, Style.NOTICE, label=t("notice_says", lang)))
    if not remedy.kinds and not remedy.text:
        items.append(Text(t("remedy_unknown", lang)))
    if contact.claim_url:
        items.append(Text(contact.claim_url, label=t("claim_online", lang)))
    else:
        items.append(Text(t("claim_none", lang)))
    own = match.product.serial_rule.manufacturer_list
    check_urls = [
        u for u in dict.fromkeys([own] if own else contact.serial_check_urls) if u != contact.claim_url
    ]
    for url in check_urls:
        items.append(Text(url, label=t("check_serial_at", lang)))
    if contact.phone:
        phone = (
            t("phone_hours", lang, phone=contact.phone, hours=contact.phone_hours)
            if contact.phone_hours
            else t("hours_none", lang, phone=contact.phone)
        )
        items.append(Text(phone, label=t("phone", lang)))
    else:
        items.append(Text(t("phone_none", lang)))
    if contact.emails:
        items.append(Text(t("or", lang).join(contact.emails), label=t("email", lang)))
        items.append(Text(contact.email_subject or t("subject_none", lang), label=t("email_subject", lang)))
    else:
        items.append(Text(t("email_none", lang)))
    for url in contact.other_urls:
        items.append(Text(url, label=t("also_online", lang)))
    if link:
        caption = t("qr_claim" if link == contact.claim_url else "qr_check", lang)
        items.append(Code(CodeKind.QR, link, caption))
    return Section("remedy", t("sec_remedy", lang), tuple(items))


def _source(result: CheckResult, recall: Recall | None, lang: str) -> Section:
    published = format_partial_date(result.catalog.published, lang) or result.catalog.published
    items: list[Item] = [
        Text(t("catalog_line", lang, version=result.catalog.version, published=published), Style.SMALL)
    ]
    if recall is not None:
        if recall.notice_url:
            items.append(Text(recall.notice_url, Style.SMALL, label=t("notice_url", lang)))
        else:
            items.append(Text(t("notice_url_none", lang), Style.SMALL))
        items.append(Text(t("summary_only", lang), Style.SMALL))
    return Section("source", t("sec_source", lang), tuple(items))


def _stub(
    match: Match,
    case: str,
    when: datetime,
    lang: str,
    store: StoreInfo,
    station: str,
    serial: str | None,
    no_serial: bool,
) -> Section:
    items: list[Item] = [Text(t("store_copy", lang), Style.TITLE)]
    items.append(Text(case, Style.CASE, label=t("case_number", lang)))
    items.append(Code(CodeKind.CODE128, case))
    place = " · ".join(x for x in (store.name, station) if x)
    items.append(Text(format_datetime(when, lang) + (f" · {place}" if place else ""), label=t("date", lang)))
    p = match.product
    items.append(Text(f"{p.brand} {p.name}", label=t("product", lang)))
    items.append(Text(match.model, label=t("model", lang)))
    items.append(Text(_serial_text(match, serial, no_serial, lang), label=t("serial", lang)))
    items.append(Text(_recall_value(match.recall, lang), label=t("recall", lang)))
    items.append(Text(t(f"short_{match.outcome.value}", lang), label=t("verdict", lang)))
    items.append(Text(t("signature_ack", lang)))
    items.append(Signature(t("signature", lang)))
    items.append(Signature(t("printed_name", lang)))
    return Section("stub", "", tuple(items))


def _receipt(
    result: CheckResult,
    match: Match | None,
    lang: str,
    serial: str | None,
    no_serial: bool,
    answers: dict[str, str],
    translate: Translate | None = None,
) -> tuple[Section, ...]:
    as_of = format_partial_date(result.catalog.published, lang) or result.catalog.published
    items: list[Item] = []
    if match is None:
        items.append(Text(t("receipt_no_recall", lang, date=as_of), Style.VERDICT))
        items.append(Text(t("receipt_no_recall_detail", lang)))
        items.append(Text(result.query.display, label=t("checked", lang)))
    else:
        items.append(Text(t("receipt_not_affected", lang, date=as_of), Style.VERDICT))
        items.append(Text(t("receipt_not_part", lang)))
        # Not the recalled product's name: this unit is not that product (a blue A3102, say).
        items.append(Text(f"{match.product.brand} {match.model}", label=t("model", lang)))
        if "colour" in answers:
            items.append(Text(answers["colour"], label=t("colour", lang)))
        items.append(Text(_serial_text(match, serial, no_serial, lang), label=t("serial", lang)))
        items.append(Text(_recall_value(match.recall, lang), label=t("recall", lang)))
    items.append(
        Text(_words(result.reason_msg, result.reason, translate), Style.NOTICE, label=t("why", lang))
    )
    items.append(Text(t("receipt_disclaimer", lang), Style.SMALL))
    note = t("notice_language", lang)
    if note:
        items.append(Text(note, Style.SMALL))
    return (Section("verdict", "", tuple(items)), _source(result, None, lang))
