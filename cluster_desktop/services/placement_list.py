"""The list of practice placements and dual-education periods: filter and sort in SQL, one page at a time.

The status is derived from the dates on the day asked (planned before the
start, current until the end, finished after it; an open end stays current),
so the status filter and sort are SQL expressions of ``today`` mirroring
:func:`status_of`.  The year filter keeps the placements whose period touches
that year.  Text search matches the learner's name or IIN (through the
learner's case-folded search key), either name of the enterprise, the mentor
and the agreement's number.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..languages import in_language
from ..models import Agreement, Organisation, Person, Placement, PlacementKind
from ..permissions import Permission, require
from ..text import kazakh_sort_key, search_fold
from .search import contains, contains_word, starts_with_word

OPEN_END = date(9999, 12, 31)  # sorts an open-ended placement after every dated one


class PlacementStatus(str, enum.Enum):
    PLANNED = "planned"
    CURRENT = "current"
    FINISHED = "finished"


class PlacementSort(str, enum.Enum):
    LEARNER = "learner"
    IIN = "iin"
    KIND = "kind"
    ENTERPRISE = "enterprise"
    STARTS_ON = "starts_on"
    ENDS_ON = "ends_on"
    STATUS = "status"


@dataclass(frozen=True)
class PlacementFilter:
    text: str = ""
    kind: PlacementKind | None = None
    year: int | None = None
    enterprise_id: int | None = None
    status: PlacementStatus | None = None
    language: str = "kk"  # which enterprise name is shown and sorted by
    today: date = field(default_factory=date.today)


class PlacementRow(NamedTuple):
    id: int
    person_id: int
    surname: str
    given_name: str
    patronymic: str | None
    iin: str
    kind: PlacementKind
    enterprise_id: int
    enterprise_kk: str
    enterprise_ru: str
    agreement_id: int | None
    agreement_number: str | None
    agreement_year: int | None
    starts_on: date
    ends_on: date | None
    mentor: str | None
    status: PlacementStatus

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)

    def enterprise(self, language: str) -> str:
        return in_language(language, self.enterprise_kk, self.enterprise_ru)

    @property
    def agreement(self) -> str:
        """«number / year», or empty when no agreement is named."""
        return f"{self.agreement_number} / {self.agreement_year}" if self.agreement_number else ""


def status_of(starts_on: date, ends_on: date | None, today: date) -> PlacementStatus:
    if starts_on > today:
        return PlacementStatus.PLANNED
    if ends_on is not None and ends_on < today:
        return PlacementStatus.FINISHED
    return PlacementStatus.CURRENT


def _status_conditions(today: date) -> dict[PlacementStatus, ColumnElement[bool]]:
    return {
        PlacementStatus.PLANNED: Placement.starts_on > today,
        PlacementStatus.FINISHED: and_(Placement.starts_on <= today, Placement.ends_on < today),
        PlacementStatus.CURRENT: and_(Placement.starts_on <= today, or_(Placement.ends_on.is_(None), Placement.ends_on >= today)),
    }


def _status_rank(today: date) -> ColumnElement[int]:
    """Current first (those are at the enterprise now), then planned, then finished."""
    order = (PlacementStatus.CURRENT, PlacementStatus.PLANNED, PlacementStatus.FINISHED)
    conditions = _status_conditions(today)
    return case(*((conditions[s], i) for i, s in enumerate(order)), else_=len(order))


def _word_condition(word: str) -> ColumnElement[bool]:
    return or_(
        contains(Person.search_key, search_fold(word)),
        contains_word((Organisation.name_kk, Organisation.name_ru, Placement.mentor), word),
        starts_with_word(Agreement.number, word),
    )


def _select(flt: PlacementFilter, *columns: ColumnElement[Any] | InstrumentedAttribute[Any]) -> Select[*tuple[Any, ...]]:
    statement = (
        select(*columns).select_from(Placement)
        .join(Person, Person.id == Placement.person_id)
        .join(Organisation, Organisation.id == Placement.enterprise_id)
        .outerjoin(Agreement, Agreement.id == Placement.agreement_id)
    )
    if flt.kind is not None:
        statement = statement.where(Placement.kind == flt.kind)
    if flt.enterprise_id is not None:
        statement = statement.where(Placement.enterprise_id == flt.enterprise_id)
    if flt.status is not None:
        statement = statement.where(_status_conditions(flt.today)[flt.status])
    if flt.year is not None:
        statement = statement.where(
            Placement.starts_on <= date(flt.year, 12, 31),
            or_(Placement.ends_on.is_(None), Placement.ends_on >= date(flt.year, 1, 1)),
        )
    for word in flt.text.split():
        statement = statement.where(_word_condition(word))
    return statement


def _order(flt: PlacementFilter, sort: PlacementSort) -> tuple[ColumnElement[Any] | InstrumentedAttribute[Any], ...]:
    learner = (Person.sort_key, Placement.starts_on, Placement.id)
    enterprise = in_language(flt.language, Organisation.name_kk, Organisation.name_ru)
    ends = func.coalesce(Placement.ends_on, OPEN_END)
    return {
        PlacementSort.LEARNER: learner,
        PlacementSort.IIN: (Person.iin, Placement.starts_on, Placement.id),
        PlacementSort.KIND: (Placement.kind, *learner),
        PlacementSort.ENTERPRISE: (enterprise, *learner),
        PlacementSort.STARTS_ON: (Placement.starts_on, Person.sort_key, Placement.id),
        PlacementSort.ENDS_ON: (ends, Person.sort_key, Placement.id),
        PlacementSort.STATUS: (_status_rank(flt.today), Placement.starts_on, Placement.id),
    }[sort]


_COLUMNS = (
    Placement.id, Placement.person_id, Person.surname, Person.given_name, Person.patronymic, Person.iin, Placement.kind,
    Placement.enterprise_id, Organisation.name_kk, Organisation.name_ru, Placement.agreement_id, Agreement.number,
    Agreement.year, Placement.starts_on, Placement.ends_on, Placement.mentor,
)


def count_placements(session: Session, flt: PlacementFilter | None = None) -> int:
    """How many placements match; no filter means all, with today's statuses."""
    require(session, Permission.READ_PERSONAL_DATA)
    return session.scalar(_select(flt or PlacementFilter(), func.count())) or 0


