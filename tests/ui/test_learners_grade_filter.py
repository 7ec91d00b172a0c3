"""The Learners page lists one school's pupils in one grade as of today, the grade having moved up on 1 September."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.models import OrganisationKind, Stage
from cluster_desktop.services.learners import move_to_stage
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from cluster_desktop.services.school_grades import record_repeat
from tests import factories
from tests.ui.conftest import wait_idle
from ui.pages.learners_page import LearnersPage


def test_school_and_grade_filter(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    with database.session() as s:
        school = create_organisation(s, OrganisationInput(OrganisationKind.SCHOOL, "№1 мектеп-гимназия", "Школа-гимназия №1")).id
        other = create_organisation(s, OrganisationInput(OrganisationKind.SCHOOL, "№3 мектеп", "Школа №3")).id
        pupils = (("Әбенова", school, 9, False), ("Қасымов", school, 9, True), ("Серікова", school, 10, False), ("Ильин", other, 9, False))
        for serial, (surname, where, grade, repeats) in enumerate(pupils, start=1):
            person = factories.learner(
                s,
                surname,
                "Айгүл",
                serial=serial,
                born=date(2010, 3, 1),
                stage=Stage.PRESCHOOL,
                consent_date=date(2020, 1, 10),
                representative="Әбенов Серік",
            )
            record = move_to_stage(s, person.id, Stage.SCHOOL, date(2025, 9, 5), organisation_id=where, school_grade=grade, today=date(2026, 12, 4))
            if repeats:
                record_repeat(s, record.id, 2026)
    page = LearnersPage(database)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    wait_idle(qtbot)
    page.school_filter.setCurrentIndex(page.school_filter.findData(school))
    page.grade_filter.setCurrentIndex(page.grade_filter.findData(10))
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row(0).surname == "Әбенова"  # type: ignore[union-attr]  # grade 9 in 2025/26, grade 10 since 1 September
    page.grade_filter.setCurrentIndex(page.grade_filter.findData(None))
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.school_filter.setCurrentIndex(page.school_filter.findData(None))
    page.grade_filter.setCurrentIndex(page.grade_filter.findData(9))
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # the one who repeated grade 9 (Ильин is in grade 10 now)
    assert page.model.row(0).surname == "Қасымов"  # type: ignore[union-attr]
    assert page.current_filter().on == fixed_day


def test_a_repeated_year_and_leaving_school_from_the_page(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    from cluster_desktop.models import StageRecord
    from cluster_desktop.models.person import GradeRepeat

    with database.session() as s:
        school = create_organisation(s, OrganisationInput(OrganisationKind.SCHOOL, "№1 мектеп-гимназия", "Школа-гимназия №1")).id
        person = factories.learner(
            s,
            "Әбенова",
            "Айгүл",
            born=date(2010, 3, 1),
            stage=Stage.PRESCHOOL,
            consent_date=date(2020, 1, 10),
            representative="Әбенов Серік",
        )
        move_to_stage(s, person.id, Stage.SCHOOL, date(2025, 9, 5), organisation_id=school, school_grade=9, today=date(2026, 12, 4))
    page = LearnersPage(database)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot)
    page.table.selectRow(0)
    dialog = page.grade_selected()
    assert dialog is not None
    wait_idle(qtbot)
    assert "10" in dialog.grade_label.text() and "2025/26" in dialog.grade_label.text()
    dialog.academic_year.setValue(2025)  # the year the grade was recorded in: refused beside the field
    dialog.save()
    wait_idle(qtbot)
    assert dialog.isVisible() and "2025/26" in dialog._errors["academic_year"].text()
    dialog.academic_year.setValue(2026)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    with database.session() as s:
        assert [r.academic_year for r in s.query(GradeRepeat)] == [2026]
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: "grade 9" in page.journey.toPlainText(), timeout=5000)  # grade 9 again this year
    page.table.selectRow(0)
    leaving = page.grade_selected()
    assert leaving is not None
    wait_idle(qtbot)
    leaving.action.setCurrentIndex(leaving.action.findData("leave"))
    leaving.left_on.setDate(leaving.left_on.date().addDays(-1))
    leaving.save()
    qtbot.waitUntil(lambda: not leaving.isVisible(), timeout=5000)
    with database.session() as s:
        assert s.query(StageRecord).filter(StageRecord.stage == Stage.SCHOOL).one().ended_on == date(2026, 12, 3)
