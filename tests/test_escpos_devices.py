"""Receipt printers on a serial line and on USB, without the hardware.

Serial: a pseudo-terminal stands in for the printer's port: python-escpos (through pyserial) opens
its device file as it would /dev/ttyUSB0, and the test reads from the other end what a printer would
receive.  USB: with no printer plugged in, the clerk gets a one-line error that names the printer.
"""

from __future__ import annotations

import os
import select
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from escpos_parse import parse
from recall_desk.catalog.service import Catalog
from recall_desk.core.slip import Slip
from recall_desk.ui.escpos_out import EscposError, ReceiptPrinter, send_slip, write_escpos_file
from recall_desk.ui.slip_render import PAPERS
from slip_support import real_slip

CLAIM = "http://www.belkin.com/bpd005recall"


@pytest.fixture(autouse=True)
def gui(qapp: QGuiApplication) -> None:
    """The raster is drawn with Qt, which needs an application (pytest-qt's)."""


def belkin(catalog: Catalog, lang: str = "en") -> Slip:
    return real_slip(catalog, "BPD005", lang, serial="57V123456789AB")


def test_a_serial_printer_receives_the_slip_byte_for_byte(catalog: Catalog, tmp_path: Path) -> None:
    slip = belkin(catalog)
    master, slave = os.openpty()  # ours stays open, so the line stays up between pyserial's opens
    port = os.ttyname(slave)
    received = bytearray()
    printed = threading.Event()

    def read_port() -> None:  # what the printer hears, until printing is over and the line is quiet
        while True:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                received.extend(os.read(master, 65536))
            elif printed.is_set():
                return

    reader = threading.Thread(target=read_port, daemon=True)
    reader.start()
    try:
        report = send_slip(slip, PAPERS["80mm"], ReceiptPrinter("serial", f"{port}@19200", "TM-T88V"))
        printed.set()
        reader.join(20)
    finally:
        printed.set()
        os.close(master)
        os.close(slave)
    assert not reader.is_alive()
    expected = tmp_path / "same.bin"
    write_escpos_file(slip, PAPERS["80mm"], expected, "TM-T88V")
    assert bytes(received) == expected.read_bytes()  # the line passes every byte as it is (raw mode)
    parsed = parse(bytes(received))
    assert parsed.names()[0] == "init" and parsed.qr_codes() == [CLAIM]
    assert report.native == ["code128", "qr", "code128"] and report.cuts == 2


def test_a_serial_port_that_is_not_there_is_a_one_line_error(catalog: Catalog, tmp_path: Path) -> None:
    missing = tmp_path / "ttyUSB9"
    with pytest.raises(EscposError, match=r"receipt printer failed: .*ttyUSB9") as info:
        send_slip(belkin(catalog), PAPERS["80mm"], ReceiptPrinter("serial", f"{missing}@9600"))
    assert "\n" not in str(info.value)
    with pytest.raises(EscposError, match="not a serial device such as /dev/ttyUSB0@9600"):
        send_slip(belkin(catalog), PAPERS["80mm"], ReceiptPrinter("serial", "/dev/ttyUSB0@fast"))


def test_a_usb_printer_that_is_not_plugged_in_is_a_one_line_error(catalog: Catalog) -> None:
    # 04b8:0e28 is an Epson TM-T88V's id; none is attached to this machine.
    with pytest.raises(EscposError, match="receipt printer failed") as info:
        send_slip(belkin(catalog), PAPERS["80mm"], ReceiptPrinter("usb", "04b8:0e28", "TM-T88V"))
    assert "\n" not in str(info.value)
