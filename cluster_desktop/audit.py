"""The audit log: who changed what, written in the same transaction as the change.

Every flush of a session appends one entry per inserted, updated or deleted
record (SQLAlchemy's ``after_flush`` event, installed once for every Session
when this module is imported — ``cluster_desktop.db`` imports it).  Entries
are written with Core inserts on the session's own connection, so a change
that is rolled back leaves no entry, and a committed change always has one.
:func:`record` adds explicit entries: logins, exports, backups, restores.

Entries form a chain: ``hash = HMAC-SHA256(key, prev_hash + canonical JSON of
the entry)`` under the key of :mod:`cluster_desktop.audit_seal` (entries older
than the key: plain SHA-256, sealed by the first keyed one); the single
``audit_head`` row holds the last id and hash and is locked (``SELECT … FOR
UPDATE`` on PostgreSQL; SQLite has one writer at a time) while entries are
appended, so two PCs never fork the chain.  After each commit that appended,
the anchor outside the database moves to the new end.  :func:`check_log`
recomputes the chain against key and anchor; the ``check`` command and the
Audit page report ok, entries removed at the end, an entry changed, or the
chain broken.

What an entry never holds: passwords or their hashes, an IIN beyond its last
four digits, the derived search and sort keys.  Rows inserted with bulk Core
statements (the spreadsheet import) bypass the session's flush; their service
records one explicit entry instead.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, event, insert, inspect, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.orm import Session

from .audit_seal import KEY_ID_LENGTH, Anchor, Seal, key_id_of, seal_for
from .errors import QT_TRANSLATE_NOOP, Problem, UserError
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
SEAL = "seal"  # the first keyed entry after entries written before the key existed

# Technical tables whose rows say nothing a reader of the log needs (or are the log itself).
NOT_AUDITED_TABLES = frozenset({"audit_entry", "audit_head", "certificate_counter", "backup_log", "signing_key"})
# Columns left out of every entry: secrets, derived keys, bookkeeping.
SKIPPED_COLUMNS = frozenset({"password_hash", "search_key", "sort_key", "created_at", "updated_at", "payload"})
# Account columns that change on every login; the login has its own entry.
LOGIN_BOOKKEEPING = frozenset({"failed_attempts", "locked_until", "last_login_at"})

HASH_CHANGED = QT_TRANSLATE_NOOP("Errors", "Audit entry {id} was changed after it was written: its hash does not match its contents.")
LINK_BROKEN = QT_TRANSLATE_NOOP("Errors", "Audit entry {id} does not follow entry {previous}: entries were removed, inserted or changed.")
HEAD_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "The audit log ends at entry {found}, but entry {expected} was the last one written: entries were removed."
)
ANCHOR_PAST_END = QT_TRANSLATE_NOOP(
    "Errors", "The audit log ends at entry {found}, but this computer saw entry {expected} written: entries were removed at the end."
)
ANCHOR_CHANGED = QT_TRANSLATE_NOOP("Errors", "Audit entry {id} is not the one this computer saw written: the audit log was rewritten.")
UNSEALED = QT_TRANSLATE_NOOP(
    "Errors", "Audit entry {id} is not sealed with the audit key although earlier entries are: it was changed or inserted."
)
FOREIGN_KEY = QT_TRANSLATE_NOOP("Errors", "Audit entry {id} is sealed with a key this computer does not have: it was changed or inserted.")
UNREADABLE_ENTRY = QT_TRANSLATE_NOOP(
    "Errors", "The audit entry after entry {previous} cannot be read: it holds values the program never writes, so it was changed."
)
NO_KEY = QT_TRANSLATE_NOOP(
    "Errors",
    "Audit entry {id} does not match its contents, and the audit log key is missing from the keys folder: "
    "either the entry was changed or the key was lost. Restore the keys folder from a backup.",
)


class Verdict(enum.Enum):
    """What :func:`check_log` found, in the words ``check`` reports."""

    OK = "ok"
    REMOVED_AT_END = "entries removed at the end"
    CHANGED = "entry changed"
    BROKEN = "chain broken"


@dataclass(frozen=True)
class LogCheck:
    """The verdict on the audit log, and the first thing that does not fit (translatable)."""

    verdict: Verdict
    problem: Problem | None = None
    entries: int = 0
    checked_elsewhere: int = 0  # entries of other PCs (shared database): checked for their place only

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.OK

    @property
    def message(self) -> str:
        return "ok" if self.problem is None else self.problem.message


def _found(verdict: Verdict, template: str, entries: int = 0, **params: Any) -> LogCheck:
    return LogCheck(verdict, Problem("audit_log", template, params), entries)


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


def sealed_by(hash_value: str) -> str | None:
    """The id of the key that sealed an entry with this hash; None for a plain SHA-256 (written before the key)."""
    return hash_value[:KEY_ID_LENGTH] if len(hash_value) > KEY_ID_LENGTH and hash_value[KEY_ID_LENGTH] == ":" else None


def entry_hash(prev_hash: str, entry: Mapping[str, Any] | RowMapping, key: bytes | None = None) -> str:
    """SHA-256 of the previous hash and the entry; with ``key``, ``<key id>:<HMAC-SHA256>`` in the same 64 characters."""
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
    data = (prev_hash + canonical).encode("utf-8")
    if key is None:
        return hashlib.sha256(data).hexdigest()
    mac = hmac.new(key, data, hashlib.sha256).hexdigest()
    return f"{key_id_of(key)}:{mac[: 63 - KEY_ID_LENGTH]}"


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


APPENDED = "audit_appended"  # session.info key: the seal whose anchor moves once the transaction commits
RESTORED = "audit_restored"  # session.info key: a restore was recorded; its commit resets the anchor
NEXT_ANCHOR = "audit_next_anchor"  # session.info key: (seal, anchor) to write once the commit has succeeded


def _seal_entry(conn: Connection, last_id: int) -> list[dict[str, Any]]:
    """The ``seal`` entry, when the entry before was written before the key existed (its hash is plain SHA-256)."""
    if last_id == 0:
        return []
    table = AuditEntry.__table__
    previous = conn.execute(select(table.c.hash).where(table.c.id == last_id)).scalar()
    if previous is None or sealed_by(previous) is not None:
        return []
    return [{"action": SEAL, "record_kind": "audit_entry", "record_id": None, "changes": _dump({"entries": last_id}), "username": SYSTEM}]


def _append(session: Session, entries: list[dict[str, Any]]) -> None:
    if not entries:
        return
    conn = session.connection()
    transaction = conn.get_nested_transaction() or conn.get_transaction()
    cached = session.info.get(HEAD_CACHE)
    fresh = cached is None or cached[0] is not transaction
    last_id, last_hash = _head(session, conn)
    seal = seal_for(conn.engine)
    key = seal.key(create=True)
    if fresh and key is not None:
        entries = _seal_entry(conn, last_id) + entries
    username, workstation = _who(session)
    at = utc_now()
    for entry in entries:
        last_id += 1
        entry.setdefault("username", username)
        entry.update(id=last_id, at=at, workstation=workstation, prev_hash=last_hash)
        entry["hash"] = last_hash = entry_hash(last_hash, entry, key)
    conn.execute(insert(AuditEntry.__table__), entries)
    head = AuditHead.__table__
    conn.execute(update(head).where(head.c.id == 1).values(last_id=last_id, last_hash=last_hash))
    session.info[HEAD_CACHE] = (transaction, last_id, last_hash)
    session.info[APPENDED] = seal


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
    if action == RESTORE:  # the restored log is not the one this PC saw: anchor it anew once this commits
        session.info[RESTORED] = True


def record_apart(
    engine: Any,
    actor: Any,
    action: str,
    record_kind: str | None = None,
    record_id: object = None,
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
    except (DBAPIError, UserError):  # a lock not granted in time; an audit key that cannot be written
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


def _read_end(conn: Connection, anchored_id: int = 0) -> tuple[Anchor | None, str | None]:
    """The chain's end (head and first entry) and the hash of entry ``anchored_id`` now, in one round trip."""
    head, table = AuditHead.__table__, AuditEntry.__table__
    first = select(table.c.hash).where(table.c.id == 1).scalar_subquery()
    anchored = select(table.c.hash).where(table.c.id == anchored_id).scalar_subquery()
    row = conn.execute(select(head.c.last_id, head.c.last_hash, first, anchored).where(head.c.id == 1)).first()
    if row is None:
        return None, None
    return Anchor(row[0], row[1], row[2] or ""), row[3]


