"""The forecast counts pupils on school courses by the observed conversion of past pupils into each specialty (issue 17).

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from datetime import date

from cluster_desktop.db import Database
from cluster_desktop.models import EnrolmentStatus, ProgrammeKind, Stage
from cluster_desktop.services.demand_forecast import demand_forecast
from cluster_desktop.services.programmes import GroupInput, ProgrammeInput, create_group, create_programme, enrol, record_result
from cluster_desktop.services.school_pipeline import next_intake, school_inflow
from tests import factories as F

TODAY = date(2026, 12, 4)  # the next intake is 2027; the specialty's groups run four years: graduation in 2031
CODE = "07240100"


def fill(database: Database, pupils_now: int = 3) -> None:
    """Four past pupils of a profile course: two entered the specialty (one completed, one withdrew); ``pupils_now`` at school."""
    with database.session() as s:
        _specialty, college = F.programme_with_group(s)  # 01.09.2021 – 30.06.2025
        course = create_programme(s, ProgrammeInput(ProgrammeKind.PROFILE_COURSE, "Кен ісі негіздері", "Основы горного дела", hours=72))
        old_course = create_group(s, GroupInput(course.id, "ПК-20", "kk", date(2020, 9, 1), date(2021, 5, 25)))
        new_course = create_group(s, GroupInput(course.id, "ПК-26", "kk", date(2026, 9, 1), date(2027, 5, 25)))
        for serial in range(1, 5):
            past = F.learner(s, "Оспанов", "Дамир", serial=serial, born=date(2005, 4, 1), stage=Stage.SCHOOL, consent_date=date(2020, 8, 1))
            enrol(s, past.id, old_course.id, date(2020, 9, 1))
            if serial == 1:
                F.graduate(s, past, college)
            elif serial == 2:
                record_result(s, enrol(s, past.id, college.id, date(2021, 9, 1)).id, EnrolmentStatus.WITHDRAWN, date(2022, 3, 1), None)
            else:
                from cluster_desktop.services.learners import move_to_stage

                move_to_stage(s, past.id, Stage.EMPLOYMENT, date(2023, 6, 1), today=TODAY)  # left school for a job, not the college
        for serial in range(10, 10 + pupils_now):
            pupil = F.learner(
                s, "Серікова", "Аружан", serial=serial, born=date(2010, 3, 5), stage=Stage.SCHOOL, representative="Серікова Гүлнар"
            )
            enrol(s, pupil.id, new_course.id, date(2026, 9, 1))


def test_pupils_count_by_the_observed_conversion(database: Database) -> None:
    fill(database)
    with database.session() as s:
        [inflow] = school_inflow(s, {CODE: 0.5}, None, TODAY)
        assert (inflow.qualification, inflow.year) == (CODE, next_intake(TODAY) + 4) == (CODE, 2031)
        assert inflow.entrants == 1.5 and inflow.expected == 0.75  # 3 pupils × 2 of 4 entered × half complete
        [line] = demand_forecast(s, "ru", 2031, TODAY)
    assert (line.studying, line.from_school, line.expected, line.completion_rate) == (0, 0.75, 1, 0.5)


def test_no_pupils_or_no_past_pupils_forecast_nothing(database: Database) -> None:
    fill(database, pupils_now=0)
    with database.session() as s:
        assert school_inflow(s, {CODE: 0.5}, None, TODAY) == []
        assert demand_forecast(s, "ru", 2031, TODAY) == []
    assert next_intake(date(2026, 8, 31)) == 2026 and next_intake(date(2026, 9, 1)) == 2027
