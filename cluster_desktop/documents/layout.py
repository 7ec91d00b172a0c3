"""Where each part of a certificate blank goes, and how long texts are fitted (shrunk, wrapped, never clipped).

Coordinates are points on an A4 landscape page, origin bottom-left.  Every
text is measured with the font's metrics before it is drawn.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..college import CollegeDetails
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..languages import value_in
from . import fonts
from .blank import BlankData
from .decoration import GOLD, INNER, NAVY, PAGE_HEIGHT, PAGE_WIDTH
from .qr import draw_qr

LOGO_UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors", "The college's logo cannot be read as a PNG or JPEG image; choose it again in Settings → College details."
)

LEFT = INNER + 30
RIGHT = PAGE_WIDTH - INNER - 30
CENTRE = PAGE_WIDTH / 2
TEXT_WIDTH = RIGHT - LEFT
RED = (0.72, 0.08, 0.10)
GREY = (0.33, 0.36, 0.40)
BLACK = (0.08, 0.08, 0.10)
LOGO_BOX = 62.0
HEADER_WIDTH = PAGE_WIDTH - 2 * (INNER + 40 + LOGO_BOX)  # the college name keeps clear of logo and duplicate mark
QR_BOX = 100.0  # points, quiet zone included: ~0.5 mm a module for a ~250-character payload
QR_X = RIGHT - QR_BOX + 14
QR_Y = INNER + 8
SMALLEST = 3.0  # a text shrinks down to this size rather than leave its box

_images: dict[bytes, Any] = {}


@lru_cache(maxsize=1024)
def fit_lines(text: str, font: str, size: float, width: float, max_lines: int, smallest: float) -> tuple[float, tuple[str, ...]]:
    """The largest size (step 0.5 pt) at which ``text`` wraps to ``max_lines`` lines within ``width``, and the lines.

    Below ``smallest`` it keeps shrinking to :data:`SMALLEST`, so a long text
    becomes small rather than clipped.  Cached, as a batch repeats its
    programme names.
    """
    from reportlab.lib.utils import simpleSplit

    current = size
    while True:
        if fonts.text_width(text, font, current) <= width:
            return current, (text,)
        lines = simpleSplit(text, font, current, width)
        if len(lines) <= max_lines and all(fonts.text_width(line, font, current) <= width for line in lines):
            return current, tuple(lines)
        if current <= SMALLEST:
            return SMALLEST, tuple(_hard_wrap(text, font, SMALLEST, width))
        step = 0.5 if current > smallest else 0.25
        current = max(SMALLEST, current - step)


def _hard_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Last resort for one unbroken string wider than the page: cut it by characters."""
    lines: list[str] = []
    line = ""
    for char in text:
        if line and fonts.text_width(line + char, font, size) > width:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line] if line else lines


def _centred_lines(canvas: Any, lines: Sequence[str], font: str, size: float, top: float, leading: float) -> float:
    """Draw centred lines with the first baseline at ``top``; returns the baseline of the last."""
    y = top
    for index, line in enumerate(lines):
        y = top - index * leading
        _centred(canvas, CENTRE, y, line, font, size)
    return y


def _centred(canvas: Any, x: float, y: float, text: str, font: str, size: float) -> None:
    """``drawCentredString`` with the cached measurement (the page's own texts are measured to fit anyway)."""
    canvas.setFont(font, size)
    canvas.drawString(x - fonts.text_width(text, font, size) / 2, y, text)