def _read_head(conn: Connection) -> Anchor | None:
    return _read_end(conn)[0]


def _made_anew(first: RowMapping | None, anchor: Anchor, key: bytes | None) -> bool:
    """Whether the log starts with another first entry than the anchored one, sealed with this PC's key.

    Then the database was made anew (a failed first set-up retried, a demo
    database deleted): no one without the key can forge such a first entry.
    """
    if first is None or key is None or not anchor.first_hash or first["hash"] == anchor.first_hash:
        return False
    return first["id"] == 1 and first["prev_hash"] == "" and hmac.compare_digest(entry_hash("", first, key), first["hash"])


def _first_entry(conn: Connection) -> RowMapping | None:
    table = AuditEntry.__table__
    return conn.execute(select(table).where(table.c.id == 1)).mappings().first()


def _next_anchor(conn: Connection, seal: Seal, restored: bool) -> Anchor | None:
    """Where the anchor goes once this transaction commits: the chain's end (read in the transaction, which holds the head).

    None keeps it where it is: the chain no longer holds the anchored entry, and
    is not a database made anew either, so the anchor stays as evidence.  After
    a restore the end is anchored whatever the log before it was.
    """
    anchor = seal.read_anchor()
    end, anchored_hash = _read_end(conn, anchor.last_id if anchor is not None else 0)
    if end is None or restored or anchor is None:
        return end
    # The chain still holds the anchored entry, or starts anew with an entry sealed by this PC's key.
    if anchor.last_id == 0 or (end.last_id >= anchor.last_id and anchored_hash == anchor.last_hash):
        return end
    return end if _made_anew(_first_entry(conn), anchor, seal.key(create=False)) else None


