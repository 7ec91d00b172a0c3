"""The Consents list: what expires soon, who turns 18 and must consent in their own name, what was withdrawn.

Filtered and sorted in SQL, a page at a time (the one list pattern, see
:mod:`.learner_list`), so each view costs what the indexes cost at 100k
learners.  Each view has its own row meaning:

* ``EXPIRING`` — a consent whose term ends within ``days`` of ``on`` (its date,
  or the end of studies plus its years) and that still allows a purpose;
* ``ADULTS`` — a learner represented only (see :mod:`.consent_adults`) who is
  18 already or turns 18 within ``days``; ``flagged`` once the grace period is over;
* ``WITHDRAWN`` — one withdrawn purpose, with its date.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, func, null, or_, select
from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import Consent, ConsentGiver, ConsentPurpose, ConsentPurposeGrant, Person
from ..permissions import Permission, require
from ..text import search_fold
from . import fields
from .consent_adults import adult_from, born_by, ended_studies, grace_days, last_day, represented_only
from .search import contains

MAX_DAYS = 3660
ENDED = ended_studies()  # who has finished studying, and when: joined once to the expiring consents
L_DAYS = QT_TRANSLATE_NOOP("Errors", "Days ahead")


class ConsentListView(str, enum.Enum):
    EXPIRING = "expiring"
    ADULTS = "adults"
    WITHDRAWN = "withdrawn"


class ConsentSort(str, enum.Enum):
    NAME = "name"
    DAY = "day"  # the last day, the 18th birthday, the withdrawal


@dataclass(frozen=True)
class ConsentFilter:
    on: date  # the caller's today
    view: ConsentListView = ConsentListView.EXPIRING
    days: int = 30
    text: str = ""


class ConsentRow(NamedTuple):
    key: int  # the consent (expiring), the person (adults), the withdrawn purpose (withdrawn)
    person_id: int
    consent_id: int | None
    full_name: str
    iin: str
    birth_date: date
    given_by: ConsentGiver | None
    given_on: date | None
    day: date | None  # the consent's last day, the 18th birthday, or the withdrawal date
    purpose: ConsentPurpose | None  # the withdrawn purpose
    purposes: tuple[ConsentPurpose, ...] = ()  # what an expiring consent still allows
    due: date | None = None  # adults: the 18th birthday plus the grace period
    flagged: bool = False  # adults: «consent in own name needed»


def check_days(days: int) -> int:
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
        raise ValidationError([Problem("days", fields.BAD_NUMBER, {"label": L_DAYS, "low": 0, "high": MAX_DAYS})])
    return days


def _full_name() -> ColumnElement[str]:
    return Person.surname + " " + Person.given_name + func.coalesce(" " + Person.patronymic, "")


def _kept(on: date) -> ColumnElement[bool]:
    return (
        select(ConsentPurposeGrant.id)
        .where(
            ConsentPurposeGrant.consent_id == Consent.id,
            or_(ConsentPurposeGrant.withdrawn_on.is_(None), ConsentPurposeGrant.withdrawn_on > on),
        )
        .exists()
    )


def _day(session: Session, flt: ConsentFilter) -> Any:
    if flt.view is ConsentListView.EXPIRING:
        return last_day(session.get_bind().dialect.name, ENDED.c.ended_on)
    if flt.view is ConsentListView.ADULTS:
        return Person.birth_date
    return ConsentPurposeGrant.withdrawn_on


def _select(session: Session, flt: ConsentFilter, *columns: Any) -> Select[Any]:
    dialect = session.get_bind().dialect.name
    if flt.view is ConsentListView.ADULTS:
        statement = (
            select(*columns)
            .select_from(Person)
            .where(Person.birth_date <= born_by(flt.on + timedelta(days=flt.days)), represented_only(dialect, flt.on))
        )
    elif flt.view is ConsentListView.EXPIRING:
        until = last_day(dialect, ENDED.c.ended_on)
        statement = (
            select(*columns)
            .select_from(Consent)
            .join(Person, Person.id == Consent.person_id)
            .outerjoin(ENDED, ENDED.c.person_id == Consent.person_id)
            .where(
                Person.anonymised_on.is_(None),
                Consent.given_on <= flt.on,
                _kept(flt.on),
                until >= flt.on,
                until <= flt.on + timedelta(days=flt.days),
            )
        )
    else:
        statement = (
            select(*columns)
            .select_from(ConsentPurposeGrant)
            .join(Consent, Consent.id == ConsentPurposeGrant.consent_id)
            .join(Person, Person.id == Consent.person_id)
            .where(ConsentPurposeGrant.withdrawn_on.is_not(None))
        )
    for word in search_fold(flt.text).split():
        statement = statement.where(contains(Person.search_key, word))
    return statement


def count_consents(session: Session, flt: ConsentFilter) -> int:
    require(session, Permission.READ_PERSONAL_DATA)
    check_days(flt.days)
    return session.scalar(_select(session, flt, func.count())) or 0


def consent_page(
    session: Session,
    flt: ConsentFilter,
    sort: ConsentSort = ConsentSort.DAY,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
) -> list[ConsentRow]:
    """One page of the view; ``total`` is accepted for the table model's sake."""
    require(session, Permission.READ_PERSONAL_DATA)
    check_days(flt.days)
    adults = flt.view is ConsentListView.ADULTS
    withdrawn = flt.view is ConsentListView.WITHDRAWN
    key = Person.id if adults else ConsentPurposeGrant.id if withdrawn else Consent.id
    day = _day(session, flt)
    columns = (
        key,
        Person.id,
        null() if adults else Consent.id,
        _full_name(),
        Person.iin,
        Person.birth_date,
        null() if adults else Consent.given_by,
        null() if adults else Consent.given_on,
        day,
        ConsentPurposeGrant.purpose if withdrawn else null(),
    )
    ends = (day, Person.sort_key, key) if sort is ConsentSort.DAY else (Person.sort_key, key)
    order = [c.desc() if descending else c.asc() for c in ends]
    statement = _select(session, flt, *columns).order_by(*order).offset(offset).limit(limit)
    rows = [ConsentRow(*values) for values in session.execute(statement)]
    if adults:
        grace = timedelta(days=grace_days(session))
        signed = _representatives_signed(session, [row.person_id for row in rows], flt.on)
        rows = [_adult(row, grace, flt.on)._replace(given_on=signed.get(row.person_id)) for row in rows]
    elif not withdrawn:
        kept = _kept_purposes(session, [row.key for row in rows], flt.on)
        rows = [row._replace(purposes=kept.get(row.key, ())) for row in rows]
    return rows


