"""Screenshots of the main states from a real window under Xvfb, for people to look at.

They land in build/screenshots/ (light and dark, 1024x768 and 1920x1080).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "screenshots"
STATES = (
    "1-empty",
    "2-results",
    "3-question",
    "4-not-affected",
    "5-affected",
    "6-check-with-manufacturer",
    "7-no-recall",
)


@pytest.fixture(scope="module")
def display() -> str:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is not installed: bash packaging/system-deps.sh --test")
    number = 90 + os.getpid() % 100
    proc = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
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


@pytest.mark.parametrize(("size", "theme"), [("1024x768", "light"), ("1920x1080", "dark")])
def test_main_states_under_xvfb(display: str, tmp_path: Path, size: str, theme: str) -> None:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "RECALL_DESK_SETTINGS": str(tmp_path / "settings.ini"),
    }
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "gui_screenshots.py"), "--out", str(OUT),
         "--db", str(tmp_path / "catalog.sqlite3"), "--size", size, "--theme", theme],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    width, height = (int(v) for v in size.split("x"))
    for state in STATES:
        image = QImage(str(OUT / f"{size}-{theme}-{state}.png"))
        assert (image.width(), image.height()) == (width, height), state
        # A real picture of the window, not a blank screen: many distinct colours.
        colours = {image.pixel(x, y) for x in range(0, width, 37) for y in range(0, height, 23)}
        assert len(colours) > 8, state
