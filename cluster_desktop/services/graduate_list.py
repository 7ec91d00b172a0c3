"""The list of the Employment page: college graduates and their current job, filtered and sorted in SQL.

A graduate is defined as in :func:`.outcome_data.graduate_rows` (and
:func:`.employment.graduation_day` for completed enrolments): a person with a
completed college-specialty enrolment; their graduation day is that
enrolment's finish date, else its group's end, and with several completed
specialties the latest one counts.  The row shows the graduate's latest job
(by start date); a graduate without any recorded job is *unplaced*.  It also
shows the destination at 6 and 12 months after graduation
(:mod:`.destinations`), read for the rows of the page only, when the filter
says on which day (``census_on``): a census date after it is not yet due.

:func:`job_record_counts` counts with the same query, so its counts and the rows flagged as
unplaced always agree.  It is not an employment rate: that one follows the definition of «employed»
(:func:`.destination_report.definition_rates`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from ..errors import QT_TRANSLATE_NOOP
from ..languages import in_language
from ..models import (
    DestinationKind,
    Employment,
    Enrolment,
    EnrolmentStatus,
    Group,
    Organisation,
    Person,
    Programme,
    ProgrammeKind,
)
from ..permissions import Permission, require
from .destinations import KIND_LABELS
from .learner_list import LearnerFilter
from .learner_list import _conditions as learner_conditions
from .learners import L_IIN
from .list_export import H_FULL_NAME, ExportColumn, ExportList
from .outcome_data import specialty_label
from .outcomes import Rate

T_GRADUATES = QT_TRANSLATE_NOOP("Errors", "Graduates' employment")
H_SPECIALTY = QT_TRANSLATE_NOOP("Errors", "Specialty")
H_GRADUATED = QT_TRANSLATE_NOOP("Errors", "Graduated")
H_EMPLOYER = QT_TRANSLATE_NOOP("Errors", "Employer")
H_POSITION = QT_TRANSLATE_NOOP("Errors", "Position")
H_STARTS = QT_TRANSLATE_NOOP("Errors", "Start of employment")
H_JOBS = QT_TRANSLATE_NOOP("Errors", "Jobs recorded")
H_NOTE = QT_TRANSLATE_NOOP("Errors", "Note")
NO_JOB = QT_TRANSLATE_NOOP("Errors", "no job recorded")
H_AT_6 = QT_TRANSLATE_NOOP("Errors", "6 months after graduation")
H_AT_12 = QT_TRANSLATE_NOOP("Errors", "12 months after graduation")

PAGE = 2000


class GraduateSort(str, enum.Enum):
    NAME = "name"
    IIN = "iin"
    SPECIALTY = "specialty"
    GRADUATED_ON = "graduated_on"
    EMPLOYER = "employer"
    STARTS_ON = "starts_on"


@dataclass(frozen=True)
class GraduateFilter:
    text: str = ""  # words of the graduate's name or IIN
    year: int | None = None  # of graduation
    programme_id: int | None = None  # the specialty graduated from
    unplaced_only: bool = False
    language: str = "kk"  # which names are sorted by
    census_on: date | None = None  # today: the destinations at 6 and 12 months due by then are shown


class GraduateListRow(NamedTuple):
    person_id: int
    iin: str
    full_name: str
    graduated_on: date
    programme_id: int
    qualification_code: str | None
    specialty_kk: str
    specialty_ru: str
    specialty_en: str | None
    employment_id: int | None  # the latest job; None: no job recorded
    employer_id: int | None
    employer_kk: str | None
    employer_ru: str | None
    position: str | None
    starts_on: date | None
    jobs: int
    at_6: DestinationKind | None = None  # None: not due (or not read)
    at_12: DestinationKind | None = None

    @property
    def placed(self) -> bool:
        return self.employment_id is not None

    def specialty(self, language: str) -> str:
        """«07240100 Горный мастер», as :func:`.outcome_data.specialty_label` prints it."""
        name = {"kk": self.specialty_kk, "en": self.specialty_en or self.specialty_ru}.get(language, self.specialty_ru)
        return f"{self.qualification_code} {name}" if self.qualification_code else name

    def employer(self, language: str) -> str | None:
        return in_language(language, self.employer_kk, self.employer_ru)


def _graduations() -> Select[*tuple[Any, ...]]:
    """Each completed college enrolment with its graduation day, ranked per person (1: the one that counts).

    Ties on the day keep the earliest enrolment, as :func:`.outcome_data.graduate_rows` does.
    """
    day = func.coalesce(Enrolment.finished_on, Group.ends_on)
    rank = func.row_number().over(partition_by=Enrolment.person_id, order_by=(day.desc(), Enrolment.enrolled_on, Enrolment.id))
    return (
        select(Enrolment.person_id.label("person_id"), Group.programme_id.label("programme_id"), day.label("graduated_on"), rank.label("rank"))
        .join(Group, Group.id == Enrolment.group_id).join(Programme, Programme.id == Group.programme_id)
        .where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY, Enrolment.status == EnrolmentStatus.COMPLETED, day.is_not(None))
    )


def _latest_jobs() -> Select[*tuple[Any, ...]]:
    rank = func.row_number().over(partition_by=Employment.person_id, order_by=(Employment.starts_on.desc(), Employment.id.desc()))
    jobs = func.count().over(partition_by=Employment.person_id)
    return select(
        Employment.id.label("id"), Employment.person_id.label("person_id"), Employment.employer_id.label("employer_id"),
        Employment.position.label("position"), Employment.starts_on.label("starts_on"), rank.label("rank"), jobs.label("jobs"),
    )


class _Query:
    """The graduates' SELECT with its joins; filters applied, columns and order chosen by the caller."""

    def __init__(self) -> None:
        self.graduation = _graduations().subquery("graduation")
        self.job = _latest_jobs().subquery("job")
        self.employer = aliased(Organisation, name="employer")

    def select(self, session: Session, flt: GraduateFilter, *columns: ColumnElement[Any] | InstrumentedAttribute[Any]) -> Select[*tuple[Any, ...]]:
        g, job, employer = self.graduation, self.job, self.employer
        statement = (
            select(*columns).select_from(g)
            .join(Person, Person.id == g.c.person_id)
            .join(Programme, Programme.id == g.c.programme_id)
            .outerjoin(job, (job.c.person_id == g.c.person_id) & (job.c.rank == 1))
            .outerjoin(employer, employer.id == job.c.employer_id)
            .where(g.c.rank == 1)
        )
        if flt.year is not None:
            statement = statement.where(g.c.graduated_on.between(date(flt.year, 1, 1), date(flt.year, 12, 31)))
        if flt.programme_id is not None:
            statement = statement.where(g.c.programme_id == flt.programme_id)
        if flt.unplaced_only:
            statement = statement.where(job.c.id.is_(None))
        if flt.text.strip():
            statement = statement.where(*learner_conditions(session, LearnerFilter(text=flt.text)))
        return statement

    def order(self, flt: GraduateFilter, sort: GraduateSort) -> tuple[SQLColumnExpression[Any], ...]:
        g, job, employer = self.graduation, self.job, self.employer
        name = (Person.sort_key, Person.id)
        programme = {"kk": Programme.name_kk, "en": func.coalesce(Programme.name_en, Programme.name_ru)}.get(flt.language, Programme.name_ru)
        employer_name = in_language(flt.language, employer.name_kk, employer.name_ru)
        placed = job.c.id.is_not(None)  # the unplaced first (ascending): they need attention
        return {
            GraduateSort.NAME: name,
            GraduateSort.IIN: (Person.iin,),
            GraduateSort.SPECIALTY: (func.coalesce(Programme.qualification_code, ""), programme, *name),
            GraduateSort.GRADUATED_ON: (g.c.graduated_on, *name),
            GraduateSort.EMPLOYER: (placed, employer_name, *name),
            GraduateSort.STARTS_ON: (placed, job.c.starts_on, *name),
        }[sort]

    def columns(self) -> tuple[ColumnElement[Any] | InstrumentedAttribute[Any], ...]:
        g, job, employer = self.graduation, self.job, self.employer
        full_name = Person.surname + " " + Person.given_name + func.coalesce(" " + Person.patronymic, "")
        return (
            Person.id, Person.iin, full_name, g.c.graduated_on, Programme.id, Programme.qualification_code, Programme.name_kk,
            Programme.name_ru, Programme.name_en, job.c.id, job.c.employer_id, employer.name_kk, employer.name_ru, job.c.position,
            job.c.starts_on, func.coalesce(job.c.jobs, 0),
        )


