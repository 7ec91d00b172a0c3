"""The shipped TrueType fonts, registered with ReportLab once per process.

The PDF base-14 fonts (Helvetica…) have no Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І),
so every document draws with Noto Sans, embedded (as a subset) in the file.
This is the only module that knows ReportLab's font names: the rest of the
package asks for ``regular()`` or ``bold()``.

It is also the one that knows which characters the documents can print:
:func:`unprintable` finds a character both faces lack (Georgian, Armenian,
Arabic, CJK, mathematical letters, emoji…), which ReportLab would silently
draw as nothing.  The forms check typed text with it; :func:`require_printable`
stops a document before anything is numbered or drawn.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, cast

from ..errors import QT_TRANSLATE_NOOP, UserError
from ..paths import FONTS_DIR

UNPRINTABLE_TEXT = QT_TRANSLATE_NOOP(
    "Errors",
    "«{text}» cannot be printed: the documents' font has no character «{char}» ({code}). "
    "Correct it where it was typed (Kazakh, Russian or Latin letters) and try again.",
)
_LAYOUT = frozenset("\t\n\r")  # line breaks and tabs are layout, not glyphs

REGULAR = "ClusterNotoSans"
BOLD = "ClusterNotoSans-Bold"
_FILES = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the fonts (and their bold family mapping) the first time; later calls cost one check.

    It also turns off ReportLab's ASCII85 wrapping of compressed streams for
    the process: without ReportLab's optional C accelerator that encoding is
    pure Python and costs more than drawing a whole certificate page, and a
    binary PDF is 20% smaller.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab import rl_config
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        rl_config.useA85 = 0
        _registered = True


def regular() -> str:
    """The ReportLab name of the regular face, registered on first use."""
    register_fonts()
    return REGULAR


def bold() -> str:
    """The ReportLab name of the bold face, registered on first use."""
    register_fonts()
    return BOLD


@lru_cache(maxsize=8192)
def text_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points, measured with the font's real metrics.

    Cached: without ReportLab's optional C accelerator a measurement is a
    Python loop over the characters, and a batch measures the same labels,
    programme names and dates on every page.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def fitting_size(text: str, font: str, size: float, width: float, smallest: float = 3.0) -> float:
    """The largest size up to ``size`` at which ``text`` fits ``width`` (never below ``smallest``).

    Width scales linearly with the size, so one measurement gives the answer.
    """
    measured = text_width(text, font, size)
    if measured <= width:
        return size
    return max(smallest, size * width / measured * 0.999)


@lru_cache(maxsize=1)
def _printable() -> frozenset[int]:
    """The code points that both faces map to a glyph (their cmap)."""
    register_fonts()
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    faces = [cast(TTFont, pdfmetrics.getFont(name)).face.charToGlyph for name in (REGULAR, BOLD)]
    return frozenset(faces[0]).intersection(faces[1])


def unprintable(text: str) -> str | None:
    """The first character of ``text`` that the documents' fonts cannot draw, or None."""
    printable = _printable()
    for char in text:
        if ord(char) not in printable and char not in _LAYOUT:
            return char
    return None


def code_point(char: str) -> str:
    """``U+10E5``: how a message names a character that may not show on the user's screen either."""
    return f"U+{ord(char):04X}"


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _texts(getattr(value, item.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _texts(item)


def require_printable(*values: Any) -> None:
    """Refuse (UserError naming the text and the character) any text in ``values`` the fonts cannot draw.

    ``values`` may be texts or None, or dataclasses, dicts, lists and tuples
    holding texts (a whole document): every text in them is checked.
    """
    for text in _texts(values):
        char = unprintable(text)
        if char is not None:
            shown = text if len(text) <= 60 else text[:57] + "…"
            raise UserError(UNPRINTABLE_TEXT, text=shown, char=char, code=code_point(char))
