"""Restoring an archive: into a temporary file first, then a safety copy, then one atomic step.

SQLite: the snapshot is unpacked beside the database (same file system, so the
final ``os.replace`` is atomic), checked, migrated up if it is older, and only
then swapped in — after a safety copy of the current database and keys.  A
process killed before the swap leaves the database as it was; after it, the
restored one.  PostgreSQL: all rows are replaced in one transaction, which the
server rolls back if anything (or anyone) stops it half-way.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from .. import audit, migrations
from ..dates import file_stamp
from ..db import Database, open_database
from ..errors import QT_TRANSLATE_NOOP
from ..models import BackupLogEntry
from ..models.backup_log import BACKUP_RESTORED
from ..paths import KEYS_DIR, SAFETY_COPIES_DIR, default_data_dir, make_private, private_file, private_folder
from ..permissions import Permission
from ..work_folders import remove_leftover_work
from . import BackupError, ProgressCallback, no_progress
from .archive import Header
from .content import Extracted
from .create import _fsync_folder, require_for
from .log import record_backup
from .snapshot import replace_postgres_rows, sqlite_engine, take_snapshot
from .verify import check_extracted, extracted

BACKUP_LOG = BackupLogEntry.__table__

NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "Errors",
    "The backup {path} was made by a newer version of Cluster Desktop (schema {found}; this program knows up to {head}). Install the newer version to restore it. Nothing was changed.",
)
IN_USE = QT_TRANSLATE_NOOP(
    "Errors", "The database is in use by another Cluster Desktop window or program. Close it and restore again. Nothing was changed."
)


@dataclass
class RestoreResult:
    database: Database  # the restored database, open (the one passed in is disposed for SQLite)
    header: Header
    safety_copy: Path
    keys_safety_copy: Path | None


def check_revision(path: Path, revision: str) -> None:
    if revision not in migrations.known_revisions():
        raise BackupError(NEWER_SCHEMA, path=str(path), found=revision, head=migrations.HEAD)


def restore_backup(db: Database, path: Path, passphrase: str, *, progress: ProgressCallback = no_progress) -> RestoreResult:
    """Replace the data of ``db`` (and the data folder's keys) with the archive's."""
    require_for(db, Permission.RESTORE)
    path = Path(path)
    from .verify import archive_info

    info = archive_info(path)
    if info.header is not None:
        check_revision(path, info.header.schema_revision)
    data_dir = db.data_dir or default_data_dir()
    live = Path(db.engine.url.database or "") if db.backend == "sqlite" else None
    work_dir = live.parent if live is not None else data_dir
    work_dir.mkdir(parents=True, exist_ok=True)
    remove_leftover_work(work_dir)
    with extracted(path, passphrase, work_dir, lambda d, t, _x: progress(d, t * 2, "")) as (header, content):
        check_extracted(path, header, content)
        check_revision(path, header.schema_revision)
        if header.schema_revision != migrations.HEAD:
            _migrate(content.snapshot)
        progress(60, 100, "")
        safety_dir = private_folder(data_dir / SAFETY_COPIES_DIR)
        stamp = _free_stamp(safety_dir)
        safety = safety_dir / f"before-restore-{stamp}.sqlite3"
        take_snapshot(db, safety, lambda d, t, _x: progress(60 + 20 * d // max(t, 1), 100, ""))
        keys_copy = _copy_keys(data_dir / KEYS_DIR, safety_dir / f"keys-before-restore-{stamp}")
        log = _read_log(db)
        if live is not None:
            url = db.engine.url.render_as_string(hide_password=False)
            db.dispose()
            _swap_in(content.snapshot, live)
            restored = open_database(url, db.data_dir)
            restored.actor = db.actor
        else:
            replace_postgres_rows(db.engine, content.snapshot, lambda d, t, _x: progress(80 + 15 * d // max(t, 1), 100, ""))
            restored = db
        audit.reset_anchor(restored.engine)  # the restored log is not the one this PC saw, even if the restore stops here
        _restore_keys(content, data_dir / KEYS_DIR)
    _carry_log(restored, log, path, header)  # past the point of no return: no progress call may cancel now
    return RestoreResult(restored, header, safety, keys_copy)


def _read_log(db: Database) -> list[dict[str, object]]:
    with db.engine.connect() as conn:
        return [dict(row) for row in conn.execute(select(BACKUP_LOG)).mappings()]


def _carry_log(db: Database, entries: list[dict[str, object]], path: Path, header: Header) -> None:
    """Keep this installation's backup log through the restore (the archive's is older), and log the restore."""
    with db.engine.begin() as conn:
        known = {(r.kind, r.file_name, r.content_sha256) for r in conn.execute(select(BACKUP_LOG))}
        missing = [
            {k: v for k, v in e.items() if k != "id"} for e in entries if (e["kind"], e["file_name"], e["content_sha256"]) not in known
        ]
        if missing:
            conn.execute(BACKUP_LOG.insert(), missing)
    with db.session() as session:
        record_backup(session, BACKUP_RESTORED, date.today(), path, header)
        # The restored audit log is the archive's; this entry says who replaced the newer one, and when.
        audit.record(session, audit.RESTORE, "backup", None, {"file": path.name, "made": header.created_at})


def _migrate(snapshot: Path) -> None:
    engine = sqlite_engine(snapshot)
    try:
        migrations.upgrade_to_head(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    finally:
        engine.dispose()


def _leave_wal_mode(live: Path) -> None:
    """Fold the write-ahead log into the file and stop using it, proving no one else has the file open.

    A ``-wal`` file left beside the swapped-in database would be replayed into
    it and corrupt it; SQLite switches out of WAL only when it is the sole user.
    """
    conn = sqlite3.connect(live, timeout=2)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError:
        raise BackupError(IN_USE) from None
    finally:
        conn.close()
    if str(mode).lower() != "delete" or Path(f"{live}-wal").exists():
        raise BackupError(IN_USE)


def _swap_in(snapshot: Path, live: Path) -> None:
    """The one step that changes the database: an atomic rename over it."""
    if live.exists():
        _leave_wal_mode(live)
    with snapshot.open("rb+") as f:
        os.fsync(f.fileno())
    os.replace(snapshot, live)
    _fsync_folder(live.parent)


def _free_stamp(folder: Path) -> str:
    """A timestamp no earlier safety copy in ``folder`` uses (two restores can fall in one second)."""
    base = file_stamp(datetime.now())
    serial = 0
    while True:
        stamp = base if serial == 0 else f"{base}-{serial}"
        if not any(folder.glob(f"*-before-restore-{stamp}*")) and not any(folder.glob(f"before-restore-{stamp}*")):
            return stamp
        serial += 1


def _copy_keys(keys_dir: Path, safety: Path) -> Path | None:
    if keys_dir.is_dir() and any(keys_dir.iterdir()):
        shutil.copytree(keys_dir, safety)
        make_private(safety)
        return safety
    return None


def _restore_keys(content: Extracted, keys_dir: Path) -> None:
    """Put the archive's key files in place (the current ones are in the safety copy)."""
    if not content.keys:
        return
    private_folder(keys_dir)
    for old in keys_dir.iterdir():
        if old.is_file() and old.name not in content.keys:
            old.unlink()
    for name, data in content.keys.items():
        temporary = private_file(keys_dir / f".{name}.restoring")
        with temporary.open("wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, keys_dir / name)
