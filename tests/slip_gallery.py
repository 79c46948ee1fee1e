"""Every slip layout as pictures to look at: each paper × language for an affected device (with its
store stub), the short receipt, and what a receipt printer prints (the ESC/POS raster).

    .venv/bin/python tests/slip_gallery.py [--out build/slips]

PDFs are turned into PNG pages with ``pdftoppm -r 100 -png``; the receipt printer's raster is saved
as it is (203 dpi).  test_slip_gallery.py runs this too.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from recall_desk.catalog.service import Catalog
from recall_desk.core.slip_text import LANGS
from recall_desk.ui.slip_render import PAPERS, render_pdf, render_raster
from slip_support import real_slip

CASES = {
    "affected": ("BPD005", {"serial": "57V123456789AB"}),
    "maker": ("A3102016", {"serial": "1234567890123456"}),
    "receipt": ("A3102", {"answers": {"colour": "blue"}}),
}


def make(out: Path) -> list[Path]:
    _app = QGuiApplication.instance() or QGuiApplication([])
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("slip-*"):
        old.unlink()
    made: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        catalog = Catalog.open(Path(tmp) / "gallery.sqlite3")
        try:
            for name, (query, check) in CASES.items():
                for lang in LANGS:
                    slip = real_slip(catalog, query, lang, **check)  # type: ignore[arg-type]
                    papers = list(PAPERS) if name != "maker" else ["a4", "80mm"]
                    for key in papers:
                        pdf = out / f"slip-{name}-{key}-{lang}.pdf"
                        render_pdf(slip, PAPERS[key], pdf)
                        subprocess.run(
                            ["pdftoppm", "-r", "100", "-png", str(pdf), str(pdf.with_suffix(""))], check=True
                        )
                        made.append(pdf)
                    if name == "affected":
                        for key in ("80mm", "58mm"):
                            png = out / f"slip-{name}-escpos-{key}-{lang}.png"
                            render_raster(slip, PAPERS[key]).image.save(str(png))
                            made.append(png)
        finally:
            catalog.close()
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent.parent / "build" / "slips"
    )
    args = parser.parse_args()
    made = make(args.out)
    print(f"{len(made)} slips in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
