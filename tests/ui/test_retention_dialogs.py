"""Settings → Keeping periods and → Records past their keeping period (issue 18): periods saved; anonymising asks first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.models import Person
from cluster_desktop.permissions import Actor, Permission, Role
from cluster_desktop.services.anonymisation import ANONYMISED_SURNAME
from cluster_desktop.services.retention import KeepingPeriods, RecordKind, keeping_periods
from tests.core.test_retention import _graduated
from tests.ui.conftest import wait_idle
from ui.dialogs.keeping_periods_dialog import KeepingPeriodsDialog
from ui.dialogs.past_period_dialog import PastPeriodDialog


def test_the_periods_show_the_defaults_and_a_change_is_saved(qtbot: QtBot, database: Database) -> None:
    dialog = KeepingPeriodsDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    assert dialog.years[RecordKind.LEARNERS].value() == 5 and dialog.years[RecordKind.APPLICANTS].value() == 1
    dialog.years[RecordKind.LEARNERS].setValue(8)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    with database.session() as session:
        assert keeping_periods(session) == KeepingPeriods(learners=8)


def _surnames(database: Database) -> dict[int, str]:
    with database.session() as session:
        return {row[0]: row[1] for row in session.execute(select(Person.id, Person.surname))}


@pytest.mark.usefixtures("fixed_day")
def test_anonymising_asks_first_and_no_keeps_everything(qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    old = _graduated(database, date(2019, 6, 30), 1, "Әлиев")
    _graduated(database, date(2024, 6, 30), 2, "Бекова")  # kept until 30.06.2029
    dialog = PastPeriodDialog(database, today=date(2026, 12, 4))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    assert dialog.model.rowCount() == 1 and dialog.model.text(0, 0).startswith("Әлиев")
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dialog.table.selectAll()
    dialog.anonymise_button.click()
    wait_idle(qtbot)
    assert len(asked) == 1 and "1" in asked[0] and "restoring a backup" in asked[0]
    assert _surnames(database)[old] == "Әлиев"

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    dialog.anonymise_all_button.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert _surnames(database)[old] == ANONYMISED_SURNAME
    assert "1" in dialog.status.text()


@pytest.mark.usefixtures("fixed_day")
def test_the_card_of_an_anonymised_person_says_so_instead_of_an_iin(qtbot: QtBot, database: Database) -> None:
    from cluster_desktop.services.anonymisation import anonymise
    from ui.pages.journey_view import JourneyView

    old = _graduated(database, date(2019, 6, 30), 1, "Әлиев")
    with database.session() as session:
        anonymise(session, [old], date(2026, 12, 4))
    view = JourneyView(database)
    qtbot.addWidget(view)
    view.show_learner(old)
    wait_idle(qtbot)
    shown = view.toPlainText()
    assert f"{ANONYMISED_SURNAME} №{old}" in shown and "Anonymised after the keeping period" in shown
    assert "ANON" not in shown and "Әлиев" not in shown
    assert "Journey through the cluster" in shown  # the steps stay


def test_the_list_mentions_incidents_past_their_period(qtbot: QtBot, database: Database) -> None:
    from cluster_desktop.services.incidents import IncidentInput, record_incident, record_notification

    with database.session() as session:
        found = record_incident(session, IncidentInput(date(2019, 3, 1), "Флешка жоғалды", 12), date(2019, 3, 2))
        record_notification(session, found.id, "Уәкілетті орган", date(2019, 3, 3), date(2019, 3, 3))
    dialog = PastPeriodDialog(database, today=date(2026, 12, 4))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    assert dialog.incidents_label.isVisible() and "01.03.2019" in dialog.incidents_label.text()
    assert dialog.model.rowCount() == 0


@pytest.mark.parametrize(("granted", "shown"), [(frozenset(), False), (frozenset({Permission.ANONYMISE}), True)])
def test_a_registrar_given_anonymising_reaches_the_list(qtbot: QtBot, granted: frozenset[Permission], shown: bool) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(actor=Actor("bolat", Role.REGISTRAR, "", "pc", granted=granted))
    qtbot.addWidget(window)
    assert window.past_period_action.isVisible() is shown
    assert not window.keeping_periods_action.isVisible() and not window.college_action.isVisible()
