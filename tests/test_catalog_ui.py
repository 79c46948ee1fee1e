"""The manager's catalog windows, driven as a manager drives them (pytest-qt, real widgets, real SQLite).

Import recall data (off the window's thread, cancellable, a summary or the refusal), the review
list of what imports read from the notices, and the catalog editor with photos and label boxes.
"""

from __future__ import annotations

import hashlib
import json
import resource
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recall_desk.catalog import review
from recall_desk.catalog.editing import load_recall, recall_entries
from recall_desk.catalog.importers import ImportRefused, read_file
from recall_desk.catalog.picture_store import MAX_PICTURE_BYTES, pictures_folder, store_picture, stored_path
from recall_desk.catalog.service import Catalog
from recall_desk.catalog.tables import RECALL_T, REVIEW_T
from recall_desk.core.model import Hotspot, Picture
from recall_desk.ui.catalog_editor import CatalogEditor, ProductForm, RecallListModel
from recall_desk.ui.hotspot_editor import HotspotModel
from recall_desk.ui.import_dialog import (
    CANCELLED_TEXT,
    ImportDialog,
    ImportRefusedDialog,
    ImportSummaryDialog,
)
from recall_desk.ui.main_window import MainWindow
from recall_desk.ui.pictures import build_scene, picture_path
from recall_desk.ui.review_view import CorrectDialog, ReviewDialog, ReviewModel
from recall_desk.ui.settings import AppSettings

TODAY = date(2026, 11, 23)
SHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots"


def cpsc_record(number: str, published: str = "2025-09-18T00:00:00", **over: Any) -> dict[str, Any]:
    """A record shaped as the CPSC Recalls API saves it (its facts those of recall 25-466)."""
    rec: dict[str, Any] = {
        "RecallID": 20000 + int(number[-3:]),
        "RecallNumber": number,
        "RecallDate": "2025-09-18T00:00:00",
        "LastPublishDate": published,
        "Title": "Anker Power Banks Recalled Due to Fire and Burn Hazards",
        "Description": (
            "This recall involves Anker power banks with model numbers A1257, A1647, A1652, A1681 and "
            "A1689. The model number is printed on the back or side."
        ),
        "URL": f"https://www.cpsc.gov/Recalls/2025/ui-test-{number}",
        "ConsumerContact": "Anker toll-free at 800-988-7973 from 9 a.m. to 5 p.m. PT Monday through Friday",
        "Products": [{"Name": "Anker Power Banks", "Model": "", "NumberOfUnits": "About 481,000"}],
        "Manufacturers": [{"Name": "Anker Innovations Limited, of China", "CompanyID": ""}],
        "Hazards": [{"Name": "The lithium-ion batteries can overheat, posing fire and burn hazards."}],
        "Remedies": [{"Name": "Stop using the power banks and contact Anker for a full refund."}],
        "RemedyOptions": [{"Option": "Refund"}],
        "ProductUPCs": [],
    }
    rec.update(over)
    return rec


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def snapshot(db: Path) -> dict[str, list[str]]:
    """Every row of the catalog's tables (and the check log), to compare before and after."""
    with sqlite3.connect(db) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: sorted(map(repr, con.execute(f'SELECT * FROM "{t}"').fetchall()))
            for t in tables
            if not t.startswith("search_fts_")
        }


def check_accessible(dialog: QWidget) -> None:
    """Every control a keyboard can reach has an accessible name, and Tab reaches it."""
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractItemView, QAbstractSpinBox)
    missing = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, kinds):
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not dialog:
            if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView | QLineEdit | QTabBar):
                inner = True  # a spin box's line edit, a table's corner button, a clear button
            parent = parent.parentWidget()
        if inner or type(widget).__name__ in ("QTabBar", "QScrollBar"):
            continue
        if not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName() or widget.property('text')}")
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, type(widget).__name__
    assert missing == []


