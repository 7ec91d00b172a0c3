"""Employers' requests as the Demand page lists them: filter and sort in SQL, one page at a time.

Text search matches the employer's names and the qualification's code and
name (in the usual capitalisations, as SQLite folds only ASCII case; a
college has dozens of requests a year, not thousands).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..languages import in_language, shown_in
from ..models import DemandRequest, Organisation, Programme, ProgrammeKind
from . import qualifications
from .search import contains_word, starts_with_word


class DemandSort(str, enum.Enum):
    YEAR = "year"
    EMPLOYER = "employer"
    QUALIFICATION = "qualification"
    PEOPLE = "people"


@dataclass(frozen=True)
class DemandFilter:
    text: str = ""
    year: int | None = None
    language: str = "kk"  # which employer name is shown and sorted by


class DemandListRow(NamedTuple):
    id: int
    employer_id: int
    employer_kk: str
    employer_ru: str
    qualification_code: str
    qualification_name: str
    year: int
    people: int
    notes: str | None

    def employer(self, language: str) -> str:
        return in_language(language, self.employer_kk, self.employer_ru)

    @property
    def qualification(self) -> str:
        return f"{self.qualification_code} {self.qualification_name}"


_COLUMNS = (
    DemandRequest.id, DemandRequest.employer_id, Organisation.name_kk, Organisation.name_ru, DemandRequest.qualification_code,
    DemandRequest.qualification_name, DemandRequest.year, DemandRequest.people, DemandRequest.notes,
)


def _select(flt: DemandFilter, *columns: ColumnElement[Any] | InstrumentedAttribute[Any]) -> Select[*tuple[Any, ...]]:
    statement = select(*columns).select_from(DemandRequest).join(Organisation, Organisation.id == DemandRequest.employer_id)
    if flt.year is not None:
        statement = statement.where(DemandRequest.year == flt.year)
    for word in flt.text.split():
        statement = statement.where(
            or_(
                starts_with_word(DemandRequest.qualification_code, word),
                contains_word((DemandRequest.qualification_name, Organisation.name_kk, Organisation.name_ru), word),
            )
        )
    return statement


def _order(flt: DemandFilter, sort: DemandSort) -> tuple[ColumnElement[Any] | InstrumentedAttribute[Any], ...]:
    employer = in_language(flt.language, Organisation.name_kk, Organisation.name_ru)
    qualification = (DemandRequest.qualification_code, DemandRequest.qualification_name)
    return {
        DemandSort.YEAR: (DemandRequest.year, *qualification, employer, DemandRequest.id),
        DemandSort.EMPLOYER: (employer, DemandRequest.year, *qualification, DemandRequest.id),
        DemandSort.QUALIFICATION: (*qualification, DemandRequest.year, employer, DemandRequest.id),
        DemandSort.PEOPLE: (DemandRequest.people, DemandRequest.year, DemandRequest.id),
    }[sort]


def count_demand(session: Session, flt: DemandFilter | None = None) -> int:
    return session.scalar(_select(flt or DemandFilter(), func.count())) or 0


def demand_page(
    session: Session,
    flt: DemandFilter | None = None,
    sort: DemandSort = DemandSort.YEAR,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
) -> list[DemandListRow]:
    flt = flt or DemandFilter()
    order = [c.desc() if descending else c.asc() for c in _order(flt, sort)]
    statement = _select(flt, *_COLUMNS).order_by(*order).offset(offset).limit(limit)
    rows = [DemandListRow(*values) for values in session.execute(statement)]
    names = {c.code: c.name for c in qualifications.choices(session, flt.language)} | qualification_names(session, flt.language)
    return [row._replace(qualification_name=names.get(row.qualification_code) or row.qualification_name) for row in rows]


def qualification_names(session: Session, language: str) -> dict[str, str]:
    """Qualification code → its name in ``language`` (else another's, see languages.shown_in), from the college specialties.

    A request stores the catalogue's name in one language; the list shows the specialty's in the screen's,
    else the qualification catalogue's.
    """
    statement = select(Programme).where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY, Programme.qualification_code.is_not(None))
    found = ((p.qualification_code, shown_in(p, "qualification_name", language)[0]) for p in session.scalars(statement))
    return {code: name for code, name in found if code and name}


def demand_years(session: Session) -> list[int]:
    """The years that have requests, the earliest first (the page's year filter offers these)."""
    return list(session.scalars(select(DemandRequest.year).distinct().order_by(DemandRequest.year)))
