"""Consistent snapshots as SQLite files, and moving rows between a snapshot and PostgreSQL.

SQLite is copied with the backup API (page by page, with progress; a write by
another connection restarts it, so the copy is always one consistent state).
PostgreSQL is read in one REPEATABLE READ, READ ONLY transaction — one
snapshot of the whole database — and copied table by table into a fresh
SQLite file migrated to the same revision.  Both sessions run in UTC, so
timestamps keep their instant whichever way the rows travel.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine, Table, create_engine, func, select, text
from sqlalchemy.engine import Connection

from .. import migrations
from ..db import Database, read_schema_state
from ..errors import QT_TRANSLATE_NOOP
from ..models import Base
from ..paths import private_file
from . import BackupError, ProgressCallback

BATCH_ROWS = 5000
BACKUP_STEP_PAGES = 2048

NOT_AT_HEAD = QT_TRANSLATE_NOOP("Errors", "The database is at schema {found}, not at this program's {head}; open it once with this program before backing it up.")
COPY_FAILED = QT_TRANSLATE_NOOP("Errors", "The snapshot could not be written to {path} ({reason}). The database is unchanged.")


def _excluded_tables(conn: sqlite3.Connection) -> set[str]:
    """Virtual tables (the search index) and their shadow tables, and Alembic's bookkeeping."""
    virtual = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")]
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {"alembic_version"} | {n for n in names if n.startswith("sqlite_") or any(n == v or n.startswith(v + "_") for v in virtual)}


def sqlite_counts(path: Path) -> dict[str, int]:
    """Rows per table of an SQLite snapshot, by table name."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        excluded = _excluded_tables(conn)
        names = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'") if r[0] not in excluded)
        return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        conn.close()


def sqlite_check(path: Path, quick: bool = False) -> tuple[str, str | None]:
    """``PRAGMA integrity_check`` («ok» when sound) and the schema revision of an SQLite file.

    ``quick`` runs ``quick_check`` instead: every page and record, but not whether
    the indexes match their tables — 0.13 s instead of 0.94 s at 100k learners.
    """
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")]
        has_version = conn.execute("SELECT 1 FROM sqlite_master WHERE name='alembic_version'").fetchone()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone() if has_version else None
    except sqlite3.DatabaseError as exc:
        return str(exc), None
    finally:
        conn.close()
    return ("ok" if rows == ["ok"] else "; ".join(rows)), (revision[0] if revision else None)


def database_counts(db: Database) -> dict[str, int]:
    """Rows per table of a live database, named and counted as :func:`sqlite_counts` does."""
    with db.engine.connect() as conn:
        return {t.name: conn.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables}


def take_snapshot(db: Database, target: Path, progress: ProgressCallback) -> None:
    """Write a consistent SQLite copy of ``db`` to ``target`` (which must not exist), readable by its owner only."""
    revision = read_schema_state(db.engine).revision
    if revision != migrations.HEAD:
        raise BackupError(NOT_AT_HEAD, found=revision or "—", head=migrations.HEAD)
    try:
        private_file(target)  # owner-only before the first byte of plaintext (its journal takes the same mode)
        if db.backend == "sqlite":
            _sqlite_snapshot(Path(db.engine.url.database or ""), target, progress)
        else:
            _postgres_snapshot(db.engine, target, progress)
    except OSError as exc:
        raise BackupError(COPY_FAILED, path=str(target), reason=exc.strerror or str(exc)) from None
    except sqlite3.OperationalError as exc:
        raise BackupError(COPY_FAILED, path=str(target), reason=str(exc)) from None


def _sqlite_snapshot(source_path: Path, target: Path, progress: ProgressCallback) -> None:
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(
                destination,
                pages=BACKUP_STEP_PAGES,
                progress=lambda _status, remaining, total: progress(total - remaining, total, ""),
            )
            # The copy stays self-contained: no -wal file beside it, whatever mode the source uses.
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    finally:
        source.close()


def sqlite_engine(path: Path) -> Engine:
    return create_engine(f"sqlite+pysqlite:///{path}")


def _copy_rows(source: Connection, destination: Connection, tables: list[Table], progress: ProgressCallback) -> None:
    total = len(tables)
    for number, table in enumerate(tables):
        progress(number, total, "")
        order = list(table.primary_key.columns) or list(table.columns)
        result = source.execution_options(yield_per=BATCH_ROWS).execute(select(table).order_by(*order))
        for batch in result.mappings().partitions(BATCH_ROWS):
            destination.execute(table.insert(), [dict(row) for row in batch])
            progress(number, total, "")
    progress(total, total, "")


def _remove_seeded_rows(destination: Connection) -> None:
    """Empty the tables a migration filled (the qualification catalogue): the source's own rows replace them."""
    for table in reversed(Base.metadata.sorted_tables):
        if destination.execute(select(table).limit(1)).first() is not None:
            destination.execute(table.delete())


def _postgres_snapshot(engine: Engine, target: Path, progress: ProgressCallback) -> None:
    destination_engine = sqlite_engine(target)
    try:
        migrations.upgrade_to_head(destination_engine)
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as source:
            source.exec_driver_sql("SET TRANSACTION READ ONLY")
            source.exec_driver_sql("SET LOCAL TIME ZONE 'UTC'")
            with destination_engine.begin() as destination:
                destination.exec_driver_sql("PRAGMA foreign_keys=OFF")
                _remove_seeded_rows(destination)
                _copy_rows(source, destination, Base.metadata.sorted_tables, progress)
            source.rollback()
        with destination_engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    finally:
        destination_engine.dispose()


def replace_postgres_rows(engine: Engine, snapshot: Path, progress: ProgressCallback) -> None:
    """In one transaction: empty every table of ``engine`` and fill it from ``snapshot`` (both at head)."""
    source_engine = sqlite_engine(snapshot)
    tables = Base.metadata.sorted_tables
    try:
        with source_engine.connect() as source, engine.begin() as destination:
            destination.exec_driver_sql("SET LOCAL TIME ZONE 'UTC'")
            names = ", ".join(f'"{t.name}"' for t in tables)
            destination.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
            _copy_rows(source, destination, tables, progress)
            for table in tables:
                _reset_sequence(destination, table)
    finally:
        source_engine.dispose()


def _reset_sequence(conn: Connection, table: Table) -> None:
    columns = list(table.primary_key.columns)
    if len(columns) != 1 or not columns[0].autoincrement or columns[0].type.python_type is not int:
        return
    name = columns[0].name
    conn.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence(:table, :column), COALESCE(MAX(\"{name}\"), 1), MAX(\"{name}\") IS NOT NULL) "
            f'FROM "{table.name}"'
        ),
        {"table": table.name, "column": name},
    )
