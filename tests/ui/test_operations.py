"""The operation helper and the change bus: a change is announced once, after its commit; pages hear what they show."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import QT_TRANSLATE_NOOP, UserError
from cluster_desktop.models import Setting
from tests.narrowing import present
from ui import tasks
from ui.changes import ChangeBus, Kind, change_bus, subscribe
from ui.operations import change, query


def _setting(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


@pytest.mark.threads
def test_a_query_runs_in_a_session_off_the_gui_thread(qtbot: QtBot, database: Database) -> None:
    seen: list[tuple[str | None, bool]] = []

    def read(session: Session) -> tuple[str | None, bool]:
        return _setting(session, "nothing"), threading.current_thread() is threading.main_thread()

    query(None, database, read, seen.append)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(None, False)]


def test_a_change_is_announced_once_after_its_commit(qtbot: QtBot, database: Database) -> None:
    heard: list[tuple[frozenset[Kind], str | None]] = []

    def look(kinds: frozenset[Kind]) -> None:
        with database.session() as session:  # what a page reads when it hears: the change is already committed
            heard.append((kinds, _setting(session, "motto")))

    change_bus().changed.connect(look)
    try:
        done: list[object] = []
        change(None, database, lambda s: s.add(Setting(key="motto", value="Learn")), done.append, touches={Kind.SETTINGS})
        qtbot.waitUntil(lambda: bool(heard))
        qtbot.wait(50)
    finally:
        change_bus().changed.disconnect(look)
    assert done == [None]
    assert heard == [(frozenset({Kind.SETTINGS}), "Learn")]


def test_a_failed_change_is_rolled_back_reported_and_not_announced(qtbot: QtBot, database: Database) -> None:
    heard: list[frozenset[Kind]] = []
    errors: list[BaseException] = []

    def fail(session: Session) -> None:
        session.add(Setting(key="motto", value="Half done"))
        session.flush()
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Nothing was saved."))

    change_bus().changed.connect(heard.append)
    try:
        change(None, database, fail, touches={Kind.SETTINGS}, on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors))
        qtbot.waitUntil(lambda: tasks.running_count() == 0)
    finally:
        change_bus().changed.disconnect(heard.append)
    assert heard == []
    assert isinstance(errors[0], UserError)
    with database.session() as session:
        assert _setting(session, "motto") is None


@pytest.mark.threads
def test_a_change_made_by_a_closed_dialog_is_still_announced(qtbot: QtBot, database: Database) -> None:
    heard: list[frozenset[Kind]] = []
    release = threading.Event()
    dialog = QWidget()
    done: list[object] = []

    def slow(session: Session) -> None:
        release.wait(5)
        session.add(Setting(key="motto", value="Learn"))

    change_bus().changed.connect(heard.append)
    try:
        change(dialog, database, slow, done.append, touches={Kind.SETTINGS})
        dialog.deleteLater()
        qtbot.waitUntil(lambda: not _valid(dialog))
        release.set()
        qtbot.waitUntil(lambda: bool(heard))
    finally:
        change_bus().changed.disconnect(heard.append)
    assert done == []  # its result is dropped with it
    assert heard == [frozenset({Kind.SETTINGS})]


def _valid(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_a_query_error_is_reported_in_a_message_box(qtbot: QtBot, database: Database) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def fail(_session: Session) -> None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "Nothing was saved."))

    done: list[object] = []
    query(parent, database, fail, done.append)
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox) is not None)
    assert present(parent.findChild(QMessageBox)).text() == "Nothing was saved."
    assert done == []


def test_progress_reaches_the_work_when_it_has_a_label(qtbot: QtBot, database: Database) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[int] = []

    def count(session: Session, progress: tasks.Progress) -> int:
        progress.update(1, 2)
        return 2

    query(parent, database, count, results.append, label="Counting…")
    qtbot.waitUntil(lambda: bool(results))
    assert results == [2]


class _Page(QWidget):
    def __init__(self, kinds: set[Kind]) -> None:
        super().__init__()
        self.refreshed: list[frozenset[Kind]] = []
        subscribe(self, kinds, self.refreshed.append)


def test_a_page_refreshes_when_a_kind_it_shows_changes(qtbot: QtBot) -> None:
    page = _Page({Kind.LEARNERS, Kind.GROUPS})
    qtbot.addWidget(page)
    page.show()
    change_bus().announce({Kind.AGREEMENTS})
    assert page.refreshed == []
    change_bus().announce({Kind.GROUPS, Kind.AGREEMENTS})
    assert page.refreshed == [frozenset({Kind.GROUPS})]


def test_a_hidden_page_refreshes_once_when_it_is_shown_again(qtbot: QtBot) -> None:
    page = _Page({Kind.LEARNERS, Kind.GROUPS})
    qtbot.addWidget(page)
    page.show()
    page.hide()
    change_bus().announce({Kind.LEARNERS})
    change_bus().announce({Kind.GROUPS})
    assert page.refreshed == []
    page.show()
    assert page.refreshed == [frozenset({Kind.LEARNERS, Kind.GROUPS})]
    page.hide()
    page.show()
    assert len(page.refreshed) == 1


def test_a_deleted_page_no_longer_listens(qtbot: QtBot) -> None:
    page = _Page({Kind.LEARNERS})
    page.show()
    page.deleteLater()
    qtbot.waitUntil(lambda: not _valid(page))
    change_bus().announce({Kind.LEARNERS})  # would raise if it reached the deleted page


@pytest.fixture(autouse=True)
def _no_stray_work(qtbot: QtBot) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: tasks.running_count() == 0)


def test_a_form_dialog_must_say_what_it_changes() -> None:
    from ui.dialogs.form_dialog import FormDialog

    with pytest.raises(TypeError, match="touches"):
        type("Forgetful", (FormDialog,), {})
    assert vars(type("Careful", (FormDialog,), {"touches": frozenset({Kind.LEARNERS})}))["touches"] == {Kind.LEARNERS}


def test_the_date_moving_on_is_announced_once(qtbot: QtBot) -> None:
    days = [date(2027, 12, 31)]
    bus = ChangeBus(today=lambda: days[0])
    heard: list[frozenset[Kind]] = []
    bus.changed.connect(heard.append)
    bus.check_day()
    assert heard == []
    days[0] = date(2028, 1, 1)
    bus.check_day()
    bus.check_day()
    assert heard == [frozenset({Kind.DAY})]
