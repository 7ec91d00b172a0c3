"""The Guidance sessions page: sessions with head counts (bad counts refused beside the table) or named attendance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import ConsentGiver, GuidanceSession, GuidanceStage, OrganisationKind, SessionHeadCount, Stage
from cluster_desktop.models.outcomes import InstructorKind, SessionKind
from cluster_desktop.permissions import Actor, Role
from cluster_desktop.services import guidance_sessions as G
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from tests.factories import count
from tests.narrowing import present
from tests.ui.conftest import FIXED_DAY, wait_idle
from ui.dialogs.guidance_session_dialog import GuidanceSessionDialog
from ui.pages.sessions_page import SessionsPage
from ui.widgets import ErrorLabel

TODAY = FIXED_DAY
pytestmark = pytest.mark.usefixtures("fixed_day")  # dialogs default to today: the test fixes which day


def fill(database: Database) -> dict[str, int]:
    with database.session() as s:
        ids = {"kindergarten": create_organisation(s, OrganisationInput(OrganisationKind.KINDERGARTEN, "Балдырған", "Балдырган")).id}
        for serial, surname in enumerate(("Серікова", "Әбілова"), start=1):
            ids[surname] = create_learner(s, LearnerInput(
                iin=make_iin(date(2010, 5, 1), Sex.FEMALE, serial), surname=surname, given_name="Айгерім", stage=Stage.SCHOOL,
                # signed before last May's session that names one of them: naming needs the consent in force that day
                consent_given_by=ConsentGiver.REPRESENTATIVE, consent_date=date(2025, 1, 15), representative_name="Ата-ана",
            )).id
        return ids


def make_page(qtbot: QtBot, database: Database) -> SessionsPage:
    page = SessionsPage(database)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    wait_idle(qtbot)
    return page


def open_new(qtbot: QtBot, page: SessionsPage, type_text: Callable[[QWidget, str], None]) -> GuidanceSessionDialog:
    dialog = page.add_session()
    wait_idle(qtbot)
    assert dialog.isEnabled()
    type_text(dialog.topic_kk, "Кішкентай зертханашы")
    type_text(dialog.place_kk, "«Балдырған» балабақшасы")
    return dialog


def save(qtbot: QtBot, dialog: GuidanceSessionDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)


def attendance_cells(page: SessionsPage) -> list[tuple[str, str]]:
    model = page.attendance_model
    return [(model.text(r, 0), model.text(r, 1)) for r in range(model.rowCount())]


@pytest.mark.parametrize(("typed", "message"), [
    ("-3", "The head count of «5–6 жас» must be a whole number from 0 to 10000, not -3."),
    ("25000", "The head count of «5–6 жас» must be a whole number from 0 to 10000, not 25000."),
    ("", "Enter the number of children of «5–6 жас»."),
    ("-", "Enter the number of children of «5–6 жас»."),
])
def test_bad_head_counts_are_refused_and_nothing_is_saved(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None], typed: str, message: str) -> None:
    fill(database)
    page = make_page(qtbot, database)
    dialog = open_new(qtbot, page, type_text)
    assert dialog.by_count.isChecked()
    dialog.add_age_group("4–5 жас", "12")
    dialog.add_age_group("5–6 жас", typed)
    save(qtbot, dialog)
    error = dialog.findChild(ErrorLabel, "head_counts_error")
    assert error is not None
    qtbot.waitUntil(lambda: error.isVisible())
    assert error.text() == message
    assert dialog.isVisible() and count(database, GuidanceSession) == 0 and count(database, SessionHeadCount) == 0
    dialog.done(0)


def test_a_session_with_head_counts(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    ids = fill(database)
    page = make_page(qtbot, database)
    assert page.model.rowCount() == 0
    dialog = open_new(qtbot, page, type_text)
    dialog.stage.set_value(GuidanceStage.PRESCHOOL)
    dialog.organiser_id.setCurrentIndex(dialog.organiser_id.findData(ids["kindergarten"]))
    dialog.held_on.setDate(dialog.held_on.date().addDays(3))  # in the future: the service says so beside the date
    dialog.add_age_group("4–5 жас", "12")
    dialog.add_age_group("5–6 жас", "15")
    dialog.add_age_group("", "")  # an empty row is left out
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: present(dialog.findChild(ErrorLabel, "held_on_error")).isVisible())
    assert "is in the future" in present(dialog.findChild(ErrorLabel, "held_on_error")).text() and count(database, GuidanceSession) == 0
    dialog.held_on.setDate(dialog.held_on.date().addDays(-3))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        save(qtbot, dialog)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0) is not None)
    row = page.model.row(0)
    assert row is not None
    assert (row.counted, row.named, row.organiser("ru")) == (27, 0, "Балдырган")
    assert page.model.index(0, 5).data() == 27 and page.model.index(0, 1).data() == "Career-guidance talk"
    page.table.selectRow(0)
    wait_idle(qtbot)
    assert attendance_cells(page) == [("4–5 жас", "12"), ("5–6 жас", "15")]
    assert "27" in page.attendance_total.text() and "Балдырган" in page.detail_info.text()

    edit = page.edit_selected()
    wait_idle(qtbot)
    assert edit is not None
    assert edit.by_count.isChecked() and edit.head_count_model.rowCount() == 2 and not edit.has_unsaved_changes()
    edit.head_count_model.setData(edit.head_count_model.index(1, 1), "20")
    assert edit.has_unsaved_changes()
    with qtbot.waitSignal(edit.accepted, timeout=10000):
        save(qtbot, edit)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.row(0) is not None and present(page.model.row(0)).counted == 32)


def test_a_session_with_named_attendance(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    ids = fill(database)
    page = make_page(qtbot, database)
    dialog = open_new(qtbot, page, type_text)
    dialog.stage.set_value(GuidanceStage.SCHOOL)
    dialog.add_age_group("9 сынып", "30")  # typed first, then the names chosen: only the names are saved
    dialog.by_name.setChecked(True)
    for name in ("Серікова", "Әбілова", "Серікова"):
        dialog.learners.search.clear()
        type_text(dialog.learners.search, name)
        def found_one(name: str = name) -> bool:
            return dialog.learners.found.count() == 1 and name in present(dialog.learners.found.item(0)).text()

        qtbot.waitUntil(found_one, timeout=5000)
        dialog.learners.attach_selected()
    save(qtbot, dialog)
    error = dialog.findChild(ErrorLabel, "attendees_error")
    assert error is not None
    qtbot.waitUntil(lambda: error.isVisible())
    assert "Серікова Айгерім is marked as present twice." in error.text() and count(database, GuidanceSession) == 0
    dialog.learners.attached.setCurrentRow(2)
    dialog.learners.remove_selected()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        save(qtbot, dialog)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0) is not None)
    assert (present(page.model.row(0)).named, present(page.model.row(0)).counted) == (2, 0)
    page.table.selectRow(0)
    wait_idle(qtbot)
    assert [name for name, _iin in attendance_cells(page)] == ["Әбілова Айгерім", "Серікова Айгерім"]
    assert attendance_cells(page)[0][1] == make_iin(date(2010, 5, 1), Sex.FEMALE, 2)
    edit = page.edit_selected()
    wait_idle(qtbot)
    assert edit is not None
    assert edit.by_name.isChecked() and sorted(edit.learners.person_ids()) == sorted((ids["Серікова"], ids["Әбілова"]))
    edit.done(0)


def test_filters_and_delete_asks_first(qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = fill(database)
    last_year = date(TODAY.year - 1, 5, 20)
    with database.session() as s:
        G.create_session(s, G.GuidanceSessionInput(TODAY - timedelta(days=1), "Балабақша", "Кішкентай кенші", GuidanceStage.PRESCHOOL,
                                                   ids["kindergarten"], head_counts=(G.HeadCount("5–6 жас", 20),)))
        G.create_session(s, G.GuidanceSessionInput(last_year, "№1 мектеп", "Ашық есік күні", GuidanceStage.SCHOOL,
                                                   attendees=(ids["Серікова"],)))
    page = make_page(qtbot, database)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.year_filter.count() == 3)
    assert present(page.model.row(0)).topic_kk == "Кішкентай кенші"  # the latest first
    page.stage_filter.set_value(GuidanceStage.SCHOOL)
    wait_idle(qtbot)
    assert page.model.rowCount() == 1 and present(page.model.row(0)).topic_kk == "Ашық есік күні"
    page.stage_filter.set_value(None)
    page.year_filter.setCurrentIndex(page.year_filter.findData(TODAY.year))
    wait_idle(qtbot)
    assert page.model.rowCount() == 1 and present(page.model.row(0)).topic_kk == "Кішкентай кенші"
    page.year_filter.setCurrentIndex(0)
    page.search.setText("ашық")
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and present(page.model.row(0)).topic_kk == "Ашық есік күні")

    page.table.selectRow(0)
    wait_idle(qtbot)
    asked: list[QMessageBox.StandardButton] = []

    def answer(_parent: QWidget | None, _title: str, _text: str, _buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
        asked.append(default)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.delete_selected()
    assert asked == [QMessageBox.StandardButton.No] and count(database, GuidanceSession) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert count(database, GuidanceSession) == 1


def test_a_viewer_reads_but_cannot_add(qtbot: QtBot, database: Database) -> None:
    ids = fill(database)
    with database.session() as s:
        G.create_session(s, G.GuidanceSessionInput(TODAY, "Балабақша", "Кішкентай кенші", GuidanceStage.PRESCHOOL,
                                                   ids["kindergarten"], head_counts=(G.HeadCount("5–6 жас", 20),)))
    database.actor = Actor("viewer", Role.VIEWER, "Viewer", "test-pc")
    page = make_page(qtbot, database)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    wait_idle(qtbot)
    assert attendance_cells(page) == [("5–6 жас", "20")]
    assert all(b.isHidden() for b in (page.add_button, page.edit_button, page.delete_button))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot)
    assert page.last_dialog is None


def test_a_master_class_led_by_an_enterprise_specialist(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    ids = fill(database)
    with database.session() as s:
        ids["employer"] = create_organisation(s, OrganisationInput(OrganisationKind.EMPLOYER, "Дон ТКБК", "Донской ГОК")).id
    page = make_page(qtbot, database)
    dialog = open_new(qtbot, page, type_text)
    assert dialog.hours.value() == 1 and not dialog.instructor_name.isEnabled()  # no instructor named yet
    dialog.kind.set_value(SessionKind.MASTER_CLASS)
    dialog.hours.setValue(2)
    dialog.add_age_group("9 сынып", "24")
    dialog.instructor_kind.setCurrentIndex(dialog.instructor_kind.findData(InstructorKind.SPECIALIST))
    assert dialog.instructor_organisation_id.isEnabled() and not dialog.instructor_position.isEnabled()
    assert dialog.instructor_organisation_id.findData(ids["kindergarten"]) == -1  # specialists come from enterprises
    type_text(dialog.instructor_name, "Петров А. В.")
    save(qtbot, dialog)  # no enterprise chosen: said beside it
    error = present(dialog.findChild(ErrorLabel, "instructor_organisation_id_error"))
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "An enterprise specialist comes from a partner: choose the organisation." and count(database, GuidanceSession) == 0
    dialog.instructor_organisation_id.setCurrentIndex(dialog.instructor_organisation_id.findData(ids["employer"]))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        save(qtbot, dialog)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0) is not None)
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert texts[1] == "Master class"
    page.table.selectRow(0)
    wait_idle(qtbot)
    assert "Master class, 2 hours" in page.detail_info.text() and "Led by Петров А. В. (Донской ГОК)" in page.detail_info.text()

    page.kind_filter.set_value(SessionKind.EXCURSION)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    page.kind_filter.set_value(SessionKind.MASTER_CLASS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0) is not None)
    page.table.selectRow(0)
    wait_idle(qtbot)
    edit = page.edit_selected()
    wait_idle(qtbot)
    assert edit is not None
    assert (edit.kind.value(), edit.hours.value(), edit.chosen_instructor_kind(), edit.instructor_name.text()) == (
        SessionKind.MASTER_CLASS, 2, InstructorKind.SPECIALIST, "Петров А. В."
    )
    assert edit.instructor_organisation_id.currentData() == ids["employer"] and not edit.has_unsaved_changes()
    edit.done(0)
