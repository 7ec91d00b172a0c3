"""School grades that move with the year: the one place that knows how a pupil's grade follows the calendar.

A pupil's grade is stored with the academic year it was true in (grade 9 in 2024/25); the academic year
starts on 1 September.  In any other academic year the grade is that grade plus the years since, less the
years the pupil repeated (each repeat is an explicit record); after grade 11 the pupil has finished school,
and a school stage record that ended (the pupil left, or moved on to college) says the pupil is no longer there.
:mod:`cluster_desktop.services.school_grades` computes the same in SQL for lists.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

FIRST_GRADE = 1
LAST_GRADE = 11
YEAR_STARTS = (9, 1)  # month, day


def academic_year_of(day: date) -> int:
    """The calendar year in which the academic year holding ``day`` began: 31.08.2025 → 2024, 01.09.2025 → 2025."""
    return day.year if (day.month, day.day) >= YEAR_STARTS else day.year - 1


def academic_year_start(year: int) -> date:
    return date(year, *YEAR_STARTS)


def academic_year_end(year: int) -> date:
    return date(year + 1, 8, 31)


def academic_year_label(year: int) -> str:
    """«2024/25»."""
    return f"{year}/{(year + 1) % 100:02d}"


class GradeStatus(str, enum.Enum):
    AT_SCHOOL = "at_school"
    FINISHED = "finished"  # past grade 11
    LEFT = "left"  # the school stage record ended before the year
    NOT_YET = "not_yet"  # before grade 1, or before the record began


@dataclass(frozen=True)
class GradeState:
    status: GradeStatus
    grade: int | None = None  # only AT_SCHOOL has one


def grade_in_year(
    base_grade: int,
    base_year: int,
    year: int,
    repeats: Iterable[int] = (),
    started_on: date | None = None,
    ended_on: date | None = None,
) -> GradeState:
    """The grade in academic ``year`` of a pupil in ``base_grade`` in ``base_year`` who repeated the years ``repeats``.

    A repeat in year R means the pupil stayed in year R in the grade of year R - 1; repeats before the base
    year are already in the base grade.  ``started_on``/``ended_on`` are the school record's dates: a record
    that ended on or before 1 September of ``year`` has left; one that began after the year has not begun.
    """
    if ended_on is not None and ended_on <= academic_year_start(year):
        return GradeState(GradeStatus.LEFT)
    if started_on is not None and started_on > academic_year_end(year):
        return GradeState(GradeStatus.NOT_YET)
    grade = base_grade + (year - base_year) - sum(1 for r in set(repeats) if base_year < r <= year)
    if grade > LAST_GRADE:
        return GradeState(GradeStatus.FINISHED)
    if grade < FIRST_GRADE:
        return GradeState(GradeStatus.NOT_YET)
    return GradeState(GradeStatus.AT_SCHOOL, grade)


def grade_on(
    base_grade: int, base_year: int, day: date, repeats: Iterable[int] = (), started_on: date | None = None, ended_on: date | None = None
) -> GradeState:
    """The grade on ``day``: at school that day (the record began by then and had not ended)."""
    if ended_on is not None and ended_on <= day:
        return GradeState(GradeStatus.LEFT)
    if started_on is not None and started_on > day:
        return GradeState(GradeStatus.NOT_YET)
    return grade_in_year(base_grade, base_year, academic_year_of(day), repeats)
