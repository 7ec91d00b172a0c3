"""Applications as the Admissions page and ``admissions list`` show them: filtered and sorted in SQL, a page at a time."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from ..languages import in_language
from ..models import Application, ApplicationStatus, Organisation, Person, Programme, SeatKind
from ..permissions import Permission, require


class ApplicationSort(str, enum.Enum):
    NAME = "name"
    SPECIALTY = "specialty"
    APPLIED_ON = "applied_on"
    STATUS = "status"


@dataclass(frozen=True)
class ApplicationFilter:
    year: int | None = None
    programme_id: int | None = None
    status: ApplicationStatus | None = None
    seat_kind: SeatKind | None = None
    language: str = "kk"  # which specialty and employer names are shown


class ApplicationRow(NamedTuple):
    id: int
    person_id: int
    full_name: str
    iin: str
    qualification_code: str | None
    specialty_kk: str
    specialty_ru: str
    year: int
    seat_kind: SeatKind
    employer_kk: str | None
    employer_ru: str | None
    status: ApplicationStatus
    applied_on: date
    order_number: str | None
    order_date: date | None

    def specialty(self, language: str) -> str:
        return f"{self.qualification_code or ''} {in_language(language, self.specialty_kk, self.specialty_ru)}".strip()

    def employer(self, language: str) -> str:
        return in_language(language, self.employer_kk or "", self.employer_ru or "")


Employer = aliased(Organisation)


def _full_name() -> ColumnElement[str]:
    return Person.surname + " " + Person.given_name + func.coalesce(" " + Person.patronymic, "")


_COLUMNS = (
    Application.id,
    Application.person_id,
    _full_name(),
    Person.iin,
    Programme.qualification_code,
    Programme.name_kk,
    Programme.name_ru,
    Application.year,
    Application.seat_kind,
    Employer.name_kk,
    Employer.name_ru,
    Application.status,
    Application.applied_on,
    Application.order_number,
    Application.order_date,
)


def _select(flt: ApplicationFilter, *columns: ColumnElement[Any] | InstrumentedAttribute[Any]) -> Select[*tuple[Any, ...]]:
    statement = (
        select(*columns)
        .select_from(Application)
        .join(Person, Person.id == Application.person_id)
        .join(Programme, Programme.id == Application.programme_id)
        .outerjoin(Employer, Employer.id == Application.employer_id)
    )
    if flt.year is not None:
        statement = statement.where(Application.year == flt.year)
    if flt.programme_id is not None:
        statement = statement.where(Application.programme_id == flt.programme_id)
    if flt.status is not None:
        statement = statement.where(Application.status == flt.status)
    if flt.seat_kind is not None:
        statement = statement.where(Application.seat_kind == flt.seat_kind)
    return statement


def _order(flt: ApplicationFilter, sort: ApplicationSort) -> tuple[ColumnElement[Any] | InstrumentedAttribute[Any], ...]:
    specialty = (Programme.qualification_code, in_language(flt.language, Programme.name_kk, Programme.name_ru))
    return {
        ApplicationSort.NAME: (Person.sort_key, Application.id),
        ApplicationSort.SPECIALTY: (*specialty, Person.sort_key, Application.id),
        ApplicationSort.APPLIED_ON: (Application.applied_on, Person.sort_key, Application.id),
        ApplicationSort.STATUS: (Application.status, Person.sort_key, Application.id),
    }[sort]


def count_applications(session: Session, flt: ApplicationFilter | None = None) -> int:
    require(session, Permission.READ_PERSONAL_DATA)
    return session.scalar(_select(flt or ApplicationFilter(), func.count())) or 0


def application_page(
    session: Session,
    flt: ApplicationFilter | None = None,
    sort: ApplicationSort = ApplicationSort.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
) -> list[ApplicationRow]:
    require(session, Permission.READ_PERSONAL_DATA)
    flt = flt or ApplicationFilter()
    order = [c.desc() if descending else c.asc() for c in _order(flt, sort)]
    statement = _select(flt, *_COLUMNS).order_by(*order).offset(offset).limit(limit)
    return [ApplicationRow(*values) for values in session.execute(statement)]


def application_years(session: Session) -> list[int]:
    """The intake years with applications or a plan, the latest first (the page's year filter offers these)."""
    from ..models import IntakePlan

    years = set(session.scalars(select(Application.year).distinct())) | set(session.scalars(select(IntakePlan.year).distinct()))
    return sorted(years, reverse=True)