def reset_anchor(engine: Any) -> None:
    """Anchor the chain as it is now (when an administrator accepts the log as it stands: ``check --reset-anchor``)."""
    seal = seal_for(engine)
    with engine.connect() as conn:
        end = _read_head(conn)
    seal.write_anchor(end or Anchor(0, ""))


def _before_commit(session: Session) -> None:
    """Write a new key and work out the anchor's next place, inside the transaction about to commit.

    SQLAlchemy calls this before the commit's own last flush, and for the
    release of a savepoint too: so flush first (every entry is then written),
    and anchor only when the outermost transaction commits.
    """
    session.flush()
    seal = session.info.get(APPENDED)
    if seal is None:
        return
    seal.save_key()  # a key made for this transaction is written now, or the commit fails
    if session.in_nested_transaction():
        return
    restored = bool(session.info.pop(RESTORED, False))
    session.info.pop(APPENDED, None)
    try:
        session.info[NEXT_ANCHOR] = (seal, _next_anchor(session.connection(), seal, restored))
    except (UserError, ValueError, TypeError):  # an unreadable key or first entry: the anchor stays (``check`` says why)
        session.info.pop(NEXT_ANCHOR, None)


def _after_commit(session: Session) -> None:
    """Move the anchor (best effort: the commit has succeeded; an anchor that cannot be written only weakens ``check``)."""
    seal, anchor = session.info.pop(NEXT_ANCHOR, (None, None))
    if seal is not None and anchor is not None:
        seal.write_anchor(anchor)


def _after_rollback(session: Session) -> None:
    for name in (APPENDED, RESTORED, NEXT_ANCHOR):
        session.info.pop(name, None)


def install() -> None:
    """Listen to every Session's flushes and commits (idempotent)."""
    listeners = (
        ("after_flush", _after_flush),
        ("before_commit", _before_commit),
        ("after_commit", _after_commit),
        ("after_rollback", _after_rollback),
    )
    for name, listener in listeners:
        if not event.contains(Session, name, listener):
            event.listen(Session, name, listener)


