"""Health Canada's "Recalls and safety alerts" open data file (HCRSAMOpenData.json or .csv).

Columns: NID, Title, URL, Product, Issue, What you should do, Organization,
Recall class, Category, Last updated, Archived.  Only consumer products are
for a store's counter; food, vehicle and health product recalls are counted as
ignored, not as bad records.  The file has no brand and no publication date:
the brand is read from the product's name and said so, the date is left unknown.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from ...core import extract as ex
from ...core.identifiers import model_key
from ...core.model import CatalogFormatError, Recall
from . import ImportRecord, ImportRefused, ParsedFile, ReviewFinding, Sink, prose
from .pool import RecordPool

AGENCY = "Health Canada"
COLUMNS = (
    "NID",
    "Title",
    "URL",
    "Product",
    "Issue",
    "What you should do",
    "Organization",
    "Recall class",
    "Category",
    "Last updated",
    "Archived",
)
_RA_RE = re.compile(r"\bRA-\d{4,7}\b")


def _canonical(record: Mapping[str, Any]) -> dict[str, str]:
    """Field values by their canonical column name (headers matched without case or spaces)."""
    index = {re.sub(r"[\s_]+", "", str(k)).lower(): k for k in record}
    out = {}
    for name in COLUMNS:
        key = index.get(re.sub(r"[\s_]+", "", name).lower())
        value = record.get(key) if key is not None else None
        out[name] = value.strip() if isinstance(value, str) else ("" if value is None else str(value))
    return out


def _date(text: str) -> str | None:
    """A year-first date ("2025-06-27", "2025/06/27", with or without a time); None otherwise:
    day-first and month-first dates cannot be told apart, so neither is guessed."""
    m = re.match(r"\s*(\d{4})[-/](\d{2})[-/](\d{2})", text)
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def record_label(index: int, record: Mapping[str, Any] | Any) -> str:
    if isinstance(record, Mapping):
        nid = _canonical(record)["NID"]
        if nid:
            return f"record {index} (Health Canada NID {nid})"
    return f"record {index}"


def parse_records(
    rows: list[Any], source: str, pool: RecordPool | None = None, sink: Sink | None = None
) -> ParsedFile:
    """``pool``: worker processes to read many records on (see :mod:`.pool`); ``sink``: given the
    records in batches as they are read (:attr:`ParsedFile.sink`)."""
    parsed = ParsedFile(source, "healthcanada", sink=sink)
    seen: dict[str, str] = {}
    # (label, the row's fields, or a problem / a reason to ignore it found before it is read)
    order: list[tuple[str, dict[str, str] | None, str | None, str | None]] = []
    to_read: list[tuple[Any, str]] = []
    for i, row in enumerate(rows):
        label = record_label(i, row)
        if not isinstance(row, Mapping):
            order.append((label, None, f"expected a recall object, got {type(row).__name__}", None))
            continue
        fields = _canonical(row)
        category = fields["Category"].lower()
        if category and "consumer" not in category:
            order.append((label, None, None, f"not a consumer product ({fields['Category']})"))
            continue
        order.append((label, fields, None, None))
        to_read.append((fields, label))
    parsed.to_read = len(to_read)
    outcomes = iter((pool or RecordPool(0)).read("healthcanada", to_read))
    for label, row_fields, problem, ignored in order:
        if problem is not None:
            parsed.bad.append((label, problem))
            continue
        if ignored is not None or row_fields is None:
            parsed.ignored.append((label, ignored or ""))
            continue
        kind, item = next(outcomes)
        if kind != "ok":
            parsed.bad.append((label, item))
            continue
        if item.key in seen:
            parsed.bad.append((label, f"NID {row_fields['NID']} is also {seen[item.key]}"))
            continue
        seen[item.key] = label
        parsed.add(item)
    parsed.flush()
    return parsed


def parse_json(
    data: Any, source: str, pool: RecordPool | None = None, sink: Sink | None = None
) -> ParsedFile:
    rows = data
    if isinstance(data, Mapping):
        for key in ("results", "data", "recalls", "items"):
            if isinstance(data.get(key), list):
                rows = data[key]
                break
        else:
            raise ImportRefused(source, ["expected a JSON array of Health Canada recalls"])
    if not isinstance(rows, list):
        raise ImportRefused(source, [f"expected a JSON array of recalls, got {type(rows).__name__}"])
    return parse_records(rows, source, pool, sink)


def parse_csv(text: str, source: str, pool: RecordPool | None = None, sink: Sink | None = None) -> ParsedFile:
    sample = text[:8_192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    headers = [re.sub(r"[\s_]+", "", h or "").lower() for h in (reader.fieldnames or [])]
    if "nid" not in headers or "title" not in headers:
        raise ImportRefused(source, ["a CSV file without the Health Canada columns NID and Title"])
    try:
        rows: list[Any] = list(reader)
    except csv.Error as exc:
        raise ImportRefused(source, [f"not a readable CSV file: {exc}"]) from None
    return parse_records(rows, source, pool, sink)


def parse_record(fields: Mapping[str, str], label: str) -> ImportRecord:
    nid = fields["NID"]
    if not nid:
        raise CatalogFormatError(f"{label}.NID: required, but missing or empty")
    title = fields["Title"]
    if not title:
        raise CatalogFormatError(f"{label}.Title: required, but missing or empty")
    product_name = fields["Product"] or title
    issue, todo = fields["Issue"], fields["What you should do"]
    extraction = ex.extract(product_name, issue, title, todo)
    models: list[str] = []
    review: list[ReviewFinding] = []
    for f in extraction.models:
        if f.confidence >= ex.CONFIDENT:
            if model_key(f.number) not in {model_key(m) for m in models}:
                models.append(f.number)
        else:
            review.append(ReviewFinding(0, "model", {"number": f.number}, f.confidence, f.sentence, f.reason))
    if not models:
        review.append(
            ReviewFinding(0, "no_model", {}, 0.0, "", "no model number could be read: found by its name only")
        )
    product: dict[str, Any] = {"brand": product_name.split()[0], "name": product_name, "models": models}
    sure = [r for r in extraction.rules if r.confident]
    for r in extraction.rules:
        if len(sure) == 1 and r is sure[0]:
            rule = dict(r.rule)
            if fields["URL"] and "source" not in rule:
                rule["source"] = fields["URL"]
            product["serial_rule"] = rule
        else:
            review.append(ReviewFinding(0, "serial_rule", dict(r.rule), 0.5, r.sentence, r.reason))
    number = _RA_RE.search(" ".join((title, issue, todo)))
    updated = _date(fields["Last updated"])
    notes = [
        f"Imported from Health Canada's open data (NID {nid}).",
        "Brand read from the product's name: the open data file has no brand field.",
        "The open data file gives no publication date.",
    ]
    if fields["Recall class"]:
        notes.append(f"Recall class: {fields['Recall class']}.")
    if fields["Archived"] and fields["Archived"].lower() not in ("0", "false", "no", ""):
        notes.append("Archived by Health Canada.")
    contact: dict[str, Any] = {}
    if phones := prose.phones(todo):
        contact["phone"] = phones[0]
        if hours := prose.phone_hours(todo):
            contact["phone_hours"] = hours
    if emails := prose.emails(todo):
        contact["emails"] = emails
    if urls := prose.urls(todo):
        contact["other_urls"] = urls
    doc: dict[str, Any] = {
        "key": f"hc-{nid}",
        "agency": AGENCY,
        "title": title,
        "hazard": issue or None,
        "remedy": {"text": todo} if todo else {},
        "contact": contact,
        "disposal": " ".join(prose.sentences_with(todo, "dispos", "recycl", "hazardous waste")) or None,
        "notice_url": fields["URL"] or None,
        "source_urls": [fields["URL"]] if fields["URL"] else [],
        "notes": notes,
        "last_updated": updated,
        "products": [product],
    }
    if number:
        doc["number"] = number.group(0)
    recall = Recall.from_dict(label, {k: v for k, v in doc.items() if v is not None})
    return ImportRecord.of(label, recall, updated, tuple(review))
