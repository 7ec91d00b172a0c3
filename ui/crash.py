"""What an uncaught exception does in the window: it is logged (masked), explained, and the program goes on.

:func:`install_crash_handler` sets ``sys.excepthook`` (PySide6 hands it every
exception a slot or an overridden Qt method lets out, and
:func:`ui.tasks.run_in_background` every unexpected failure of work that has no
``on_error``) and ``threading.excepthook``.  The traceback goes to the log with
personal data masked, then a :class:`CrashDialog` explains what happened in the
user's language.  The dialog is shown from the event loop, never from inside
the failing code, and on the GUI thread whichever thread failed.  While one is
open, further exceptions are logged and added to it: a failing repaint cannot
open a dialog per frame.  The database needs nothing here: every change runs in
one transaction (``Database.session()``) that an exception rolls back.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cluster_desktop import __version__
from cluster_desktop.logs import log_file, log_start, mask_text, setup_logging

log = logging.getLogger(__name__)
MAX_SHOWN_ERRORS = 20  # later ones are counted and logged, not appended to the details box


def details_text(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None, thread: str) -> str:
    """The masked report a user copies for whoever helps: program, platform, time, thread, traceback."""
    header = f"Cluster Desktop {__version__} · Python {platform.python_version()} · {platform.platform()}"
    when = f"{datetime.now().isoformat(timespec='seconds')} · {thread}"
    return mask_text("\n".join((header, when, "".join(traceback.format_exception(exc_type, exc, tb)))))


class CrashDialog(QDialog):
    """Says in plain words what happened; the details (masked) can be shown, copied, found in the log folder."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("Cluster Desktop: something went wrong"))
        self._log_path = log_path
        self._errors = 1
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(objectName="crash_message", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setText(self._explanation())
        self.more = QLabel(objectName="crash_more", wordWrap=True)
        self.more.hide()
        self.details = QPlainTextEdit(details, objectName="crash_details", readOnly=True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(220)
        self.details.hide()
        self.details_button = QPushButton(self.tr("Show &details"), objectName="details_button", checkable=True)
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("&Copy details"), objectName="copy_button")
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button = QPushButton(self.tr("Open the &log folder"), objectName="folder_button")
        self.folder_button.setEnabled(log_path is not None)
        self.folder_button.clicked.connect(self.open_log_folder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.details_button, self.copy_button, self.folder_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.more)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(max(560, self.buttons.sizeHint().width() + 2 * layout.contentsMargins().left()))
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        self._fit()  # again: fonts and style are final only now

    def _fit(self) -> None:
        """As tall as the wrapped text needs at the current width (a window's first size ignores wrapping)."""
        width = max(self.width(), self.minimumWidth())
        layout = self.layout()
        assert layout is not None  # made in __init__
        self.resize(width, layout.totalHeightForWidth(width))

    def _explanation(self) -> str:
        lines = [
            self.tr("Something went wrong in the program, and what you just did may not have been completed."),
            self.tr(
                "Your saved data is safe: a change is saved whole or not at all. "
                "What you were typing in an open dialog may need to be entered again."
            ),
        ]
        if self._log_path is not None:
            lines.append(self.tr("The details were written to {file}.").format(file=str(self._log_path)))
        else:
            lines.append(self.tr("The details could not be written to a log file: copy them before you close this message."))
        lines.append(self.tr("You can go on working. If it happens again, send the details to whoever supports the program."))
        return "\n\n".join(lines)

    def add_error(self, details: str) -> None:
        """Another exception while this message is open: counted, and its details added below."""
        self._errors += 1
        if self._errors <= MAX_SHOWN_ERRORS:
            self.details.appendPlainText("\n" + "─" * 40 + "\n" + details)
        self.more.setText(self.tr("%n more error(s) happened while this message was open.", "", self._errors - 1))
        if not self.more.isVisibleTo(self):
            self.more.show()
            self._fit()

    @property
    def error_count(self) -> int:
        return self._errors

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide &details") if shown else self.tr("Show &details"))
        self._fit()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def open_log_folder(self) -> None:
        if self._log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_path.parent)))


class CrashHandler(QObject):
    """Installed once per program by :func:`install_crash_handler`; ``dialog`` is the message open now."""

    reported = Signal(str)  # masked details; emitted from any thread, shown on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Take over both hooks, again if something (a test harness) has replaced them meanwhile."""
        if sys.excepthook != self.excepthook:
            self._previous_hooks = (sys.excepthook, self._previous_hooks[1])
            sys.excepthook = self.excepthook
        if threading.excepthook != self.thread_excepthook:
            self._previous_hooks = (self._previous_hooks[0], threading.excepthook)
            threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous_hooks

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hooks[0](exc_type, exc, tb)
            return
        self.report(exc_type, exc, tb, threading.current_thread().name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return  # a thread that ends itself is no error (as with the default hook)
        name = args.thread.name if args.thread is not None else "a thread"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, name)

    def report(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None, thread: str) -> None:
        """Log the exception and have the message shown; this must never fail itself."""
        try:
            log.error("Uncaught exception in %s", thread, exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]
            self.reported.emit(details_text(exc_type, exc, tb, thread))
        except Exception:  # noqa: BLE001 - the last resort is Python's own report on stderr
            sys.__excepthook__(exc_type, exc, tb)  # type: ignore[arg-type]

    def _show(self, details: str) -> None:
        try:
            if self.dialog is not None and isValid(self.dialog):
                self.dialog.add_error(details)
                return
            # No parent: the message must outlive the dialog or window whose code failed.
            dialog = CrashDialog(details, log_file())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.finished.connect(self._closed)
            self.dialog = dialog
            dialog.show()
            dialog.raise_()
        except Exception:  # raising here would report again, and again
            log.exception("The crash message could not be shown")

    def _closed(self) -> None:
        self.dialog = None


_handler: CrashHandler | None = None


def install_crash_handler(app: QApplication, data_dir: Path | None = None, database_url: str | None = None) -> CrashHandler:
    """Log to ``data_dir`` (default: the data folder) and show uncaught exceptions; once per program."""
    global _handler
    if data_dir is None:
        from cluster_desktop.paths import default_data_dir

        data_dir = default_data_dir()
    setup_logging(data_dir)
    log_start(data_dir, database_url)
    if _handler is None:
        _handler = CrashHandler(app)
    _handler.install()
    return _handler


def uninstall_crash_handler() -> None:
    """Put the previous hooks back (tests)."""
    global _handler
    if _handler is not None:
        _handler.uninstall()
        _handler.deleteLater()
    _handler = None