def count_graduates(session: Session, flt: GraduateFilter = GraduateFilter()) -> int:
    require(session, Permission.READ_PERSONAL_DATA)
    return session.scalar(_Query().select(session, flt, func.count())) or 0


def graduates_page(
    session: Session,
    flt: GraduateFilter = GraduateFilter(),
    sort: GraduateSort = GraduateSort.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
) -> list[GraduateListRow]:
    require(session, Permission.READ_PERSONAL_DATA)
    query = _Query()
    order = [c.desc() if descending else c.asc() for c in query.order(flt, sort)]
    statement = query.select(session, flt, *query.columns()).order_by(*order).offset(offset).limit(limit)
    rows = [GraduateListRow(*row) for row in session.execute(statement)]
    return _with_destinations(session, rows, flt.census_on, flt.language) if flt.census_on is not None and rows else rows


def _with_destinations(session: Session, rows: list[GraduateListRow], today: date, language: str) -> list[GraduateListRow]:
    from .destinations import census, spans_of

    spans = spans_of(session, [r.person_id for r in rows], language)
    return [
        row._replace(
            at_6=census(spans.get(row.person_id, []), row.graduated_on, 6, today).kind,
            at_12=census(spans.get(row.person_id, []), row.graduated_on, 12, today).kind,
        )
        for row in rows
    ]


