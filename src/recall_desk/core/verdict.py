"""From what the catalog found to what the clerk is told.

``decide`` is pure: the catalog layer finds the candidate products for a
query and hands them here with the serial and answers; this module says, per
recall and overall, affected / not affected / check with the manufacturer /
which question it still needs / no recall on file, and why, in words a clerk
can read out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, NamedTuple

from .identifiers import Query, QueryKind, model_key
from .message import QT_TRANSLATE_NOOP, Msg, joined, sentences, series, text
from .model import CatalogInfo, Choice, ModelNumber, Product, Question, Recall
from .serials import AS_PRINTED, Outcome

# Most serious first: the overall outcome is the most serious of the matches.
SEVERITY: tuple[Outcome, ...] = (
    Outcome.AFFECTED,
    Outcome.CHECK_WITH_MANUFACTURER,
    Outcome.NEED_SERIAL,
    Outcome.NEED_ANSWER,
    Outcome.NOT_AFFECTED,
    Outcome.NO_RECALL_FOUND,
)
STOP_USING = frozenset({Outcome.AFFECTED, Outcome.CHECK_WITH_MANUFACTURER})
STALE_AFTER_DAYS = 30

HEADLINES: Mapping[Outcome, str] = {
    Outcome.AFFECTED: "AFFECTED: stop using this device",
    Outcome.CHECK_WITH_MANUFACTURER: "CHECK WITH THE MANUFACTURER: stop using it until they confirm",
    Outcome.NEED_SERIAL: "SERIAL NEEDED",
    Outcome.NEED_ANSWER: "ONE MORE QUESTION",
    Outcome.NOT_AFFECTED: "NOT AFFECTED",
    Outcome.NO_RECALL_FOUND: "NO RECALL ON FILE",
}


class Via(StrEnum):
    GTIN = "gtin"
    MODEL = "model"
    BASE = "base"
    NAME = "name"


@dataclass(frozen=True)
class Candidate:
    """A product the catalog found for a query, with the model numbers that matched."""

    recall: Recall
    product: Product
    models: tuple[ModelNumber, ...]
    via: Via


@dataclass(frozen=True)
class Match:
    recall: Recall
    product: Product
    model: str
    variants: tuple[str, ...]
    outcome: Outcome
    reason_msg: Msg
    """Why, as a message to be said in any language (core.message); ``reason`` is its English."""
    via: Via
    questions: tuple[Question, ...] = ()
    serial: str | None = None
    serial_hint_msg: Msg | None = None
    notes_msg: tuple[Msg, ...] = ()

    # The English texts are made when first asked for: a check by words of a name judges twenty
    # products, and the window shows the reasons of few of them (a message keeps its English once made).
    @property
    def reason(self) -> str:
        return str(self.reason_msg)

    @property
    def serial_hint(self) -> str | None:
        return str(self.serial_hint_msg) if self.serial_hint_msg is not None else None

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(str(n) for n in self.notes_msg)

    def to_json(self) -> dict[str, Any]:
        r = self.recall
        return {
            "recall": r.number,
            "recall_key": r.key,
            "recall_label": r.label,
            "agency": r.agency,
            "date": r.date,
            "title": r.title,
            "hazard": r.hazard,
            "brand": self.product.brand,
            "product": self.product.name,
            "model": self.model,
            "variants": list(self.variants),
            "matched_by": self.via.value,
            "outcome": self.outcome.value,
            "reason": self.reason,
            "questions": [question_json(q) for q in self.questions],
            "serial_hint": self.serial_hint,
            "serial": self.serial,
            "notes": list(self.notes),
            "model_label": self.product.model_label.to_dict() if self.product.model_label else None,
            "serial_label": self.product.serial_label.to_dict() if self.product.serial_label else None,
            "manufacturer_check": self.product.serial_rule.manufacturer_list,
            "notice_url": r.notice_url,
        }


def question_json(q: Question) -> dict[str, Any]:
    return {
        "key": q.key,
        "text": q.text,
        "choices": [c.value for c in q.choices],
        "labels": [c.label for c in q.choices],
    }


@dataclass(frozen=True)
class CheckResult:
    query: Query
    outcome: Outcome | None
    reason: str
    catalog: CatalogInfo
    matches: tuple[Match, ...] = ()
    questions: tuple[Question, ...] = ()
    suggestions: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    problem: str | None = None
    """Set when the entry could not be read at all (empty, too long); then outcome is None."""
    reason_msg: Msg | None = None
    """``reason`` as a message, to be said in another language (core.message)."""
    problem_msg: Msg | None = None

    @property
    def stop_using(self) -> bool:
        return self.outcome in STOP_USING

    @property
    def headline(self) -> str:
        if self.outcome is None:
            return "NOTHING TO CHECK"
        if self.outcome == Outcome.NO_RECALL_FOUND:
            return f"NO RECALL ON FILE as of {self.catalog.published}"
        return HEADLINES[self.outcome]

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query.display,
            "query_kind": self.query.kind.value,
            "outcome": self.outcome.value if self.outcome else None,
            "headline": self.headline,
            "reason": self.reason,
            "stop_using": self.stop_using,
            "catalog": {"version": self.catalog.version, "published": self.catalog.published},
            "matches": [m.to_json() for m in self.matches],
            "questions": [question_json(q) for q in self.questions],
            "suggestions": list(self.suggestions),
            "warnings": list(self.warnings),
            "problem": self.problem,
        }


def overall(outcomes: Sequence[Outcome]) -> Outcome:
    if not outcomes:
        return Outcome.NO_RECALL_FOUND
    return min(outcomes, key=SEVERITY.index)


def model_question(models: Sequence[str]) -> Question:
    unique = list(dict.fromkeys(models))
    return Question(
        key="model",
        text="Which model number is printed on the label?",
        choices=tuple(Choice(value=m, label=m) for m in unique),
    )


def _describe_models(models: Sequence[ModelNumber], fallback: str) -> str:
    if len(models) == 1:
        return models[0].number
    return fallback


def _serial_hint(product: Product) -> Msg:
    rule = product.serial_rule
    parts: list[Msg] = [rule.label_msg(capitalize=True)]
    hint = rule.hint_msg()
    if hint.template != AS_PRINTED:
        parts.append(hint)
    if product.serial_label is not None:
        parts.append(text(product.serial_label.where))
    return series(parts, "; ")


class _Judged(NamedTuple):
    """What :func:`_judge` found for one candidate, before it is made a :class:`Match`."""

    outcome: Outcome
    reason: Msg
    shown: str
    variants: list[ModelNumber]
    kw: dict[str, Any]
    """``questions``, ``serial``, ``notes`` and ``serial_hint`` where the case sets them."""


def _decide_one(
    cand: Candidate,
    query_display: str,
    serial: str | None,
    no_serial: bool,
    answers: Mapping[str, str],
    warnings: list[str],
) -> Match:
    outcome, reason, shown, variants, kw = _judge(cand, query_display, serial, no_serial, answers, warnings)
    product = cand.product
    if "serial_hint" in kw:
        hint: Msg | None = kw.pop("serial_hint")
    else:
        hint = _serial_hint(product) if product.serial_rule.decides_by_serial else None
    notes: tuple[Msg, ...] = kw.pop("notes", ())
    return Match(
        recall=cand.recall,
        product=product,
        model=shown,
        variants=tuple(v.number for v in variants),
        outcome=outcome,
        reason_msg=reason,
        via=cand.via,
        serial_hint_msg=hint,
        notes_msg=notes,
        **kw,
    )


class Verdict(NamedTuple):
    """A candidate's outcome, reason and questions: what a :class:`Match` says, without the rest."""

    outcome: Outcome
    reason: str
    questions: tuple[Question, ...]


