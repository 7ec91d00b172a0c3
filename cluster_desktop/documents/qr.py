"""QR codes: encoded by zxing-cpp (C++), drawn on a ReportLab canvas as one filled path.

ReportLab's own ``QrCodeWidget`` encodes in pure Python and draws every dark
module as its own rectangle; it costs ~90% of a certificate's rendering time.
Here the code is encoded in C++ (~1 ms for a signed payload) and each row's
runs of dark modules become one rectangle of a single path, filled once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

EC_LEVEL = "M"  # 15% of the code may be damaged (folded, stamped over) and it still reads
QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
_DARK_RUN = re.compile(rb"\x00+")


@lru_cache(maxsize=1)
def _zxing() -> Any:
    import zxingcpp

    return zxingcpp


def qr_matrix(text: str) -> tuple[int, bytes]:
    """The code's size in modules and its modules row by row, one byte each: 0 dark, 255 light."""
    zxingcpp = _zxing()
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=EC_LEVEL)
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    return image.shape[1], memoryview(image).tobytes()


def qr_runs(text: str) -> tuple[int, list[tuple[int, int, int]]]:
    """The code's size in modules and its runs of dark modules as ``(row, first column, length)``, row 0 on top."""
    modules, pixels = qr_matrix(text)
    runs: list[tuple[int, int, int]] = []
    for row in range(modules):
        line = pixels[row * modules : (row + 1) * modules]
        runs.extend((row, start, end - start) for start, end in map(_span, _DARK_RUN.finditer(line)))
    return modules, runs


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``text`` in the square of side ``size`` whose lower-left corner is (x, y).

    The square includes the quiet zone, so nothing else should be drawn inside
    it.  Each row's runs of dark modules become rectangles of one path, filled
    once; they go into the page as literal PDF operators in module units under
    one transformation, integers only.  (ReportLab's own path methods format
    every number in Python and cost ~10x more; this loop is the hot spot of a
    batch, hence the pre-formatted pieces.)
    """
    modules, pixels = qr_matrix(text)
    module = size / (modules + 2 * QUIET_ZONE)
    left = x + QUIET_ZONE * module
    top = y + size - QUIET_ZONE * module
    operators = [f"q 0 g {module:.5f} 0 0 {-module:.5f} {left:.3f} {top:.3f} cm"]
    extend = operators.extend
    for row in range(modules):
        line = pixels[row * modules : (row + 1) * modules]
        row_text = _NUMBERS[row]
        extend([_COLUMNS[start] + row_text + _LENGTHS[end - start] for start, end in map(_span, _DARK_RUN.finditer(line))])
    operators.append("f Q")
    canvas.addLiteral("\n".join(operators))


# Pieces of "column row length 1 re" for every size a QR code can have (version 40: 177 modules).
_NUMBERS = [str(n) for n in range(178)]
_COLUMNS = [f"{n} " for n in range(178)]
_LENGTHS = [f" {n} 1 re" for n in range(178)]
_span = re.Match.span
