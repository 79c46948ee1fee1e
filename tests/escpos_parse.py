"""A reader of the ESC/POS commands python-escpos writes, for the tests: walks the bytes command by
command (failing on any byte it does not know), and gives back the text, the raster images (as
pictures to decode), the QR codes, the barcodes and the cuts."""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

ESC, GS, FS = 0x1B, 0x1D, 0x1C

# ESC and GS commands with a fixed number of parameter bytes.
_ESC_FIXED = {
    0x40: 0,  # @ initialise
    0x61: 1,  # a align
    0x45: 1,  # E bold
    0x2D: 1,  # - underline
    0x4D: 1,  # M font
    0x7B: 1,  # { upside down
    0x47: 1,  # G double strike
    0x64: 1,  # d print and feed n lines
    0x74: 1,  # t code page
    0x33: 1,  # 3 line spacing
    0x32: 0,  # 2 default line spacing
    0x21: 1,  # ! print mode
    0x52: 1,  # R international character set
}
_GS_FIXED = {
    0x21: 1,  # ! character size
    0x42: 1,  # B reverse
    0x62: 1,  # b smoothing
    0x48: 1,  # H HRI position
    0x66: 1,  # f HRI font
    0x68: 1,  # h barcode height
    0x77: 1,  # w barcode module width
}


@dataclass
class Command:
    name: str
    data: bytes = b""
    params: tuple[int, ...] = ()


@dataclass
class Parsed:
    commands: list[Command] = field(default_factory=list)

    def names(self) -> list[str]:
        return [c.name for c in self.commands]

    def text(self, encoding: str = "cp437") -> str:
        return "".join(c.data.decode(encoding, errors="replace") for c in self.commands if c.name == "text")

    def images(self) -> list[Image.Image]:
        out = []
        for c in self.commands:
            if c.name == "raster":
                _mode, xl, xh, yl, yh = c.params
                width_bytes, height = xl + xh * 256, yl + yh * 256
                img = Image.frombytes("1", (width_bytes * 8, height), c.data)
                out.append(Image.eval(img.convert("L"), lambda v: 255 - v))  # 1 bits are black dots
        return out

    def column_images(self) -> list[Image.Image]:
        """The bands of ESC * column images (24 dots high at m=32/33, 8 at m=0/1)."""
        out = []
        for c in self.commands:
            if c.name == "column_image":
                m, nl, nh = c.params
                width, rows = nl + nh * 256, (24 if m in (32, 33) else 8)
                per_column = rows // 8
                img = Image.new("L", (width, rows), 255)
                px = img.load()
                for x in range(width):
                    for k in range(per_column):
                        byte = c.data[x * per_column + k]
                        for bit in range(8):
                            if byte & (0x80 >> bit):
                                px[x, k * 8 + bit] = 0
                out.append(img)
        return out

    def stacked_image(self, columns: bool = False) -> Image.Image:
        """All the raster (or column) images one under the other, as the paper would show them."""
        images = self.column_images() if columns else self.images()
        width = max(i.width for i in images)
        height = sum(i.height for i in images)
        page = Image.new("L", (width, height), 255)
        y = 0
        for i in images:
            page.paste(i, (0, y))
            y += i.height
        return page

    def qr_codes(self) -> list[str]:
        return [
            c.data.decode("utf-8")
            for c in self.commands
            if c.name == "qr_store" and c.params[:2] == (0x31, 0x50)
        ]

    def barcodes(self) -> list[tuple[int, bytes]]:
        return [(c.params[0], c.data) for c in self.commands if c.name == "barcode"]


def code128_text(data: bytes) -> str:
    """The text of ESC/POS Code 128 data ("{B", "{C" switch code sets; set C holds two digits a byte)."""
    out, i, code_set = [], 0, "B"
    while i < len(data):
        if data[i] == ord("{") and i + 1 < len(data):
            nxt = chr(data[i + 1])
            if nxt in "ABC":
                code_set = nxt
                i += 2
                continue
            if nxt == "{":
                out.append("{")
                i += 2
                continue
        if code_set == "C":
            out.append(f"{data[i]:02d}")
        else:
            out.append(chr(data[i]))
        i += 1
    return "".join(out)