def verdict_of(cand: Candidate, query_display: str) -> Verdict:
    """The outcome, reason and questions of ``cand``'s match in ``decide(query, candidates, ...)``
    for a query shown as ``query_display``, with no serial and no answers: the same texts, without
    the result's other parts (the serial hint, the overall reason, the warnings).  For the shelf
    sweep, which says only these for thousands of products."""
    outcome, reason, _, _, kw = _judge(cand, query_display, None, False, {}, [])
    return Verdict(outcome, str(reason), kw.get("questions", ()))


def _judge(
    cand: Candidate,
    query_display: str,
    serial: str | None,
    no_serial: bool,
    answers: Mapping[str, str],
    warnings: list[str],
) -> _Judged:
    recall, product = cand.recall, cand.product
    variants = list(cand.models)
    if cand.via == Via.BASE:
        # The label prints the base ("Model: A3102"); the variant is not known yet.
        shown = (variants[0].base if variants else None) or query_display
    elif cand.via == Via.NAME:
        shown = ", ".join(m.number for m in product.models)
    else:
        shown = _describe_models(variants, query_display)
    label = recall.label_msg()

    def match(outcome: Outcome, reason: Msg, **kw: Any) -> _Judged:
        return _Judged(outcome, reason, shown, variants, kw)

    name = f"{product.brand} {product.name}"
    if cand.via == Via.NAME:
        if not product.models:
            if recall.notice_url:
                return match(
                    Outcome.NEED_ANSWER,
                    Msg(
                        QT_TRANSLATE_NOOP(
                            "Engine",
                            "{product} is under {recall}, whose notice names no model number: compare the "
                            "device with the notice's description and pictures ({url}).",
                        ),
                        product=name,
                        recall=label,
                        url=recall.notice_url,
                    ),
                )
            return match(
                Outcome.NEED_ANSWER,
                Msg(
                    QT_TRANSLATE_NOOP(
                        "Engine",
                        "{product} is under {recall}, whose notice names no model number: compare the "
                        "device with the notice's description and pictures.",
                    ),
                    product=name,
                    recall=label,
                ),
            )
        q = model_question([m.number for m in product.models])
        if product.model_label:
            confirm = Msg(
                QT_TRANSLATE_NOOP(
                    "Engine", "{product} is under {recall}. Confirm the model number on the label ({where})."
                ),
                product=name,
                recall=label,
                where=product.model_label.where,
            )
        else:
            confirm = Msg(
                QT_TRANSLATE_NOOP(
                    "Engine", "{product} is under {recall}. Confirm the model number on the label."
                ),
                product=name,
                recall=label,
            )
        return match(Outcome.NEED_ANSWER, confirm, questions=(q,))

    for q in product.questions:
        given = answers.get(q.key)
        known = {v.answers.get(q.key) for v in variants}
        if cand.via != Via.BASE and None not in known:
            # The full model number already answers this question (A3102016 is the black A3102);
            # a base number ("Model: A3102" on the label) does not, since others share it.
            if (
                given is not None
                and given.lower() not in known
                and (c := q.choice(given))
                and c.value not in known
            ):
                warnings.append(
                    f"{shown} is the {'/'.join(sorted(k for k in known if k))} variant; "
                    f"the answer {q.key}={given} was not used."
                )
            continue
        if given is None:
            return match(
                Outcome.NEED_ANSWER,
                Msg(
                    QT_TRANSLATE_NOOP("Engine", "{recall} covers only some {model} units. {question}"),
                    recall=label.capitalized(),
                    model=shown,
                    question=q.text,
                ),
                questions=(q,),
            )
        choice = q.choice(given)
        if choice is None:
            warnings.append(
                f"{given!r} is not an answer to {q.text!r}; the answers are "
                + ", ".join(c.value for c in q.choices)
                + "."
            )
            return match(Outcome.NEED_ANSWER, text(q.text), questions=(q,))
        if choice.outcome is not None:
            if choice.reason:
                reason = text(choice.reason)
            elif choice.outcome == Outcome.NOT_AFFECTED:
                reason = Msg(
                    QT_TRANSLATE_NOOP(
                        "Engine", "{model} units with {key} {answer} are not part of {recall}."
                    ),
                    model=shown,
                    key=q.key,
                    answer=choice.label,
                    recall=label,
                )
            else:
                reason = Msg(
                    QT_TRANSLATE_NOOP("Engine", "{model} units with {key} {answer} are part of {recall}."),
                    model=shown,
                    key=q.key,
                    answer=choice.label,
                    recall=label,
                )
            return match(choice.outcome, reason, serial_hint=None)
        if choice.model is not None:
            narrowed = [v for v in variants if v.key == model_key(choice.model)]
            if narrowed:
                variants = narrowed
                shown = narrowed[0].number

    verdict = product.serial_rule.evaluate(serial, no_serial=no_serial, recall=label)
    assert verdict.reason_msg is not None
    return match(verdict.outcome, verdict.reason_msg, serial=verdict.serial or None, notes=verdict.notes_msg)


