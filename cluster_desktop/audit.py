"""The audit log: who changed what, written in the same transaction as the change.

Every flush of a session appends one entry per inserted, updated or deleted
record (SQLAlchemy's ``after_flush`` event, installed once for every Session
when this module is imported — ``cluster_desktop.db`` imports it).  Entries
are written with Core inserts on the session's own connection, so a change
that is rolled back leaves no entry, and a committed change always has one.
:func:`record` adds explicit entries: logins, exports, backups, restores.

Entries form a hash chain: ``hash = SHA-256(prev_hash + canonical JSON of the
entry)``; the single ``audit_head`` row holds the last id and hash and is locked
(``SELECT … FOR UPDATE`` on PostgreSQL; SQLite has one writer at a time) while
entries are appended, so two PCs never fork the chain.  :func:`verify_chain`
recomputes it; the ``check`` command reports the first entry that does not fit.

What an entry never holds: passwords or their hashes, an IIN beyond its last
four digits, the derived search and sort keys.  Rows inserted with bulk Core
statements (the spreadsheet import) bypass the session's flush; their service
records one explicit entry instead.
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, event, insert, inspect, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.orm import Session

from .errors import QT_TRANSLATE_NOOP
from .ids import mask_id_number
from .models import AuditEntry, AuditHead
from .models.base import utc_now
from .permissions import current_actor, workstation_name

SYSTEM = "system"  # who, when no one is acting (migrations, tests without an actor)
MAX_VALUE_CHARS = 200

# Actions of explicit entries; the generic ones are create / update / delete.
CREATE, UPDATE, DELETE = "create", "update", "delete"
LOGIN, LOGIN_FAILED, LOGOUT = "login", "login_failed", "logout"
EXPORT, IMPORT, ISSUE, REVOKE = "export", "import", "issue", "revoke"
BACKUP, RESTORE, SETTINGS, ROLE_CHANGE, PASSWORD = "backup", "restore", "settings", "role_change", "password"
DENIED = "denied"

# Technical tables whose rows say nothing a reader of the log needs (or are the log itself).
NOT_AUDITED_TABLES = frozenset({"audit_entry", "audit_head", "certificate_counter", "backup_log", "signing_key"})
# Columns left out of every entry: secrets, derived keys, bookkeeping.
SKIPPED_COLUMNS = frozenset({"password_hash", "search_key", "sort_key", "created_at", "updated_at", "payload"})
# Account columns that change on every login; the login has its own entry.
LOGIN_BOOKKEEPING = frozenset({"failed_attempts", "locked_until", "last_login_at"})

HASH_CHANGED = QT_TRANSLATE_NOOP("Errors", "Audit entry {id} was changed after it was written: its hash does not match its contents.")
LINK_BROKEN = QT_TRANSLATE_NOOP("Errors", "Audit entry {id} does not follow entry {previous}: entries were removed, inserted or changed.")
HEAD_MISMATCH = QT_TRANSLATE_NOOP("Errors", "The audit log ends at entry {found}, but entry {expected} was the last one written: entries were removed.")


def mask_iin(value: object) -> object:
    """An IIN with every digit but the last four hidden; other values unchanged."""
    return mask_id_number(value) if isinstance(value, str) and value else value


def is_iin_field(name: str) -> bool:
    return "iin" in name.lower()


def plain_value(value: Any) -> Any:
    """A JSON-ready form of a column value; long texts and bytes shortened."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    text = str(value) if isinstance(value, Decimal | float) else value if isinstance(value, str) else repr(value)
    return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS] + f"… ({len(text)} characters)"


def clean_details(details: Mapping[str, Any] | None) -> dict[str, Any]:
    """``details`` made safe to log: IINs masked, secrets dropped, values plain."""
    out: dict[str, Any] = {}
    for key, value in (details or {}).items():
        if key in SKIPPED_COLUMNS or "password" in key:
            continue
        if isinstance(value, Mapping):
            out[key] = clean_details(value)
        elif isinstance(value, list | tuple):
            out[key] = [mask_iin(plain_value(v)) if is_iin_field(key) else plain_value(v) for v in value]
        else:
            out[key] = mask_iin(plain_value(value)) if is_iin_field(key) else plain_value(value)
    return out


