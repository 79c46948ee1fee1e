"""The engine's words as messages: an English template with named parts, to be said in any language.

The verdict engine explains itself in English: ``reason`` and the other texts of a result, which the
command line prints and its JSON carries, are exactly that English.  Beside each it keeps the same
words as a :class:`Msg`, so that the window, the kiosk and the slip can put them in their reader's
language (``render(translate)``; English when nothing translates).

Templates are ``str.format`` texts with named fields, each written in the code as
``QT_TRANSLATE_NOOP("Engine", "…")``: this module's no-op of that name keeps core free of Qt, and
Qt Linguist's lupdate finds the templates there (packaging/i18n.py's ``engine`` catalog).  A part
is a nested message, a number, or a plain string, which is data (a notice's words, a question, a
label as the catalog gives it) and is never translated.  A translation that is broken (an unknown
field, a stray brace) falls back to the English template rather than fail.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

CONTEXT = "Engine"
"""The translation context of every engine template."""

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; returns it as it is."""
    return text


class Msg:
    """An English template and its parts; ``str()`` is the English text."""

    __slots__ = ("_english", "args", "capitalize", "template")

    def __init__(self, template: str, *, capitalize: bool = False, **args: str | int | Msg) -> None:
        self.template = template
        self.args = args
        self.capitalize = capitalize
        """Upper-case the first letter of the result (a part that begins a sentence)."""
        self._english: str | None = None
        """The English text, once made (a message is not changed after it is made)."""

    @classmethod
    def of(cls, template: str, parts: Mapping[str, str | int | Msg]) -> Msg:
        """A message whose parts are given as a mapping (names made at run time)."""
        msg = cls(template)
        msg.args = dict(parts)
        return msg

    def render(self, translate: Translate | None = None) -> str:
        if translate is None and self._english is not None:
            return self._english
        values = {k: render(v, translate) for k, v in self.args.items()}
        text = None
        if translate is not None:
            try:
                text = translate(self.template).format(**values)
            except (KeyError, IndexError, ValueError, AttributeError):
                text = None
        if text is None:
            text = self.template.format(**values)
        if self.capitalize:
            text = text[:1].upper() + text[1:]
        if translate is None:
            self._english = text
        return text

    def capitalized(self) -> Msg:
        return Msg(self.template, capitalize=True, **self.args)

    def templates(self) -> list[str]:
        """This message's template and those of its parts (what a translator must cover)."""
        found = [self.template]
        for value in self.args.values():
            if isinstance(value, Msg):
                found += value.templates()
        return found

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Msg({self.render()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.template, self.args, self.capitalize) == (
            other.template,
            other.args,
            other.capitalize,
        )

    def __hash__(self) -> int:
        return hash((self.template, tuple(sorted((k, str(v)) for k, v in self.args.items()))))


def render(part: str | int | Msg, translate: Translate | None = None) -> str:
    """A part in words: a message rendered (and translated), data as it is."""
    return part.render(translate) if isinstance(part, Msg) else str(part)


def text(value: str) -> Msg:
    """Data (a notice's words) where a message is expected: shown as it is, in every language."""
    return Msg("{text}", text=value)


def joined(parts: Sequence[str | int | Msg], last: str | None = None) -> Msg | str:
    """Parts as a list in words: "a", "a or b", "a, b or c" (``last`` the word before the last;
    "or" unless given).  A single part is itself."""
    if not parts:
        return ""
    if len(parts) == 1:
        only = parts[0]
        return only if isinstance(only, Msg) else str(only)
    conj = last or QT_TRANSLATE_NOOP("Engine", "{rest} or {last}")
    rest: str | int | Msg = parts[0]
    for part in parts[1:-1]:
        rest = Msg(QT_TRANSLATE_NOOP("Engine", "{first}, {then}"), first=rest, then=part)
    return Msg(conj, rest=rest, last=parts[-1])


def sentences(*parts: str | Msg | None) -> Msg:
    """Sentences one after another, separated by a space (the empty ones left out)."""
    kept = [p for p in parts if p]
    return series(kept, " ")


def series(parts: Sequence[str | Msg], separator: str) -> Msg:
    """Parts one after another with ``separator`` between them (not translated: punctuation)."""
    fields = {f"p{i}": p for i, p in enumerate(parts)}
    return Msg.of(separator.join("{" + k + "}" for k in fields), fields)
