"""Counter settings: the station, the interface's language and appearance, the store and its slips,
the receipt printer; and the light and dark palettes (every text colour pair at WCAG AA or better)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
)

SETTINGS_ENV = "RECALL_DESK_SETTINGS"
THEMES = ("system", "light", "dark")
UI_LANGUAGES = ("system", "en", "fr", "es")
"""The interface's language setting: the system's (when it is one of ours, else English) or one of ours."""
SLIP_PAPERS = ("letter", "a4", "80mm", "58mm")
SLIP_LANGS = ("en", "fr", "es")
PRINTER_KINDS = ("none", "file", "network", "usb", "serial")
KIOSK_IDLE_DEFAULT, KIOSK_IDLE_MIN, KIOSK_IDLE_MAX = 60, 10, 3600


_LANGUAGE_NAMES = {
    #: A language's name in that language, as a language menu shows it: keep it as it is.
    "en": str(QT_TRANSLATE_NOOP("Language", "English")),
    #: A language's name in that language, as a language menu shows it: keep it as it is.
    "fr": str(QT_TRANSLATE_NOOP("Language", "Français")),
    #: A language's name in that language, as a language menu shows it: keep it as it is.
    "es": str(QT_TRANSLATE_NOOP("Language", "Español")),
}


def language_name(lang: str) -> str:
    """A language's name in itself ("Français"), for the language choices (the interface's, a slip's)."""
    name = _LANGUAGE_NAMES.get(lang)
    return QCoreApplication.translate("Language", name) if name else lang


def settings_path() -> Path:
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return Path(override)
    return user_config_path() / "recall-desk.ini"


def user_config_path() -> Path:
    """``platformdirs.user_config_path("recall-desk", appauthor=False)``.

    The settings are read before the window's first paint, and importing platformdirs then costs
    15-20 ms (it brings tempfile, shutil, random): on Linux its answer is worked out here, as it
    does it ($XDG_CONFIG_HOME when absolute, else ~/.config, then the program's folder); elsewhere,
    and on Linux with no absolute HOME or on Android, platformdirs is asked.
    """
    if sys.platform == "linux" and "ANDROID_DATA" not in os.environ:
        xdg = os.environ.get("XDG_CONFIG_HOME", "")
        if os.path.isabs(xdg):
            return Path(xdg) / "recall-desk"
        home = os.environ.get("HOME", "")
        if os.path.isabs(home):
            return Path(home) / ".config" / "recall-desk"
    import platformdirs

    return platformdirs.user_config_path("recall-desk", appauthor=False)


