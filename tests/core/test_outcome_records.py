"""Placements, employment and follow-ups, guidance sessions, demand: bad input, nothing half-saved, a viewer refused.

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from cluster_desktop.db import Database
from cluster_desktop.errors import ValidationError
from cluster_desktop.ids import Sex, make_bin, make_iin
from cluster_desktop.models import (
    ConsentGiver,
    DemandRequest,
    Employment,
    EnrolmentStatus,
    FollowUp,
    GuidanceSession,
    GuidanceStage,
    OrganisationKind,
    Person,
    Placement,
    PlacementKind,
    ProgrammeKind,
    SessionHeadCount,
    Stage,
)
from cluster_desktop.permissions import Actor, PermissionDenied, Role
from cluster_desktop.services import demand as D
from cluster_desktop.services import employment as E
from cluster_desktop.services import guidance_sessions as G
from cluster_desktop.services import placements as P
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
)
from cluster_desktop.services.programmes import (
    GroupInput,
    ProgrammeInput,
    create_group,
    create_programme,
    enrol,
    record_result,
)
from tests.factories import count

TODAY = date(2026, 3, 10)
VIEWER = Actor("watcher", Role.VIEWER, "", "test-pc")


def setup(database: Database) -> dict[str, int]:
    with database.session() as s:
        ids = {
            "employer": create_organisation(s, OrganisationInput(OrganisationKind.EMPLOYER, "Дон ТКБК", "Донской ГОК", make_bin(1995, 12, 4, 1))).id,
            "kindergarten": create_organisation(s, OrganisationInput(OrganisationKind.KINDERGARTEN, "Балдырған", "Балдырган")).id,
        }
        programme = create_programme(s, ProgrammeInput(
            ProgrammeKind.COLLEGE_SPECIALTY, "Жерасты қазу", "Подземная разработка", qualification_code="07240100", qualification_name_ru="Горный мастер", hours=5760,
        ))
        old = create_group(s, GroupInput(programme.id, "ПР-21-1", "kk", date(2021, 9, 1), date(2025, 6, 30)))
        new = create_group(s, GroupInput(programme.id, "ПР-24-1", "kk", date(2024, 9, 1), date(2028, 6, 30)))
        for serial, surname in enumerate(("Қасымов", "Әбілов", "Серіков"), start=1):
            ids[surname] = create_learner(s, LearnerInput(
                iin=make_iin(date(2005, 4, 1), Sex.MALE, serial), surname=surname, given_name="Нұрлан", stage=Stage.COLLEGE,
                consent_given_by=ConsentGiver.SELF, consent_date=date(2021, 9, 1),
            )).id
        graduated = enrol(s, ids["Қасымов"], old.id, date(2021, 9, 1))
        record_result(s, graduated.id, EnrolmentStatus.COMPLETED, date(2025, 6, 28), 82)
        enrol(s, ids["Әбілов"], new.id, date(2024, 9, 1))
        return ids  # «Серіков» is enrolled nowhere


def fields_of(error: ValidationError) -> set[str]:
    return {p.field for p in error.problems}


def test_placement_for_a_student_and_its_bad_input(database: Database) -> None:
    ids = setup(database)
    good = P.PlacementInput(ids["Әбілов"], ids["employer"], PlacementKind.PRACTICE, date(2025, 5, 1), date(2025, 6, 15), mentor=" Петров  А. ")
    with database.session() as s:
        placement = P.create_placement(s, good)
        assert placement.mentor == "Петров А."
    with database.session() as s, pytest.raises(ValidationError, match="not enrolled in a college specialty") as error:
        P.create_placement(s, replace(good, person_id=ids["Серіков"]))
    assert fields_of(error.value) == {"person_id"}
    with database.session() as s, pytest.raises(ValidationError, match=r"before .* entered college") as error:
        P.create_placement(s, replace(good, starts_on=date(2024, 5, 1)))
    with database.session() as s, pytest.raises(ValidationError) as error:
        P.create_placement(s, replace(good, enterprise_id=ids["kindergarten"], ends_on=date(2025, 4, 1)))
    assert fields_of(error.value) == {"enterprise_id", "ends_on"}
    assert count(database, Placement) == 1
    with database.session() as s:
        assert [p.person_id for p in P.list_placements(s)] == [ids["Әбілов"]]
        P.delete_placement(s, placement.id)
    assert count(database, Placement) == 0


def test_employment_not_before_graduation(database: Database) -> None:
    ids = setup(database)
    job = E.EmploymentInput(ids["Қасымов"], ids["employer"], "Горнорабочий", date(2025, 8, 1), evidence="Приказ № 45-к")
    with database.session() as s, pytest.raises(ValidationError, match=r"starts \(01.06.2025\) before .* graduates \(28.06.2025\)") as error:
        E.create_employment(s, replace(job, starts_on=date(2025, 6, 1)), today=TODAY)
    assert fields_of(error.value) == {"starts_on"}
    with database.session() as s, pytest.raises(ValidationError, match=r"before .* graduates \(30.06.2028\)"):
        E.create_employment(s, replace(job, person_id=ids["Әбілов"]), today=TODAY)  # a student: expected graduation is the group's end
    with database.session() as s, pytest.raises(ValidationError, match="no college enrolment"):
        E.create_employment(s, replace(job, person_id=ids["Серіков"]), today=TODAY)
    with database.session() as s, pytest.raises(ValidationError) as error:
        E.create_employment(s, replace(job, position="  ", employer_id=ids["kindergarten"]), today=TODAY)
    assert fields_of(error.value) == {"position", "employer_id"}
    assert count(database, Employment) == 0
    with database.session() as s:
        assert E.graduation_day(s, ids["Қасымов"]) == date(2025, 6, 28)
        employment = E.create_employment(s, job, today=TODAY)
        employment_id = employment.id
    assert count(database, Employment) == 1
    with database.session() as s:
        graduate = s.get(Person, ids["Қасымов"])
        assert graduate is not None
        assert graduate.current_stage is Stage.EMPLOYMENT  # the first job moves the journey on
        assert graduate.stages[-1].started_on == date(2025, 8, 1)
    with database.session() as s:
        E.record_follow_up(s, employment_id, E.FollowUpInput(6, date(2026, 2, 1), True, organisation_id=ids["employer"]), TODAY)
    with database.session() as s, pytest.raises(ValidationError, match="before the job started"):
        E.record_follow_up(s, employment_id, E.FollowUpInput(12, date(2025, 7, 1), True, works_at="Донской ГОК"), TODAY)
    with database.session() as s, pytest.raises(ValidationError, match="already has its 6-month follow-up"):
        E.record_follow_up(s, employment_id, E.FollowUpInput(6, date(2026, 2, 2), False), TODAY)
    with database.session() as s, pytest.raises(ValidationError, match="6 or 12 months"):
        E.record_follow_up(s, employment_id, E.FollowUpInput(9, date(2026, 5, 1), False), TODAY)
    with database.session() as s, pytest.raises(ValidationError, match="Say where"):
        E.record_follow_up(s, employment_id, E.FollowUpInput(12, date(2026, 8, 1), True), date(2026, 9, 1))
    with database.session() as s, pytest.raises(ValidationError, match="before the job started"):
        E.update_employment(s, employment_id, replace(job, starts_on=date(2026, 3, 1)))  # the 6-month follow-up is earlier
    assert count(database, FollowUp) == 1
    with database.session() as s:
        assert E.get_employment(s, employment_id).starts_on == date(2025, 8, 1)
        E.delete_employment(s, employment_id)
    assert count(database, FollowUp) == 0


def test_guidance_session_head_counts(database: Database) -> None:
    ids = setup(database)
    data = G.GuidanceSessionInput(
        held_on=date(2026, 2, 12), place_kk="«Балдырған» балабақшасы", place_ru=None, topic_kk="Кішкентай зертханашы", topic_ru=None, stage=GuidanceStage.PRESCHOOL,
        organiser_id=ids["kindergarten"], head_counts=(G.HeadCount("4–5 жас", 12), G.HeadCount("5–6 жас", 15)),
    )
    with database.session() as s:
        record = G.create_session(s, data, today=TODAY)
        assert G.attendance_total(record) == 27
        session_id = record.id
    for bad, pattern in (
        ((G.HeadCount("4–5 жас", -1),), "from 0 to 10000, not -1"),
        ((G.HeadCount("4–5 жас", 25000),), "not 25000"),
        ((G.HeadCount("4–5 жас", 3), G.HeadCount("4–5 ЖАС", 4)), "counted twice"),
        ((G.HeadCount(" ", 3),), "Age group is required"),
    ):
        with database.session() as s, pytest.raises(ValidationError, match=pattern):
            G.update_session(s, session_id, replace(data, head_counts=bad), today=TODAY)
    with database.session() as s, pytest.raises(ValidationError, match="either by name or as head counts"):
        G.create_session(s, replace(data, attendees=(ids["Әбілов"],)), today=TODAY)
    with database.session() as s, pytest.raises(ValidationError) as error:
        G.create_session(s, replace(data, held_on=date(2026, 4, 1), topic_kk=""), today=TODAY)
    assert fields_of(error.value) == {"held_on", "topic_kk"}
    assert count(database, GuidanceSession) == 1 and count(database, SessionHeadCount) == 2
    with database.session() as s:
        G.update_session(s, session_id, replace(data, head_counts=(G.HeadCount("5–6 жас", 20),)), today=TODAY)
    with database.session() as s:
        [record] = G.list_sessions(s, GuidanceStage.PRESCHOOL)
        assert [(h.age_group, h.count) for h in record.head_counts] == [("5–6 жас", 20)]
        G.update_session(s, session_id, replace(data, head_counts=(), attendees=(ids["Әбілов"], ids["Қасымов"])), today=TODAY)
    with database.session() as s:
        assert G.attendance_total(G.get_session(s, session_id)) == 2
        assert [r.id for r in G.sessions_attended(s, ids["Әбілов"])] == [session_id]
        assert G.sessions_attended(s, ids["Серіков"]) == []


def test_demand_requests(database: Database) -> None:
    ids = setup(database)
    request = D.DemandInput(ids["employer"], "07240100", "Горный мастер", 2027, 12)
    with database.session() as s:
        D.create_demand(s, request)
    for changes, field in (({"people": 0}, "people"), ({"people": -5}, "people"), ({"people": 50000}, "people"),
                           ({"year": 1900}, "year"), ({"qualification_code": ""}, "qualification_code"),
                           ({"employer_id": ids["kindergarten"]}, "employer_id")):
        with database.session() as s, pytest.raises(ValidationError) as error:
            D.create_demand(s, replace(request, **changes))
        assert fields_of(error.value) == {field}
    with database.session() as s, pytest.raises(ValidationError, match="Number of people must be a number from 1 to 10000"):
        D.create_demand(s, replace(request, people=-1))
    assert count(database, DemandRequest) == 1
    with database.session() as s:
        assert [r.people for r in D.list_demand(s, 2027)] == [12]
        assert D.list_demand(s, 2026) == []


def test_a_viewer_changes_nothing(database: Database) -> None:
    ids = setup(database)
    database.actor = VIEWER
    calls = (
        lambda s: P.create_placement(s, P.PlacementInput(ids["Әбілов"], ids["employer"], PlacementKind.DUAL, date(2025, 5, 1))),
        lambda s: E.create_employment(s, E.EmploymentInput(ids["Қасымов"], ids["employer"], "Горнорабочий", date(2025, 8, 1)), today=TODAY),
        lambda s: G.create_session(s, G.GuidanceSessionInput(date(2026, 1, 5), "Мектеп", "Тау-кен", GuidanceStage.SCHOOL), today=TODAY),
        lambda s: D.create_demand(s, D.DemandInput(ids["employer"], "07240100", "Горный мастер", 2027, 3)),
    )
    for call in calls:
        with database.session() as s, pytest.raises(PermissionDenied):
            call(s)
    for model in (Placement, Employment, GuidanceSession, DemandRequest):
        assert count(database, model) == 0


def test_report_figures_follow_the_records(database: Database, tmp_path: Path) -> None:
    from cluster_desktop.services.outcome_report import (
        build_outcome_report,
        write_outcome_report,
    )

    with database.session() as s:
        empty = build_outcome_report(s, 2025, None, "ru", today=TODAY)
    assert str(dict(empty.kpis)["Работают через 6 месяцев"]) == "0 / 0 (—)"
    assert all(not t.rows for t in empty.tables if t.key != "conversion")
    ids = setup(database)
    with database.session() as s:
        before = build_outcome_report(s, 2025, None, "kk", today=TODAY)
        unplaced = next(t for t in before.tables if t.key == "unplaced")
        assert [row[1] for row in unplaced.rows] == ["Қасымов Нұрлан"]
        by_year = next(t for t in before.tables if t.key == "employment_year")
        assert [tuple(map(str, row)) for row in by_year.rows] == [("2025", "1", "0")]  # raw counts: graduates, with a job record
        E.create_employment(s, E.EmploymentInput(ids["Қасымов"], ids["employer"], "Горнорабочий", date(2025, 8, 1)), today=TODAY)
        D.create_demand(s, D.DemandInput(ids["employer"], "07240100", "Горный мастер", 2028, 3))
        after = build_outcome_report(s, 2025, None, "kk", today=TODAY)
        by_year = next(t for t in after.tables if t.key == "employment_year")
        assert [tuple(map(str, row)) for row in by_year.rows] == [("2025", "1", "1")]
        assert not next(t for t in after.tables if t.key == "unplaced").rows
        forecast = next(t for t in after.tables if t.key == "forecast")
        # Әбілов studies in a group graduating in 2028; one of one finished enrolments completed: 1 expected, 3 requested
        assert [(row[1], row[5], row[6], row[7]) for row in forecast.rows if row[1] == 2028] == [(2028, 1, 3, -2)]
    database.actor = VIEWER
    target = tmp_path / "r.pdf"
    with database.session() as s, pytest.raises(PermissionDenied):
        write_outcome_report(s, target, 2025, None, "ru")
    assert not target.exists()
