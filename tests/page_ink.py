"""Where a PDF puts ink: pages rendered by pdftoppm (poppler) as greyscale PGM, read without any imaging library."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

PDFTOPPM = shutil.which("pdftoppm")
needs_pdftoppm = pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed")
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class Page:
    width: int
    height: int
    dpi: int
    pixels: bytes  # one byte a pixel, 255 white, row after row

    def ink_in_band(self, millimetres: float, white: int = 250) -> list[tuple[int, int]]:
        """Pixels darker than ``white`` within ``millimetres`` of any page edge, as (x, y)."""
        band = round(millimetres / MM_PER_INCH * self.dpi)
        found = []
        for y in range(self.height):
            row = self.pixels[y * self.width : (y + 1) * self.width]
            edge_row = y < band or y >= self.height - band
            columns = range(self.width) if edge_row else (*range(band), *range(self.width - band, self.width))
            found += [(x, y) for x in columns if row[x] < white]
        return found

    def ink_distance_mm(self, white: int = 250) -> float:
        """How far the ink nearest to an edge lies from that edge, in millimetres (the page's size when blank)."""
        nearest = min(self.width, self.height)
        for y in range(self.height):
            row = self.pixels[y * self.width : (y + 1) * self.width]
            for x, value in enumerate(row):
                if value < white:
                    nearest = min(nearest, x, y, self.width - 1 - x, self.height - 1 - y)
        return nearest / self.dpi * MM_PER_INCH


def render_pages(pdf: bytes | Path, dpi: int = 150) -> list[Page]:
    """Every page of ``pdf`` in greyscale at ``dpi``."""
    assert PDFTOPPM is not None
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes())
        subprocess.run([PDFTOPPM, "-gray", "-r", str(dpi), str(source), str(Path(folder) / "page")], check=True, timeout=120)
        return [_read_pgm(path.read_bytes(), dpi) for path in sorted(Path(folder).glob("page*.pgm"))]


def _read_pgm(data: bytes, dpi: int) -> Page:
    """A binary PGM (P5, 8 bits): magic, width, height and maximum, separated by white space, then the pixels."""
    fields: list[bytes] = []
    position = 0
    while len(fields) < 4:
        while data[position : position + 1].isspace():
            position += 1
        if data[position : position + 1] == b"#":  # a comment runs to the end of its line
            position = data.index(b"\n", position) + 1
            continue
        end = position
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    assert fields[0] == b"P5" and fields[3] == b"255", fields
    width, height = int(fields[1]), int(fields[2])
    pixels = data[position + 1 : position + 1 + width * height]
    assert len(pixels) == width * height
    return Page(width, height, dpi, pixels)
