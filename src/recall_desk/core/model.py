"""The recall catalog's facts as plain data, and their one JSON form.

Every field a source is silent on is ``None`` and is shown as unknown; nothing
here fills a gap with a guess.  ``from_dict`` validates a document and names
the path of whatever is wrong ("recalls[3].products[0].models[1].number").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .identifiers import gtin14, gtin_is_valid, model_key
from .made import made_as
from .message import QT_TRANSLATE_NOOP, Msg
from .serials import Outcome, RuleError, SerialRule


class CatalogFormatError(ValueError):
    """A catalog document does not have the shape Recall Desk reads."""


UNKNOWN = "unknown (the sources do not say)"
REMEDY_KINDS = ("replace", "refund", "repair", "gift_card", "store_credit")


# --- small typed readers that say where the problem is ---------------------------------------------


def _obj(where: str, value: Any) -> Mapping[str, Any]:
    # A dict is a Mapping: told without the slower isinstance check of an abstract class.
    if value.__class__ is not dict and not isinstance(value, Mapping):
        raise CatalogFormatError(f"{where}: expected an object, got {type(value).__name__}")
    return value


def _opt_str(where: str, data: Mapping[str, Any], key: str, *, max_len: int = 20_000) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise CatalogFormatError(f"{where}.{key}: expected text, got {type(value).__name__}")
    value = value.strip()
    if len(value) > max_len:
        raise CatalogFormatError(f"{where}.{key}: {len(value):,} characters, more than {max_len:,}")
    return value or None


def _opt_strs(where: str, data: Mapping[str, Any], keys: tuple[tuple[str, int], ...]) -> list[str | None]:
    """``[_opt_str(where, data, key, max_len=max_len) for key, max_len in keys]``, faster: plain
    text read here, anything else (and any text too long) read by :func:`_opt_str`, which says
    what is wrong with it in the same order."""
    out: list[str | None] = []
    get = data.get
    for key, max_len in keys:
        value = get(key)
        if value is None:
            out.append(None)
        elif value.__class__ is str and len(value := value.strip()) <= max_len:
            out.append(value or None)
        else:
            out.append(_opt_str(where, data, key, max_len=max_len))
    return out


def _req_str(where: str, data: Mapping[str, Any], key: str, *, max_len: int = 2_000) -> str:
    given = data.get(key)
    if given.__class__ is str and 0 < len(text := given.strip()) <= max_len:  # plain text: as below
        return text
    value = _opt_str(where, data, key, max_len=max_len)
    if value is None:
        raise CatalogFormatError(f"{where}.{key}: required, but missing or empty")
    return value


def _str_list(where: str, data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key)
    if value.__class__ is list and value:
        # Plain texts, none of them empty once stripped: as _read_str_list reads them, at once.
        stripped = [item.strip() for item in value if item.__class__ is str]
        if len(stripped) == len(value) and all(stripped):
            return tuple(stripped)
    return _read_str_list(where, data, key)


def _read_str_list(where: str, data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """A list of texts, each checked, what is wrong with it named (:func:`_str_list`'s careful way)."""
    value = data.get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise CatalogFormatError(f"{where}.{key}: expected a list, got {type(value).__name__}")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise CatalogFormatError(f"{where}.{key}[{i}]: expected non-empty text, got {item!r}")
        out.append(item.strip())
    return tuple(out)


def _opt_int(where: str, data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise CatalogFormatError(f"{where}.{key}: expected a whole number of at least 0, got {value!r}")
    return value


def partial_date(where: str, value: Any) -> str | None:
    """A date as precise as the source: "2024-12-05", "2024-11" or "2021"."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise CatalogFormatError(f"{where}: expected a date such as 2024-12-05, got {value!r}")
    text = value.strip()
    try:
        if len(text) == 10:
            date.fromisoformat(text)
        elif len(text) == 7:
            date.fromisoformat(text + "-01")
        elif len(text) == 4 and text.isdigit():
            date(int(text), 1, 1)
        else:
            raise ValueError
    except ValueError:
        raise CatalogFormatError(f"{where}: {value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None
    return text


def _sources(where: str, data: Mapping[str, Any]) -> Mapping[str, tuple[str, ...]]:
    raw = data.get("sources")
    if raw is None:
        return {}
    raw = _obj(f"{where}.sources", raw)
    out: dict[str, tuple[str, ...]] = {}
    for key, urls in raw.items():
        if isinstance(urls, str):
            urls = [urls]
        out[str(key)] = _str_list(f"{where}.sources", {key: urls}, key)
    return out


# --- the pieces ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """One answer to a question, and what it means: a model variant, or an outcome."""

    value: str
    label: str
    model: str | None = None
    outcome: Outcome | None = None
    reason: str | None = None

    @classmethod
    def from_dict(cls, where: str, data: Any) -> Choice:
        d = _obj(where, data)
        value = _req_str(where, d, "value", max_len=100).lower()
        outcome = d.get("outcome")
        parsed: Outcome | None = None
        if outcome is not None:
            try:
                parsed = Outcome(outcome)
            except ValueError:
                raise CatalogFormatError(f"{where}.outcome: {outcome!r} is not an outcome") from None
            if parsed not in (
                Outcome.NOT_AFFECTED,
                Outcome.AFFECTED,
                Outcome.CHECK_WITH_MANUFACTURER,
            ):
                raise CatalogFormatError(f"{where}.outcome: a choice can only decide, not ask ({outcome})")
        model = _opt_str(where, d, "model", max_len=100)
        if model is not None and parsed is not None:
            raise CatalogFormatError(f"{where}: a choice names a model or an outcome, not both")
        return cls(
            value,
            _opt_str(where, d, "label", max_len=200) or value,
            model,
            parsed,
            _opt_str(where, d, "reason"),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"value": self.value, "label": self.label}
        if self.model:
            out["model"] = self.model
        if self.outcome:
            out["outcome"] = self.outcome.value
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    choices: tuple[Choice, ...]
    source: str | None = None

    @classmethod
    def from_dict(cls, where: str, data: Any) -> Question:
        d = _obj(where, data)
        key = _req_str(where, d, "key", max_len=40).lower()
        if not key.replace("_", "").isalnum():
            raise CatalogFormatError(f"{where}.key: {key!r} must be letters, digits and _")
        raw = d.get("choices")
        if not isinstance(raw, list) or len(raw) < 2:
            raise CatalogFormatError(f"{where}.choices: a question needs at least two choices")
        choices = tuple(Choice.from_dict(f"{where}.choices[{i}]", c) for i, c in enumerate(raw))
        values = [c.value for c in choices]
        if len(set(values)) != len(values):
            raise CatalogFormatError(f"{where}.choices: two choices share a value")
        return cls(key, _req_str(where, d, "text", max_len=500), choices, _opt_str(where, d, "source"))

    def choice(self, value: str) -> Choice | None:
        value = value.strip().lower()
        return next((c for c in self.choices if c.value == value or c.label.lower() == value), None)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "key": self.key,
            "text": self.text,
            "choices": [c.to_dict() for c in self.choices],
        }
        if self.source:
            out["source"] = self.source
        return out


@dataclass(frozen=True)
class ModelNumber:
    """A model number as the recall names it, with the base printed on the label where known."""

    number: str
    base: str | None = None
    answers: Mapping[str, str] = field(default_factory=dict)
    """What this variant already answers ({"colour": "black"} for A3102016)."""

    @property
    def key(self) -> str:
        return model_key(self.number)

    @property
    def base_key(self) -> str | None:
        return model_key(self.base) if self.base else None

    @classmethod
    def from_dict(cls, where: str, data: Any) -> ModelNumber:
        if isinstance(data, str):
            data = {"number": data}
        d = _obj(where, data)
        number = _req_str(where, d, "number", max_len=60)
        key = model_key(number)
        if not key:
            raise CatalogFormatError(f"{where}.number: {number!r} has no letters or digits")
        base = _opt_str(where, d, "base", max_len=60)
        if base is not None and not key.startswith(model_key(base)):
            raise CatalogFormatError(f"{where}.base: {base!r} is not the start of {number!r}")
        answers_raw = d.get("answers")
        if answers_raw:
            answers_raw = _obj(f"{where}.answers", answers_raw)
            answers = {str(k).lower(): str(v).lower() for k, v in answers_raw.items()}
        else:
            answers = {}
        return cls(number, base, answers)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"number": self.number}
        if self.base:
            out["base"] = self.base
        if self.answers:
            out["answers"] = dict(self.answers)
        return out


@dataclass(frozen=True)
class LabelSpot:
    """Where a label sits, in words and as a picture view the window can show."""

    where: str
    text: str | None = None
    """The label's words as printed ("Model: A3102")."""
    view: str | None = None
    """The picture view that shows it ("bottom", "back", "inside-lid")."""

    @classmethod
    def from_dict(cls, where: str, data: Any) -> LabelSpot | None:
        if data is None:
            return None
        d = _obj(where, data)
        return cls(
            _req_str(where, d, "where", max_len=500),
            _opt_str(where, d, "text", max_len=500),
            _opt_str(where, d, "view", max_len=40),
        )

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in (("where", self.where), ("text", self.text), ("view", self.view)) if v}


HOTSPOT_KINDS = ("model", "serial", "other")
PICTURE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class Hotspot:
    """A marked area of a picture, in fractions of its width and height (0..1, from the top left)."""

    kind: str
    x: float
    y: float
    w: float
    h: float
    text: str | None = None
    """What the label there says, as printed ("Model: A3102")."""

    @classmethod
    def from_dict(cls, where: str, data: Any) -> Hotspot:
        d = _obj(where, data)
        kind = _req_str(where, d, "kind", max_len=20)
        if kind not in HOTSPOT_KINDS:
            raise CatalogFormatError(f"{where}.kind: {kind!r} is not one of {', '.join(HOTSPOT_KINDS)}")
        box = []
        for key in ("x", "y", "w", "h"):
            value = d.get(key)
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
                raise CatalogFormatError(f"{where}.{key}: expected a fraction from 0 to 1, got {value!r}")
            box.append(float(value))
        x, y, w, h = box
        if w == 0 or h == 0 or x + w > 1.0001 or y + h > 1.0001:
            raise CatalogFormatError(f"{where}: the box ({x}, {y}, {w}, {h}) does not lie inside the picture")
        return cls(kind, x, y, w, h, _opt_str(where, d, "text", max_len=300))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "x": self.x, "y": self.y, "w": self.w, "h": self.h}
        if self.text:
            out["text"] = self.text
        return out


