"""Draw the program's icon and write it as PNGs (the window) and one ICO (the Windows executable).

    python tools/make_icon.py     # rewrites resources/icons/cluster-desktop-*.png and cluster-desktop.ico

The picture: four rising steps — preschool, school, college, production — the
last one in gold, on a dark blue tile.  Each size is drawn on its own, so the
small ones stay sharp instead of being scaled down from the large one.
"""

from __future__ import annotations

import os
import struct
import sys
from functools import partial
from pathlib import Path
from typing import BinaryIO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cluster_desktop.files import atomic_write  # noqa: E402
from cluster_desktop.paths import ICONS_DIR  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZES = (16, 32, 48, 256)  # what the window loads (ui/app_icon.py)
NAME = "cluster-desktop"
TILE_TOP, TILE_BOTTOM = QColor("#1f4f8f"), QColor("#123463")
STEP, GOLD = QColor("#ffffff"), QColor("#f4b73a")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    tile = QRectF(0.5 * unit, 0.5 * unit, 15 * unit, 15 * unit)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0, TILE_TOP)
    gradient.setColorAt(1, TILE_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRoundedRect(tile, 3 * unit, 3 * unit)
    width, gap, base = 2.5 * unit, 0.7 * unit, 13 * unit
    left = (size - (4 * width + 3 * gap)) / 2
    for step in range(4):
        height = (3 + 2.6 * step) * unit
        painter.setBrush(GOLD if step == 3 else STEP)
        rect = QRectF(left + step * (width + gap), base - height, width, height)
        painter.drawRoundedRect(rect, 0.5 * unit, 0.5 * unit)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, b"PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO holding PNG images (Windows Vista and later read them at every size)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, data in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def _write(data: bytes, stream: BinaryIO) -> None:
    stream.write(data)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    ICONS_DIR.mkdir(parents=True, exist_ok=True)
    images = {size: png_bytes(draw(size)) for size in SIZES}
    for size in PNG_SIZES:
        atomic_write(ICONS_DIR / f"{NAME}-{size}.png", partial(_write, images[size]))
    ico = ico_bytes(images)
    atomic_write(ICONS_DIR / f"{NAME}.ico", lambda stream: stream.write(ico))
    for path in ICONS_DIR.glob(f"{NAME}*"):
        path.chmod(0o644)  # atomic_write's temporary files are private; these are shipped to everyone
    print(f"Wrote {len(PNG_SIZES)} PNGs and {NAME}.ico ({len(SIZES)} sizes) to {ICONS_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
