"""Graduates' employment, and the follow-ups six and twelve months after the start.

A graduate's graduation day is the finish date of their completed college
enrolment, or, while it is not completed yet, the end of the group (its
expected graduation).  A job cannot start before it: work during studies is a
placement.  A follow-up cannot be dated before the job started, nor in the
future, and only in its window after graduation: the 6-month follow-up 5 to 8
months after it, the 12-month one 11 to 14 months after it.  A job is also a
destination (see :mod:`.destinations`): it may end, be in the specialty, and
carry its evidence (kind, document number and date, who recorded it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..dates import numeric_date
from ..errors import QT_TRANSLATE_NOOP, Problem, UserError, ValidationError
from ..models import (
    AgreementKind,
    ContractKind,
    Employment,
    EnrolmentStatus,
    EvidenceKind,
    FollowUp,
    Organisation,
    Person,
    Stage,
)
from ..permissions import Permission, require
from . import fields
from .learners import get_learner, move_to_stage
from .placements import LEARNER_MISSING, check_partner, college_enrolments
from .records import fetch

L_EMPLOYER = QT_TRANSLATE_NOOP("Errors", "Employer")
L_POSITION = QT_TRANSLATE_NOOP("Errors", "Position")
L_EMPLOYMENT_START = QT_TRANSLATE_NOOP("Errors", "Start of employment")
L_EVIDENCE = QT_TRANSLATE_NOOP("Errors", "Evidence")
L_CHECKED_ON = QT_TRANSLATE_NOOP("Errors", "Date of the follow-up")
L_WORKS_AT = QT_TRANSLATE_NOOP("Errors", "Where the graduate works")

EMPLOYMENT_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The employment record no longer exists (perhaps someone deleted it).")
FOLLOW_UP_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The follow-up no longer exists (perhaps someone deleted it).")
NOT_A_GRADUATE = QT_TRANSLATE_NOOP("Errors", "{name} has no college enrolment that was completed or is under way: only graduates are employed here.")
BEFORE_GRADUATION = QT_TRANSLATE_NOOP("Errors", "The job starts ({start}) before {name} graduates ({graduation}): work during studies is a placement.")
BAD_MONTHS = QT_TRANSLATE_NOOP("Errors", "A follow-up is made 6 or 12 months after the start, not {months}.")
FOLLOW_UP_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The follow-up ({checked}) is before the job started ({start}).")
FOLLOW_UP_TWICE = QT_TRANSLATE_NOOP("Errors", "This job already has its {months}-month follow-up.")
WHERE_NEEDED = QT_TRANSLATE_NOOP("Errors", "Say where the graduate works now, or mark them as no longer employed.")
FOLLOW_UP_OUT_OF_WINDOW = QT_TRANSLATE_NOOP(
    "Errors", "Date of the follow-up: the {months}-month follow-up is made {low} to {high} months after graduation ({graduation}), from {first} to {last}, not on {checked}."
)
L_EMPLOYMENT_END = QT_TRANSLATE_NOOP("Errors", "End of employment")
L_EVIDENCE_NUMBER = QT_TRANSLATE_NOOP("Errors", "Document number")

FOLLOW_UP_MONTHS = (6, 12)
FOLLOW_UP_WINDOWS = {6: (5, 8), 12: (11, 14)}  # months after graduation


@dataclass(frozen=True)
class EmploymentInput:
    person_id: int
    employer_id: int
    position: str
    starts_on: date
    contract_kind: ContractKind = ContractKind.PERMANENT
    agreement_id: int | None = None
    evidence: str | None = None
    ends_on: date | None = None
    in_specialty: bool = False  # the position is one the graduate's qualification prepares for
    evidence_kind: EvidenceKind | None = None
    evidence_number: str | None = None
    evidence_date: date | None = None


@dataclass(frozen=True)
class FollowUpInput:
    months: int
    checked_on: date
    still_employed: bool
    organisation_id: int | None = None  # where they work now, when it is a known organisation…
    works_at: str | None = None  # …or in words


@dataclass(frozen=True)
class FollowUpForm:
    """What the follow-up dialog shows, as plain data."""

    job: str  # «Position, Employer»
    starts_on: date
    employer_id: int
    recorded: tuple[int, ...]  # months of the job's other follow-ups
    organisations: list[tuple[int, str]]  # where the graduate may work now
    follow_up: FollowUpInput | None  # the stored values, or None for a new follow-up
    graduated_on: date | None = None  # the follow-ups' windows count from it


def follow_up_form(session: Session, employment_id: int, follow_up_id: int | None, language: str) -> FollowUpForm:
    from .organisations import organisation_choices
    from .placements import ENTERPRISE_KINDS

    job = get_employment(session, employment_id)
    follow_up = next((f for f in job.follow_ups if f.id == follow_up_id), None) if follow_up_id is not None else None
    if follow_up_id is not None and follow_up is None:
        raise UserError(FOLLOW_UP_NOT_FOUND)
    data = None if follow_up is None else FollowUpInput(
        follow_up.months, follow_up.checked_on, follow_up.still_employed, follow_up.organisation_id, follow_up.works_at,
    )
    return FollowUpForm(
        f"{job.position}, {job.employer.name(language)}", job.starts_on, job.employer_id,
        tuple(f.months for f in job.follow_ups if f.id != follow_up_id),
        organisation_choices(session, language, ENTERPRISE_KINDS, keep=data.organisation_id if data else None), data,
        graduation_day(session, job.person_id),
    )


@dataclass(frozen=True)
class FollowUpView:
    id: int
    months: int
    checked_on: date
    still_employed: bool
    where: str


@dataclass(frozen=True)
class JobView:
    id: int
    position: str
    employer: str
    starts_on: date
    contract_kind: ContractKind
    agreement: tuple[AgreementKind, str] | None  # kind, «number/year»
    evidence: str | None
    follow_ups: tuple[FollowUpView, ...]


def jobs_of(session: Session, person_id: int, language: str) -> list[JobView]:
    """The graduate's jobs (latest first) as plain values for the GUI thread."""
    require(session, Permission.READ_PERSONAL_DATA)
    jobs = []
    for job in list_employment(session, person_id):
        agreement = job.agreement
        follow_ups = tuple(
            FollowUpView(f.id, f.months, f.checked_on, f.still_employed, f.organisation.name(language) if f.organisation else f.works_at or "")
            for f in job.follow_ups
        )
        jobs.append(JobView(
            job.id, job.position, job.employer.name(language), job.starts_on, job.contract_kind,
            (agreement.kind, f"{agreement.number}/{agreement.year}") if agreement is not None else None, job.evidence, follow_ups,
        ))
    return jobs


