"""Helpers for the language tests: a pseudo-locale, and checks that every visible text is translated
and fits its widget.

The pseudo-locale translates every message of the program's catalogs into a marked, accented and
35 % longer form of its English ("Settings" -> "⟦Šéţţîñĝš~~~⟧"), keeping ``{placeholders}``, ``%n``,
``&`` mnemonics and rich-text tags.  With it installed, a text on screen that carries no ⟦ marker was
never passed through ``tr()`` (or is data: catalog text, numbers, what the user typed), and a text
that overflows its widget shows where a longer language would be clipped.
"""

from __future__ import annotations

import math
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6 import QtGui  # its Qt namespace has mightBeRichText (QtCore's has not)
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
OPEN, CLOSE = "⟦", "⟧"
_ACCENTS = str.maketrans(
    "aceinousyACEINOUSY",
    "àçéîñöüšýÀÇÉÎÑÖÜŠÝ",
)
_KEEP = re.compile(r"(\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d+|<[^>]*>|&[a-z]+;|&&)")


def pseudo(text: str) -> str:
    """The pseudo-locale's form of ``text``."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    out = []
    letters = 0
    for i, part in enumerate(parts):
        if i % 2:  # a placeholder, tag or entity: kept as it is
            out.append(part)
        else:
            letters += sum(ch.isalpha() for ch in part)
            out.append(part.translate(_ACCENTS))
    pad = "~" * max(1, math.ceil(letters * 0.35))
    body = "".join(out)
    # Keep a leading mnemonic's & in front of a letter and multi-line texts' line structure.
    lines = body.split("\n")
    lines[0] = OPEN + lines[0]
    lines[-1] = lines[-1] + pad + CLOSE
    return "\n".join(lines)


def source_ts_files() -> list[Path]:
    """One .ts per catalog group (the French ones: every language's holds the same messages)."""
    files = sorted(I18N.glob("recall_desk_*_fr.ts"))
    assert files, f"no translation sources in {I18N}: run packaging/i18n.py update"
    return files


def build_pseudo_qm(out_dir: Path, lrelease: str) -> list[str]:
    """Write and compile the pseudo-locale's catalogs into ``out_dir``; returns the .qm paths."""
    made = []
    for ts in source_ts_files():
        tree = ET.parse(ts)
        root = tree.getroot()
        root.set("language", "eo")
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = pseudo(source)
            else:
                translation.text = pseudo(source)
        name = ts.name.replace("_fr.ts", "_pseudo")
        pseudo_ts = out_dir / f"{name}.ts"
        tree.write(pseudo_ts, encoding="utf-8", xml_declaration=True)
        qm = out_dir / f"{name}.qm"
        subprocess.run([lrelease, "-silent", str(pseudo_ts), "-qm", str(qm)], check=True)
        made.append(str(qm))
    return made


def _has_words(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= 2


def visible_texts(root: QWidget) -> Iterable[tuple[QWidget | QAbstractItemModel, str, str]]:
    """(owner, what, text) for every text a person sees or hears in ``root``'s visible widgets."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if w.isWindow():
            yield w, "window title", w.windowTitle()
        yield w, "tooltip", w.toolTip()
        yield w, "accessible name", w.accessibleName()
        yield w, "accessible description", w.accessibleDescription()
        if isinstance(w, QLabel):
            yield w, "label", w.text()
        elif isinstance(w, QAbstractButton):
            yield w, "button", w.text()
        elif isinstance(w, QGroupBox):
            yield w, "group title", w.title()
        elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield w, "placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield w, f"choice {i}", w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield w, f"tab {i}", w.tabText(i)
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for col in range(model.columnCount()):
                header = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                if isinstance(header, str):
                    yield model, f"column {col} header", header
        if isinstance(w, QMainWindow):
            for action in w.menuBar().actions():
                yield w, "menu", action.text()
                menu = action.menu()
                if menu is not None:
                    for item in menu.actions():
                        if not item.isSeparator():
                            yield w, "menu item", item.text()


def untranslated(root: QWidget, data: Callable[[str], bool] = lambda _t: False) -> list[str]:
    """Visible texts with words that carry no pseudo-locale marker and that ``data`` does not claim
    (catalog text, what was typed)."""
    found = []
    for owner, what, text in visible_texts(root):
        plain = re.sub(r"<[^>]*>", " ", text)
        if not _has_words(plain) or OPEN in plain or data(plain.strip()):
            continue
        found.append(f"{type(owner).__name__} {owner.objectName() or ''} {what}: {text!r}".replace("  ", " "))
    return found


def clipped(root: QWidget) -> list[str]:
    """Visible labels, buttons and group titles whose text does not fit the room they have."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) or w.width() <= 1:
            continue
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            text = w.text()
            if QtGui.Qt.mightBeRichText(text) and w.textFormat() != Qt.TextFormat.PlainText:
                need = w.heightForWidth(w.contentsRect().width()) if w.wordWrap() else w.sizeHint().height()
                if w.wordWrap() and need > w.contentsRect().height() + 1:
                    found.append(f"QLabel {w.objectName()}: {text[:60]!r} needs {need}px of height")
                continue
            room = w.contentsRect().width() - 2 * max(0, w.margin()) - max(0, w.indent())
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    found.append(f"QLabel {w.objectName()}: {text[:60]!r} needs {need}px, has {w.height()}")
            else:
                if w.buddy() is not None:  # a buddy's shortcut letter: its & is not drawn
                    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
                widest = max(w.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
                if widest > room + 1:
                    found.append(f"QLabel {w.objectName()}: {text[:60]!r} needs {widest}px, has {room}")
        elif isinstance(w, QAbstractButton) and w.text():
            hint = w.sizeHint().width()
            if hint > w.width() + 1:
                found.append(
                    f"{type(w).__name__} {w.objectName()}: {w.text()!r} needs {hint}px, has {w.width()}"
                )
        elif isinstance(w, QGroupBox) and w.title():
            need = w.fontMetrics().horizontalAdvance(w.title()) + 16
            if need > w.width() + 1:
                found.append(f"QGroupBox {w.objectName()}: {w.title()!r} needs {need}px, has {w.width()}")
        elif isinstance(w, QTabWidget):
            bar = w.tabBar()
            for i in range(bar.count()):
                if bar.tabSizeHint(i).width() > bar.tabRect(i).width() + 1:
                    found.append(f"tab {bar.tabText(i)!r} is squeezed")
    return found


def lrelease() -> str:
    import PySide6

    return str(Path(PySide6.__file__).parent / "lrelease")


def compile_translations() -> list[Path]:
    """Build resources/i18n/*.qm from the .ts sources, as the wheel build does.

    Each .qm is compiled beside the others and then renamed over the old one: a program (another
    test's window) that has the old one loaded keeps reading it, where lrelease writing into it in
    place would pull the pages from under QTranslator's memory map (a bus error)."""
    import importlib.util
    import os
    import tempfile

    spec = importlib.util.spec_from_file_location("recall_desk_i18n_build", ROOT / "packaging" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = []
    with tempfile.TemporaryDirectory(dir=I18N, prefix=".qm-") as tmp:
        for qm in module.release(Path(tmp)):
            target = I18N / qm.name
            os.replace(qm, target)
            made.append(target)
    return made