def canonical_time(at: datetime) -> str:
    """UTC to the microsecond, whether the backend returns aware (PostgreSQL) or naive UTC (SQLite)."""
    at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%f")


def entry_hash(prev_hash: str, entry: Mapping[str, Any] | RowMapping) -> str:
    body = {
        "id": entry["id"],
        "at": canonical_time(entry["at"]),
        "username": entry["username"],
        "workstation": entry["workstation"],
        "action": entry["action"],
        "record_kind": entry["record_kind"],
        "record_id": entry["record_id"],
        "changes": entry["changes"],
    }
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def _dialect_insert(conn: Connection, table: Table) -> postgresql.Insert | sqlite.Insert:
    return postgresql.insert(table) if conn.dialect.name == "postgresql" else sqlite.insert(table)


def _lock_head(conn: Connection) -> tuple[int, str]:
    """The last id and hash, with the head row locked until the transaction ends."""
    head = AuditHead.__table__
    conn.execute(_dialect_insert(conn, head).values(id=1, last_id=0, last_hash="").on_conflict_do_nothing())
    if conn.dialect.name == "sqlite":
        # Take SQLite's write lock before reading: a transaction that has only read cannot always upgrade.
        conn.execute(update(head).where(head.c.id == 1).values(last_id=head.c.last_id))
    row = conn.execute(select(head.c.last_id, head.c.last_hash).where(head.c.id == 1).with_for_update()).one()
    return row.last_id, row.last_hash


def _who(session: Session) -> tuple[str, str]:
    actor = current_actor(session)
    if actor is None:
        return SYSTEM, workstation_name()
    return actor.username, actor.workstation or workstation_name()


HEAD_CACHE = "audit_head"  # session.info key: (transaction, last id, last hash) once the head is locked


def _head(session: Session, conn: Connection) -> tuple[int, str]:
    """The head, read (and locked) once per transaction; later flushes of it reuse what it wrote.

    Keyed by the innermost transaction, so a savepoint that is rolled back makes
    the next append read the head again.
    """
    transaction = conn.get_nested_transaction() or conn.get_transaction()
    cached = session.info.get(HEAD_CACHE)
    if cached is not None and cached[0] is transaction:
        return cached[1], cached[2]
    return _lock_head(conn)


def _append(session: Session, entries: list[dict[str, Any]]) -> None:
    if not entries:
        return
    conn = session.connection()
    last_id, last_hash = _head(session, conn)
    username, workstation = _who(session)
    at = utc_now()
    for entry in entries:
        last_id += 1
        entry.setdefault("username", username)
        entry.update(id=last_id, at=at, workstation=workstation, prev_hash=last_hash)
        entry["hash"] = last_hash = entry_hash(last_hash, entry)
    conn.execute(insert(AuditEntry.__table__), entries)
    head = AuditHead.__table__
    conn.execute(update(head).where(head.c.id == 1).values(last_id=last_id, last_hash=last_hash))
    session.info[HEAD_CACHE] = (conn.get_nested_transaction() or conn.get_transaction(), last_id, last_hash)


def _dump(changes: Mapping[str, Any]) -> str:
    return json.dumps(changes, ensure_ascii=False, sort_keys=True) if changes else ""


def record(
    session: Session,
    action: str,
    record_kind: str | None = None,
    record_id: object = None,
    details: Mapping[str, Any] | None = None,
    *,
    username: str | None = None,
) -> None:
    """Append an explicit entry (a login, an export, a backup…) in the session's transaction.

    ``username`` names the subject when no actor is set yet (a failed login).
    Pending changes are flushed first, so their entries come before this one.
    """
    session.flush()
    entry: dict[str, Any] = {
        "action": action,
        "record_kind": record_kind,
        "record_id": None if record_id is None else str(record_id)[:40],
        "changes": _dump(clean_details(details)),
    }
    if username is not None:
        entry["username"] = username[:64]
    _append(session, [entry])