class AppSettings:
    """Settings kept in an INI file in the platform's config folder (or $RECALL_DESK_SETTINGS)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def station(self) -> str:
        value = self._qs.value("counter/station", "")
        return str(value) if value else "Counter 1"

    @station.setter
    def station(self, value: str) -> None:
        self._qs.setValue("counter/station", value.strip()[:100])
        self._qs.sync()

    @property
    def theme(self) -> str:
        """ "system", "light" or "dark"."""
        value = str(self._qs.value("appearance/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._qs.setValue("appearance/theme", value if value in THEMES else "system")
        self._qs.sync()

    @property
    def language(self) -> str:
        """The interface's language: "system" (the default), "en", "fr" or "es"."""
        return self._choice("ui/language", UI_LANGUAGES, "system")

    @language.setter
    def language(self, value: str) -> None:
        self._set_choice("ui/language", value, UI_LANGUAGES, "system")

    def interface_language(self) -> str:
        """The language the interface is shown in: the setting, with "system" resolved."""
        value = self.language
        if value != "system":
            return value
        from .i18n import system_language

        return system_language()

    # -- the store, as printed on slips --

    def _text(self, key: str, default: str = "") -> str:
        value = self._qs.value(key, default)
        return str(value) if value is not None else default

    def _set_text(self, key: str, value: str, limit: int) -> None:
        self._qs.setValue(key, value.strip()[:limit])
        self._qs.sync()

    def _choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self._text(key, default)
        return value if value in choices else default

    def _set_choice(self, key: str, value: str, choices: tuple[str, ...], default: str) -> None:
        self._qs.setValue(key, value if value in choices else default)
        self._qs.sync()

    @property
    def store_name(self) -> str:
        return self._text("store/name")

    @store_name.setter
    def store_name(self, value: str) -> None:
        self._set_text("store/name", value, 120)

    @property
    def store_address(self) -> str:
        """Several lines ("12 Main Street\nSpringfield, OR 97477")."""
        return self._text("store/address")

    @store_address.setter
    def store_address(self, value: str) -> None:
        lines = [line.strip() for line in value.splitlines() if line.strip()]
        self._set_text("store/address", "\n".join(lines[:4]), 400)

    @property
    def store_phone(self) -> str:
        return self._text("store/phone")

    @store_phone.setter
    def store_phone(self, value: str) -> None:
        self._set_text("store/phone", value, 60)

    # -- slips --

    @property
    def slip_paper(self) -> str:
        """The paper a slip is made on unless the clerk picks another: letter, a4, 80mm or 58mm."""
        return self._choice("slips/paper", SLIP_PAPERS, "letter")

    @slip_paper.setter
    def slip_paper(self, value: str) -> None:
        self._set_choice("slips/paper", value, SLIP_PAPERS, "letter")

    @property
    def slip_language(self) -> str:
        """The slip's language unless the clerk picks the customer's: en, fr or es."""
        return self._choice("slips/language", SLIP_LANGS, "en")

    @slip_language.setter
    def slip_language(self, value: str) -> None:
        self._set_choice("slips/language", value, SLIP_LANGS, "en")

    # -- the receipt printer (ESC/POS) --

    @property
    def printer_kind(self) -> str:
        """none, file, network, usb or serial."""
        return self._choice("receipt_printer/kind", PRINTER_KINDS, "none")

    @printer_kind.setter
    def printer_kind(self, value: str) -> None:
        self._set_choice("receipt_printer/kind", value, PRINTER_KINDS, "none")

    @property
    def printer_target(self) -> str:
        """A path, host[:port], vendor:product (hex) or serial device[@baud], as the kind needs."""
        return self._text("receipt_printer/target")

    @printer_target.setter
    def printer_target(self, value: str) -> None:
        self._set_text("receipt_printer/target", value, 300)

    @property
    def printer_profile(self) -> str:
        """The python-escpos printer profile ("default", "TM-T88V", …)."""
        return self._text("receipt_printer/profile", "default") or "default"

    @printer_profile.setter
    def printer_profile(self, value: str) -> None:
        self._set_text("receipt_printer/profile", value or "default", 60)

    @property
    def printer_paper(self) -> str:
        """The receipt printer's paper: 80mm or 58mm."""
        return self._choice("receipt_printer/paper", ("80mm", "58mm"), "80mm")

    @printer_paper.setter
    def printer_paper(self, value: str) -> None:
        self._set_choice("receipt_printer/paper", value, ("80mm", "58mm"), "80mm")

    # -- the self-service kiosk --

    @property
    def kiosk_enabled(self) -> bool:
        """Start `recall-desk` as the customers' kiosk instead of the counter window."""
        return self._text("kiosk/enabled", "false").lower() in ("true", "1", "yes")

    @kiosk_enabled.setter
    def kiosk_enabled(self, value: bool) -> None:
        self._qs.setValue("kiosk/enabled", "true" if value else "false")
        self._qs.sync()

    @property
    def kiosk_idle_seconds(self) -> int:
        """Seconds without a touch or a key before the kiosk forgets the customer and starts over."""
        try:
            value = int(self._text("kiosk/idle_seconds", str(KIOSK_IDLE_DEFAULT)))
        except ValueError:
            return KIOSK_IDLE_DEFAULT
        return max(KIOSK_IDLE_MIN, min(KIOSK_IDLE_MAX, value))

    @kiosk_idle_seconds.setter
    def kiosk_idle_seconds(self, value: int) -> None:
        self._qs.setValue("kiosk/idle_seconds", str(max(KIOSK_IDLE_MIN, min(KIOSK_IDLE_MAX, int(value)))))
        self._qs.sync()

    @property
    def kiosk_exit_pin_hash(self) -> str:
        """The salted scrypt hash of the manager PIN that leaves the kiosk (catalog.clerks.hash_pin)."""
        return self._text("kiosk/exit_pin_hash")

    @kiosk_exit_pin_hash.setter
    def kiosk_exit_pin_hash(self, value: str) -> None:
        self._set_text("kiosk/exit_pin_hash", value, 400)


def light_palette() -> QPalette:
    """Fusion's light palette with the two colours that miss WCAG AA made darker: the selection
    (white on #308CC6 is 3.7:1) and the placeholder text (half-transparent black is 4.0:1 on white)."""
    app = QApplication.instance()
    p = app.style().standardPalette() if isinstance(app, QApplication) else QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#0B57D0"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#5F6368"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#0B57D0"))
    return p


def warning_colour(palette: QPalette) -> QColor:
    """Red words on the window's background: dark red on a light window, light red on a dark one (both
    at least 4.5:1)."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#FFB4AB" if dark else "#B3261E")


def dark_palette() -> QPalette:
    """A complete dark palette (Fusion), with text contrast well above WCAG AA."""
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#1F1F23",
        QPalette.ColorRole.WindowText: "#E8E8EC",
        QPalette.ColorRole.Base: "#141417",
        QPalette.ColorRole.AlternateBase: "#26262B",
        QPalette.ColorRole.ToolTipBase: "#2B2B31",
        QPalette.ColorRole.ToolTipText: "#E8E8EC",
        QPalette.ColorRole.PlaceholderText: "#A0A0A8",
        QPalette.ColorRole.Text: "#E8E8EC",
        QPalette.ColorRole.Button: "#2B2B31",
        QPalette.ColorRole.ButtonText: "#E8E8EC",
        QPalette.ColorRole.BrightText: "#FFFFFF",
        QPalette.ColorRole.Highlight: "#8AB4F8",
        QPalette.ColorRole.HighlightedText: "#141417",
        QPalette.ColorRole.Link: "#8AB4F8",
        QPalette.ColorRole.Light: "#3A3A40",
        QPalette.ColorRole.Midlight: "#323238",
        QPalette.ColorRole.Mid: "#2A2A2F",
        QPalette.ColorRole.Dark: "#101013",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7A7A82"))
    return p


def apply_theme(theme: str) -> None:
    """Light, dark or the system's palette (Fusion style, so both palettes are complete)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    from PySide6.QtCore import Qt  # not at import: the window's first paint does without Qt.*

    app.setStyle("Fusion")
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    app.styleHints().setColorScheme(scheme)
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(light_palette())
    else:
        app.setPalette(QPalette())