def placements_page(
    session: Session,
    flt: PlacementFilter | None = None,
    sort: PlacementSort = PlacementSort.STARTS_ON,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
) -> list[PlacementRow]:
    require(session, Permission.READ_PERSONAL_DATA)
    flt = flt or PlacementFilter()
    order = [c.desc() if descending else c.asc() for c in _order(flt, sort)]
    statement = _select(flt, *_COLUMNS).order_by(*order).offset(offset).limit(limit)
    return [PlacementRow._make((*values, status_of(values[13], values[14], flt.today))) for values in session.execute(statement)]


def placement_years(session: Session, today: date | None = None) -> list[int]:
    """The years any placement touches, the latest first (what the year filter offers).

    A placement without an end is still under way, so it touches this year too.
    """
    first, last_start, last_end, open_ends = session.execute(select(
        func.min(Placement.starts_on), func.max(Placement.starts_on), func.max(Placement.ends_on),
        func.count() - func.count(Placement.ends_on),
    )).one()
    if first is None:
        return []
    last = max(last_start, last_end or last_start, (today or date.today()) if open_ends else last_start)
    return list(range(last.year, first.year - 1, -1))


def placement_enterprises(session: Session, language: str = "kk") -> list[tuple[int, str]]:
    """The enterprises that have placements, as (id, name in ``language``), in Kazakh alphabetical order."""
    ids = select(Placement.enterprise_id).distinct()
    rows = session.execute(select(Organisation.id, Organisation.name_kk, Organisation.name_ru).where(Organisation.id.in_(ids)))
    named = [(i, in_language(language, kk, ru)) for i, kk, ru in rows]
    return sorted(named, key=lambda item: (kazakh_sort_key(item[1]), item[0]))
