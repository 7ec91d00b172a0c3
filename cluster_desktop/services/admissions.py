"""Admissions: applications to a college specialty for one year's intake, and their way to enrolment.

An applicant is a person of the one register (found by IIN, or added with the
minimum a learner record needs, through :func:`.learners.create_learner`).  An
application's status moves applied → admitted (by an admission order, within the
plan's seats of its kind) → enrolled (which begins the college stage through
:func:`.learners.move_to_stage`, in the same transaction); applied or admitted →
declined.  Every change is audited like any other record.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .. import ids
from ..dates import numeric_date
from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import Application, ApplicationStatus, Person, SeatKind, Stage
from ..permissions import Permission, require
from . import fields
from .intake_plan import L_SPECIALTY, SEAT_KIND_WORDS, lock_plan, plan_seats, seats_taken, specialty_problems
from .learners import LearnerInput, create_learner, move_to_stage
from .placements import check_partner
from .records import fetch

L_EMPLOYER = QT_TRANSLATE_NOOP("Errors", "Employer")
L_APPLIED_ON = QT_TRANSLATE_NOOP("Errors", "Application date")
L_ORDER_NUMBER = QT_TRANSLATE_NOOP("Errors", "Admission order number")
L_ORDER_DATE = QT_TRANSLATE_NOOP("Errors", "Admission order date")
L_ENROLLED_ON = QT_TRANSLATE_NOOP("Errors", "Enrolment date")
L_NOTES = QT_TRANSLATE_NOOP("Errors", "Notes")

APPLICATION_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The application no longer exists (perhaps someone deleted it).")
NOT_REGISTERED = QT_TRANSLATE_NOOP(
    "Errors", "No one with the IIN {iin} is in the register: enter the applicant's surname and given name to add them."
)
NO_PLAN = QT_TRANSLATE_NOOP("Errors", "{label}: there is no intake plan for «{specialty}» in {year}. Set the plan first.")
NO_SEATS_OF_KIND = QT_TRANSLATE_NOOP("Errors", "The {year} plan of «{specialty}» has no seats of the kind «{seat_kind}».")
SEATS_FULL = QT_TRANSLATE_NOOP(
    "Errors", "All {seats} seats of the kind «{seat_kind}» in «{specialty}» for {year} are taken: raise the plan or choose another kind."
)
ALREADY_APPLIED = QT_TRANSLATE_NOOP("Errors", "{name} has already applied to «{specialty}» for {year}.")
WRONG_STATUS = QT_TRANSLATE_NOOP("Errors", "The application is «{status}»: it cannot be {action}.")
STATUS_WORDS = {
    ApplicationStatus.APPLIED: QT_TRANSLATE_NOOP("Errors", "applied"),
    ApplicationStatus.ADMITTED: QT_TRANSLATE_NOOP("Errors", "admitted"),
    ApplicationStatus.DECLINED: QT_TRANSLATE_NOOP("Errors", "declined"),
    ApplicationStatus.ENROLLED: QT_TRANSLATE_NOOP("Errors", "enrolled"),
}
ACTION_WORDS = {
    "edit": QT_TRANSLATE_NOOP("Errors", "changed"),
    "admit": QT_TRANSLATE_NOOP("Errors", "admitted by an order"),
    "decline": QT_TRANSLATE_NOOP("Errors", "declined any more"),
    "enrol": QT_TRANSLATE_NOOP("Errors", "enrolled (admit it first, by an order)"),
    "delete": QT_TRANSLATE_NOOP("Errors", "deleted"),
}
NEXT = {
    "edit": {ApplicationStatus.APPLIED},
    "admit": {ApplicationStatus.APPLIED},
    "decline": {ApplicationStatus.APPLIED, ApplicationStatus.ADMITTED},
    "enrol": {ApplicationStatus.ADMITTED},
    "delete": {ApplicationStatus.APPLIED, ApplicationStatus.DECLINED},
}


@dataclass(frozen=True)
class ApplicationInput:
    """What the application form says."""

    iin: str
    programme_id: int | None
    year: int
    seat_kind: SeatKind
    applied_on: date
    employer_id: int | None = None  # for an employer-funded seat only
    notes: str | None = None


def _specialty_name(session: Session, application: Application | None, programme_id: int | None) -> str:
    programme = application.programme if application is not None else None
    if programme is None and programme_id:
        from ..models import Programme

        programme = session.get(Programme, programme_id)
    return f"{programme.qualification_code or ''} {programme.name_ru}".strip() if programme else ""


def _plan_problems(session: Session, d: ApplicationInput) -> list[Problem]:
    """Refusals for a specialty and year without a plan, or a plan without seats of the kind."""
    assert d.programme_id is not None
    seats = plan_seats(session, d.programme_id, d.year)
    specialty = _specialty_name(session, None, d.programme_id)
    if seats is None:
        return [Problem("programme_id", NO_PLAN, {"label": L_SPECIALTY, "specialty": specialty, "year": d.year})]
    if seats[d.seat_kind] == 0:
        return [Problem("seat_kind", NO_SEATS_OF_KIND, {"year": d.year, "specialty": specialty, "seat_kind": SEAT_KIND_WORDS[d.seat_kind]})]
    return []


def validate_application(session: Session, data: ApplicationInput, today: date) -> tuple[ApplicationInput, list[Problem]]:
    d = replace(
        data,
        iin=ids.normalize_id_number(data.iin, restore_leading_zero=False),
        seat_kind=SeatKind(data.seat_kind),
        employer_id=data.employer_id if SeatKind(data.seat_kind) is SeatKind.EMPLOYER else None,
        notes=(data.notes or "").strip() or None,
    )
    programme, problems = specialty_problems(session, d.programme_id, d.year)
    if d.seat_kind is SeatKind.EMPLOYER:
        check_partner(session, problems, "employer_id", L_EMPLOYER, d.employer_id, None)
    fields.check_past_date(problems, "applied_on", L_APPLIED_ON, d.applied_on, today, required=True)
    fields.check_text(problems, "notes", L_NOTES, d.notes, 2000, printed=False)
    if programme is not None and not any(p.field == "year" for p in problems):
        problems += _plan_problems(session, d)
    return d, problems


def _person_for(session: Session, d: ApplicationInput, applicant: LearnerInput | None, today: date) -> Person:
    """The registered person with the IIN, or a new one from ``applicant``; the IIN's problems otherwise."""
    try:
        ids.parse_iin(d.iin, field="iin", today=today)
    except ValidationError:
        if applicant is None:
            raise
    person = session.scalar(select(Person).where(Person.iin == d.iin))
    if person is not None:
        return person
    if applicant is None:
        raise ValidationError([Problem("iin", NOT_REGISTERED, {"iin": d.iin})])
    return create_learner(session, replace(applicant, iin=d.iin, stage=Stage.SCHOOL), today)


