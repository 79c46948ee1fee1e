"""Slips on ESC/POS receipt printers, through python-escpos.

The slip is the same layout as the PDF, drawn at the printer's dots (``slip_render.render_raster``) and
sent as raster images; the QR code of the claim page and the Code 128 of the case number are sent
as the printer's own QR and barcode commands where its profile has them, and stay in the image
otherwise.  A printer that prints no images at all (an impact printer) gets the slip as text.  The
store's stub follows a cut.

Printers: a file (``--escpos FILE.bin``, or a device file such as /dev/usb/lp0), the network (raw
port 9100), USB (vendor:product) or a serial port.  The profile (python-escpos's printer database)
says what the printer can do and how many dots wide it prints.
"""

from __future__ import annotations

import contextlib
import io
import os
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
from PIL import Image
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from ..core.slip import Code, CodeKind, Signature, Slip, Text
from .slip_render import THERMAL_DPI, Paper, Raster, code_matrix, render_raster

PRINTER_KINDS: tuple[str, ...] = ("file", "network", "usb", "serial")
DEFAULT_PROFILE = "default"
THRESHOLD = 170
"""Grey levels below this print black (the layout is antialiased; receipt paper is one bit deep)."""


class EscposError(RuntimeError):
    """The receipt printer cannot be reached or refused the slip (the message says which and why)."""


@dataclass(frozen=True)
class ReceiptPrinter:
    kind: str
    target: str
    """file: a path; network: host or host:port; usb: vendor:product in hex; serial: device[@baud]."""
    profile: str = DEFAULT_PROFILE


@dataclass
class EscposReport:
    """What was sent: for the log, the CLI's JSON and the tests."""

    profile: str
    dots: int
    mode: str
    """"raster" (the layout as images) or "text" (a printer without images)."""
    native: list[str] = field(default_factory=list)
    """The codes the printer drew itself ("qr", "code128")."""
    images: int = 0
    cuts: int = 0


def _escpos() -> Any:
    """python-escpos, imported on first use (its printer database is cached in the user's cache folder)."""
    cache = platformdirs.user_cache_path("recall-desk", appauthor=False) / "escpos"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(cache))
    except OSError:
        pass  # it falls back to a temporary folder
    with contextlib.redirect_stdout(io.StringIO()):
        import escpos.escpos
        import escpos.printer

    return escpos


def profile_names() -> list[str]:
    """The printer profiles python-escpos knows (TM-T88V, TM-T20II, …), "default" first."""
    _escpos()
    from escpos.capabilities import CAPABILITIES

    names = sorted(CAPABILITIES["profiles"], key=str.lower)
    return [DEFAULT_PROFILE, *(n for n in names if n != DEFAULT_PROFILE)]


def _check_profile(name: str) -> str:
    names = profile_names()
    if name not in names:
        raise EscposError(
            QCoreApplication.translate(
                "ReceiptPrinter", "unknown receipt printer profile {name} (known: {names}, …)"
            ).format(name=repr(name), names=", ".join(names[:8]))
        )
    return name


def open_printer(cfg: ReceiptPrinter) -> Any:
    """A python-escpos printer for ``cfg`` (not yet connected: the first byte connects)."""
    mod = _escpos()
    profile = _check_profile(cfg.profile or DEFAULT_PROFILE)
    target = cfg.target.strip()
    if not target:
        raise EscposError(
            QCoreApplication.translate(
                "ReceiptPrinter", "no {kind} receipt printer is set: choose one in File → Settings"
            ).format(kind=cfg.kind)
        )
    if cfg.kind == "file":
        return mod.printer.File(devfile=target, profile=profile)
    if cfg.kind == "network":
        host, _, port = target.rpartition(":") if target.count(":") == 1 else (target, "", "")
        try:
            return mod.printer.Network(
                host=host or target, port=int(port or 9100), timeout=10, profile=profile
            )
        except ValueError:
            raise EscposError(
                QCoreApplication.translate("ReceiptPrinter", "{target} is not host or host:port").format(
                    target=repr(target)
                )
            ) from None
    if cfg.kind == "usb":
        vendor, sep, product = target.partition(":")
        try:
            ids = int(vendor, 16), int(product, 16)
        except ValueError:
            ids = None
        if not sep or ids is None:
            raise EscposError(
                QCoreApplication.translate(
                    "ReceiptPrinter", "{target} is not a USB vendor:product id such as 04b8:0202"
                ).format(target=repr(target))
            )
        return mod.printer.Usb(idVendor=ids[0], idProduct=ids[1], profile=profile)
    if cfg.kind == "serial":
        device, _, baud = target.partition("@")
        try:
            rate = int(baud or 9600)
        except ValueError:
            raise EscposError(
                QCoreApplication.translate(
                    "ReceiptPrinter", "{target} is not a serial device such as /dev/ttyUSB0@9600"
                ).format(target=repr(target))
            ) from None
        return mod.printer.Serial(devfile=device, baudrate=rate, profile=profile)
    raise EscposError(
        QCoreApplication.translate(
            "ReceiptPrinter", "unknown receipt printer kind {kind} (one of {kinds})"
        ).format(kind=repr(cfg.kind), kinds=", ".join(PRINTER_KINDS))
    )


