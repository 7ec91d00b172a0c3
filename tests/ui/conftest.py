"""Window tests: every test gets its own settings file, so nothing leaks between tests or into the user's."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ui import i18n, tasks


@pytest.fixture(autouse=True)
def settings(qapp: QApplication, tmp_path: Path) -> Iterator[QSettings]:
    QCoreApplication.setOrganizationName("ClusterDesktopTests")
    QCoreApplication.setApplicationName("Cluster Desktop tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    i18n.install_language("en")
    yield QSettings()
    tasks.wait_for_all()
    QCoreApplication.processEvents()


def _type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as key events, letter by letter.

    ``qtbot.keyClicks`` maps characters to Qt keys through an ASCII table and
    aborts on Kazakh or Russian letters; a key event carrying the text itself
    reaches the widget exactly as a keyboard layout would deliver it.
    """
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    return _type_text


@pytest.fixture
def hang_guard(qapp: QApplication) -> Iterator[QTimer]:
    """Quits the event loop after 60 s, so a test running the whole program never hangs the suite.

    Stopped when the test ends: a bare ``QTimer.singleShot(60_000, quit)`` outlives
    its test and quits whichever test's event loop runs a minute later.
    """
    guard = QTimer(singleShot=True, interval=60_000)
    guard.timeout.connect(qapp.quit)
    guard.start()
    yield guard
    guard.stop()
