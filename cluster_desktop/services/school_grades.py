"""School grades in SQL and the records that move them: a repeated year, leaving school.

:func:`pupils_in_grade` selects the people in one grade (of one school, or of any) in an academic year,
computing the grade from the stored base grade and year as :mod:`cluster_desktop.school_grades` does in
Python, so a list of 100,000 learners is filtered in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from ..dates import numeric_date
from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import Stage, StageRecord
from ..models.person import GradeRepeat
from ..permissions import Permission, require
from ..school_grades import (
    FIRST_GRADE,
    LAST_GRADE,
    GradeState,
    academic_year_end,
    academic_year_label,
    academic_year_of,
    academic_year_start,
    grade_in_year,
    grade_on,
)
from .records import fetch

NOT_A_SCHOOL_RECORD = QT_TRANSLATE_NOOP("Errors", "This stage record is not a school record with a grade.")
RECORD_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The school record no longer exists (perhaps someone deleted it).")
REPEAT_OUTSIDE = QT_TRANSLATE_NOOP(
    "Errors", "A repeated year must come after {year}, the year the grade was recorded in, and before the pupil left school."
)
REPEAT_TWICE = QT_TRANSLATE_NOOP("Errors", "The repeated year {year} is already recorded.")
LEFT_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The day the pupil left ({day}) is before the school record began ({start}).")


def grade_expression(year: int) -> ColumnElement[int | None]:
    """The grade of a school record in academic ``year``: base grade + years since − repeats in between."""
    repeats = (
        select(func.count())
        .where(
            GradeRepeat.stage_record_id == StageRecord.id,
            GradeRepeat.academic_year > StageRecord.grade_year,
            GradeRepeat.academic_year <= year,
        )
        .correlate(StageRecord)
        .scalar_subquery()
    )
    return StageRecord.school_grade + (year - StageRecord.grade_year) - repeats


def _at_school(first: date, last: date) -> ColumnElement[bool]:
    """The record was open at some time from ``first`` to ``last`` (a record that ended on ``first`` was not)."""
    return and_(StageRecord.started_on <= last, or_(StageRecord.ended_on.is_(None), StageRecord.ended_on > first))


def _pupils(school_id: int | None, grade: int | None, year: int, first: date, last: date) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = [StageRecord.stage == Stage.SCHOOL, _at_school(first, last)]
    if school_id is not None:
        conditions.append(StageRecord.organisation_id == school_id)
    if grade is not None:
        conditions += [StageRecord.grade_year.is_not(None), grade_expression(year) == grade]
    else:  # past grade 11 (or before grade 1) is not at school, though the record is open
        conditions.append(or_(StageRecord.grade_year.is_(None), grade_expression(year).between(FIRST_GRADE, LAST_GRADE)))
    return select(StageRecord.person_id).where(*conditions)


def pupils_in_grade(school_id: int | None, grade: int | None, year: int) -> Select[Any]:
    """The ids of people at ``school_id`` (any school: None) in ``grade`` (any: None) at some time in academic ``year``."""
    return _pupils(school_id, grade, year, academic_year_start(year), academic_year_end(year))


def pupils_on(school_id: int | None, grade: int | None, day: date) -> Select[Any]:
    """The ids of people at ``school_id`` in ``grade`` on ``day`` (as the Learners page filters them today)."""
    return _pupils(school_id, grade, academic_year_of(day), day, day)


def _school_record(session: Session, record_id: int) -> StageRecord:
    record = fetch(session, StageRecord, record_id, RECORD_NOT_FOUND)
    if record.stage is not Stage.SCHOOL or record.school_grade is None or record.grade_year is None:
        raise ValidationError([Problem("stage_record", NOT_A_SCHOOL_RECORD)])
    return record


def record_state(record: StageRecord, year: int) -> GradeState:
    assert record.school_grade is not None and record.grade_year is not None
    repeats = [r.academic_year for r in record.repeats]
    return grade_in_year(record.school_grade, record.grade_year, year, repeats, record.started_on, record.ended_on)


def record_state_on(record: StageRecord, day: date) -> GradeState:
    assert record.school_grade is not None and record.grade_year is not None
    repeats = [r.academic_year for r in record.repeats]
    return grade_on(record.school_grade, record.grade_year, day, repeats, record.started_on, record.ended_on)


def record_repeat(session: Session, record_id: int, year: int) -> GradeRepeat:
    """The pupil repeats a year: in academic ``year`` they stay in the previous year's grade."""
    require(session, Permission.EDIT_RECORDS)
    record = _school_record(session, record_id)
    assert record.grade_year is not None
    if year <= record.grade_year or (record.ended_on is not None and record.ended_on <= academic_year_start(year)):
        raise ValidationError([Problem("academic_year", REPEAT_OUTSIDE, {"year": academic_year_label(record.grade_year)})])
    if any(r.academic_year == year for r in record.repeats):
        raise ValidationError([Problem("academic_year", REPEAT_TWICE, {"year": academic_year_label(year)})])
    repeat = GradeRepeat(academic_year=year)
    record.repeats.append(repeat)
    session.flush()
    return repeat


def leave_school(session: Session, record_id: int, day: date) -> StageRecord:
    """The pupil left school on ``day``: the school record ends; from then on the pupil is in no grade."""
    require(session, Permission.EDIT_RECORDS)
    record = _school_record(session, record_id)
    if day < record.started_on:
        raise ValidationError(
            [Problem("ended_on", LEFT_BEFORE_START, {"day": numeric_date(day), "start": numeric_date(record.started_on)})]
        )
    record.ended_on = day
    session.flush()
    return record


@dataclass(frozen=True)
class SchoolRecordSummary:
    """A learner's latest school record with a grade, as the grade dialog shows it."""

    record_id: int
    school: str  # in the screen's language
    recorded_grade: int
    recorded_year: int
    today: GradeState
    repeats: tuple[int, ...]
    ended_on: date | None


def school_record_summary(session: Session, person_id: int, today: date, language: str) -> SchoolRecordSummary | None:
    """The learner's latest school record with a grade, and the grade on ``today``; None when there is none."""
    require(session, Permission.READ_PERSONAL_DATA)
    record = session.scalars(
        select(StageRecord)
        .where(
            StageRecord.person_id == person_id,
            StageRecord.stage == Stage.SCHOOL,
            StageRecord.school_grade.is_not(None),
            StageRecord.grade_year.is_not(None),
        )
        .order_by(StageRecord.started_on.desc(), StageRecord.id.desc())
    ).first()
    if record is None:
        return None
    assert record.school_grade is not None and record.grade_year is not None
    school = record.organisation.name(language) if record.organisation is not None else ""
    return SchoolRecordSummary(
        record.id,
        school,
        record.school_grade,
        record.grade_year,
        record_state_on(record, today),
        tuple(r.academic_year for r in record.repeats),
        record.ended_on,
    )
