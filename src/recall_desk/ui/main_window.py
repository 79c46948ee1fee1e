"""The counter window: scan, see where the labels are, decide.

Every word the window shows or gives a screen reader follows the interface language (View → Language,
or the ``ui/language`` setting): it is set in ``retranslate_ui()``, called again on each LanguageChange,
and the texts made from the state (the status bar, the clerk, the verdict) are made again from it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import i18n
from .accessibility import name_clear_button, set_accessible
from .settings import AppSettings, warning_colour

# Only what the first paint needs is imported with this module (start-up is measured against a
# bare QMainWindow): the verdict banner, the scan router and the results are built right after it,
# and Qt's namespace (Qt.*, some 20 ms to set up in PySide6) is first touched there; so are
# QKeySequence (the shortcuts) and datetime (the catalog's age; a shared library, some 10 ms).

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QDialog, QMenu, QScrollArea

    from ..catalog.checklog import CheckLog
    from ..catalog.clerks import Clerk, Clerks
    from ..catalog.service import Catalog
    from ..core.model import CatalogInfo, Picture
    from ..core.verdict import CheckResult
    from .catalog_editor import CatalogEditor
    from .checklog_view import CheckLogDialog
    from .import_dialog import ImportDialog
    from .review_view import ReviewDialog
    from .scanner import ScanRouter
    from .settings_dialog import SettingsDialog
    from .signin import SignInDialog
    from .slip_dialog import SlipDialog
    from .sweep_dialog import SweepDialog
    from .verdict import VerdictBanner


class MainWindow(i18n.Retranslating, QMainWindow):
    check_finished = Signal(object)
    """Emitted with each CheckResult once it is shown."""
    results_updated = Signal(int)
    """Emitted with the number of as-you-type results once the list is updated."""
    catalog_ready = Signal()
    """Emitted once a catalog is attached and the window can answer checks."""
    first_paint = Signal()
    """Emitted once, when the window has first been painted on screen."""
    clerk_changed = Signal(object)
    """Emitted with the Clerk who signed in, or None when they signed out."""

    def __init__(self, catalog: Catalog | None, settings: AppSettings, *, today: date | None = None) -> None:
        """``catalog`` may be None: the window shows at once and takes it with attach_catalog()."""
        super().__init__()
        self.catalog: Catalog | None = None
        self.log: CheckLog | None = None
        self.clerks: Clerks | None = None
        self.clerk: Clerk | None = None
        """Who is signed in at this counter."""
        self.open_station = False
        """No clerk exists at all (a fresh install): nobody signs in and every function is open."""
        self._pending_check: str | None = None
        self._painted = False
        self.settings = settings
        self._today = today
        self.setObjectName("mainWindow")
        self._query = ""
        self._serial: str | None = None
        self._no_serial = False
        self._answers: dict[str, str] = {}
        self.last_result: CheckResult | None = None
        self.last_log_id: int | None = None

        # -- the entry --
        self.entry = QLineEdit(self)
        self.entry.setObjectName("scanEntry")
        self.entry.setClearButtonEnabled(True)
        efont = QFont(self.entry.font())
        efont.setPointSizeF(efont.pointSizeF() * 1.6)
        self.entry.setFont(efont)
        self.entry.setMinimumHeight(48)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("checkButton")
        self.check_button.setMinimumHeight(48)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newCheckButton")
        self.new_button.setMinimumHeight(48)

        # Until the window is complete (right after the first paint), a plain line says what is
        # happening where the verdict banner will be.
        self._opening = QLabel(self)
        self._opening.setObjectName("openingNote")
        self._opening.setMinimumHeight(120)
        self._complete = False

        top = QHBoxLayout()
        top.addWidget(self.entry, 1)
        top.addWidget(self.check_button)
        top.addWidget(self.new_button)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self._opening)
        self._body_layout = layout
        self._body_built = False
        self.setCentralWidget(central)
        self.setTabOrder(self.entry, self.check_button)
        self.setTabOrder(self.check_button, self.new_button)

        # -- status bar --
        self.catalog_label = QLabel(self)
        self.catalog_label.setObjectName("catalogStatus")
        self.stale_label = QLabel(self)
        self.stale_label.setObjectName("staleWarning")
        self._info: CatalogInfo | None = None
        self._style_warning()
        bold = QFont(self.stale_label.font())
        bold.setBold(True)
        self.stale_label.setFont(bold)
        self.statusBar().addWidget(self.catalog_label, 1)
        self.statusBar().addPermanentWidget(self.stale_label)
        self.clerk_button = QPushButton(self)
        self.clerk_button.setObjectName("clerkButton")
        self.clerk_button.setFlat(True)
        self.clerk_button.clicked.connect(self._clerk_button_clicked)
        self.statusBar().addPermanentWidget(self.clerk_button)

        self._build_actions()
        self.retranslate_ui()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)

        self.entry.textEdited.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self.update_results)
        self.entry.returnPressed.connect(self.check_entry)
        self.check_button.clicked.connect(self.check_entry)
        self.new_button.clicked.connect(self.new_check)

        self.resize(1280, 860)
        if catalog is not None:
            self.attach_catalog(catalog)
        else:
            # Until the scan router is installed, typing and scans land here as the focus widget.
            self.entry.setFocus()

    def complete(self) -> None:
        """The verdict banner and the scan router: after the first paint, or at once when the
        window starts with a catalog.  Idempotent."""
        if self._complete:
            return
        self._complete = True
        from .scanner import ScanRouter
        from .verdict import VerdictBanner

        self.banner: VerdictBanner = VerdictBanner(self)
        self._body_layout.replaceWidget(self._opening, self.banner)
        self._opening.hide()
        self._opening.deleteLater()
        if self.catalog is None:
            self.banner.show_ready(None)
        self.router: ScanRouter = ScanRouter(self, self.entry)
        QApplication.instance().installEventFilter(self.router)  # type: ignore[union-attr]
        self.router.scanned.connect(self._on_scan)
        from PySide6.QtGui import QKeySequence

        for act, shortcut, standard in self._shortcuts:
            key = getattr(QKeySequence.StandardKey, shortcut) if standard else shortcut
            act.setShortcut(QKeySequence(key))

    def build_body(self) -> None:
        """The results list and the product view.  Built after the first paint when the window
        starts without a catalog, so that the entry is on screen first; idempotent."""
        if self._body_built:
            return
        self._body_built = True
        self.complete()
        from PySide6.QtCore import QSortFilterProxyModel, Qt
        from PySide6.QtWidgets import QScrollArea, QSplitter

        from .models import SearchResultsModel
        from .product_view import ProductPanel
        from .views import list_view

        self.results = SearchResultsModel(self)
        self.results_proxy = QSortFilterProxyModel(self)
        self.results_proxy.setSourceModel(self.results)
        self.table = list_view(self, "", self.results_proxy, widths=(80, 200, 100, 110, 90))
        self.table.setObjectName("resultsTable")

        self.panel = ProductPanel(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setObjectName("productScroll")
        self.product_scroll: QScrollArea = scroll
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.table.setMinimumWidth(280)
        scroll.setMinimumWidth(360)
        self._sized = False
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_sized", True))
        self.splitter.installEventFilter(self)
        QTimer.singleShot(0, self._split)

        self._body_layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.new_button, self.table)
        self.table.activated.connect(self._on_result_activated)
        self.table.clicked.connect(self._on_result_activated)
        self.panel.serial_submitted.connect(self._on_serial)
        self.panel.no_serial_changed.connect(self._on_no_serial)
        self.panel.answered.connect(self._on_answer)
        self.panel.zoom_requested.connect(self._zoom)
        self._retranslate_body()

    def attach_catalog(self, catalog: Catalog) -> None:
        """Start answering from ``catalog``; a check asked for while it was opening runs now."""
        from ..catalog.checklog import CheckLog

        self.complete()
        self.build_body()
        from ..catalog.clerks import Clerks

        self.catalog = catalog
        self.log = CheckLog(catalog.engine, station=self.settings.station)
        self.clerks = Clerks(catalog.engine)
        self.refresh_roles()
        from ..catalog.picture_store import pictures_folder
        from .pictures import set_picture_folder

        set_picture_folder(pictures_folder(catalog.engine))  # the manager's photos beside this catalog
        info = self.refresh_catalog_status()
        self.banner.show_ready(info)
        pending, self._pending_check = self._pending_check, None
        if pending:
            self.update_results()
            self.start_check(pending)
        elif self.entry.text():
            self.update_results()
        self.catalog_ready.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.first_paint.emit()
        self.complete()

    # -- actions and menus --

    def _build_actions(self) -> None:
        """Actions and menus (their words are set in retranslate_ui); their shortcuts are set in
        complete() (setShortcut is what first touches Qt's namespace)."""
        self._shortcuts: list[tuple[QAction, str, bool]] = []

        def action(shortcut: str | None, slot: object, *, standard: bool = False) -> QAction:
            """``shortcut``: a key sequence ("Ctrl+I"), or with ``standard`` the name of a
            QKeySequence.StandardKey ("Open": the platform's own keys)."""
            act = QAction(self)
            if shortcut is not None:
                self._shortcuts.append((act, shortcut, standard))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.open_image_action = action("Open", self.open_image, standard=True)
        self.print_slip_action = action("Print", self.print_slip, standard=True)
        self.print_slip_action.setEnabled(False)
        self.sweep_action = action(None, self.sweep_inventory)
        self.settings_action = action(None, self.open_settings)
        self.sign_in_action = action(None, self.sign_in)
        self.sign_out_action = action(None, self.sign_out)
        self.sign_out_action.setEnabled(False)
        # Catalog actions that need a signed-in manager (with the settings and the log's export).
        self.import_action = action("Ctrl+I", self.import_recall_data)
        self.review_action = action(None, self.review_findings)
        self.edit_catalog_action = action(None, self.edit_catalog)
        self.manager_actions = [self.import_action, self.review_action, self.edit_catalog_action]
        self.gated_actions = [*self.manager_actions, self.settings_action]
        """Enabled only for a signed-in manager, or on an open station (no clerks at all)."""
        self.quit_action = action("Quit", self.close, standard=True)
        self.log_action = action("Ctrl+Shift+L", self.show_check_log)
        self.new_action = action("Esc", self.new_check)
        self.help_action = action("HelpContents", self.show_help, standard=True)
        self.about_action = action(None, self.show_about)
        menu = self.menuBar()
        self.file_menu = file_menu = menu.addMenu("")
        file_menu.addAction(self.open_image_action)
        file_menu.addAction(self.print_slip_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.sweep_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.sign_in_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.catalog_menu = menu.addMenu("")
        self.catalog_menu.addAction(self.review_action)
        self.catalog_menu.addAction(self.edit_catalog_action)
        self.check_menu = menu.addMenu("")
        self.check_menu.addAction(self.new_action)
        self.view_menu = menu.addMenu("")
        self.view_menu.addAction(self.log_action)
        self.language_menu: QMenu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in i18n.LANGUAGES.items():
            act = QAction(name, self)  # each language named in itself, whatever the interface's
            act.setCheckable(True)
            act.setData(lang)
            act.triggered.connect(lambda _checked=False, lang=lang: self.set_language(lang))
            self.language_group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[lang] = act
        self.help_menu = menu.addMenu("")
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.about_action)

    # -- the interface's words --

    def retranslate_ui(self) -> None:
        """Every word of the window in the interface language (again on each LanguageChange)."""
        self.setWindowTitle(self.tr("Counter"))
        self.entry.setPlaceholderText(self.tr("Scan or type a model number, UPC, serial or product name"))
        set_accessible(
            self.entry,
            self.tr("Scan or type a model number, UPC or serial"),
            self.tr("Enter checks what was typed; a scan anywhere in the window lands here and is checked"),
        )
        name_clear_button(self.entry, self.tr("Clear"), self.tr("Empties the entry"))
        self.check_button.setText(self.tr("Check"))
        set_accessible(self.check_button, self.tr("Check"), self.tr("Checks what the entry holds (Enter)"))
        self.new_button.setText(self.tr("New check"))
        set_accessible(
            self.new_button, self.tr("New check"), self.tr("Forgets this check and starts a new one (Esc)")
        )
        if not self._complete:
            self._opening.setText(self.tr("Opening the recall catalog…"))
        set_accessible(
            self.catalog_label, self.tr("Catalog version"), self.tr("The recall catalog this counter checks")
        )
        set_accessible(
            self.stale_label,
            self.tr("Catalog age warning"),
            self.tr("Shown when the catalog is more than 30 days old"),
        )
        for act, text, tip in (
            (
                self.open_image_action,
                self.tr("Read barcode from i&mage…"),
                self.tr("Checks the barcode in a photo or a scan of a label"),
            ),
            (
                self.print_slip_action,
                self.tr("&Print slip…"),
                self.tr("The slip of this check for the customer"),
            ),
            (
                self.sweep_action,
                self.tr("S&weep inventory…"),
                self.tr("Checks a stock list from the store's system against the catalog"),
            ),
            (
                self.settings_action,
                self.tr("&Settings…"),
                self.tr("The station, language, appearance, store, printer, scanner and kiosk"),
            ),
            (self.sign_in_action, self.tr("Sign i&n…"), self.tr("Sign in with your clerk id and PIN")),
            (
                self.sign_out_action,
                self.tr("Sign &out"),
                self.tr("Nobody is signed in at this counter afterwards"),
            ),
            (
                self.import_action,
                self.tr("&Import recall data…"),
                self.tr("Updates the catalog from a CPSC or Health Canada file or a head-office bundle"),
            ),
            (
                self.review_action,
                self.tr("&Review imported findings…"),
                self.tr("What an import could not be sure of, to confirm, correct or reject"),
            ),
            (
                self.edit_catalog_action,
                self.tr("&Edit catalog…"),
                self.tr("Adds or changes a recall, its products, serial rule, questions and pictures"),
            ),
            (self.quit_action, self.tr("&Quit"), self.tr("Closes Recall Desk")),
            (
                self.log_action,
                self.tr("Check &log"),
                self.tr("Every check at this counter, with filters and export"),
            ),
            (self.new_action, self.tr("&New check"), self.tr("Forgets this check and starts a new one")),
            (self.help_action, self.tr("&Help"), self.tr("How to check a device at the counter")),
            (
                self.about_action,
                self.tr("&About Recall Desk"),
                self.tr("The version, the catalog and the database"),
            ),
        ):
            act.setText(text)
            act.setStatusTip(tip)
        for lang, act in self.language_actions.items():
            act.setStatusTip(
                self.tr("Shows the interface in {language} from now on").format(language=i18n.LANGUAGES[lang])
            )
        self.file_menu.setTitle(self.tr("&File"))
        self.catalog_menu.setTitle(self.tr("C&atalog"))
        self.check_menu.setTitle(self.tr("&Check"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("Lan&guage"))
        self.help_menu.setTitle(self.tr("&Help"))
        current = self.language_actions.get(i18n.current_language())
        if current is not None:
            current.setChecked(True)
        self._render_catalog_status()
        self._apply_roles()
        if self._body_built:
            self._retranslate_body()

    def _retranslate_body(self) -> None:
        set_accessible(
            self.table,
            self.tr("Matching recalls"),
            self.tr("Recalls that match what is typed; Enter or a click checks that model"),
        )
        set_accessible(
            self.product_scroll,
            self.tr("Product details"),
            self.tr("Pictures, labels, serial number and questions"),
        )

    def set_language(self, lang: str) -> bool:
        """View → Language: the interface in ``lang`` from now on (every open window follows at once),
        and at the next start.  Says so and stays in English when its translation cannot be loaded."""
        ok = i18n.set_language(lang)
        if ok:
            self.settings.language = lang
        else:
            self.statusBar().showMessage(
                self.tr("The {language} translation could not be loaded.").format(
                    language=i18n.LANGUAGES.get(lang, lang)
                ),
                15_000,
            )
        current = self.language_actions.get(i18n.current_language())
        if current is not None:
            current.setChecked(True)
        return ok

    def help_text(self) -> str:
        """F1's help, in the interface language."""
        return self.tr(
            "<h3>Recall Desk at the counter</h3>\n"
            "<ol>\n"
            "<li>Scan the barcode or type the model number printed on the device (or words of its name). "
            "A scan lands in the entry wherever you are.</li>\n"
            "<li>Press <b>Enter</b> to check. The pictures show where the model and serial labels sit.</li>\n"
            "<li>Answer what it asks: the serial number, the colour, a code inside the lid.</li>\n"
            "<li>Read the verdict out: <b>affected</b>, <b>not affected</b>, <b>check with the "
            'manufacturer</b>, or <b>no recall on file</b> as of the catalog date (never "safe").</li>\n'
            "</ol>\n"
            "<table>\n"
            "<tr><td><b>Enter</b></td><td>check</td></tr>\n"
            "<tr><td><b>Esc</b></td><td>new check</td></tr>\n"
            "<tr><td><b>Ctrl+O</b></td><td>read a barcode from a picture</td></tr>\n"
            "<tr><td><b>Ctrl+Shift+L</b></td><td>check log</td></tr>\n"
            "<tr><td><b>F1</b></td><td>this help</td></tr>\n"
            "<tr><td><b>Tab</b></td><td>next control</td></tr>\n"
            "</table>"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._style_warning()
        super().changeEvent(event)

    def _style_warning(self) -> None:
        """The catalog age warning in red that reads on the window's background (light or dark)."""
        warn = self.stale_label.palette()
        warn.setColor(QPalette.ColorRole.WindowText, warning_colour(self.palette()))
        self.stale_label.setPalette(warn)

    # -- status --

    def refresh_catalog_status(self) -> CatalogInfo:
        from ..core.model import CatalogInfo

        if self.catalog is None:
            return CatalogInfo("none", "unknown")
        self._info = self.catalog.info()
        self._render_catalog_status()
        return self._info

    def _render_catalog_status(self) -> None:
        info = self._info
        if info is None:
            self.catalog_label.setText("")
            self.stale_label.setText("")
            self.stale_label.setVisible(False)
            return
        from ..core.verdict import STALE_AFTER_DAYS
        from .views import local_number, plural

        recalls = plural(self.tr("{count} recalls", "", info.recalls), info.recalls, "{count} recall")
        models = plural(
            self.tr("{count} model numbers", "", info.models), info.models, "{count} model number"
        )
        more = self.tr("{recalls}, {models} · Station: {station}").format(
            recalls=recalls.format(count=local_number(info.recalls)),
            models=models.format(count=local_number(info.models)),
            station=self.settings.station,
        )
        self.catalog_label.setText(
            self.tr("Catalog {version}, published {published}").format(
                version=info.version, published=info.published
            )
        )
        self.catalog_label.setToolTip(more)
        self.catalog_label.setAccessibleDescription(more)
        from datetime import date

        age = info.age_days(self._today or date.today())
        stale = age is not None and age > STALE_AFTER_DAYS
        # An old catalog: the warning takes the catalog line's place (it names the catalog too).
        self.stale_label.setText(
            self.tr("Catalog {version} is {days} days old: import a newer one").format(
                version=info.version, days=local_number(age or 0)
            )
            if stale
            else ""
        )
        self.stale_label.setToolTip(self.catalog_label.text() + " · " + more if stale else "")
        self.stale_label.setVisible(stale)
        self.catalog_label.setVisible(not stale)

    # -- the check flow --

    def update_results(self) -> None:
        if self.catalog is None:
            return
        hits = self.catalog.search(self.entry.text(), limit=200)
        self.results.set_hits(hits)
        self.results_updated.emit(len(hits))

    def new_check(self) -> None:
        self.complete()
        self._query, self._serial, self._no_serial, self._answers = "", None, False, {}
        self.last_result = None
        self.last_log_id = None
        self.print_slip_action.setEnabled(False)
        self.entry.clear()
        if self._body_built:
            self.results.set_hits([])
            self.panel.clear()
        self.banner.show_ready(None if self.catalog is None else self.catalog.info())
        self.entry.setFocus()

    def check_entry(self) -> None:
        if self.catalog is None:  # still opening: checked as soon as it is ready
            self._pending_check = self.entry.text()
            return
        self._search_timer.stop()
        self.update_results()
        self.start_check(self.entry.text())

    def start_check(self, query: str) -> None:
        self._query, self._serial, self._no_serial, self._answers = query, None, False, {}
        self.build_body()
        self.panel.clear()
        self._run()

    def _run(self) -> None:
        if self.catalog is None or self.log is None:
            self._pending_check = self._query
            return
        result = self.catalog.check(
            self._query,
            serial=self._serial,
            no_serial=self._no_serial,
            answers=self._answers,
            today=self._today,
        )
        self.last_result = result
        self.last_log_id = None
        self.banner.show_result(result)
        self.panel.show_result(result)
        if result.outcome is not None:
            self.last_log_id = self.log.record(
                result,
                serial=self._serial if not self._no_serial else "(none printed)",
                answers=self._answers,
                station=self.settings.station,
                clerk=self.clerk.id if self.clerk else "",
            )
        self._update_slip_action()
        self.check_finished.emit(result)

    def _on_scan(self, code: str) -> None:
        if self.catalog is None:
            self._pending_check = code
            return
        self.update_results()
        self.start_check(code)

    def _on_result_activated(self, index: object) -> None:
        from .models import HIT_ROLE

        hit = self.table.model().data(index, HIT_ROLE)  # type: ignore[arg-type]
        if hit is None:
            return
        model = hit.matched or hit.models.split(", ")[0]
        self.entry.setText(model)
        self.start_check(model)

    def _on_serial(self, serial: str) -> None:
        self._serial, self._no_serial = serial, False
        self.panel.no_serial.blockSignals(True)
        self.panel.no_serial.setChecked(False)
        self.panel.no_serial.blockSignals(False)
        self._run()

    def _on_no_serial(self, checked: bool) -> None:
        self._no_serial = checked
        if checked:
            self._serial = None
        self._run()

    def _on_answer(self, key: str, value: str) -> None:
        if key == "model":
            self.entry.setText(value)
            self.start_check(value)
            return
        self._answers[key] = value
        self._run()

    # -- dialogs --

    def _zoom(self, picture: Picture) -> None:
        from .pictures import ZoomDialog

        title = self.panel.title.text() or self.tr("Picture")
        ZoomDialog(picture, title, self).exec()

    def open_image(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Read a barcode from a picture"),
            str(Path.home()),
            self.tr("Pictures ({patterns})").format(patterns="*.png *.jpg *.jpeg *.bmp *.gif *.webp"),
        )
        if name:
            self.check_image(Path(name))

    def check_image(self, path: Path) -> None:
        """Decode the barcodes in a picture and check the first; say so when there is none."""
        from PySide6.QtWidgets import QMessageBox

        from .barcode import ImageUnreadable, decode_image

        try:
            found = decode_image(path)
        except ImageUnreadable as exc:
            QMessageBox.warning(self, self.tr("Cannot read the picture"), str(exc))
            return
        if not found:
            QMessageBox.information(
                self,
                self.tr("No barcode found"),
                self.tr("No barcode was found in {file}. Try a sharper, closer photo.").format(
                    file=path.name
                ),
            )
            return
        first = found[0]
        self.entry.setText(first.text)
        self.check_entry()
        if len(found) > 1:
            others = ", ".join(f"{d.text} ({d.format})" for d in found[1:])
            self.statusBar().showMessage(
                self.tr("Checked {code}; the picture also holds {others}").format(
                    code=first.text, others=others
                ),
                15_000,
            )

    def _update_slip_action(self) -> None:
        from ..core.slip import unprintable_reason

        result = self.last_result
        ok = result is not None and self.last_log_id is not None and unprintable_reason(result) is None
        self.print_slip_action.setEnabled(ok)

    def slip_dialog(self) -> SlipDialog | None:
        """The print preview of the last check's slip (File → Print slip…, Ctrl+P), or None."""
        if not self.print_slip_action.isEnabled() or self.log is None:
            return None
        if self.last_result is None or self.last_log_id is None:
            return None
        from .slip_dialog import SlipDialog

        return SlipDialog(
            self.last_result,
            self.log,
            self.last_log_id,
            self.settings,
            self,
            serial=self._serial,
            no_serial=self._no_serial,
            answers=self._answers,
        )

    def print_slip(self) -> None:
        dialog = self.slip_dialog()
        if dialog is not None:
            dialog.exec()

    def settings_dialog(self) -> SettingsDialog | None:
        """File → Settings (a manager's, or anyone's on an open station), or None when not allowed."""
        if not self.refresh_roles():
            return None
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, clerks=self.clerks if self.open_station else None)
        dialog.manager_created.connect(self._first_manager_created)
        dialog.finished.connect(lambda _r: self._settings_closed())
        return dialog

    def open_settings(self) -> None:
        dialog = self.settings_dialog()
        if dialog is not None:
            dialog.exec()

    def _settings_closed(self) -> None:
        if self.log is not None:
            self.log.station = self.settings.station
        self.refresh_catalog_status()

    def _first_manager_created(self, clerk: Clerk) -> None:
        self.set_clerk(clerk)  # they just made themselves manager here: signed in

    # -- clerks and roles --

    def refresh_roles(self) -> bool:
        """Look again whether any clerk exists (another counter may have added one), update what
        the roles allow, and say whether manager functions are allowed now."""
        self.open_station = self.clerks is not None and not self.clerks.exist()
        self._apply_roles()
        return self.manager_allowed()

    def manager_allowed(self) -> bool:
        if self.clerks is None:
            return False  # still opening the catalog: who may do what is not known yet
        return self.open_station or (self.clerk is not None and self.clerk.is_manager)

    def role_name(self, role: str) -> str:
        """A clerk's role in the interface language."""
        return {"manager": self.tr("manager"), "clerk": self.tr("clerk")}.get(role, role)

    def manager_blocked_reason(self) -> str:
        if self.clerks is None:
            return self.tr("Opening the recall catalog…")
        if self.clerk is None:
            return self.tr("Needs a manager: sign in as a manager first (status bar: Sign in…)")
        return self.tr("Needs a manager: {clerk} is signed in as a {role}").format(
            clerk=self.clerk.label, role=self.role_name(self.clerk.role)
        )

    def _apply_roles(self) -> None:
        allowed = self.manager_allowed()
        reason = "" if allowed else self.manager_blocked_reason()
        for act in self.gated_actions:
            act.setEnabled(allowed)
            act.setToolTip(reason or act.text().replace("&", "").rstrip("…"))
        self.sign_in_action.setEnabled(self.clerks is not None and not self.open_station)
        self.sign_out_action.setEnabled(self.clerk is not None)
        button = self.clerk_button
        if self.clerk is not None:
            button.setText(
                self.tr("Signed in: {clerk}, {role}").format(
                    clerk=self.clerk.label, role=self.role_name(self.clerk.role)
                )
            )
            button.setToolTip(self.tr("Sign in as someone else (File → Sign out to sign out)"))
        elif self.open_station:
            button.setText(self.tr("Open station: no sign-in"))
            button.setToolTip(
                self.tr(
                    "No clerks are set up: every function is open to everyone until a manager is created "
                    "in File → Settings"
                )
            )
        else:
            button.setText(self.tr("Sign in…"))
            button.setToolTip(self.tr("Sign in with your clerk id and PIN"))
        set_accessible(button, button.text(), button.toolTip())
        button.setEnabled(self.clerks is not None)

    def _clerk_button_clicked(self) -> None:
        if self.open_station:
            self.open_settings()
        else:
            self.sign_in()

    def sign_in_dialog(self) -> SignInDialog | None:
        if self.clerks is None:
            return None
        from .signin import SignInDialog

        dialog = SignInDialog(self.clerks, self)
        dialog.signed_in.connect(self.set_clerk)
        return dialog

    def sign_in(self) -> None:
        dialog = self.sign_in_dialog()
        if dialog is not None:
            dialog.exec()

    def sign_out(self) -> None:
        self.set_clerk(None)

    def set_clerk(self, clerk: Clerk | None) -> None:
        """``clerk`` is now at the counter (None: nobody); checks and slips record them."""
        self.clerk = clerk
        if self.log is not None:
            self.log.clerk = clerk.id if clerk else ""
        self.refresh_roles()
        self.statusBar().showMessage(
            self.tr("Signed in: {clerk}").format(clerk=clerk.label) if clerk else self.tr("Signed out"), 5_000
        )
        self.clerk_changed.emit(clerk)

    # -- manager dialogs (File → Import recall data…, Catalog → …) --

    def import_recall_data(self) -> ImportDialog | None:
        if self.catalog is None or not self.refresh_roles():
            return None
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.catalog.engine, self)
        dialog.finished_import.connect(lambda _s: self.catalog_changed())
        self._open_manager_dialog(dialog)
        return dialog

    def sweep_inventory(self) -> SweepDialog | None:
        """File → Sweep inventory…: a stock list against the catalog (reads only: no sign-in needed)."""
        if self.catalog is None:
            return None
        from .sweep_dialog import SweepDialog

        dialog = SweepDialog(self.catalog, self)
        self._open_manager_dialog(dialog)
        return dialog

    def review_findings(self) -> ReviewDialog | None:
        if self.catalog is None or not self.refresh_roles():
            return None
        from .review_view import ReviewDialog

        dialog = ReviewDialog(self.catalog.engine, self)
        dialog.catalog_changed.connect(self.catalog_changed)
        self._open_manager_dialog(dialog)
        return dialog

    def edit_catalog(self) -> CatalogEditor | None:
        if self.catalog is None or not self.refresh_roles():
            return None
        from .catalog_editor import CatalogEditor

        dialog = CatalogEditor(self.catalog.engine, self)
        dialog.catalog_changed.connect(self.catalog_changed)
        self._open_manager_dialog(dialog)
        return dialog

    def _open_manager_dialog(self, dialog: QDialog) -> None:
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def catalog_changed(self) -> None:
        """An import, a review decision or an edit changed the catalog: refresh what shows it."""
        info = self.refresh_catalog_status()
        if self.last_result is None and self._complete:  # the idle banner names the catalog
            self.banner.show_ready(info)
        self.update_results()

    def check_log_dialog(self) -> CheckLogDialog | None:
        """View → Check log; its Export CSV… needs a manager (or an open station)."""
        if self.log is None:
            return None
        from .checklog_view import CheckLogDialog

        allowed = self.refresh_roles()
        return CheckLogDialog(
            self.log, self, export_allowed=allowed, export_blocked=self.manager_blocked_reason()
        )

    def show_check_log(self) -> None:
        dialog = self.check_log_dialog()
        if dialog is not None:
            dialog.exec()

    def show_help(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("Recall Desk help"), self.help_text())

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .. import __version__

        info = self.refresh_catalog_status()
        if self.catalog is not None:
            where = self.catalog.engine.url.render_as_string(hide_password=True)
        else:
            where = self.tr("still opening")
        QMessageBox.about(
            self,
            self.tr("About Recall Desk"),
            self.tr(
                "Recall Desk {version}\nCatalog {catalog}, published {published}\nDatabase: {database}"
            ).format(version=__version__, catalog=info.version, published=info.published, database=where),
        )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            self._body_built
            and obj is self.splitter
            and event.type() == QEvent.Type.Resize
            and not self._sized
        ):
            # The product view gets the larger share, until the clerk drags the divider.
            QTimer.singleShot(0, self._split)
        return super().eventFilter(obj, event)

    def _split(self) -> None:
        if not self._sized:
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([int(total * 0.38), total - int(total * 0.38)])

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if app is not None and self._complete:
            app.removeEventFilter(self.router)
        super().closeEvent(event)
