"""Opening the database: where it is, how it is configured, and bringing its schema up to date.

SQLite is the default (one file in the data folder); PostgreSQL is for colleges
that share one database between several PCs.  Every failure a user can cause —
an address we do not understand, a server that does not answer, a folder we
cannot write to, a file that is not our database, a database from a newer
program — becomes a :class:`DatabaseError` with a message, never a traceback.
"""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from . import audit, migrations
from .connection_config import explain_connection_failure
from .dates import file_stamp
from .db_failures import WAIT_FOR_LOCK_S, plain_failure
from .errors import QT_TRANSLATE_NOOP, DatabaseError
from .paths import (
    DATABASE_FILE,
    DEMO_DATABASE_FILE,
    SAFETY_COPIES_DIR,
    default_data_dir,
    make_data_folder_private,
    portable_data_dir,
    private_file,
    private_folder,
    private_sqlite_files,
)
from .work_folders import remove_leftover_work

audit.install()  # every session's flushes write the audit log (idempotent)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = WAIT_FOR_LOCK_S * 1000  # past it a write says «another program or PC is writing» (db_failures)
POSTGRES_CONNECT_TIMEOUT_S = 5


@dataclass
class Database:
    """An open, migrated database and the way to get sessions on it."""

    engine: Engine
    data_dir: Path | None
    safety_copy: Path | None = None
    # Who the program acts for (cluster_desktop.permissions.Actor); every session carries it.
    actor: Any = None

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def display_url(self) -> str:
        return describe(self.engine.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises.

        A lock held too long by another program or PC, a full disk and the like
        leave it as a plain :class:`UserError` (:mod:`.db_failures`), not as the driver's error.
        """
        try:
            with self._sessions(info={"actor": self.actor}) as session, session.begin():
                yield session
        except DBAPIError as exc:
            plain = plain_failure(exc)
            if plain is None:
                raise
            raise plain from exc

    def dispose(self) -> None:
        self.engine.dispose()


def _not_understood(url: str) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP("Errors", "The database address «{url}» is not understood. Use sqlite:///FILE or postgresql://USER@HOST:PORT/NAME."),
        url=re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url),  # never echo a password
    )


def parse_url(url: str) -> URL:
    """Accept ``sqlite:///file`` and ``postgresql://…`` (driven by psycopg 3); refuse the rest."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise _not_understood(url) from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return parsed.set(drivername="sqlite+pysqlite")
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    raise DatabaseError(
        QT_TRANSLATE_NOOP("Errors", "The database kind «{scheme}» is not supported. Use sqlite:///FILE or postgresql://USER@HOST:PORT/NAME."),
        scheme=parsed.drivername,
    )


def describe(url: URL) -> str:
    """How the user knows this database: a file path, or server/name without the password."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def sqlite_url(data_dir: Path, demo: bool = False) -> str:
    return f"sqlite:///{data_dir / (DEMO_DATABASE_FILE if demo else DATABASE_FILE)}"


def ensure_writable_folder(folder: Path) -> None:
    """Create ``folder`` if needed and prove that files can be written there.

    Each call writes a probe of its own name: two programs starting at once (the Task Scheduler's
    backup and a window) used to share one, and the second to delete it failed as «cannot write».
    """
    probe = folder / f".write-test-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        if folder == portable_data_dir():
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The program runs in portable mode and keeps its data in {folder}, which cannot be written ({reason}): "
                    "the stick may be write-protected or full. Copy the program's folder to a place you can write to, "
                    "or remove the file «portable» beside the program to keep the data on this PC.",
                ),
                folder=str(folder),
                reason=exc.strerror or str(exc),
            ) from None
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write to the data folder {folder} ({reason}). Choose another folder with --data-dir."),
            folder=str(folder),
            reason=exc.strerror or str(exc),
        ) from None


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} is a folder, not a file. Name a file, or choose another data folder."),
            path=str(path),
        )
    try:
        if not path.exists() or path.stat().st_size == 0:
            return
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The database file {path} cannot be read ({reason})."),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    if header != SQLITE_HEADER:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} is not a Cluster Desktop database (it is not an SQLite database at all)."),
            path=str(path),
        )


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    """Per-connection settings.  WAL is left to :func:`_use_write_ahead_log`: it is written into the file."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _use_write_ahead_log(engine: Engine) -> None:
    """Switch an SQLite database to WAL once it is known to be ours; the mode stays with the file.

    Not done on connect: it rewrites the file's header, and a file of another
    program (or of a newer one) must be refused untouched.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode=WAL")


def create_database_engine(url: URL) -> Engine:
    """The engine; ``hide_parameters`` keeps names and IINs out of error texts, which reach the log."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url, hide_parameters=True, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        hide_parameters=True,
        connect_args={
            "connect_timeout": POSTGRES_CONNECT_TIMEOUT_S,
            "application_name": "Cluster Desktop",
            "options": f"-c lock_timeout={BUSY_TIMEOUT_MS}",  # as SQLite's busy timeout: wait, then say so
        },
    )


