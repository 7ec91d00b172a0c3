"""The audit log as a list: filter and sort in SQL, one page at a time, and its export.

The log quotes the records it describes (names, addresses, phones), so reading
it needs READ_AUDIT_LOG, an administrator's; exporting it goes through
:func:`.list_export.export_list`, which needs EXPORT_PERSONAL_DATA as well.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from ..audit import decode_changes
from ..errors import QT_TRANSLATE_NOOP
from ..models import AuditEntry
from ..permissions import Permission, require
from .list_export import PAGE, ExportColumn, ExportList
from .search import contains_word

T_AUDIT = QT_TRANSLATE_NOOP("Errors", "Audit log")
H_WHEN = QT_TRANSLATE_NOOP("Errors", "When (UTC)")
H_USER = QT_TRANSLATE_NOOP("Errors", "User")
H_WORKSTATION = QT_TRANSLATE_NOOP("Errors", "Workstation")
H_ACTION = QT_TRANSLATE_NOOP("Errors", "Action")
H_RECORD_KIND = QT_TRANSLATE_NOOP("Errors", "Record kind")
H_RECORD_ID = QT_TRANSLATE_NOOP("Errors", "Record")
H_CHANGES = QT_TRANSLATE_NOOP("Errors", "Changes")


class AuditSort(str, enum.Enum):
    AT = "at"
    USER = "user"
    ACTION = "action"
    RECORD_KIND = "record_kind"


@dataclass(frozen=True)
class AuditFilter:
    username: str | None = None
    action: str | None = None
    record_kind: str | None = None
    since: date | None = None  # from the start of this local day
    until: date | None = None  # to the end of this local day
    text: str = ""  # in the changes, the record id or the workstation


class AuditRow(NamedTuple):
    id: int
    at: datetime  # UTC, aware
    username: str
    workstation: str
    action: str
    record_kind: str | None
    record_id: str | None
    changes: str  # JSON text ("" when none)

    def details(self) -> dict[str, Any]:
        return decode_changes(self.changes)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "at": self.at.isoformat(timespec="seconds"), "username": self.username,
            "workstation": self.workstation, "action": self.action, "record_kind": self.record_kind,
            "record_id": self.record_id, "changes": self.details(),
        }


_COLUMNS = (
    AuditEntry.id, AuditEntry.at, AuditEntry.username, AuditEntry.workstation, AuditEntry.action,
    AuditEntry.record_kind, AuditEntry.record_id, AuditEntry.changes,
)
_ORDER = {
    AuditSort.AT: (AuditEntry.id,),
    AuditSort.USER: (AuditEntry.username, AuditEntry.id),
    AuditSort.ACTION: (AuditEntry.action, AuditEntry.id),
    AuditSort.RECORD_KIND: (AuditEntry.record_kind, AuditEntry.id),
}


def _utc_bound(session: Session, day: date) -> datetime:
    """The start of a local day as the backend compares it: aware UTC, or naive UTC on SQLite."""
    moment = datetime.combine(day, time.min).astimezone().astimezone(UTC)
    return moment.replace(tzinfo=None) if session.get_bind().dialect.name == "sqlite" else moment


def _conditions(session: Session, flt: AuditFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.username:
        conditions.append(AuditEntry.username == flt.username)
    if flt.action:
        conditions.append(AuditEntry.action == flt.action)
    if flt.record_kind:
        conditions.append(AuditEntry.record_kind == flt.record_kind)
    if flt.since is not None:
        conditions.append(AuditEntry.at >= _utc_bound(session, flt.since))
    if flt.until is not None:
        conditions.append(AuditEntry.at < _utc_bound(session, flt.until + timedelta(days=1)))
    for word in flt.text.split():
        conditions.append(contains_word((AuditEntry.changes, AuditEntry.record_id, AuditEntry.workstation), word))
    return conditions


def count_audit(session: Session, flt: AuditFilter = AuditFilter()) -> int:
    require(session, Permission.READ_AUDIT_LOG)
    return session.scalar(select(func.count()).select_from(AuditEntry).where(*_conditions(session, flt))) or 0


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def audit_page(
    session: Session,
    flt: AuditFilter = AuditFilter(),
    sort: AuditSort = AuditSort.AT,
    descending: bool = True,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
) -> list[AuditRow]:
    """One page of the log; newest first by default.  ``total`` is accepted for the lazy-list shape."""
    require(session, Permission.READ_AUDIT_LOG)
    order = [c.desc() if descending else c.asc() for c in _ORDER[sort]]
    statement = select(*_COLUMNS).where(*_conditions(session, flt)).order_by(*order).offset(offset).limit(limit)
    rows = []
    for row in session.execute(statement):
        rows.append(AuditRow(row.id, _aware(row.at), row.username, row.workstation, row.action,
                             row.record_kind, row.record_id, row.changes or ""))
    return rows


def audit_choices(session: Session) -> dict[str, list[str]]:
    """The users, actions and record kinds that occur in the log, for the page's filter boxes."""
    require(session, Permission.READ_AUDIT_LOG)

    def distinct(column: Any) -> list[str]:
        return sorted(v for v in session.scalars(select(column).distinct()) if v)

    return {"users": distinct(AuditEntry.username), "actions": distinct(AuditEntry.action),
            "record_kinds": distinct(AuditEntry.record_kind)}


def audit_list(flt: AuditFilter = AuditFilter(), sort: AuditSort = AuditSort.AT, descending: bool = True) -> ExportList[AuditRow]:
    """The log with the page's filter and sort, for :func:`.list_export.export_list`."""

    def rows(session: Session) -> Iterator[AuditRow]:
        total = count_audit(session, flt)
        for offset in range(0, total, PAGE):
            yield from audit_page(session, flt, sort, descending, offset, PAGE, total)

    columns: list[ExportColumn[AuditRow]] = [
        ExportColumn(H_WHEN, lambda r: r.at.replace(tzinfo=None, microsecond=0)),
        ExportColumn(H_USER, lambda r: r.username),
        ExportColumn(H_WORKSTATION, lambda r: r.workstation),
        ExportColumn(H_ACTION, lambda r: r.action),
        ExportColumn(H_RECORD_KIND, lambda r: r.record_kind or ""),
        ExportColumn(H_RECORD_ID, lambda r: r.record_id or ""),
        ExportColumn(H_CHANGES, lambda r: r.changes),
    ]
    return ExportList(T_AUDIT, columns, lambda s: count_audit(s, flt), rows)
