"""Counter settings (station name) and the scanner test."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
)

SETTINGS_ENV = "RECALL_DESK_SETTINGS"
THEMES = ("system", "light", "dark")


def settings_path() -> Path:
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return Path(override)
    return platformdirs.user_config_path("recall-desk", appauthor=False) / "recall-desk.ini"


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
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(QPalette())
