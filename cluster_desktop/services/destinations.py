"""Graduates' destinations on any day, and at the census dates 6 and 12 months after graduation.

Each destination has one record, and one only:

- a job (:class:`~cluster_desktop.models.Employment`) is an «employed» destination, in force from
  its start to its end date — or to the day before a follow-up found the graduate no longer employed
  there.  It is *in the specialty* when the job is marked so: whoever records the job ticks it when the
  position is one the graduate's qualification prepares for.  Jobs recorded before destinations
  existed are not marked, so they count as outside the specialty until someone marks them;
- every other destination (further study, military service, maternity or childcare leave,
  self-employment, not employed) is a :class:`~cluster_desktop.models.Destination` row.

The destination on a day is the record in force that day (started by then and not ended before it);
of several, the one that started last (a job first when they started together).  None in force:
*unknown*.

Which destinations count as employed for the rate is a setting (:func:`employment_definition`);
the default is the state method: employed (in or outside the specialty) and self-employed count,
further study, military service and childcare leave are taken out of the graduates.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .. import audit
from ..dates import numeric_date
from ..errors import QT_TRANSLATE_NOOP, Problem, UserError, ValidationError
from ..models import Destination, DestinationKind, Employment, EvidenceKind, Organisation, OrganisationKind, Person
from ..permissions import Permission, require
from ..settings_store import get_setting, set_setting
from . import fields
from .employment import graduation_day
from .outcomes import Rate
from .records import fetch

K = DestinationKind
EMPLOYED = (K.EMPLOYED_IN_SPECIALTY, K.EMPLOYED_OUTSIDE)
RECORDED_KINDS = (K.FURTHER_STUDY, K.MILITARY, K.CHILDCARE, K.SELF_EMPLOYED, K.NOT_EMPLOYED)  # kept as Destination rows
STUDY_PLACES = (OrganisationKind.UNIVERSITY, OrganisationKind.COLLEGE)
CENSUS_MONTHS = (6, 12)

L_KIND = QT_TRANSLATE_NOOP("Errors", "Destination")
L_START = QT_TRANSLATE_NOOP("Errors", "Start of the destination")
L_END = QT_TRANSLATE_NOOP("Errors", "End of the destination")
L_STUDY_PLACE = QT_TRANSLATE_NOOP("Errors", "University or college")
L_EVIDENCE_KIND = QT_TRANSLATE_NOOP("Errors", "Kind of evidence")
L_EVIDENCE_NUMBER = QT_TRANSLATE_NOOP("Errors", "Document number")
L_EVIDENCE_DATE = QT_TRANSLATE_NOOP("Errors", "Date of the evidence")
L_NOTE = QT_TRANSLATE_NOOP("Errors", "Note")

DESTINATION_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The destination record no longer exists (perhaps someone deleted it).")
JOB_IS_A_JOB = QT_TRANSLATE_NOOP("Errors", "A job is recorded as a job, with its employer: choose another destination here.")
DESTINATION_BEFORE_GRADUATION = QT_TRANSLATE_NOOP("Errors", "The destination starts ({start}) before {name} graduates ({graduation}).")
NOT_A_GRADUATE = QT_TRANSLATE_NOOP(
    "Errors", "{name} has no college enrolment that was completed or is under way: only graduates have destinations."
)
STUDY_PLACE_NEEDED = QT_TRANSLATE_NOOP("Errors", "Further study needs the university or college: choose it from the list.")
NOT_A_STUDY_PLACE = QT_TRANSLATE_NOOP("Errors", "«{name}» is not a university or college: further study is at one of them.")
NUMBER_NEEDED = QT_TRANSLATE_NOOP("Errors", "Document number is required: only a phone call has none.")
BAD_DEFINITION = QT_TRANSLATE_NOOP(
    "Errors",
    "A destination either counts as employed or is taken out of the graduates, not both; «unknown» and «not employed» can be neither.",
)

DEFINITION_KEY = "outcomes.employment_definition"

# How a screen or an export names each destination and each kind of evidence.
KIND_LABELS: dict[DestinationKind, str] = {
    K.EMPLOYED_IN_SPECIALTY: QT_TRANSLATE_NOOP("Errors", "Employed in the specialty"),
    K.EMPLOYED_OUTSIDE: QT_TRANSLATE_NOOP("Errors", "Employed outside the specialty"),
    K.FURTHER_STUDY: QT_TRANSLATE_NOOP("Errors", "Further study"),
    K.MILITARY: QT_TRANSLATE_NOOP("Errors", "Military service"),
    K.CHILDCARE: QT_TRANSLATE_NOOP("Errors", "Maternity or childcare leave"),
    K.SELF_EMPLOYED: QT_TRANSLATE_NOOP("Errors", "Self-employed"),
    K.NOT_EMPLOYED: QT_TRANSLATE_NOOP("Errors", "Not employed"),
    K.UNKNOWN: QT_TRANSLATE_NOOP("Errors", "Unknown"),
}
EVIDENCE_LABELS: dict[EvidenceKind, str] = {
    EvidenceKind.EMPLOYMENT_ORDER: QT_TRANSLATE_NOOP("Errors", "Employment order"),
    EvidenceKind.CONTRACT: QT_TRANSLATE_NOOP("Errors", "Employment contract"),
    EvidenceKind.EMPLOYER_LETTER: QT_TRANSLATE_NOOP("Errors", "Employer's letter"),
    EvidenceKind.PENSION_STATEMENT: QT_TRANSLATE_NOOP("Errors", "Pension-contribution statement"),
    EvidenceKind.ENROLMENT_LETTER: QT_TRANSLATE_NOOP("Errors", "University enrolment letter"),
    EvidenceKind.PHONE_CALL: QT_TRANSLATE_NOOP("Errors", "Phone call"),
}


# -- the definition of «employed» -------------------------------------------------------------------
@dataclass(frozen=True)
class EmploymentDefinition:
    counted: frozenset[DestinationKind]  # the numerator
    excluded: frozenset[DestinationKind]  # taken out of the denominator

    @property
    def is_state_method(self) -> bool:
        return self == STATE_METHOD


STATE_METHOD = EmploymentDefinition(
    counted=frozenset((K.EMPLOYED_IN_SPECIALTY, K.EMPLOYED_OUTSIDE, K.SELF_EMPLOYED)),
    excluded=frozenset((K.FURTHER_STUDY, K.MILITARY, K.CHILDCARE)),
)


def _check_definition(definition: EmploymentDefinition) -> None:
    never = {K.UNKNOWN, K.NOT_EMPLOYED}
    if definition.counted & definition.excluded or never & (definition.counted | definition.excluded) or not definition.counted:
        raise UserError(BAD_DEFINITION)


def employment_definition(session: Session) -> EmploymentDefinition:
    """The definition the college set, else the state method (also when the stored value cannot be read)."""
    stored = get_setting(session, DEFINITION_KEY)
    try:
        definition = EmploymentDefinition(frozenset(K(v) for v in stored["counted"]), frozenset(K(v) for v in stored["excluded"]))
        _check_definition(definition)
    except (TypeError, KeyError, ValueError, UserError):
        return STATE_METHOD
    return definition


def save_employment_definition(session: Session, definition: EmploymentDefinition) -> None:
    require(session, Permission.EDIT_SETTINGS)
    _check_definition(definition)
    set_setting(
        session,
        DEFINITION_KEY,
        {
            "counted": sorted(k.value for k in definition.counted),
            "excluded": sorted(k.value for k in definition.excluded),
        },
    )
    audit.record(session, audit.SETTINGS, "setting", DEFINITION_KEY)


# -- recording -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DestinationInput:
    person_id: int
    kind: DestinationKind
    starts_on: date
    evidence_kind: EvidenceKind
    evidence_date: date
    evidence_number: str | None = None
    ends_on: date | None = None
    organisation_id: int | None = None  # the university or college of further study
    note: str | None = None


def validate_destination(session: Session, data: DestinationInput, today: date) -> tuple[DestinationInput, list[Problem]]:
    """The input cleaned, and what is wrong with it (each problem names its field)."""
    d = DestinationInput(
        person_id=data.person_id,
        kind=K(data.kind),
        starts_on=data.starts_on,
        evidence_kind=EvidenceKind(data.evidence_kind),
        evidence_date=data.evidence_date,
        evidence_number=fields.clean(data.evidence_number),
        ends_on=data.ends_on,
        organisation_id=data.organisation_id if K(data.kind) is K.FURTHER_STUDY else None,
        note=(data.note or "").strip() or None,
    )
    problems: list[Problem] = []
    if d.kind not in RECORDED_KINDS:
        problems.append(Problem("kind", JOB_IS_A_JOB))
    fields.check_past_date(problems, "starts_on", L_START, d.starts_on, today, required=True)
    fields.check_past_date(problems, "ends_on", L_END, d.ends_on, today)
    fields.check_date_order(problems, "ends_on", L_START, d.starts_on, L_END, d.ends_on)
    fields.check_past_date(problems, "evidence_date", L_EVIDENCE_DATE, d.evidence_date, today, required=True)
    fields.check_text(problems, "evidence_number", L_EVIDENCE_NUMBER, d.evidence_number, 60)
    if not d.evidence_number and d.evidence_kind is not EvidenceKind.PHONE_CALL:
        problems.append(Problem("evidence_number", NUMBER_NEEDED))
    fields.check_text(problems, "note", L_NOTE, d.note, 2000, printed=False)
    if d.kind is K.FURTHER_STUDY:
        place = session.get(Organisation, d.organisation_id) if d.organisation_id is not None else None
        if place is None:
            problems.append(Problem("organisation_id", STUDY_PLACE_NEEDED))
        elif place.kind not in STUDY_PLACES:
            problems.append(Problem("organisation_id", NOT_A_STUDY_PLACE, {"name": place.name("ru")}))
    person = session.get(Person, d.person_id) if d.person_id else None
    if person is None:
        from .placements import LEARNER_MISSING

        problems.append(Problem("person_id", LEARNER_MISSING))
        return d, problems
    graduation = graduation_day(session, person.id)
    if graduation is None:
        problems.append(Problem("person_id", NOT_A_GRADUATE, {"name": person.full_name}))
    elif d.starts_on is not None and d.starts_on < graduation:
        problems.append(
            Problem(
                "starts_on",
                DESTINATION_BEFORE_GRADUATION,
                {
                    "start": numeric_date(d.starts_on),
                    "name": person.full_name,
                    "graduation": numeric_date(graduation),
                },
            )
        )
    return d, problems


def _apply(row: Destination, d: DestinationInput) -> None:
    for name in DestinationInput.__dataclass_fields__:
        setattr(row, name, getattr(d, name))


def record_destination(session: Session, data: DestinationInput, today: date) -> Destination:
    """Save a new destination (recorded by the logged-in account), or refuse it whole."""
    actor = require(session, Permission.EDIT_RECORDS)
    d, problems = validate_destination(session, data, today)
    if problems:
        raise ValidationError(problems)
    row = Destination(recorded_by=actor.username)
    _apply(row, d)
    session.add(row)
    session.flush()
    return row


def update_destination(session: Session, destination_id: int, data: DestinationInput, today: date) -> Destination:
    actor = require(session, Permission.EDIT_RECORDS)
    row = fetch(session, Destination, destination_id, DESTINATION_NOT_FOUND)
    d, problems = validate_destination(session, data, today)
    if problems:
        raise ValidationError(problems)
    _apply(row, d)
    row.recorded_by = actor.username
    session.flush()
    return row


def delete_destination(session: Session, destination_id: int) -> None:
    require(session, Permission.EDIT_RECORDS)
    session.delete(fetch(session, Destination, destination_id, DESTINATION_NOT_FOUND))
    session.flush()


# -- reading ----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Span:
    """One record as a destination: what, from when to when, where, and the evidence behind it."""

    kind: DestinationKind
    starts_on: date
    ends_on: date | None
    place: str  # employer, university… («» when none)
    evidence_kind: EvidenceKind | None
    evidence_number: str | None
    evidence_date: date | None
    recorded_by: str | None
    is_job: bool
    record_id: int

    def in_force(self, day: date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)


def _job_end(job: Employment) -> date | None:
    """The job's end date, else the day before a follow-up found the graduate gone."""
    if job.ends_on is not None:
        return job.ends_on
    left = [f.checked_on for f in job.follow_ups if not f.still_employed]
    return min(left) - timedelta(days=1) if left else None


