"""What a certificate PDF shows a person: the QR codes drawn on each page and the texts in the blank's boxes.

A check must read what a person sees, not what a file says about itself: the
pages are rendered (pdfium, at a fixed resolution) and the QR codes decoded
from the pixels (zxing-cpp); the texts are read with pdfium's text API, by
where :mod:`.layout` draws them (number, holder's name, programme, facts).  The
XMP metadata that :func:`.certificate.render_certificates` writes is reported
only as a hint, and so is anything after the end of the document: a file
whose bytes go on after its ``%%EOF`` (a forger's appended metadata, an
incremental update) is not the file this program wrote.

The work is bounded for hostile files: the file's size, the number of pages,
a page's size (only A4 landscape is rendered) and the resolution are fixed.
A file pdfium cannot open is "not a readable certificate PDF", never a crash.
pdfium is not thread-safe, so one reading runs at a time in the process.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, UserError
from .certificate import NOT_A_PDF, NOT_OUR_CERTIFICATE, metadata_payloads
from .decoration import INNER, PAGE_HEIGHT, PAGE_WIDTH

MAX_BYTES = 20 * 1024 * 1024  # a certificate is ~45 KB a page
MAX_PAGES = 100  # a printed batch; more is not a certificate to check by hand
RENDER_DPI = 150  # ~3 pixels a QR module at the printed size; ~35 ms a page
SIZE_TOLERANCE = 2.0  # points: a page of another size is not one of our blanks and is not rendered

TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "The file is {size} MB; a certificate PDF is far smaller (at most {limit} MB are checked).")
TOO_MANY_PAGES = QT_TRANSLATE_NOOP(
    "Errors", "The PDF has {pages} pages; at most {limit} are checked at once. Check each certificate's own PDF."
)
CANNOT_READ = QT_TRANSLATE_NOOP("Errors", "Cannot read «{path}»: {reason}")
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The PDF cannot be read as a certificate: it is damaged, incomplete or locked.")


@dataclass(frozen=True)
class Box:
    """A rectangle of the page (points, origin bottom left); a character belongs to it if its origin is inside."""

    left: float
    bottom: float
    right: float
    top: float

    def holds(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.bottom <= y <= self.top


# Where layout.py puts the baselines of the texts a payload states: the number at H-203, the name at
# H-277 (or H-264 and down to H-283 on two lines), the programme from H-318 down to ~170 with its
# details, the facts at INNER+76, +62, +48 left of x 270.  The neighbouring baselines stay outside
# the boxes: the subtitle (H-164), the duplicate note (H-220), the holder label (H-242), the gold line
# (H-292), the QR caption (139), the signature block (from x 330) and the seal.
NUMBER_BOX = Box(INNER, PAGE_HEIGHT - 212, PAGE_WIDTH - INNER, PAGE_HEIGHT - 194)
NAME_BOX = Box(INNER, PAGE_HEIGHT - 290, PAGE_WIDTH - INNER, PAGE_HEIGHT - 250)
BODY_BOX = Box(INNER, 150, PAGE_WIDTH - INNER, PAGE_HEIGHT - 305)
FACTS_BOX = Box(INNER, INNER + 40, 325, INNER + 85)
TEXT_BOXES = (NUMBER_BOX, NAME_BOX, BODY_BOX, FACTS_BOX)

_VISIBLE_MODES = (0, 2)  # FPDF_TEXTRENDERMODE_FILL, _FILL_STROKE: what ReportLab's drawString uses
_PALE = 235  # every channel above this: white on white paper
_SMALLEST_TEXT = 2.5  # points, a character's height: layout.SMALLEST (3 pt) prints no smaller
_FORM_DEPTH = 8  # forms within forms: a blank nests none
_lock = threading.Lock()


@dataclass(frozen=True)
class PageReading:
    """One page as a person sees it."""

    codes: tuple[str, ...]  # the texts of the QR codes decoded from the rendered page
    number: tuple[str, ...]  # the lines of text in each box, top to bottom
    name: tuple[str, ...]
    body: tuple[str, ...]
    facts: tuple[str, ...]
    hidden_text: bool  # text drawn invisible, transparent or white, or a checked text too small or distorted to read
    covered_text: bool  # something drawn over the boxes, or an image in them
    blank_size: bool  # A4 landscape, as every blank; a page of another size is neither rendered nor read


@dataclass(frozen=True)
class PdfReading:
    pages: tuple[PageReading, ...]
    appended: bool  # bytes after the first %%EOF: an incremental update or something added by hand
    hinted: tuple[tuple[str, ...], ...]  # the payloads of each XMP block found in the bytes (a hint only)


def load_pdf(path: Path) -> bytes:
    """The bytes of the file at ``path``, refused before reading if it is larger than any certificate PDF."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UserError(TOO_LARGE, size=f"{size / 2**20:.1f}", limit=MAX_BYTES // 2**20)
        return path.read_bytes()
    except OSError as exc:
        raise UserError(CANNOT_READ, path=str(path), reason=exc.strerror or str(exc)) from None


