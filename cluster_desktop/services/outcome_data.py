"""Reading the rows that :mod:`.outcomes` counts, for a period (a year or one of its quarters).

Everything is «as known at the end of the period»: a graduate counts as
placed if a job starting by then is recorded, a student is covered by practice
if a placement starting by then is recorded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from ..models import (
    DemandRequest,
    Employment,
    Enrolment,
    EnrolmentStatus,
    FollowUp,
    Group,
    GuidanceSession,
    GuidanceStage,
    Person,
    Placement,
    Programme,
    ProgrammeKind,
    SessionAttendance,
    SessionHeadCount,
)
from ..periods import Period
from ..text import kazakh_sort_key
from . import outcomes as O
from .outcomes import (
    CohortRow,
    DemandRow,
    FollowUpRow,
    GraduateRow,
    StageCount,
    StudentRow,
)


def specialty_label(programme: Programme, language: str) -> str:
    """«07240100 Горный мастер»: the qualification code and name, else the programme's name."""
    name = programme.name(language)
    return f"{programme.qualification_code} {name}" if programme.qualification_code else name


def _college_rows(session: Session) -> Sequence[Row[Enrolment, Group, Programme, Person]]:
    return session.execute(
        select(Enrolment, Group, Programme, Person)
        .join(Group, Group.id == Enrolment.group_id).join(Programme, Programme.id == Group.programme_id)
        .join(Person, Person.id == Enrolment.person_id)
        .where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY)
        .order_by(Enrolment.enrolled_on, Enrolment.id)
    ).all()


def graduate_rows(session: Session, end: date, language: str) -> list[GraduateRow]:
    """Graduates by ``end`` (their last completed specialty), each with the employer of their first job started by then."""
    first_job: dict[int, str] = {}
    jobs = session.execute(select(Employment).where(Employment.starts_on <= end).order_by(Employment.starts_on, Employment.id)).scalars()
    for job in jobs:
        first_job.setdefault(job.person_id, job.employer.name(language))
    latest: dict[int, GraduateRow] = {}
    for enrolment, group, programme, person in _college_rows(session):
        if enrolment.status is not EnrolmentStatus.COMPLETED:
            continue
        day = enrolment.finished_on or group.ends_on
        if day is None or day > end:
            continue
        row = GraduateRow(person.id, person.full_name, specialty_label(programme, language), day, first_job.get(person.id))
        if person.id not in latest or latest[person.id].graduated_on < day:
            latest[person.id] = row
    return sorted(latest.values(), key=lambda r: (r.graduated_on, kazakh_sort_key(r.full_name)))


def follow_up_rows(session: Session, end: date) -> list[FollowUpRow]:
    statement = select(FollowUp.months, FollowUp.still_employed).where(FollowUp.checked_on <= end)
    return [FollowUpRow(months, still) for months, still in session.execute(statement)]


def student_rows(session: Session, start: date, end: date, language: str) -> list[StudentRow]:
    """College students who studied during the period (one row a learner), with their placements started by ``end``."""
    placements: dict[int, int] = defaultdict(int)
    for person_id, n in session.execute(
        select(Placement.person_id, func.count()).where(Placement.starts_on <= end).group_by(Placement.person_id)
    ):
        placements[person_id] = n
    rows: dict[int, StudentRow] = {}
    for enrolment, _group, programme, person in _college_rows(session):
        if enrolment.status not in (EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED) or enrolment.enrolled_on > end:
            continue
        finished = enrolment.finished_on if enrolment.status is EnrolmentStatus.COMPLETED else None
        if finished is not None and finished < start:
            continue
        rows[person.id] = StudentRow(person.id, specialty_label(programme, language), placements[person.id])
    return list(rows.values())


def stage_counts(session: Session, start: date, end: date) -> list[StageCount]:
    """Participants of each stage in the period: named learners (distinct) and children counted without names."""
    named: dict[str, set[int]] = {"preschool": set(), "school": set(), "college": set(), "employment": set()}
    enrolments = session.execute(
        select(Enrolment.person_id, Programme.kind).join(Group, Group.id == Enrolment.group_id)
        .join(Programme, Programme.id == Group.programme_id).where(Enrolment.enrolled_on.between(start, end))
    )
    for person_id, kind in enrolments:
        named[kind.stage.value].add(person_id)
    attendance = session.execute(
        select(SessionAttendance.person_id, GuidanceSession.stage).join(GuidanceSession, GuidanceSession.id == SessionAttendance.session_id)
        .where(GuidanceSession.held_on.between(start, end))
    )
    for person_id, stage in attendance:
        named[stage.value].add(person_id)
    named["employment"].update(session.scalars(select(Employment.person_id).where(Employment.starts_on.between(start, end))))
    counted: dict[str, int] = defaultdict(int)
    heads = session.execute(
        select(GuidanceSession.stage, func.coalesce(func.sum(SessionHeadCount.count), 0))
        .join(GuidanceSession, GuidanceSession.id == SessionHeadCount.session_id)
        .where(GuidanceSession.held_on.between(start, end)).group_by(GuidanceSession.stage)
    )
    for stage, total in heads:
        counted[GuidanceStage(stage).value] += int(total)
    return [StageCount(stage, len(people), counted[stage]) for stage, people in named.items()]


def cohort_rows(session: Session) -> list[CohortRow]:
    """Every college enrolment in a group with an expected graduation, by qualification code."""
    return [
        CohortRow(programme.qualification_code or programme.name_ru, group.ends_on.year, enrolment.status.value)
        for enrolment, group, programme, _person in _college_rows(session) if group.ends_on is not None
    ]


def qualification_names(session: Session, language: str) -> dict[str, str]:
    """Code → «code name», from the college specialties."""
    programmes = session.scalars(select(Programme).where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY))
    return {p.qualification_code or p.name_ru: specialty_label(p, language) for p in programmes}


def demand_rows(session: Session, first_year: int, last_year: int, language: str) -> list[DemandRow]:
    statement = select(DemandRequest).where(DemandRequest.year.between(first_year, last_year))
    return [DemandRow(r.employer.name(language), r.qualification_code, r.year, r.people) for r in session.scalars(statement)]


@dataclass(frozen=True)
class OutcomeFigures:
    """Every figure counted for a period: the report prints them, the dashboard draws them (one gathering for both)."""

    period: Period
    last_year: int  # demand and forecast cover ``period.year`` … ``last_year``
    graduates: list[GraduateRow]
    employment: O.EmploymentFigures
    retention: dict[int, O.Rate]
    practice: O.PracticeFigures
    counts: list[StageCount]
    steps: list[O.ConversionStep]
    names: dict[str, str]  # qualification code → «code name»
    forecasts: list[O.Forecast]
    requests: list[DemandRow]
    coverage: list[O.Coverage]


def gather_figures(session: Session, period: Period, last_year: int, language: str) -> OutcomeFigures:
    """Read the rows for ``period`` and count them; names (specialties, employers) in ``language``."""
    start, end = period.start, period.end
    graduates = graduate_rows(session, end, language)
    counts = stage_counts(session, start, end)
    forecasts = O.pipeline_forecast(cohort_rows(session), years=range(period.year, last_year + 1))
    requests = demand_rows(session, period.year, last_year, language)
    return OutcomeFigures(
        period=period, last_year=last_year, graduates=graduates, employment=O.employment_rates(graduates),
        retention=O.retention(follow_up_rows(session, end)), practice=O.practice_coverage(student_rows(session, start, end, language)),
        counts=counts, steps=O.conversion(counts), names=qualification_names(session, language), forecasts=forecasts,
        requests=requests, coverage=O.demand_coverage(requests, forecasts),
    )
