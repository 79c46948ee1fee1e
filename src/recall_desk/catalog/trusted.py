"""Recalls and products read back from the catalog's own stored documents, without validating them again.

Every document in the recall and product tables was written by :func:`recall_desk.catalog.load.insert_recalls`
as ``to_dict()`` of a :class:`~recall_desk.core.model.Recall` that ``from_dict`` had validated on import:
its texts are stripped, its GTINs are 14 digits, its serial rule and questions were checked.  Reading
it back needs no second validation, only the types: :func:`product_recall` builds the same objects as
``Recall.from_dict`` does (the tests compare the two on the seed and on the national-scale benchmark
catalog) at a fraction of the cost, which matters when a sweep reads thousands of products.

A document of a shape this reader does not expect (an unknown clause kind, a missing field) is read
by ``Recall.from_dict`` instead, which names what is wrong with it.

The objects are made as :func:`made_as` says: a frozen dataclass's ``__init__`` sets each field with
``object.__setattr__``, which was a quarter of the time a sweep took to read its products.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from ..core.made import made_as
from ..core.model import (
    Choice,
    Contact,
    Hotspot,
    LabelSpot,
    ModelNumber,
    Picture,
    Product,
    Question,
    Recall,
    Remedy,
)
from ..core.serials import (
    Clause,
    Contains,
    DateCode,
    ListOf,
    Mask,
    Outcome,
    Prefix,
    Range,
    SerialRule,
    Suffix,
)

_recall = made_as(Recall)
_product = made_as(Product)
_model_number = made_as(ModelNumber)
_remedy = made_as(Remedy)
_contact = made_as(Contact)
_label_spot = made_as(LabelSpot)
_serial_rule = made_as(SerialRule)
_new_question = made_as(Question)
_choice = made_as(Choice)


def document(value: Any) -> Any:
    """A JSON column read with plain SQL: text on SQLite, already decoded by PostgreSQL's driver."""
    return json.loads(value) if isinstance(value, str | bytes) else value


def documents(values: list[Any]) -> list[Any]:
    """:func:`document` of each value; JSON texts are decoded together, as one array (thousands of
    small documents cost less so than one by one)."""
    if values and all(isinstance(v, str) for v in values):
        try:
            decoded: list[Any] = json.loads("[" + ",".join(values) + "]")
        except ValueError:  # a text that is not one JSON value: each alone, for its own error
            pass
        else:
            if len(decoded) == len(values):
                return decoded
    return [document(v) for v in values]


class _Unexpected(Exception):
    """A stored document this reader does not know how to read: the careful reader takes it."""