def spans_of(session: Session, person_ids: Iterable[int] | None, language: str) -> dict[int, list[Span]]:
    """Every destination record of the graduates (all when ``person_ids`` is None), by person."""
    ids = None if person_ids is None else list(person_ids)
    jobs = select(Employment).options(selectinload(Employment.employer), selectinload(Employment.follow_ups))
    rows = select(Destination).options(selectinload(Destination.organisation))
    if ids is not None:
        jobs = jobs.where(Employment.person_id.in_(ids))
        rows = rows.where(Destination.person_id.in_(ids))
    spans: dict[int, list[Span]] = defaultdict(list)
    for job in session.scalars(jobs):
        spans[job.person_id].append(
            Span(
                K.EMPLOYED_IN_SPECIALTY if job.in_specialty else K.EMPLOYED_OUTSIDE,
                job.starts_on,
                _job_end(job),
                job.employer.name(language),
                job.evidence_kind,
                job.evidence_number,
                job.evidence_date,
                job.recorded_by,
                True,
                job.id,
            )
        )
    for row in session.scalars(rows):
        spans[row.person_id].append(
            Span(
                row.kind,
                row.starts_on,
                row.ends_on,
                row.organisation.name(language) if row.organisation else "",
                row.evidence_kind,
                row.evidence_number,
                row.evidence_date,
                row.recorded_by,
                False,
                row.id,
            )
        )
    return spans


