"""The slip drawn with QPainter: PDF on every paper and language, read back (pdftotext, pypdf), its
codes decoded from pdftoppm pictures (zxing-cpp), no text clipped, long slips broken into pages."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QGuiApplication

from recall_desk.catalog.load import parse_document, replace_catalog
from recall_desk.catalog.service import Catalog
from recall_desk.core.slip import Slip
from recall_desk.core.slip_text import LANGS
from recall_desk.resources import resource
from recall_desk.ui.slip_render import (
    PAPERS,
    RenderInfo,
    SlipRenderError,
    boxes,
    output_problem,
    render_pdf,
    render_raster,
    write_pdf,
)
from slip_support import decode_image, decode_png, flat, pdf_pages_mm, pdf_text, pdf_to_pngs, real_slip

HEADLINES = {
    "en": "AFFECTED: STOP USING THIS DEVICE",
    "fr": "CONCERNÉ PAR LE RAPPEL : N’UTILISEZ PLUS CET APPAREIL",
    "es": "AFECTADO: DEJE DE USAR ESTE APARATO",
}
SECTIONS = {
    "en": ("What to do now", "Disposal", "What to have ready"),
    "fr": ("Que faire maintenant", "Élimination", "À préparer"),
    "es": ("Qué hacer ahora", "Cómo desecharlo", "Qué tener a mano"),
}
CLAIM = "http://www.belkin.com/bpd005recall"


@pytest.fixture(autouse=True)
def gui(qapp: QGuiApplication) -> None:
    """Qt draws text only with an application (pytest-qt's)."""


def nospace(text: str) -> str:
    return "".join(text.split())


def assert_inside(info: RenderInfo) -> None:
    """Every drawn line, code and rule lies inside the page's content area: nothing is clipped."""
    geo = info.geometry
    assert geo is not None
    for b in boxes(info.placed):
        assert b.x >= -0.5, b
        assert b.x + b.width <= geo.content_width + 0.5, b
        assert b.y >= -0.5, b
        assert b.y + b.height <= geo.content_height + 0.5, b
        assert 0 <= b.page < info.pages


def assert_margins_blank(png: Path, margin_mm: float) -> None:
    """No ink in the page's margins (what overflowing text would leave there)."""
    with Image.open(png) as img:
        gray = img.convert("L")
    dpi = 100
    band = max(1, int(margin_mm / 25.4 * dpi) - 2)
    w, h = gray.size
    for box in ((0, 0, band, h), (w - band, 0, w, h), (0, 0, w, band), (0, h - band, w, h)):
        darkest = gray.crop(box).getextrema()[0]
        assert darkest > 200, f"ink in the margin {box} of {png.name}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("paper_key", list(PAPERS))
def test_every_paper_and_language(catalog: Catalog, tmp_path: Path, paper_key: str, lang: str) -> None:
    slip = real_slip(catalog, "BPD005", lang, serial="57V123456789AB")
    out = tmp_path / f"slip-{paper_key}-{lang}.pdf"
    info = render_pdf(slip, PAPERS[paper_key], out)
    assert_inside(info)
    text = flat(pdf_text(out))
    assert flat(HEADLINES[lang]) in text
    for heading in SECTIONS[lang]:
        assert heading in text
    assert slip.case_number in text
    assert "Hardware Hut" in text
    assert nospace(CLAIM) in nospace(text)
    assert "The power bank can overheat because of a manufacturing defect, posing a fire hazard." in text
    pages = pdf_pages_mm(out)
    assert len(pages) == info.pages
    paper = PAPERS[paper_key]
    for width, height in pages:
        assert width == pytest.approx(paper.width_mm, abs=0.5)
        if paper.height_mm:
            assert height == pytest.approx(paper.height_mm, abs=0.5)
        else:
            assert 250 < height < 900  # one long receipt, sized to the content
    if paper.thermal:
        assert info.pages == 1
    for png in pdf_to_pngs(out, tmp_path / f"page-{paper_key}-{lang}", 100):
        assert_margins_blank(png, paper.margin_mm)


@pytest.mark.parametrize("paper_key", list(PAPERS))
def test_the_codes_decode_to_the_claim_page_and_the_case_number(
    catalog: Catalog, tmp_path: Path, paper_key: str
) -> None:
    slip = real_slip(catalog, "BPD005", "en", serial="57V123456789AB")
    out = tmp_path / "slip.pdf"
    render_pdf(slip, PAPERS[paper_key], out)
    found: list[tuple[str, str]] = []
    for png in pdf_to_pngs(out, tmp_path / "page", 300):
        found.extend(decode_png(png))
    assert ("QRCode", CLAIM) in found
    assert found.count(("Code128", slip.case_number)) == 2  # the header's and the store stub's


def test_the_qr_of_a_check_with_the_maker_is_its_serial_page(catalog: Catalog, tmp_path: Path) -> None:
    slip = real_slip(catalog, "A3102016", "es", serial="1234567890123456")
    out = tmp_path / "slip.pdf"
    render_pdf(slip, PAPERS["a4"], out)
    found = [d for png in pdf_to_pngs(out, tmp_path / "page", 300) for d in decode_png(png)]
    assert ("QRCode", "https://us.soundcore.com/pages/a3102-recall") in found
    assert "Escanee para verificar el número de serie" in flat(pdf_text(out))


def test_the_short_receipt(catalog: Catalog, tmp_path: Path) -> None:
    slip = real_slip(catalog, "A3102", "fr", answers={"colour": "red"})
    for key in PAPERS:
        out = tmp_path / f"receipt-{key}.pdf"
        info = render_pdf(slip, PAPERS[key], out)
        assert info.pages == 1
        assert_inside(info)
        text = flat(pdf_text(out))
        assert "VÉRIFIÉ : PAS VISÉ PAR UN RAPPEL au 22 novembre 2026" in text
        assert "Ce n’est pas un certificat de sécurité" in text
        assert "Découper" not in text  # no stub on a receipt
        found = [d for png in pdf_to_pngs(out, tmp_path / f"receipt-{key}", 300) for d in decode_png(png)]
        assert found == [("Code128", slip.case_number)]
        if PAPERS[key].thermal:
            assert pdf_pages_mm(out)[0][1] < 200  # short


# --- hostile and long catalog text ---------------------------------------------------------------------

LONG_STEPS = 90
HOSTILE_TITLE = "<b>Bold</b> <script>alert('slip')</script> & Belkin"
LONG_URL = "https://example.com/" + "very-long-path-segment-" * 12 + "end"


@pytest.fixture
def odd_catalog(db_path: Path) -> Iterator[Catalog]:
    """The seed, with BPD005's notice given markup in its title, a remedy of many sentences and a
    claim URL far wider than any paper."""
    data = json.loads(resource("catalog", "seed.json").read_text(encoding="utf-8"))
    recall = next(r for r in data["recalls"] if r["key"] == "cpsc-2024-12-belkin-bpd005")
    recall["title"] = HOSTILE_TITLE
    recall["remedy"]["text"] = " ".join(
        f"Step {i}: keep the charger away from heat and write down what happened."
        for i in range(1, LONG_STEPS + 1)
    )
    recall["contact"]["claim_url"] = LONG_URL
    cat = Catalog.open(db_path, seed=False)
    replace_catalog(cat.engine, parse_document(data, "test"))
    yield cat
    cat.close()


def long_slip(cat: Catalog, lang: str = "en") -> Slip:
    return real_slip(cat, "BPD005", lang, serial="57V123456789AB")


@pytest.mark.parametrize("paper_key", ["letter", "a4"])
def test_a_long_slip_breaks_cleanly_into_pages(odd_catalog: Catalog, tmp_path: Path, paper_key: str) -> None:
    slip = long_slip(odd_catalog)
    out = tmp_path / "long.pdf"
    info = render_pdf(slip, PAPERS[paper_key], out)
    assert info.pages >= 3
    assert len(pdf_pages_mm(out)) == info.pages
    assert_inside(info)
    text = flat(pdf_text(out))
    for i in range(1, LONG_STEPS + 1):
        assert f"Step {i}: keep the charger away" in text
    for n in range(1, info.pages + 1):
        assert f"Page {n} of {info.pages}" in text
    assert nospace(LONG_URL) in nospace(text)  # wrapped inside the word, not cut off
    # Each page's rows stay in order, and the stub (signature lines) comes last.
    page_of_signature = max(b.page for b in boxes(info.placed) if b.text == "Customer signature")
    assert page_of_signature == info.pages - 1
    for png in pdf_to_pngs(out, tmp_path / "long", 100):
        assert_margins_blank(png, PAPERS[paper_key].margin_mm)
    found = [d for png in pdf_to_pngs(out, tmp_path / "long300", 300) for d in decode_png(png)]
    assert ("QRCode", LONG_URL) in found


def test_markup_in_the_catalog_prints_as_characters(odd_catalog: Catalog, tmp_path: Path) -> None:
    for key in ("letter", "58mm"):
        out = tmp_path / f"hostile-{key}.pdf"
        render_pdf(long_slip(odd_catalog, "fr"), PAPERS[key], out)
        assert "<b>Bold</b> <script>alert('slip')</script> & Belkin" in flat(pdf_text(out))


def test_a_long_receipt_paper_slip_is_one_long_page(odd_catalog: Catalog, tmp_path: Path) -> None:
    out = tmp_path / "long-58.pdf"
    info = render_pdf(long_slip(odd_catalog, "es"), PAPERS["58mm"], out)
    assert info.pages == 1
    assert_inside(info)
    [(width, height)] = pdf_pages_mm(out)
    assert width == pytest.approx(58, abs=0.5) and height > 1000
    assert "Step 90: keep the charger away" in flat(pdf_text(out))


# --- the receipt printer's raster, and files ----------------------------------------------------------------


@pytest.mark.parametrize(("paper_key", "dots"), [("80mm", 576), ("58mm", 384)])
def test_the_raster_is_the_printers_width_and_its_codes_decode(
    catalog: Catalog, paper_key: str, dots: int
) -> None:
    slip = real_slip(catalog, "A1263", "en", serial="AB12CD34")
    raster = render_raster(slip, PAPERS[paper_key])
    assert raster.image.width() == dots
    assert raster.cut is not None and 0 < raster.cut < raster.image.height()
    gray = raster.image
    pil = Image.frombuffer(
        "L", (gray.width(), gray.height()), bytes(gray.constBits()), "raw", "L", gray.bytesPerLine(), 1
    )
    found = decode_image(pil)
    assert ("QRCode", "https://www.anker.com/product-recalls") in found
    assert ("Code128", slip.case_number) in found
    kinds = [c.kind.value for _, _, c in raster.codes]
    assert kinds == ["code128", "qr", "code128"]


def test_files_that_cannot_be_written_are_refused(catalog: Catalog, tmp_path: Path) -> None:
    slip = real_slip(catalog, "A1112", "en")
    assert output_problem(tmp_path) is not None
    assert "does not exist" in (output_problem(tmp_path / "nope" / "slip.pdf") or "")
    with pytest.raises(SlipRenderError, match="does not exist"):
        write_pdf(slip, PAPERS["letter"], tmp_path / "nope" / "slip.pdf")
    target = tmp_path / "ok.pdf"
    info = write_pdf(slip, PAPERS["letter"], target)
    assert target.read_bytes().startswith(b"%PDF") and info.pages >= 1
    assert not list(tmp_path.glob(".*.part"))  # written beside, then moved into place


def test_the_gallery_of_every_layout(tmp_path: Path) -> None:
    """What build/slips holds to look at (tests/slip_gallery.py): every paper × language, the
    receipt, the receipt printer's raster; each page has ink and nothing in its margins."""
    import slip_gallery

    out = Path(__file__).resolve().parent.parent / "build" / "slips"
    made = slip_gallery.make(out)
    pdfs = [p for p in made if p.suffix == ".pdf"]
    assert len(pdfs) == 3 * (4 + 2 + 4)
    for pdf in pdfs:
        pngs = sorted(out.glob(pdf.stem + "-*.png"))
        assert pngs, pdf
        paper = PAPERS[pdf.stem.split("-")[2]]
        for png in pngs:
            with Image.open(png) as img:
                assert img.convert("L").getextrema()[0] < 50  # something is printed
            assert_margins_blank(png, paper.margin_mm)
