"""The window while another program or PC writes to the database: a plain message box, not the crash dialog."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.db_failures import DatabaseBusyError, plain_failure
from cluster_desktop.models import Person
from cluster_desktop.services.learner_import_write import ADDED_MEANWHILE, ImportConflictError
from tests import factories
from tests.locks import wait_briefly, write_lock_held
from tests.narrowing import present
from ui import i18n, tasks
from ui.changes import Kind
from ui.messages import error_text
from ui.operations import change

BUSY_WORDS = "Another program or PC is writing to the database"


@pytest.fixture
def briefly_waiting(
    database_url: str,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    open_as_administrator: Callable[..., Database],
) -> Iterator[Database]:
    wait_briefly(monkeypatch)
    db = open_as_administrator(database_url, data_dir)
    yield db
    db.dispose()


def _add_learner(session: Session) -> None:
    factories.learner(session)


def test_a_change_while_the_database_is_held_says_so_in_a_message_box(
    qtbot: QtBot,
    briefly_waiting: Database,
    database_url: str,
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    crashes: list[BaseException] = []
    with pytest.MonkeyPatch.context() as patch, write_lock_held(database_url):
        patch.setattr("sys.excepthook", lambda _t, exc, _tb: crashes.append(exc))
        change(parent, briefly_waiting, _add_learner, touches={Kind.LEARNERS})
        qtbot.waitUntil(lambda: parent.findChild(QMessageBox) is not None)
    box = present(parent.findChild(QMessageBox))
    assert BUSY_WORDS in box.text() and "unexpected" not in box.text()
    assert box.detailedText() == ""  # a UserError: no traceback shown
    assert crashes == []


def test_a_dialog_with_its_own_error_handler_gets_the_plain_error(
    qtbot: QtBot,
    briefly_waiting: Database,
    database_url: str,
) -> None:
    errors: list[BaseException] = []
    with write_lock_held(database_url):
        change(None, briefly_waiting, _add_learner, touches={Kind.LEARNERS}, on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], DatabaseBusyError)
    assert BUSY_WORDS in error_text(errors[0])
    assert factories.count(briefly_waiting, Person) == 0


def test_work_that_uses_the_engine_directly_is_mapped_too(qtbot: QtBot) -> None:
    """Backups and health checks read through the engine, not a session: the background task maps their failure."""
    errors: list[BaseException] = []

    def locked(_progress: tasks.Progress) -> None:
        raise OperationalError("PRAGMA wal_checkpoint", {}, sqlite3.OperationalError("database is locked"))

    tasks.run_in_background(locked, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], DatabaseBusyError)


@pytest.mark.parametrize(
    ("language", "words"),
    [("kk", "Басқа бағдарлама немесе басқа компьютер дерекқорға жазып жатыр"), ("ru", "Другая программа или другой компьютер записывает")],
)
def test_the_message_is_in_the_users_language(qtbot: QtBot, language: str, words: str) -> None:
    busy = plain_failure(sqlite3.OperationalError("database is locked"))
    assert busy is not None
    i18n.install_language(language)
    try:
        assert words in error_text(busy) and "10" in error_text(busy)
        conflict = error_text(ImportConflictError(ADDED_MEANWHILE))
        assert conflict != ADDED_MEANWHILE and "{" not in conflict
    finally:
        i18n.install_language("en")
