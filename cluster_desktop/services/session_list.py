"""Career-guidance sessions as the Sessions page lists them: filter and sort in SQL, one page at a time.

Each row carries its attendance: the learners named and the children counted
by age group (a session has one or the other), summed by correlated
subqueries so that sorting by attendance stays in the database.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, extract, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from ..languages import in_language, shown_in
from ..models import (
    GuidanceSession,
    GuidanceStage,
    Organisation,
    Person,
    SessionAttendance,
    SessionHeadCount,
)
from ..models.outcomes import InstructorKind, SessionKind
from ..permissions import Permission, require
from .guidance_sessions import get_session
from .search import contains_word


class SessionSort(str, enum.Enum):
    DATE = "date"
    STAGE = "stage"
    KIND = "kind"
    HOURS = "hours"
    TOPIC = "topic"
    PLACE = "place"
    ORGANISER = "organiser"
    ATTENDANCE = "attendance"


@dataclass(frozen=True)
class SessionFilter:
    text: str = ""  # words of the topic, the place, the organiser's names or the instructor's name
    stage: GuidanceStage | None = None
    kind: SessionKind | None = None
    year: int | None = None
    language: str = "kk"  # which organiser name is shown and sorted by


class SessionRow(NamedTuple):
    id: int
    held_on: date
    stage: GuidanceStage
    topic_kk: str | None
    topic_ru: str | None
    place_kk: str | None
    place_ru: str | None
    organiser_kk: str | None
    organiser_ru: str | None
    named: int  # learners recorded by name
    counted: int  # children counted by age group
    kind: SessionKind = SessionKind.TALK
    hours: int | None = None
    instructor_kind: InstructorKind | None = None
    instructor_name: str | None = None
    instructor_position: str | None = None
    instructor_organisation_kk: str | None = None
    instructor_organisation_ru: str | None = None

    def topic(self, language: str) -> tuple[str, str]:
        """The topic a screen in ``language`` shows, and the language it is in."""
        return shown_in(self, "topic", language)

    def place(self, language: str) -> tuple[str, str]:
        return shown_in(self, "place", language)

    def organiser(self, language: str) -> str:
        return in_language(language, self.organiser_kk, self.organiser_ru) or ""

    def instructor(self, language: str) -> str:
        """«Name, position» of the college's staff, «Name (enterprise)» of a specialist, '' when none is named."""
        name = self.instructor_name or ""
        if self.instructor_kind is InstructorKind.STAFF and self.instructor_position:
            return f"{name}, {self.instructor_position}"
        organisation = in_language(language, self.instructor_organisation_kk, self.instructor_organisation_ru) or (
            self.instructor_organisation_ru or self.instructor_organisation_kk
        )
        return f"{name} ({organisation})" if self.instructor_kind is InstructorKind.SPECIALIST and organisation else name

    @property
    def total(self) -> int:
        return self.named + self.counted


_organiser = aliased(Organisation)
_instructor_organisation = aliased(Organisation)


def _named() -> ColumnElement[int]:
    return (
        select(func.count()).select_from(SessionAttendance).where(SessionAttendance.session_id == GuidanceSession.id)
        .correlate(GuidanceSession).scalar_subquery()
    )


def _counted() -> ColumnElement[int]:
    return (
        select(func.coalesce(func.sum(SessionHeadCount.count), 0)).where(SessionHeadCount.session_id == GuidanceSession.id)
        .correlate(GuidanceSession).scalar_subquery()
    )


def _select(flt: SessionFilter, *columns: ColumnElement[Any] | InstrumentedAttribute[Any]) -> Select[*tuple[Any, ...]]:
    statement = (
        select(*columns).select_from(GuidanceSession).outerjoin(_organiser, _organiser.id == GuidanceSession.organiser_id)
        .outerjoin(_instructor_organisation, _instructor_organisation.id == GuidanceSession.instructor_organisation_id)
    )
    if flt.stage is not None:
        statement = statement.where(GuidanceSession.stage == flt.stage)
    if flt.kind is not None:
        statement = statement.where(GuidanceSession.kind == flt.kind)
    if flt.year is not None:
        statement = statement.where(GuidanceSession.held_on.between(date(flt.year, 1, 1), date(flt.year, 12, 31)))
    for word in flt.text.split():
        statement = statement.where(
            contains_word(
                (GuidanceSession.topic_kk, GuidanceSession.topic_ru, GuidanceSession.place_kk, GuidanceSession.place_ru,
                 _organiser.name_kk, _organiser.name_ru, GuidanceSession.instructor_name),
                word,
            )
        )
    return statement


