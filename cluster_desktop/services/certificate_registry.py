"""The lists of the Certificates page: who is waiting for a certificate, and every certificate issued.

Both follow the lazy-table pattern of ``learner_list``: a ``count_*`` and a
``*_page`` that filter and sort in SQL.  Pending learners are searched through
the learner's indexed search key (``learner_list``); certificates keep a
snapshot of the name as printed, searched with the usual capitalisations
because SQLite folds only ASCII case (registries hold thousands of rows, not
hundreds of thousands).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from ..models import (
    Certificate,
    CertificateStatus,
    Enrolment,
    EnrolmentStatus,
    Group,
    Person,
    Programme,
    ProgrammeKind,
)
from ..permissions import Permission, require
from ..text import search_fold
from .certificates import registration_number
from .learner_list import LearnerFilter
from .learner_list import _conditions as learner_conditions
from .search import contains, starts_with


class PendingSort(str, enum.Enum):
    NAME = "name"
    PROGRAMME = "programme"
    GROUP = "group"
    FINISHED_ON = "finished_on"
    RESULT = "result"


@dataclass(frozen=True)
class PendingFilter:
    text: str = ""  # words of the learner's name or IIN
    programme_id: int | None = None
    group_id: int | None = None
    kind: ProgrammeKind | None = None


class PendingRow(NamedTuple):
    enrolment_id: int
    person_id: int
    full_name: str
    iin: str
    programme_id: int
    programme_kind: ProgrammeKind
    programme_kk: str
    programme_ru: str
    programme_en: str | None
    group_id: int
    group_name: str
    group_language: str
    finished_on: date | None
    result_percent: Decimal | None

    def programme_name(self, language: str) -> str:
        return {"kk": self.programme_kk, "en": self.programme_en or self.programme_ru}.get(language, self.programme_ru)


_FULL_NAME = Person.surname + " " + Person.given_name + func.coalesce(" " + Person.patronymic, "")
_PENDING_COLUMNS = (
    Enrolment.id, Person.id, _FULL_NAME, Person.iin, Programme.id, Programme.kind, Programme.name_kk, Programme.name_ru,
    Programme.name_en, Group.id, Group.name, Group.language, Enrolment.finished_on, Enrolment.result_percent,
)
_PENDING_ORDER = {
    PendingSort.NAME: (Person.sort_key, Enrolment.id),
    PendingSort.PROGRAMME: (Programme.name_ru, Group.name, Person.sort_key, Enrolment.id),
    PendingSort.GROUP: (Group.name, Person.sort_key, Enrolment.id),
    PendingSort.FINISHED_ON: (Enrolment.finished_on, Person.sort_key, Enrolment.id),
    PendingSort.RESULT: (Enrolment.result_percent, Person.sort_key, Enrolment.id),
}


def _has_valid_original() -> ColumnElement[bool]:
    return exists().where(
        Certificate.enrolment_id == Enrolment.id,
        Certificate.duplicate_of_id.is_(None),
        Certificate.status == CertificateStatus.ISSUED,
    )


def _pending_select(session: Session, flt: PendingFilter, *columns: ColumnElement[Any] | InstrumentedAttribute[Any]) -> Select[*tuple[Any, ...]]:
    """Completed enrolments without a valid original certificate (a revoked one may be replaced)."""
    statement = (
        select(*columns)
        .select_from(Enrolment)
        .join(Person, Person.id == Enrolment.person_id)
        .join(Group, Group.id == Enrolment.group_id)
        .join(Programme, Programme.id == Group.programme_id)
        .where(Enrolment.status == EnrolmentStatus.COMPLETED, ~_has_valid_original())
    )
    if flt.programme_id is not None:
        statement = statement.where(Group.programme_id == flt.programme_id)
    if flt.group_id is not None:
        statement = statement.where(Enrolment.group_id == flt.group_id)
    if flt.kind is not None:
        statement = statement.where(Programme.kind == flt.kind)
    if flt.text.strip():
        statement = statement.where(*learner_conditions(session, LearnerFilter(text=flt.text)))
    return statement


def count_pending(session: Session, flt: PendingFilter = PendingFilter()) -> int:
    require(session, Permission.READ_PERSONAL_DATA)
    return session.scalar(_pending_select(session, flt, func.count())) or 0


def pending_page(
    session: Session,
    flt: PendingFilter = PendingFilter(),
    sort: PendingSort = PendingSort.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
) -> list[PendingRow]:
    require(session, Permission.READ_PERSONAL_DATA)
    order = [c.desc() if descending else c.asc() for c in _PENDING_ORDER[sort]]
    statement = _pending_select(session, flt, *_PENDING_COLUMNS).order_by(*order).offset(offset).limit(limit)
    return [PendingRow(*row) for row in session.execute(statement)]


def pending_ids(session: Session, flt: PendingFilter = PendingFilter()) -> list[int]:
    """Every pending enrolment matching ``flt`` (set ``group_id`` for a whole group), in name order."""
    statement = _pending_select(session, flt, Enrolment.id).order_by(Person.sort_key, Enrolment.id)
    return list(session.scalars(statement))


class RegistrySort(str, enum.Enum):
    NUMBER = "number"
    ISSUED_ON = "issued_on"
    NAME = "name"
    PROGRAMME = "programme"
    STATUS = "status"


@dataclass(frozen=True)
class RegistryFilter:
    text: str = ""  # words of the name, the IIN (or its start), or a registration number
    status: CertificateStatus | None = None
    series: str | None = None
    year: int | None = None
    kind: ProgrammeKind | None = None
    duplicates_only: bool = False


class RegistryRow(NamedTuple):
    id: int
    series: str
    year: int
    number: int
    issued_on: date
    full_name: str
    iin: str
    programme_name: str
    programme_kind: ProgrammeKind
    language: str
    status: CertificateStatus
    revoked_on: date | None
    revoke_reason: str | None
    duplicate_of_id: int | None
    duplicate_of_series: str | None
    duplicate_of_year: int | None
    duplicate_of_serial: int | None

    @property
    def registration_number(self) -> str:
        return registration_number(self.series, self.year, self.number)

    @property
    def duplicate_of_number(self) -> str | None:
        if self.duplicate_of_series is None or self.duplicate_of_year is None or self.duplicate_of_serial is None:
            return None
        return registration_number(self.duplicate_of_series, self.duplicate_of_year, self.duplicate_of_serial)


_Original = aliased(Certificate)
_REGISTRY_COLUMNS = (
    Certificate.id, Certificate.series, Certificate.year, Certificate.number, Certificate.issued_on, Certificate.full_name,
    Certificate.iin, Certificate.programme_name, Certificate.programme_kind, Certificate.language, Certificate.status,
    Certificate.revoked_on, Certificate.revoke_reason, Certificate.duplicate_of_id, _Original.series, _Original.year,
    _Original.number,
)
_REGISTRY_ORDER = {
    RegistrySort.NUMBER: (Certificate.series, Certificate.year, Certificate.number),
    RegistrySort.ISSUED_ON: (Certificate.issued_on, Certificate.id),
    RegistrySort.NAME: (Certificate.sort_key, Certificate.id),
    RegistrySort.PROGRAMME: (Certificate.programme_name, Certificate.id),
    RegistrySort.STATUS: (Certificate.status, Certificate.id),
}


def _word_condition(word: str) -> ColumnElement[bool]:
    parts = word.upper().split("-")
    if len(parts) == 3 and parts[0].isalpha() and parts[1].isdigit() and parts[2].isdigit():
        return and_(Certificate.series == parts[0], Certificate.year == int(parts[1]), Certificate.number == int(parts[2]))
    if word.isdigit():
        conditions = [starts_with(Certificate.iin, word)]
        if len(word) <= 9:
            conditions.append(Certificate.number == int(word))
        return or_(*conditions)
    return contains(Certificate.search_key, search_fold(word))


def _registry_select(flt: RegistryFilter, *columns: ColumnElement[Any] | InstrumentedAttribute[Any]) -> Select[*tuple[Any, ...]]:
    statement = select(*columns).select_from(Certificate)
    if len(columns) > 1:
        statement = statement.outerjoin(_Original, _Original.id == Certificate.duplicate_of_id)
    if flt.status is not None:
        statement = statement.where(Certificate.status == flt.status)
    if flt.series:
        statement = statement.where(Certificate.series == flt.series)
    if flt.year is not None:
        statement = statement.where(Certificate.year == flt.year)
    if flt.kind is not None:
        statement = statement.where(Certificate.programme_kind == flt.kind)
    if flt.duplicates_only:
        statement = statement.where(Certificate.duplicate_of_id.is_not(None))
    for word in flt.text.split():
        statement = statement.where(_word_condition(word))
    return statement


def count_registry(session: Session, flt: RegistryFilter = RegistryFilter()) -> int:
    require(session, Permission.READ_PERSONAL_DATA)
    return session.scalar(_registry_select(flt, func.count())) or 0


def registry_page(
    session: Session,
    flt: RegistryFilter = RegistryFilter(),
    sort: RegistrySort = RegistrySort.NUMBER,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
) -> list[RegistryRow]:
    require(session, Permission.READ_PERSONAL_DATA)
    order = [c.desc() if descending else c.asc() for c in _REGISTRY_ORDER[sort]]
    statement = _registry_select(flt, *_REGISTRY_COLUMNS).order_by(*order).offset(offset).limit(limit)
    return [RegistryRow(*row) for row in session.execute(statement)]


def registry_years(session: Session) -> list[int]:
    """The years that have certificates, newest first (for the year filter)."""
    return list(session.scalars(select(Certificate.year).distinct().order_by(Certificate.year.desc())))
