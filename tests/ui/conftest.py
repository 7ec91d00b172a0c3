"""Window tests: every test gets its own settings file, so nothing leaks between tests or into the user's.

Background work runs synchronously (``tasks.run_synchronously``) unless a test is
marked ``@pytest.mark.threads``: the result still arrives through the event loop,
so a test calls :func:`wait_idle` after an action either way.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import time_machine
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui import i18n, tasks


def wait_idle(qtbot: QtBot, timeout_ms: int = 20000) -> None:
    """Process events until every background task has delivered its result, and delete what was closed.

    Checks after each single pass of the event loop (``qtbot.waitUntil`` sleeps 10 ms a
    round), so a synchronous task's result costs one pass.
    """
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as qWait does: deleteLater() takes effect
        if not tasks.running_count():
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"{tasks.running_count()} background task(s) still running after {timeout_ms} ms")
        qtbot.wait(1)


FIXED_DAY = date(2026, 12, 4)


@pytest.fixture
def fixed_day() -> Iterator[date]:
    """Python's clock on :data:`FIXED_DAY` (still ticking), for window tests whose dialogs default to today.

    The dialogs take today from ``date.today()`` (``ui.widgets.DateEdit``), which time-machine moves;
    Qt's own clock is not used for dates, so the window and the test agree on the day.
    """
    with time_machine.travel(datetime(FIXED_DAY.year, FIXED_DAY.month, FIXED_DAY.day, 10, tzinfo=UTC), tick=True):
        yield FIXED_DAY


@pytest.fixture(autouse=True)
def unanswered_questions_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Yes/No question the test did not answer (its own monkeypatch wins) fails instead of waiting forever.

    Offscreen, nobody can press a button, so a modal ``QMessageBox.question`` — asked during the
    test or when pytest-qt closes a dialog with unsaved input afterwards — would hang the whole run.
    """

    def unanswered(parent: object, title: str, text: str, *args: object, **kwargs: object) -> QMessageBox.StandardButton:
        raise AssertionError(f"a question the test did not answer: {title!r}: {text!r}")

    monkeypatch.setattr(QMessageBox, "question", unanswered)


@pytest.fixture(autouse=True)
def synchronous_tasks(request: pytest.FixtureRequest) -> Iterator[None]:
    """Background work runs on the GUI thread at once, except in tests marked ``threads``."""
    tasks.run_synchronously(request.node.get_closest_marker("threads") is None)
    yield
    tasks.run_synchronously(False)


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