def check_log(session: Session, batch: int = 2000) -> LogCheck:
    """The audit log against its chain, this PC's key and its anchor; stops at the first thing that does not fit.

    A sealed entry's hash names its key: this PC's is checked in full; on a
    shared PostgreSQL database another PC's only for its place in the chain.
    On SQLite (one PC writes) another key may only come before this PC's first
    entry: a shared database's backup restored here.  Plain SHA-256 entries
    (written before the key existed) may only come before the first sealed one.
    """
    seal = seal_for(session.get_bind().engine)
    key = seal.key(create=False)
    mine = key_id_of(key) if key is not None else None
    shared = session.get_bind().dialect.name != "sqlite"
    table = AuditEntry.__table__
    expected_id, prev_hash, sealed, mine_seen, elsewhere = 0, "", False, False, 0
    statement = select(table).order_by(table.c.id)
    try:
        for row in session.execute(statement.execution_options(yield_per=batch)).mappings():
            if row["id"] != expected_id + 1 or row["prev_hash"] != prev_hash:
                return _found(Verdict.BROKEN, LINK_BROKEN, expected_id, id=row["id"], previous=expected_id or "—")
            key_id = sealed_by(row["hash"])
            if key_id is None:
                if sealed:
                    return _found(Verdict.BROKEN, UNSEALED, expected_id, id=row["id"])
                if entry_hash(prev_hash, row) != row["hash"]:
                    return _found(Verdict.CHANGED, HASH_CHANGED, expected_id, id=row["id"])
            elif key_id == mine:
                if not hmac.compare_digest(entry_hash(prev_hash, row, key), row["hash"]):
                    return _found(Verdict.CHANGED, HASH_CHANGED, expected_id, id=row["id"])
                mine_seen = True
            elif shared or (key is not None and not mine_seen):
                elsewhere += 1  # another PC's entry (on SQLite: from before this PC's first, a restored shared database's)
            elif key is None:
                return _found(Verdict.CHANGED, NO_KEY, expected_id, id=row["id"])
            else:
                return _found(Verdict.CHANGED, FOREIGN_KEY, expected_id, id=row["id"])
            sealed = sealed or key_id is not None
            expected_id, prev_hash = row["id"], row["hash"]
    except (ValueError, TypeError, AttributeError):  # a value of a type or form the program never writes (a time «garbage», bytes)
        return _found(Verdict.CHANGED, UNREADABLE_ENTRY, expected_id, previous=expected_id or "—")
    head = session.get(AuditHead, 1)
    if head is not None and (head.last_id != expected_id or head.last_hash != prev_hash):
        return _found(Verdict.REMOVED_AT_END, HEAD_MISMATCH, expected_id, found=expected_id, expected=head.last_id)
    anchor = seal.read_anchor()
    if anchor is not None and _made_anew(_first_entry(session.connection()), anchor, key):
        anchor = None  # another database of this PC's, made anew: the anchor was about the one before
    if anchor is not None and anchor.last_id > expected_id:
        return _found(Verdict.REMOVED_AT_END, ANCHOR_PAST_END, expected_id, found=expected_id, expected=anchor.last_id)
    if (
        anchor is not None
        and anchor.last_id > 0
        and session.scalar(select(table.c.hash).where(table.c.id == anchor.last_id)) != anchor.last_hash
    ):
        return _found(Verdict.CHANGED, ANCHOR_CHANGED, expected_id, id=anchor.last_id)
    return LogCheck(Verdict.OK, None, expected_id, elsewhere)


def verify_chain(session: Session, batch: int = 2000) -> list[str]:
    """Problems with the log, as English messages; empty when every entry fits (see :func:`check_log`)."""
    result = check_log(session, batch)
    return [] if result.ok else [result.message]


def decode_changes(text: str) -> dict[str, Any]:
    """The ``changes`` of an entry as a dict (empty when there are none)."""
    return json.loads(text) if text else {}


install()
