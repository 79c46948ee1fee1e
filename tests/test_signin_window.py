"""Clerks at the window: signing in and out, the manager role gating catalog edits, import, review,
settings and log export, a fresh install with no clerks (everything open, first manager made in
Settings), and the check log dialog's daily summary and CSV export."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from recall_desk.catalog.checklog import CheckLog, DaySummary
from recall_desk.catalog.clerks import Clerks
from recall_desk.catalog.service import Catalog
from recall_desk.core.verdict import CheckResult
from recall_desk.ui.main_window import MainWindow
from recall_desk.ui.models import SORT_ROLE, DailySummaryModel
from recall_desk.ui.settings import AppSettings
from recall_desk.ui.signin import SignInDialog

TODAY = date(2026, 11, 23)


def make_window(qtbot: QtBot, catalog: Catalog) -> MainWindow:
    win = MainWindow(catalog, AppSettings(), today=TODAY)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def staffed(catalog: Catalog) -> Catalog:
    """A catalog whose station has a manager (PIN 2468) and a clerk (PIN 1357)."""
    clerks = Clerks(catalog.engine)
    clerks.add("boss", name="Pat", role="manager", pin="2468")
    clerks.add("c7", name="Kim", role="clerk", pin="1357")
    return catalog


@pytest.fixture
def window(qtbot: QtBot, staffed: Catalog, settings_file: Path) -> Iterator[MainWindow]:
    win = make_window(qtbot, staffed)
    yield win
    win.close()


def check(qtbot: QtBot, window: MainWindow, query: str) -> CheckResult:
    window.entry.setText(query)
    with qtbot.waitSignal(window.check_finished, timeout=5000) as blocker:
        qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    result = blocker.args[0]
    assert isinstance(result, CheckResult)
    return result


def sign_in(qtbot: QtBot, window: MainWindow, clerk_id: str, pin: str) -> None:
    dialog = window.sign_in_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.clerk_id.setText(clerk_id)
    dialog.pin.setText(pin)
    with qtbot.waitSignal(window.clerk_changed, timeout=5000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def gated(window: MainWindow) -> list[tuple[str, bool, str]]:
    return [(a.text(), a.isEnabled(), a.toolTip()) for a in window.gated_actions]


def test_manager_functions_need_a_signed_in_manager(qtbot: QtBot, window: MainWindow) -> None:
    names = ["&Import recall data…", "&Review imported findings…", "&Edit catalog…", "&Settings…"]
    blocked = "Needs a manager: sign in as a manager first (status bar: Sign in…)"
    assert not window.open_station and window.clerk is None
    assert gated(window) == [(n, False, blocked) for n in names]
    assert window.clerk_button.text() == "Sign in…" and window.clerk_button.accessibleName() == "Sign in…"
    assert not window.sign_out_action.isEnabled() and window.sign_in_action.isEnabled()
    # The slots themselves refuse too (a shortcut or a direct call cannot get round the menu).
    assert window.edit_catalog() is None and window.import_recall_data() is None
    assert window.review_findings() is None and window.settings_dialog() is None
    log_dialog = window.check_log_dialog()
    assert log_dialog is not None
    qtbot.addWidget(log_dialog)
    assert not log_dialog.export_button.isEnabled() and log_dialog.export_button.toolTip() == blocked

    sign_in(qtbot, window, "c7", "1357")  # a clerk: still not allowed
    assert window.clerk is not None and window.clerk.id == "c7"
    assert window.clerk_button.text() == "Signed in: Kim (c7), clerk"
    as_clerk = "Needs a manager: Kim (c7) is signed in as a clerk"
    assert gated(window) == [(n, False, as_clerk) for n in names]
    assert window.edit_catalog() is None

    sign_in(qtbot, window, "boss", "2468")  # the manager: allowed
    assert window.clerk_button.text() == "Signed in: Pat (boss), manager"
    assert all(enabled for _, enabled, _ in gated(window))
    editor = window.edit_catalog()
    assert editor is not None
    editor.close()
    settings = window.settings_dialog()
    assert settings is not None and settings.first_manager is None  # clerks exist: no offer
    qtbot.addWidget(settings)
    log_dialog = window.check_log_dialog()
    assert log_dialog is not None
    qtbot.addWidget(log_dialog)
    assert log_dialog.export_button.isEnabled()

    with qtbot.waitSignal(window.clerk_changed, timeout=5000) as blocker:
        window.sign_out_action.trigger()
    assert blocker.args == [None] and window.clerk is None
    assert gated(window) == [(n, False, blocked) for n in names]
    assert not window.sign_out_action.isEnabled()


def test_sign_in_dialog_says_what_was_wrong_and_stays_open(qtbot: QtBot, window: MainWindow) -> None:
    assert window.clerks is not None
    dialog = SignInDialog(window.clerks, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password
    dialog.clerk_id.setText("boss")
    dialog.pin.setText("0000")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Wrong PIN (4 more tries before boss is locked)."
    assert dialog.isVisible() and dialog.pin.text() == ""
    dialog.clerk_id.setText("nobody")
    dialog.pin.setText("2468")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "No clerk has the id 'nobody'." and dialog.isVisible()
    dialog.clerk_id.setText("boss")
    dialog.pin.setText("2468")
    with qtbot.waitSignal(dialog.signed_in, timeout=5000) as blocker:
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert blocker.args[0].id == "boss" and dialog.result() == dialog.DialogCode.Accepted


def test_checks_and_slips_record_the_signed_in_clerk(
    qtbot: QtBot, window: MainWindow, staffed: Catalog, db_path: Path
) -> None:
    check(qtbot, window, "A1112")  # nobody signed in: checks still work, with no clerk
    sign_in(qtbot, window, "c7", "1357")
    check(qtbot, window, "BPD005")
    result = check(qtbot, window, "A1366")
    assert result.outcome == "affected"
    slip = window.slip_dialog()  # a clerk makes slips
    assert slip is not None
    qtbot.addWidget(slip)
    entries = CheckLog(staffed.engine).entries(newest_first=False)
    assert [(e.query, e.clerk) for e in entries] == [("A1112", ""), ("BPD005", "c7"), ("A1366", "c7")]
    assert entries[-1].case_number == slip.case
    with sqlite3.connect(db_path) as conn:
        case_row = conn.execute("SELECT clerk, ref_id FROM check_log WHERE kind = 'case'").fetchone()
    assert case_row == ("c7", entries[-1].id)
    assert CheckLog(staffed.engine).verify().ok


def test_a_fresh_install_is_open_until_settings_make_the_first_manager(
    qtbot: QtBot, catalog: Catalog, settings_file: Path
) -> None:
    window = make_window(qtbot, catalog)
    assert window.open_station
    assert all(enabled for _, enabled, _ in gated(window))
    assert window.clerk_button.text() == "Open station: no sign-in"
    assert "every function is open" in window.clerk_button.accessibleDescription()
    assert not window.sign_in_action.isEnabled()
    log_dialog = window.check_log_dialog()
    assert log_dialog is not None and log_dialog.export_button.isEnabled()
    qtbot.addWidget(log_dialog)
    dialog = window.settings_dialog()
    assert dialog is not None and dialog.first_manager is not None
    qtbot.addWidget(dialog)
    box = dialog.first_manager
    assert "everyone may use every function" in box.explanation()
    assert box.note.text() == box.explanation()
    box.clerk_id.setText("pat")
    box.name.setText("Pat")
    box.pin.setText("2468")
    box.pin_again.setText("2486")
    qtbot.mouseClick(box.create_button, Qt.MouseButton.LeftButton)
    assert box.message.text() == "The two PINs differ." and not Clerks(catalog.engine).exist()
    box.pin_again.setText("2468")
    with qtbot.waitSignal(window.clerk_changed, timeout=5000) as blocker:
        qtbot.mouseClick(box.create_button, Qt.MouseButton.LeftButton)
    manager = blocker.args[0]
    assert manager.id == "pat" and manager.is_manager
    assert not window.open_station and window.clerk == manager
    assert all(enabled for _, enabled, _ in gated(window))  # the new manager is signed in
    assert Clerks(catalog.engine).sign_in("pat", "2468").is_manager
    window.sign_out()
    assert not any(enabled for _, enabled, _ in gated(window))
    window.close()


def test_check_log_dialog_summary_and_export(
    qtbot: QtBot, qtmodeltester: ModelTester, catalog: Catalog, settings_file: Path, tmp_path: Path
) -> None:
    window = make_window(qtbot, catalog)  # an open station: export allowed
    for query in ("A1112", "XYZ999", "A1366", "BPD005"):
        check(qtbot, window, query)
    slip = window.slip_dialog()  # the last check (BPD005, serial still needed) has no slip
    assert slip is None
    check(qtbot, window, "A1366")
    slip = window.slip_dialog()
    assert slip is not None
    qtbot.addWidget(slip)
    assert window.log is not None and window.last_log_id is not None
    window.log.add_slip_output(window.last_log_id, "pdf:letter")
    dialog = window.check_log_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.summary)
    assert dialog.tabs.tabText(1) == "Daily summary"
    assert dialog.summary.rowCount() == 1
    day = dialog.summary.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert isinstance(day, DaySummary)
    assert (day.checks, day.affected, day.slips_printed) == (5, 3, 1)
    assert [dialog.summary.index(0, c).data() for c in range(1, 5)] == [5, 3, 0, 1]
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("affected"))
    assert dialog.count.text() == "3 of 5 checks"
    assert [dialog.summary.index(0, c).data() for c in range(1, 5)] == [3, 3, 0, 1]  # follows the filter
    columns = [
        dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())
    ]
    assert columns[-3:] == ["Clerk", "Case", "Slip"]
    newest = [dialog.proxy.index(0, c).data() for c in range(len(columns))]
    assert newest[-1] == "pdf:letter" and newest[-2] == slip.case

    out = tmp_path / "affected.csv"
    with qtbot.waitSignal(dialog.exported, timeout=5000) as blocker:
        dialog.export_csv(out)
    assert blocker.args == [str(out), 3]
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["outcome"] for r in rows] == ["affected"] * 3
    assert [r["slip_printed"] for r in rows] == ["no", "no", "yes"]
    assert dialog.status.text() == f"Wrote 3 checks to {out}"
    assert dialog.export_csv(tmp_path / "missing" / "x.csv") is None
    assert dialog.status.text().startswith("Could not write")
    window.close()


def test_daily_summary_model(qtmodeltester: ModelTester) -> None:
    model = DailySummaryModel()
    qtmodeltester.check(model)
    model.set_days([DaySummary("2026-11-21", 2, 1, 0, 1), DaySummary("2026-11-22", 4, 2, 2, 2)])
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 5
    assert [model.index(1, c).data() for c in range(5)] == ["11/22/26", 4, 2, 2, 2]  # the en_US short date
    assert model.index(1, 0).data(SORT_ROLE) == "2026-11-22"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Check with manufacturer"
    model.set_days([])
    qtmodeltester.check(model)
