"""A learner's whole journey on one timeline: stages, enrolments, certificates, guidance sessions,
placements, employment and its follow-ups.

The steps carry facts only (dates, names per language, numbers); the window words them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import NotFoundError
from ..models import (
    Certificate,
    CertificateStatus,
    Destination,
    Enrolment,
    Group,
    Organisation,
    Person,
    PlacementKind,
    Stage,
    StageRecord,
)
from ..permissions import Permission, require
from ..school_grades import GradeStatus
from .employment import list_employment
from .guidance_sessions import sessions_attended
from .learners import LEARNER_NOT_FOUND
from .placements import list_placements
from .school_grades import record_state_on

# Within one day: the stage first, then what happened in it.
KIND_ORDER = ("stage", "session", "enrolment", "certificate", "placement", "employment", "follow_up", "destination")


@dataclass(frozen=True)
class JourneyStep:
    """One line of a learner's journey, in date order; the window words it per language."""

    kind: str  # one of KIND_ORDER
    stage: Stage
    started_on: date
    ended_on: date | None
    organisation: dict[str, str] | None = None  # {"kk": …, "ru": …}
    programme: dict[str, str] | None = None  # {"kk": …, "ru": …, "en": …}
    group: str | None = None
    status: str | None = None
    result_percent: Decimal | None = None
    letter_grade: str | None = None
    five_point_grade: int | None = None
    detail: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str | None] = field(default_factory=dict)  # kept per language: {"topic_kk": …, "topic_ru": …}


def _names(organisation: Organisation | None) -> dict[str, str] | None:
    return {"kk": organisation.name_kk, "ru": organisation.name_ru} if organisation is not None else None


def _grade_extra(record: StageRecord, today: date | None) -> dict[str, str]:
    """The school grade a step shows: as recorded, or, known the day, the grade on that day (the record's last day once it ended)."""
    if not record.school_grade:
        return {}
    if today is None or record.grade_year is None:
        return {"school_grade": str(record.school_grade)}
    day = today if record.ended_on is None or today < record.ended_on else record.ended_on - timedelta(days=1)
    state = record_state_on(record, max(day, record.started_on))
    if state.status is GradeStatus.FINISHED:
        return {"finished": "1"}
    return {"school_grade": str(state.grade)} if state.grade is not None else {"school_grade": str(record.school_grade)}


def _stage_steps(person: Person, today: date | None = None) -> list[JourneyStep]:
    steps = [
        JourneyStep(
            kind="stage",
            stage=s.stage,
            started_on=s.started_on,
            ended_on=s.ended_on,
            organisation=_names(s.organisation),
            detail=s.detail,
            extra=_grade_extra(s, today),
        )
        for s in person.stages
    ]
    for e in person.enrolments:
        programme = e.group.programme
        steps.append(
            JourneyStep(
                kind="enrolment",
                stage=programme.kind.stage,
                started_on=e.enrolled_on,
                ended_on=e.finished_on,
                programme={"kk": programme.name_kk, "ru": programme.name_ru, "en": programme.name_en or programme.name_ru},
                group=e.group.name,
                status=e.status.value,
                result_percent=e.result_percent,
                letter_grade=e.letter_grade,
                five_point_grade=e.five_point_grade,
            )
        )
    return steps


def _certificate_steps(session: Session, person_id: int) -> list[JourneyStep]:
    certificates = session.scalars(select(Certificate).where(Certificate.person_id == person_id))
    return [
        JourneyStep(
            kind="certificate",
            stage=c.programme_kind.stage,
            started_on=c.issued_on,
            ended_on=None,
            texts={f"programme_{c.language}": c.programme_name},  # as printed, in the certificate's language
            status=c.status.value,
            detail=c.registration_number,
            extra={"duplicate": "1"} if c.duplicate_of_id is not None else {},
        )
        for c in certificates
        if c.status is CertificateStatus.ISSUED or c.revoked_on is not None
    ]


def _outcome_steps(session: Session, person_id: int) -> list[JourneyStep]:
    steps = [
        JourneyStep(
            kind="session",
            stage=Stage(g.stage.value),
            started_on=g.held_on,
            ended_on=g.held_on,
            organisation=_names(g.organiser),
            texts={"topic_kk": g.topic_kk, "topic_ru": g.topic_ru, "place_kk": g.place_kk, "place_ru": g.place_ru},
        )
        for g in sessions_attended(session, person_id)
    ]
    steps += [
        JourneyStep(
            kind="placement",
            stage=Stage.COLLEGE,
            started_on=p.starts_on,
            ended_on=p.ends_on,
            organisation=_names(p.enterprise),
            status="dual" if p.kind is PlacementKind.DUAL else "practice",
            extra={"mentor": p.mentor} if p.mentor else {},
        )
        for p in list_placements(session, person_id)
    ]
    destinations = select(Destination).options(selectinload(Destination.organisation)).where(Destination.person_id == person_id)
    steps += [
        JourneyStep(  # after college, somewhere other than a job (further study, the army, childcare leave…): no employment stage
            kind="destination",
            stage=Stage.COLLEGE,
            started_on=d.starts_on,
            ended_on=d.ends_on,
            organisation=_names(d.organisation),
            status=d.kind.value,
        )
        for d in session.scalars(destinations)
    ]
    for job in list_employment(session, person_id):
        steps.append(
            JourneyStep(
                kind="employment",
                stage=Stage.EMPLOYMENT,
                started_on=job.starts_on,
                ended_on=None,
                organisation=_names(job.employer),
                detail=job.position,
            )
        )
        for follow_up in job.follow_ups:
            steps.append(
                JourneyStep(
                    kind="follow_up",
                    stage=Stage.EMPLOYMENT,
                    started_on=follow_up.checked_on,
                    ended_on=follow_up.checked_on,
                    organisation=_names(follow_up.organisation),
                    status="employed" if follow_up.still_employed else "left",
                    detail=follow_up.works_at,
                    extra={"months": str(follow_up.months)},
                )
            )
    return steps


@dataclass(frozen=True)
class Journey:
    """Who the learner is and the steps of their journey, as the window shows them."""

    full_name: str
    iin: str
    steps: list[JourneyStep]


def journey_of(session: Session, person_id: int, today: date | None = None) -> Journey:
    """``today`` given, a school step shows the grade on that day (it moves up each 1 September), else the grade recorded."""
    require(session, Permission.READ_PERSONAL_DATA)
    return Journey(*_learner_and_journey(session, person_id, today))


def learner_journey(session: Session, person_id: int) -> list[JourneyStep]:
    return _learner_and_journey(session, person_id)[2]


def _learner_and_journey(session: Session, person_id: int, today: date | None = None) -> tuple[str, str, list[JourneyStep]]:
    person = session.scalar(
        select(Person)
        .where(Person.id == person_id)
        .options(
            selectinload(Person.stages).selectinload(StageRecord.organisation),
            selectinload(Person.stages).selectinload(StageRecord.repeats),
            selectinload(Person.enrolments).selectinload(Enrolment.group).selectinload(Group.programme),
        )
    )
    if person is None:
        raise NotFoundError(LEARNER_NOT_FOUND)
    steps = _stage_steps(person, today) + _certificate_steps(session, person_id) + _outcome_steps(session, person_id)
    steps.sort(key=lambda s: (s.started_on, KIND_ORDER.index(s.kind)))
    return person.full_name, person.iin, steps
