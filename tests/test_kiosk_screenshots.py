"""Screenshots of the kiosk on a real X display (Xvfb), in English, French and Spanish, on a
1080x1920 portrait screen and a 1920x1080 one, for people to look at.

The test starts an Xvfb screen of each size and runs this file as a program on it:

    python tests/test_kiosk_screenshots.py --out DIR --db CATALOG.sqlite3 --size 1080x1920

which opens the kiosk fullscreen as `recall-desk --kiosk` does, goes through a check in each language
(chosen on the start page, as a customer does) and saves build/screenshots/kiosk-<lang>-<size>-<page>.png
for the start page, the start page's picture guide, the model number on the keypad, the details page
with the label pictures, an affected verdict and its slip on screen (in the customer's language).  On
every page it also checks that nothing is clipped (tests/i18n_check.clipped) and that every control
lies on the screen; it exits 1 saying what is wrong.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "screenshots"
LANGS = ("en", "fr", "es")
SIZES = ("1080x1920", "1920x1080")
PAGES = ("1-start", "2-guide", "3-model", "4-details", "5-affected", "6-slip")


def shot_path(out: Path, lang: str, size: str, page: str) -> Path:
    return out / f"kiosk-{lang}-{size}-{page}.png"


# -- the program, run on the X display --------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--size", required=True, choices=SIZES)
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6 import QtGui
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPushButton, QWidget

    import i18n_check
    from recall_desk.catalog.service import Catalog
    from recall_desk.ui.app import application
    from recall_desk.ui.kiosk import KioskWindow
    from recall_desk.ui.settings import AppSettings, apply_theme

    if not hasattr(i18n_check.Qt, "mightBeRichText"):  # PySide6 has it in QtGui's Qt namespace only
        i18n_check.Qt = QtGui.Qt  # type: ignore[misc]

    def settle(ms: int = 200) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    app = application()
    apply_theme("light")  # as run_kiosk does
    catalog = Catalog.open(args.db)
    kiosk = KioskWindow(catalog, AppSettings(), today=date(2026, 11, 23))
    kiosk.start()
    settle(800)
    problems: list[str] = []
    if (kiosk.width(), kiosk.height()) != (width, height):
        problems.append(f"the kiosk is {kiosk.width()}x{kiosk.height()} on a {args.size} screen")

    def press(button: QAbstractButton | None) -> None:
        assert button is not None and button.isVisible() and button.isEnabled()
        button.click()
        settle(50)

    def shot(lang: str, page: str) -> None:
        settle()
        for line in i18n_check.clipped(kiosk):
            problems.append(f"{lang} {page}: clipped {line}")
        for w in kiosk.findChildren(QWidget):
            if w.isVisible() and isinstance(w, QAbstractButton | QLineEdit):
                corner = w.mapTo(kiosk, w.rect().bottomRight())
                if not kiosk.rect().contains(corner):
                    problems.append(f"{lang} {page}: {w.objectName()} is off the screen at {corner}")
        screen = kiosk.screen()
        path = shot_path(args.out, lang, args.size, page)
        if not screen.grabWindow(0, 0, 0, width, height).save(str(path)):
            problems.append(f"could not save {path}")
        print(path)

    for lang in LANGS:
        kiosk.start_over()
        press(kiosk.language_buttons[lang])
        settle(300)  # the language change reaches every widget
        shot(lang, "1-start")
        press(kiosk.findChild(QPushButton, "guide_speaker"))
        shot(lang, "2-guide")
        press(kiosk.guide_go)
        for ch in "BPD005":
            press(kiosk.model_keypad.keys[ch])
        shot(lang, "3-model")
        press(kiosk.model_keypad.ok)
        for ch in "57V1234":
            press(kiosk.serial_keypad.keys[ch])
        shot(lang, "4-details")
        for ch in "56789AB":
            press(kiosk.serial_keypad.keys[ch])
        press(kiosk.serial_keypad.ok)
        if kiosk.banner.outcome != "affected":
            problems.append(f"{lang}: BPD005 57V123456789AB gave {kiosk.banner.outcome}, not affected")
        shot(lang, "5-affected")
        press(kiosk.print_button)  # no receipt printer here: the slip shows on screen
        if not kiosk.slip_scroll.isVisible():
            problems.append(f"{lang}: the slip is not on screen")
        shot(lang, "6-slip")
    kiosk.release()
    kiosk.close()
    catalog.close()
    app.processEvents()
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


# -- the test ----------------------------------------------------------------------------------------


@pytest.fixture
def display(request: pytest.FixtureRequest) -> Iterator[str]:
    """An Xvfb screen of the size asked for (``request.param``), on a display number it picks itself."""
    import shutil

    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is not installed: bash packaging/system-deps.sh --test")
    read, write = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", f"{request.param}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.fail(f"Xvfb did not start (exit {proc.poll()})")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("display", SIZES, indirect=True)
def test_kiosk_screenshots_in_three_languages_under_xvfb(
    display: str, tmp_path: Path, translations: None, request: pytest.FixtureRequest
) -> None:
    from PySide6.QtGui import QImage

    size = request.node.callspec.params["display"]
    for lang in LANGS:
        for page in PAGES:
            shot_path(OUT, lang, size, page).unlink(missing_ok=True)
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "RECALL_DESK_SETTINGS": str(tmp_path / "settings.ini"),
        "LANGUAGE": "en",
    }
    proc = subprocess.run(
        [
            sys.executable,
            __file__,
            "--out",
            str(OUT),
            "--db",
            str(tmp_path / "catalog.sqlite3"),
            "--size",
            size,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    width, height = (int(v) for v in size.split("x"))
    for lang in LANGS:
        for page in PAGES:
            image = QImage(str(shot_path(OUT, lang, size, page)))
            assert (image.width(), image.height()) == (width, height), (lang, page)
            # A real picture of the kiosk, not a blank screen: many distinct colours.
            colours = {image.pixel(x, y) for x in range(0, width, 37) for y in range(0, height, 23)}
            assert len(colours) > 8, (lang, page)


if __name__ == "__main__":
    sys.exit(main())
