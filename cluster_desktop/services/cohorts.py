"""Cohorts followed through: the same people from a starting point to a job in their specialty.

A cohort starts at one of three points, written as a short definition:

- ``school:ID,grade:10,year:2024`` — the pupils of school ID in grade 10 in the academic year 2024/25
  (the grade as it moves with the year, see :mod:`cluster_desktop.school_grades`);
- ``preschool:2023`` — the children who took part in preschool career-guidance sessions or play groups
  in the academic year 2023/24, by name (children counted only by a head count cannot be followed);
- ``college:2023,specialty:07240100`` — the students who entered that specialty in the academic year 2023/24.

:func:`cohort_funnel` follows those people: cluster courses at school, a certificate for them, entry to the
an application to the college (``models.admissions``), entry to the college, graduation, and the
destination 6 and 12 months after graduation (``services.destinations``).  Every step keeps the ids of
the people behind it, so each number can be traced to names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import (
    Application,
    Certificate,
    CertificateStatus,
    DestinationKind,
    Enrolment,
    EnrolmentStatus,
    Group,
    GuidanceSession,
    GuidanceStage,
    Organisation,
    OrganisationKind,
    Person,
    Programme,
    ProgrammeKind,
    SessionAttendance,
    SessionHeadCount,
)
from ..permissions import Permission, require
from ..school_grades import FIRST_GRADE, LAST_GRADE, academic_year_end, academic_year_label, academic_year_start
from . import destinations as D
from .school_grades import pupils_in_grade

SCHOOL, PRESCHOOL, COLLEGE = "school", "preschool", "college"
KINDS = (SCHOOL, PRESCHOOL, COLLEGE)
FIELDS = {SCHOOL: ("school", "grade", "year"), PRESCHOOL: ("preschool",), COLLEGE: ("college", "specialty")}
YEARS = (2000, 2100)
SCHOOL_COURSES = (ProgrammeKind.PROFILE_COURSE, ProgrammeKind.PROFESSIONAL_COURSE)

EXAMPLES = "school:12,grade:10,year:2024 · preschool:2023 · college:2023,specialty:07240100"
MALFORMED = QT_TRANSLATE_NOOP(
    "Errors", "«{text}» is not a cohort. Write it as «field:value» pairs separated by commas, for example: {examples}."
)
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Errors", "The field «{field}» has no place in this cohort; it takes: {fields}.")
TWICE = QT_TRANSLATE_NOOP("Errors", "The field «{field}» is given twice.")
MISSING = QT_TRANSLATE_NOOP("Errors", "The field «{field}» is missing; this cohort takes: {fields}.")
NO_SCHOOL = QT_TRANSLATE_NOOP("Errors", "Field «school»: there is no school with the number «{value}».")
BAD_GRADE = QT_TRANSLATE_NOOP("Errors", "Field «grade»: a school grade is a whole number from 1 to 11, not «{value}».")
BAD_YEAR = QT_TRANSLATE_NOOP(
    "Errors", "Field «{field}»: write the year the academic year begins in, from {low} to {high} (2024 for 2024/25), not «{value}»."
)
NO_SPECIALTY = QT_TRANSLATE_NOOP("Errors", "Field «specialty»: no college specialty has the qualification code «{value}».")


@dataclass(frozen=True)
class CohortDefinition:
    kind: str  # school, preschool or college
    year: int  # the academic year the cohort starts in (its first calendar year)
    school_id: int | None = None
    grade: int | None = None
    specialty: str | None = None  # qualification code

    def __str__(self) -> str:
        if self.kind == SCHOOL:
            return f"school:{self.school_id},grade:{self.grade},year:{self.year}"
        if self.kind == PRESCHOOL:
            return f"preschool:{self.year}"
        return f"college:{self.year},specialty:{self.specialty}"


def _int(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None


def _year(field: str, text: str) -> int:
    year = _int(text)
    if year is None or not YEARS[0] <= year <= YEARS[1]:
        raise ValidationError([Problem(field, BAD_YEAR, {"field": field, "value": text, "low": YEARS[0], "high": YEARS[1]})])
    return year


def parse_definition(session: Session, text: str) -> CohortDefinition:
    """The cohort ``text`` names; ValidationError naming the field when it names nothing."""
    values: dict[str, str] = {}
    for part in text.split(","):
        name, colon, value = part.partition(":")
        name = name.strip().lower()
        if not colon or not name or not value.strip():
            raise ValidationError([Problem("definition", MALFORMED, {"text": text.strip(), "examples": EXAMPLES})])
        if name in values:
            raise ValidationError([Problem(name, TWICE, {"field": name})])
        values[name] = value.strip()
    kind = next((k for k in KINDS if k in values), None)
    if kind is None:
        raise ValidationError([Problem("definition", MALFORMED, {"text": text.strip(), "examples": EXAMPLES})])
    fields = FIELDS[kind]
    listed = ", ".join(fields)
    for name in values:
        if name not in fields:
            raise ValidationError([Problem(name, UNKNOWN_FIELD, {"field": name, "fields": listed})])
    for name in fields:
        if name not in values:
            raise ValidationError([Problem(name, MISSING, {"field": name, "fields": listed})])
    if kind == PRESCHOOL:
        return CohortDefinition(PRESCHOOL, _year("preschool", values["preschool"]))
    if kind == COLLEGE:
        year = _year("college", values["college"])
        code = values["specialty"]
        known = session.scalar(
            select(func.count())
            .select_from(Programme)
            .where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY, Programme.qualification_code == code)
        )
        if not known:
            raise ValidationError([Problem("specialty", NO_SPECIALTY, {"value": code})])
        return CohortDefinition(COLLEGE, year, specialty=code)
    school_id = _int(values["school"])
    school = session.get(Organisation, school_id) if school_id is not None else None
    if school is None or school.kind is not OrganisationKind.SCHOOL:
        raise ValidationError([Problem("school", NO_SCHOOL, {"value": values["school"]})])
    grade = _int(values["grade"])
    if grade is None or not FIRST_GRADE <= grade <= LAST_GRADE:
        raise ValidationError([Problem("grade", BAD_GRADE, {"value": values["grade"]})])
    return CohortDefinition(SCHOOL, _year("year", values["year"]), school_id=school.id, grade=grade)


# -- the funnel ---------------------------------------------------------------------------------------------
# Step keys in order; the words for each are the page's and the report's own.
START = "start"
COURSES = "courses"
CERTIFICATE = "certificate"
APPLIED = "applied"
ENTERED = "entered_college"
GRADUATED = "graduated"
EMPLOYED_6 = "employed_6"
SPECIALTY_6 = "specialty_6"
EMPLOYED_12 = "employed_12"
SPECIALTY_12 = "specialty_12"
STEPS = {
    SCHOOL: (START, COURSES, CERTIFICATE, APPLIED, ENTERED, GRADUATED, EMPLOYED_6, SPECIALTY_6, EMPLOYED_12, SPECIALTY_12),
    PRESCHOOL: (START, COURSES, CERTIFICATE, APPLIED, ENTERED, GRADUATED, EMPLOYED_6, SPECIALTY_6, EMPLOYED_12, SPECIALTY_12),
    COLLEGE: (START, GRADUATED, EMPLOYED_6, SPECIALTY_6, EMPLOYED_12, SPECIALTY_12),
}
CENSUS = {EMPLOYED_6: 6, SPECIALTY_6: 6, EMPLOYED_12: 12, SPECIALTY_12: 12}


@dataclass(frozen=True)
class FunnelStep:
    key: str
    people: frozenset[int]  # person ids
    pending: int = 0  # graduates whose census date is still to come (destination steps only)

    @property
    def count(self) -> int:
        return len(self.people)


@dataclass(frozen=True)
class Funnel:
    definition: CohortDefinition
    steps: tuple[FunnelStep, ...]
    head_count: int = 0  # children or pupils counted that year without names: not followed

    @property
    def start(self) -> int:
        return self.steps[0].count

    def share(self, step: FunnelStep) -> float | None:
        """The step's count as a part of the starting count; None for an empty cohort."""
        return step.count / self.start if self.start else None

    def step(self, key: str) -> FunnelStep:
        return next(s for s in self.steps if s.key == key)