# --- what the profile can do ----------------------------------------------------------------------------


def _media(printer: Any) -> tuple[int | None, int | None]:
    media = printer.profile.profile_data.get("media", {})
    try:
        pixels = int(media.get("width", {}).get("pixels"))
    except (TypeError, ValueError):
        pixels = None
    try:
        dpi = int(media.get("dpi"))
    except (TypeError, ValueError):
        dpi = None
    return pixels, dpi


def _image_impl(printer: Any) -> str | None:
    return next(
        (i for i in ("bitImageRaster", "graphics", "bitImageColumn") if printer.profile.supports(i)),
        None,
    )


def escpos_code128(text: str) -> str:
    """``text`` as the data of ESC/POS Code 128 (GS k 73): code set B, switching to set C (two digits
    a character) for runs of four digits or more, as a Code 128 encoder does to keep it short."""
    out: list[str] = []
    current, i, n = "", 0, len(text)
    while i < n:
        j = i
        while j < n and text[j].isdigit():
            j += 1
        if j - i >= 4:
            if (j - i) % 2:  # an odd digit out goes in set B first
                if current != "B":
                    out.append("{B")
                    current = "B"
                out.append(text[i])
                i += 1
            if current != "C":
                out.append("{C")
                current = "C"
            while i < j:
                out.append(chr(int(text[i : i + 2])))
                i += 2
            continue
        if current != "B":
            out.append("{B")
            current = "B"
        out.append("{{" if text[i] == "{" else text[i])
        i += 1
    return "".join(out)


def _to_pil(image: QImage) -> Image.Image:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * height]
    pil = Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1)
    return pil.point(lambda v: 0 if v < THRESHOLD else 255)


def _bands(
    height: int, stops: list[tuple[int, int, str, Code | None]]
) -> Iterator[tuple[str, int, int, Code | None]]:
    """Cut the image rows [0, height) at the native codes and the cut line: ("image", top, bottom),
    ("code", top, bottom, code) and ("cut", y, y)."""
    y = 0
    for top, bottom, what, code in sorted(stops, key=lambda s: s[0]):
        if top > y:
            yield ("image", y, top, None)
        yield (what, top, bottom, code)
        y = max(y, bottom)
    if y < height:
        yield ("image", y, height, None)


def print_slip(slip: Slip, paper: Paper, printer: Any) -> EscposReport:
    """Send ``slip`` to a python-escpos printer: init, the slip, the stub after a cut, a final cut."""
    if not paper.thermal:
        raise EscposError(
            QCoreApplication.translate("ReceiptPrinter", "a receipt printer takes 80mm or 58mm paper")
        )
    pixels, dpi = _media(printer)
    dpi = dpi or THERMAL_DPI
    paper_dots = round(paper.content_width_mm / 25.4 * dpi)
    dots = (
        min(pixels, paper_dots)
        if pixels
        else (paper.dots if dpi == THERMAL_DPI and paper.dots else paper_dots)
    )
    name = str(printer.profile.profile_data.get("name", DEFAULT_PROFILE))
    impl = _image_impl(printer)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):  # python-escpos prints its choices on stdout
            try:
                printer.hw("INIT")
                if impl is None:
                    report = _print_text(slip, printer, name, dots)
                else:
                    report = _print_raster(slip, paper, printer, name, dots, dpi, impl)
                printer.cut()
                report.cuts += 1
            finally:
                close = getattr(printer, "close", None)
                if close is not None:
                    close()
    except EscposError:
        raise
    except Exception as exc:  # the printer's connection: python-escpos raises many kinds
        raise EscposError(
            QCoreApplication.translate("ReceiptPrinter", "the receipt printer failed: {reason}").format(
                reason=" ".join(str(exc).split())  # python-escpos's messages run over several lines
            )
        ) from None
    return report


