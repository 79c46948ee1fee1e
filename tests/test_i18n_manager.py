"""The store manager's dialogs in every language, and for everyone.

- The pseudo-locale (tests/i18n_check.py): the import dialog before, during (its progress) and after an
  import (the summary; a refused file; a cancelled import), the review list and its correction, the
  catalog editor on every section of a recall with a serial rule and a question, the hotspot editor
  with a picture, and the sweep dialog before and after a sweep with hits and unreadable rows: every
  visible text and accessible text is translated (only catalog data, file names and what was typed
  are exempt), and fits its widget at the dialog's default size, at the smallest size it allows, and
  at 1024x768 for the large windows.
- The real French and Spanish catalogs: switching fr -> es -> en while each dialog is open changes its
  texts at once, a summary and a table's headers already shown included.
- Access: every control has a translated accessible name and description.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from i18n_check import OPEN, clipped, untranslated
from recall_desk.catalog.editing import load_recall
from recall_desk.catalog.imports import import_file, save_edit
from recall_desk.catalog.picture_store import pictures_folder, store_picture
from recall_desk.catalog.service import Catalog
from recall_desk.core.model import CatalogFormatError, Hotspot, ModelNumber, Picture
from recall_desk.ui import i18n
from recall_desk.ui.catalog_editor import CatalogEditor, ProductForm
from recall_desk.ui.hotspot_editor import HotspotEditor
from recall_desk.ui.import_dialog import (
    ImportCancelledBox,
    ImportDialog,
    ImportRefusedDialog,
    ImportSummaryDialog,
)
from recall_desk.ui.review_view import CorrectDialog, ReviewDialog
from recall_desk.ui.sweep_dialog import SweepDialog

LARGE = QSize(1024, 768)

Data = Callable[[str], bool]


# --- what the tests feed the dialogs -------------------------------------------------------------------


def cpsc_record(number: str, published: str = "2025-09-18T00:00:00", **over: Any) -> dict[str, Any]:
    """A record shaped as the CPSC Recalls API saves it."""
    rec: dict[str, Any] = {
        "RecallID": 30000 + int(number[-3:]),
        "RecallNumber": number,
        "RecallDate": "2025-09-18T00:00:00",
        "LastPublishDate": published,
        "Title": "Volt Power Banks Recalled Due to Fire and Burn Hazards",
        "Description": "This recall involves Volt power banks with model numbers VP-100 and VP-200.",
        "URL": f"https://www.cpsc.gov/Recalls/2025/i18n-test-{number}",
        "ConsumerContact": "Volt toll-free at 800-555-0100 from 9 a.m. to 5 p.m. ET Monday through Friday",
        "Products": [{"Name": "Volt Power Banks", "Model": "", "NumberOfUnits": "About 10,000"}],
        "Manufacturers": [{"Name": "Volt Inc., of Ohio", "CompanyID": ""}],
        "Hazards": [{"Name": "The batteries can overheat, posing fire and burn hazards."}],
        "Remedies": [{"Name": "Stop using the power banks and contact Volt for a full refund."}],
        "RemedyOptions": [{"Option": "Refund"}],
        "ProductUPCs": [],
    }
    rec.update(over)
    return rec


VAGUE = {
    "Title": "PowerMax Chargers Recalled Due to Shock Hazard",
    "Products": [{"Name": "PowerMax Wall Chargers", "Model": ""}],
    "Manufacturers": [{"Name": "PowerMax Inc., of Chicago, Illinois"}],
    "Description": "This recall involves PowerMax wall chargers sold in 2024. PM2000 is printed on the back.",
}

STOCK = [
    ["SKU", "UPC", "Model", "Description", "Qty", "Location"],
    ["100", "", "A3102016", "Soundcore speaker black", "4", "A1"],
    ["101", "", "BPD005", "Belkin watch charger", "2", "A2"],
    ["102", "", "A1112", "Anker 321 power bank", "3", "B1"],
    ["105", "", "XYZ-99", "USB cable", "10", "C1"],
    ["106", "", "", "Anker 321 Power Bank (PowerCore 5K) grey", "2", "C2"],
    ["107", "", "", "", "3", "C3"],
    ["108", "", "A1112", "Anker power bank", "lots", "C4"],
    ["109", "", "A1647", "Anker power bank 15W"],
    ["111", "", "A1647", "Anker Power Bank", "", "D2"],
]


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def write_stock(path: Path) -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(STOCK)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def make_photo(path: Path) -> Path:
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#D0D4DA"))
    assert image.save(str(path))
    return path


# --- checking a window -----------------------------------------------------------------------------


def settle(window: QWidget) -> None:
    """Let the layouts take the new texts and sizes."""
    for _ in range(3):
        QApplication.processEvents()
    layout = window.layout()
    if layout is not None:
        layout.activate()
    QApplication.processEvents()


def data_texts(*texts: str) -> Data:
    """A predicate that claims exactly these texts (and a front part of one cut with "…") as data."""
    known = {t.strip() for t in texts if t.strip()}

    def claims(text: str) -> bool:
        if text in known:
            return True
        cut = text.rstrip("…").rstrip()
        return text.endswith("…") and len(cut) >= 3 and any(t.startswith(cut) for t in known)

    return claims


def no_data(_text: str) -> bool:
    return False


def fit_problems(window: QWidget, state: str, *, data: Data = no_data, large: bool = False) -> list[str]:
    """What is untranslated in ``window`` in this state, and what does not fit at its default size, at
    the smallest size it allows and (for a large window) at 1024x768."""
    settle(window)
    problems = [f"{state}: untranslated {text}" for text in untranslated(window, data)]
    default = window.size()
    sizes = [("default", default), ("smallest", QSize(1, 1))]
    if large:
        sizes.append(("1024x768", LARGE))
    for name, size in sizes:
        window.resize(size)
        settle(window)
        problems += [f"{state} at {name} {window.width()}x{window.height()}: {c}" for c in clipped(window)]
    window.resize(default)
    settle(window)
    return problems


# --- the dialogs, as a manager opens them ----------------------------------------------------------


@pytest.fixture
def shown(qtbot: QtBot) -> Iterator[Callable[[QWidget], QWidget]]:
    windows: list[QWidget] = []

    def show(window: QWidget) -> QWidget:
        if isinstance(window, CatalogEditor):
            window.confirm_discard = lambda: True  # never a modal question in a test
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield show
    for window in windows:
        window.close()


def summary_import(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path, dialog: ImportDialog
) -> ImportSummaryDialog:
    """An import whose summary has every kind of count: new, updated, unchanged, kept as edited, to
    review and skipped."""
    import_file(
        catalog.engine, write_json(tmp_path / "first.json", [cpsc_record("25901"), cpsc_record("25902")])
    )
    edited = load_recall(catalog.engine, "cpsc-25-466")
    assert edited is not None
    save_edit(catalog.engine, edited)
    records = [
        cpsc_record("25901"),
        cpsc_record("25902", published="2026-01-05T00:00:00"),
        cpsc_record("25903", **VAGUE),
        cpsc_record("25466", published="2026-01-05T00:00:00"),
        {"RecallNumber": "", "Title": "x"},
    ]
    dialog.path_edit.setText(str(write_json(tmp_path / "second.json", records)))
    dialog.skip_bad.setChecked(True)
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = dialog.result_dialog
    assert isinstance(summary, ImportSummaryDialog)
    s = summary.summary
    assert s.new and s.updated and s.unchanged and s.kept_edits and s.needs_review and s.skipped
    qtbot.waitExposed(summary)
    return summary


def review_dialog(
    qtbot: QtBot, catalog: Catalog, tmp_path: Path, show: Callable[[QWidget], QWidget]
) -> ReviewDialog:
    import_file(catalog.engine, write_json(tmp_path / "vague.json", [cpsc_record("25950", **VAGUE)]))
    dialog = ReviewDialog(catalog.engine)
    show(dialog)
    assert dialog.proxy.rowCount() > 0
    item = next(
        dialog.model.item(r) for r in range(dialog.model.rowCount()) if dialog.model.item(r).kind == "model"
    )
    assert dialog.select_item(item.id)
    return dialog


def editor_on_a_recall(catalog: Catalog, show: Callable[[QWidget], QWidget]) -> CatalogEditor:
    """The editor on the Soundcore speaker recall: a serial rule, a colour question, two pictures."""
    editor = CatalogEditor(catalog.engine)
    show(editor)
    assert editor.open_recall("cpsc-25-056")
    form = editor.current_product()
    assert form is not None and form.serial_rule() is not None and form.question_list()
    return editor


def swept(qtbot: QtBot, catalog: Catalog, tmp_path: Path, dialog: SweepDialog) -> None:
    dialog.path_edit.setText(str(write_stock(tmp_path / "stock.csv")))
    with qtbot.waitSignal(dialog.finished_sweep, timeout=30_000):
        qtbot.mouseClick(dialog.sweep_button, Qt.MouseButton.LeftButton)
    assert dialog.report is not None and dialog.report.hits and dialog.report.problems


# --- the pseudo-locale: translated and fitting ------------------------------------------------------


def test_the_import_dialog_before_during_and_after_an_import(
    qtbot: QtBot, pseudo_locale: None, catalog: Catalog, tmp_path: Path, shown: Callable[[QWidget], QWidget]
) -> None:
    dialog = ImportDialog(catalog.engine, start_folder=tmp_path)
    shown(dialog)
    problems = fit_problems(dialog, "before")
    dialog.path_edit.setText(str(tmp_path / "recalls.json"))
    problems += fit_problems(dialog, "file chosen")

    # During: each progress step is checked while it is on screen (the import waits for it).
    many = write_json(tmp_path / "many.json", [cpsc_record(f"25{i:03d}") for i in range(460)])
    steps: list[str] = []

    def at_step(done: int, total: int) -> None:
        progress = dialog.progress_dialog
        assert progress is not None and progress.isVisible()
        steps.append(progress.labelText())
        problems.extend(fit_problems(progress, f"progress {done}/{total}"))
        problems.extend(f"import dialog while importing: {t}" for t in untranslated(dialog))

    dialog.progressed.connect(at_step)
    dialog.path_edit.setText(str(many))
    with qtbot.waitSignal(dialog.finished_import, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.progressed.disconnect(at_step)
    assert len(steps) >= 2 and all(step.startswith(OPEN) for step in steps), steps
    assert isinstance(dialog.result_dialog, ImportSummaryDialog)
    dialog.result_dialog.accept()

    summary = summary_import(qtbot, catalog, tmp_path, dialog)
    problems += fit_problems(summary, "summary")
    problems += fit_problems(dialog, "after")
    assert OPEN in dialog.note.text() and "second.json" in dialog.note.text()
    assert all(OPEN in label.text() for label in summary.count_labels.values())
    assert summary.details is not None and OPEN in summary.details.toPlainText()
    assert not problems, "\n".join(problems)


def test_a_refused_file_and_a_cancelled_import(
    qtbot: QtBot, pseudo_locale: None, catalog: Catalog, tmp_path: Path, shown: Callable[[QWidget], QWidget]
) -> None:
    dialog = ImportDialog(catalog.engine, start_folder=tmp_path)
    shown(dialog)
    bad = write_json(tmp_path / "mixed.json", [cpsc_record("25911"), {"RecallNumber": "", "Title": "x"}])
    dialog.path_edit.setText(str(bad))
    with qtbot.waitSignal(dialog.failed, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    refused = dialog.result_dialog
    assert isinstance(refused, ImportRefusedDialog)
    qtbot.waitExposed(refused)
    problems = fit_problems(refused, "refused")
    problems += fit_problems(dialog, "after a refusal")
    refused.reject()

    many = write_json(tmp_path / "many.json", [cpsc_record(f"25{i:03d}") for i in range(460)])
    dialog.path_edit.setText(str(many))
    dialog.progressed.connect(lambda _done, _total: dialog.cancel())
    with qtbot.waitSignal(dialog.cancelled, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    box = dialog.result_dialog
    assert isinstance(box, ImportCancelledBox)
    qtbot.waitExposed(box)
    problems += fit_problems(box, "cancelled")
    problems += fit_problems(dialog, "after cancelling")
    assert not problems, "\n".join(problems)


def test_the_review_list_and_a_correction(
    qtbot: QtBot, pseudo_locale: None, catalog: Catalog, tmp_path: Path, shown: Callable[[QWidget], QWidget]
) -> None:
    dialog = review_dialog(qtbot, catalog, tmp_path, shown)
    problems = fit_problems(dialog, "review list", large=True)
    assert OPEN in dialog.detail.toPlainText() and OPEN in dialog.count.text()
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    correct = dialog.correct_dialog
    assert isinstance(correct, CorrectDialog)
    qtbot.waitExposed(correct)
    # The recall key, the product's name and the notice's sentence are the catalog's, inside a
    # translated frame; what the manager types is data.
    problems += fit_problems(correct, "correcting")
    correct.editor.setText("--")  # type: ignore[union-attr]
    with pytest.raises(CatalogFormatError) as core:  # the catalog's own check, in its words (data)
        ModelNumber.from_dict("model number", "--")
    assert correct.feedback.text() == str(core.value)
    problems += fit_problems(correct, "a wrong correction", data=data_texts(str(core.value)))
    correct.reject()
    with qtbot.waitSignal(dialog.decided, timeout=5_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert OPEN in dialog.message.text()
    problems += fit_problems(dialog, "after confirming", large=True)
    dialog.status_box.setCurrentIndex(dialog.status_box.findData(""))
    problems += fit_problems(dialog, "all findings", large=True)
    assert not problems, "\n".join(problems)


def test_the_catalog_editor_on_every_section(
    qtbot: QtBot, pseudo_locale: None, catalog: Catalog, shown: Callable[[QWidget], QWidget]
) -> None:
    editor = CatalogEditor(catalog.engine)
    shown(editor)
    problems = fit_problems(editor, "nothing chosen", large=True)
    assert editor.open_recall("cpsc-25-056")
    recall = load_recall(catalog.engine, "cpsc-25-056")
    assert recall is not None
    form = editor.current_product()
    assert isinstance(form, ProductForm)
    assert form.serial_rule() is not None and form.question_list()
    views = [p.view for product in recall.products for p in product.pictures]
    titles = [editor.product_box.itemText(i) for i in range(editor.product_box.count())]
    data = data_texts(recall.title, *titles, *views)
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        problems += fit_problems(editor, f"recall tab {tab}", data=data, large=True)
    for tab in range(form.tabs.count()):
        form.tabs.setCurrentIndex(tab)
        problems += fit_problems(editor, f"product tab {tab}", data=data, large=True)
    form.picture_box.setCurrentIndex(form.picture_box.findText("bottom"))
    assert form.hotspots.model.rowCount() == 2  # the picture shown has its labels marked
    form.hotspots.select(0)
    problems += fit_problems(editor, "a picture with its labels marked", data=data, large=True)
    assert OPEN in form.rule_check.text() and OPEN in form.questions_check.text()
    # A change not saved, a problem, a new recall.
    form.rule.setPlainText('{"length": 14,')
    editor.hazard.setPlainText("Typed by the manager.")
    assert not editor.save()
    assert editor.dirty and OPEN in editor.message.text() and OPEN in editor.subheading.full_text()
    problems += fit_problems(editor, "not saved", data=data_texts(recall.title, *titles, *views), large=True)
    assert editor.new_recall()
    problems += fit_problems(editor, "new recall", large=True)
    assert not problems, "\n".join(problems)


def test_the_hotspot_editor_with_a_picture(
    qtbot: QtBot, pseudo_locale: None, catalog: Catalog, tmp_path: Path, shown: Callable[[QWidget], QWidget]
) -> None:
    folder = pictures_folder(catalog.engine)
    file = store_picture(folder, make_photo(tmp_path / "label.png").read_bytes(), "png")
    from recall_desk.ui.pictures import set_picture_folder

    set_picture_folder(folder)
    editor = HotspotEditor()
    shown(editor)
    problems = fit_problems(editor, "no picture")
    spots = (Hotspot("model", 0.1, 0.1, 0.3, 0.1, "Model: A1647"), Hotspot("serial", 0.5, 0.6, 0.3, 0.1))
    editor.set_picture(Picture("label", file, None, spots))
    editor.select(1)
    problems += fit_problems(editor, "a picture with two boxes", data=data_texts("Model: A1647"))
    assert editor.model.index(0, 0).data().startswith(OPEN)
    assert OPEN in str(editor.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))
    editor.set_picture(Picture("gone", "store/" + "0" * 64 + ".png", None, spots))
    assert OPEN in editor.hint.text()
    problems += fit_problems(editor, "a picture that cannot be shown", data=data_texts("Model: A1647"))
    assert not problems, "\n".join(problems)


def test_the_sweep_dialog_before_and_after_a_sweep(
    qtbot: QtBot, pseudo_locale: None, catalog: Catalog, tmp_path: Path, shown: Callable[[QWidget], QWidget]
) -> None:
    dialog = SweepDialog(catalog, start_folder=tmp_path)
    shown(dialog)
    problems = fit_problems(dialog, "before", large=True)
    swept(qtbot, catalog, tmp_path, dialog)
    assert dialog.summary.text().startswith(OPEN)
    assert all(OPEN in dialog.tabs.tabText(i) for i in range(dialog.tabs.count()))
    assert all(OPEN in str(dialog.proxy.index(r, 8).data()) for r in range(dialog.proxy.rowCount()))
    problems += fit_problems(dialog, "hits", large=True)
    dialog.tabs.setCurrentIndex(1)
    problems += fit_problems(dialog, "rows not read", large=True)
    assert dialog.save_hits(tmp_path / "hits.csv") == len(dialog.report.hits)  # type: ignore[union-attr]
    problems += fit_problems(dialog, "saved", large=True)
    assert not problems, "\n".join(problems)


# --- access: a translated name and description on every control ------------------------------------

CONTROLS = (
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QGraphicsView,
    QTabWidget,
    QProgressBar,
)
INNER = (QAbstractSpinBox, QComboBox, QAbstractItemView, QLineEdit, QTabBar)
"""Controls inside these are their parts (a spin box's line edit, a table's header, a clear button)."""


def unnamed_controls(root: QWidget, at_least: int = 1) -> list[str]:
    """Every control under ``root`` (shown or not) that lacks a translated accessible name or
    description; there must be ``at_least`` controls."""
    missing = []
    seen = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or isinstance(widget, QTabBar):
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not root:
            inner = inner or isinstance(parent, INNER)
            parent = parent.parentWidget()
        if inner:
            continue
        seen += 1
        what = f"{type(widget).__name__} {widget.objectName() or widget.property('text') or ''}".strip()
        name, description = widget.accessibleName(), widget.accessibleDescription()
        if OPEN not in name:
            missing.append(f"{what}: accessible name {name!r}")
        if OPEN not in description:
            missing.append(f"{what}: accessible description {description!r}")
    assert seen >= at_least, f"{type(root).__name__}: {seen} controls, expected {at_least} or more"
    return missing


def test_every_control_has_a_translated_accessible_name_and_description(
    qtbot: QtBot, pseudo_locale: None, catalog: Catalog, tmp_path: Path, shown: Callable[[QWidget], QWidget]
) -> None:
    missing: list[str] = []
    importer = ImportDialog(catalog.engine, start_folder=tmp_path)
    shown(importer)
    many = write_json(tmp_path / "many.json", [cpsc_record(f"25{i:03d}") for i in range(460)])
    importer.path_edit.setText(str(many))

    def during(_done: int, _total: int) -> None:
        assert importer.progress_dialog is not None
        missing.extend(f"import progress: {m}" for m in unnamed_controls(importer.progress_dialog, 2))

    importer.progressed.connect(during)
    with qtbot.waitSignal(importer.finished_import, timeout=60_000):
        qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    importer.progressed.disconnect(during)
    summary = summary_import(qtbot, catalog, tmp_path, importer)
    missing += [f"import summary: {m}" for m in unnamed_controls(summary, 2)]
    missing += [f"import dialog: {m}" for m in unnamed_controls(importer, 6)]
    refused = ImportRefusedDialog("x.json: refused", ["record 1: no RecallNumber"])
    shown(refused)
    missing += [f"import refused: {m}" for m in unnamed_controls(refused)]
    box = ImportCancelledBox()
    shown(box)
    missing += [f"import cancelled: {m}" for m in unnamed_controls(box)]

    review = review_dialog(qtbot, catalog, tmp_path, shown)
    missing += [f"review: {m}" for m in unnamed_controls(review, 8)]
    qtbot.mouseClick(review.correct_button, Qt.MouseButton.LeftButton)
    missing += [f"correct: {m}" for m in unnamed_controls(review.correct_dialog, 3)]

    editor = editor_on_a_recall(catalog, shown)
    editor.add_product({"brand": "", "name": "", "models": []})
    missing += [f"editor: {m}" for m in unnamed_controls(editor, 80)]

    sweep = SweepDialog(catalog, start_folder=tmp_path)
    shown(sweep)
    swept(qtbot, catalog, tmp_path, sweep)
    missing += [f"sweep: {m}" for m in unnamed_controls(sweep, 10)]
    assert not missing, "\n".join(missing)


# --- the real catalogs: switching while the dialogs are open ----------------------------------------


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


def switch(qtbot: QtBot, lang: str, window: QWidget, title: str) -> None:
    assert i18n.set_language(lang)
    qtbot.waitUntil(lambda: window.windowTitle() == title, timeout=5_000)
    settle(window)


def header(view: QAbstractItemView, column: int) -> str:
    return str(view.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))


def test_switching_languages_with_the_import_dialog_and_its_summary_open(
    qtbot: QtBot,
    translations: None,
    english_afterwards: None,
    catalog: Catalog,
    tmp_path: Path,
    shown: Callable[[QWidget], QWidget],
) -> None:
    dialog = ImportDialog(catalog.engine, start_folder=tmp_path)
    shown(dialog)
    summary = summary_import(qtbot, catalog, tmp_path, dialog)
    english = (summary.count_labels["new"].text(), summary.headline.text(), dialog.intro.text())
    assert english[0] == "New recalls:" and dialog.note.text() == "Imported second.json."

    switch(qtbot, "fr", summary, "Importation terminée")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Importer des données de rappel", timeout=5_000)
    assert summary.count_labels["new"].text() == "Nouveaux rappels\u00a0:"
    assert summary.headline.text() == "second.json a été importé (CPSC)."
    assert dialog.note.text() == "second.json importé."
    assert dialog.import_button.text() == "&Importer" and dialog.close_button.text() == "Fermer"
    assert dialog.format_box.itemText(0) == "Détecter d’après le fichier"
    assert summary.details is not None and "Nouveaux : cpsc-25-903" in summary.details.toPlainText()

    switch(qtbot, "es", summary, "Importación terminada")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Importar datos de retiros", timeout=5_000)
    assert summary.count_labels["new"].text() == "Retiros nuevos:"
    assert dialog.note.text() == "Se importó second.json."
    assert dialog.format_box.itemText(0) == "Detectar a partir del archivo"

    switch(qtbot, "en", summary, "Import finished")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Import recall data", timeout=5_000)
    assert (summary.count_labels["new"].text(), summary.headline.text(), dialog.intro.text()) == english
    assert dialog.note.text() == "Imported second.json."


def test_switching_languages_with_the_review_list_open(
    qtbot: QtBot,
    translations: None,
    english_afterwards: None,
    catalog: Catalog,
    tmp_path: Path,
    shown: Callable[[QWidget], QWidget],
) -> None:
    dialog = review_dialog(qtbot, catalog, tmp_path, shown)
    assert header(dialog.table, 3) == "Confidence" and dialog.status_box.itemText(0) == "Pending"
    row = dialog.table.selectionModel().selectedRows()[0].row()
    assert dialog.proxy.index(row, 6).data() == "pending"
    switch(qtbot, "fr", dialog, "Vérifier les résultats importés")
    assert header(dialog.table, 3) == "Confiance" and dialog.status_box.itemText(0) == "En attente"
    assert dialog.proxy.index(row, 6).data() == "en attente"
    assert (
        "Pourquoi le vérifier :" in dialog.detail.toPlainText()
    )  # plain text: no-break spaces read as spaces
    switch(qtbot, "es", dialog, "Revisar los hallazgos importados")
    assert header(dialog.table, 3) == "Confianza" and dialog.status_box.itemText(0) == "Pendientes"
    assert dialog.proxy.index(row, 6).data() == "pendiente"
    switch(qtbot, "en", dialog, "Review imported findings")
    assert header(dialog.table, 3) == "Confidence" and dialog.proxy.index(row, 6).data() == "pending"
    assert "Why it needs review:" in dialog.detail.toPlainText()


def test_switching_languages_with_the_catalog_editor_open(
    qtbot: QtBot,
    translations: None,
    english_afterwards: None,
    catalog: Catalog,
    shown: Callable[[QWidget], QWidget],
) -> None:
    editor = editor_on_a_recall(catalog, shown)
    form = editor.current_product()
    assert form is not None
    editor.hazard.setPlainText("Typed by the manager.")
    assert editor.windowTitle() == "Edit catalog *" and editor.subheading.full_text().endswith("not saved")
    switch(qtbot, "fr", editor, "Modifier le catalogue *")
    assert editor.tabs.tabText(1) == "Recours && &contact"
    assert editor.subheading.full_text().endswith("non enregistré")
    assert form.tabs.tabText(1) == "Règle de série && questions"
    assert form.hotspots.kind.itemText(0) == "Étiquette du modèle"
    assert form.rule_check.text() == "La règle est valide."
    assert header(editor.table, 2) == "Titre"
    switch(qtbot, "es", editor, "Editar el catálogo *")
    assert form.hotspots.kind.itemText(1) == "Etiqueta del número de serie"
    assert editor.save_button.text() == "&Guardar"
    switch(qtbot, "en", editor, "Edit catalog *")
    assert form.rule_check.text() == "The rule reads correctly." and editor.save_button.text() == "&Save"


def test_switching_languages_with_the_sweep_results_open(
    qtbot: QtBot,
    translations: None,
    english_afterwards: None,
    catalog: Catalog,
    tmp_path: Path,
    shown: Callable[[QWidget], QWidget],
) -> None:
    dialog = SweepDialog(catalog, start_folder=tmp_path)
    shown(dialog)
    swept(qtbot, catalog, tmp_path, dialog)
    report = dialog.report
    assert report is not None
    english = dialog.summary.text()
    hits = len(report.hits)
    assert dialog.tabs.tabText(0) == f"&Hits ({hits})" and header(dialog.table, 9) == "Why"
    switch(qtbot, "fr", dialog, "Vérifier l’inventaire")
    assert dialog.tabs.tabText(0) == f"&Correspondances ({hits})"
    assert header(dialog.table, 9) == "Motif" and header(dialog.problems_table, 1) == "Vérifiée"
    assert "correspondances dans" in dialog.summary.text() and "retirer" in dialog.summary.text()
    switch(qtbot, "es", dialog, "Revisar el inventario")
    assert dialog.tabs.tabText(0) == f"&Coincidencias ({hits})" and header(dialog.table, 9) == "Motivo"
    assert "coincidencias en" in dialog.summary.text()
    switch(qtbot, "en", dialog, "Sweep inventory")
    assert dialog.summary.text() == english and header(dialog.table, 9) == "Why"


# --- screenshots under Xvfb, for people to look at ---------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "build" / "screenshots"
SHOT_NAMES = (
    "import-summary",
    "catalog-editor-recall",
    "catalog-editor-product",
    "catalog-editor-pictures",
    "sweep-results",
)


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    import os
    import shutil
    import subprocess
    import time

    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is not installed: bash packaging/system-deps.sh --test")
    number = 190 + os.getpid() % 100
    proc = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"Xvfb did not start on :{number}")
        time.sleep(0.05)
    yield f":{number}"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_screenshots_of_the_manager_dialogs_under_xvfb(
    display: str, translations: None, tmp_path: Path, lang: str
) -> None:
    import os
    import subprocess
    import sys

    for name in SHOT_NAMES:
        (SHOTS / f"manager-{lang}-{name}.png").unlink(missing_ok=True)
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "RECALL_DESK_SETTINGS": str(tmp_path / "settings.ini"),
    }
    env.pop("RECALL_DESK_DB", None)
    proc = subprocess.run(
        [sys.executable, __file__, "--out", str(SHOTS), "--work", str(tmp_path), "--lang", lang],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for name in SHOT_NAMES:
        image = QImage(str(SHOTS / f"manager-{lang}-{name}.png"))
        assert not image.isNull() and image.width() >= 600, name


def take_screenshots(out: Path, work: Path, lang: str) -> None:
    """Open the dialogs in ``lang`` on a real display and save what the screen shows."""
    from PySide6.QtCore import QEventLoop, QTimer

    app = QApplication.instance() or QApplication(["recall-desk"])
    assert i18n.set_language(lang), f"no {lang} catalogs: python packaging/i18n.py release"
    catalog = Catalog.open(work / "catalog.sqlite3")
    out.mkdir(parents=True, exist_ok=True)

    def wait(ms: int = 250) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(window: QWidget, name: str) -> None:
        window.raise_()
        window.activateWindow()
        wait()
        frame = window.frameGeometry()
        pixmap = window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        path = out / f"manager-{lang}-{name}.png"
        if not pixmap.save(str(path)):
            raise SystemExit(f"could not save {path}")
        print(path)

    def until(signal: Any) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()

    # File → Import recall data…, and its summary.
    importer = ImportDialog(catalog.engine, start_folder=work)
    importer.move(0, 0)
    importer.show()
    import_file(catalog.engine, write_json(work / "first.json", [cpsc_record("25901"), cpsc_record("25902")]))
    edited = load_recall(catalog.engine, "cpsc-25-466")
    assert edited is not None
    save_edit(catalog.engine, edited)
    records = [
        cpsc_record("25901"),
        cpsc_record("25902", published="2026-01-05T00:00:00"),
        cpsc_record("25903", **VAGUE),
        cpsc_record("25466", published="2026-01-05T00:00:00"),
        {"RecallNumber": "", "Title": "x"},
    ]
    importer.path_edit.setText(str(write_json(work / "recalls-2026-01.json", records)))
    importer.skip_bad.setChecked(True)
    importer.start()
    until(importer.finished_import)
    summary = importer.result_dialog
    assert summary is not None
    summary.move(40, 40)
    shot(summary, "import-summary")
    summary.accept()
    importer.close()

    # Catalog → Edit catalog…, on a recall with a serial rule and a question.
    editor = CatalogEditor(catalog.engine)
    editor.setGeometry(0, 0, 1024, 768)
    editor.show()
    assert editor.open_recall("cpsc-25-056")
    shot(editor, "catalog-editor-recall")
    editor.tabs.setCurrentIndex(2)
    form = editor.current_product()
    assert form is not None
    form.tabs.setCurrentIndex(1)
    shot(editor, "catalog-editor-product")
    form.tabs.setCurrentIndex(2)
    form.picture_box.setCurrentIndex(form.picture_box.findText("bottom"))
    form.hotspots.select(0)
    shot(editor, "catalog-editor-pictures")
    editor.close()

    # File → Sweep inventory…, with hits and rows not read.
    sweep = SweepDialog(catalog, start_folder=work)
    sweep.setGeometry(0, 0, 1024, 768)
    sweep.show()
    sweep.path_edit.setText(str(write_stock(work / "stock.csv")))
    sweep.start()
    until(sweep.finished_sweep)
    shot(sweep, "sweep-results")
    sweep.close()
    catalog.close()
    app.processEvents()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Screenshots of the manager's dialogs (run under Xvfb).")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--lang", default="en", choices=["en", "fr", "es"])
    arguments = parser.parse_args()
    take_screenshots(arguments.out, arguments.work, arguments.lang)
