"""The background-task helper: results on the GUI thread, dropped for a deleted owner, cancellable."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from tests.ui.conftest import wait_idle
from ui import tasks

pytestmark = pytest.mark.threads  # about the pool thread itself; the synchronous mode has its own test below


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


def test_synchronous_mode_runs_at_once_and_still_delivers_through_the_event_loop(qtbot: QtBot) -> None:
    ran_on_gui_thread: list[bool] = []
    seen: list[object] = []
    tasks.run_synchronously(True)
    try:
        def work(_progress: tasks.Progress) -> int:
            ran_on_gui_thread.append(threading.current_thread() is threading.main_thread())
            return 7

        tasks.run_in_background(work, seen.append)
        tasks.run_in_background(lambda _p: 1 / 0, None, seen.append)
        assert ran_on_gui_thread == [True] and seen == [] and tasks.running_count() == 2  # ran, not yet delivered
        QCoreApplication.processEvents()
        assert seen[0] == 7 and isinstance(seen[1], ZeroDivisionError) and tasks.running_count() == 0
    finally:
        tasks.run_synchronously(False)


def test_wait_idle_returns_once_every_result_is_delivered(qtbot: QtBot) -> None:
    release = threading.Event()
    seen: list[object] = []
    tasks.run_in_background(lambda _p: release.wait(5), seen.append)
    release.set()
    wait_idle(qtbot)
    assert seen == [True] and tasks.running_count() == 0
