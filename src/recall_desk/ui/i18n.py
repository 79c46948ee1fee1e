"""The interface's language: English (the source), French or Spanish, switchable while it runs.

Translations are Qt Linguist catalogs, ``resources/i18n/recall_desk_<group>_<lang>.qm`` (built from the
``.ts`` sources by packaging/i18n.py), plus Qt's own ``qtbase_<lang>.qm`` for its standard buttons and
dialogs.  :func:`set_language` swaps the installed translators; Qt then sends every widget a
``QEvent.LanguageChange``, and each widget that shows text sets it again in its ``retranslate_ui()``
(see :class:`Retranslating`).

Widgets mark their strings with ``self.tr("…")`` (the context is the class's name) or, outside a
QObject, ``QCoreApplication.translate("Context", "…")``.  Placeholders are ``{name}``, filled with
``.format()`` after translation, so a translator can move them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

if TYPE_CHECKING:
    from ..core.message import Msg

# The engine's messages (core.message), the resources folder and QLibraryInfo are imported where
# they are used: the counter window imports this module before its first paint, and in English it
# needs none of them there.

log = logging.getLogger(__name__)

LANGUAGES: Mapping[str, str] = {"en": "English", "fr": "Français", "es": "Español"}
"""The interface's languages, each named in itself (as a language menu shows them)."""
SOURCE_LANGUAGE = "en"
GROUPS = ("counter", "kiosk", "manager", "engine")
_LOCALES = {"en": "en_US", "fr": "fr_CA", "es": "es_US"}
"""Number and date formats: the stores are in North America (CPSC and Health Canada recalls)."""

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def system_language() -> str:
    """The system locale's language when it is one of ours, else English."""
    for name in QLocale.system().uiLanguages():
        lang = name.replace("_", "-").split("-")[0].lower()
        if lang in LANGUAGES:
            return lang
    return SOURCE_LANGUAGE


def current_language() -> str:
    return _current


def qm_files(lang: str) -> list[str]:
    """The program's compiled catalogs for ``lang`` (one per group)."""
    from ..resources import resource

    return [str(resource("i18n", f"recall_desk_{group}_{lang}.qm")) for group in GROUPS]


def set_language(lang: str, extra_qm: list[str] | None = None) -> bool:
    """Show the interface in ``lang`` from now on (every open window follows at once).

    Returns False, and leaves English, when ``lang`` is unknown or its catalogs cannot be loaded (a
    source checkout whose ``.qm`` files were not built: ``python packaging/i18n.py release``).
    ``extra_qm`` replaces the program's catalogs (the tests' pseudo-locale).
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    ok = True
    if lang not in LANGUAGES and extra_qm is None:
        log.warning("no interface language %r; known: %s", lang, ", ".join(LANGUAGES))
        lang, ok = SOURCE_LANGUAGE, False
    loaded: list[QTranslator] = []
    if lang != SOURCE_LANGUAGE:
        for path in extra_qm if extra_qm is not None else qm_files(lang):
            translator = QTranslator(app)
            if translator.load(path):
                loaded.append(translator)
            else:
                log.warning("cannot load the %s translation %s", lang, path)
                ok = False
        if lang in LANGUAGES:
            from PySide6.QtCore import QLibraryInfo

            qt_own = QTranslator(app)
            if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                loaded.append(qt_own)
    if not ok:
        for translator in loaded:
            translator.deleteLater()
        loaded = []
        lang = SOURCE_LANGUAGE
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    _installed[:] = loaded
    for translator in loaded:
        QCoreApplication.installTranslator(translator)
    _current = lang
    QLocale.setDefault(QLocale(_LOCALES.get(lang, "en_US")))
    # Installing or removing a translator made Qt post a LanguageChange to every window.
    return ok


class Retranslating:
    """Mixin for a QWidget whose texts follow the interface language.

    The widget sets every string it shows in ``retranslate_ui()``, calls it once at the end of
    ``__init__``, and this ``changeEvent`` calls it again whenever the language changes.  Put it
    before the Qt class: ``class SettingsDialog(Retranslating, QDialog)``.
    """

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]


def engine_text(msg: Msg | None, fallback: str = "") -> str:
    """The verdict engine's words (a core message) in the interface's language."""
    if msg is None:
        return fallback
    from ..core.message import CONTEXT

    return msg.render(lambda template: QCoreApplication.translate(CONTEXT, template))


@cache
def _engine_translator(lang: str) -> QTranslator | None:
    from ..resources import resource

    translator = QTranslator()
    if translator.load(str(resource("i18n", f"recall_desk_engine_{lang}.qm"))):
        return translator
    log.warning("cannot load the %s translation of the engine's words", lang)
    return None


def engine_translate(lang: str) -> Callable[[str], str] | None:
    """What turns the engine's templates into ``lang`` whatever the interface's language (the
    slip is in the customer's language); None for English or when that catalog is missing."""
    if lang == SOURCE_LANGUAGE or lang not in LANGUAGES:
        return None
    translator = _engine_translator(lang)
    if translator is None:
        return None
    from ..core.message import CONTEXT

    return lambda template: translator.translate(CONTEXT, template) or template