def _adult(row: ConsentRow, grace: timedelta, on: date) -> ConsentRow:
    eighteenth = adult_from(row.birth_date)
    due = eighteenth + grace
    return row._replace(given_by=ConsentGiver.REPRESENTATIVE, day=eighteenth, due=due, flagged=due < on)


def _representatives_signed(session: Session, person_ids: list[int], on: date) -> dict[int, date]:
    """The day each person's latest consent from a representative was signed (by ``on``): the page's «signed on»."""
    if not person_ids:
        return {}
    rows = session.execute(
        select(Consent.person_id, func.max(Consent.given_on))
        .where(Consent.person_id.in_(person_ids), Consent.given_by == ConsentGiver.REPRESENTATIVE, Consent.given_on <= on)
        .group_by(Consent.person_id)
    )
    return {row[0]: row[1] for row in rows}


def _kept_purposes(session: Session, consent_ids: list[int], on: date) -> dict[int, tuple[ConsentPurpose, ...]]:
    order = list(ConsentPurpose)
    kept: dict[int, list[ConsentPurpose]] = defaultdict(list)
    if consent_ids:
        rows = session.execute(
            select(ConsentPurposeGrant.consent_id, ConsentPurposeGrant.purpose).where(
                ConsentPurposeGrant.consent_id.in_(consent_ids),
                or_(ConsentPurposeGrant.withdrawn_on.is_(None), ConsentPurposeGrant.withdrawn_on > on),
            )
        )
        for consent_id, purpose in rows:
            kept[consent_id].append(purpose)
    return {consent_id: tuple(sorted(purposes, key=order.index)) for consent_id, purposes in kept.items()}