def _starting_people(session: Session, d: CohortDefinition) -> set[int]:
    first, last = academic_year_start(d.year), academic_year_end(d.year)
    if d.kind == SCHOOL:
        return set(session.scalars(pupils_in_grade(d.school_id, d.grade, d.year)))
    if d.kind == PRESCHOOL:
        attended = (
            select(SessionAttendance.person_id)
            .join(GuidanceSession)
            .where(GuidanceSession.stage == GuidanceStage.PRESCHOOL, GuidanceSession.held_on.between(first, last))
        )
        played = _enrolled(ProgrammeKind.CAREER_GUIDANCE).where(Enrolment.enrolled_on.between(first, last))
        return set(session.scalars(attended)) | set(session.scalars(played))
    entered = _enrolled(ProgrammeKind.COLLEGE_SPECIALTY).where(
        Programme.qualification_code == d.specialty, Enrolment.enrolled_on.between(first, last)
    )
    return set(session.scalars(entered))


def _enrolled(*kinds: ProgrammeKind) -> Select[Any]:
    return (
        select(Enrolment.person_id)
        .join(Group, Group.id == Enrolment.group_id)
        .join(Programme, Programme.id == Group.programme_id)
        .where(Programme.kind.in_(kinds), Enrolment.status != EnrolmentStatus.WITHDRAWN)
    )