def create_application(session: Session, data: ApplicationInput, today: date, applicant: LearnerInput | None = None) -> Application:
    """Take an application; someone not yet registered is added from ``applicant`` (the same checks as any learner)."""
    require(session, Permission.EDIT_RECORDS)
    d, problems = validate_application(session, data, today)
    if problems:
        raise ValidationError(problems)
    person = _person_for(session, d, applicant, today)
    _refuse_second_application(session, person, d, None)
    application = Application(person_id=person.id, status=ApplicationStatus.APPLIED)
    _apply(application, d)
    twice = Problem(
        "programme_id",
        ALREADY_APPLIED,
        {"name": person.full_name, "specialty": _specialty_name(session, None, d.programme_id), "year": d.year},
    )
    session.add(application)
    try:
        session.flush()
    except IntegrityError as exc:  # another PC took the same application a moment ago (the unique constraint saw it)
        raise ValidationError([twice]) from exc
    return application


def _refuse_second_application(session: Session, person: Person, d: ApplicationInput, own_id: int | None) -> None:
    other = session.scalar(
        select(Application.id).where(
            Application.person_id == person.id, Application.programme_id == d.programme_id, Application.year == d.year
        )
    )
    if other is not None and other != own_id:
        specialty = _specialty_name(session, None, d.programme_id)
        raise ValidationError(
            [Problem("programme_id", ALREADY_APPLIED, {"name": person.full_name, "specialty": specialty, "year": d.year})]
        )


def _apply(application: Application, d: ApplicationInput) -> None:
    for name in ("programme_id", "year", "seat_kind", "applied_on", "employer_id", "notes"):
        setattr(application, name, getattr(d, name))


def get_application(session: Session, application_id: int) -> Application:
    require(session, Permission.READ_PERSONAL_DATA)
    return fetch(session, Application, application_id, APPLICATION_NOT_FOUND)