def read_certificate_pdf(data: bytes) -> PdfReading:
    """Read ``data`` as a person would; :class:`UserError` if it is not a PDF, too big, or unreadable."""
    if b"%PDF-" not in data[:1024]:
        raise UserError(NOT_A_PDF)
    if len(data) > MAX_BYTES:
        raise UserError(TOO_LARGE, size=f"{len(data) / 2**20:.1f}", limit=MAX_BYTES // 2**20)
    if b"%%EOF" not in data:
        raise UserError(UNREADABLE)  # cut short (a PDF ends with %%EOF); pdfium would read what it could
    import pypdfium2

    with _lock:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError:
            raise UserError(UNREADABLE) from None
        try:
            count = len(document)
            if count == 0:
                raise UserError(NOT_OUR_CERTIFICATE)
            if count > MAX_PAGES:
                raise UserError(TOO_MANY_PAGES, pages=count, limit=MAX_PAGES)
            pages = tuple(_read_page(document, index) for index in range(count))
        except pypdfium2.PdfiumError:
            raise UserError(UNREADABLE) from None
        finally:
            document.close()
    return PdfReading(pages, _appended(data), tuple(tuple(block) for block in metadata_payloads(data)))


def _appended(data: bytes) -> bool:
    """True unless the file ends at its first ``%%EOF``, as ReportLab writes it."""
    return data[data.index(b"%%EOF") + 5 :].strip() != b""


def _read_page(document: Any, index: int) -> PageReading:
    page = document[index]
    try:
        width, height = page.get_size()
        if abs(width - PAGE_WIDTH) > SIZE_TOLERANCE or abs(height - PAGE_HEIGHT) > SIZE_TOLERANCE:
            return PageReading((), (), (), (), (), False, False, blank_size=False)
        codes = _codes(page)
        textpage = page.get_textpage()
        try:
            chars = list(_characters(textpage))
        finally:
            textpage.close()
        boxed = [[c for c in chars if box.holds(c.x, c.y)] for box in TEXT_BOXES]
        number, name, body, facts = (_lines(box_chars) for box_chars in boxed)
        return PageReading(
            codes,
            number,
            name,
            body,
            facts,
            hidden_text=any(c.hidden for c in chars) or any(c.distorted for box_chars in boxed for c in box_chars),
            covered_text=_covered(page),
            blank_size=True,
        )
    finally:
        page.close()


def _codes(page: Any) -> tuple[str, ...]:
    import zxingcpp

    only_qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    bitmap = page.render(scale=RENDER_DPI / 72, grayscale=True)
    try:  # the image shares the bitmap's memory: decode before closing it
        return tuple(found.text for found in zxingcpp.read_barcodes(bitmap.to_pil(), formats=only_qr))
    finally:
        bitmap.close()


@dataclass(frozen=True)
class _Char:
    text: str
    x: float  # origin: the left end of its baseline
    y: float
    hidden: bool  # invisible, transparent or white
    distorted: bool  # too small to read, squeezed, slanted or turned: not how a blank prints a text it states


def _characters(textpage: Any) -> Iterator[_Char]:
    import pypdfium2.raw as pdfium_c

    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    x, y = ctypes.c_double(), ctypes.c_double()
    matrix, box = pdfium_c.FS_MATRIX(), pdfium_c.FS_RECTF()
    for index in range(pdfium_c.FPDFText_CountChars(textpage)):
        if pdfium_c.FPDFText_IsGenerated(textpage, index):
            continue  # a space or line break pdfium inferred: not drawn
        code = pdfium_c.FPDFText_GetUnicode(textpage, index)
        if not pdfium_c.FPDFText_GetCharOrigin(textpage, index, x, y):
            continue
        text = chr(code) if 0 < code < 0x110000 else "\ufffd"
        if text.isspace():
            continue
        mode = pdfium_c.FPDFTextObj_GetTextRenderMode(pdfium_c.FPDFText_GetTextObject(textpage, index))
        coloured = pdfium_c.FPDFText_GetFillColor(textpage, index, red, green, blue, alpha)
        pale = coloured and min(red.value, green.value, blue.value) > _PALE
        hidden = mode not in _VISIBLE_MODES or not coloured or alpha.value < 255 or bool(pale)
        upright = (
            pdfium_c.FPDFText_GetMatrix(textpage, index, matrix)
            and abs(matrix.b) < 1e-3
            and abs(matrix.c) < 1e-3
            and matrix.d > 0
            and 0.9 <= matrix.a / matrix.d <= 1.1
        )
        legible = pdfium_c.FPDFText_GetLooseCharBox(textpage, index, box) and box.top - box.bottom >= _SMALLEST_TEXT
        yield _Char(text, x.value, y.value, hidden, distorted=not (upright and legible))


def _lines(chars: list[_Char]) -> tuple[str, ...]:
    """The characters as lines, top to bottom and left to right (a forger's drawing order does not matter)."""
    lines: list[list[_Char]] = []
    for char in sorted(chars, key=lambda c: -c.y):
        if lines and abs(lines[-1][0].y - char.y) <= 2:
            lines[-1].append(char)
        else:
            lines.append([char])
    return tuple("".join(c.text for c in sorted(line, key=lambda c: c.x)) for line in lines)


def _covered(page: Any) -> bool:
    """True if something may hide or imitate the checked texts: a shape, image or shading over a box,
    a form drawn over one after the first text, or an image in a form drawn before.

    A genuine blank draws its frame and its shared form (with the logo, top left) first, then its
    texts, then only the QR code (bottom right) and the duplicate stamp (top right), outside every box.
    """
    import pypdfium2.raw as pdfium_c

    seen_text = False
    for index in range(pdfium_c.FPDFPage_CountObjects(page)):
        item = pdfium_c.FPDFPage_GetObject(page, index)
        kind = pdfium_c.FPDFPageObj_GetType(item)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            seen_text = True
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and not seen_text:
            if _image_in_form(item, _FORM_DEPTH):
                return True
        elif _over_boxes(item):
            return True
    return False


def _image_in_form(form: Any, depth: int) -> bool:
    """Whether the form holds (at any depth) an image or shading over a box; a form nested too deep counts as one."""
    import pypdfium2.raw as pdfium_c

    if depth == 0:
        return True
    for index in range(pdfium_c.FPDFFormObj_CountObjects(form)):
        item = pdfium_c.FPDFFormObj_GetObject(form, index)
        kind = pdfium_c.FPDFPageObj_GetType(item)
        if kind in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_SHADING) and _over_boxes(item):
            return True
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and _image_in_form(item, depth - 1):
            return True
    return False


def _over_boxes(item: Any) -> bool:
    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetBounds(item, left, bottom, right, top):
        return False
    return any(
        left.value < box.right and right.value > box.left and bottom.value < box.top and top.value > box.bottom for box in TEXT_BOXES
    )
