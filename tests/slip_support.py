"""Shared by the slip tests: real checks with real case numbers, and reading back what was made
(pdftotext, pdftoppm + zxing-cpp, pypdf)."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import zxingcpp
from PIL import Image
from pypdf import PdfReader

from recall_desk.catalog.checklog import CheckLog
from recall_desk.catalog.service import Catalog
from recall_desk.core.slip import Slip, StoreInfo, make_slip

WHEN = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)
STORE = StoreInfo("Hardware Hut", "12 Main Street\nSpringfield, OR 97477", "(541) 555-0100")
MM_PER_PT = 25.4 / 72


def real_slip(catalog: Catalog, query: str, lang: str = "en", **check: Any) -> Slip:
    """Check ``query``, record it in the check log with a case number, and make its slip."""
    result = catalog.check(query, **check)
    _, case = CheckLog(catalog.engine).record_slip(
        result, serial=check.get("serial"), station="Counter 2", when=WHEN
    )
    return make_slip(
        result,
        case=case,
        when=WHEN,
        lang=lang,
        store=STORE,
        station="Counter 2",
        serial=check.get("serial"),
        no_serial=bool(check.get("no_serial")),
        answers=check.get("answers"),
    )


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def flat(text: str) -> str:
    """Text with every run of white space (no-break spaces, line ends) as one space."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def pdf_pages_mm(path: Path) -> list[tuple[float, float]]:
    reader = PdfReader(str(path))
    return [(float(p.mediabox.width) * MM_PER_PT, float(p.mediabox.height) * MM_PER_PT) for p in reader.pages]


def pdf_to_pngs(path: Path, out_prefix: Path, dpi: int) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(out_prefix)], check=True)
    return sorted(out_prefix.parent.glob(out_prefix.name + "-*.png"))


def decode_png(path: Path) -> list[tuple[str, str]]:
    with Image.open(path) as img:
        gray = img.convert("L")
        gray.load()
    return decode_image(gray)


def decode_image(image: Image.Image) -> list[tuple[str, str]]:
    """(format, text) of each code found, the format without spaces ("QRCode", "Code128")."""
    return [(str(b.format).replace(" ", ""), b.text) for b in zxingcpp.read_barcodes(image)]
