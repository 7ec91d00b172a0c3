"""The one place that knows the program's fonts: shipped Noto Sans, which covers Kazakh."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from cluster_desktop.paths import FONTS_DIR

FAMILY = "Noto Sans"
POINT_SIZE = 10
_loaded: list[str] = []


def load_fonts() -> list[str]:
    """Register the shipped TrueType fonts once; returns the families found."""
    if not _loaded:
        for path in sorted(FONTS_DIR.glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_loaded)


def apply_app_font(app: QApplication) -> None:
    if FAMILY in load_fonts():
        font = QFont(FAMILY, POINT_SIZE)
        app.setFont(font)