@dataclass(frozen=True)
class GraduateChoice:
    """A graduate as the job dialog offers them."""

    id: int
    name: str  # «Surname Given name — IIN»
    full_name: str
    graduated_on: date | None


def graduate_choice(session: Session, person_id: int) -> GraduateChoice:
    person = get_learner(session, person_id)
    return GraduateChoice(person.id, f"{person.full_name} — {person.iin}", person.full_name, graduation_day(session, person.id))


def graduation_day(session: Session, person_id: int) -> date | None:
    """When the learner graduated (or is expected to): the last completed or current college enrolment's end."""
    best: date | None = None
    for enrolment, group in college_enrolments(session, person_id):
        if enrolment.status is EnrolmentStatus.COMPLETED:
            day = enrolment.finished_on or group.ends_on
        elif enrolment.status is EnrolmentStatus.ENROLLED:
            day = group.ends_on
        else:
            continue
        if day is not None and (best is None or day > best):
            best = day
    return best


def validate_employment(session: Session, data: EmploymentInput) -> tuple[EmploymentInput, list[Problem]]:
    d = EmploymentInput(
        person_id=data.person_id, employer_id=data.employer_id, position=fields.clean(data.position) or "",
        starts_on=data.starts_on, contract_kind=ContractKind(data.contract_kind), agreement_id=data.agreement_id,
        evidence=(data.evidence or "").strip() or None, ends_on=data.ends_on, in_specialty=bool(data.in_specialty),
        evidence_kind=EvidenceKind(data.evidence_kind) if data.evidence_kind else None,
        evidence_number=fields.clean(data.evidence_number), evidence_date=data.evidence_date,
    )
    problems: list[Problem] = []
    fields.check_text(problems, "position", L_POSITION, d.position, 200, required=True)
    fields.check_text(problems, "evidence", L_EVIDENCE, d.evidence, 2000, printed=False)
    fields.check_text(problems, "evidence_number", L_EVIDENCE_NUMBER, d.evidence_number, 60)
    fields.check_date_order(problems, "ends_on", L_EMPLOYMENT_START, d.starts_on, L_EMPLOYMENT_END, d.ends_on)
    if d.starts_on is None:
        problems.append(Problem("starts_on", fields.REQUIRED, {"label": L_EMPLOYMENT_START}))
    check_partner(session, problems, "employer_id", L_EMPLOYER, d.employer_id, d.agreement_id)
    person = session.get(Person, d.person_id) if d.person_id else None
    if person is None:
        problems.append(Problem("person_id", LEARNER_MISSING))
        return d, problems
    graduation = graduation_day(session, person.id)
    if graduation is None:
        problems.append(Problem("person_id", NOT_A_GRADUATE, {"name": person.full_name}))
    elif d.starts_on is not None and d.starts_on < graduation:
        problems.append(Problem("starts_on", BEFORE_GRADUATION, {
            "start": numeric_date(d.starts_on), "name": person.full_name, "graduation": numeric_date(graduation),
        }))
    return d, problems