@dataclass(frozen=True)
class Picture:
    """A view of the device (an SVG drawing or a photo) with its labels marked."""

    view: str
    file: str
    """Path relative to the catalog's picture folder, e.g. "pictures/anker-a3102-bottom.svg"."""
    caption: str | None = None
    hotspots: tuple[Hotspot, ...] = ()

    @classmethod
    def from_dict(cls, where: str, data: Any) -> Picture:
        d = _obj(where, data)
        file = _req_str(where, d, "file", max_len=300).replace("\\", "/")
        parts = file.split("/")
        if file.startswith("/") or ".." in parts or ":" in parts[0]:
            raise CatalogFormatError(f"{where}.file: {file!r} must be a relative path inside the catalog")
        if not file.lower().endswith(PICTURE_SUFFIXES):
            raise CatalogFormatError(f"{where}.file: {file!r} is not an SVG, PNG or JPEG picture")
        raw = d.get("hotspots") or []
        if not isinstance(raw, list):
            raise CatalogFormatError(f"{where}.hotspots: expected a list")
        hotspots = tuple(Hotspot.from_dict(f"{where}.hotspots[{i}]", h) for i, h in enumerate(raw))
        return cls(
            _req_str(where, d, "view", max_len=40), file, _opt_str(where, d, "caption", max_len=300), hotspots
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"view": self.view, "file": self.file}
        if self.caption:
            out["caption"] = self.caption
        if self.hotspots:
            out["hotspots"] = [h.to_dict() for h in self.hotspots]
        return out