def destination_on(spans: Iterable[Span], day: date) -> Span | None:
    """The record in force on ``day``: of several, the one started last (a job first on the same day); None: unknown."""
    in_force = [s for s in spans if s.in_force(day)]
    return max(in_force, key=lambda s: (s.starts_on, s.is_job, s.record_id)) if in_force else None


def destination_on_day(session: Session, person_id: int, day: date, language: str) -> Span | None:
    require(session, Permission.READ_PERSONAL_DATA)
    return destination_on(spans_of(session, [person_id], language).get(person_id, []), day)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has fewer days)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def census_day(graduated_on: date, months: int) -> date:
    return add_months(graduated_on, months)


@dataclass(frozen=True)
class Census:
    """A graduate's destination on one census date; ``due`` False while the date is still to come."""

    day: date
    due: bool
    span: Span | None

    @property
    def kind(self) -> DestinationKind | None:
        """None while not due; UNKNOWN when due and nothing is in force."""
        if not self.due:
            return None
        return self.span.kind if self.span is not None else K.UNKNOWN


def census(spans: Iterable[Span], graduated_on: date, months: int, today: date) -> Census:
    day = census_day(graduated_on, months)
    due = day <= today
    return Census(day, due, destination_on(spans, day) if due else None)


def destination_rate(kinds: Iterable[DestinationKind | None], definition: EmploymentDefinition) -> Rate:
    """Employed ÷ graduates as ``definition`` says; a census not yet due (None) is left out."""
    due = [k for k in kinds if k is not None]
    total = [k for k in due if k not in definition.excluded]
    return Rate(sum(1 for k in total if k in definition.counted), len(total))


