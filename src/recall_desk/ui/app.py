"""Starting the counter window (and the frozen program's smoke test).

The window is on screen before the catalog layer (SQLAlchemy, sqlmodel) is even
imported: it opens the catalog right after its first paint, and a scan that
arrives meanwhile is checked as soon as the catalog is ready.  The interface's language (the
``ui/language`` setting) is installed before any window is built.  What only a failure needs
(QMessageBox) is imported then; tests/test_startup.py lists what may be loaded at the first paint.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from . import i18n
from .main_window import MainWindow
from .settings import AppSettings, apply_theme


def application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication([sys.argv[0] if sys.argv else "recall-desk", *argv])
    app.setApplicationName("Recall Desk")
    app.setOrganizationName("Recall Desk")
    app.setApplicationDisplayName("Recall Desk")
    return app


def apply_language(settings: AppSettings) -> str:
    """Install the interface language the settings ask for (before a window is built); returns the
    language the interface is in (English when that one's catalogs cannot be loaded)."""
    i18n.set_language(settings.interface_language())
    return i18n.current_language()


def _cannot_open() -> str:
    return QCoreApplication.translate("App", "Recall Desk cannot open its catalog")


def open_catalog_into(window: MainWindow, db: str | None) -> bool:
    """Open the catalog at ``db`` and attach it; on failure say why and close the window."""
    from ..catalog.db import CatalogOpenError
    from ..catalog.load import CatalogLoadError
    from ..catalog.service import Catalog

    try:
        catalog = Catalog.open(db)
    except (CatalogOpenError, CatalogLoadError) as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(window, _cannot_open(), str(exc))
        window.close()
        return False
    window.attach_catalog(catalog)
    return True


def run_window(db: str | None = None, *, on_window: Callable[[MainWindow], None] | None = None) -> int:
    """Open the counter window on the catalog at ``db`` (default: the user's); returns the exit code.

    ``on_window`` is called with the window before it is shown (benchmarks use it to time start-up).
    """
    app = application()
    settings = AppSettings()
    if settings.kiosk_enabled:  # setting kiosk/enabled: this station is the customers' kiosk
        return run_kiosk(db, settings)
    apply_language(settings)
    if settings.theme != "system":  # a fresh application already has the system's look
        apply_theme(settings.theme)
    window = MainWindow(None, settings)
    if on_window is not None:
        on_window(window)
    opened: list[bool] = []
    window.first_paint.connect(lambda: opened.append(open_catalog_into(window, db)))
    window.show()
    try:
        code = app.exec()
    finally:
        if window.catalog is not None:
            window.catalog.close()
    return code if all(opened) else 2


def run_kiosk(db: str | None = None, settings: AppSettings | None = None) -> int:
    """The customers' self-service kiosk, fullscreen, on the catalog at ``db``; returns the exit code
    (0 once a manager's PIN closed it, 2 when the catalog cannot be opened)."""
    from ..catalog.db import CatalogOpenError
    from ..catalog.load import CatalogLoadError
    from ..catalog.service import Catalog
    from .kiosk import KioskWindow

    app = application()
    settings = settings or AppSettings()
    apply_language(settings)
    apply_theme("light")  # the kiosk's colours are chosen for a light background
    try:
        catalog = Catalog.open(db)
    except (CatalogOpenError, CatalogLoadError) as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, _cannot_open(), str(exc))
        return 2
    try:
        kiosk = KioskWindow(catalog, settings)
        kiosk.start()
        return app.exec()
    finally:
        catalog.close()


def smoke_test(db: str | None = None) -> int:
    """Open the catalog, run a check, build the main window offscreen, and exit 0 if all held."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..catalog.service import Catalog

    catalog = Catalog.open(db)
    try:
        result = catalog.check("A3102", answers={"colour": "black"}, serial="1234567890123456")
        if result.outcome != "check_with_manufacturer":
            print(f"smoke test: unexpected outcome {result.outcome}", file=sys.stderr)
            return 1
        app = application()
        window = MainWindow(catalog, AppSettings())
        window.show()
        window.entry.setText("BPD005")
        window.check_entry()
        shown = window.banner.headline.text()
        QTimer.singleShot(0, app.quit)
        app.exec()
        if not shown.startswith("SERIAL NEEDED"):
            print(f"smoke test: the window showed {shown!r}", file=sys.stderr)
            return 1
        # The translations are shipped, and the window follows a change of language.
        for lang in ("fr", "es"):
            if not i18n.set_language(lang):
                print(f"smoke test: the {lang} translations cannot be loaded", file=sys.stderr)
                return 1
            app.processEvents()  # the LanguageChange Qt posted
            if window.banner.headline.text() == shown:
                print(f"smoke test: the window did not follow the language {lang}", file=sys.stderr)
                return 1
        i18n.set_language("en")
        window.close()
        info = catalog.info()
        print(f"smoke test passed: catalog {info.version} ({info.recalls} recalls), window built")
        return 0
    finally:
        catalog.close()