@pytest.fixture
def window(qtbot: QtBot, catalog: Catalog, settings_file: Path) -> Iterator[MainWindow]:
    win = MainWindow(catalog, AppSettings(), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def open_import(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    dialog = window.import_recall_data()
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    return dialog


def run_import(qtbot: QtBot, dialog: ImportDialog, path: Path, signal: str = "finished_import") -> Any:
    dialog.path_edit.setText(str(path))
    with qtbot.waitSignal(getattr(dialog, signal), timeout=30_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return blocker.args[0] if blocker.args else None


# --- File → Import recall data… --------------------------------------------------------------------


def test_the_import_menu_entry_opens_the_import_dialog(qtbot: QtBot, window: MainWindow) -> None:
    actions = {a.text(): a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()}
    assert actions["&Import recall data…"].shortcut().toString() == "Ctrl+I"
    assert "&Review imported findings…" in actions and "&Edit catalog…" in actions
    assert window.manager_actions == [window.import_action, window.review_action, window.edit_catalog_action]
    window.import_action.trigger()
    dialog = window.findChild(ImportDialog)
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    check_accessible(dialog)
    dialog.close()


def test_a_cpsc_file_is_imported_off_the_window_thread_with_a_summary(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    file = write_json(tmp_path / "recalls.json", [cpsc_record("25901"), cpsc_record("25902")])
    before = window.catalog_label.text()
    dialog = open_import(qtbot, window)
    with qtbot.waitSignal(window.results_updated, timeout=30_000):
        summary = run_import(qtbot, dialog, file)
    assert summary.new == ["cpsc-25-901", "cpsc-25-902"]
    shown = dialog.result_dialog
    assert isinstance(shown, ImportSummaryDialog) and shown.isVisible()
    assert shown.counts["new"].text() == "2"
    assert shown.counts["updated"].text() == "0"
    assert shown.counts["kept_edits"].text() == "0"
    assert shown.counts["needs_review"].text().startswith(str(summary.needs_review))
    assert "cpsc-25-901" in (shown.details.toPlainText() if shown.details else "")
    check_accessible(shown)
    # The window shows the new catalog at once: status bar and results.
    assert window.catalog_label.text() != before
    assert summary.version in window.catalog_label.text()
    assert window.banner.details.text() == f"Catalog {summary.version}, published {summary.published}"
    assert window.catalog is not None
    numbers = {m.recall.number for m in window.catalog.check("A1681").matches}
    assert {"25-901", "25-902"} <= numbers
    SHOTS.mkdir(parents=True, exist_ok=True)
    shown.grab().save(str(SHOTS / "catalog-import-summary.png"))
    shown.accept()
    # Imported again: nothing new, all unchanged.
    again = run_import(qtbot, dialog, file)
    assert again.unchanged == ["cpsc-25-901", "cpsc-25-902"] and not again.new


def test_a_big_file_is_read_by_worker_processes_started_from_the_import_thread(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from recall_desk.catalog.importers import pool
    from recall_desk.catalog.importers.pool import PARALLEL_MIN

    if pool.default_workers() < 2:
        pytest.skip("one processor: no worker processes")
    from test_import_pool import cpsc_records

    records = [
        r for r in cpsc_records(PARALLEL_MIN + 50, seed=11) if isinstance(r, dict) and r.get("RecallNumber")
    ]
    records = [r for r in records[:-1] if r.get("RecallID")]  # no duplicate, no API error record
    file = write_json(tmp_path / "history.json", records)
    assert file.stat().st_size >= 1_000_000  # big enough for workers (imports._POOL_BYTES)
    dialog = open_import(qtbot, window)
    dialog.path_edit.setText(str(file))
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    with qtbot.waitSignal(dialog.finished_import, timeout=120_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    summary = blocker.args[0]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert after.ru_utime - children.ru_utime > 0.5  # the records were read by worker processes
    assert len(summary.new) == len(records) and not summary.skipped
    assert window.catalog is not None
    assert window.catalog.info().recalls == len(records) + 9  # and the seed's nine
    dialog.result_dialog.accept()


def test_a_head_office_bundle_is_taken_through_the_same_dialog(
    qtbot: QtBot, window: MainWindow, catalog: Catalog, tmp_path: Path
) -> None:
    from recall_desk.catalog.bundle import export_bundle

    bundle = tmp_path / "hq.rdbundle"
    export_bundle(catalog.engine, bundle, version="hq.7", published="2026-12-01")
    dialog = open_import(qtbot, window)
    summary = run_import(qtbot, dialog, bundle)
    assert summary.format == "bundle" and summary.version == "hq.7"
    assert "hq.7" in window.catalog_label.text()


def test_cancelling_an_import_at_its_first_step_changes_nothing(
    qtbot: QtBot, window: MainWindow, db_path: Path, tmp_path: Path
) -> None:
    file = write_json(tmp_path / "many.json", [cpsc_record(f"25{i:03d}") for i in range(460)])
    before = snapshot(db_path)
    dialog = open_import(qtbot, window)
    steps: list[tuple[int, int]] = []

    def cancel_at_first(done: int, total: int) -> None:
        steps.append((done, total))
        assert dialog.progress_dialog is not None and dialog.progress_dialog.isVisible()
        cancel = dialog.progress_dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    dialog.progressed.connect(cancel_at_first)
    run_import(qtbot, dialog, file, signal="cancelled")
    assert steps == [(200, 460)]
    assert snapshot(db_path) == before
    box = dialog.result_dialog
    assert (
        isinstance(box, QMessageBox)
        and box.text() == CANCELLED_TEXT == "Import cancelled; nothing was changed."
    )
    assert dialog.note.text() == CANCELLED_TEXT
    assert dialog.progress_dialog is None and not dialog.running
    assert dialog.import_button.isEnabled()


def test_a_file_with_bad_records_is_refused_naming_each_then_imported_skipping_them(
    qtbot: QtBot, window: MainWindow, db_path: Path, tmp_path: Path
) -> None:
    records = [cpsc_record("25911"), {"RecallNumber": "", "Title": "x"}, cpsc_record("25912"), "oops"]
    file = write_json(tmp_path / "mixed.json", records)
    before = snapshot(db_path)
    dialog = open_import(qtbot, window)
    message = run_import(qtbot, dialog, file, signal="failed")
    assert "mixed.json" in message
    refused = dialog.result_dialog
    assert isinstance(refused, ImportRefusedDialog) and refused.isVisible()
    listed = refused.problems_view.toPlainText()
    assert "record 1" in listed and "RecallNumber" in listed
    assert "record 3" in listed
    assert refused.problems_view.isReadOnly()
    check_accessible(refused)
    SHOTS.mkdir(parents=True, exist_ok=True)
    refused.grab().save(str(SHOTS / "catalog-import-refused.png"))
    assert snapshot(db_path) == before
    refused.reject()
    # The file stays chosen: tick "Skip bad records" and import the rest.
    dialog.skip_bad.setChecked(True)
    summary = run_import(qtbot, dialog, file)
    assert summary.new == ["cpsc-25-911", "cpsc-25-912"]
    assert [label for label, _ in summary.skipped] == ["record 1", "record 3"]
    shown = dialog.result_dialog
    assert isinstance(shown, ImportSummaryDialog)
    assert shown.counts["skipped"].text() == "2"
    assert shown.details is not None and "record 3" in shown.details.toPlainText()


def test_a_file_that_is_not_recall_data_is_refused(
    qtbot: QtBot, window: MainWindow, db_path: Path, tmp_path: Path
) -> None:
    file = tmp_path / "notes.json"
    file.write_text("this is not json {", encoding="utf-8")
    before = snapshot(db_path)
    dialog = open_import(qtbot, window)
    message = run_import(qtbot, dialog, file, signal="failed")
    with pytest.raises(ImportRefused) as info:
        read_file(file)
    assert info.value.problems  # the importer says what is wrong; the dialog shows exactly that
    assert message == str(info.value) and "notes.json" in message
    assert isinstance(dialog.result_dialog, ImportRefusedDialog)
    assert dialog.result_dialog.problems_view.toPlainText() == "\n".join(info.value.problems)
    assert snapshot(db_path) == before


# --- Catalog → Review imported findings… ---------------------------------------------------------


VAGUE = {
    "Title": "PowerMax Chargers Recalled Due to Shock Hazard",
    "Products": [{"Name": "PowerMax Wall Chargers", "Model": ""}],
    "Manufacturers": [{"Name": "PowerMax Inc., of Chicago, Illinois"}],
    "Description": "This recall involves PowerMax wall chargers sold in 2024. PM2000 is printed on the back.",
}


def import_vague(catalog: Catalog, tmp_path: Path) -> None:
    from recall_desk.catalog.imports import import_file

    import_file(catalog.engine, write_json(tmp_path / "vague.json", [cpsc_record("25950", **VAGUE)]))


def open_review(qtbot: QtBot, window: MainWindow) -> ReviewDialog:
    dialog = window.review_findings()
    assert isinstance(dialog, ReviewDialog)
    qtbot.waitExposed(dialog)
    return dialog


def pending_model(dialog: ReviewDialog, number: str) -> review.ReviewItem:
    for row in range(dialog.model.rowCount()):
        item = dialog.model.item(row)
        if item.kind == "model" and item.value.get("number") == number and item.status == "pending":
            return item
    raise AssertionError(
        f"no pending model {number} in {[dialog.model.item(r) for r in range(dialog.model.rowCount())]}"
    )


def test_confirming_a_low_confidence_model_puts_it_in_the_catalog(
    qtbot: QtBot, window: MainWindow, catalog: Catalog, tmp_path: Path, qtmodeltester: Any
) -> None:
    import_vague(catalog, tmp_path)
    assert not catalog.check("PM2000").matches  # unsure: not in the catalog unasked
    dialog = open_review(qtbot, window)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    check_accessible(dialog)
    item = pending_model(dialog, "PM2000")
    assert item.confidence < 0.9
    assert dialog.select_item(item.id)
    shown = dialog.table.model()
    row = dialog.table.selectionModel().selectedRows()[0].row()
    assert shown.index(row, 0).data() == "cpsc-25-950"
    assert "PowerMax" in shown.index(row, 1).data()
    assert shown.index(row, 2).data() == "model PM2000"
    assert "PM2000 is printed on the back" in shown.index(row, 4).data()
    assert shown.index(row, 6).data() == "pending"
    assert "PM2000 is printed on the back" in dialog.detail.toPlainText()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "catalog-review-list.png"))
    with qtbot.waitSignal(window.results_updated, timeout=5_000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert "Confirmed 1 finding" in dialog.message.text()
    found = catalog.check("PM2000")
    assert found.matches and found.matches[0].recall.number == "25-950"
    # Confirmed items leave the pending list, and show under "Confirmed".
    assert item.id not in [
        dialog.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id for r in range(dialog.proxy.rowCount())
    ]
    dialog.status_box.setCurrentIndex(dialog.status_box.findData("confirmed"))
    assert dialog.select_item(item.id)
    assert not dialog.confirm_button.isEnabled() and not dialog.reject_button.isEnabled()


def test_rejecting_keeps_it_out_and_a_correction_is_what_goes_in(
    qtbot: QtBot, window: MainWindow, catalog: Catalog, tmp_path: Path
) -> None:
    import_vague(catalog, tmp_path)
    dialog = open_review(qtbot, window)
    item = pending_model(dialog, "PM2000")
    # Correct… : the label really says PM-2000B.
    assert dialog.select_item(item.id)
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    correct = dialog.correct_dialog
    assert isinstance(correct, CorrectDialog) and correct.isVisible()
    check_accessible(correct)
    assert isinstance(correct.editor, QLineEdit) and correct.editor.text() == "PM2000"
    correct.editor.setText("--")
    assert not correct.ok.isEnabled() and "no letters or digits" in correct.feedback.text()
    correct.editor.setText("PM-2000B")
    assert correct.ok.isEnabled()
    qtbot.mouseClick(correct.ok, Qt.MouseButton.LeftButton)
    assert catalog.check("PM-2000B").matches
    assert not catalog.check("PM2000").matches
    decided = review.items(catalog.engine, status="confirmed", recall_key="cpsc-25-950")
    assert [i.value for i in decided if i.kind == "model"] == [{"number": "PM-2000B"}]
    # Reject the rest: nothing more goes in, and a second decision on one is refused plainly.
    rest = review.items(catalog.engine, status="pending", recall_key="cpsc-25-950")
    dialog.table.selectAll()
    assert dialog.decide_selected("rejected") == len(rest)
    assert review.items(catalog.engine, status="pending", recall_key="cpsc-25-950") == []
    assert dialog._decide([(item, None)], "confirmed") == 0
    assert "already confirmed" in dialog.message.text()


def test_a_serial_rule_is_corrected_as_json_then_confirmed(
    qtbot: QtBot, window: MainWindow, catalog: Catalog, tmp_path: Path
) -> None:
    from recall_desk.catalog.imports import import_file

    plain = "This recall involves Volt chargers with model number VC-100."
    import_file(catalog.engine, write_json(tmp_path / "rule.json", [cpsc_record("25970", Description=plain)]))
    # A rule read from a hedged sentence, as an import leaves it for review (its 'list' clause is wrong).
    with catalog.engine.begin() as conn:
        conn.execute(
            REVIEW_T.insert().values(
                recall_key="cpsc-25-970",
                product=0,
                kind="serial_rule",
                value={
                    "length": 14,
                    "match": [{"kind": "prefix", "values": ["57V"]}, {"kind": "list", "values": ["14"]}],
                },
                confidence=0.5,
                sentence="The serial number is 14 characters long, beginning with 57V.",
                reason="'serial number is 14' names a single code: it may be an example",
                status="pending",
                created="2026-11-22T00:00:00+00:00",
            )
        )
    assert catalog.check("VC-100", serial="99X123456789AB").outcome == "affected"  # no rule yet: all units
    dialog = open_review(qtbot, window)
    item = next(i for i in dialog.model._rows if i.kind == "serial_rule" and i.recall_key == "cpsc-25-970")
    assert dialog.select_item(item.id) and dialog.correct_button.isEnabled()
    qtbot.mouseClick(dialog.correct_button, Qt.MouseButton.LeftButton)
    correct = dialog.correct_dialog
    assert isinstance(correct.editor, QPlainTextEdit)
    assert json.loads(correct.editor.toPlainText()) == item.value
    correct.editor.setPlainText('{"length": 14,')
    assert not correct.ok.isEnabled() and correct.feedback.text().startswith("Not JSON")
    correct.editor.setPlainText('{"length": 99}')
    assert not correct.ok.isEnabled()
    assert "serial rule.length: expected a whole number from 1 to 64, got 99" in correct.feedback.text()
    correct.editor.setPlainText('{"length": 14, "match": [{"kind": "prefix", "values": ["57V"]}]}')
    assert correct.ok.isEnabled()
    with qtbot.waitSignal(dialog.catalog_changed, timeout=5_000):
        qtbot.mouseClick(correct.ok, Qt.MouseButton.LeftButton)
    assert catalog.check("VC-100", serial="57V123456789AB").outcome == "affected"
    assert catalog.check("VC-100", serial="99X123456789AB").outcome == "not_affected"


# --- Catalog → Edit catalog… ------------------------------------------------------------------------


def open_editor(qtbot: QtBot, window: MainWindow) -> CatalogEditor:
    editor = window.edit_catalog()
    assert isinstance(editor, CatalogEditor)
    editor.resize(1024, 768)
    qtbot.waitExposed(editor)
    return editor


def test_the_editor_lists_and_searches_the_recalls(
    qtbot: QtBot, window: MainWindow, catalog: Catalog, qtmodeltester: Any
) -> None:
    editor = open_editor(qtbot, window)
    qtmodeltester.check(editor.list_model)
    qtmodeltester.check(editor.list_proxy)
    check_accessible(editor)
    assert editor.list_model.rowCount() == len(recall_entries(catalog.engine)) == catalog.info().recalls
    qtbot.keyClicks(editor.search, "BPD005")
    assert editor.list_proxy.rowCount() == 1
    editor.table.selectRow(0)
    assert editor.key.text() == "cpsc-2024-12-belkin-bpd005" and editor.key.isReadOnly()
    assert editor.current_product() is not None
    assert editor.current_product().brand.text() == "Belkin"  # type: ignore[union-attr]
    assert not editor.dirty
    # Typing marks it unsaved; Revert brings back what is stored.
    hazard = editor.hazard.toPlainText()
    qtbot.keyClicks(editor.hazard, " Typed by mistake.")
    assert editor.dirty and editor.windowTitle() == "Edit catalog *"
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert editor.hazard.toPlainText() == hazard and not editor.dirty


def test_editing_a_seed_recalls_hazard_is_saved_and_survives_a_reimport(
    qtbot: QtBot, window: MainWindow, catalog: Catalog, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, window)
    assert editor.open_recall("cpsc-25-466")
    editor.hazard.selectAll()
    qtbot.keyClicks(editor.hazard, "Overheats while charging (store note).")
    assert editor.dirty and editor.subheading.full_text().endswith("not saved")
    SHOTS.mkdir(parents=True, exist_ok=True)
    editor.grab().save(str(SHOTS / "catalog-editor.png"))
    with qtbot.waitSignal(editor.saved, timeout=5_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.dirty and "Saved cpsc-25-466" in editor.message.text()
    stored = load_recall(catalog.engine, "cpsc-25-466")
    assert stored is not None and stored.hazard == "Overheats while charging (store note)."
    with catalog.engine.connect() as conn:
        edited = conn.execute(select(RECALL_T.c.edited).where(RECALL_T.c.key == "cpsc-25-466")).scalar_one()
    assert edited
    # Everything the form did not touch is as it was (sources, units, products, rules).
    before = dict(stored.to_dict(), hazard=None)
    # A newer CPSC record of the same recall: the manager's version stays.
    dialog = open_import(qtbot, window)
    newer = cpsc_record("25466", published="2026-01-05T00:00:00", URL="https://www.cpsc.gov/Recalls/2025/x")
    summary = run_import(qtbot, dialog, write_json(tmp_path / "newer.json", [newer]))
    assert summary.kept_edits == ["cpsc-25-466"] and not summary.updated
    kept = load_recall(catalog.engine, "cpsc-25-466")
    assert kept is not None and kept.hazard == "Overheats while charging (store note)."
    assert dict(kept.to_dict(), hazard=None) == before


def test_an_imported_recall_edited_here_is_kept_by_a_newer_import(
    qtbot: QtBot, window: MainWindow, catalog: Catalog, tmp_path: Path
) -> None:
    dialog = open_import(qtbot, window)
    run_import(qtbot, dialog, write_json(tmp_path / "a.json", [cpsc_record("25960")]))
    dialog.close()
    editor = open_editor(qtbot, window)
    assert editor.open_recall("cpsc-25-960")
    form = editor.current_product()
    assert form is not None
    form._add_model_row("A1681-B")
    editor.remedy_kinds["replace"].setChecked(True)
    editor.phone_hours.setText("Mon-Fri 9-5")
    assert editor.save()
    assert catalog.check("A1681-B").matches
    dialog = open_import(qtbot, window)
    newer = write_json(tmp_path / "b.json", [cpsc_record("25960", published="2026-02-01T00:00:00")])
    summary = run_import(qtbot, dialog, newer)
    assert summary.kept_edits == ["cpsc-25-960"]
    kept = load_recall(catalog.engine, "cpsc-25-960")
    assert kept is not None and kept.remedy.kinds == ("replace", "refund")
    assert kept.contact.phone_hours == "Mon-Fri 9-5"
    assert catalog.check("A1681-B").matches


def test_a_bad_value_is_refused_with_the_exact_error_and_the_form_kept(
    qtbot: QtBot, window: MainWindow, catalog: Catalog, db_path: Path
) -> None:
    editor = open_editor(qtbot, window)
    assert editor.open_recall("cpsc-2024-12-belkin-bpd005")
    before = snapshot(db_path)
    editor.date.setText("2024-13-01")
    assert not editor.save()
    assert "recall.date: '2024-13-01' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)" in editor.message.text()
    assert editor.date.text() == "2024-13-01"
    editor.date.setText("2024-12-05")
    form = editor.current_product()
    assert form is not None
    # The serial rule is checked as it is typed, with the rule's own words.
    form.rule.setPlainText('{"length": 99}')
    assert "serial rule.length: expected a whole number from 1 to 64, got 99" in form.rule_check.text()
    form.rule.setPlainText('{"length": 14,')
    assert "not JSON" in form.rule_check.text()
    assert not editor.save()
    assert "recall.products[0].serial rule: not JSON" in editor.message.text()
    form.rule.setPlainText(
        '{"length": 14, "charset": "alnum", "match": [{"kind": "prefix", "values": ["57V"]}]}'
    )
    assert form.rule_check.text() == "The rule reads correctly."
    form.questions.setPlainText(
        '[{"key": "colour", "text": "What colour?", "choices": [{"value": "black"}]}]'
    )
    assert "questions[0].choices: a question needs at least two choices" in form.questions_check.text()
    form.questions.setPlainText(
        '[{"key": "colour", "text": "What colour?", "choices": [{"value": "black", "model": "NOPE1"},'
        ' {"value": "white", "outcome": "not_affected"}]}]'
    )
    assert "1 question" in form.questions_check.text()
    assert not editor.save()
    assert (
        "recall.products[0].questions[0].choices[0].model: 'NOPE1' is not one of this product's models"
        in (editor.message.text())
    )
    assert snapshot(db_path) == before  # nothing was written by the refused saves
    form.questions.setPlainText("")
    assert editor.save()
    saved = load_recall(catalog.engine, "cpsc-2024-12-belkin-bpd005")
    assert saved is not None and saved.products[0].serial_rule.length == 14


def test_a_new_recall_is_added_and_found_by_its_model(
    qtbot: QtBot, window: MainWindow, catalog: Catalog
) -> None:
    editor = open_editor(qtbot, window)
    assert editor.new_recall()
    assert not editor.key.isReadOnly()
    editor.agency.setText("CPSC")
    editor.number.setText("26-001")
    editor.title.setText("Example Lamps Recalled")
    form = editor.current_product()
    assert form is not None
    form.brand.setText("Lumo")
    form.name.setText("Desk Lamp")
    form._add_model_row("LM-100", "LM", "colour=white")
    form.colours.setText("white, black")
    assert editor.save(), editor.message.text()
    assert editor.key.text() == "cpsc-26-001" and editor.key.isReadOnly()
    result = catalog.check("LM-100")
    assert result.matches and result.matches[0].recall.title == "Example Lamps Recalled"
    model = result.matches[0].product.models[0]
    assert model.base == "LM" and dict(model.answers) == {"colour": "white"}
    # The same key again is refused, naming it.
    assert editor.new_recall()
    editor.agency.setText("CPSC")
    editor.number.setText("26-001")
    editor.title.setText("Again")
    editor.current_product().brand.setText("X")  # type: ignore[union-attr]
    editor.current_product().name.setText("Y")  # type: ignore[union-attr]
    assert not editor.save()
    assert "cpsc-26-001 is already in the catalog" in editor.message.text()


# --- photos and label boxes ------------------------------------------------------------------------


def make_photo(path: Path, size: tuple[int, int] = (400, 300)) -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#D0D4DA"))
    assert image.save(str(path))
    return path


def drag(qtbot: QtBot, view: Any, start: QPointF, end: QPointF) -> None:
    """A mouse drag on a graphics view, from and to scene points."""
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    mid = QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(view.viewport(), pos=mid)
    qtbot.mouseMove(view.viewport(), pos=b)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=b)


def test_a_photo_is_stored_by_its_hash_and_a_drawn_box_is_saved_as_a_hotspot(
    qtbot: QtBot, window: MainWindow, catalog: Catalog, db_path: Path, tmp_path: Path, qtmodeltester: Any
) -> None:
    editor = open_editor(qtbot, window)
    assert editor.open_recall("cpsc-2024-12-belkin-bpd005")
    editor.tabs.setCurrentIndex(2)
    form = editor.current_product()
    assert isinstance(form, ProductForm)
    photo = make_photo(tmp_path / "bpd005 label.png")
    file = form.add_photo(photo)
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert file == f"store/{digest}.png"
    stored = db_path.parent / "pictures" / "store" / f"{digest}.png"
    assert stored.read_bytes() == photo.read_bytes()
    assert form.tabs.currentIndex() == 2 and form.picture_box.currentText() == "photo"
    form.view_name.setText("label")
    qtbot.keyClicks(form.view_name, "-close")  # as typed: "label-close"
    assert form.picture_box.currentText() == "label-close"
    # Draw: what the box marks, its text, then a drag over the label.
    hot = form.hotspots
    hot.kind.setCurrentIndex(hot.kind.findData("serial"))
    hot.text.setText("SN: 57V123456789AB")
    qtbot.waitUntil(lambda: hot.canvas.isVisible() and hot.canvas.width() > 100)
    box = hot.canvas.picture_rect
    assert box.width() == 400 and box.height() == 300
    drag(qtbot, hot.canvas, QPointF(80, 90), QPointF(240, 150))  # 0.2, 0.3 to 0.6, 0.5
    spots = hot.hotspots()
    assert len(spots) == 1 and spots[0].kind == "serial" and spots[0].text == "SN: 57V123456789AB"
    assert spots[0].x == pytest.approx(0.2, abs=0.02) and spots[0].y == pytest.approx(0.3, abs=0.02)
    assert spots[0].w == pytest.approx(0.4, abs=0.02) and spots[0].h == pytest.approx(0.2, abs=0.02)
    assert hot.selected_row() == 0 and hot.box_x.value() == pytest.approx(spots[0].x * 100)
    qtmodeltester.check(hot.model)
    # A click (no drag) selects a box rather than drawing one.
    hot.table.clearSelection()
    centre = QPointF(160, 120)
    qtbot.mouseClick(hot.canvas.viewport(), Qt.MouseButton.LeftButton, pos=hot.canvas.mapFromScene(centre))
    assert len(hot.hotspots()) == 1 and hot.selected_row() == 0
    # From the keyboard: a second box, placed with the position fields.
    qtbot.mouseClick(hot.add_button, Qt.MouseButton.LeftButton)
    hot.kind.setCurrentIndex(hot.kind.findData("model"))
    hot.box_x.setValue(5.0)
    hot.box_w.setValue(20.0)
    assert hot.hotspots()[1] == Hotspot("model", 0.05, 0.4, 0.2, 0.2, "SN: 57V123456789AB")
    hot.text.selectAll()
    qtbot.keyClick(hot.text, Qt.Key.Key_Delete)
    assert hot.hotspots()[1].text is None
    SHOTS.mkdir(parents=True, exist_ok=True)
    editor.grab().save(str(SHOTS / "catalog-editor-hotspots.png"))
    assert editor.save(), editor.message.text()

    saved = load_recall(catalog.engine, "cpsc-2024-12-belkin-bpd005")
    assert saved is not None
    picture = next(p for p in saved.products[0].pictures if p.file == file)
    assert picture.view == "label-close" and picture.caption == "bpd005 label"
    assert picture.hotspots[0].kind == "serial" and picture.hotspots[0].text == "SN: 57V123456789AB"
    assert picture.hotspots[0].x == pytest.approx(0.2, abs=0.02)
    assert picture.hotspots[1] == Hotspot("model", 0.05, 0.4, 0.2, 0.2)
    assert [p.view for p in saved.products[0].pictures][:2] == ["front", "back"]  # the bundled ones stay
    # The counter finds the stored photo and draws its boxes.
    assert picture_path(picture) == stored
    assert build_scene(picture) is not None


def test_a_file_that_is_not_a_picture_is_refused_by_name(
    qtbot: QtBot, window: MainWindow, db_path: Path, tmp_path: Path
) -> None:
    editor = open_editor(qtbot, window)
    assert editor.open_recall("cpsc-25-466")
    form = editor.current_product()
    assert form is not None
    text = tmp_path / "label.png"
    text.write_text("not a picture at all\n", encoding="utf-8")
    assert form.add_photo(text) is None
    assert "label.png is not a picture" in editor.message.text()
    assert "PNG or JPEG" in editor.message.text()
    gif = tmp_path / "anim.gif"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    if image.save(str(gif), "GIF"):  # when this Qt has a GIF writer
        assert form.add_photo(gif) is None
        assert "anim.gif is a GIF picture" in editor.message.text()
    big = tmp_path / "huge.jpg"
    with big.open("wb") as f:
        f.truncate(MAX_PICTURE_BYTES + 1)
    assert form.add_photo(big) is None
    assert "huge.jpg is 20.0 MB, more than the 20 MB a photo can be" in editor.message.text()
    assert form.add_photo(tmp_path / "missing.png") is None
    assert "missing.png is not a file" in editor.message.text()
    assert not (db_path.parent / "pictures" / "store").exists() or not any(
        (db_path.parent / "pictures" / "store").iterdir()
    )
    assert not editor.dirty


# --- the pictures folder ----------------------------------------------------------------------------


def test_stored_pictures_live_beside_the_catalog(catalog: Catalog, db_path: Path, tmp_path: Path) -> None:
    folder = pictures_folder(catalog.engine)
    assert folder == db_path.parent / "pictures"
    data = b"\x89PNG fake bytes"
    file = store_picture(folder, data, "png")
    assert file == f"store/{hashlib.sha256(data).hexdigest()}.png"
    assert store_picture(folder, data, "png") == file  # stored once
    assert [p.name for p in (folder / "store").iterdir()] == [file.split("/")[1]]
    assert stored_path(folder, file) == folder / file
    assert stored_path(folder, "store/../catalog.sqlite3") is None
    assert stored_path(folder, "pictures/anker-a1112-front.svg") is None
    with pytest.raises(ValueError, match="gif"):
        store_picture(folder, data, "gif")


def test_a_server_catalog_keeps_pictures_in_the_user_data_folder(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from sqlalchemy.engine import make_url

    server = SimpleNamespace(url=make_url("postgresql+psycopg://clerk@db.example/recalls"))
    folder = pictures_folder(server)  # type: ignore[arg-type]
    assert folder.parts[-2:] == ("recall-desk", "pictures")
    memory = SimpleNamespace(url=make_url("sqlite://"))
    assert pictures_folder(memory) == folder  # type: ignore[arg-type]


def test_the_hotspot_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = HotspotModel()
    model.set_hotspots(
        [Hotspot("model", 0.1, 0.1, 0.2, 0.1, "Model: A1"), Hotspot("serial", 0.5, 0.5, 0.3, 0.2)]
    )
    qtmodeltester.check(model)
    assert model.index(
        1, 0
    ).data() == "Serial label" and "left 10%, top 10%, 20% wide, 10% high" in model.index(0, 1).data(
        Qt.ItemDataRole.ToolTipRole
    )
    picture = Picture("bottom", "store/" + "0" * 64 + ".png", None, model.hotspots())
    assert picture.to_dict()["hotspots"][0] == {
        "kind": "model",
        "x": 0.1,
        "y": 0.1,
        "w": 0.2,
        "h": 0.1,
        "text": "Model: A1",
    }


def test_the_review_and_recall_models_pass_the_model_tester(
    qtmodeltester: Any, catalog: Catalog, tmp_path: Path
) -> None:
    import_vague(catalog, tmp_path)
    model = ReviewModel()
    found = review.items(catalog.engine, status=None)
    assert found
    model.set_items(found, {})
    qtmodeltester.check(model)
    recalls = RecallListModel()
    recalls.set_entries(recall_entries(catalog.engine))
    qtmodeltester.check(recalls)