def recall_fields(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a recall (all but ``products``) from its stored document, in the order the
    class declares them."""
    get = doc.get
    remedy = get("remedy")
    contact = get("contact")
    return {
        "key": doc["key"],
        "agency": doc["agency"],
        "title": doc["title"],
        "number": get("number"),
        "date": get("date"),
        "hazard": get("hazard"),
        "incidents": get("incidents"),
        "injuries": get("injuries"),
        "units_us": get("units_us"),
        "units_canada": get("units_canada"),
        "remedy": (
            _remedy(
                kinds=tuple(remedy.get("kinds", ())),
                text=remedy.get("text"),
                replacement=remedy.get("replacement"),
            )
            if remedy
            else Remedy()
        ),
        "contact": (
            _contact(
                phone=contact.get("phone"),
                phone_hours=contact.get("phone_hours"),
                emails=tuple(contact.get("emails", ())),
                email_subject=contact.get("email_subject"),
                serial_check_urls=tuple(contact.get("serial_check_urls", ())),
                claim_url=contact.get("claim_url"),
                other_urls=tuple(contact.get("other_urls", ())),
            )
            if contact
            else Contact()
        ),
        "disposal": get("disposal"),
        "sold_at": get("sold_at"),
        "sold_period": get("sold_period"),
        "manufacturer": get("manufacturer"),
        "notice_url": get("notice_url"),
        "source_urls": tuple(get("source_urls", ())),
        "sources": _sources(get("sources")),
        "notes": tuple(get("notes", ())),
        "last_updated": get("last_updated"),
    }


def _sources(raw: Mapping[str, Any] | None) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in raw.items()} if raw else {}


def _label(raw: Mapping[str, Any] | None) -> LabelSpot | None:
    return (
        _label_spot(where=raw["where"], text=raw.get("text"), view=raw.get("view"))
        if raw is not None
        else None
    )


_OUTCOMES: dict[str, Outcome] = {o.value: o for o in Outcome}
"""Outcome(value), by a dict (an unknown value: KeyError, and the careful reader says what is wrong)."""


def _outcome(value: str | None) -> Outcome | None:
    return _OUTCOMES[value] if value is not None else None


def _clause(raw: Mapping[str, Any]) -> Clause:
    kind = raw["kind"]
    if kind == "prefix":
        return Prefix("prefix", tuple(raw["values"]))
    if kind == "suffix":
        return Suffix("suffix", tuple(raw["values"]))
    if kind == "contains":
        return Contains("contains", tuple(raw["values"]))
    if kind == "list":
        return ListOf("list", frozenset(raw["values"]))
    if kind == "range":
        return Range("range", raw["start"], raw["end"])
    if kind == "mask":
        return Mask("mask", tuple(raw["patterns"]), raw.get("wildcard", "X"))
    if kind == "date_code":
        return DateCode(
            "date_code", raw["format"], date.fromisoformat(raw["start"]), date.fromisoformat(raw["end"])
        )
    raise _Unexpected(kind)


_ALL_UNITS = SerialRule.all_units()
_ALL_UNITS_DOC = _ALL_UNITS.to_dict()


def _rule(raw: Mapping[str, Any] | None) -> SerialRule:
    if raw is None or raw == _ALL_UNITS_DOC:  # a third of the products: every unit is recalled
        return _ALL_UNITS
    match, exclude = raw.get("match"), raw.get("exclude")
    return _serial_rule(
        length=raw.get("length"),
        min_length=raw.get("min_length"),
        max_length=raw.get("max_length"),
        charset=raw.get("charset"),
        read_as=dict(raw.get("read_as") or {}),
        read_as_note=raw.get("read_as_note") or None,
        match=tuple(_clause(c) for c in match) if match else (),
        exclude=tuple(_clause(c) for c in exclude) if exclude else (),
        in_scope=_OUTCOMES[raw.get("in_scope") or Outcome.AFFECTED],
        out_of_scope=_OUTCOMES[raw.get("out_of_scope") or Outcome.NOT_AFFECTED],
        outside_format=_OUTCOMES[raw.get("outside_format") or Outcome.CHECK_WITH_MANUFACTURER],
        no_serial=_outcome(raw.get("no_serial")),
        manufacturer_list=raw.get("manufacturer_list"),
        label=raw.get("label", "serial number"),
        reasons=dict(raw.get("reasons") or {}),
        source=raw.get("source") or None,
    )


def _question(raw: Mapping[str, Any]) -> Question:
    choices = tuple(
        _choice(
            value=c["value"],
            label=c["label"],
            model=c.get("model"),
            outcome=_outcome(c.get("outcome")),
            reason=c.get("reason"),
        )
        for c in raw["choices"]
    )
    return _new_question(key=raw["key"], text=raw["text"], choices=choices, source=raw.get("source"))


def _picture(raw: Mapping[str, Any]) -> Picture:
    hotspots = tuple(
        Hotspot(h["kind"], float(h["x"]), float(h["y"]), float(h["w"]), float(h["h"]), h.get("text"))
        for h in raw.get("hotspots", ())
    )
    return Picture(raw["view"], raw["file"], raw.get("caption"), hotspots)


def product(doc: Mapping[str, Any]) -> Product:
    """A product from its stored document."""
    models = tuple(
        _model_number(number=m["number"], base=m.get("base"), answers=dict(m.get("answers") or {}))
        for m in doc["models"]
    )
    questions, pictures = doc.get("questions"), doc.get("pictures")
    return _product(
        brand=doc["brand"],
        name=doc["name"],
        models=models,
        colours=tuple(doc.get("colours", ())),
        gtins=tuple(doc.get("gtins", ())),
        description=doc.get("description"),
        model_label=_label(doc.get("model_label")),
        serial_label=_label(doc.get("serial_label")),
        serial_rule=_rule(doc.get("serial_rule")),
        questions=tuple(_question(q) for q in questions) if questions else (),
        pictures=tuple(_picture(p) for p in pictures) if pictures else (),
        sources=_sources(doc.get("sources")),
    )


def product_recall(
    where: str,
    recall_doc: Mapping[str, Any],
    product_doc: Mapping[str, Any],
    fields: dict[str, Any] | None = None,
) -> Recall:
    """The recall with this one product, as ``Recall.from_dict(where, {**recall_doc, "products":
    [product_doc]})`` reads it.  ``fields``: :func:`recall_fields` of ``recall_doc``, when the caller
    keeps them for the recall's other products."""
    try:
        if fields is None:
            fields = recall_fields(recall_doc)
        made = {
            "key": fields["key"],
            "agency": fields["agency"],
            "title": fields["title"],
            "products": (product(product_doc),),
        }
        made.update(fields)  # the rest after them, in order
        return _recall(**made)
    except (_Unexpected, KeyError, TypeError, ValueError, AttributeError):
        return Recall.from_dict(where, {**recall_doc, "products": [product_doc]})