def _head_count(session: Session, d: CohortDefinition) -> int:
    """People counted at sessions of that year without names: the preschool's, or the school's own."""
    if d.kind == COLLEGE:
        return 0
    where: list[ColumnElement[bool]] = [GuidanceSession.held_on.between(academic_year_start(d.year), academic_year_end(d.year))]
    if d.kind == PRESCHOOL:
        where.append(GuidanceSession.stage == GuidanceStage.PRESCHOOL)
    else:
        where += [GuidanceSession.stage == GuidanceStage.SCHOOL, GuidanceSession.organiser_id == d.school_id]
    statement = select(func.coalesce(func.sum(SessionHeadCount.count), 0)).join(GuidanceSession).where(*where)
    return int(session.scalar(statement) or 0)


def _chunks(ids: Iterable[int], size: int = 900) -> Iterable[list[int]]:
    items = sorted(ids)
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _among(session: Session, statement: Select[Any], people: set[int], column: InstrumentedAttribute[Any]) -> set[int]:
    """The ids in ``people`` that ``statement`` (a select of person ids) returns; asked in chunks of ids."""
    found: set[int] = set()
    for chunk in _chunks(people):
        found.update(session.scalars(statement.where(column.in_(chunk))))
    return found


def _graduations(session: Session, people: set[int], today: date) -> dict[int, date]:
    """Each person's graduation: the last completed college specialty's end, by ``today``."""
    days: dict[int, date] = {}
    statement = (
        select(Enrolment.person_id, func.coalesce(Enrolment.finished_on, Group.ends_on))
        .join(Group, Group.id == Enrolment.group_id)
        .join(Programme, Programme.id == Group.programme_id)
        .where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY, Enrolment.status == EnrolmentStatus.COMPLETED)
    )
    for chunk in _chunks(people):
        for person_id, day in session.execute(statement.where(Enrolment.person_id.in_(chunk))):
            if day is not None and day <= today and (person_id not in days or day > days[person_id]):
                days[person_id] = day
    return days


