"""Screenshots of the main states and the dialogs from a real window under Xvfb, for people to look at.

They land in build/screenshots/: English, French and Spanish, light and dark, at 1024x768 and
1920x1080, and at 200 % (QT_SCALE_FACTOR=2 on a 3840x2160 screen: 1920x1080 of room), named
``SIZE[@2x]-THEME-LANG-STATE.png``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from gui_screenshots import DIALOGS, WINDOW_STATES

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "screenshots"
SCREEN = (3840, 2160)


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is not installed: bash packaging/system-deps.sh --test")
    number = 90 + os.getpid() % 100
    proc = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
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


RUNS = [
    # (size, theme, language, scale factor)
    ("1024x768", "light", "en", 1),
    ("1920x1080", "dark", "en", 1),
    ("1024x768", "light", "fr", 1),
    ("1920x1080", "light", "fr", 1),
    ("1024x768", "dark", "es", 1),
    ("1920x1080", "light", "es", 1),
    ("screen", "light", "en", 2),
    ("screen", "light", "fr", 2),
    ("screen", "dark", "es", 2),
]


@pytest.mark.parametrize(("size", "theme", "lang", "scale"), RUNS, ids=lambda v: str(v))
def test_main_states_under_xvfb(
    display: str, translations: None, tmp_path: Path, size: str, theme: str, lang: str, scale: int
) -> None:
    if size == "screen":
        width, height = SCREEN[0] // scale, SCREEN[1] // scale
    else:
        width, height = (int(v) for v in size.split("x"))
    prefix = f"{width}x{height}" + (f"@{scale}x" if scale != 1 else "")
    for old in OUT.glob(f"{prefix}-{theme}-{lang}-*.png"):
        old.unlink()  # every picture checked below is this run's
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_SCALE_FACTOR": str(scale),
        "RECALL_DESK_SETTINGS": str(tmp_path / "settings.ini"),
    }
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "gui_screenshots.py"), "--out", str(OUT),
         "--db", str(tmp_path / "catalog.sqlite3"), "--size", size, "--theme", theme, "--lang", lang],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for state in WINDOW_STATES:
        image = QImage(str(OUT / f"{prefix}-{theme}-{lang}-{state}.png"))
        # The whole window at the screen's pixels (twice as many at 200 %).
        assert (image.width(), image.height()) == (width * scale, height * scale), state
        # A real picture of the window, not a blank screen: many distinct colours.
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)
        }
        assert len(colours) > 8, state
    for name in DIALOGS:
        shots = sorted(OUT.glob(f"{prefix}-{theme}-{lang}-9-{name}*.png"))
        assert shots, name
        assert all(not QImage(str(shot)).isNull() for shot in shots)
