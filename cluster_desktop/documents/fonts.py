"""The shipped TrueType fonts, registered with ReportLab once per process.

The PDF base-14 fonts (Helvetica…) have no Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І),
so every document draws with Noto Sans, embedded (as a subset) in the file.
This is the only module that knows ReportLab's font names: the rest of the
package asks for ``regular()`` or ``bold()``.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from ..paths import FONTS_DIR

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