def _apply(employment: Employment, d: EmploymentInput) -> None:
    for name in EmploymentInput.__dataclass_fields__:
        setattr(employment, name, getattr(d, name))


def create_employment(session: Session, data: EmploymentInput, today: date) -> Employment:
    """Record a job; a first job moves the learner's journey on, which their consent must allow on ``today``."""
    actor = require(session, Permission.EDIT_RECORDS)
    d, problems = validate_employment(session, data)
    if problems:
        raise ValidationError(problems)
    employment = Employment(recorded_by=actor.username)
    _apply(employment, d)
    session.add(employment)
    session.flush()
    _move_to_employment(session, d, today)
    return employment


def _move_to_employment(session: Session, d: EmploymentInput, today: date) -> None:
    """A first job moves the learner's journey on to the employment stage, at that employer."""
    person = session.get(Person, d.person_id)
    if person is None or person.current_stage is Stage.EMPLOYMENT:
        return
    current = next((s for s in person.stages if s.ended_on is None), None)
    if current is None or current.started_on <= d.starts_on:
        move_to_stage(session, d.person_id, Stage.EMPLOYMENT, d.starts_on, organisation_id=d.employer_id, today=today)


def get_employment(session: Session, employment_id: int) -> Employment:
    return fetch(session, Employment, employment_id, EMPLOYMENT_NOT_FOUND)


def employment_input(session: Session, employment_id: int) -> EmploymentInput:
    """A job's stored values, as the form edits them (plain data for the window)."""
    job = get_employment(session, employment_id)
    return EmploymentInput(
        job.person_id, job.employer_id, job.position, job.starts_on, job.contract_kind, job.agreement_id, job.evidence,
        job.ends_on, job.in_specialty, job.evidence_kind, job.evidence_number, job.evidence_date,
    )


def update_employment(session: Session, employment_id: int, data: EmploymentInput) -> Employment:
    actor = require(session, Permission.EDIT_RECORDS)
    employment = get_employment(session, employment_id)
    d, problems = validate_employment(session, data)
    for follow_up in employment.follow_ups:
        if d.starts_on is not None and follow_up.checked_on < d.starts_on:
            problems.append(Problem("starts_on", FOLLOW_UP_BEFORE_START, {"checked": numeric_date(follow_up.checked_on), "start": numeric_date(d.starts_on)}))
    if problems:
        raise ValidationError(problems)
    _apply(employment, d)
    employment.recorded_by = actor.username
    session.flush()
    return employment


def delete_employment(session: Session, employment_id: int) -> None:
    """Delete the record and its follow-ups."""
    require(session, Permission.EDIT_RECORDS)
    session.delete(get_employment(session, employment_id))
    session.flush()


def list_employment(session: Session, person_id: int | None = None) -> list[Employment]:
    """Employment records (of one graduate, or all), the latest start first, with follow-ups loaded."""
    statement = select(Employment).options(
        selectinload(Employment.person), selectinload(Employment.employer), selectinload(Employment.follow_ups)
    ).order_by(Employment.starts_on.desc(), Employment.id)
    if person_id is not None:
        statement = statement.where(Employment.person_id == person_id)
    return list(session.scalars(statement))