def application_input(session: Session, application_id: int) -> ApplicationInput:
    """An application's values as the form edits them."""
    a = get_application(session, application_id)
    return ApplicationInput(a.person.iin, a.programme_id, a.year, a.seat_kind, a.applied_on, a.employer_id, a.notes)


def _check_step(application: Application, action: str) -> None:
    if application.status not in NEXT[action]:
        raise ValidationError(
            [Problem("status", WRONG_STATUS, {"status": STATUS_WORDS[application.status], "action": ACTION_WORDS[action]})]
        )


def update_application(session: Session, application_id: int, data: ApplicationInput, today: date) -> Application:
    """Change an application still being considered; the applicant stays who they are."""
    require(session, Permission.EDIT_RECORDS)
    application = get_application(session, application_id)
    _check_step(application, "edit")
    d, problems = validate_application(session, replace(data, iin=application.person.iin), today)
    if problems:
        raise ValidationError(problems)
    _refuse_second_application(session, application.person, d, application.id)
    _apply(application, d)
    session.flush()
    return application


def delete_application(session: Session, application_id: int) -> None:
    """Delete an application taken by mistake; an admitted or enrolled one stays (decline it instead)."""
    require(session, Permission.EDIT_RECORDS)
    application = get_application(session, application_id)
    _check_step(application, "delete")
    session.delete(application)
    session.flush()


def admit(session: Session, application_id: int, order_number: str, order_date: date | None, today: date) -> Application:
    """Admit by the admission order (number and date), within the plan's seats of the application's kind."""
    require(session, Permission.EDIT_RECORDS)
    application = get_application(session, application_id)
    _check_step(application, "admit")
    number = fields.clean(order_number)
    problems: list[Problem] = []
    fields.check_text(problems, "order_number", L_ORDER_NUMBER, number, 60, required=True)
    fields.check_past_date(problems, "order_date", L_ORDER_DATE, order_date, today, required=True)
    fields.check_date_order(problems, "order_date", L_APPLIED_ON, application.applied_on, L_ORDER_DATE, order_date)
    if not problems:
        lock_plan(session, application.programme_id, application.year, application.seat_kind)  # two PCs, one last seat
        seats = plan_seats(session, application.programme_id, application.year) or dict.fromkeys(SeatKind, 0)
        limit = seats[application.seat_kind]
        if seats_taken(session, application.programme_id, application.year)[application.seat_kind] >= limit:
            problems.append(
                Problem(
                    "seat_kind",
                    SEATS_FULL,
                    {
                        "seats": limit,
                        "seat_kind": SEAT_KIND_WORDS[application.seat_kind],
                        "specialty": _specialty_name(session, application, None),
                        "year": application.year,
                    },
                )
            )
    if problems:
        raise ValidationError(problems)
    application.status = ApplicationStatus.ADMITTED
    application.order_number = number
    application.order_date = order_date
    application.decided_on = order_date
    session.flush()
    return application


def decline(session: Session, application_id: int, on: date) -> Application:
    """The applicant declined (or was refused); an admitted applicant's seat is freed."""
    require(session, Permission.EDIT_RECORDS)
    application = get_application(session, application_id)
    _check_step(application, "decline")
    application.status = ApplicationStatus.DECLINED
    application.decided_on = on
    session.flush()
    return application


def enrol(session: Session, application_id: int, on: date, today: date) -> Application:
    """Enrol an admitted applicant: the college stage begins on ``on`` and the application is enrolled, together."""
    require(session, Permission.EDIT_RECORDS)
    application = get_application(session, application_id)
    _check_step(application, "enrol")
    problems: list[Problem] = []
    fields.check_date_order(problems, "enrolled_on", L_ORDER_DATE, application.order_date, L_ENROLLED_ON, on)
    if on > today:
        problems.append(Problem("enrolled_on", fields.DATE_IN_FUTURE, {"label": L_ENROLLED_ON, "value": numeric_date(on)}))
    if problems:
        raise ValidationError(problems)
    record = move_to_stage(session, application.person_id, Stage.COLLEGE, on, detail=_specialty_name(session, application, None), today=today)
    application.stage_record_id = record.id
    application.status = ApplicationStatus.ENROLLED
    application.decided_on = on
    session.flush()
    return application
