"""How long personal data is kept, and whose records are past it.

Law No. 94-V keeps personal data no longer than its purposes need.  The
college keeps each kind of record for a number of years after the event that
ends its purpose (the defaults below, each with its reason; administrators
change them in Settings → Keeping periods):

* learners who left the cluster — 5 years after the end of their studies
  (:func:`consent_rules.studies_end`): the college's standard consent runs to the
  end of studies plus 5 years, long enough for the 6- and 12-month follow-ups and
  the five-year outcome tables; the paper personal file stays in the archive
  under the archive's own rules;
* applicants never admitted — 1 year after the decision (or the application):
  an appeal or the next year's intake may need the application, nothing later;
* attendance at guidance sessions by name — 3 years after the session: the
  cluster's reports compare at most three academic years;
* personal-data incidents — 5 years after they were found: the authorised body
  may ask about an incident for that long (nothing in an incident is anonymised:
  the list tells whoever keeps the incident log how many are past their period,
  and the college decides what to do with them).

A person is past their keeping period when at least one of the first three
applies to them and every one that applies has run out; a person still
enrolled in a group is never past it.  :func:`past_period_page` lists them one
page at a time in SQL (``NOT EXISTS`` on the indexed person ids), so the list
costs the same at 100 000 learners as the learner list does.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, ScalarSelect, Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from ..dates import add_years
from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import (
    Application,
    ApplicationStatus,
    Enrolment,
    EnrolmentStatus,
    GuidanceSession,
    Incident,
    Person,
    SessionAttendance,
    StageRecord,
)
from ..permissions import Permission, allowed, current_actor, require
from ..settings_store import get_setting, set_setting
from .consent_rules import EDUCATION_STAGES

SETTING_KEY = "retention_periods"
MIN_YEARS, MAX_YEARS = 1, 75
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "{label}: enter a whole number of years from {low} to {high}.")


class RecordKind(str, enum.Enum):
    LEARNERS = "learners"  # years after the end of studies
    APPLICANTS = "applicants"  # years after the decision on an application never admitted
    ATTENDANCE = "attendance"  # years after a guidance session attended by name
    INCIDENTS = "incidents"  # years after a personal-data incident was found


KIND_LABELS = {
    RecordKind.LEARNERS: QT_TRANSLATE_NOOP("Errors", "Learners who left the cluster (years after the end of studies)"),
    RecordKind.APPLICANTS: QT_TRANSLATE_NOOP("Errors", "Applicants never admitted (years after the decision)"),
    RecordKind.ATTENDANCE: QT_TRANSLATE_NOOP("Errors", "Attendance at guidance sessions by name (years after the session)"),
    RecordKind.INCIDENTS: QT_TRANSLATE_NOOP("Errors", "Personal-data incidents (years after they were found)"),
}
# Why each row of a person is in the list (short words for the list's column).
REASON_WORDS = {
    RecordKind.LEARNERS: QT_TRANSLATE_NOOP("Errors", "left the cluster"),
    RecordKind.APPLICANTS: QT_TRANSLATE_NOOP("Errors", "applicant not admitted"),
    RecordKind.ATTENDANCE: QT_TRANSLATE_NOOP("Errors", "guidance sessions"),
}


@dataclass(frozen=True)
class KeepingPeriods:
    """Years each kind of record is kept after the event that ends its purpose (see the module's reasons)."""

    learners: int = 5
    applicants: int = 1
    attendance: int = 3
    incidents: int = 5

    def years(self, kind: RecordKind) -> int:
        return int(getattr(self, kind.value))


DEFAULT_PERIODS = KeepingPeriods()


def keeping_periods(session: Session) -> KeepingPeriods:
    """The periods in force: the saved ones, the defaults for any missing or unreadable."""
    saved = get_setting(session, SETTING_KEY, {})
    values: dict[str, int] = {}
    for kind in RecordKind:
        value = saved.get(kind.value) if isinstance(saved, dict) else None
        if isinstance(value, int) and not isinstance(value, bool) and MIN_YEARS <= value <= MAX_YEARS:
            values[kind.value] = value
    return KeepingPeriods(**values)


def validate_periods(values: dict[RecordKind, object]) -> KeepingPeriods:
    """The periods as typed, or :class:`ValidationError` naming each that is not a whole number of years in range."""
    problems: list[Problem] = []
    years: dict[str, int] = {}
    for kind in RecordKind:
        value = values.get(kind, DEFAULT_PERIODS.years(kind))
        number = value if isinstance(value, int) and not isinstance(value, bool) else _whole(value)
        if number is None or not MIN_YEARS <= number <= MAX_YEARS:
            problems.append(Problem(kind.value, OUT_OF_RANGE, {"label": KIND_LABELS[kind], "low": MIN_YEARS, "high": MAX_YEARS}))
        else:
            years[kind.value] = number
    if problems:
        raise ValidationError(problems)
    return KeepingPeriods(**years)


def _whole(value: object) -> int | None:
    text = str(value).strip() if isinstance(value, str) else ""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 3 else None


def save_keeping_periods(session: Session, periods: KeepingPeriods) -> KeepingPeriods:
    from .. import audit

    require(session, Permission.EDIT_SETTINGS)
    checked = validate_periods({kind: getattr(periods, kind.value) for kind in RecordKind})  # as typed: checked first
    set_setting(session, SETTING_KEY, {kind.value: checked.years(kind) for kind in RecordKind})
    audit.record(session, audit.SETTINGS, "setting", SETTING_KEY, {kind.value: checked.years(kind) for kind in RecordKind})
    return checked


# -- who is past the period ----------------------------------------------------


class PastRow(NamedTuple):
    id: int
    surname: str
    given_name: str
    patronymic: str | None
    birth_date: date
    studies_ended: date | None  # the last education stage's end (None: no education stage)
    applied_last: date | None  # the last decision (or application) not followed by enrolment
    attended_last: date | None  # the last guidance session attended by name
    kept_until: date  # the last day of keeping: the latest end among the kinds that apply

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)

    @property
    def reasons(self) -> tuple[RecordKind, ...]:
        found = (
            (RecordKind.LEARNERS, self.studies_ended),
            (RecordKind.APPLICANTS, self.applied_last),
            (RecordKind.ATTENDANCE, self.attended_last),
        )
        return tuple(kind for kind, day in found if day is not None)