def _print_raster(
    slip: Slip, paper: Paper, printer: Any, name: str, dots: int, dpi: int, impl: str
) -> EscposReport:
    kinds: set[CodeKind] = set()
    if printer.profile.supports("qrCode"):
        kinds.add(CodeKind.QR)
    if printer.profile.supports("barcodeB"):
        kinds.add(CodeKind.CODE128)
    raster = render_raster(slip, paper, width_dots=dots, dpi=dpi, native_codes=frozenset(kinds))
    # A code whose modules the printer cannot draw that size (bars 2 to 6 dots, squares 1 to 16) stays
    # in the image.
    too_fine = {c.kind for _, _, c in raster.codes if c.kind in kinds and not _native_size_ok(raster, c)}
    if too_fine & kinds:
        kinds -= too_fine
        raster = render_raster(slip, paper, width_dots=dots, dpi=dpi, native_codes=frozenset(kinds))
    report = EscposReport(name, dots, "raster")
    stops: list[tuple[int, int, str, Code | None]] = [
        (top, top + height, "code", code) for top, height, code in raster.codes if code.kind in kinds
    ]
    if raster.cut is not None:
        stops.append((raster.cut + 1, raster.cut + 1, "cut", None))
    image = raster.image
    for what, top, bottom, code in _bands(image.height(), stops):
        if what == "image" and bottom > top:
            printer.image(_to_pil(image.copy(0, top, image.width(), bottom - top)), impl=impl, center=False)
            report.images += 1
        elif what == "cut":
            printer.cut(mode="PART")
            report.cuts += 1
        elif what == "code" and code is not None:
            module = _module(raster, code)
            printer.set(align="center")
            if code.kind == CodeKind.QR:
                printer.qr(code.data, native=True, size=module, ec=1)
            else:
                printer.barcode(
                    escpos_code128(code.data),
                    "CODE128",
                    height=min(255, bottom - top),
                    width=module,
                    pos="OFF",
                    function_type="B",
                    align_ct=True,
                )
            printer.ln()
            printer.set(align="left")
            report.native.append(code.kind.value)
    return report


def _native_size_ok(raster: Raster, code: Code) -> bool:
    module = _module(raster, code)
    return 1 <= module <= 16 if code.kind == CodeKind.QR else 2 <= module <= 6


def _module(raster: Raster, code: Code) -> int:
    """The module (bar or square) width the layout gave ``code``, in dots."""
    width = next(p.row.width for p in raster.placed if p.row.code is code)
    return max(1, round(width / len(code_matrix(code.kind, code.data)[0])))


def _print_text(slip: Slip, printer: Any, name: str, dots: int) -> EscposReport:
    """For a printer without images: the slip's words, wrapped to the printer's columns."""
    report = EscposReport(name, dots, "text")
    try:
        columns = int(printer.profile.get_columns("a"))
    except Exception:
        columns = 42
    sep = slip.label_sep
    for section in slip.all_sections():
        if section is slip.stub:
            printer.text("\n" + f" {slip.cut_label} ".center(columns, "-") + "\n")
            printer.cut(mode="PART")
            report.cuts += 1
        if section.heading:
            printer.set(bold=True)
            printer.text("\n" + textwrap.fill(section.heading, columns) + "\n")
            printer.set(bold=False)
        for item in section.items:
            if isinstance(item, Text):
                line = f"{item.label}{sep}{item.text}" if item.label else item.text
                prefix = "* " if item.bullet else ""
                printer.text(
                    textwrap.fill(prefix + line, columns, subsequent_indent=" " * len(prefix)) + "\n"
                )
            elif isinstance(item, Code):
                if item.kind == CodeKind.QR and printer.profile.supports("qrCode"):
                    printer.qr(item.data, native=True, size=4, ec=1)
                    report.native.append("qr")
                elif item.kind == CodeKind.CODE128 and printer.profile.supports("barcodeB"):
                    printer.barcode(
                        escpos_code128(item.data), "CODE128", height=64, width=2, pos="OFF", function_type="B"
                    )
                    report.native.append("code128")
                    printer.ln()
                else:
                    printer.text(textwrap.fill(item.data, columns) + "\n")
            elif isinstance(item, Signature):
                printer.text("\n\n" + "_" * min(columns, 32) + "\n" + item.label + "\n")
    return report


def write_escpos_file(
    slip: Slip, paper: Paper, path: str | os.PathLike[str], profile: str = DEFAULT_PROFILE
) -> EscposReport:
    """The ESC/POS bytes of the slip in a file (python-escpos's file printer)."""
    target = Path(path)
    printer = open_printer(ReceiptPrinter("file", str(target), profile))
    return print_slip(slip, paper, printer)


def send_slip(slip: Slip, paper: Paper, cfg: ReceiptPrinter) -> EscposReport:
    """Print ``slip`` on the receipt printer ``cfg`` (network, USB, serial or a device file)."""
    return print_slip(slip, paper, open_printer(cfg))