def _shown(language: str, kazakh: InstrumentedAttribute[Any], russian: InstrumentedAttribute[Any]) -> ColumnElement[Any]:
    """The text the list shows in ``language`` (its own, else the other), to sort by."""
    own, other = in_language(language, (kazakh, russian), (russian, kazakh))
    return func.coalesce(own, other, "")


def _order(flt: SessionFilter, sort: SessionSort) -> tuple[ColumnElement[Any] | InstrumentedAttribute[Any], ...]:
    latest = (GuidanceSession.held_on, GuidanceSession.id)
    organiser = in_language(flt.language, _organiser.name_kk, _organiser.name_ru)
    return {
        SessionSort.DATE: latest,
        SessionSort.STAGE: (GuidanceSession.stage, *latest),
        SessionSort.KIND: (GuidanceSession.kind, *latest),
        SessionSort.HOURS: (func.coalesce(GuidanceSession.hours, 0), *latest),
        SessionSort.TOPIC: (_shown(flt.language, GuidanceSession.topic_kk, GuidanceSession.topic_ru), *latest),
        SessionSort.PLACE: (_shown(flt.language, GuidanceSession.place_kk, GuidanceSession.place_ru), *latest),
        SessionSort.ORGANISER: (func.coalesce(organiser, ""), *latest),
        SessionSort.ATTENDANCE: (_named() + _counted(), *latest),
    }[sort]


def count_sessions(session: Session, flt: SessionFilter | None = None) -> int:
    return session.scalar(_select(flt or SessionFilter(), func.count())) or 0


def session_page(
    session: Session,
    flt: SessionFilter | None = None,
    sort: SessionSort = SessionSort.DATE,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
) -> list[SessionRow]:
    flt = flt or SessionFilter()
    order = [c.desc() if descending else c.asc() for c in _order(flt, sort)]
    statement = _select(
        flt, GuidanceSession.id, GuidanceSession.held_on, GuidanceSession.stage, GuidanceSession.topic_kk,
        GuidanceSession.topic_ru, GuidanceSession.place_kk, GuidanceSession.place_ru, _organiser.name_kk, _organiser.name_ru, _named(), _counted(),
        GuidanceSession.kind, GuidanceSession.hours, GuidanceSession.instructor_kind, GuidanceSession.instructor_name,
        GuidanceSession.instructor_position, _instructor_organisation.name_kk, _instructor_organisation.name_ru,
    ).order_by(*order).offset(offset).limit(limit)
    return [SessionRow(*values) for values in session.execute(statement)]


def session_years(session: Session) -> list[int]:
    """The years with sessions, the latest first (the page's year filter offers these)."""
    year = extract("year", GuidanceSession.held_on)
    return [int(y) for y in session.scalars(select(year).distinct().order_by(year.desc()))]


@dataclass(frozen=True)
class SessionAttendanceView:
    """Who came to one session: learners by name (in Kazakh order), or children counted by age group."""

    learners: list[tuple[int, str, str]]  # person id, full name, IIN
    head_counts: list[tuple[str, int]]

    @property
    def total(self) -> int:
        return len(self.learners) + sum(count for _group, count in self.head_counts)


def session_attendance(session: Session, session_id: int) -> SessionAttendanceView:
    require(session, Permission.READ_PERSONAL_DATA)
    get_session(session, session_id)  # says so plainly if someone has deleted it meanwhile
    people = session.scalars(
        select(Person).join(SessionAttendance, SessionAttendance.person_id == Person.id)
        .where(SessionAttendance.session_id == session_id).order_by(Person.sort_key, Person.id)
    )
    learners = [(p.id, p.full_name, p.iin) for p in people]
    counts = session.execute(
        select(SessionHeadCount.age_group, SessionHeadCount.count).where(SessionHeadCount.session_id == session_id)
        .order_by(SessionHeadCount.id)
    ).all()
    return SessionAttendanceView(learners, [(group, count) for group, count in counts])
