#!/usr/bin/env python3
"""The interface's translations (Qt Linguist): extract, and compile.

    .venv/bin/python packaging/i18n.py update [GROUP]  # sources -> resources/i18n/*.ts (keeps translations)
    .venv/bin/python packaging/i18n.py release    # resources/i18n/*.ts -> *.qm beside them
    .venv/bin/python packaging/i18n.py status     # how many messages each .ts still lacks

The interface's strings live in four catalogs per language: ``counter`` (the clerk's window),
``kiosk`` (the customers' self-service screens), ``manager`` (catalog updates, the editor, the shelf
sweep) and ``engine`` (the verdict engine's reasons and hints, from core/), so that each can be
translated and reviewed apart.  Each ``recall_desk/ui/*.py`` belongs to
exactly one of them (a test checks it).  The ``.ts`` files are the sources (in git, edited with
``pyside6-linguist``); the ``.qm`` files are built: by the wheel build (hatch_build.py), by
packaging/build.sh for the frozen program, and by ``release`` here.  English is the source
language and needs no file.

Placeholders are Python's ``{name}`` (the code calls ``.format()`` on the translated text) and Qt's
``%n`` for plurals; a translation must keep every placeholder of its source (tests/test_i18n.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "src" / "recall_desk" / "ui"
I18N = ROOT / "resources" / "i18n"
LANGS = ("fr", "es")
PREFIX = "recall_desk"

GROUPS: dict[str, tuple[str, ...]] = {
    "counter": (
        "accessibility.py",
        "app.py",
        "barcode.py",
        "checklog_view.py",
        "escpos_out.py",
        "i18n.py",
        "main_window.py",
        "models.py",
        "pictures.py",
        "product_view.py",
        "scanner.py",
        "settings.py",
        "settings_dialog.py",
        "signin.py",
        "slip_dialog.py",
        "slip_render.py",
        "verdict.py",
        "views.py",
    ),
    "kiosk": ("keypad.py", "kiosk.py"),
    "manager": (
        "catalog_editor.py",
        "hotspot_editor.py",
        "import_dialog.py",
        "review_view.py",
        "sweep_dialog.py",
    ),
    # The verdict engine's words (core/: no Qt; its templates are marked with core.message's
    # QT_TRANSLATE_NOOP, context "Engine"), said in the interface's language by the window and the
    # kiosk, and in the customer's language on the slip.
    "engine": ("../core/message.py", "../core/model.py", "../core/serials.py", "../core/verdict.py"),
}


def ts_path(group: str, lang: str) -> Path:
    return I18N / f"{PREFIX}_{group}_{lang}.ts"


def ts_files() -> list[Path]:
    return [ts_path(group, lang) for group in GROUPS for lang in LANGS]


def qt_tool(name: str) -> str:
    """PySide6's own lupdate / lrelease (PySide6-Essentials ships them beside the package)."""
    try:
        import PySide6
    except ImportError:
        PySide6 = None
    if PySide6 is not None:
        for candidate in (
            Path(PySide6.__file__).parent / name,
            Path(PySide6.__file__).parent / f"{name}.exe",
        ):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise SystemExit(f"i18n.py: Qt's {name} was not found (install PySide6-Essentials)")
    return found


def update(only: str | None = None) -> None:
    """Extract every group's strings (or only ``only``'s) into its .ts files, keeping the
    translations already made."""
    I18N.mkdir(parents=True, exist_ok=True)
    lupdate = qt_tool("lupdate")
    for group, files in GROUPS.items():
        if only is not None and group != only:
            continue
        sources = [str(UI / f) for f in files]
        for lang in LANGS:
            cmd = [lupdate, "-silent", "-no-obsolete", "-locations", "none"]
            cmd += [
                "-source-language",
                "en",
                "-target-language",
                lang,
                *sources,
                "-ts",
                str(ts_path(group, lang)),
            ]
            subprocess.run(cmd, check=True)


def release(out_dir: Path | None = None) -> list[Path]:
    """Compile every .ts into a .qm (beside it, or into ``out_dir``); returns the .qm paths."""
    lrelease = qt_tool("lrelease")
    made = []
    for ts in sorted(I18N.glob("*.ts")):
        qm = (out_dir or ts.parent) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def unfinished(ts: Path) -> list[str]:
    """Source texts of ``ts`` that have no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(source)
        elif message.get("numerus") == "yes":
            if not all((form.text or "").strip() for form in translation.iter("numerusform")):
                missing.append(source)
        elif not (translation.text or "").strip():
            missing.append(source)
    return missing


def status() -> int:
    worst = 0
    for ts in ts_files():
        if not ts.is_file():
            print(f"{ts.relative_to(ROOT)}: missing (run: update)")
            worst = 1
            continue
        total = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
        missing = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {total - len(missing)}/{total} translated")
        worst = worst or int(bool(missing))
    return worst


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"] and len(argv) <= 2:
        group = argv[1] if len(argv) == 2 else None
        if group is not None and group not in GROUPS:
            print(f"i18n.py: no group {group!r}; groups: {', '.join(GROUPS)}", file=sys.stderr)
            return 2
        update(group)
        return status()
    if argv == ["release"]:
        for qm in release():
            print(qm.relative_to(ROOT))
        return 0
    if argv == ["status"]:
        return status()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
