"""The CPSC Recalls API's JSON, as saved from the API: a bare array of recall records.

Model numbers and serial rules live in the ``Description`` prose (``Products[].Model``
is nearly always empty): :func:`recall_desk.core.extract.extract` reads them, and
what it is not sure of goes to review, never into the catalog unasked.  Recall
numbers come without a dash ("25466") and are stored as CPSC writes them on its
pages ("25-466").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ...core import extract as ex
from ...core.identifiers import gtin14, gtin_is_valid, model_key
from ...core.model import CatalogFormatError, Recall
from . import ImportRecord, ImportRefused, ParsedFile, ReviewFinding, Sink, prose
from .pool import RecordPool, read_records

AGENCY = "CPSC"
_REMEDY_KINDS = {
    "refund": "refund",
    "replace": "replace",
    "replacement": "replace",
    "repair": "repair",
    "gift card": "gift_card",
    "store credit": "store_credit",
}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _names(record: Mapping[str, Any], key: str, field: str = "Name") -> list[str]:
    items = record.get(key)
    if not isinstance(items, list):
        return []
    out = []
    for item in items:
        # A dict is a Mapping: told without the slower isinstance check of an abstract class.
        if item.__class__ is dict or isinstance(item, Mapping):
            text = item.get(field)
            if isinstance(text, str) and (text := text.strip()):  # _text(item.get(field))
                out.append(text)
    return out


def _date(value: Any) -> str | None:
    text = _text(value)
    return text[:10] if len(text) >= 10 and text[4] == "-" and text[7] == "-" else None


def record_label(index: int, record: Any) -> str:
    if isinstance(record, Mapping):
        number = _text(record.get("RecallNumber")) or str(record.get("RecallID") or "")
        if number:
            return f"record {index} (CPSC {number})"
    return f"record {index}"


def _already_stored(record: Any, known: Mapping[str, str | None]) -> str | None:
    """The key of a record whose recall is stored with the same or a newer LastPublishDate (so it
    would change nothing: it is not read any further), else None."""
    if not isinstance(record, Mapping):
        return None
    raw = record.get("RecallNumber")
    stamp = _text(record.get("LastPublishDate"))
    if not stamp or not isinstance(raw, str | int) or isinstance(raw, bool):
        return None
    key = f"cpsc-{ex.agency_recall_number(AGENCY, str(raw).strip())}"
    stored = known.get(key)
    return key if stored is not None and stored >= stamp else None


def parse(
    data: Any,
    source: str,
    known: Mapping[str, str | None] | None = None,
    pool: RecordPool | None = None,
    sink: Sink | None = None,
) -> ParsedFile:
    """``known``: the stored recalls' last-published stamps by key; records not newer are counted as
    unchanged without being read (a weekly full-history import reads only what is new).  ``pool``:
    worker processes to read many records on (see :mod:`.pool`); without, they are read here.
    ``sink``: given the records in batches as they are read (:attr:`ParsedFile.sink`)."""
    if isinstance(data, Mapping):
        raise ImportRefused(
            source, ["expected the CPSC API's bare JSON array of recalls, got one JSON object"]
        )
    if not isinstance(data, list):
        raise ImportRefused(source, [f"expected a JSON array of recalls, got {type(data).__name__}"])
    parsed = ParsedFile(source, "cpsc", sink=sink)
    seen: dict[str, str] = {}
    # Records not stored yet are read (in worker processes when there are many), then taken in order.
    order: list[tuple[int, str, str | None]] = []  # (index, label, key if stored as new or newer)
    to_read: list[tuple[Any, str]] = []
    for i, record in enumerate(data):
        label = record_label(i, record)
        stored = _already_stored(record, known) if known else None
        order.append((i, label, stored))
        if stored is None:
            to_read.append((record, label))
    parsed.to_read = len(to_read)
    outcomes = iter((pool or RecordPool(0)).read("cpsc", to_read))
    for i, label, stored in order:
        if stored is not None:
            if stored in seen:  # another record of a recall met before: read, to name the duplicate
                outcome = read_records("cpsc", [(data[i], label)])[0]
            else:
                seen[stored] = label
                parsed.unchanged.append(stored)
                continue
        else:
            outcome = next(outcomes)
        kind, item = outcome
        if kind == "bad":
            parsed.bad.append((label, item))
            continue
        if kind == "none":
            parsed.ignored.append((label, "an error record from the API (RecallID 0, 'Error retrieving')"))
            continue
        if item.key in seen:
            parsed.bad.append((label, f"recall {item.prepared.number} is also {seen[item.key]}"))
            continue
        seen[item.key] = label
        parsed.add(item)
    parsed.flush()
    return parsed


def parse_record(record: Any, label: str) -> ImportRecord | None:
    """One CPSC record as a catalog recall; None for the API's error records."""
    if not isinstance(record, Mapping):
        raise CatalogFormatError(f"{label}: expected a recall object, got {type(record).__name__}")
    title = _text(record.get("Title"))
    if record.get("RecallID") == 0 and title.startswith("Error retrieving"):
        return None
    raw_number = record.get("RecallNumber")
    if isinstance(raw_number, int) and not isinstance(raw_number, bool):
        raw_number = str(raw_number)
    number_text = _text(raw_number)
    if not number_text:
        raise CatalogFormatError(f"{label}.RecallNumber: required, but missing or empty")
    number = ex.agency_recall_number(AGENCY, number_text)
    if not title:
        raise CatalogFormatError(f"{label}.Title: required, but missing or empty")
    description = _text(record.get("Description"))
    url = _text(record.get("URL")) or None
    contact_text = _text(record.get("ConsumerContact"))
    remedies = _names(record, "Remedies")
    hazards = _names(record, "Hazards")
    manufacturers = (
        _names(record, "Manufacturers") + _names(record, "Importers") + _names(record, "Distributors")
    )
    products_raw = record.get("Products")
    if products_raw is not None and not isinstance(products_raw, list):
        raise CatalogFormatError(f"{label}.Products: expected a list, got {type(products_raw).__name__}")
    products_in = [p for p in (products_raw or []) if p.__class__ is dict or isinstance(p, Mapping)]
    if not products_in:
        products_in = [{"Name": title}]

    urls = prose.urls(contact_text)
    phones, hours = prose.phones_and_hours(contact_text)
    remedy_text = " ".join(remedies)
    kinds = []
    for option in _names(record, "RemedyOptions", "Option"):
        kind = _REMEDY_KINDS.get(option.lower())
        if kind and kind not in kinds:
            kinds.append(kind)
    disposal = " ".join(prose.sentences_with(remedy_text, "dispos", "recycl", "hazardous waste")) or None
    notes = [f"Imported from the CPSC Recalls API record {record.get('RecallID')!r}."]

    brand_source = manufacturers[0] if manufacturers else ""
    names = [_text(p.get("Name")) for p in products_in]
    extraction = ex.extract(description, *names, title)
    review: list[ReviewFinding] = []
    products: list[dict[str, Any]] = []
    single = len(products_in) == 1
    if single:
        confident = [f for f in extraction.models if f.confidence >= ex.CONFIDENT]
        unsure = [f for f in extraction.models if f.confidence < ex.CONFIDENT]
    # The same for every product: the company's short name, the UPCs and whether each is valid.
    company = prose.company_short_name(brand_source) if brand_source else None
    upcs = []
    for upc in _names(record, "ProductUPCs", "UPC"):
        digits = upc.replace(" ", "").replace("-", "")
        upcs.append((upc, digits, gtin_is_valid(digits)))
    for pi, p in enumerate(products_in):
        name = names[pi] or title
        listed = [m.strip() for m in _text(p.get("Model")).split(",") if m.strip()]
        if not single:
            own = ex.extract(names[pi], _text(p.get("Description")))
            confident = [f for f in own.models if f.confidence >= ex.CONFIDENT]
            unsure = [f for f in own.models if f.confidence < ex.CONFIDENT]
        models: list[str] = []
        keys: set[str] = set()
        for written in listed + [f.number for f in confident]:
            key = model_key(written)
            if key and key not in keys:
                models.append(written)
                keys.add(key)
        for f in unsure:
            if model_key(f.number) not in keys:
                review.append(
                    ReviewFinding(pi, "model", {"number": f.number}, f.confidence, f.sentence, f.reason)
                )
        if not models:
            review.append(
                ReviewFinding(
                    pi,
                    "no_model",
                    {},
                    0.0,
                    "",
                    "no model number could be read from the notice: the product is found by its name only",
                )
            )
        brand = company if company is not None else name.split()[0]
        product: dict[str, Any] = {"brand": brand, "name": name, "models": models}
        gtins: list[str] = []
        gtin_keys: set[str] = set()
        for upc, digits, valid in upcs:
            if valid and gtin14(digits) not in gtin_keys:
                gtins.append(digits)
                gtin_keys.add(gtin14(digits))
            elif not valid:
                review.append(
                    ReviewFinding(
                        pi, "gtin", {"upc": upc}, 0.0, upc, "listed as a UPC, but its check digit is wrong"
                    )
                )
        if gtins and pi == 0:
            product["gtins"] = gtins
        if single:
            rules = list(extraction.rules)
            sure = [r for r in rules if r.confident]
            if len(sure) == 1:
                rule = dict(sure[0].rule)
                if url and "source" not in rule:
                    rule["source"] = url
                product["serial_rule"] = rule
                rules.remove(sure[0])
            for r in rules:
                sure_of = 1.0 if r.confident else 0.5
                review.append(ReviewFinding(pi, "serial_rule", dict(r.rule), sure_of, r.sentence, r.reason))
        products.append(product)

    units = [u for u in (_text(p.get("NumberOfUnits")) for p in products_in) if u]
    contact: dict[str, Any] = {}
    if phones:
        contact["phone"] = phones[0]
        if hours:
            contact["phone_hours"] = hours
    if emails := prose.emails(contact_text):
        contact["emails"] = emails
    if urls:
        contact["claim_url"] = urls[0]
        if urls[1:]:
            contact["other_urls"] = urls[1:]
    if contact_text:
        notes.append(f"Consumer contact as CPSC gives it: {contact_text}")
    if brand_source:
        notes.append(f"Brand taken from the company the notice names: {brand_source}.")
    # The document holds only the facts the record gives (no None values; the keys in the order
    # tests/test_record_fast.py checks).  Texts joined from non-empty names are empty only when
    # there are none.
    doc: dict[str, Any] = {"key": f"cpsc-{number}", "agency": AGENCY, "number": number}
    if (recall_date := _date(record.get("RecallDate"))) is not None:
        doc["date"] = recall_date
    doc["title"] = title
    if hazards:
        doc["hazard"] = " ".join(hazards)
    if injuries := _names(record, "Injuries"):
        doc["incidents"] = " ".join(injuries)
    if units:
        doc["units_us"] = "; ".join(units)[:500]
    doc["remedy"] = {"kinds": kinds, "text": remedy_text} if remedy_text else {"kinds": kinds}
    doc["contact"] = contact
    if disposal is not None:
        doc["disposal"] = disposal
    if retailers := _names(record, "Retailers"):
        doc["sold_at"] = " ".join(retailers)
    if manufacturers:
        doc["manufacturer"] = "; ".join(manufacturers)[:500]
    if url is not None:
        doc["notice_url"] = url
    doc["source_urls"] = [url] if url else []
    doc["notes"] = notes
    if (last_updated := _date(record.get("LastPublishDate"))) is not None:
        doc["last_updated"] = last_updated
    doc["products"] = products
    recall = Recall.from_dict(label, doc)
    return ImportRecord.of(label, recall, _text(record.get("LastPublishDate")) or None, tuple(review))


__all__: Sequence[str] = ("parse", "parse_record", "record_label")
