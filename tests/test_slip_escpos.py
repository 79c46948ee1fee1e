"""Slips on ESC/POS receipt printers (python-escpos): the bytes written by its file printer, parsed
back command by command, for printers with and without their own QR codes, barcodes and images."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from escpos_parse import Parsed, code128_text, parse
from recall_desk.catalog.service import Catalog
from recall_desk.core.slip import Slip
from recall_desk.core.slip_text import LANGS
from recall_desk.ui.escpos_out import (
    EscposError,
    ReceiptPrinter,
    escpos_code128,
    profile_names,
    send_slip,
    write_escpos_file,
)
from recall_desk.ui.slip_render import PAPERS
from slip_support import decode_image, real_slip

CLAIM = "http://www.belkin.com/bpd005recall"


@pytest.fixture(autouse=True)
def gui(qapp: QGuiApplication) -> None:
    """The raster is drawn with Qt, which needs an application (pytest-qt's)."""


def belkin(catalog: Catalog, lang: str = "en") -> Slip:
    return real_slip(catalog, "BPD005", lang, serial="57V123456789AB")


def escpos(slip: Slip, tmp_path: Path, paper: str = "80mm", profile: str = "default") -> Parsed:
    out = tmp_path / f"slip-{paper}-{profile}.bin"
    write_escpos_file(slip, PAPERS[paper], out, profile)
    return parse(out.read_bytes())


def test_code128_data_switches_to_digit_pairs_and_reads_back() -> None:
    for text in ("RD-20261122-000123", "RD-20261122-1234567", "AB12", "A1234B", "12345", "{x}"):
        assert code128_text(escpos_code128(text).encode("latin-1")) == text
    assert escpos_code128("RD-20261122-000123") == "{BRD-{C\x14\x1a\x0b\x16{B-{C\x00\x01\x17"


@pytest.mark.parametrize("lang", LANGS)
def test_a_full_featured_printer_draws_its_own_qr_and_barcode(
    catalog: Catalog, tmp_path: Path, lang: str
) -> None:
    slip = belkin(catalog, lang)
    parsed = escpos(slip, tmp_path)
    names = parsed.names()
    assert names[0] == "init"
    assert names[-1] == "cut"
    assert names.count("cut") == 2  # before the store's stub, and at the end
    assert parsed.qr_codes() == [CLAIM]
    barcodes = parsed.barcodes()
    assert [m for m, _ in barcodes] == [73, 73]  # GS k 73: Code 128, function B
    assert [code128_text(d) for _, d in barcodes] == [slip.case_number, slip.case_number]
    images = parsed.images()
    assert images and all(i.width == 576 for i in images)  # 72 mm at 203 dpi
    # The text is in the images, and the codes are not drawn twice.
    assert decode_image(parsed.stacked_image()) == []
    # The stub comes after the first cut: its barcode is the second one.
    first_cut = names.index("cut")
    assert names.index("barcode", first_cut) > first_cut


def test_a_58mm_printer_gets_narrower_images_and_bars_two_dots_wide(catalog: Catalog, tmp_path: Path) -> None:
    slip = belkin(catalog)
    parsed = escpos(slip, tmp_path, "58mm")
    assert all(i.width == 384 for i in parsed.images())
    widths = [c.params[0] for c in parsed.commands if c.name == "barcode_width"]
    assert widths == [2, 2]  # 189 modules × 2 dots = 378 dots, inside 384
    assert [code128_text(d) for _, d in parsed.barcodes()] == [slip.case_number] * 2


def test_a_printer_without_qr_codes_gets_the_qr_as_an_image(catalog: Catalog, tmp_path: Path) -> None:
    slip = belkin(catalog)
    parsed = escpos(slip, tmp_path, profile="TH230")  # barcodes, but no QR codes
    assert parsed.qr_codes() == []
    assert len(parsed.barcodes()) == 2
    assert ("QRCode", CLAIM) in decode_image(parsed.stacked_image())


def test_a_printer_without_codes_gets_them_all_as_images(catalog: Catalog, tmp_path: Path) -> None:
    slip = belkin(catalog)
    parsed = escpos(slip, tmp_path, "58mm", profile="simple")
    assert parsed.qr_codes() == [] and parsed.barcodes() == []
    found = decode_image(parsed.stacked_image())
    assert ("QRCode", CLAIM) in found
    assert found.count(("Code128", slip.case_number)) == 2


def test_an_impact_printer_gets_column_images(catalog: Catalog, tmp_path: Path) -> None:
    slip = belkin(catalog)
    parsed = escpos(slip, tmp_path, profile="TM-U220")  # ESC * column images only, no codes
    assert "raster" not in parsed.names() and "column_image" in parsed.names()
    assert parsed.qr_codes() == [] and parsed.barcodes() == []
    found = decode_image(parsed.stacked_image(columns=True))
    assert ("QRCode", CLAIM) in found
    assert ("Code128", slip.case_number) in found


def test_a_device_without_images_gets_text(catalog: Catalog, tmp_path: Path) -> None:
    slip = belkin(catalog)
    parsed = escpos(slip, tmp_path, profile="AF-240")  # a customer display: text only
    assert "raster" not in parsed.names() and "column_image" not in parsed.names()
    text = " ".join(parsed.text().split())  # wrapped to the display's 20 columns
    assert "AFFECTED: STOP USING THIS DEVICE" in text
    assert slip.case_number in text
    assert CLAIM in text.replace(" ", "")
    assert "Customer signature" in text


def test_the_receipt_is_short_and_has_no_stub(catalog: Catalog, tmp_path: Path) -> None:
    slip = real_slip(catalog, "A3102", "es", answers={"colour": "blue"})
    parsed = escpos(slip, tmp_path)
    assert parsed.names().count("cut") == 1
    assert parsed.qr_codes() == []
    assert [code128_text(d) for _, d in parsed.barcodes()] == [slip.case_number]


def test_printer_problems_are_one_line_errors(catalog: Catalog, tmp_path: Path) -> None:
    slip = belkin(catalog)
    assert "TM-T88V" in profile_names() and profile_names()[0] == "default"
    with pytest.raises(EscposError, match="unknown receipt printer profile"):
        send_slip(slip, PAPERS["80mm"], ReceiptPrinter("file", str(tmp_path / "x.bin"), "No-Such-Printer"))
    with pytest.raises(EscposError, match="not a USB vendor:product"):
        send_slip(slip, PAPERS["80mm"], ReceiptPrinter("usb", "epson"))
    with pytest.raises(EscposError, match="no network receipt printer is set"):
        send_slip(slip, PAPERS["80mm"], ReceiptPrinter("network", ""))
    with pytest.raises(EscposError, match="80mm or 58mm"):
        send_slip(slip, PAPERS["letter"], ReceiptPrinter("file", str(tmp_path / "x.bin")))
    with pytest.raises(EscposError, match="receipt printer failed"):
        send_slip(slip, PAPERS["80mm"], ReceiptPrinter("file", str(tmp_path / "no" / "such" / "dir.bin")))
    # A network printer that is not there (a closed port on this machine).
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(EscposError, match="receipt printer failed"):
        send_slip(slip, PAPERS["80mm"], ReceiptPrinter("network", f"127.0.0.1:{port}"))


def test_a_network_printer_receives_the_same_bytes(catalog: Catalog, tmp_path: Path) -> None:
    """A raw-port printer on this machine (a socket that keeps what it is sent)."""
    import threading

    slip = belkin(catalog)
    received = bytearray()
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(20)

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            conn.settimeout(20)
            while chunk := conn.recv(65536):
                received.extend(chunk)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        port = server.getsockname()[1]
        report = send_slip(slip, PAPERS["80mm"], ReceiptPrinter("network", f"127.0.0.1:{port}"))
        thread.join(20)
    finally:
        server.close()
    assert report.native == ["code128", "qr", "code128"]
    parsed = parse(bytes(received))
    assert parsed.names()[0] == "init" and parsed.qr_codes() == [CLAIM]
