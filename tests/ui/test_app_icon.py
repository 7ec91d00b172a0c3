"""The program's icon: every shipped size reaches the windows."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from cluster_desktop.paths import ICONS_DIR
from ui.app import create_application
from ui.app_icon import ICON_SIZES, app_icon


def test_the_icon_has_every_size_and_the_application_uses_it(qapp: QApplication) -> None:
    icon = app_icon()
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)
    assert (ICONS_DIR / "cluster-desktop.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"  # what the .exe gets
    app = create_application()
    assert not app.windowIcon().isNull()
    assert app.windowIcon().actualSize(QSize(256, 256)) == QSize(256, 256)
