"""One QPainter layout of a slip, drawn on PDF (QPdfWriter), a printer (QPrinter) and a raster image.

The layout is made for the device it is drawn on (its resolution), as rows: each row is one line of
text, a code, a rule or a signature line, with its height and how to paint it.  Rows are placed down
the page; Letter and A4 break between rows (a heading stays with what follows it, the verdict box and
the header stay whole), and the store's stub goes to the foot of the last page.  The thermal papers
(80 mm, 58 mm) are one long page sized to the content.  The raster image (for ESC/POS receipt
printers) is the same layout at the printer's dots; the rows holding a QR code or barcode are left
blank when the printer draws those itself.

Text is laid out with QTextLayout as plain text, never as rich text: a title holding ``<b>`` or
``<script>`` prints those characters.  Lines wrap at word boundaries, or anywhere inside a word too
long for the line (a long URL), so nothing is clipped.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import zxingcpp
from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)

from ..core.slip import Code, CodeKind, Section, Signature, Slip, Style, Text

MM_PER_INCH = 25.4
PT_PER_INCH = 72.0
MAX_PDF_PAGE_MM = 5000.0
"""PDF pages are at most 200 inches (5080 mm) long; a longer thermal slip continues on a second page."""


@dataclass(frozen=True)
class Paper:
    key: str
    label: str
    width_mm: float
    height_mm: float | None
    """None for receipt paper: one page as long as the content."""
    margin_mm: float
    base_pt: float
    """The body text size."""
    dots: int | None = None
    """The printable width of a receipt printer for this paper, in dots at 203 dpi."""

    @property
    def thermal(self) -> bool:
        return self.height_mm is None

    @property
    def content_width_mm(self) -> float:
        return self.width_mm - 2 * self.margin_mm

    def page_size(self, height_mm: float | None = None) -> QPageSize:
        if self.key == "letter":
            return QPageSize(QPageSize.PageSizeId.Letter)
        if self.key == "a4":
            return QPageSize(QPageSize.PageSizeId.A4)
        size = QSizeF(self.width_mm, height_mm or 200.0)
        return QPageSize(
            size, QPageSize.Unit.Millimeter, f"Receipt {self.key}", QPageSize.SizeMatchPolicy.ExactMatch
        )


PAPERS: dict[str, Paper] = {
    "letter": Paper("letter", "Letter", 215.9, 279.4, 15.0, 10.0),
    "a4": Paper("a4", "A4", 210.0, 297.0, 15.0, 10.0),
    "80mm": Paper("80mm", "80 mm receipt", 80.0, None, 4.0, 8.5, dots=576),
    "58mm": Paper("58mm", "58 mm receipt", 58.0, None, 5.0, 7.5, dots=384),
}
THERMAL_DPI = 203
FONT_FAMILY = "DejaVu Sans"
MONO_FAMILY = "DejaVu Sans Mono"


class SlipRenderError(RuntimeError):
    """The slip could not be written (the file cannot be opened, the printer refused)."""


def paper(key: str) -> Paper:
    try:
        return PAPERS[key.lower()]
    except KeyError:
        raise ValueError(f"unknown paper {key!r}: use one of {', '.join(PAPERS)}") from None


# --- codes as module matrices -------------------------------------------------------------------------


def code_matrix(kind: CodeKind, data: str) -> list[list[bool]]:
    """The dark modules of a QR code or Code 128 (rows of booleans, no quiet zone)."""
    fmt = zxingcpp.BarcodeFormat.QRCode if kind == CodeKind.QR else zxingcpp.BarcodeFormat.Code128
    barcode = zxingcpp.create_barcode(data, fmt)
    bitmap = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
    height, width = bitmap.shape or (0, 0)
    raw = bitmap.tobytes()
    stride = bitmap.strides[0] if bitmap.strides else width
    rows = [[raw[y * stride + x] < 128 for x in range(width)] for y in range(height)]
    return rows[:1] if kind == CodeKind.CODE128 else rows


def _runs(row: Sequence[bool]) -> list[tuple[int, int]]:
    out, start = [], None
    for i, dark in enumerate([*row, False]):
        if dark and start is None:
            start = i
        elif not dark and start is not None:
            out.append((start, i - start))
            start = None
    return out


# --- rows ---------------------------------------------------------------------------------------------

Painter = Callable[[QPainter, float, float], None]


@dataclass
class Row:
    height: float
    paint: Painter
    width: float = 0.0
    """How wide what it draws is (for the no-clipping checks); 0 for blank space."""
    x: float = 0.0
    """Where what it draws starts, from the left of the content column."""
    keep_with_next: bool = False
    space: bool = False
    """Blank space, dropped at the top of a page."""
    code: Code | None = None
    text: str = ""
    columns: list[tuple[float, list[Row]]] = field(default_factory=list)
    """For a two-column block: each column's x offset and rows."""


@dataclass
class Placed:
    row: Row
    page: int
    x: float
    y: float


@dataclass
class PageGeometry:
    width: float
    height: float
    left: float
    top: float
    content_width: float
    content_height: float


@dataclass
class RenderInfo:
    pages: int
    placed: list[Placed] = field(default_factory=list)
    geometry: PageGeometry | None = None


class SlipLayout:
    """The rows of ``slip`` laid out for ``device`` (its resolution), ``width`` device pixels wide."""

    def __init__(self, slip: Slip, paper: Paper, device: QPaintDevice, width: float, *, raster: bool = False):
        self.slip = slip
        self.paper = paper
        self.device = device
        self.raster = raster
        self.dpi = float(device.logicalDpiY())
        self.u = self.dpi / PT_PER_INCH  # device pixels per point
        self.width = width
        self.base = paper.base_pt
        self._fonts: dict[tuple[str, float, bool], QFont] = {}
        self.main: list[Row] = []
        self.stub: list[Row] = []
        self._build()

    # -- units and fonts --

    def pt(self, points: float) -> float:
        return points * self.u

    def mm(self, millimetres: float) -> float:
        return millimetres / MM_PER_INCH * self.dpi

    def font(self, size_pt: float, *, bold: bool = False, mono: bool = False) -> QFont:
        key = (MONO_FAMILY if mono else FONT_FAMILY, size_pt, bold)
        found = self._fonts.get(key)
        if found is None:
            found = QFont(key[0])
            found.setStyleHint(QFont.StyleHint.Monospace if mono else QFont.StyleHint.SansSerif)
            found.setPointSizeF(size_pt)
            found.setBold(bold)
            found.setHintingPreference(
                QFont.HintingPreference.PreferFullHinting
                if self.raster
                else QFont.HintingPreference.PreferNoHinting
            )
            if not self.raster:
                found.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
            # No ligatures: "fi" stays two letters, so a PDF's text (and a URL in it) copies as printed.
            for tag in ("liga", "clig", "dlig"):
                found.setFeature(QFont.Tag(tag), 0)
            self._fonts[key] = found
        return found

    def style_font(self, style: Style) -> QFont:
        b, thermal = self.base, self.paper.thermal
        sizes = {
            Style.STORE: (b * 1.35, True, False),
            Style.TITLE: (b * (1.25 if thermal else 1.45), True, False),
            Style.VERDICT: (b * (1.3 if thermal else 1.5), True, False),
            Style.HEADING: (b * 1.15, True, False),
            Style.BODY: (b, False, False),
            Style.NOTICE: (b * 0.95, False, False),
            Style.SMALL: (b * 0.85, False, False),
            Style.CASE: (b * 1.2, True, True),
        }
        size, bold, mono = sizes[style]
        return self.font(size, bold=bold, mono=mono)

    # -- building blocks --

    def space(self, points: float) -> Row:
        return Row(self.pt(points), lambda p, x, y: None, space=True)

    def text_rows(
        self,
        text: str,
        font: QFont,
        width: float,
        *,
        label: str = "",
        indent: float = 0.0,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        decorate: Callable[[QPainter, float, float, float], None] | None = None,
    ) -> list[Row]:
        """Plain text wrapped to ``width`` (minus ``indent``): one row per line.  ``label`` (bold) leads."""
        sep = self.slip.label_sep if label else ""
        whole = f"{label}{sep}{text}"
        layout = QTextLayout(whole, font, self.device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        if label:
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            rng = QTextLayout.FormatRange()
            rng.start, rng.length, rng.format = 0, len(label) + len(sep), bold
            layout.setFormats([rng])
        line_width = max(1.0, width - indent)
        lines: list[QTextLine] = []
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(line_width)
            line.setPosition(QPointF(0.0, y))
            y += line.height()
            lines.append(line)
        layout.endLayout()
        rows = []
        for line in lines:

            def paint(
                p: QPainter, x: float, top: float, line: QTextLine = line, lay: QTextLayout = layout
            ) -> None:
                _ = lay  # the layout owns its lines: keep it alive as long as the row
                line.draw(p, QPointF(x + indent, top - line.y()))
                if decorate is not None:
                    decorate(p, x, top, line.height())

            start = line.x() + (
                line.width() - line.naturalTextWidth() if align & Qt.AlignmentFlag.AlignRight else 0
            )
            if align & Qt.AlignmentFlag.AlignHCenter:
                start = line.x() + (line.width() - line.naturalTextWidth()) / 2
            rows.append(
                Row(
                    line.height(),
                    paint,
                    width=line.naturalTextWidth(),
                    x=indent + start,
                    text=whole[line.textStart() : line.textStart() + line.textLength()],
                )
            )
        return rows

    def item_rows(self, item: Text, width: float, *, center: bool = False) -> list[Row]:
        font = self.style_font(item.style)
        align = Qt.AlignmentFlag.AlignHCenter if center else Qt.AlignmentFlag.AlignLeft
        if item.style == Style.VERDICT:
            return self.verdict_rows(item.text, font, width)
        if item.bullet:
            bullet_w = self.pt(self.base * 1.1)
            rows = self.text_rows(item.text, font, width, indent=bullet_w, label=item.label)
            first = rows[0]
            inner = first.paint

            def with_bullet(p: QPainter, x: float, y: float) -> None:
                p.setFont(font)
                p.drawText(QRectF(x, y, bullet_w, first.height), Qt.AlignmentFlag.AlignLeft, "•")
                inner(p, x, y)

            first.paint = with_bullet
            return rows
        if item.style == Style.NOTICE:
            bar = max(1.0, self.pt(1.2))
            indent = self.pt(self.base * 0.7)

            def rule(p: QPainter, x: float, y: float, h: float) -> None:
                p.fillRect(QRectF(x, y, bar, h), QColor("#707070"))

            return self.text_rows(item.text, font, width, label=item.label, indent=indent, decorate=rule)
        return self.text_rows(item.text, font, width, label=item.label, align=align)

    def verdict_rows(self, text: str, font: QFont, width: float) -> list[Row]:
        """Bold words in a heavy box; kept together on one page when it fits."""
        border = max(2.0, self.pt(2.0))
        pad = self.pt(self.base * 0.6)
        inner = border + pad
        lines = self.text_rows(text, font, width - 2 * inner, align=Qt.AlignmentFlag.AlignLeft)
        black = QColor("black")

        def top(p: QPainter, x: float, y: float) -> None:
            p.fillRect(QRectF(x, y, width, border), black)
            p.fillRect(QRectF(x, y, border, inner), black)
            p.fillRect(QRectF(x + width - border, y, border, inner), black)

        def bottom(p: QPainter, x: float, y: float) -> None:
            p.fillRect(QRectF(x, y, border, inner), black)
            p.fillRect(QRectF(x + width - border, y, border, inner), black)
            p.fillRect(QRectF(x, y + inner - border, width, border), black)

        rows = [Row(inner, top, width=width, keep_with_next=True)]
        for line in lines:
            draw = line.paint

            def boxed(p: QPainter, x: float, y: float, draw: Painter = draw, h: float = line.height) -> None:
                p.fillRect(QRectF(x, y, border, h), black)
                p.fillRect(QRectF(x + width - border, y, border, h), black)
                draw(p, x + inner, y)

            rows.append(Row(line.height, boxed, width=width, keep_with_next=True, text=line.text))
        rows.append(Row(inner, bottom, width=width))
        rows.append(self.space(self.base * 0.4))
        return rows

    def code_rows(self, code: Code, width: float, *, center: bool = True) -> list[Row]:
        matrix = code_matrix(code.kind, code.data)
        modules = len(matrix[0]) if matrix else 1
        if code.kind == CodeKind.QR:
            target = self.mm(28.0 if not self.paper.thermal else min(34.0, self.paper.content_width_mm * 0.7))
            module = max(1, math.floor(min(target, width) / modules))
            height = module * len(matrix)
        else:
            widest = self.mm(0.375 if self.paper.thermal else 0.33)
            module = max(1, math.floor(min(widest, width / modules)))
            height = round(self.mm(9.0 if self.paper.thermal else 10.0))
        size = module * modules

        def paint(p: QPainter, x: float, y: float) -> None:
            left = round(x + ((width - size) / 2 if center else 0))
            top = round(y)
            p.save()
            p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            p.setPen(Qt.PenStyle.NoPen)
            black = QColor("black")
            if code.kind == CodeKind.QR:
                for r, row in enumerate(matrix):
                    for start, run in _runs(row):
                        p.fillRect(
                            QRectF(left + start * module, top + r * module, run * module, module), black
                        )
            else:
                for start, run in _runs(matrix[0]):
                    p.fillRect(QRectF(left + start * module, top, run * module, height), black)
            p.restore()

        offset = (width - size) / 2 if center else 0.0
        rows = [Row(float(height), paint, width=float(size), x=offset, code=code, text=code.data)]
        if code.caption:
            caption = self.text_rows(
                code.caption,
                self.style_font(Style.SMALL),
                width,
                align=Qt.AlignmentFlag.AlignHCenter if center else Qt.AlignmentFlag.AlignLeft,
            )
            rows = [*rows, self.space(2), *caption]
        return rows

    def signature_rows(self, sig: Signature, width: float) -> list[Row]:
        gap = self.pt(self.base * 2.4)
        line_w = min(width, self.mm(110))
        pen_w = max(1.0, self.pt(0.8))

        def paint(p: QPainter, x: float, y: float) -> None:
            p.fillRect(QRectF(x, y + gap - pen_w, line_w, pen_w), QColor("black"))

        label = self.text_rows(sig.label, self.style_font(Style.SMALL), width)
        return [Row(gap, paint, width=line_w, keep_with_next=True), *label]

    def cut_row(self) -> Row:
        font = self.style_font(Style.SMALL)
        label = f"✂  {self.slip.cut_label}"
        rows = self.text_rows(label, font, self.width, align=Qt.AlignmentFlag.AlignHCenter)
        height = sum(r.height for r in rows)
        width = self.width
        pen_w = max(1.0, self.pt(0.7))

        def paint(p: QPainter, x: float, y: float) -> None:
            pen = QPen(QColor("black"), pen_w, Qt.PenStyle.DashLine)
            p.save()
            p.setPen(pen)
            mid = y + height / 2
            text_w = max(r.width for r in rows) + self.pt(8)
            p.drawLine(QPointF(x, mid), QPointF(x + (width - text_w) / 2, mid))
            p.drawLine(QPointF(x + (width + text_w) / 2, mid), QPointF(x + width, mid))
            p.restore()
            top = y
            for r in rows:
                r.paint(p, x, top)
                top += r.height

        return Row(height, paint, width=width, text=label)

    def heading_rows(self, heading: str) -> list[Row]:
        font = self.style_font(Style.HEADING)
        rows = self.text_rows(heading, font, self.width)
        rule_w = max(1.0, self.pt(0.6))
        width = self.width

        def rule(p: QPainter, x: float, y: float) -> None:
            p.fillRect(QRectF(x, y + self.pt(1), width, rule_w), QColor("black"))

        for r in rows:
            r.keep_with_next = True
        return [*rows, Row(self.pt(1) + rule_w + self.pt(3), rule, width=width, keep_with_next=True)]

    def columns(self, left: list[Row], right: list[Row], left_w: float, gap: float) -> Row:
        """Two columns side by side in one row that is never broken."""
        height = max(sum(r.height for r in left), sum(r.height for r in right))

        def paint(p: QPainter, x: float, y: float) -> None:
            for rows, x0 in ((left, x), (right, x + left_w + gap)):
                top = y
                for r in rows:
                    r.paint(p, x0, top)
                    top += r.height

        inner = [*left, *right]
        row = Row(height, paint, width=self.width, text="\n".join(r.text for r in inner if r.text))
        row.columns = [(0.0, left), (left_w + gap, right)]
        self._column_parts.append((row, left, right, left_w + gap))
        return row

    # -- the slip --

    def section_rows(self, section: Section, width: float, *, center: bool = False) -> list[Row]:
        rows: list[Row] = []
        for i, item in enumerate(section.items):
            if i:
                rows.append(self.space(self.base * 0.3))
            if isinstance(item, Text):
                rows.extend(self.item_rows(item, width, center=center and item.style != Style.NOTICE))
            elif isinstance(item, Code):
                rows.extend(self.code_rows(item, width))
            else:
                rows.extend(self.signature_rows(item, width))
        return rows

    def _build(self) -> None:
        self._column_parts: list[tuple[Row, list[Row], list[Row], float]] = []
        slip, thermal = self.slip, self.paper.thermal
        gap = self.pt(self.base * 0.9)
        # The header: on paper, the store and title on the left and the case on the right.
        header = slip.header
        if thermal:
            self.main.extend(self.section_rows(header, self.width, center=True))
        else:
            split = next(
                i for i, it in enumerate(header.items) if isinstance(it, Text) and it.style == Style.TITLE
            )
            right_w = self.mm(72)
            left_w = self.width - right_w - gap
            left = self.section_rows(Section("store", "", header.items[: split + 1]), left_w)
            right = self.section_rows(Section("case", "", header.items[split + 1 :]), right_w)
            self.main.append(self.columns(left, right, left_w, gap))
        for section in slip.sections:
            self.main.append(self.space(self.base * (0.9 if section.heading else 0.6)))
            if section.heading:
                self.main.extend(self.heading_rows(section.heading))
            codes = [it for it in section.items if isinstance(it, Code) and it.kind == CodeKind.QR]
            if codes and not thermal:
                # The claim's QR code beside its text.
                qr_w = self.mm(40)
                text_w = self.width - qr_w - gap
                rest = Section(section.key, "", tuple(it for it in section.items if it not in codes))
                left = self.section_rows(rest, text_w)
                qr_rows: list[Row] = []
                for code in codes:
                    qr_rows.extend(self.code_rows(code, qr_w))
                block = self.columns(left, qr_rows, text_w, gap)
                self.main.append(block)
            else:
                self.main.extend(self.section_rows(section, self.width))
        if slip.stub is not None:
            self.stub.append(self.space(self.base * 1.2))
            self.stub.append(self.cut_row())
            self.stub.append(self.space(self.base * 0.6))
            if thermal:
                self.stub.extend(self.section_rows(slip.stub, self.width))
            else:
                self.stub.extend(self._paper_stub(slip.stub, gap))

    def _paper_stub(self, stub: Section, gap: float) -> list[Row]:
        """The store's stub on Letter and A4: the case and its barcode beside the device and the
        verdict, then the customer's acknowledgement and the signature lines side by side."""
        items = stub.items
        code_at = next(i for i, it in enumerate(items) if isinstance(it, Code))
        signatures = [it for it in items if isinstance(it, Signature)]
        first_sig = items.index(signatures[0]) if signatures else len(items)
        left_w = self.mm(72)
        right_w = self.width - left_w - gap
        left = self.section_rows(Section("stub-case", "", items[: code_at + 2]), left_w)
        right = self.section_rows(Section("stub-device", "", items[code_at + 2 : first_sig - 1]), right_w)
        rows = [self.columns(left, right, left_w, gap), self.space(self.base * 0.5)]
        rows.extend(self.section_rows(Section("stub-ack", "", items[first_sig - 1 : first_sig]), self.width))
        half = (self.width - gap) / 2
        sig_cols = [self.signature_rows(sig, half) for sig in signatures]
        for i in range(0, len(sig_cols), 2):
            pair = sig_cols[i : i + 2]
            rows.append(self.columns(pair[0], pair[1] if len(pair) > 1 else [], half, gap))
        return rows

    def rows(self) -> list[Row]:
        return [*self.main, *self.stub]

    def height(self) -> float:
        return sum(r.height for r in self.rows())

    def expand_columns(self, rows: list[Row], page_height: float) -> list[Row]:
        """Two-column blocks taller than a page are laid one column after the other instead."""
        out: list[Row] = []
        for row in rows:
            part = next((c for c in self._column_parts if c[0] is row), None)
            if part is not None and row.height > page_height:
                out.extend(part[1])
                out.extend(part[2])
            else:
                out.append(row)
        return out


@dataclass(frozen=True)
class Box:
    """Where one drawn line, code or rule sits on its page, from the content area's top left."""

    page: int
    x: float
    y: float
    width: float
    height: float
    text: str


def boxes(placed: Sequence[Placed]) -> list[Box]:
    """Every leaf row as drawn (two-column blocks opened up): for checks that nothing is clipped."""
    out: list[Box] = []

    def walk(row: Row, page: int, x: float, y: float) -> None:
        if row.columns:
            for offset, rows in row.columns:
                top = y
                for r in rows:
                    walk(r, page, x + offset, top)
                    top += r.height
        elif not row.space:
            out.append(Box(page, x + row.x, y, row.width, row.height, row.text))

    for p in placed:
        walk(p.row, p.page, 0.0, p.y)
    return out


def paginate(
    rows: Sequence[Row], page_height: float, *, first_page: int = 0, start_y: float = 0.0
) -> list[Placed]:
    """Rows placed down pages of ``page_height``: a row never straddles two pages, blank space is
    dropped at the top of a page, and a chain of rows kept together moves to the next page whole
    when it does not fit but would fit on a page of its own."""
    placed: list[Placed] = []
    page, y = first_page, start_y
    i = 0
    rows = list(rows)
    while i < len(rows):
        j = i
        while j < len(rows) - 1 and rows[j].keep_with_next:
            j += 1
        chain = rows[i : j + 1]
        chain_h = sum(r.height for r in chain)
        if y > 0 and y + chain_h > page_height and chain_h <= page_height:
            page, y = page + 1, 0.0
        for r in chain:
            if y > 0 and y + r.height > page_height:
                page, y = page + 1, 0.0
            if r.space and y == 0:
                continue
            placed.append(Placed(r, page, r.x, y))
            y += r.height
        i = j + 1
    return placed


def _geometry(
    paper: Paper, page_rect: QRectF, dpi: float, min_margins: QMarginsF | None = None
) -> PageGeometry:
    margin = paper.margin_mm / MM_PER_INCH * dpi
    left = max(margin, min_margins.left() if min_margins else 0.0)
    right = max(margin, min_margins.right() if min_margins else 0.0)
    top = max(margin, min_margins.top() if min_margins else 0.0)
    bottom = max(margin, min_margins.bottom() if min_margins else 0.0)
    return PageGeometry(
        page_rect.width(),
        page_rect.height(),
        left,
        top,
        page_rect.width() - left - right,
        page_rect.height() - top - bottom,
    )


def _footer_height(layout: SlipLayout) -> float:
    return layout.pt(layout.base * 2.2)


def layout_pages(layout: SlipLayout, geo: PageGeometry) -> tuple[list[Placed], int]:
    """Where every row goes: paper pages with a footer and the stub at the foot of the last page; one
    long page (or more, past the PDF limit) on receipt paper."""
    if layout.paper.thermal:
        rows = layout.rows()
        placed = paginate(rows, geo.content_height)
        return placed, (placed[-1].page + 1 if placed else 1)
    usable = geo.content_height - _footer_height(layout)
    main = layout.expand_columns(layout.main, usable)
    placed = paginate(main, usable)
    last = placed[-1].page if placed else 0
    used = max((p.y + p.row.height for p in placed if p.page == last), default=0.0)
    stub = [r for r in layout.stub]
    if stub:
        while stub and stub[0].space:
            stub.pop(0)
        stub_h = sum(r.height for r in stub)
        gap = layout.pt(layout.base * 1.2)
        if used + gap + stub_h <= usable:
            placed.extend(paginate(stub, usable, first_page=last, start_y=usable - stub_h))
        else:
            placed.extend(paginate(stub, usable, first_page=last + 1))
    pages = max(p.page for p in placed) + 1 if placed else 1
    return placed, pages


def _paint_pages(
    layout: SlipLayout,
    placed: list[Placed],
    pages: int,
    geo: PageGeometry,
    painter: QPainter,
    new_page: Callable[[], bool],
    *,
    skip_codes: frozenset[CodeKind] = frozenset(),
) -> None:
    page = 0
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    # Black must be recorded as a change: the print preview replays the pages with its own palette's
    # pen (light grey in the dark theme) until the first pen change it recorded, and black is already
    # a new painter's pen.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setPen(QColor("black"))
    for p in placed:
        while p.page > page:
            _paint_footer(layout, geo, painter, page, pages)
            if not new_page():
                raise SlipRenderError(
                    QCoreApplication.translate("SlipRender", "the printer could not start a new page")
                )
            page += 1
        if p.row.code is not None and p.row.code.kind in skip_codes:
            continue
        painter.setPen(QColor("black"))
        p.row.paint(painter, geo.left, geo.top + p.y)
    _paint_footer(layout, geo, painter, page, pages)


def _paint_footer(layout: SlipLayout, geo: PageGeometry, painter: QPainter, page: int, pages: int) -> None:
    if layout.paper.thermal:
        return
    text = layout.slip.page_label(page + 1, pages)
    rows = layout.text_rows(
        text, layout.style_font(Style.SMALL), geo.content_width, align=Qt.AlignmentFlag.AlignRight
    )
    y = geo.top + geo.content_height - sum(r.height for r in rows)
    for r in rows:
        r.paint(painter, geo.left, y)
        y += r.height


# --- PDF, printer, image ---------------------------------------------------------------------------------


def _thermal_height_mm(layout: SlipLayout, paper: Paper, dpi: float) -> float:
    content_mm = layout.height() / dpi * MM_PER_INCH
    return min(MAX_PDF_PAGE_MM, content_mm + 2 * paper.margin_mm + 2.0)


_UNIT_PT = {
    QPageLayout.Unit.Millimeter: PT_PER_INCH / MM_PER_INCH,
    QPageLayout.Unit.Point: 1.0,
    QPageLayout.Unit.Inch: PT_PER_INCH,
    QPageLayout.Unit.Pica: 12.0,
    QPageLayout.Unit.Didot: 1.07,
    QPageLayout.Unit.Cicero: 12.84,
}


def _page_geometry(paper: Paper, device: QPagedPaintDevice, resolution: int) -> PageGeometry:
    """The page and its content area in device pixels: our margins, or the printer's if wider."""
    page_layout = device.pageLayout()
    full = QRectF(page_layout.fullRectPixels(resolution))
    mins = page_layout.minimumMargins()
    scale = _UNIT_PT.get(page_layout.units(), 1.0) * resolution / PT_PER_INCH
    min_px = QMarginsF(mins.left() * scale, mins.top() * scale, mins.right() * scale, mins.bottom() * scale)
    return _geometry(paper, full, resolution, min_px)


def _render_paged(slip: Slip, paper: Paper, device: QPagedPaintDevice, resolution: int) -> RenderInfo:
    device.setPageOrientation(QPageLayout.Orientation.Portrait)
    device.setPageSize(paper.page_size(200.0) if paper.thermal else paper.page_size())
    geo = _page_geometry(paper, device, resolution)
    layout = SlipLayout(slip, paper, device, geo.content_width)
    if paper.thermal:  # one page as long as the content (its width does not change)
        device.setPageSize(paper.page_size(_thermal_height_mm(layout, paper, resolution)))
        geo = _page_geometry(paper, device, resolution)
    placed, pages = layout_pages(layout, geo)
    painter = QPainter()
    if not painter.begin(device):
        raise SlipRenderError(
            QCoreApplication.translate("SlipRender", "cannot start drawing on the PDF or printer")
        )
    try:
        _paint_pages(layout, placed, pages, geo, painter, device.newPage)
    finally:
        painter.end()
    return RenderInfo(pages, placed, geo)


def render_pdf(
    slip: Slip, paper: Paper, target: str | os.PathLike[str], *, resolution: int = 600
) -> RenderInfo:
    """Write the slip as a PDF file; raises SlipRenderError when the file cannot be written."""
    path = Path(target)
    writer = QPdfWriter(str(path))
    writer.setResolution(resolution)
    writer.setCreator("Recall Desk")
    writer.setTitle(f"Recall Desk {slip.kind.value} {slip.case_number}")
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    try:
        info = _render_paged(slip, paper, writer, resolution)
    except SlipRenderError as exc:
        raise SlipRenderError(
            QCoreApplication.translate("SlipRender", "cannot write {path}: {reason}").format(
                path=path, reason=exc
            )
        ) from None
    del writer  # finishes the file
    return info


def render_to_printer(slip: Slip, paper: Paper, printer: QPagedPaintDevice) -> RenderInfo:
    """Draw the slip on a QPrinter (the print dialog's, or the print preview's)."""
    resolution = int(printer.logicalDpiY())
    full_page = getattr(printer, "setFullPage", None)  # a QPrinter: draw from the paper's corner
    if full_page is not None:
        full_page(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return _render_paged(slip, paper, printer, resolution)


def measure_thermal_mm(slip: Slip, paper: Paper, resolution: int) -> float:
    """How long a receipt-paper page the slip needs, in mm (to size a printer's page before drawing)."""
    ref = QImage(1, 1, QImage.Format.Format_Grayscale8)
    dpm = round(resolution / 0.0254)
    ref.setDotsPerMeterX(dpm)
    ref.setDotsPerMeterY(dpm)
    layout = SlipLayout(slip, paper, ref, paper.content_width_mm / MM_PER_INCH * resolution)
    return _thermal_height_mm(layout, paper, resolution) + 4.0


@dataclass
class Raster:
    """A slip drawn at a receipt printer's dots, with where each code and the cut line are."""

    image: QImage
    codes: list[tuple[int, int, Code]]
    """(top, height, code) of each code row, in image rows; left blank when drawn natively."""
    cut: int | None
    """The image row of the tear-off line, if any."""
    placed: list[Placed]


def render_raster(
    slip: Slip,
    paper: Paper,
    *,
    width_dots: int | None = None,
    dpi: int = THERMAL_DPI,
    native_codes: frozenset[CodeKind] = frozenset(),
) -> Raster:
    """The slip as a grayscale image ``width_dots`` wide (the receipt printer's printable width), one
    long page.  The rows of the codes in ``native_codes`` are left blank for the printer's own."""
    if not paper.thermal:
        raise ValueError("a receipt printer takes 80mm or 58mm paper")
    width = width_dots or paper.dots or round(paper.content_width_mm / MM_PER_INCH * dpi)
    dpm = round(dpi / 0.0254)
    ref = QImage(1, 1, QImage.Format.Format_Grayscale8)
    ref.setDotsPerMeterX(dpm)
    ref.setDotsPerMeterY(dpm)
    layout = SlipLayout(slip, paper, ref, float(width), raster=True)
    rows = layout.rows()
    placed = paginate(rows, float("inf"))
    height = math.ceil(max((p.y + p.row.height for p in placed), default=1.0)) + 2
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    image.fill(QColor("white"))
    painter = QPainter(image)
    geo = PageGeometry(width, height, 0.0, 0.0, float(width), float(height))
    try:
        _paint_pages(layout, placed, 1, geo, painter, lambda: False, skip_codes=native_codes)
    finally:
        painter.end()
    codes = [(math.floor(p.y), math.ceil(p.row.height), p.row.code) for p in placed if p.row.code is not None]
    cut_row = layout.stub[1] if len(layout.stub) > 1 else None
    cut = next((math.floor(p.y + p.row.height / 2) for p in placed if p.row is cut_row), None)
    return Raster(image, [(y, h, c) for y, h, c in codes if c is not None], cut, placed)


def render_png(slip: Slip, paper: Paper, target: str | os.PathLike[str]) -> None:
    """The receipt raster as a PNG (for looking at what the receipt printer gets)."""
    raster = render_raster(slip, paper)
    if not raster.image.save(str(target)):
        raise SlipRenderError(
            QCoreApplication.translate("SlipRender", "cannot write {path}").format(path=target)
        )


def font_family_used() -> str:
    return QFontInfo(QFont(FONT_FAMILY)).family()


# --- files and the application the CLI needs ---------------------------------------------------------------


def output_problem(target: str | os.PathLike[str]) -> str | None:
    """Why a slip cannot be written to ``target`` (one line), or None when it can."""
    path = Path(target)
    if path.is_dir():
        return QCoreApplication.translate("SlipRender", "{path} is a folder, not a file").format(path=path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        return QCoreApplication.translate("SlipRender", "the folder {folder} does not exist").format(
            folder=parent
        )
    if not os.access(parent, os.W_OK | os.X_OK):
        return QCoreApplication.translate("SlipRender", "cannot write in the folder {folder}").format(
            folder=parent
        )
    if path.exists() and not os.access(path, os.W_OK):
        return QCoreApplication.translate("SlipRender", "cannot overwrite {path}").format(path=path)
    return None


def write_pdf(slip: Slip, paper: Paper, target: str | os.PathLike[str]) -> RenderInfo:
    """Write the PDF next to ``target`` and move it into place, so a reader never sees half a file."""
    path = Path(target)
    problem = output_problem(path)
    if problem:
        raise SlipRenderError(problem)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        info = render_pdf(slip, paper, tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise SlipRenderError(
            QCoreApplication.translate("SlipRender", "cannot write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return info


def ensure_gui_application() -> None:
    """Qt draws text only with a QGuiApplication; the command line makes an offscreen one."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP.append(QGuiApplication(["recall-desk"]))


_APP: list[object] = []  # the command line's application lives as long as the program
