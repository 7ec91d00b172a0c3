"""The one way the window runs database work: off the GUI thread, results back on it.

``run_in_background(work, on_done)`` runs ``work(progress)`` on Qt's global
thread pool and calls ``on_done(result)`` (or ``on_error(exception)``) on the
GUI thread — unless the ``owner`` (by default the ``parent``) widget or model
has been deleted meanwhile (a closed dialog, a window rebuilt for another
language): then the result is dropped.  Long work passes ``label=`` and gets a progress dialog that
appears only after 600 ms (as Anki's does) and can cancel: ``work`` reports
with ``progress.update(done, total)``, which raises :class:`Cancelled` once the
user has pressed Cancel, so the work's transaction rolls back.

Without ``on_error`` a :class:`UserError` is shown in a message box and an
unexpected failure goes to ``sys.excepthook``: the crash message of
:mod:`ui.crash`, which logs it.  A database that another program or PC keeps
locked, or a full disk, is not unexpected: :mod:`cluster_desktop.db_failures`
makes it a UserError first.  An unexpected failure that ``on_error``
handles (usually shown in a word) is logged with its traceback here.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from cluster_desktop.db_failures import plain_failure
from cluster_desktop.errors import UserError

PROGRESS_DELAY_MS = 600
log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user cancelled the work; whatever it started was rolled back."""


class Progress:
    """Handed to the work: report how far it got, learn whether to stop."""

    def __init__(self, task: BackgroundTask) -> None:
        self._task = task
        self._cancelled = threading.Event()

    def update(self, done: int, total: int, text: str = "") -> None:
        if self._cancelled.is_set():
            raise Cancelled()
        self._task.progressed.emit(done, total, text)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class BackgroundTask(QObject):
    """Lives on the GUI thread; the worker emits its signals from the pool thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = Progress(self)


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self._task.progress)
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            self._task.failed.emit(exc)
        else:
            self._task.succeeded.emit(result)


_running: set[BackgroundTask] = set()
_synchronous = threading.Event()  # set by tests: see run_synchronously


def running_count() -> int:
    """How many tasks have not yet delivered their result (tests wait for 0)."""
    return len(_running)


def run_synchronously(on: bool) -> None:
    """For tests that are not about threads: run each work at once on the calling thread.

    Nothing else changes: the result still reaches ``on_done``/``on_error`` through
    the event loop, so the caller sees the same order of events as with a thread —
    it just never waits for the pool.
    """
    if on:
        _synchronous.set()
    else:
        _synchronous.clear()


def run_in_background(
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    parent: QWidget | None = None,
    label: str | None = None,
    owner: QObject | None = None,
    after_done: Callable[[], None] | None = None,
) -> BackgroundTask:
    """Run ``work`` off the GUI thread; see the module docstring.

    ``after_done`` is called on the GUI thread after a success even when the
    owner is gone (the change bus must hear of a commit made by a closed dialog).
    """
    owner = owner if owner is not None else parent
    task = BackgroundTask()
    _running.add(task)
    dialog: QProgressDialog | None = None
    if label is not None:
        dialog = QProgressDialog(label, QCoreApplication.translate("QProgressDialog", "Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.progress.cancel)

        def show_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

        task.progressed.connect(show_progress)
        dialog.setValue(0)

    def owner_gone() -> bool:
        return owner is not None and not isValid(owner)

    @Slot(object)
    def finish(result: object) -> None:
        _close()
        try:
            if on_done is not None and not owner_gone():
                on_done(result)
        finally:
            if after_done is not None:
                after_done()

    @Slot(object)
    def fail(exc: BaseException) -> None:
        _close()
        exc = plain_failure(exc) or exc  # a database locked by another PC is told in words, not as a crash
        unexpected, gone = not isinstance(exc, UserError | Cancelled), owner_gone()
        if unexpected and (gone or on_error is not None):  # shown in a word at most: the log keeps the traceback
            log.error("Background work failed", exc_info=exc)
        if gone:
            return
        if on_error is not None:
            on_error(exc)
        elif unexpected:
            sys.excepthook(type(exc), exc, exc.__traceback__)  # the crash message (ui/crash.py), which logs it
        elif isinstance(exc, UserError):
            from .messages import show_error

            show_error(parent, exc)

    def _close() -> None:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        _running.discard(task)
        task.ended.emit()
        task.deleteLater()

    task.succeeded.connect(finish, Qt.ConnectionType.QueuedConnection)
    task.failed.connect(fail, Qt.ConnectionType.QueuedConnection)
    runner = _Runner(task, work)
    if _synchronous.is_set():
        runner.run()
    else:
        QThreadPool.globalInstance().start(runner)
    return task


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Let running work finish (used when the window closes)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
