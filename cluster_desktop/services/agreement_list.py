"""The agreements register: filter and sort in SQL, one page at a time; its export and the partner register's.

The status is derived from dates on the day asked, so the status filter and
sort are SQL expressions of ``today`` mirroring :func:`agreements.status_of`.
Text search matches the number, the subject and either name of the partner
(in the usual capitalisations, as SQLite folds only ASCII case; a college has
hundreds of agreements, not hundreds of thousands).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ..errors import QT_TRANSLATE_NOOP
from ..languages import in_language, shown_in
from ..models import (
    Agreement,
    AgreementKind,
    AgreementLearner,
    AgreementStatus,
    Organisation,
)
from ..permissions import Permission, require
from .agreements import (
    EXPIRING_DAYS,
    KIND_WORDS,
    ORGANISATION_KIND_WORDS,
    STATUS_WORDS,
    status_of,
)
from .list_export import ExportColumn, ExportList
from .organisations import (
    OrganisationFilter,
    OrganisationRow,
    OrganisationSort,
    count_organisations,
    organisation_page,
)
from .search import contains_word, starts_with_word

T_AGREEMENTS = QT_TRANSLATE_NOOP("Errors", "Agreements")
H_KIND = QT_TRANSLATE_NOOP("Errors", "Type")
H_NUMBER = QT_TRANSLATE_NOOP("Errors", "Number")
H_PARTNER = QT_TRANSLATE_NOOP("Errors", "Partner")
H_SUBJECT = QT_TRANSLATE_NOOP("Errors", "Subject")
H_SIGNED = QT_TRANSLATE_NOOP("Errors", "Signed")
H_STARTS = QT_TRANSLATE_NOOP("Errors", "From")
H_ENDS = QT_TRANSLATE_NOOP("Errors", "Until")
H_STATUS = QT_TRANSLATE_NOOP("Errors", "Status")
H_LEARNERS = QT_TRANSLATE_NOOP("Errors", "Learners")


class AgreementSort(str, enum.Enum):
    NUMBER = "number"
    KIND = "kind"
    PARTNER = "partner"
    SIGNED_ON = "signed_on"
    ENDS_ON = "ends_on"
    STATUS = "status"


@dataclass(frozen=True)
class AgreementFilter:
    text: str = ""
    kind: AgreementKind | None = None
    status: AgreementStatus | None = None
    partner_id: int | None = None
    language: str = "kk"  # which partner name is shown and sorted by
    today: date = field(default_factory=date.today)


class AgreementRow(NamedTuple):
    id: int
    kind: AgreementKind
    number: str
    year: int
    title_kk: str | None
    title_ru: str | None
    partner_id: int
    partner_kk: str
    partner_ru: str
    signed_on: date
    starts_on: date
    ends_on: date | None
    is_draft: bool
    terminated_on: date | None
    termination_reason: str | None
    learners: int
    status: AgreementStatus

    def partner(self, language: str) -> str:
        return in_language(language, self.partner_kk, self.partner_ru)

    def title(self, language: str) -> tuple[str, str]:
        """The subject a screen in ``language`` shows, and the language it is in."""
        return shown_in(self, "title", language)


def _status_conditions(today: date) -> dict[AgreementStatus, ColumnElement[bool]]:
    soon = today + timedelta(days=EXPIRING_DAYS)
    in_force = and_(Agreement.is_draft.is_(False), Agreement.terminated_on.is_(None))
    return {
        AgreementStatus.DRAFT: Agreement.is_draft.is_(True),
        AgreementStatus.TERMINATED: and_(Agreement.is_draft.is_(False), Agreement.terminated_on.is_not(None)),
        AgreementStatus.EXPIRED: and_(in_force, Agreement.ends_on < today),
        AgreementStatus.EXPIRING: and_(in_force, Agreement.ends_on >= today, Agreement.ends_on <= soon),
        AgreementStatus.ACTIVE: and_(in_force, or_(Agreement.ends_on.is_(None), Agreement.ends_on > soon)),
    }


def _status_rank(today: date) -> ColumnElement[int]:
    """Expiring first (they need attention), then active, draft, expired, terminated."""
    order = (AgreementStatus.EXPIRING, AgreementStatus.ACTIVE, AgreementStatus.DRAFT, AgreementStatus.EXPIRED, AgreementStatus.TERMINATED)
    conditions = _status_conditions(today)
    return case(*((conditions[s], i) for i, s in enumerate(order)), else_=len(order))


def _learner_count() -> ColumnElement[int]:
    return (
        select(func.count()).select_from(AgreementLearner).where(AgreementLearner.agreement_id == Agreement.id)
        .correlate(Agreement).scalar_subquery()
    )


def _select(flt: AgreementFilter, *columns: ColumnElement[Any] | InstrumentedAttribute[Any]) -> Select[*tuple[Any, ...]]:
    statement = select(*columns).select_from(Agreement).join(Organisation, Organisation.id == Agreement.partner_id)
    if flt.kind is not None:
        statement = statement.where(Agreement.kind == flt.kind)
    if flt.status is not None:
        statement = statement.where(_status_conditions(flt.today)[flt.status])
    if flt.partner_id is not None:
        statement = statement.where(Agreement.partner_id == flt.partner_id)
    for word in flt.text.split():
        statement = statement.where(
            or_(
                starts_with_word(Agreement.number, word),
                contains_word((Agreement.title_kk, Agreement.title_ru, Organisation.name_kk, Organisation.name_ru), word),
            )
        )
    return statement


def _order(flt: AgreementFilter, sort: AgreementSort) -> tuple[ColumnElement[Any] | InstrumentedAttribute[Any], ...]:
    number = (Agreement.year, func.length(Agreement.number), Agreement.number, Agreement.id)
    partner = in_language(flt.language, Organisation.name_kk, Organisation.name_ru)
    return {
        AgreementSort.NUMBER: number,
        AgreementSort.KIND: (Agreement.kind, *number),
        AgreementSort.PARTNER: (partner, *number),
        AgreementSort.SIGNED_ON: (Agreement.signed_on, Agreement.id),
        AgreementSort.ENDS_ON: (func.coalesce(Agreement.ends_on, date(9999, 12, 31)), Agreement.id),
        AgreementSort.STATUS: (_status_rank(flt.today), func.coalesce(Agreement.ends_on, date(9999, 12, 31)), Agreement.id),
    }[sort]


_COLUMNS = (
    Agreement.id, Agreement.kind, Agreement.number, Agreement.year, Agreement.title_kk, Agreement.title_ru, Agreement.partner_id,
    Organisation.name_kk,
    Organisation.name_ru, Agreement.signed_on, Agreement.starts_on, Agreement.ends_on, Agreement.is_draft, Agreement.terminated_on,
    Agreement.termination_reason,
)


class AgreementChoice(NamedTuple):
    id: int
    number: str
    year: int
    kind: AgreementKind


def agreements_by_partner(session: Session, partner_ids: Iterable[int] | None = None) -> dict[int, list[AgreementChoice]]:
    """Each partner's agreements by year and number: what a dialog offers once a partner is chosen."""
    statement = select(Agreement.partner_id, Agreement.id, Agreement.number, Agreement.year, Agreement.kind)
    if partner_ids is not None:
        statement = statement.where(Agreement.partner_id.in_(list(partner_ids)))
    found: dict[int, list[AgreementChoice]] = {}
    for partner_id, agreement_id, number, year, kind in session.execute(statement.order_by(Agreement.year, Agreement.number)):
        found.setdefault(partner_id, []).append(AgreementChoice(agreement_id, number, year, kind))
    return found


