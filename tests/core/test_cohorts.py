"""Cohorts followed through: the same people from a school grade (or preschool, or college intake) to a job."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from cluster_desktop.db import Database
from cluster_desktop.errors import ValidationError
from cluster_desktop.models import (
    Application,
    EnrolmentStatus,
    EvidenceKind,
    GuidanceSession,
    GuidanceStage,
    OrganisationKind,
    Person,
    ProgrammeKind,
    SeatKind,
    SessionHeadCount,
    Stage,
)
from cluster_desktop.services import cohorts as C
from cluster_desktop.services import employment as E
from cluster_desktop.services.certificates import issue_certificate
from cluster_desktop.services.learners import move_to_stage
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from cluster_desktop.services.programmes import GroupInput, ProgrammeInput, create_group, create_programme, enrol, record_result
from cluster_desktop.services.school_grades import record_repeat
from cluster_desktop.signing import load_or_create_key
from tests import factories as F
from tests.core.test_certificates import COLLEGE

TODAY = date(2026, 11, 1)
NAMES = ("Әбенова", "Қасымов", "Нұрланов", "Серікова", "Жұмабаев", "Ильин")


@dataclass
class Scenario:
    school: int
    other_school: int
    people: dict[str, int]


def build_cohort(database: Database) -> Scenario:
    """Grade 9 of school No. 1 in 2020/21 → grade 10 in 2021/22; courses, a certificate, college, jobs."""
    key = load_or_create_key(database.data_dir)
    with database.session() as s:
        school = create_organisation(s, OrganisationInput(OrganisationKind.SCHOOL, "№1 мектеп-гимназия", "Школа-гимназия №1"))
        other = create_organisation(s, OrganisationInput(OrganisationKind.SCHOOL, "№3 мектеп", "Школа №3"))
        people: dict[str, int] = {}
        for serial, surname in enumerate(NAMES, start=1):
            person = F.learner(
                s,
                surname,
                "Айгүл" if surname.endswith("а") else "Ерлан",
                serial=serial,
                born=date(2005, 3, 1),
                stage=Stage.PRESCHOOL,
                consent_date=date(2015, 1, 10),
                representative="Әбенов Серік",
            )
            where = other if surname == "Ильин" else school
            record = move_to_stage(s, person.id, Stage.SCHOOL, date(2020, 9, 5), organisation_id=where.id, school_grade=9, today=TODAY)
            if surname == "Жұмабаев":
                record_repeat(s, record.id, 2021)  # grade 9 again in 2021/22: not in the cohort
            people[surname] = person.id
        course = create_programme(
            s,
            ProgrammeInput(
                kind=ProgrammeKind.PROFESSIONAL_COURSE,
                name_kk="Электргазбен дәнекерлеуші",
                name_ru="Электрогазосварщик",
                hours=108,
            ),
        )
        course_group = create_group(s, GroupInput(course.id, "ЭГС-21-А", "kk", date(2021, 10, 1), date(2021, 12, 20)))
        for surname in ("Әбенова", "Қасымов", "Нұрланов"):
            enrolment = enrol(s, people[surname], course_group.id, date(2021, 10, 1), today=TODAY)
            status = EnrolmentStatus.WITHDRAWN if surname == "Нұрланов" else EnrolmentStatus.COMPLETED
            record_result(s, enrolment.id, status, date(2021, 12, 20), Decimal(85) if status is EnrolmentStatus.COMPLETED else None)
            if surname == "Әбенова":
                issue_certificate(s, enrolment.id, "kk", date(2021, 12, 25), key, COLLEGE, today=TODAY)
        _programme, college_group = F.programme_with_group(s, "ПР-22-1", starts_on=date(2022, 9, 1), ends_on=date(2025, 6, 30))
        for surname in ("Әбенова", "Қасымов"):
            F.graduate(s, s.get_one(Person, people[surname]), college_group)
        enrol(s, people["Серікова"], college_group.id, date(2022, 9, 1), today=TODAY)
        for surname in ("Әбенова", "Нұрланов"):  # applied; one of them did not enter
            s.add(
                Application(
                    person_id=people[surname],
                    programme_id=_programme.id,
                    year=2022,
                    seat_kind=SeatKind.STATE_ORDER,
                    applied_on=date(2022, 7, 1),
                )
            )
        employer = F.employer(s)
        E.create_employment(
            s,
            E.EmploymentInput(
                people["Әбенова"],
                employer.id,
                "Горный мастер",
                date(2025, 8, 1),
                in_specialty=True,
                evidence_kind=EvidenceKind.EMPLOYMENT_ORDER,
                evidence_number="45-к",
                evidence_date=date(2025, 8, 1),
            ), today=TODAY
        )
        E.create_employment(
            s,
            E.EmploymentInput(
                people["Қасымов"],
                employer.id,
                "Водитель",
                date(2025, 9, 1),
                ends_on=date(2026, 2, 1),
            ), today=TODAY
        )
        session_row = GuidanceSession(
            held_on=date(2021, 11, 10), stage=GuidanceStage.SCHOOL, organiser_id=school.id, topic_kk="Кен ісі", topic_ru="Горное дело"
        )
        session_row.head_counts.append(SessionHeadCount(age_group="15–16", count=25))
        s.add(session_row)
        return Scenario(school.id, other.id, people)


@pytest.fixture
def scenario(database: Database) -> Scenario:
    return build_cohort(database)


def _ids(sc: Scenario, *names: str) -> frozenset[int]:
    return frozenset(sc.people[n] for n in names)


def test_school_cohort_follows_the_same_people(database: Database, scenario: Scenario) -> None:
    with database.session() as s:
        definition = C.parse_definition(s, f"school:{scenario.school},grade:10,year:2021")
        funnel = C.cohort_funnel(s, definition, TODAY)
    steps = {step.key: step.people for step in funnel.steps}
    cohort = ("Әбенова", "Қасымов", "Нұрланов", "Серікова")  # not the one who repeated grade 9, nor school No. 3's
    assert steps == {
        C.START: _ids(scenario, *cohort),
        C.COURSES: _ids(scenario, "Әбенова", "Қасымов"),  # the withdrawn one did not take the course
        C.CERTIFICATE: _ids(scenario, "Әбенова"),
        C.APPLIED: _ids(scenario, "Әбенова", "Нұрланов"),
        C.ENTERED: _ids(scenario, "Әбенова", "Қасымов", "Серікова"),
        C.GRADUATED: _ids(scenario, "Әбенова", "Қасымов"),
        C.EMPLOYED_6: _ids(scenario, "Әбенова", "Қасымов"),
        C.SPECIALTY_6: _ids(scenario, "Әбенова"),
        C.EMPLOYED_12: _ids(scenario, "Әбенова"),  # the driver left before the 12-month census
        C.SPECIALTY_12: _ids(scenario, "Әбенова"),
    }
    assert funnel.start == 4 and funnel.share(funnel.step(C.CERTIFICATE)) == 0.25
    assert funnel.head_count == 25  # counted at the school's session without names: not followed
    with database.session() as s:
        assert [p.full_name for p in C.cohort_people(s, funnel.step(C.GRADUATED).people)] == ["Әбенова Айгүл", "Қасымов Ерлан"]


def test_the_grade_moves_with_the_year(database: Database, scenario: Scenario) -> None:
    with database.session() as s:
        grade_9 = C.cohort_funnel(s, C.parse_definition(s, f"school:{scenario.school},grade:9,year:2021"), TODAY)
        grade_11 = C.cohort_funnel(s, C.parse_definition(s, f"school:{scenario.school},grade:11,year:2022"), TODAY)
    assert grade_9.step(C.START).people == _ids(scenario, "Жұмабаев")
    # on 1 September 2022 two had entered college; the other two were in grade 11 and the repeater in grade 10
    assert grade_11.step(C.START).people == _ids(scenario, "Нұрланов")


def test_census_dates_still_to_come_are_pending(database: Database, scenario: Scenario) -> None:
    with database.session() as s:
        funnel = C.cohort_funnel(s, C.parse_definition(s, f"school:{scenario.school},grade:10,year:2021"), date(2025, 10, 1))
    assert funnel.step(C.EMPLOYED_6).count == 0 and funnel.step(C.EMPLOYED_6).pending == 2


def test_college_and_preschool_cohorts(database: Database, scenario: Scenario) -> None:
    with database.session() as s:
        college = C.cohort_funnel(s, C.parse_definition(s, "college:2022, specialty:07240100"), TODAY)
        empty = C.cohort_funnel(s, C.parse_definition(s, "preschool:2023"), TODAY)
    assert [st.key for st in college.steps][:2] == [C.START, C.GRADUATED]
    assert college.step(C.START).people == _ids(scenario, "Әбенова", "Қасымов", "Серікова")
    assert college.step(C.SPECIALTY_12).people == _ids(scenario, "Әбенова")
    assert empty.start == 0 and empty.share(empty.steps[0]) is None


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("", "definition"),
        ("school 1 grade 10", "definition"),
        ("grade:10,year:2024", "definition"),
        ("school:999,grade:10,year:2024", "school"),
        ("school:abc,grade:10,year:2024", "school"),
        ("school:{school},year:2024", "grade"),
        ("school:{school},grade:12,year:2024", "grade"),
        ("school:{school},grade:десять,year:2024", "grade"),
        ("school:{school},grade:10,year:24/25", "year"),
        ("school:{school},grade:10", "year"),
        ("school:{school},grade:10,year:2024,colour:red", "colour"),
        ("school:{school},school:{school},grade:10,year:2024", "school"),
        ("preschool:3000", "preschool"),
        ("college:2023", "specialty"),
        ("college:2023,specialty:99999999", "specialty"),
        ("school:{other_company},grade:10,year:2024", "school"),
    ],
)
def test_a_definition_that_names_nothing_is_refused_naming_the_field(database: Database, scenario: Scenario, text: str, field: str) -> None:
    with database.session() as s:
        company = F.employer(s, serial=2).id
        with pytest.raises(ValidationError) as refused:
            C.parse_definition(s, text.format(school=scenario.school, other_company=company))
    assert refused.value.for_field(field), refused.value.message
    assert "{" not in refused.value.message


def test_the_dashboard_follows_the_latest_grade_10_followed_through(database: Database, scenario: Scenario) -> None:
    from cluster_desktop.services.dashboard import dashboard_figures

    with database.session() as s:
        latest = dashboard_figures(s, 2026, None, "ru")
        earlier = dashboard_figures(s, 2022, None, "ru")
    assert latest.cohort is not None and latest.cohort_school == "Школа-гимназия №1"
    # 2022/23 had a grade 10 too (the one who repeated), but nobody of it has graduated: 2021/22 is followed through
    assert latest.cohort.definition.year == 2021 and latest.cohort.step(C.GRADUATED).count == 2
    # at the end of 2022 no grade 10 had graduated yet: the latest one with pupils
    assert earlier.cohort is not None and earlier.cohort.definition.year == 2021 and earlier.cohort.start == 4
    assert earlier.cohort.step(C.GRADUATED).count == 0  # as known at the end of 2022