def decide(
    query: Query,
    candidates: Sequence[Candidate],
    catalog: CatalogInfo,
    *,
    serial: str | None = None,
    no_serial: bool = False,
    answers: Mapping[str, str] | None = None,
    suggestions: Sequence[str] = (),
    more_by_name: bool = False,
    today: date | None = None,
) -> CheckResult:
    """The verdict for one check.  Total: whatever the inputs, a result, never an exception.

    ``more_by_name``: the candidates found by words of a name are the first of more that match.
    """
    answers = {k.strip().lower(): v.strip() for k, v in (answers or {}).items()}
    warnings: list[str] = list(query.notes)
    age = catalog.age_days(today or date.today())
    if age is not None and age > STALE_AFTER_DAYS:
        warnings.append(f"The catalog was published {catalog.published}, {age} days ago: import a newer one.")

    if query.kind == QueryKind.EMPTY:
        problem = Msg(
            QT_TRANSLATE_NOOP("Engine", "Nothing to check: scan or type a model number, UPC or serial.")
        )
        return CheckResult(
            query, None, "", catalog, warnings=tuple(warnings), problem=str(problem), problem_msg=problem
        )
    if query.kind == QueryKind.TOO_LONG:
        problem = Msg(
            QT_TRANSLATE_NOOP(
                "Engine",
                "The entry is too long ({why}): a model number, UPC, serial or a few words is expected.",
            ),
            why=query.notes[0] if query.notes else Msg(QT_TRANSLATE_NOOP("Engine", "too many characters")),
        )
        return CheckResult(
            query, None, "", catalog, warnings=tuple(warnings), problem=str(problem), problem_msg=problem
        )

    if not candidates:
        if query.kind == QueryKind.SERIAL:
            q = Question("model", "Which model number is printed on the label?", ())
            reason = Msg(
                QT_TRANSLATE_NOOP(
                    "Engine",
                    "{entry} looks like a serial number. A serial alone does not name the product: enter the "
                    "model number from the same label first.",
                ),
                entry=query.display,
            )
            return CheckResult(
                query,
                Outcome.NEED_ANSWER,
                str(reason),
                catalog,
                questions=(q,),
                suggestions=tuple(suggestions),
                warnings=tuple(warnings),
                reason_msg=reason,
            )
        what = {
            QueryKind.GTIN: Msg(QT_TRANSLATE_NOOP("Engine", "UPC/EAN {entry}"), entry=query.display),
            QueryKind.MODEL: Msg(QT_TRANSLATE_NOOP("Engine", "model {entry}"), entry=query.display),
        }.get(query.kind, Msg(QT_TRANSLATE_NOOP("Engine", "“{entry}”"), entry=query.display))
        none_on_file = Msg(
            QT_TRANSLATE_NOOP("Engine", "No recall on file for {what} as of {date}."),
            what=what,
            date=catalog.published,
        )
        upc_note = (
            Msg(
                QT_TRANSLATE_NOOP(
                    "Engine", "Recall notices rarely list UPCs: check the model number on the device too."
                )
            )
            if query.kind == QueryKind.GTIN
            else None
        )
        did_you_mean = (
            Msg(
                QT_TRANSLATE_NOOP("Engine", "Did you mean {models}?"),
                models=joined(list(suggestions[:3]), QT_TRANSLATE_NOOP("Engine", "{rest} or {last}")),
            )
            if suggestions
            else None
        )
        reason = sentences(none_on_file, upc_note, did_you_mean)
        if serial:
            warnings.append("The serial was not used: no recalled product matched.")
        return CheckResult(
            query,
            Outcome.NO_RECALL_FOUND,
            str(reason),
            catalog,
            suggestions=tuple(suggestions),
            warnings=tuple(warnings),
            reason_msg=reason,
        )

    matches = [_decide_one(c, query.display, serial, no_serial, answers, warnings) for c in candidates]
    outcome = overall([m.outcome for m in matches])
    if outcome == Outcome.NEED_ANSWER and all(c.via == Via.NAME for c in candidates):
        numbers = [m.number for c in candidates for m in c.product.models]
        questions: tuple[Question, ...] = (model_question(numbers),) if numbers else ()
        n = len({m.recall.key for m in matches})
        if more_by_name:
            reason = Msg(
                QT_TRANSLATE_NOOP(
                    "Engine",
                    "More than {n} recalled products match “{entry}”: enter the model number printed on the "
                    "label, or add words of the name.",
                ),
                n=len(matches),
                entry=query.display,
            )
        else:
            products = (
                Msg(QT_TRANSLATE_NOOP("Engine", "1 recalled product"))
                if len(matches) == 1
                else Msg(QT_TRANSLATE_NOOP("Engine", "{n} recalled products"), n=len(matches))
            )
            recalls = (
                Msg(QT_TRANSLATE_NOOP("Engine", "1 recall"))
                if n == 1
                else Msg(QT_TRANSLATE_NOOP("Engine", "{n} recalls"), n=n)
            )
            reason = Msg(
                QT_TRANSLATE_NOOP(
                    "Engine",
                    "{products} in {recalls} match “{entry}”: enter the model number printed on the label.",
                ),
                products=products,
                recalls=recalls,
                entry=query.display,
            )
    else:
        top = next(m for m in matches if m.outcome == outcome)
        assert top.reason_msg is not None
        reason = top.reason_msg
        questions = tuple(dict.fromkeys(q for m in matches if m.outcome == outcome for q in m.questions))
        if len({m.recall.key for m in matches}) > 1:
            reason = sentences(
                reason,
                Msg(
                    QT_TRANSLATE_NOOP("Engine", "{n} recalls name this model: see each below."),
                    n=len({m.recall.key for m in matches}),
                ),
            )
    return CheckResult(
        query,
        outcome,
        str(reason),
        catalog,
        matches=tuple(matches),
        questions=questions,
        suggestions=tuple(suggestions),
        warnings=tuple(dict.fromkeys(warnings)),
        reason_msg=reason,
    )
