"""``--quit-when-ready``: print READY and quit once the window is usable.

For the smoke test of the built program and the start-time benchmark, which
time the process from its start to the READY line.  Usable means: the main
window is on screen for a user, its first page is made on the open database,
and that page's list (if it has one) has its first rows in.  If that does not
happen — an error message or the crash dialog is shown, or time runs out (a
login dialog waits) — NOT READY and the error's text go to stderr and the
program ends with exit code 3, at once rather than after the timeout.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

from .main_window import MainWindow

POLL_MS = 5
TIMEOUT_MS = 120_000
EXIT_NOT_READY = 3


def ready_window() -> MainWindow | None:
    """The visible main window whose current page is on the database and loaded, if there is one."""
    for widget in QApplication.topLevelWidgets():
        if not isinstance(widget, MainWindow) or not widget.isVisible():
            continue
        if widget.database is None or widget.actor is None:
            continue
        page = widget.pages.get(widget.current_page_key())
        if page is not None and not getattr(getattr(page, "model", None), "loading", False):
            return widget
    return None


def failure_shown() -> str | None:
    """The text of an error on screen: a critical message box, or the crash dialog (ui/crash.py) with its details."""
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, QMessageBox) and widget.icon() == QMessageBox.Icon.Critical:
            return widget.text()
        if widget.objectName() == "crash_dialog":
            details = widget.findChild(QPlainTextEdit, "crash_details")
            return details.toPlainText() if details is not None else "the crash dialog is shown"
    return None


def _say(stream: object, line: str) -> None:
    if stream is not None:  # a windowed program on Windows has no console streams
        stream.write(line + "\n")  # type: ignore[attr-defined]
        stream.flush()  # type: ignore[attr-defined]


def quit_when_ready(app: QApplication, timeout_ms: int = TIMEOUT_MS) -> None:
    """Watch for the usable window from the event loop; then say READY, close it and quit."""
    clock = QElapsedTimer()
    clock.start()

    def poll() -> None:
        window = ready_window()
        failure = failure_shown() if window is None else None
        if window is not None:
            _say(sys.stdout, f"READY {window.current_page_key()}")
            window.close()
            app.quit()
        elif failure is not None:
            _say(sys.stderr, f"NOT READY: {failure}")
            app.exit(EXIT_NOT_READY)
        elif clock.elapsed() > timeout_ms:
            _say(sys.stderr, f"NOT READY after {timeout_ms} ms")
            app.exit(EXIT_NOT_READY)
        else:
            QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(0, poll)
