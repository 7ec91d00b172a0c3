"""Admissions (issue 17): the intake plan, applications and their statuses, enrolment beginning the college stage.

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.errors import NotFoundError, ValidationError
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import Application, ApplicationStatus, AuditEntry, ConsentGiver, Person, SeatKind, Stage, StageRecord
from cluster_desktop.permissions import Actor, PermissionDenied, Role
from cluster_desktop.services import admissions as A
from cluster_desktop.services.intake_plan import intake_plan, plan_seats, set_intake_plan
from cluster_desktop.services.learners import LearnerInput
from tests import factories as F
from tests.factories import count

TODAY = date(2026, 8, 20)
APPLIED = date(2026, 7, 1)
ORDER = date(2026, 8, 10)
BORN = date(2010, 3, 5)


def world(database: Database, seats: dict[SeatKind, int] | None = None) -> dict[str, int]:
    with database.session() as s:
        programme, _group = F.programme_with_group(s)
        pupil = F.learner(s, "Серікова", "Аружан", born=BORN, stage=Stage.SCHOOL, representative="Серікова Гүлнар")
        employer = F.employer(s)
        if seats is not None:
            set_intake_plan(s, programme.id, 2026, seats)
        return {"programme": programme.id, "pupil": pupil.id, "employer": employer.id, "iin": int(pupil.iin)}


def application(w: dict[str, int], kind: SeatKind = SeatKind.STATE_ORDER, **more: object) -> A.ApplicationInput:
    values: dict = {"iin": f"{w['iin']:012d}", "programme_id": w["programme"], "year": 2026, "seat_kind": kind, "applied_on": APPLIED}
    values.update(more)
    return A.ApplicationInput(**values)


def problems(error: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.message for p in error.value.problems}


def test_an_application_without_an_intake_plan_is_refused_naming_the_specialty(database: Database) -> None:
    w = world(database)
    with database.session() as s, pytest.raises(ValidationError) as error:
        A.create_application(s, application(w), TODAY)
    assert "no intake plan" in problems(error)["programme_id"] and "2026" in problems(error)["programme_id"]
    assert count(database, Application) == 0


def test_a_kind_of_seat_the_plan_has_none_of_is_refused(database: Database) -> None:
    w = world(database, {SeatKind.STATE_ORDER: 2})
    with database.session() as s, pytest.raises(ValidationError) as error:
        A.create_application(s, application(w, SeatKind.PAID), TODAY)
    assert "no seats" in problems(error)["seat_kind"]


def test_employer_funded_seats_need_an_employer_from_the_register(database: Database) -> None:
    w = world(database, {SeatKind.EMPLOYER: 1})
    with database.session() as s, pytest.raises(ValidationError) as error:
        A.create_application(s, application(w, SeatKind.EMPLOYER), TODAY)
    assert "employer_id" in problems(error)
    with database.session() as s:
        made = A.create_application(s, application(w, SeatKind.EMPLOYER, employer_id=w["employer"]), TODAY)
        assert made.employer_id == w["employer"] and made.status is ApplicationStatus.APPLIED


def test_someone_not_registered_is_added_as_a_person_with_the_same_checks(database: Database) -> None:
    w = world(database, {SeatKind.PAID: 3})
    iin = make_iin(BORN, Sex.MALE, 77)
    with database.session() as s, pytest.raises(ValidationError) as error:
        A.create_application(s, application(w, SeatKind.PAID, iin=iin), TODAY)
    assert "No one with the IIN" in problems(error)["iin"] and iin in problems(error)["iin"]
    minor = LearnerInput(iin="", surname="Жұмабеков", given_name="Ерасыл")
    with database.session() as s, pytest.raises(ValidationError) as error:
        A.create_application(s, application(w, SeatKind.PAID, iin=iin), TODAY, applicant=minor)
    assert any("under 18" in m for m in problems(error).values())  # a minor's consent comes from the representative
    assert count(database, Person) == 1
    minor = LearnerInput(
        iin="",
        surname="Жұмабеков",
        given_name="Ерасыл",
        representative_name="Жұмабекова Сәуле",
        consent_given_by=ConsentGiver.REPRESENTATIVE,
        consent_date=APPLIED,
    )
    with database.session() as s:
        made = A.create_application(s, application(w, SeatKind.PAID, iin=iin), TODAY, applicant=minor)
        assert made.person.iin == iin and made.person.current_stage is Stage.SCHOOL
    with database.session() as s, pytest.raises(ValidationError) as error:  # one application per specialty and year
        A.create_application(s, application(w, SeatKind.PAID, iin=iin), TODAY)
    assert "already applied" in problems(error)["programme_id"]


def test_statuses_move_only_forward_and_admission_needs_an_order(database: Database) -> None:
    w = world(database, {SeatKind.STATE_ORDER: 2})
    with database.session() as s:
        application_id = A.create_application(s, application(w), TODAY).id
    with database.session() as s, pytest.raises(ValidationError) as error:
        A.enrol(s, application_id, ORDER, TODAY)
    assert "admit it first" in problems(error)["status"]
    with database.session() as s, pytest.raises(ValidationError) as error:
        A.admit(s, application_id, "  ", None, TODAY)
    assert set(problems(error)) == {"order_number", "order_date"}
    with database.session() as s, pytest.raises(ValidationError) as error:
        A.admit(s, application_id, "12-к", date(2026, 6, 1), TODAY)  # before the application
    assert "order_date" in problems(error)
    with database.session() as s:
        admitted = A.admit(s, application_id, "12-к", ORDER, TODAY)
        assert (admitted.status, admitted.order_number, admitted.order_date) == (ApplicationStatus.ADMITTED, "12-к", ORDER)
    with database.session() as s, pytest.raises(ValidationError):
        A.admit(s, application_id, "13-к", ORDER, TODAY)
    with database.session() as s, pytest.raises(ValidationError):
        A.update_application(s, application_id, application(w), TODAY)  # admitted: no longer edited
    with database.session() as s, pytest.raises(ValidationError):
        A.delete_application(s, application_id)
    with database.session() as s:
        assert A.decline(s, application_id, TODAY).status is ApplicationStatus.DECLINED
    with database.session() as s, pytest.raises(ValidationError):
        A.decline(s, application_id, TODAY)
    with database.session() as s:
        kinds = {(e.action, e.record_kind) for e in s.scalars(select(AuditEntry))}
    assert ("create", "application") in kinds and ("update", "application") in kinds


def test_admitting_beyond_the_plans_seats_is_refused(database: Database) -> None:
    w = world(database, {SeatKind.STATE_ORDER: 1, SeatKind.PAID: 1})
    with database.session() as s:
        first = A.create_application(s, application(w), TODAY).id
        other = F.learner(s, "Оспанов", "Дамир", serial=5, born=BORN, stage=Stage.SCHOOL, representative="Оспанова Алма")
        second = A.create_application(s, application(w, iin=other.iin), TODAY).id
        A.admit(s, first, "12-к", ORDER, TODAY)
    with database.session() as s, pytest.raises(ValidationError) as error:
        A.admit(s, second, "12-к", ORDER, TODAY)
    assert "All 1 seats" in problems(error)["seat_kind"]
    with database.session() as s, pytest.raises(ValidationError) as error:  # nor can the plan drop below the admitted
        set_intake_plan(s, w["programme"], 2026, {SeatKind.STATE_ORDER: 0})
    assert "seats_state_order" in problems(error)
    with database.session() as s:
        set_intake_plan(s, w["programme"], 2026, {SeatKind.STATE_ORDER: 2})
        A.admit(s, second, "14-к", ORDER, TODAY)
        assert plan_seats(s, w["programme"], 2026) == {
            SeatKind.STATE_ORDER: 2,
            SeatKind.LOCAL_ORDER: 0,
            SeatKind.EMPLOYER: 0,
            SeatKind.PAID: 0,
        }


def test_enrolment_begins_the_college_stage_and_marks_the_application_in_one_transaction(database: Database) -> None:
    w = world(database, {SeatKind.STATE_ORDER: 1})
    with database.session() as s:
        application_id = A.create_application(s, application(w), TODAY).id
        A.admit(s, application_id, "12-к", ORDER, TODAY)
    with database.session() as s, pytest.raises(ValidationError) as error:
        A.enrol(s, application_id, date(2026, 8, 1), TODAY)  # before the order
    assert "enrolled_on" in problems(error)
    with database.session() as s:
        enrolled = A.enrol(s, application_id, date(2026, 8, 15), TODAY)
        assert enrolled.status is ApplicationStatus.ENROLLED and enrolled.stage_record is not None
        person = s.get(Person, w["pupil"])
        assert person is not None and person.current_stage is Stage.COLLEGE
        stage = s.scalars(select(StageRecord).where(StageRecord.person_id == w["pupil"], StageRecord.stage == Stage.COLLEGE)).one()
        assert stage.started_on == date(2026, 8, 15) and "07240100" in (stage.detail or "")


def test_a_failed_enrolment_changes_nothing(database: Database) -> None:
    """A pupil already moved on to college cannot begin it again: the application stays admitted."""
    w = world(database, {SeatKind.STATE_ORDER: 1})
    with database.session() as s:
        application_id = A.create_application(s, application(w), TODAY).id
        A.admit(s, application_id, "12-к", ORDER, TODAY)
        from cluster_desktop.services.learners import move_to_stage

        move_to_stage(s, w["pupil"], Stage.COLLEGE, date(2026, 8, 12), today=TODAY)
    with database.session() as s, pytest.raises(ValidationError):
        A.enrol(s, application_id, date(2026, 8, 15), TODAY)
    with database.session() as s:
        assert A.get_application(s, application_id).status is ApplicationStatus.ADMITTED


def test_a_viewer_may_read_but_not_change(database: Database) -> None:
    w = world(database, {SeatKind.STATE_ORDER: 1})
    database.actor = Actor("vera", Role.VIEWER)
    with database.session() as s, pytest.raises(PermissionDenied):
        A.create_application(s, application(w), TODAY)
    with database.session() as s, pytest.raises(PermissionDenied):
        set_intake_plan(s, w["programme"], 2026, {SeatKind.PAID: 1})
    with database.session() as s:
        assert [line.planned for line in intake_plan(s, 2026, "ru", TODAY)] == [1]
        with pytest.raises(NotFoundError):
            A.get_application(s, 999)


def test_the_plan_sits_beside_the_demand(database: Database) -> None:
    from cluster_desktop.services.demand import DemandInput, create_demand

    w = world(database, {SeatKind.STATE_ORDER: 2, SeatKind.EMPLOYER: 1})
    with database.session() as s:
        create_demand(s, DemandInput(w["employer"], "07240100", "Горный мастер", 2026, 7))
        A.create_application(s, application(w), TODAY)
        line = intake_plan(s, 2026, "kk", TODAY)[0]
    assert (line.planned, line.applied, line.admitted, line.requested) == (3, 1, 0, 7)
    assert line.label.startswith("07240100 Жерасты")
    with database.session() as s:
        assert intake_plan(s, 2027, "kk", TODAY)[0].seats is None


@pytest.mark.parametrize("today", [date(2026, 12, 4), date(2027, 3, 15)])
def test_the_demo_has_every_kind_of_seat_and_status(database: Database, today: date) -> None:
    from cluster_desktop.demo import fill_demo_data
    from cluster_desktop.demo_admissions import intake_year

    with database.session() as s:
        fill_demo_data(s, learners=200, today=today)
        applications = list(s.scalars(select(Application)))
        assert {a.seat_kind for a in applications} == set(SeatKind)
        assert {a.status for a in applications} == set(ApplicationStatus)
        assert {a.year for a in applications} == {intake_year(today)} == {2026}
        assert all(a.applied_on <= today and (a.decided_on or a.applied_on) <= today for a in applications)
        enrolled = [a for a in applications if a.status is ApplicationStatus.ENROLLED]
        assert all(a.person.current_stage is Stage.COLLEGE and a.stage_record is not None for a in enrolled)
        assert all(a.order_number for a in applications if a.status in (ApplicationStatus.ADMITTED, ApplicationStatus.ENROLLED))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"iin": "12345"}, "iin"),
        ({"iin": "<script>"}, "iin"),
        ({"year": 1800}, "year"),
        ({"programme_id": None}, "programme_id"),
        ({"programme_id": 99999}, "programme_id"),
        ({"applied_on": date(2027, 1, 1)}, "applied_on"),
        ({"notes": "x" * 2001}, "notes"),
    ],
)
def test_hostile_input_is_refused_naming_the_field(database: Database, change: dict[str, Any], field: str) -> None:
    w = world(database, {SeatKind.STATE_ORDER: 1})
    with database.session() as s, pytest.raises(ValidationError) as error:
        A.create_application(s, application(w, **change), TODAY)
    assert field in problems(error)
    assert count(database, Application) == 0


def test_an_overlong_order_number_is_refused(database: Database) -> None:
    w = world(database, {SeatKind.STATE_ORDER: 1})
    with database.session() as s:
        application_id = A.create_application(s, application(w), TODAY).id
    with database.session() as s, pytest.raises(ValidationError) as error:
        A.admit(s, application_id, "№" * 61, ORDER, TODAY)
    assert "too long" in problems(error)["order_number"]


def test_two_pcs_cannot_both_take_the_last_seat(database: Database) -> None:
    """Two workstations admit to the one seat left at the same moment: one succeeds, the other is refused or told the
    database is busy (SQLite), never both admitted."""
    import threading

    from cluster_desktop.errors import UserError

    w = world(database, {SeatKind.STATE_ORDER: 1})
    with database.session() as s:
        first = A.create_application(s, application(w), TODAY).id
        other = F.learner(s, "Оспанов", "Дамир", serial=5, born=BORN, stage=Stage.SCHOOL, representative="Оспанова Алма")
        second = A.create_application(s, application(w, iin=other.iin), TODAY).id
    outcome: list[BaseException | None] = []
    holding = threading.Event()

    def admit_second() -> None:
        holding.wait(10)
        try:
            with database.session() as s:
                A.admit(s, second, "13-к", ORDER, TODAY)
            outcome.append(None)
        except UserError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=admit_second)
    worker.start()
    with database.session() as s:
        A.admit(s, first, "12-к", ORDER, TODAY)
        holding.set()
        worker.join(0.5)  # on PostgreSQL the other one waits for this commit
    worker.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], UserError)
    with database.session() as s:
        admitted = [a.id for a in s.scalars(select(Application).where(Application.status == ApplicationStatus.ADMITTED))]
    assert admitted == [first]


def test_the_plan_cannot_be_cut_under_an_admission_in_progress(database: Database) -> None:
    """One PC admits to the one seat while another cuts the plan to none: the cut waits and is refused."""
    import threading

    from cluster_desktop.errors import UserError

    w = world(database, {SeatKind.STATE_ORDER: 1})
    with database.session() as s:
        first = A.create_application(s, application(w), TODAY).id
    outcome: list[BaseException | None] = []
    holding = threading.Event()

    def cut_the_plan() -> None:
        holding.wait(10)
        try:
            with database.session() as s:
                set_intake_plan(s, w["programme"], 2026, {SeatKind.STATE_ORDER: 0})
            outcome.append(None)
        except UserError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=cut_the_plan)
    worker.start()
    with database.session() as s:
        A.admit(s, first, "12-к", ORDER, TODAY)
        holding.set()
        worker.join(0.5)
    worker.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], UserError)
    with database.session() as s:
        assert plan_seats(s, w["programme"], 2026) == {
            SeatKind.STATE_ORDER: 1,
            SeatKind.LOCAL_ORDER: 0,
            SeatKind.EMPLOYER: 0,
            SeatKind.PAID: 0,
        }


def test_the_same_application_from_two_pcs_is_refused_not_an_unexpected_error(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Both PCs checked before either saved (simulated by skipping the check): the database's constraint refuses the second."""
    w = world(database, {SeatKind.STATE_ORDER: 2})
    with database.session() as s:
        A.create_application(s, application(w), TODAY)
    monkeypatch.setattr(A, "_refuse_second_application", lambda *args: None)
    with database.session() as s, pytest.raises(ValidationError) as error:
        A.create_application(s, application(w), TODAY)
    assert "already applied" in problems(error)["programme_id"]
    assert count(database, Application) == 1


def test_a_specialty_or_employer_with_applications_is_not_deleted(database: Database) -> None:
    from cluster_desktop.services.organisations import delete_organisation
    from cluster_desktop.services.programmes import delete_programme

    w = world(database, {SeatKind.EMPLOYER: 1})
    with database.session() as s:
        A.create_application(s, application(w, SeatKind.EMPLOYER, employer_id=w["employer"]), TODAY)
    with database.session() as s, pytest.raises(ValidationError) as error:
        delete_programme(s, w["programme"])
    assert "applications for admission" in problems(error)["programme"]
    with database.session() as s, pytest.raises(ValidationError) as error:
        delete_organisation(s, w["employer"])
    assert "funds 1 applications" in problems(error)["organisation"]
    assert count(database, Application) == 1