def job_record_counts(session: Session, flt: GraduateFilter = GraduateFilter()) -> Rate:
    """Graduates matching ``flt`` (its «unplaced only» aside) with a job recorded, of all of them: raw counts, not the
    employment rate (see the module's note)."""
    everyone = GraduateFilter(flt.text, flt.year, flt.programme_id, False, flt.language)
    unplaced = GraduateFilter(flt.text, flt.year, flt.programme_id, True, flt.language)
    total = count_graduates(session, everyone)
    return Rate(total - count_graduates(session, unplaced), total)


def graduation_years(session: Session) -> list[int]:
    """The years in which someone graduated, the latest first."""
    g = _graduations().subquery()
    days = session.scalars(select(g.c.graduated_on).where(g.c.rank == 1).distinct())
    return sorted({day.year for day in days}, reverse=True)


def specialties(session: Session, language: str) -> list[tuple[int, str]]:
    """The college specialties (id and «code name»), by code."""
    statement = select(Programme).where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY)
    found = [(p.id, specialty_label(p, language)) for p in session.scalars(statement)]
    return sorted(found, key=lambda item: item[1])


def graduates_list(flt: GraduateFilter = GraduateFilter(), sort: GraduateSort = GraduateSort.NAME,
                   descending: bool = False) -> ExportList[GraduateListRow]:
    """The list as the Employment page shows it (same filter, same sort), for export to XLSX or CSV."""
    language = flt.language

    def rows(session: Session) -> Iterator[GraduateListRow]:
        total = count_graduates(session, flt)
        for offset in range(0, total, PAGE):
            yield from graduates_page(session, flt, sort, descending, offset, PAGE, total)

    columns: list[ExportColumn[GraduateListRow]] = [
        ExportColumn(H_FULL_NAME, lambda r: r.full_name),
        ExportColumn(L_IIN, lambda r: r.iin),
        ExportColumn(H_SPECIALTY, lambda r: r.specialty(language)),
        ExportColumn(H_GRADUATED, lambda r: r.graduated_on),
        ExportColumn(H_EMPLOYER, lambda r: r.employer(language)),
        ExportColumn(H_POSITION, lambda r: r.position),
        ExportColumn(H_STARTS, lambda r: r.starts_on),
        ExportColumn(H_JOBS, lambda r: r.jobs),
        ExportColumn(H_NOTE, lambda r: None if r.placed else NO_JOB, words=True),
        ExportColumn(H_AT_6, lambda r: KIND_LABELS[r.at_6] if r.at_6 else None, words=True),
        ExportColumn(H_AT_12, lambda r: KIND_LABELS[r.at_12] if r.at_12 else None, words=True),
    ]
    return ExportList(T_GRADUATES, columns, lambda s: count_graduates(s, flt), rows)
