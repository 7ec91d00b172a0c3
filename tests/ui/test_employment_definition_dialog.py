"""Settings → Definition of «employed» (issue 17): the state method by default, a change saved (and audited), the
state method restored by one button; the destinations report then prints that definition."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.models import AuditEntry, DestinationKind
from cluster_desktop.services.destinations import STATE_METHOD, employment_definition
from tests.factories import count
from tests.ui.conftest import wait_idle
from ui.dialogs.employment_definition_dialog import COUNTED, EXCLUDED, EmploymentDefinitionDialog

K = DestinationKind


def open_dialog(qtbot: QtBot, database: Database) -> EmploymentDefinitionDialog:
    dialog = EmploymentDefinitionDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    return dialog


def test_further_study_counted_then_the_state_method_restored(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    assert dialog.choices[K.FURTHER_STUDY].currentData() == EXCLUDED and dialog.choices[K.SELF_EMPLOYED].currentData() == COUNTED
    dialog.choices[K.FURTHER_STUDY].setCurrentIndex(dialog.choices[K.FURTHER_STUDY].findData(COUNTED))
    entries = count(database, AuditEntry)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    with database.session() as s:
        saved = employment_definition(s)
    assert K.FURTHER_STUDY in saved.counted and saved.excluded == {K.MILITARY, K.CHILDCARE}
    assert count(database, AuditEntry) > entries  # the change of a setting is audited

    dialog = open_dialog(qtbot, database)
    assert dialog.choices[K.FURTHER_STUDY].currentData() == COUNTED
    dialog.state_button.click()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    with database.session() as s:
        assert employment_definition(s) == STATE_METHOD


def test_nothing_counted_is_refused_and_nothing_saved(qtbot: QtBot, database: Database) -> None:
    dialog = open_dialog(qtbot, database)
    for combo in dialog.choices.values():
        combo.setCurrentIndex(combo.findData(EXCLUDED))
    dialog.save()
    wait_idle(qtbot)
    qtbot.waitUntil(dialog.summary.isVisible)
    assert "counts as employed or is taken out of the graduates" in dialog.summary.text()
    assert dialog.isVisible()
    with database.session() as s:
        assert employment_definition(s) == STATE_METHOD
    dialog.show_definition(STATE_METHOD)  # as stored: closing asks nothing


def test_the_employment_page_opens_it_for_those_who_may_change_settings(qtbot: QtBot, database: Database) -> None:
    from cluster_desktop.permissions import Actor, Role
    from ui.pages.employment_page import EmploymentPage

    page = EmploymentPage(database)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot)
    assert page.definition_button.isVisible()
    page.definition_button.click()
    wait_idle(qtbot)
    assert isinstance(page.last_dialog, EmploymentDefinitionDialog) and page.last_dialog.isVisible()
    page.last_dialog.reject()
    database.actor = Actor("watcher", Role.VIEWER, "Watcher", "test-pc")
    viewer = EmploymentPage(database)
    qtbot.addWidget(viewer)
    viewer.show()
    wait_idle(qtbot)
    assert not viewer.definition_button.isVisible()
