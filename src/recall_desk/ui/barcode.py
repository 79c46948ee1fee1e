"""Barcodes from pictures (for benches without a scanner) and on screen (the scanner test)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QImageReader


@dataclass(frozen=True)
class Decoded:
    text: str
    format: str


class ImageUnreadable(ValueError):
    """The file is not a picture Qt can read; the message names the file and why."""


def decode_image(path: Path) -> list[Decoded]:
    """Every barcode (UPC, EAN, Code 128, QR...) zxing-cpp finds in a photo or scan of a label."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    image = reader.read()
    if image.isNull():
        why = reader.errorString() or QCoreApplication.translate("Barcode", "not a picture")
        raise ImageUnreadable(f"{path.name}: {why}")
    if image.width() * image.height() > 40_000_000:
        image = image.scaled(image.width() // 2, image.height() // 2)
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    out = []
    for b in zxingcpp.read_barcodes(image):
        fmt, text = str(b.format), b.text
        if fmt in ("EAN-13", "UPC-A") and len(text) == 13 and text.startswith("0"):
            fmt, text = "UPC-A", text[1:]  # a UPC-A is an EAN-13 with a leading 0: show it as printed
        if text:
            out.append(Decoded(text, fmt))
    return out


def code128_image(text: str, scale: int = 3) -> QImage:
    """A Code 128 barcode of ``text`` as an image (white quiet zone included)."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.Code128)
    bitmap = memoryview(barcode.to_image(scale=scale))  # type: ignore[arg-type]
    height, width = bitmap.shape or (0, 0)
    stride = bitmap.strides[0] if bitmap.strides else width
    image = QImage(bitmap.tobytes(), width, height, stride, QImage.Format.Format_Grayscale8)
    return image.copy()  # own the pixels: the buffer above is temporary