def place_static(canvas: Any, blank: BlankData, texts: dict[str, Any], kind: dict[str, str], forms: set[str]) -> None:
    """Everything a blank shares with its batch (header, title, labels, signature block), drawn once as a form.

    One form per language, kind and college details: a batch of 1000 blanks
    usually needs one, and each page then places it with a single operator.
    """
    college: CollegeDetails = blank.college
    parts = (blank.language, *kind.values(), college.name(blank.language), college.bin, value_in(college, "director", blank.language))
    key = hashlib.sha1("\x1f".join(parts).encode() + (college.logo or b"")).hexdigest()[:16]
    name = f"ClusterCertificateStatic{key}"
    if name not in forms:
        canvas.beginForm(name, 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
        draw_static(canvas, college, blank.language, texts, kind)
        canvas.endForm()
        forms.add(name)
    canvas.doForm(name)


def draw_static(canvas: Any, college: CollegeDetails, language: str, texts: dict[str, Any], kind: dict[str, str]) -> None:
    """Draw the shared part directly (inside the form; the naive benchmark draws it on every page)."""
    _draw_header(canvas, college, language, texts)
    _draw_title(canvas, kind["title"], kind["subtitle"])
    canvas.setFillColorRGB(*GREY)
    canvas.setFont(fonts.regular(), 11)
    canvas.drawCentredString(CENTRE, PAGE_HEIGHT - 242, kind["holder"])
    canvas.setStrokeColorRGB(*GOLD)
    canvas.setLineWidth(0.8)
    canvas.line(LEFT + 60, PAGE_HEIGHT - 292, RIGHT - 60, PAGE_HEIGHT - 292)
    _draw_signature_block(canvas, texts, value_in(college, "director", language))
    regular = fonts.regular()
    caption = texts["qr_caption"]
    canvas.setFillColorRGB(*GREY)
    canvas.setFont(regular, fonts.fitting_size(caption, regular, 8, QR_BOX + 20))
    canvas.drawCentredString(QR_X + QR_BOX / 2, QR_Y + QR_BOX + 1, caption)


def _draw_header(canvas: Any, college: CollegeDetails, language: str, texts: dict[str, Any]) -> None:
    top = PAGE_HEIGHT - INNER - 12
    if college.logo:
        reader = _image(college.logo)
        canvas.drawImage(
            reader, INNER + 14, top - LOGO_BOX + 6, LOGO_BOX, LOGO_BOX, preserveAspectRatio=True, anchor="c", mask="auto"
        )
    bold = fonts.bold()
    size, lines = fit_lines(college.name(language), bold, 12.5, HEADER_WIDTH, 2, 8)
    canvas.setFillColorRGB(*NAVY)
    last = _centred_lines(canvas, lines, bold, size, top - size, size * 1.2)
    canvas.setFillColorRGB(*GREY)
    canvas.setFont(fonts.regular(), 9)
    canvas.drawCentredString(CENTRE, last - 13, texts["college_bin"].format(bin=college.bin))


def _image(data: bytes) -> Any:
    """One ImageReader per logo for the whole process (decoding a PNG is not free)."""
    reader = _images.get(data)
    if reader is None:
        from reportlab.lib.utils import ImageReader

        try:
            reader = ImageReader(io.BytesIO(data))
            reader.getSize()
        except Exception as exc:  # PIL raises several kinds for a damaged or foreign file
            raise UserError(LOGO_UNREADABLE) from exc
        _images.clear()  # one college per installation: keep only the latest logo
        _images[data] = reader
    return reader


def _draw_title(canvas: Any, title: str, subtitle: str) -> None:
    bold = fonts.bold()
    canvas.setFillColorRGB(*NAVY)
    canvas.setFont(bold, fonts.fitting_size(title, bold, 38, TEXT_WIDTH))
    canvas.drawCentredString(CENTRE, PAGE_HEIGHT - 140, title)
    regular = fonts.regular()
    canvas.setFont(regular, fonts.fitting_size(subtitle, regular, 15, TEXT_WIDTH))
    canvas.drawCentredString(CENTRE, PAGE_HEIGHT - 164, subtitle)


def draw_number(canvas: Any, number: str) -> None:
    canvas.setFillColorRGB(*BLACK)
    _centred(canvas, CENTRE, PAGE_HEIGHT - 203, number, fonts.bold(), 12)


def draw_duplicate(canvas: Any, mark: str, note: str) -> None:
    """The duplicate stamp at the top right, and the original's number under this blank's number."""
    bold = fonts.bold()
    size = 15.0
    width = fonts.text_width(mark, bold, size) + 16
    right = PAGE_WIDTH - INNER - 14
    top = PAGE_HEIGHT - INNER - 14
    canvas.saveState()
    canvas.setStrokeColorRGB(*RED)
    canvas.setFillColorRGB(*RED)
    canvas.setLineWidth(1.6)
    canvas.roundRect(right - width, top - 26, width, 26, 4, stroke=1, fill=0)
    canvas.setFont(bold, size)
    canvas.drawCentredString(right - width / 2, top - 19, mark)
    regular = fonts.regular()
    _centred(canvas, CENTRE, PAGE_HEIGHT - 220, note, regular, fonts.fitting_size(note, regular, 10, TEXT_WIDTH))
    canvas.restoreState()


def draw_name(canvas: Any, full_name: str) -> None:
    """The holder's full name: as large as fits, two lines at most, never clipped."""
    bold = fonts.bold()
    size = fonts.fitting_size(full_name, bold, 28, TEXT_WIDTH, smallest=16)
    lines: Sequence[str] = (full_name,)
    if fonts.text_width(full_name, bold, size) > TEXT_WIDTH:
        size, lines = fit_lines(full_name, bold, 16, TEXT_WIDTH, 2, 8)
    canvas.setFillColorRGB(*BLACK)
    if len(lines) == 1:
        _centred_lines(canvas, lines, bold, size, PAGE_HEIGHT - 277, size)
    else:
        _centred_lines(canvas, lines, bold, size, PAGE_HEIGHT - 264, size * 1.15)


def draw_body(canvas: Any, programme: str, details: list[str]) -> None:
    """The programme (up to three lines, shrinking if longer) and the detail lines under it."""
    regular = fonts.regular()
    size, lines = fit_lines(programme, fonts.bold(), 12.5, TEXT_WIDTH - 40, 3, 8)
    canvas.setFillColorRGB(*BLACK)
    top = PAGE_HEIGHT - 318
    last = _centred_lines(canvas, lines, fonts.bold(), size, top, size * 1.25)
    y = last - 22
    for line in details:
        _centred(canvas, CENTRE, y, line, regular, fonts.fitting_size(line, regular, 12, TEXT_WIDTH))
        y -= 18


def draw_facts(canvas: Any, facts: list[str]) -> None:
    """Registration number, date and place of issue, bottom left."""
    regular = fonts.regular()
    canvas.setFillColorRGB(*BLACK)
    y = INNER + 76
    for line in facts:
        canvas.setFont(regular, fonts.fitting_size(line, regular, 10, 235))
        canvas.drawString(LEFT - 8, y, line)
        y -= 14


def _draw_signature_block(canvas: Any, texts: dict[str, Any], director: str) -> None:
    """The director's label, signature line and name, and the seal place under them."""
    regular = fonts.regular()
    bold = fonts.bold()
    label_x = 330.0
    line_y = INNER + 80
    canvas.setFillColorRGB(*BLACK)
    canvas.setFont(bold, 11)
    canvas.drawString(label_x, line_y + 2, texts["director"])
    line_start = label_x + fonts.text_width(texts["director"], bold, 11) + 8
    line_end = line_start + 110
    canvas.setStrokeColorRGB(*BLACK)
    canvas.setLineWidth(0.6)
    canvas.line(line_start, line_y, line_end, line_y)
    canvas.setFont(regular, 7)
    canvas.setFillColorRGB(*GREY)
    canvas.drawCentredString((line_start + line_end) / 2, line_y - 9, texts["signature"])
    canvas.setFillColorRGB(*BLACK)
    name_x = line_end + 6
    canvas.setFont(regular, fonts.fitting_size(director, regular, 11, QR_X - 12 - name_x))
    canvas.drawString(name_x, line_y + 2, director)
    seal_x, seal_y = label_x + 60, INNER + 36
    canvas.saveState()
    canvas.setStrokeColorRGB(*GREY)
    canvas.setDash(2, 2)
    canvas.circle(seal_x, seal_y, 25, stroke=1, fill=0)
    canvas.restoreState()
    canvas.setFillColorRGB(*GREY)
    canvas.setFont(regular, 9)
    canvas.drawCentredString(seal_x, seal_y - 3, texts["seal"])


def draw_qr_block(canvas: Any, payload: str) -> None:
    """The QR code in the bottom right corner (its caption is part of the shared form)."""
    draw_qr(canvas, payload, QR_X, QR_Y, QR_BOX)


def draw_watermark(canvas: Any, word: str) -> None:
    """A large, translucent diagonal word over the whole blank: it cannot pass for an issued certificate."""
    bold = fonts.bold()
    size = fonts.fitting_size(word, bold, 150, PAGE_WIDTH * 0.85)
    canvas.saveState()
    canvas.setFillColorRGB(*RED)
    canvas.setFillAlpha(0.18)
    canvas.translate(CENTRE, PAGE_HEIGHT / 2)
    canvas.rotate(28)
    canvas.setFont(bold, size)
    canvas.drawCentredString(0, -size / 3, word)
    canvas.restoreState()