def count_agreements(session: Session, flt: AgreementFilter | None = None) -> int:
    """How many agreements match; no filter means all, with today's statuses (a default made at import would keep its day)."""
    return session.scalar(_select(flt or AgreementFilter(), func.count())) or 0


def agreement_page(
    session: Session,
    flt: AgreementFilter | None = None,
    sort: AgreementSort = AgreementSort.NUMBER,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
) -> list[AgreementRow]:
    require(session, Permission.READ_PERSONAL_DATA)
    flt = flt or AgreementFilter()
    order = [c.desc() if descending else c.asc() for c in _order(flt, sort)]
    statement = _select(flt, *_COLUMNS, _learner_count()).order_by(*order).offset(offset).limit(limit)
    rows = []
    for values in session.execute(statement):
        row = AgreementRow._make((*values, AgreementStatus.ACTIVE))
        rows.append(row._replace(status=status_of(row.is_draft, row.terminated_on, row.ends_on, flt.today)))
    return rows


def agreements_list(flt: AgreementFilter | None = None, sort: AgreementSort = AgreementSort.NUMBER, descending: bool = False) -> ExportList[AgreementRow]:
    """The register as the page shows it (same filter, same sort), for export to XLSX or CSV."""
    flt = flt or AgreementFilter()
    page = 2000

    def rows(session: Session) -> Iterator[AgreementRow]:
        total = count_agreements(session, flt)
        for offset in range(0, total, page):
            yield from agreement_page(session, flt, sort, descending, offset, page, total)

    columns: list[ExportColumn[AgreementRow]] = [
        ExportColumn(H_KIND, lambda r: KIND_WORDS[r.kind], words=True),
        ExportColumn(H_NUMBER, lambda r: r.number),
        ExportColumn(H_SIGNED, lambda r: r.signed_on),
        ExportColumn(H_PARTNER, lambda r: r.partner(flt.language)),
        ExportColumn(H_SUBJECT, lambda r: r.title(flt.language)[0]),
        ExportColumn(H_STARTS, lambda r: r.starts_on),
        ExportColumn(H_ENDS, lambda r: r.ends_on),
        ExportColumn(H_STATUS, lambda r: STATUS_WORDS[r.status], words=True),
        ExportColumn(H_LEARNERS, lambda r: r.learners),
    ]
    return ExportList(T_AGREEMENTS, columns, lambda s: count_agreements(s, flt), rows)


