"""The static artwork of a certificate blank: frame, corner rosettes, background rosette.

It is the same on every page, so it is drawn once per PDF as a Form XObject and
each page only places it (one ``Do`` operator), however rich it is.  Its PDF
operators are also the same in every PDF and use no resources (no font, no
image), so they are worked out once per process: issuing a certificate per
file would otherwise spend half its time drawing the frame again.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.pagesizes import A4, landscape

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
NAVY = (0.09, 0.22, 0.42)
GOLD = (0.72, 0.56, 0.20)
TINT = (0.90, 0.93, 0.97)
OUTER = 20.0  # inset of the outer frame: its corner boxes (±11.6 pt around the band) keep ≥ 5 mm from the edge, where office printers print
INNER = 36.0  # inset of the inner frame: content stays inside it
FRAME_FORM = "ClusterCertificateFrame"


def _rosette(canvas: Any, cx: float, cy: float, radius: float, petals: int, width: float) -> None:
    """A guilloche-like rosette: ellipses turned around a common centre."""
    canvas.setLineWidth(width)
    for index in range(petals):
        canvas.saveState()
        canvas.translate(cx, cy)
        canvas.rotate(180.0 * index / petals)
        canvas.ellipse(-radius, -radius * 0.38, radius, radius * 0.38, stroke=1, fill=0)
        canvas.restoreState()


def _band(canvas: Any, x0: float, y0: float, x1: float, y1: float, step: float) -> None:
    """A chain of small diamonds along the band between the two frames (horizontal or vertical)."""
    horizontal = abs(y1 - y0) < 1e-6
    length = (x1 - x0) if horizontal else (y1 - y0)
    count = max(1, int(length // step))
    step = length / count
    half = (INNER - OUTER) / 2 - 3
    path = canvas.beginPath()
    for index in range(count):
        centre = (x0 if horizontal else y0) + (index + 0.5) * step
        if horizontal:
            path.moveTo(centre - step / 2 + 1, y0)
            path.lineTo(centre, y0 + half)
            path.lineTo(centre + step / 2 - 1, y0)
            path.lineTo(centre, y0 - half)
        else:
            path.moveTo(x0, centre - step / 2 + 1)
            path.lineTo(x0 + half, centre)
            path.lineTo(x0, centre + step / 2 - 1)
            path.lineTo(x0 - half, centre)
        path.close()
    canvas.drawPath(path, stroke=1, fill=0)


def draw_frame(canvas: Any) -> None:
    """Draw the artwork directly (used once, inside the form)."""
    width, height = PAGE_WIDTH, PAGE_HEIGHT
    canvas.saveState()
    canvas.setStrokeColorRGB(*TINT)
    _rosette(canvas, width / 2, height / 2 - 20, 205, 36, 0.6)
    _rosette(canvas, width / 2, height / 2 - 20, 120, 24, 0.5)
    canvas.setStrokeColorRGB(*NAVY)
    canvas.setLineWidth(2.6)
    canvas.rect(OUTER, OUTER, width - 2 * OUTER, height - 2 * OUTER)
    canvas.setLineWidth(0.9)
    canvas.rect(INNER, INNER, width - 2 * INNER, height - 2 * INNER)
    canvas.setLineWidth(0.4)
    canvas.rect(INNER + 3, INNER + 3, width - 2 * INNER - 6, height - 2 * INNER - 6)
    middle = (OUTER + INNER) / 2
    canvas.setStrokeColorRGB(*GOLD)
    canvas.setLineWidth(0.7)
    _band(canvas, INNER, middle, width - INNER, middle, 14)
    _band(canvas, INNER, height - middle, width - INNER, height - middle, 14)
    _band(canvas, middle, INNER, middle, height - INNER, 14)
    _band(canvas, width - middle, INNER, width - middle, height - INNER, 14)
    for cx in (middle, width - middle):
        for cy in (middle, height - middle):
            canvas.setFillColorRGB(1, 1, 1)
            canvas.setStrokeColorRGB(*NAVY)
            canvas.setLineWidth(1.2)
            canvas.rect(cx - 11, cy - 11, 22, 22, stroke=1, fill=1)
            canvas.setStrokeColorRGB(*GOLD)
            _rosette(canvas, cx, cy, 8.5, 6, 0.6)
            canvas.circle(cx, cy, 2.2, stroke=1, fill=0)
    canvas.setStrokeColorRGB(*GOLD)
    canvas.setLineWidth(0.8)
    for side in (-1, 1):
        x = width / 2 + side * 60
        canvas.line(x, height - 182, width / 2 + side * 300, height - 182)
    _diamond(canvas, width / 2, height - 182, 4)
    canvas.restoreState()


def _diamond(canvas: Any, cx: float, cy: float, r: float) -> None:
    path = canvas.beginPath()
    path.moveTo(cx - r, cy)
    path.lineTo(cx, cy + r)
    path.lineTo(cx + r, cy)
    path.lineTo(cx, cy - r)
    path.close()
    canvas.drawPath(path, stroke=1, fill=0)


@lru_cache(maxsize=1)
def frame_operators() -> str:
    """The frame's content stream, as :func:`draw_frame` writes it on a fresh canvas."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    scratch = Canvas(io.BytesIO(), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    draw_frame(scratch)
    return "\n".join(scratch._code)  # type: ignore[attr-defined]  # ReportLab's page stream so far: the only place the operators are kept


def place_frame(canvas: Any, defined: set[str]) -> None:
    """Put the frame on the current page, defining its form on first use in this PDF."""
    if FRAME_FORM not in defined:
        canvas.beginForm(FRAME_FORM, 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
        canvas.addLiteral(frame_operators())
        canvas.endForm()
        defined.add(FRAME_FORM)
    canvas.doForm(FRAME_FORM)
