"""Database health as the ``check`` command reports it."""

from __future__ import annotations

from typing import TypedDict

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from .. import audit
from ..audit import LogCheck, check_log
from ..db import Database, read_schema_state
from ..errors import QT_TRANSLATE_NOOP, DatabaseError
from ..models import (
    Account,
    Agreement,
    AuditEntry,
    Certificate,
    DemandRequest,
    Employment,
    Enrolment,
    Group,
    GuidanceSession,
    Organisation,
    Person,
    Placement,
    Programme,
    StageRecord,
)

COUNTED = {
    "learners": Person,
    "stage_records": StageRecord,
    "organisations": Organisation,
    "programmes": Programme,
    "groups": Group,
    "enrolments": Enrolment,
    "certificates": Certificate,
    "agreements": Agreement,
    "placements": Placement,
    "employment": Employment,
    "guidance_sessions": GuidanceSession,
    "demand_requests": DemandRequest,
    "accounts": Account,
    "audit_entries": AuditEntry,
}


def integrity(db: Database) -> str:
    """SQLite's integrity check («ok» when sound); on PostgreSQL, whether the server answers."""
    with db.engine.connect() as conn:
        if db.backend == "sqlite":
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            return "ok" if rows == ["ok"] else "; ".join(rows)
        conn.execute(text("SELECT 1"))
        return "ok"


UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {database} cannot be read: it is damaged ({reason}). Restore it from a backup (the Backup page, or «backup restore»).",
)


def audit_chain(db: Database) -> LogCheck:
    """The verdict on the audit log (ok, entries removed at the end, entry changed, chain broken) and what was found."""
    with db.session() as session:
        return check_log(session)


class Health(TypedDict):
    database: str
    backend: str
    integrity: str
    audit_log: str  # «ok», or the first thing that does not fit
    audit_verdict: str  # ok, entries removed at the end, entry changed, chain broken
    audit_checked_elsewhere: int  # entries sealed by other PCs: checked here for their place in the chain only
    schema: str | None
    counts: dict[str, int]


def unreadable(db: Database, exc: DBAPIError) -> DatabaseError:
    """The plain message for a database that cannot be read at all (a damaged page, a missing table)."""
    text = str(exc.orig or exc).strip()
    reason = text.splitlines()[0] if text else type(exc.orig or exc).__name__
    return DatabaseError(UNREADABLE, database=db.display_url, reason=reason)


def database_health(db: Database, *, reset_anchor: bool = False) -> Health:
    """Everything ``check`` reports; a database that cannot even be read raises :class:`DatabaseError` saying so.

    ``reset_anchor`` first accepts the audit log as it stands as the one this PC saw.
    """
    try:
        if reset_anchor:
            audit.reset_anchor(db.engine)
        with db.session() as session:
            counts = {name: session.scalar(select(func.count()).select_from(model)) or 0 for name, model in COUNTED.items()}
        sound = integrity(db)
        audit_log = audit_chain(db)
        schema = read_schema_state(db.engine).revision
    except DBAPIError as exc:
        raise unreadable(db, exc) from None
    return {
        "database": db.display_url,
        "backend": db.backend,
        "integrity": sound,
        "audit_log": audit_log.message,
        "audit_verdict": audit_log.verdict.value,
        "audit_checked_elsewhere": audit_log.checked_elsewhere,
        "schema": schema,
        "counts": counts,
    }
