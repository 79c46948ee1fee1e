"""ui/accessibility.py: announcements reach the announcer, and WCAG contrast is computed right."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from recall_desk.ui.accessibility import AA_NORMAL, announce, announcer, contrast_ratio


@pytest.mark.parametrize(
    ("fg", "bg", "ratio"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#ffffff", 1.0),
        ("#767676", "#ffffff", 4.54),  # the lightest grey that passes AA on white
        ("#777777", "#ffffff", 4.48),
        ("#ffffff", "#0000ff", 8.59),
    ],
)
def test_contrast_ratio_matches_wcag(fg: str, bg: str, ratio: float) -> None:
    assert contrast_ratio(QColor(fg), QColor(bg)) == pytest.approx(ratio, abs=0.01)
    assert contrast_ratio(QColor(bg), QColor(fg)) == pytest.approx(ratio, abs=0.01)


def test_aa_threshold_separates_neighbouring_greys() -> None:
    assert contrast_ratio(QColor("#767676"), QColor("white")) >= AA_NORMAL
    assert contrast_ratio(QColor("#777777"), QColor("white")) < AA_NORMAL


def test_announce_reaches_the_announcer(qtbot) -> None:
    label = QLabel("verdict")
    qtbot.addWidget(label)
    with qtbot.waitSignal(announcer().announced) as blocker:
        announce(label, "  Affected:\n stop using it ", assertive=True)
    assert blocker.args == ["Affected: stop using it", True]


def test_empty_announcement_is_not_sent(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    with qtbot.assertNotEmitted(announcer().announced):
        announce(label, " \n ")
