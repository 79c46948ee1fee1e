"""The Qt binding itself: a PySide6 that loses references to None would abort a long counter session.

PySide6-Essentials 6.12.0 (abi3) on Python 3.11 gives None back from every Qt call that returns nothing
without taking a reference, so None's count falls by one per call until the interpreter aborts with
"Fatal Python error: none_dealloc" (a few thousand calls in a fresh process: a morning at a counter,
or one printed slip). pyproject.toml excludes that release; this test fails on any binding that does it.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and the bools are immortal from 3.12")
def test_qt_calls_keep_the_references_they_return(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    font = QFont()

    class Filter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            return False

    spy = Filter()
    label.installEventFilter(spy)
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(2_000):
        label.setText("x")
        font.setBold(True)
        label.isVisible()
        QCoreApplication.sendEvent(label, QEvent(QEvent.Type.User))
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    # A few references may be held by caches; a loss per call would be thousands.
    assert all(a - b > -50 for a, b in zip(after, before, strict=True)), (before, after)
