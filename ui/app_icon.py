"""The program's icon for its windows (drawn by tools/make_icon.py; the executable gets the ICO)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from cluster_desktop.paths import ICONS_DIR

ICON_SIZES = (16, 32, 48, 256)


def app_icon() -> QIcon:
    """Every shipped size, so that the title bar, taskbar and Alt+Tab each get a sharp picture."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = ICONS_DIR / f"cluster-desktop-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon
