"""The background-task helper: results on the GUI thread, dropped for a deleted owner, cancellable."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from ui import tasks


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[object, bool]] = []
    worker_threads: list[bool] = []

    def work(_progress: tasks.Progress) -> int:
        worker_threads.append(threading.current_thread() is threading.main_thread())
        return 42

    tasks.run_in_background(work, lambda r: seen.append((r, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]
    assert worker_threads == [False]


def test_results_for_a_deleted_owner_are_dropped(qtbot: QtBot) -> None:
    owner = QObject()
    release = threading.Event()
    delivered: list[object] = []
    tasks.run_in_background(lambda _p: release.wait(5), delivered.append, delivered.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not isValid(owner))
    release.set()
    qtbot.waitUntil(lambda: tasks.running_count() == 0)
    assert delivered == []


def test_cancel_stops_the_work_at_its_next_report(qtbot: QtBot) -> None:
    started = threading.Event()
    errors: list[BaseException] = []

    def work(progress: tasks.Progress) -> None:
        started.set()
        for step in range(1000):
            progress.update(step, 1000)
            threading.Event().wait(0.01)

    task = tasks.run_in_background(work, None, errors.append)
    assert started.wait(5)
    task.progress.cancel()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], tasks.Cancelled)
