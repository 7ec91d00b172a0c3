"""Preschool and school career-guidance sessions, with attendance by learner or by head count.

Where no consent for identities exists (a kindergarten's visit, a school
assembly), only the number of children of each age group is kept.  A session
holds one or the other: names, or head counts.

Naming a learner at a session is part of their cluster journey: a session names
only learners whose consent allows the journey on the day it was held.  After a
withdrawal of that purpose the learner is counted, not named; sessions held
before the withdrawal keep the names.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import (
    ConsentPurpose,
    GuidanceSession,
    GuidanceStage,
    Organisation,
    Person,
    SessionAttendance,
    SessionHeadCount,
)
from ..models.outcomes import InstructorKind, SessionKind
from ..permissions import Permission, require
from . import fields
from .consent_rules import ConsentMissing, require_purpose
from .records import fetch

L_HELD_ON = QT_TRANSLATE_NOOP("Errors", "Date of the session")
L_PLACE = {"kk": QT_TRANSLATE_NOOP("Errors", "Place in Kazakh"), "ru": QT_TRANSLATE_NOOP("Errors", "Place in Russian")}
L_TOPIC = {"kk": QT_TRANSLATE_NOOP("Errors", "Topic in Kazakh"), "ru": QT_TRANSLATE_NOOP("Errors", "Topic in Russian")}
L_PLACE_ANY = QT_TRANSLATE_NOOP("Errors", "Place")
L_TOPIC_ANY = QT_TRANSLATE_NOOP("Errors", "Topic")
NEEDS_ONE_LANGUAGE = QT_TRANSLATE_NOOP("Errors", "{label} is required in Kazakh, in Russian or in both.")
L_AGE_GROUP = QT_TRANSLATE_NOOP("Errors", "Age group")
L_HOURS = QT_TRANSLATE_NOOP("Errors", "Hours")
L_INSTRUCTOR_NAME = QT_TRANSLATE_NOOP("Errors", "Instructor's name")
L_INSTRUCTOR_POSITION = QT_TRANSLATE_NOOP("Errors", "Instructor's position")
INSTRUCTOR_NEEDS_ORGANISATION = QT_TRANSLATE_NOOP(
    "Errors", "An enterprise specialist comes from a partner: choose the organisation."
)
INSTRUCTOR_ORGANISATION_MISSING = QT_TRANSLATE_NOOP("Errors", "The instructor's organisation chosen no longer exists.")
INSTRUCTOR_WITHOUT_KIND = QT_TRANSLATE_NOOP(
    "Errors", "Say who the instructor is: one of the college's staff or an enterprise specialist."
)

SESSION_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The session no longer exists (perhaps someone deleted it).")
ORGANISER_MISSING = QT_TRANSLATE_NOOP("Errors", "The organiser chosen no longer exists.")
BOTH_ATTENDANCE_KINDS = QT_TRANSLATE_NOOP("Errors", "Record attendance either by name or as head counts by age group, not both.")
BAD_HEAD_COUNT = QT_TRANSLATE_NOOP("Errors", "The head count of «{age_group}» must be a whole number from 0 to {limit}, not {count}.")
AGE_GROUP_TWICE = QT_TRANSLATE_NOOP("Errors", "The age group «{age_group}» is counted twice.")
ATTENDEE_MISSING = QT_TRANSLATE_NOOP("Errors", "A learner marked as present no longer exists (perhaps someone deleted them).")
ATTENDEE_TWICE = QT_TRANSLATE_NOOP("Errors", "{name} is marked as present twice.")
NOT_NAMED = QT_TRANSLATE_NOOP(
    "Errors", "{names}: no consent in force on {day} for «{purpose}», so they cannot be named at this session. Count them in its head count instead."
)
NOT_NAMED_MANY = QT_TRANSLATE_NOOP(
    "Errors",
    "{names} and {more} more: no consent in force on {day} for «{purpose}», so they cannot be named at this session. "
    "Count them in its head count instead.",
)

HEAD_COUNT_LIMIT = 10_000  # more children than this at one session is a typing error
HOURS_LIMIT = 40  # a week's competition at most: more is a typing error


@dataclass(frozen=True)
class HeadCount:
    age_group: str  # as the organiser counted: «5–6 жас», «9 сынып»…
    count: int


@dataclass(frozen=True)
class GuidanceSessionInput:
    held_on: date
    place_kk: str | None  # place and topic in Kazakh, Russian or both
    topic_kk: str | None
    stage: GuidanceStage
    organiser_id: int | None = None
    attendees: tuple[int, ...] = field(default=())  # person ids
    head_counts: tuple[HeadCount, ...] = field(default=())
    place_ru: str | None = None
    topic_ru: str | None = None
    kind: SessionKind = SessionKind.TALK
    hours: int | None = None  # academic hours; None: not recorded
    instructor_kind: InstructorKind | None = None  # None: no instructor named
    instructor_name: str | None = None
    instructor_position: str | None = None  # college staff
    instructor_organisation_id: int | None = None  # an enterprise specialist's partner


INSTRUCTOR_FIELDS = ("instructor_kind", "instructor_name", "instructor_position", "instructor_organisation_id")


def validate_session(session: Session, data: GuidanceSessionInput, today: date | None = None) -> tuple[GuidanceSessionInput, list[Problem]]:
    counts = tuple(HeadCount(fields.clean(h.age_group) or "", h.count) for h in data.head_counts)
    d = GuidanceSessionInput(
        held_on=data.held_on, place_kk=fields.clean(data.place_kk), place_ru=fields.clean(data.place_ru),
        topic_kk=fields.clean(data.topic_kk), topic_ru=fields.clean(data.topic_ru), stage=GuidanceStage(data.stage), organiser_id=data.organiser_id, attendees=tuple(data.attendees), head_counts=counts,
        kind=SessionKind(data.kind), hours=data.hours,
    )
    d = _with_instructor(d, data)
    problems: list[Problem] = []
    if d.hours is not None and (not isinstance(d.hours, int) or isinstance(d.hours, bool) or not 1 <= d.hours <= HOURS_LIMIT):
        problems.append(Problem("hours", fields.BAD_NUMBER, {"label": L_HOURS, "low": 1, "high": HOURS_LIMIT}))
    _check_instructor(session, problems, d)
    fields.check_past_date(problems, "held_on", L_HELD_ON, d.held_on, today or date.today(), required=True)
    for name, labels, label in (("topic", L_TOPIC, L_TOPIC_ANY), ("place", L_PLACE, L_PLACE_ANY)):
        if not (getattr(d, f"{name}_kk") or getattr(d, f"{name}_ru")):
            problems.append(Problem(f"{name}_kk", NEEDS_ONE_LANGUAGE, {"label": label}))
        for language, language_label in labels.items():
            fields.check_text(problems, f"{name}_{language}", language_label, getattr(d, f"{name}_{language}"), 300)
    if d.organiser_id is not None and session.get(Organisation, d.organiser_id) is None:
        problems.append(Problem("organiser_id", ORGANISER_MISSING))
    if d.attendees and d.head_counts:
        problems.append(Problem("attendance", BOTH_ATTENDANCE_KINDS))
    seen_groups: set[str] = set()
    for item in d.head_counts:
        before = len(problems)
        fields.check_text(problems, "head_counts", L_AGE_GROUP, item.age_group, 40, required=True)
        if len(problems) > before:
            continue
        if not isinstance(item.count, int) or isinstance(item.count, bool) or not 0 <= item.count <= HEAD_COUNT_LIMIT:
            problems.append(Problem("head_counts", BAD_HEAD_COUNT, {"age_group": item.age_group, "limit": HEAD_COUNT_LIMIT, "count": item.count}))
        if item.age_group.casefold() in seen_groups:
            problems.append(Problem("head_counts", AGE_GROUP_TWICE, {"age_group": item.age_group}))
        seen_groups.add(item.age_group.casefold())
    seen_people: set[int] = set()
    for person_id in d.attendees:
        person = session.get(Person, person_id)
        if person is None:
            problems.append(Problem("attendees", ATTENDEE_MISSING))
        elif person_id in seen_people:
            problems.append(Problem("attendees", ATTENDEE_TWICE, {"name": person.full_name}))
        seen_people.add(person_id)
    return d, problems


def require_naming_consent(session: Session, d: GuidanceSessionInput, stored: GuidanceSession | None = None) -> None:
    """Refuse (:class:`ConsentMissing`, naming them) attendees whose consent does not allow the journey on the session's day.

    Editing a session of the same day asks only about the learners it adds: the names it keeps were checked when saved.
    """
    asked = list(d.attendees)
    if stored is not None and stored.held_on == d.held_on:
        named = {a.person_id for a in stored.attendees}
        asked = [person_id for person_id in asked if person_id not in named]
    try:
        require_purpose(session, asked, ConsentPurpose.JOURNEY, d.held_on)
    except ConsentMissing as refused:
        params = {name: value for name, value in refused.params.items() if name != "purpose"}
        raise ConsentMissing(NOT_NAMED_MANY if "more" in params else NOT_NAMED, refused.person_ids, refused.purpose, **params) from None


def _with_instructor(d: GuidanceSessionInput, data: GuidanceSessionInput) -> GuidanceSessionInput:
    """``d`` with the instructor's fields cleaned, keeping only those of the instructor's kind (a staff member has no partner…)."""
    kind = InstructorKind(data.instructor_kind) if data.instructor_kind is not None else None
    name = fields.clean(data.instructor_name)
    staff = kind is InstructorKind.STAFF
    return replace(
        d, instructor_kind=kind, instructor_name=name,
        instructor_position=fields.clean(data.instructor_position) if staff else None,
        instructor_organisation_id=data.instructor_organisation_id if kind is InstructorKind.SPECIALIST else None,
    )


def _check_instructor(session: Session, problems: list[Problem], d: GuidanceSessionInput) -> None:
    if d.instructor_kind is None:
        if d.instructor_name:
            problems.append(Problem("instructor_kind", INSTRUCTOR_WITHOUT_KIND))
        return
    fields.check_text(problems, "instructor_name", L_INSTRUCTOR_NAME, d.instructor_name, 200, required=True)
    if d.instructor_kind is InstructorKind.STAFF:
        fields.check_text(problems, "instructor_position", L_INSTRUCTOR_POSITION, d.instructor_position, 200, required=True)
    elif d.instructor_organisation_id is None:
        problems.append(Problem("instructor_organisation_id", INSTRUCTOR_NEEDS_ORGANISATION))
    elif session.get(Organisation, d.instructor_organisation_id) is None:
        problems.append(Problem("instructor_organisation_id", INSTRUCTOR_ORGANISATION_MISSING))


SESSION_FIELDS = ("held_on", "place_kk", "place_ru", "topic_kk", "topic_ru", "stage", "organiser_id", "kind", "hours", *INSTRUCTOR_FIELDS)


def _apply(record: GuidanceSession, d: GuidanceSessionInput) -> None:
    for name in SESSION_FIELDS:
        setattr(record, name, getattr(d, name))
    record.attendees[:] = [a for a in record.attendees if a.person_id in d.attendees]
    present = {a.person_id for a in record.attendees}
    record.attendees.extend(SessionAttendance(person_id=p) for p in d.attendees if p not in present)
    wanted = {h.age_group: h.count for h in d.head_counts}
    record.head_counts[:] = [h for h in record.head_counts if h.age_group in wanted]
    for row in record.head_counts:
        row.count = wanted.pop(row.age_group)
    record.head_counts.extend(SessionHeadCount(age_group=g, count=c) for g, c in wanted.items())


def create_session(session: Session, data: GuidanceSessionInput, today: date | None = None) -> GuidanceSession:
    require(session, Permission.EDIT_RECORDS)
    d, problems = validate_session(session, data, today)
    if problems:
        raise ValidationError(problems)
    require_naming_consent(session, d)
    record = GuidanceSession()
    _apply(record, d)
    session.add(record)
    session.flush()
    return record


def get_session(session: Session, session_id: int) -> GuidanceSession:
    return fetch(session, GuidanceSession, session_id, SESSION_NOT_FOUND)


def session_input(session: Session, session_id: int) -> tuple[GuidanceSessionInput, dict[int, str]]:
    """A session's stored values as the form edits them, and its attendees' «Surname Given name — IIN» by id."""
    record = get_session(session, session_id)
    data = GuidanceSessionInput(
        held_on=record.held_on, place_kk=record.place_kk, place_ru=record.place_ru, topic_kk=record.topic_kk,
        topic_ru=record.topic_ru, stage=record.stage, organiser_id=record.organiser_id, kind=record.kind, hours=record.hours,
        instructor_kind=record.instructor_kind, instructor_name=record.instructor_name,
        instructor_position=record.instructor_position, instructor_organisation_id=record.instructor_organisation_id,
        attendees=tuple(a.person_id for a in record.attendees),
        head_counts=tuple(HeadCount(h.age_group, h.count) for h in sorted(record.head_counts, key=lambda h: h.id)),
    )
    return data, {a.person_id: f"{a.person.full_name} — {a.person.iin}" for a in record.attendees}


def update_session(session: Session, session_id: int, data: GuidanceSessionInput, today: date | None = None) -> GuidanceSession:
    require(session, Permission.EDIT_RECORDS)
    record = get_session(session, session_id)
    d, problems = validate_session(session, data, today)
    if problems:
        raise ValidationError(problems)
    require_naming_consent(session, d, record)
    _apply(record, d)
    session.flush()
    return record


def delete_session(session: Session, session_id: int) -> None:
    require(session, Permission.EDIT_RECORDS)
    session.delete(get_session(session, session_id))
    session.flush()


def list_sessions(session: Session, stage: GuidanceStage | None = None, kind: SessionKind | None = None) -> list[GuidanceSession]:
    """Sessions (of one stage, of one kind, or all), the latest first, with organiser, attendees and head counts loaded."""
    statement = select(GuidanceSession).options(
        selectinload(GuidanceSession.organiser), selectinload(GuidanceSession.instructor_organisation),
        selectinload(GuidanceSession.attendees), selectinload(GuidanceSession.head_counts),
    ).order_by(GuidanceSession.held_on.desc(), GuidanceSession.id)
    if stage is not None:
        statement = statement.where(GuidanceSession.stage == stage)
    if kind is not None:
        statement = statement.where(GuidanceSession.kind == kind)
    return list(session.scalars(statement))


def attendance_total(record: GuidanceSession) -> int:
    """How many attended: the learners named, plus the children counted."""
    return len(record.attendees) + sum(h.count for h in record.head_counts)


def sessions_attended(session: Session, person_id: int) -> list[GuidanceSession]:
    """The sessions a learner is recorded by name as having attended, the earliest first (for their journey)."""
    statement = (
        select(GuidanceSession).join(SessionAttendance, SessionAttendance.session_id == GuidanceSession.id)
        .where(SessionAttendance.person_id == person_id).options(selectinload(GuidanceSession.organiser))
        .order_by(GuidanceSession.held_on, GuidanceSession.id)
    )
    return list(session.scalars(statement))