def parse(blob: bytes) -> Parsed:
    parsed = Parsed()
    cmds = parsed.commands
    i, n = 0, len(blob)
    text = bytearray()

    def flush() -> None:
        if text:
            cmds.append(Command("text", bytes(text)))
            text.clear()

    while i < n:
        b = blob[i]
        if b == ESC:
            flush()
            op = blob[i + 1]
            if op in _ESC_FIXED:
                k = _ESC_FIXED[op]
                name = {0x40: "init", 0x61: "align", 0x64: "feed", 0x74: "codepage"}.get(op, f"ESC {chr(op)}")
                cmds.append(Command(name, params=tuple(blob[i + 2 : i + 2 + k])))
                i += 2 + k
            elif op == 0x2A:  # ESC * m nL nH: column bit image
                m, nl, nh = blob[i + 2 : i + 5]
                size = (nl + nh * 256) * (3 if m in (32, 33) else 1)
                cmds.append(Command("column_image", blob[i + 5 : i + 5 + size], (m, nl, nh)))
                i += 5 + size
            else:
                raise ValueError(f"unknown ESC command 0x{op:02x} at byte {i}")
        elif b == GS:
            flush()
            op = blob[i + 1]
            if op in _GS_FIXED:
                k = _GS_FIXED[op]
                name = {0x68: "barcode_height", 0x77: "barcode_width", 0x48: "barcode_hri"}.get(
                    op, f"GS {chr(op)}"
                )
                cmds.append(Command(name, params=tuple(blob[i + 2 : i + 2 + k])))
                i += 2 + k
            elif op == 0x56:  # GS V m [n]: cut
                m = blob[i + 2]
                if m in (65, 66):
                    cmds.append(Command("cut", params=(m, blob[i + 3])))
                    i += 4
                else:
                    cmds.append(Command("cut", params=(m,)))
                    i += 3
            elif op == 0x76 and blob[i + 2] == 0x30:  # GS v 0 m xL xH yL yH data: raster image
                m, xl, xh, yl, yh = blob[i + 3 : i + 8]
                size = (xl + xh * 256) * (yl + yh * 256)
                cmds.append(Command("raster", blob[i + 8 : i + 8 + size], (m, xl, xh, yl, yh)))
                i += 8 + size
            elif op == 0x28 and blob[i + 2] in (0x6B, 0x4C):  # GS ( k / GS ( L pL pH ...
                pl, ph = blob[i + 3], blob[i + 4]
                size = pl + ph * 256
                body = blob[i + 5 : i + 5 + size]
                if blob[i + 2] == 0x6B:
                    cn, fn = body[0], body[1]
                    data = body[3:] if fn == 0x50 else body[2:]  # store: cn fn m data
                    cmds.append(Command("qr_store" if fn == 0x50 else "qr", data, (cn, fn)))
                else:
                    cmds.append(Command("graphics", body))
                i += 5 + size
            elif op == 0x6B:  # GS k m ...: barcode
                m = blob[i + 2]
                if m >= 65:
                    length = blob[i + 3]
                    cmds.append(Command("barcode", blob[i + 4 : i + 4 + length], (m,)))
                    i += 4 + length
                else:
                    end = blob.index(0, i + 3)
                    cmds.append(Command("barcode", blob[i + 3 : end], (m,)))
                    i = end + 1
            else:
                raise ValueError(f"unknown GS command 0x{op:02x} at byte {i}")
        elif b == FS:
            flush()
            op = blob[i + 1]
            if op in (0x2E, 0x26):  # FS . / FS &: Kanji mode off / on
                cmds.append(Command("kanji", params=(op,)))
                i += 2
            else:
                raise ValueError(f"unknown FS command 0x{op:02x} at byte {i}")
        elif b in (0x0A, 0x0D, 0x09) or b >= 0x20:
            text.append(b)
            i += 1
        else:
            raise ValueError(f"unexpected control byte 0x{b:02x} at byte {i}")
    flush()
    return parsed
