"""Database failures that come from the world, not from a bug: told in plain words, never as "unexpected".

Another program or PC holding the write lock past the wait (SQLite's busy
timeout, PostgreSQL's lock timeout), two PCs changing the same rows at the same
moment (a deadlock or a serialization failure), a full disk, a read-only file,
a server that went away mid-work (restarted, or the network cable pulled).
:func:`plain_failure` turns such a driver error (as SQLAlchemy wraps it, or
bare) into a :class:`UserError`; anything else is left alone, so a real bug
still reaches the log with its traceback.

``Database.session`` applies it to every unit of work; the command line and
the window's background tasks apply it too, for the few places that use the
engine directly.  Only the standard library is imported here.
"""

from __future__ import annotations

import sqlite3

from .errors import QT_TRANSLATE_NOOP, DatabaseError, UserError

# How long a write waits for another program's or PC's write to finish before giving up (SQLite and PostgreSQL).
WAIT_FOR_LOCK_S = 10

BUSY = QT_TRANSLATE_NOOP(
    "Errors",
    "Another program or PC is writing to the database and did not finish within {seconds} seconds; "
    "nothing was saved. Try again in a moment.",
)
CONFLICT = QT_TRANSLATE_NOOP("Errors", "Another PC changed the same records at the same moment; nothing was saved. Try again.")
DISK_FULL = QT_TRANSLATE_NOOP("Errors", "The disk that holds the database is full; nothing was saved. Free some space and try again.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "The database cannot be written (the file or the server is read-only); nothing was saved. "
    "Check the file's permissions or ask whoever runs the server.",
)
CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "Errors",
    "The connection to the database server was lost; nothing was saved. Check the network and that the server is running, then try again.",
)

# SQLite's primary result codes (the low byte of the extended code Python reports).
_SQLITE = {5: BUSY, 6: BUSY, 8: READ_ONLY, 13: DISK_FULL}  # BUSY, LOCKED, READONLY, FULL
# PostgreSQL's SQLSTATEs: lock_not_available, serialization_failure, deadlock_detected, disk_full,
# read_only_sql_transaction (a standby server); admin_shutdown, crash_shutdown, cannot_connect_now (a restart).
_POSTGRES = {
    "55P03": BUSY,
    "40001": CONFLICT,
    "40P01": CONFLICT,
    "53100": DISK_FULL,
    "25006": READ_ONLY,
    "57P01": CONNECTION_LOST,
    "57P02": CONNECTION_LOST,
    "57P03": CONNECTION_LOST,
}


class DatabaseBusyError(DatabaseError):
    """Someone else held the database (or the same rows) too long; nothing was saved, trying again may work."""


def _template(error: BaseException) -> str | None:
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None:
            return _SQLITE.get(code & 0xFF)
        return BUSY if "locked" in str(error) else None
    sqlstate = getattr(error, "sqlstate", None)  # psycopg's errors carry it
    return _POSTGRES.get(sqlstate) if isinstance(sqlstate, str) else None


def plain_failure(exc: BaseException) -> UserError | None:
    """The plain message for a database failure nobody's code caused, or None for anything else."""
    if isinstance(exc, UserError):
        return None
    template = _template(getattr(exc, "orig", None) or exc)  # SQLAlchemy's DBAPIError keeps the driver's in .orig
    if template is None and getattr(exc, "connection_invalidated", False):  # SQLAlchemy recognised a lost connection
        template = CONNECTION_LOST
    if template is None:
        return None
    kind = DatabaseBusyError if template in (BUSY, CONFLICT) else DatabaseError
    return kind(template, seconds=WAIT_FOR_LOCK_S) if template == BUSY else kind(template)