@dataclass(frozen=True)
class Product:
    brand: str
    name: str
    models: tuple[ModelNumber, ...]
    colours: tuple[str, ...] = ()
    gtins: tuple[str, ...] = ()
    description: str | None = None
    model_label: LabelSpot | None = None
    serial_label: LabelSpot | None = None
    serial_rule: SerialRule = field(default_factory=SerialRule.all_units)
    questions: tuple[Question, ...] = ()
    pictures: tuple[Picture, ...] = ()
    sources: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, where: str, data: Any) -> Product:
        d = _obj(where, data)
        raw_models = d.get("models")
        if not isinstance(raw_models, list):
            raise CatalogFormatError(
                f"{where}.models: expected a list of model numbers (empty when the notice names none)"
            )
        model_list: list[ModelNumber] = []
        keys: list[str] = []
        for i, m in enumerate(raw_models):
            # A number given as plain text, as ModelNumber.from_dict reads it when nothing is
            # wrong with it: not empty, at most 60 characters, with a letter or digit.
            if m.__class__ is str and 0 < len(number := m.strip()) <= 60 and (key := model_key(number)):
                model_list.append(_make_model_number(number=number, base=None, answers={}))
            else:
                model = ModelNumber.from_dict(f"{where}.models[{i}]", m)
                model_list.append(model)
                key = model.key
            keys.append(key)
        models = tuple(model_list)
        if len(set(keys)) != len(keys):
            raise CatalogFormatError(f"{where}.models: a model number is listed twice")
        get = d.get
        gtins = []
        for i, g in enumerate(() if get("gtins") is None else _str_list(where, d, "gtins")):
            digits = g.replace(" ", "").replace("-", "")
            if not gtin_is_valid(digits):
                raise CatalogFormatError(
                    f"{where}.gtins[{i}]: {g!r} is not a UPC/EAN/GTIN with a valid check digit"
                )
            if gtin14(digits) in gtins:
                raise CatalogFormatError(f"{where}.gtins[{i}]: {g!r} is listed twice")
            gtins.append(gtin14(digits))
        try:
            rule = SerialRule.from_dict(d.get("serial_rule"), f"{where}.serial_rule")
        except RuleError as exc:
            raise CatalogFormatError(str(exc)) from None
        raw_q = get("questions") or []
        if not isinstance(raw_q, list):
            raise CatalogFormatError(f"{where}.questions: expected a list")
        questions = (
            tuple(Question.from_dict(f"{where}.questions[{i}]", q) for i, q in enumerate(raw_q))
            if raw_q
            else ()
        )
        for qi, q in enumerate(questions):
            for ci, c in enumerate(q.choices):
                if c.model and model_key(c.model) not in keys:
                    raise CatalogFormatError(
                        f"{where}.questions[{qi}].choices[{ci}].model: "
                        f"{c.model!r} is not one of this product's models"
                    )
        fields: dict[str, Any] = {  # every field, in order: cls(**fields), faster
            "brand": _req_str(where, d, "brand", max_len=200),
            "name": _req_str(where, d, "name", max_len=500),
            "models": models,
            # What is not given (None) read as the readers below read it, without calling them.
            "colours": () if get("colours") is None else _str_list(where, d, "colours"),
            "gtins": tuple(gtins),
            "description": None if get("description") is None else _opt_str(where, d, "description"),
            "model_label": None
            if (model_label := get("model_label")) is None
            else LabelSpot.from_dict(f"{where}.model_label", model_label),
            "serial_label": None
            if (serial_label := get("serial_label")) is None
            else LabelSpot.from_dict(f"{where}.serial_label", serial_label),
            "serial_rule": rule,
            "questions": questions,
            "pictures": () if (pictures := get("pictures")) is None else _pictures(where, pictures),
            "sources": {} if get("sources") is None else _sources(where, d),
        }
        return (_make_product if cls is Product else cls)(**fields)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "brand": self.brand,
            "name": self.name,
            "models": [m.to_dict() for m in self.models],
        }
        for key in ("colours", "gtins"):
            if getattr(self, key):
                out[key] = list(getattr(self, key))
        if self.pictures:
            out["pictures"] = [p.to_dict() for p in self.pictures]
        if self.description:
            out["description"] = self.description
        if self.model_label:
            out["model_label"] = self.model_label.to_dict()
        if self.serial_label:
            out["serial_label"] = self.serial_label.to_dict()
        out["serial_rule"] = self.serial_rule.to_dict()
        if self.questions:
            out["questions"] = [q.to_dict() for q in self.questions]
        if self.sources:
            out["sources"] = {k: list(v) for k, v in self.sources.items()}
        return out


