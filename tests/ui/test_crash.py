"""Uncaught exceptions raised on purpose: the crash message, its masked details, the log, and the program goes on.

pytest-qt normally takes ``sys.excepthook`` over to fail a test on any
exception in a slot; these tests switch that off (``qt_no_exception_capture``)
because the program's own hook is what they test.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

import ui.messages
from cluster_desktop import logs
from cluster_desktop.db import Database
from cluster_desktop.errors import UserError
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import AuditEntry, ConsentGiver, Person, Stage
from cluster_desktop.services.learners import LearnerInput, create_learner
from ui import crash, tasks
from ui.crash import CrashDialog, CrashHandler, install_crash_handler

pytestmark = pytest.mark.qt_no_exception_capture

IIN = make_iin(date(2007, 11, 2), Sex.MALE, 815)
MASKED_IIN = "••••••••" + IIN[-4:]


class Bug(Exception):
    """A programming error raised on purpose."""


@pytest.fixture
def handler(qapp: QApplication, data_dir: Path) -> Iterator[CrashHandler]:
    """A handler of this test's own (one a window test left behind is set aside), and the hooks as they were after."""
    hooks = sys.excepthook, threading.excepthook
    crash._handler = None
    installed = install_crash_handler(qapp, data_dir)
    yield installed
    for dialog in crash_dialogs():
        dialog.done(0)
    crash.uninstall_crash_handler()
    sys.excepthook, threading.excepthook = hooks
    logs.stop_logging()


def crash_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


def log_text(data_dir: Path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return (data_dir / "logs" / "cluster-desktop.log").read_text(encoding="utf-8")


def fail_in_a_slot() -> None:
    raise Bug(f"cannot show the learner {IIN}")


def test_an_exception_in_a_slot_shows_the_message_and_is_logged_masked(qtbot: QtBot, handler: CrashHandler, data_dir: Path) -> None:
    QTimer.singleShot(0, fail_in_a_slot)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    dialog = crash_dialogs()[0]
    log_file = data_dir / "logs" / "cluster-desktop.log"
    assert "Something went wrong" in dialog.message.text()
    assert "Your saved data is safe" in dialog.message.text()
    assert str(log_file) in dialog.message.text()
    assert dialog.folder_button.isEnabled()

    details = dialog.details.toPlainText()
    assert "Traceback" in details and "fail_in_a_slot" in details
    assert f"Bug: cannot show the learner {MASKED_IIN}" in details and IIN not in details
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()

    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details

    text = log_text(data_dir)
    assert "Uncaught exception in MainThread" in text and "Cluster Desktop" in text and "starts" in text
    assert f"Bug: cannot show the learner {MASKED_IIN}" in text and IIN not in text

    later: list[bool] = []
    QTimer.singleShot(0, lambda: later.append(True))  # the program goes on
    qtbot.waitUntil(lambda: bool(later))
    dialog.buttons.rejected.emit()
    qtbot.waitUntil(lambda: not crash_dialogs())
    assert handler.dialog is None


def test_more_exceptions_while_it_is_open_open_no_second_message(qtbot: QtBot, handler: CrashHandler, data_dir: Path) -> None:
    QTimer.singleShot(0, fail_in_a_slot)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    dialog = crash_dialogs()[0]
    for _ in range(30):  # a failing repaint would raise on every frame
        QTimer.singleShot(0, fail_in_a_slot)
    qtbot.waitUntil(lambda: dialog.error_count == 31)
    qtbot.wait(50)
    assert crash_dialogs() == [dialog]
    assert "30 more errors" in dialog.more.text() and dialog.more.isVisible()
    assert dialog.details.toPlainText().count("Traceback") == crash.MAX_SHOWN_ERRORS
    assert log_text(data_dir).count("Uncaught exception") == 31

    dialog.done(0)  # once closed, the next exception gets a message of its own
    QTimer.singleShot(0, fail_in_a_slot)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1 and crash_dialogs()[0] is not dialog)


def test_an_exception_in_another_thread_is_shown_on_the_gui_thread(qtbot: QtBot, handler: CrashHandler, data_dir: Path) -> None:
    thread = threading.Thread(target=fail_in_a_slot, name="exporter")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    assert "exporter" in crash_dialogs()[0].details.toPlainText()
    assert "Uncaught exception in exporter" in log_text(data_dir)


def test_background_work_without_on_error_reaches_the_crash_message(qtbot: QtBot, handler: CrashHandler, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(ui.messages, "show_error", lambda _parent, exc: shown.append(exc))

    def broken(_p: tasks.Progress) -> None:
        raise Bug(f"worker failed for {IIN}")

    tasks.run_in_background(broken, lambda _r: None)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    assert f"worker failed for {MASKED_IIN}" in crash_dialogs()[0].details.toPlainText()
    assert shown == []

    def refused(_p: tasks.Progress) -> None:  # a failure the user can act on stays a plain message
        raise UserError("The group is full.")

    tasks.run_in_background(refused, lambda _r: None)
    qtbot.waitUntil(lambda: bool(shown))
    assert isinstance(shown[0], UserError) and crash_dialogs()[0].error_count == 1


def test_background_work_with_on_error_is_logged_and_left_to_its_caller(qtbot: QtBot, handler: CrashHandler, data_dir: Path) -> None:
    errors: list[BaseException] = []

    def broken(_p: tasks.Progress) -> None:
        raise Bug(f"save failed for {IIN}")

    tasks.run_in_background(broken, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    qtbot.wait(50)
    assert isinstance(errors[0], Bug) and crash_dialogs() == []
    text = log_text(data_dir)
    assert "Background work failed" in text and f"save failed for {MASKED_IIN}" in text and IIN not in text


def test_a_failing_save_leaves_nothing_half_written(qtbot: QtBot, handler: CrashHandler, database: Database) -> None:
    data = LearnerInput(
        iin=IIN, surname="Омаров", given_name="Ерлан", birth_date=date(2007, 11, 2), sex=Sex.MALE,
        representative_name="Омаров Серік", representative_relation="әкесі", representative_phone="+7 701 000 11 22",
        consent_given_by=ConsentGiver.REPRESENTATIVE, consent_date=date(2024, 9, 1), stage=Stage.SCHOOL,
    )

    def save_then_fail(_p: tasks.Progress) -> None:
        with database.session() as session:
            create_learner(session, data)
            session.flush()
            raise Bug("after the insert")

    tasks.run_in_background(save_then_fail, lambda _r: None)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_open_log_folder_opens_the_folder_of_the_log(qtbot: QtBot, handler: CrashHandler, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    QTimer.singleShot(0, fail_in_a_slot)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    crash_dialogs()[0].folder_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [data_dir / "logs"]


def test_without_a_log_file_the_message_says_so(qtbot: QtBot, handler: CrashHandler, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "read-only"
    blocker.write_text("")
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail("no message box expected"))
    assert logs.setup_logging(blocker / "data") is None
    QTimer.singleShot(0, fail_in_a_slot)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    dialog = crash_dialogs()[0]
    assert "could not be written to a log file" in dialog.message.text()
    assert not dialog.folder_button.isEnabled()
    assert MASKED_IIN in dialog.details.toPlainText()