def _cutoff(periods: KeepingPeriods, kind: RecordKind, today: date) -> date:
    """An event on or after this day is still within its period on ``today`` (kept until event + years, inclusive)."""
    return add_years(today, -periods.years(kind))


def _education(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    return exists().where(StageRecord.person_id == Person.id, StageRecord.stage.in_(EDUCATION_STAGES), *conditions)


def _application(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    # An application that led to enrolment is the education rule's; the others are the applicants'.
    return exists().where(Application.person_id == Person.id, Application.status != ApplicationStatus.ENROLLED, *conditions)


def _attendance(*conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    return exists().where(SessionAttendance.person_id == Person.id, GuidanceSession.id == SessionAttendance.session_id, *conditions)


def past_period_condition(periods: KeepingPeriods, today: date) -> ColumnElement[bool]:
    """True for a person (not anonymised) whose every applicable keeping period ran out before ``today``."""
    decided = func.coalesce(Application.decided_on, Application.applied_on)
    return and_(
        Person.anonymised_on.is_(None),
        or_(_education(), _application(), _attendance()),
        ~_education(or_(StageRecord.ended_on.is_(None), StageRecord.ended_on >= _cutoff(periods, RecordKind.LEARNERS, today))),
        ~_application(decided >= _cutoff(periods, RecordKind.APPLICANTS, today)),
        ~_attendance(GuidanceSession.held_on >= _cutoff(periods, RecordKind.ATTENDANCE, today)),
        ~exists().where(Enrolment.person_id == Person.id, Enrolment.status == EnrolmentStatus.ENROLLED),
    )


def _events() -> tuple[ScalarSelect[Any], ScalarSelect[Any], ScalarSelect[Any]]:
    studies = (
        select(func.max(StageRecord.ended_on))
        .where(StageRecord.person_id == Person.id, StageRecord.stage.in_(EDUCATION_STAGES))
        .scalar_subquery()
    )
    applied = (
        select(func.max(func.coalesce(Application.decided_on, Application.applied_on)))
        .where(Application.person_id == Person.id, Application.status != ApplicationStatus.ENROLLED)
        .scalar_subquery()
    )
    attended = (
        select(func.max(GuidanceSession.held_on))
        .join(SessionAttendance, SessionAttendance.session_id == GuidanceSession.id)
        .where(SessionAttendance.person_id == Person.id)
        .scalar_subquery()
    )
    return studies, applied, attended


def kept_until(periods: KeepingPeriods, studies_ended: date | None, applied_last: date | None, attended_last: date | None) -> date | None:
    """The last day a person's records are kept: the latest end among the kinds that apply (None: none applies)."""
    ends = [
        add_years(day, periods.years(kind))
        for kind, day in (
            (RecordKind.LEARNERS, studies_ended),
            (RecordKind.APPLICANTS, applied_last),
            (RecordKind.ATTENDANCE, attended_last),
        )
        if day is not None
    ]
    return max(ends) if ends else None


def _past_select(session: Session, today: date) -> tuple[KeepingPeriods, Select[Any]]:
    periods = keeping_periods(session)
    return periods, select(Person.id).where(past_period_condition(periods, today))


def count_past_period(session: Session, today: date) -> int:
    require(session, Permission.READ_PERSONAL_DATA)
    _periods, ids = _past_select(session, today)
    return session.scalar(select(func.count()).select_from(ids.subquery())) or 0


def past_period_page(session: Session, today: date, offset: int = 0, limit: int = 200) -> list[PastRow]:
    """One page of the people past their keeping period on ``today``, by name."""
    require(session, Permission.READ_PERSONAL_DATA)
    periods = keeping_periods(session)
    studies, applied, attended = _events()
    statement = (
        select(Person.id, Person.surname, Person.given_name, Person.patronymic, Person.birth_date, studies, applied, attended)
        .where(past_period_condition(periods, today))
        .order_by(Person.sort_key, Person.id)
        .offset(offset)
        .limit(limit)
    )
    rows = []
    for person_id, surname, given_name, patronymic, birth_date, ended, decided, held in session.execute(statement):
        until = kept_until(periods, ended, decided, held)
        assert until is not None  # the condition requires one kind to apply
        rows.append(PastRow(person_id, surname, given_name, patronymic, birth_date, ended, decided, held, until))
    return rows


def past_period_ids(session: Session, today: date) -> list[int]:
    """Every person past the keeping period on ``today``, by id."""
    require(session, Permission.READ_PERSONAL_DATA)
    _periods, ids = _past_select(session, today)
    return list(session.scalars(ids.order_by(Person.id)))


def is_past_period(session: Session, person_ids: list[int], today: date) -> set[int]:
    """Those of ``person_ids`` that are past their keeping period on ``today``."""
    periods = keeping_periods(session)
    found: set[int] = set()
    for start in range(0, len(person_ids), 500):
        chunk = person_ids[start : start + 500]
        found.update(session.scalars(select(Person.id).where(Person.id.in_(chunk), past_period_condition(periods, today))))
    return found


def person_kept_until(session: Session, person_id: int) -> date | None:
    """The last day one person's records are kept (None: no kind of record applies, e.g. still studying)."""
    periods = keeping_periods(session)
    studies, applied, attended = _events()
    row = session.execute(select(studies, applied, attended).where(Person.id == person_id)).one_or_none()
    if row is None:
        return None
    return kept_until(periods, *row)


def incidents_past_period(session: Session, today: date) -> list[tuple[int, date]] | None:
    """The incidents (id, found on) whose keeping period ran out before ``today`` and whose notification is recorded.

    None for a user who does not keep the incident log: the list of people past their period
    mentions the incidents only to those who may act on them (in the Incidents page).
    """
    if not allowed(session, current_actor(session), Permission.MANAGE_INCIDENTS):
        return None
    cutoff = _cutoff(keeping_periods(session), RecordKind.INCIDENTS, today)
    rows = session.execute(
        select(Incident.id, Incident.found_on)
        .where(Incident.found_on < cutoff, Incident.notified_on.is_not(None))
        .order_by(Incident.found_on, Incident.id)
    )
    return [(incident_id, found_on) for incident_id, found_on in rows]
