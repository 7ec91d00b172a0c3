"""School grades move with the academic year (1 September), stop at 11, wait a year on a repeat, end on leaving."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import ValidationError
from cluster_desktop.models import Organisation, OrganisationKind, Stage, StageRecord
from cluster_desktop.school_grades import GradeState, GradeStatus, academic_year_label, academic_year_of, grade_in_year, grade_on
from cluster_desktop.services.learner_list import LearnerFilter, count_learners, learner_page
from cluster_desktop.services.learners import move_to_stage
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from cluster_desktop.services.school_grades import leave_school, pupils_in_grade, record_repeat, record_state, record_state_on
from tests.factories import learner

AT = GradeStatus.AT_SCHOOL


def test_the_academic_year_turns_on_the_first_of_september() -> None:
    assert academic_year_of(date(2025, 8, 31)) == 2024
    assert academic_year_of(date(2025, 9, 1)) == 2025
    assert academic_year_of(date(2026, 1, 15)) == 2025
    assert academic_year_label(2024) == "2024/25" and academic_year_label(2099) == "2099/00"


def test_grade_moves_up_a_year_and_finishes_after_eleven() -> None:
    assert grade_in_year(9, 2024, 2024) == GradeState(AT, 9)
    assert grade_in_year(9, 2024, 2025) == GradeState(AT, 10)
    assert grade_in_year(9, 2024, 2026) == GradeState(AT, 11)
    assert grade_in_year(9, 2024, 2027) == GradeState(GradeStatus.FINISHED)
    assert grade_in_year(9, 2024, 2023) == GradeState(AT, 8)
    assert grade_in_year(1, 2024, 2023) == GradeState(GradeStatus.NOT_YET)
    assert grade_on(9, 2024, date(2025, 8, 31)) == GradeState(AT, 9)
    assert grade_on(9, 2024, date(2025, 9, 1)) == GradeState(AT, 10)


def test_a_repeated_year_keeps_the_grade_once() -> None:
    assert grade_in_year(9, 2024, 2025, repeats=[2025]) == GradeState(AT, 9)
    assert grade_in_year(9, 2024, 2026, repeats=[2025]) == GradeState(AT, 10)
    assert grade_in_year(9, 2024, 2028, repeats=[2025]) == GradeState(GradeStatus.FINISHED)
    assert grade_in_year(9, 2024, 2027, repeats=[2025]) == GradeState(AT, 11)
    # a repeat in or before the base year is already in the base grade
    assert grade_in_year(9, 2024, 2025, repeats=[2024, 2023]) == GradeState(AT, 10)


def test_leaving_ends_the_grade_from_the_day_and_the_year_after() -> None:
    started, left = date(2024, 9, 1), date(2026, 1, 20)
    assert grade_in_year(9, 2024, 2025, (), started, left) == GradeState(AT, 10)  # was there part of 2025/26
    assert grade_in_year(9, 2024, 2026, (), started, left) == GradeState(GradeStatus.LEFT)
    assert grade_on(9, 2024, date(2026, 1, 19), (), started, left) == GradeState(AT, 10)
    assert grade_on(9, 2024, left, (), started, left) == GradeState(GradeStatus.LEFT)
    # moved on to college on 1 September: not at school that year
    assert grade_in_year(10, 2024, 2025, (), started, date(2025, 9, 1)) == GradeState(GradeStatus.LEFT)
    assert grade_on(9, 2024, date(2024, 8, 31), (), started) == GradeState(GradeStatus.NOT_YET)


def _school(session: Session, serial: int = 1) -> Organisation:
    names = {1: ("№1 мектеп-гимназия", "Школа-гимназия №1"), 2: ("№3 мектеп", "Школа №3")}[serial]
    return create_organisation(session, OrganisationInput(OrganisationKind.SCHOOL, *names))


def _pupil(session: Session, serial: int, school: Organisation, grade: int, started: date) -> StageRecord:
    person = learner(
        session,
        "Әбенова",
        "Айгүл",
        serial=serial,
        born=date(2010, 3, 1),
        stage=Stage.PRESCHOOL,
        consent_date=date(2020, 1, 10),
        representative="Әбенов Серік",
    )
    return move_to_stage(session, person.id, Stage.SCHOOL, started, organisation_id=school.id, school_grade=grade, today=date(2026, 12, 4))


def test_records_carry_the_year_and_the_sql_filter_agrees_with_python(database: Database) -> None:
    rng = random.Random(17)
    with database.session() as session:
        schools = [_school(session, 1), _school(session, 2)]
        records = []
        for serial in range(1, 61):
            started = date(rng.choice((2022, 2023, 2024)), rng.choice((8, 9, 10)), rng.randint(1, 28))
            record = _pupil(session, serial, rng.choice(schools), rng.randint(8, 11), started)
            if rng.random() < 0.25:
                record_repeat(session, record.id, record.grade_year + rng.randint(1, 2))  # type: ignore[operator]
            if rng.random() < 0.25:
                leave_school(session, record.id, date(2025, rng.choice((1, 8, 9)), 1))
            records.append(record)
        assert records[0].grade_year == academic_year_of(records[0].started_on)
        for year in (2022, 2023, 2024, 2025, 2026):
            for school in schools:
                for grade in (8, 9, 10, 11):
                    expected = {
                        r.person_id for r in records if r.organisation_id == school.id and record_state(r, year) == GradeState(AT, grade)
                    }
                    assert set(session.scalars(pupils_in_grade(school.id, grade, year))) == expected, (year, school.id, grade)
        for day in (date(2024, 8, 31), date(2024, 9, 1), date(2025, 1, 1), date(2025, 9, 1)):
            for grade in (9, 10):
                flt = LearnerFilter(school_id=schools[0].id, grade=grade, on=day)
                expected = {
                    r.person_id for r in records if r.organisation_id == schools[0].id and record_state_on(r, day) == GradeState(AT, grade)
                }
                assert {row.id for row in learner_page(session, flt, limit=1000)} == expected, (day, grade)
                assert count_learners(session, flt) == len(expected)
        assert count_learners(session, LearnerFilter("Әбен", school_id=schools[1].id, on=date(2025, 1, 1))) == len(
            {r.person_id for r in records if r.organisation_id == schools[1].id and record_state_on(r, date(2025, 1, 1)).status is AT}
        )


def test_repeat_and_leave_are_checked(database: Database) -> None:
    with database.session() as session:
        record = _pupil(session, 1, _school(session), 9, date(2024, 9, 2))
        for bad in (2024, 2023):
            with pytest.raises(ValidationError) as refused:
                record_repeat(session, record.id, bad)
            assert refused.value.for_field("academic_year")
        record_repeat(session, record.id, 2025)
        with pytest.raises(ValidationError, match="2025/26"):
            record_repeat(session, record.id, 2025)
        with pytest.raises(ValidationError) as refused:
            leave_school(session, record.id, date(2024, 9, 1))
        assert refused.value.for_field("ended_on")
        leave_school(session, record.id, date(2026, 6, 1))
        with pytest.raises(ValidationError):
            record_repeat(session, record.id, 2026)
        assert record_state(record, 2025) == GradeState(AT, 9)


def test_the_journey_shows_the_grade_of_the_day(database: Database) -> None:
    from cluster_desktop.services.journey import journey_of

    with database.session() as session:
        record = _pupil(session, 1, _school(session), 9, date(2024, 9, 2))
        person_id = record.person_id

        def grades(today: date | None) -> list[dict[str, str]]:
            return [s.extra for s in journey_of(session, person_id, today).steps if s.kind == "stage" and s.stage is Stage.SCHOOL]

        assert grades(None) == [{"school_grade": "9"}]  # as recorded
        assert grades(date(2025, 8, 31)) == [{"school_grade": "9"}]
        assert grades(date(2025, 9, 1)) == [{"school_grade": "10"}]
        assert grades(date(2027, 9, 1)) == [{"finished": "1"}]
        leave_school(session, record.id, date(2026, 3, 1))
        assert grades(date(2027, 9, 1)) == [{"school_grade": "10"}]  # the grade on the last day at school
