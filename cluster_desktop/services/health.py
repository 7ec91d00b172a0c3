"""Database health as the ``check`` command reports it."""

from __future__ import annotations

from typing import TypedDict

from sqlalchemy import func, select, text

from ..audit import verify_chain
from ..db import Database, read_schema_state
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


def audit_chain(db: Database) -> str:
    """«ok» when every audit entry fits the hash chain; otherwise the first break."""
    with db.session() as session:
        problems = verify_chain(session)
    return "; ".join(problems) if problems else "ok"


class Health(TypedDict):
    database: str
    backend: str
    integrity: str
    audit_log: str
    schema: str | None
    counts: dict[str, int]


def database_health(db: Database) -> Health:
    with db.session() as session:
        counts = {name: session.scalar(select(func.count()).select_from(model)) or 0 for name, model in COUNTED.items()}
    return {
        "database": db.display_url,
        "backend": db.backend,
        "integrity": integrity(db),
        "audit_log": audit_chain(db),
        "schema": read_schema_state(db.engine).revision,
        "counts": counts,
    }