def validate_follow_up(
    session: Session, employment: Employment, data: FollowUpInput, today: date, own_id: int | None = None
) -> tuple[FollowUpInput, list[Problem]]:
    d = FollowUpInput(
        months=data.months, checked_on=data.checked_on, still_employed=bool(data.still_employed),
        organisation_id=data.organisation_id if data.still_employed else None,
        works_at=fields.clean(data.works_at) if data.still_employed else None,
    )
    problems: list[Problem] = []
    if d.months not in FOLLOW_UP_MONTHS:
        problems.append(Problem("months", BAD_MONTHS, {"months": d.months}))
    if d.checked_on is None:
        problems.append(Problem("checked_on", fields.REQUIRED, {"label": L_CHECKED_ON}))
    elif d.checked_on < employment.starts_on:
        problems.append(Problem("checked_on", FOLLOW_UP_BEFORE_START, {"checked": numeric_date(d.checked_on), "start": numeric_date(employment.starts_on)}))
    else:
        fields.check_past_date(problems, "checked_on", L_CHECKED_ON, d.checked_on, today)
        _check_window(session, problems, employment.person_id, d)
    fields.check_text(problems, "works_at", L_WORKS_AT, d.works_at, 300)
    if d.organisation_id is not None and session.get(Organisation, d.organisation_id) is None:
        problems.append(Problem("organisation_id", WHERE_NEEDED))
    if d.still_employed and d.organisation_id is None and not d.works_at:
        problems.append(Problem("works_at", WHERE_NEEDED))
    if any(f.months == d.months and f.id != own_id for f in employment.follow_ups):
        problems.append(Problem("months", FOLLOW_UP_TWICE, {"months": d.months}))
    return d, problems


def follow_up_window(graduated_on: date, months: int) -> tuple[date, date]:
    """The first and last day of the ``months`` follow-up after graduating on ``graduated_on``."""
    from .destinations import add_months

    low, high = FOLLOW_UP_WINDOWS[months]
    return add_months(graduated_on, low), add_months(graduated_on, high)


def _check_window(session: Session, problems: list[Problem], person_id: int, d: FollowUpInput) -> None:
    check_follow_up_window(problems, graduation_day(session, person_id), d)


def check_follow_up_window(problems: list[Problem], graduated: date | None, d: FollowUpInput) -> None:
    """A problem when ``d`` is not dated in its window after ``graduated`` (the dialog checks it as the user types)."""
    if graduated is None or d.months not in FOLLOW_UP_WINDOWS or d.checked_on is None:
        return
    first, last = follow_up_window(graduated, d.months)
    if not first <= d.checked_on <= last:
        low, high = FOLLOW_UP_WINDOWS[d.months]
        problems.append(Problem("checked_on", FOLLOW_UP_OUT_OF_WINDOW, {
            "months": d.months, "low": low, "high": high, "graduation": numeric_date(graduated),
            "first": numeric_date(first), "last": numeric_date(last), "checked": numeric_date(d.checked_on),
        }))


def _apply_follow_up(follow_up: FollowUp, d: FollowUpInput) -> None:
    for name in FollowUpInput.__dataclass_fields__:
        setattr(follow_up, name, getattr(d, name))


def record_follow_up(session: Session, employment_id: int, data: FollowUpInput, today: date) -> FollowUp:
    require(session, Permission.EDIT_RECORDS)
    employment = get_employment(session, employment_id)
    d, problems = validate_follow_up(session, employment, data, today)
    if problems:
        raise ValidationError(problems)
    follow_up = FollowUp()
    _apply_follow_up(follow_up, d)
    employment.follow_ups.append(follow_up)
    session.flush()
    return follow_up


def update_follow_up(session: Session, follow_up_id: int, data: FollowUpInput, today: date) -> FollowUp:
    require(session, Permission.EDIT_RECORDS)
    follow_up = fetch(session, FollowUp, follow_up_id, FOLLOW_UP_NOT_FOUND)
    d, problems = validate_follow_up(session, follow_up.employment, data, today, own_id=follow_up.id)
    if problems:
        raise ValidationError(problems)
    _apply_follow_up(follow_up, d)
    session.flush()
    return follow_up


def delete_follow_up(session: Session, follow_up_id: int) -> None:
    require(session, Permission.EDIT_RECORDS)
    session.delete(fetch(session, FollowUp, follow_up_id, FOLLOW_UP_NOT_FOUND))
    session.flush()