def cohort_funnel(session: Session, definition: CohortDefinition, today: date) -> Funnel:
    """The cohort and how far its people went, as known on ``today``."""
    require(session, Permission.READ_PERSONAL_DATA)
    people = _starting_people(session, definition)
    graduated = _graduations(session, people, today)
    spans = D.spans_of(session, graduated, "ru") if graduated else {}
    counted = D.employment_definition(session).counted
    steps: list[FunnelStep] = []
    for key in STEPS[definition.kind]:
        pending = 0
        if key == START:
            found = people
        elif key == COURSES:
            found = _among(session, _enrolled(*SCHOOL_COURSES), people, Enrolment.person_id)
        elif key == CERTIFICATE:
            issued = select(Certificate.person_id).where(
                Certificate.programme_kind.in_(SCHOOL_COURSES), Certificate.status == CertificateStatus.ISSUED
            )
            found = _among(session, issued, people, Certificate.person_id)
        elif key == APPLIED:
            found = _among(session, select(Application.person_id), people, Application.person_id)
        elif key == ENTERED:
            found = _among(session, _enrolled(ProgrammeKind.COLLEGE_SPECIALTY), people, Enrolment.person_id)
        elif key == GRADUATED:
            found = set(graduated)
        else:
            kinds = counted if key in (EMPLOYED_6, EMPLOYED_12) else frozenset((DestinationKind.EMPLOYED_IN_SPECIALTY,))
            found = set()
            for person_id, day in graduated.items():
                census = D.census(spans.get(person_id, []), day, CENSUS[key], today)
                if not census.due:
                    pending += 1
                elif census.kind in kinds:
                    found.add(person_id)
        steps.append(FunnelStep(key, frozenset(found), pending))
    return Funnel(definition, tuple(steps), _head_count(session, definition))


def cohort_title(session: Session, definition: CohortDefinition, language: str) -> tuple[str, str]:
    """What the cohort's words need: the school's or the specialty's name and the academic year («2024/25»)."""
    year = academic_year_label(definition.year)
    if definition.kind == SCHOOL:
        school = session.get(Organisation, definition.school_id)
        return (school.name(language) if school else str(definition.school_id)), year
    if definition.kind == COLLEGE:
        programme = session.scalars(
            select(Programme)
            .where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY, Programme.qualification_code == definition.specialty)
            .order_by(Programme.id)
        ).first()
        return (f"{definition.specialty} {programme.name(language)}" if programme else definition.specialty or ""), year
    return "", year


@dataclass(frozen=True)
class CohortPerson:
    id: int
    full_name: str
    iin: str


def cohort_people(session: Session, ids: Iterable[int]) -> list[CohortPerson]:
    """The people behind a step, in Kazakh alphabetical order."""
    require(session, Permission.READ_PERSONAL_DATA)
    rows: list[tuple[str, CohortPerson]] = []
    statement = select(Person.id, Person.surname, Person.given_name, Person.patronymic, Person.iin, Person.sort_key)
    for chunk in _chunks(ids):
        for person_id, surname, given, patronymic, iin, key in session.execute(statement.where(Person.id.in_(chunk))):
            name = " ".join(p for p in (surname, given, patronymic) if p)
            rows.append((key, CohortPerson(person_id, name, iin)))
    rows.sort(key=lambda r: (r[0], r[1].id))
    return [r[1] for r in rows]


@dataclass(frozen=True)
class CohortChoices:
    """What a cohort chooser offers: the partner schools and the college specialties (code, «code name»)."""

    schools: list[tuple[int, str]]
    specialties: list[tuple[str, str]]


def cohort_choices(session: Session, language: str) -> CohortChoices:
    from .organisations import organisation_choices

    specialties: dict[str, str] = {}
    statement = (
        select(Programme)
        .where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY, Programme.qualification_code.is_not(None))
        .order_by(Programme.qualification_code, Programme.id)
    )
    for programme in session.scalars(statement):
        code = programme.qualification_code or ""
        specialties.setdefault(code, f"{code} {programme.name(language)}")
    return CohortChoices(organisation_choices(session, language, (OrganisationKind.SCHOOL,)), list(specialties.items()))