def _explain_connection_failure(url: URL, exc: Exception) -> DatabaseError:
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if url.get_backend_name() == "sqlite":
        return DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The database file {path} cannot be opened: it is damaged or is not a Cluster Desktop database ({reason})."),
            path=str(url.database),
            reason=reason,
        )
    return explain_connection_failure(url, getattr(exc, "orig", None) or exc, POSTGRES_CONNECT_TIMEOUT_S)


@dataclass(frozen=True)
class SchemaState:
    revision: str | None
    has_tables: bool
    is_ours: bool  # empty, or carrying Alembic's version table


def read_schema_state(engine: Engine) -> SchemaState:
    """Read the schema revision without importing Alembic (it costs ~0.3 s at start)."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            return SchemaState(None, bool(tables), not tables)
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return SchemaState(row[0] if row else None, True, True)


def _safety_copy(engine: Engine, data_dir: Path, revision: str | None) -> Path | None:
    """Copy an SQLite database with the backup API before its schema is changed."""
    source_path = Path(engine.url.database or "")
    if engine.dialect.name != "sqlite" or not source_path.exists() or source_path.stat().st_size == 0:
        return None
    folder = data_dir / SAFETY_COPIES_DIR
    stamp = file_stamp(datetime.now())
    target = folder / f"{source_path.stem}-schema-{revision or 'none'}-{stamp}.sqlite3"
    try:
        private_folder(folder)
        source = sqlite3.connect(source_path)
        try:
            destination = sqlite3.connect(private_file(target))
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as exc:  # «safety-copies» is a file, the disk is full…
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database needs updating, but the safety copy made first cannot be written to {folder} ({reason}); "
                "the database was not changed. Make room there, or remove a file of that name.",
            ),
            folder=str(folder),
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from None
    return target


def bring_schema_up_to_date(engine: Engine, data_dir: Path | None) -> Path | None:
    """Refuse foreign or newer databases; otherwise copy the database and migrate it to head."""
    state = read_schema_state(engine)
    revision = state.revision
    if revision == migrations.HEAD:
        return None
    if revision is not None and revision not in migrations.known_revisions():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "This database was made by a newer version of Cluster Desktop (schema {found}; this program knows up to {head}). Install the newer version of the program."),
            found=revision,
            head=migrations.HEAD,
        )
    if not state.is_ours:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The database {url} holds tables of another program; Cluster Desktop will not change it."),
            url=describe(engine.url),
        )
    copy = _safety_copy(engine, data_dir, revision) if data_dir is not None and state.has_tables else None
    migrations.upgrade_to_head(engine)
    return copy


def open_database(url: str | None = None, data_dir: Path | None = None, *, demo: bool = False) -> Database:
    """Open (creating if needed) and migrate the database named by ``url`` or kept in ``data_dir``."""
    if url is None:
        data_dir = data_dir or default_data_dir()
        ensure_writable_folder(data_dir)
        url = sqlite_url(data_dir, demo)
    parsed = parse_url(url)
    if data_dir is not None:  # the program's own folder, not merely the one an sqlite:/// address points into
        make_data_folder_private(data_dir)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = Path(parsed.database)
        if data_dir is None:
            data_dir = path.parent
        ensure_writable_folder(path.parent)
        _check_sqlite_file(path)
        private_sqlite_files(path)
    remove_leftover_work(data_dir or default_data_dir())  # plaintext that a killed backup or restore left behind
    try:
        engine = create_database_engine(parsed)
    except (ArgumentError, ValueError, TypeError):  # a query parameter of the wrong kind: ?timeout=abc
        raise _not_understood(url) from None
    try:
        copy = bring_schema_up_to_date(engine, data_dir)
        _use_write_ahead_log(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise plain_failure(exc) or _explain_connection_failure(parsed, exc) from None
    return Database(engine=engine, data_dir=data_dir, safety_copy=copy)