def _pictures(where: str, raw: Any) -> tuple[Picture, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise CatalogFormatError(f"{where}.pictures: expected a list")
    return tuple(Picture.from_dict(f"{where}.pictures[{i}]", p) for i, p in enumerate(raw))


@dataclass(frozen=True)
class Contact:
    phone: str | None = None
    phone_hours: str | None = None
    emails: tuple[str, ...] = ()
    email_subject: str | None = None
    serial_check_urls: tuple[str, ...] = ()
    claim_url: str | None = None
    other_urls: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, where: str, data: Any) -> Contact:
        d = _obj(where, data or {})
        get = d.get
        phone, phone_hours = _opt_strs(where, d, _CONTACT_TEXTS)
        fields: dict[str, Any] = {  # every field, in order: cls(**fields), faster
            "phone": phone,
            "phone_hours": phone_hours,
            # What is not given (None) read as the readers below read it, without calling them.
            "emails": () if get("emails") is None else _str_list(where, d, "emails"),
            "email_subject": None
            if get("email_subject") is None
            else _opt_str(where, d, "email_subject", max_len=300),
            "serial_check_urls": ()
            if get("serial_check_urls") is None
            else _str_list(where, d, "serial_check_urls"),
            "claim_url": None if get("claim_url") is None else _opt_str(where, d, "claim_url", max_len=2_000),
            "other_urls": () if get("other_urls") is None else _str_list(where, d, "other_urls"),
        }
        return (_make_contact if cls is Contact else cls)(**fields)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in ("phone", "phone_hours", "email_subject", "claim_url"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        for key in ("emails", "serial_check_urls", "other_urls"):
            if getattr(self, key):
                out[key] = list(getattr(self, key))
        return out


_CONTACT_TEXTS = (("phone", 100), ("phone_hours", 200))
_REMEDY_TEXTS = (("text", 20_000), ("replacement", 500))


@dataclass(frozen=True)
class Remedy:
    kinds: tuple[str, ...] = ()
    text: str | None = None
    replacement: str | None = None

    @classmethod
    def from_dict(cls, where: str, data: Any) -> Remedy:
        d = _obj(where, data or {})
        kinds = _str_list(where, d, "kinds")
        for k in kinds:
            if k not in REMEDY_KINDS:
                raise CatalogFormatError(f"{where}.kinds: {k!r} is not one of {', '.join(REMEDY_KINDS)}")
        text, replacement = _opt_strs(where, d, _REMEDY_TEXTS)
        fields: dict[str, Any] = {"kinds": kinds, "text": text, "replacement": replacement}  # in order
        return (_make_remedy if cls is Remedy else cls)(**fields)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.kinds:
            out["kinds"] = list(self.kinds)
        if self.text:
            out["text"] = self.text
        if self.replacement:
            out["replacement"] = self.replacement
        return out


@dataclass(frozen=True)
class Recall:
    """One recall as its agency (or, where no regulator notice is known, its maker) published it."""

    key: str
    agency: str
    title: str
    products: tuple[Product, ...]
    number: str | None = None
    date: str | None = None
    hazard: str | None = None
    incidents: str | None = None
    injuries: str | None = None
    units_us: str | None = None
    units_canada: str | None = None
    remedy: Remedy = field(default_factory=Remedy)
    contact: Contact = field(default_factory=Contact)
    disposal: str | None = None
    sold_at: str | None = None
    sold_period: str | None = None
    manufacturer: str | None = None
    notice_url: str | None = None
    source_urls: tuple[str, ...] = ()
    sources: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    last_updated: str | None = None

    @property
    def label(self) -> str:
        """How a clerk names it: "recall 25-056", or "the Anker recall of 2024-06-06"."""
        return str(self.label_msg())

    def label_msg(self) -> Msg:
        """:attr:`label` as a message, to be said in another language."""
        if self.number:
            return Msg(QT_TRANSLATE_NOOP("Engine", "recall {number}"), number=self.number)
        if self.date:
            return Msg(
                QT_TRANSLATE_NOOP("Engine", "the {agency} recall of {date}"),
                agency=self.agency,
                date=self.date,
            )
        return Msg(QT_TRANSLATE_NOOP("Engine", "the {agency} recall"), agency=self.agency)

    @classmethod
    def from_dict(cls, where: str, data: Any) -> Recall:
        d = _obj(where, data)
        key = _req_str(where, d, "key", max_len=120)
        raw_products = d.get("products")
        if not isinstance(raw_products, list) or not raw_products:
            raise CatalogFormatError(f"{where}.products: a recall needs at least one product")
        # Read in the order of the fields below (the first problem is the one named).
        agency = _req_str(where, d, "agency", max_len=200)
        title = _req_str(where, d, "title", max_len=2_000)
        products = tuple(Product.from_dict(f"{where}.products[{i}]", p) for i, p in enumerate(raw_products))
        number = _opt_str(where, d, "number", max_len=60)
        recall_date = partial_date(f"{where}.date", d.get("date"))
        hazard, incidents, injuries, units_us, units_canada = _opt_strs(where, d, _RECALL_TEXTS)
        remedy = Remedy.from_dict(f"{where}.remedy", d.get("remedy"))
        contact = Contact.from_dict(f"{where}.contact", d.get("contact"))
        disposal, sold_at, sold_period, manufacturer, notice_url = _opt_strs(where, d, _RECALL_MORE_TEXTS)
        fields: dict[str, Any] = {  # every field, in order: cls(**fields), faster
            "key": key,
            "agency": agency,
            "title": title,
            "products": products,
            "number": number,
            "date": recall_date,
            "hazard": hazard,
            "incidents": incidents,
            "injuries": injuries,
            "units_us": units_us,
            "units_canada": units_canada,
            "remedy": remedy,
            "contact": contact,
            "disposal": disposal,
            "sold_at": sold_at,
            "sold_period": sold_period,
            "manufacturer": manufacturer,
            "notice_url": notice_url,
            "source_urls": _str_list(where, d, "source_urls"),
            "sources": {} if d.get("sources") is None else _sources(where, d),
            "notes": _str_list(where, d, "notes"),
            "last_updated": partial_date(f"{where}.last_updated", d.get("last_updated")),
        }
        return (_make_recall if cls is Recall else cls)(**fields)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"key": self.key, "agency": self.agency, "title": self.title}
        for key in (
            "number",
            "date",
            "hazard",
            "incidents",
            "injuries",
            "units_us",
            "units_canada",
            "disposal",
            "sold_at",
            "sold_period",
            "manufacturer",
            "notice_url",
            "last_updated",
        ):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.remedy.to_dict():
            out["remedy"] = self.remedy.to_dict()
        if self.contact.to_dict():
            out["contact"] = self.contact.to_dict()
        for key in ("source_urls", "notes"):
            if getattr(self, key):
                out[key] = list(getattr(self, key))
        if self.sources:
            out["sources"] = {k: list(v) for k, v in self.sources.items()}
        out["products"] = [p.to_dict() for p in self.products]
        return out


_RECALL_TEXTS = (
    ("hazard", 20_000),
    ("incidents", 20_000),
    ("injuries", 20_000),
    ("units_us", 500),
    ("units_canada", 500),
)
_RECALL_MORE_TEXTS = (
    ("disposal", 20_000),
    ("sold_at", 20_000),
    ("sold_period", 500),
    ("manufacturer", 500),
    ("notice_url", 2_000),
)


@dataclass(frozen=True)
class CatalogInfo:
    version: str
    published: str
    recalls: int = 0
    products: int = 0
    models: int = 0

    def age_days(self, today: date) -> int | None:
        try:
            return (today - date.fromisoformat(self.published[:10])).days
        except ValueError:
            return None


# Each class's objects made by from_dict, every field given in order: see core/made.py.
_make_model_number = made_as(ModelNumber)
_make_product = made_as(Product)
_make_contact = made_as(Contact)
_make_remedy = made_as(Remedy)
_make_recall = made_as(Recall)
