"""Pupils on the cluster's school courses as future college graduates: the forecast's school inflow.

N's :mod:`.cohorts` follows one cohort through its funnel; it has no conversion per
course and specialty, so the observed conversion is computed here, simply:

- **past pupils** of a school course (profile or professional) are the people enrolled
  in it (not withdrawn) who have left school (their current stage is college or
  employment);
- the **conversion** of a course to a specialty is the share of its past pupils who
  entered that specialty (any college enrolment in it);
- each **current pupil** (enrolled in a course, still at school) is expected to enter a
  specialty with the mean conversion of their courses (courses without past pupils
  teach nothing yet and are left out), at the next intake (the coming 1 September);
- they graduate after the specialty's usual length (the median of its groups' years
  from start to end) and complete it at the specialty's completion rate (else the
  college's), the same rate the college students' forecast uses.

So a pupil counts as a fraction of a graduate; nothing is forecast for a specialty that
no past pupil entered, nor for one without a group to learn its length from.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from statistics import median

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Enrolment, EnrolmentStatus, Group, Person, Programme, ProgrammeKind, Stage

SCHOOL_COURSES = (ProgrammeKind.PROFILE_COURSE, ProgrammeKind.PROFESSIONAL_COURSE)
LEFT_SCHOOL = (Stage.COLLEGE, Stage.EMPLOYMENT)
INTAKE_DAY = (9, 1)


@dataclass(frozen=True)
class SchoolInflow:
    """Pupils on school courses expected to graduate in a specialty in a year."""

    qualification: str  # the specialty's code
    year: int  # of expected graduation
    entrants: float  # pupils × observed conversion
    expected: float  # entrants × completion rate


def next_intake(today: date) -> int:
    return today.year if today < date(today.year, *INTAKE_DAY) else today.year + 1


def course_pupils(session: Session) -> dict[int, dict[int, Stage]]:
    """Course programme id → {person id: their current stage}, for every school-course enrolment not withdrawn."""
    rows = session.execute(
        select(Group.programme_id, Enrolment.person_id, Person.current_stage)
        .join(Group, Group.id == Enrolment.group_id)
        .join(Programme, Programme.id == Group.programme_id)
        .join(Person, Person.id == Enrolment.person_id)
        .where(Programme.kind.in_(SCHOOL_COURSES), Enrolment.status != EnrolmentStatus.WITHDRAWN)
    )
    pupils: dict[int, dict[int, Stage]] = defaultdict(dict)
    for programme_id, person_id, stage in rows:
        pupils[programme_id][person_id] = stage
    return pupils


def specialties_entered(session: Session) -> dict[int, set[str]]:
    """Person id → the codes of the college specialties they entered."""
    rows = session.execute(
        select(Enrolment.person_id, Programme.qualification_code)
        .join(Group, Group.id == Enrolment.group_id)
        .join(Programme, Programme.id == Group.programme_id)
        .where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY, Programme.qualification_code.is_not(None))
    )
    entered: dict[int, set[str]] = defaultdict(set)
    for person_id, code in rows:
        if code:
            entered[person_id].add(code)
    return entered


def conversions(pupils: dict[int, dict[int, Stage]], entered: dict[int, set[str]]) -> dict[int, dict[str, float]]:
    """Course programme id → {specialty code: share of the course's past pupils who entered it}."""
    out: dict[int, dict[str, float]] = {}
    for programme_id, people in pupils.items():
        past = [person for person, stage in people.items() if stage in LEFT_SCHOOL]
        if not past:
            continue
        counts: dict[str, int] = defaultdict(int)
        for person in past:
            for code in entered.get(person, ()):
                counts[code] += 1
        out[programme_id] = {code: n / len(past) for code, n in counts.items()}
    return out


def specialty_years(session: Session) -> dict[str, int]:
    """Specialty code → its usual length in years (the median over its groups with both dates)."""
    rows = session.execute(
        select(Programme.qualification_code, Group.starts_on, Group.ends_on)
        .join(Group, Group.programme_id == Programme.id)
        .where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY, Programme.qualification_code.is_not(None), Group.ends_on.is_not(None))
    )
    lengths: dict[str, list[int]] = defaultdict(list)
    for code, starts_on, ends_on in rows:
        if code and ends_on is not None:
            lengths[code].append(ends_on.year - starts_on.year)
    return {code: round(median(years)) for code, years in lengths.items()}


def school_inflow(session: Session, rates: dict[str, float | None], overall: float | None, today: date) -> list[SchoolInflow]:
    """The expected graduates from pupils now on school courses, per specialty and year of graduation."""
    pupils = course_pupils(session)
    shares = conversions(pupils, specialties_entered(session))
    courses_of: dict[int, list[int]] = defaultdict(list)
    for programme_id, people in pupils.items():
        for person, stage in people.items():
            if stage is Stage.SCHOOL and programme_id in shares:
                courses_of[person].append(programme_id)
    entrants: dict[str, float] = defaultdict(float)
    for courses in courses_of.values():
        for course in courses:
            for code, share in shares[course].items():
                entrants[code] += share / len(courses)
    lengths = specialty_years(session)
    intake = next_intake(today)
    out = []
    for code, count in sorted(entrants.items()):
        rate = rates.get(code)
        rate = overall if rate is None else rate
        if code in lengths and rate is not None:
            out.append(SchoolInflow(code, intake + lengths[code], count, count * rate))
    return out