def record_apart(
    engine: Any, actor: Any, action: str, record_kind: str | None = None, record_id: object = None,
    details: Mapping[str, Any] | None = None,
) -> bool:
    """Best effort: append an entry in a short transaction of its own; False if that could not be done.

    For attempts whose own transaction is rolled back (a refused action).  It
    waits at most a quarter second for a lock: the caller's own transaction may
    hold SQLite's write lock or the chain's head row.
    """
    from sqlalchemy.exc import DBAPIError

    sqlite = engine.dialect.name == "sqlite"
    try:
        with engine.connect() as conn:
            usual = conn.exec_driver_sql("PRAGMA busy_timeout").scalar() if sqlite else None
            conn.exec_driver_sql("PRAGMA busy_timeout=250" if sqlite else "SET lock_timeout = '250ms'")
            conn.commit()
            try:
                with Session(bind=conn, info={"actor": actor}) as session:
                    record(session, action, record_kind, record_id, details)
                    session.commit()
            finally:
                conn.rollback()
                conn.exec_driver_sql(f"PRAGMA busy_timeout={int(usual or 0)}" if sqlite else "RESET lock_timeout")
                conn.commit()
        return True
    except DBAPIError:
        return False


def _record_id(obj: object) -> str:
    identity = inspect(obj).mapper.primary_key_from_instance(obj)
    return "/".join(str(v) for v in identity)[:40]


def _logged(name: str, table: str) -> bool:
    return name not in SKIPPED_COLUMNS and not (table == "account" and name in LOGIN_BOOKKEEPING)


def _field(name: str, value: Any) -> Any:
    return mask_iin(plain_value(value)) if is_iin_field(name) else plain_value(value)


def _values(obj: object, table: str) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {a.key: _field(a.key, getattr(obj, a.key)) for a in mapper.column_attrs if _logged(a.key, table)}


def _updates(obj: object, table: str) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if not _logged(attr.key, table):
            continue
        history = state.attrs[attr.key].history
        if not history.added and not history.deleted:
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            changes[attr.key] = [_field(attr.key, old), _field(attr.key, new)]
    return changes


def _table_of(obj: object) -> str | None:
    table = getattr(inspect(obj).mapper, "local_table", None)
    name = getattr(table, "name", None)
    return None if name is None or name in NOT_AUDITED_TABLES else name


def _entries(objects: Iterable[object], action: str) -> list[dict[str, Any]]:
    entries = []
    for obj in objects:
        table = _table_of(obj)
        if table is None:
            continue
        changes = _updates(obj, table) if action == UPDATE else _values(obj, table)
        if action == UPDATE and not changes:
            continue
        entries.append({"action": action, "record_kind": table, "record_id": _record_id(obj), "changes": _dump(changes)})
    return entries


def _after_flush(session: Session, _flush_context: object) -> None:
    entries = _entries(session.new, CREATE) + _entries(session.dirty, UPDATE) + _entries(session.deleted, DELETE)
    _append(session, entries)


def install() -> None:
    """Listen to every Session's flushes (idempotent)."""
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)


def verify_chain(session: Session, batch: int = 2000) -> list[str]:
    """Problems with the chain, as English messages; empty when every entry fits.

    Stops at the first entry that does not fit: every later one follows from it.
    """
    table = AuditEntry.__table__
    expected_id, prev_hash = 0, ""
    last_id = 0
    statement = select(table).order_by(table.c.id)
    for row in session.execute(statement.execution_options(yield_per=batch)).mappings():
        if row["id"] != expected_id + 1 or row["prev_hash"] != prev_hash:
            return [LINK_BROKEN.format(id=row["id"], previous=expected_id or "—")]
        if entry_hash(prev_hash, row) != row["hash"]:
            return [HASH_CHANGED.format(id=row["id"])]
        expected_id, prev_hash = row["id"], row["hash"]
        last_id = row["id"]
    head = session.get(AuditHead, 1)
    if head is not None and (head.last_id != last_id or head.last_hash != prev_hash):
        return [HEAD_MISMATCH.format(found=last_id, expected=head.last_id)]
    return []


def decode_changes(text: str) -> dict[str, Any]:
    """The ``changes`` of an entry as a dict (empty when there are none)."""
    return json.loads(text) if text else {}


install()