@dataclass(frozen=True)
class DestinationForm:
    """What the destination dialog shows, as plain data."""

    graduate: str  # «Surname Given name»
    graduated_on: date | None
    study_places: list[tuple[int, str]]  # universities and colleges


def destination_form(session: Session, person_id: int, language: str) -> DestinationForm:
    from .learners import get_learner
    from .organisations import organisation_choices

    require(session, Permission.READ_PERSONAL_DATA)
    person = get_learner(session, person_id)
    return DestinationForm(person.full_name, graduation_day(session, person.id), organisation_choices(session, language, STUDY_PLACES))


@dataclass(frozen=True)
class DestinationView:
    """A recorded destination (not a job) as plain values for the GUI thread."""

    id: int
    kind: DestinationKind
    starts_on: date
    ends_on: date | None
    place: str
    evidence_kind: EvidenceKind
    evidence_number: str | None
    evidence_date: date
    recorded_by: str


def destinations_of(session: Session, person_id: int, language: str) -> list[DestinationView]:
    """The graduate's destinations other than jobs, the latest start first."""
    require(session, Permission.READ_PERSONAL_DATA)
    rows = session.scalars(
        select(Destination)
        .options(selectinload(Destination.organisation))
        .where(Destination.person_id == person_id)
        .order_by(Destination.starts_on.desc(), Destination.id.desc())
    )
    return [
        DestinationView(
            r.id,
            r.kind,
            r.starts_on,
            r.ends_on,
            r.organisation.name(language) if r.organisation else "",
            r.evidence_kind,
            r.evidence_number,
            r.evidence_date,
            r.recorded_by,
        )
        for r in rows
    ]