# -- the partner register, as the Partners page shows it ---------------------------------
T_PARTNERS = QT_TRANSLATE_NOOP("Errors", "Partners")
H_NAME_KK = QT_TRANSLATE_NOOP("Errors", "Name in Kazakh")
H_NAME_RU = QT_TRANSLATE_NOOP("Errors", "Name in Russian")
H_ORGANISATION_KIND = QT_TRANSLATE_NOOP("Errors", "Kind")
H_BIN = QT_TRANSLATE_NOOP("Errors", "BIN")
H_COUNTRY = QT_TRANSLATE_NOOP("Errors", "Country")
H_ADDRESS = QT_TRANSLATE_NOOP("Errors", "Address")
H_CONTACT = QT_TRANSLATE_NOOP("Errors", "Contact person")
H_PHONE = QT_TRANSLATE_NOOP("Errors", "Phone")
H_EMAIL = QT_TRANSLATE_NOOP("Errors", "E-mail")
H_AGREEMENTS = QT_TRANSLATE_NOOP("Errors", "Agreements")


def partners_list(flt: OrganisationFilter | None = None, sort: OrganisationSort = OrganisationSort.NAME,
                  descending: bool = False) -> ExportList[OrganisationRow]:
    flt = flt or OrganisationFilter()

    def rows(session: Session) -> list[OrganisationRow]:
        return organisation_page(session, flt, sort, descending, 0, count_organisations(session, flt))

    columns: list[ExportColumn[OrganisationRow]] = [
        ExportColumn(H_NAME_KK, lambda r: r.name_kk),
        ExportColumn(H_NAME_RU, lambda r: r.name_ru),
        ExportColumn(H_ORGANISATION_KIND, lambda r: ORGANISATION_KIND_WORDS[r.kind], words=True),
        ExportColumn(H_BIN, lambda r: r.bin),
        ExportColumn(H_ADDRESS, lambda r: r.address(flt.language)[0]),
        ExportColumn(H_COUNTRY, lambda r: r.country),
        ExportColumn(H_CONTACT, lambda r: r.contact_person),
        ExportColumn(H_PHONE, lambda r: r.phone),
        ExportColumn(H_EMAIL, lambda r: r.email),
        ExportColumn(H_AGREEMENTS, lambda r: r.agreements),
    ]
    return ExportList(T_PARTNERS, columns, lambda s: count_organisations(s, flt), rows)
