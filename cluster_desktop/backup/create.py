"""Making a backup: snapshot, encrypt to a temporary file, fsync, rename to a new name, read back, rotate.

At no moment is an existing backup overwritten or removed before the new one
has been read back from the drive and authenticated; a process killed at any
point leaves at most a ``.partial`` file, which never verifies (its header's
MAC is written last) and is not listed as a backup.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .. import __version__, audit, migrations
from ..db import Database
from ..errors import QT_TRANSLATE_NOOP, DatabaseError
from ..models.backup_log import BACKUP_CREATED
from ..paths import KEYS_DIR, default_data_dir, private_folder
from ..permissions import Permission, require
from ..work_folders import BACKUP, WorkFolder, remove_leftover_work
from . import BackupError, ProgressCallback, no_progress
from .archive import STRONG_KDF, ArchiveReader, ArchiveWriter, Header, KdfParams, Keys
from .content import write_content
from .naming import PARTIAL_SUFFIX, archive_name, archives_in, rotation_victims
from .passphrase_check import check_passphrase, remember_passphrase
from .snapshot import sqlite_check, sqlite_counts, take_snapshot

KEEP_QUARTERS = 8
STALE_PARTIAL_S = 3600

NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist or is not a folder. Plug the stick in again or choose another folder.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "Cannot write to {folder} ({reason}). Earlier backups there are untouched; choose another folder or drive.")
DISK_FULL = QT_TRANSLATE_NOOP("Errors", "The drive {folder} is full: the backup needs about {needed} MB. The unfinished file was removed; earlier backups are untouched.")
TOO_BIG = QT_TRANSLATE_NOOP("Errors", "The backup is larger than the drive {folder} allows for one file (FAT32: 4 GB). Format the stick as exFAT or NTFS, or choose another drive. Earlier backups are untouched.")
WRITE_FAILED = QT_TRANSLATE_NOOP("Errors", "Writing the backup to {folder} failed ({reason}); the stick may have been pulled out. Earlier backups are untouched.")
SNAPSHOT_DAMAGED = QT_TRANSLATE_NOOP("Errors", "The database failed its integrity check ({details}); no backup was made. Run «check» and ask for help.")
NOT_RECORDED = QT_TRANSLATE_NOOP(
    "Errors",
    "The backup {path} was written and checked, but the database could not record it (another program or PC kept it busy, "
    "or the connection was lost). The backup itself is good; until a backup is recorded, the reminder may still ask for one.",
)
READ_BACK_FAILED = QT_TRANSLATE_NOOP("Errors", "The backup written to {folder} did not read back correctly ({details}); it was removed. Earlier backups are untouched. Try another stick.")


@dataclass
class BackupResult:
    path: Path
    header: Header
    rotated: list[Path] = field(default_factory=list)


def _check_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise BackupError(NO_FOLDER, folder=str(folder))
    probe = folder / f".cluster-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise BackupError(CANNOT_WRITE, folder=str(folder), reason=exc.strerror or str(exc)) from None


def _free_name(folder: Path, college: str, moment: datetime) -> str:
    for serial in range(1000):
        name = archive_name(college, moment, serial)
        if not (folder / name).exists() and not (folder / ("." + name + PARTIAL_SUFFIX)).exists():
            return name
    raise BackupError(CANNOT_WRITE, folder=str(folder), reason="no free file name")


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):  # a pulled-out stick: nothing more we can do, and the file never verifies
        path.unlink()


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows and FAT have no directory handles to sync."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _drop_cached(path: Path) -> None:
    """Ask the OS to forget the file's pages, so reading back reads the drive, not memory (Linux)."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    with path.open("rb") as f:
        advise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def _remove_stale_partials(folder: Path) -> None:
    now = time.time()
    for path in folder.glob("." + "*" + PARTIAL_SUFFIX):
        try:
            if now - path.stat().st_mtime > STALE_PARTIAL_S:
                path.unlink()
        except OSError:
            pass


def private_work_dir(data_dir: Path | None) -> Path | None:
    """Where plaintext snapshots wait a moment: the data folder (as private as the database), else the temp folder."""
    try:
        return private_folder(data_dir or default_data_dir())
    except OSError:
        return None


def require_for(db: Database, permission: Permission) -> None:
    """Refuse (and audit the attempt) unless ``db.actor`` may do ``permission``."""
    with db.session() as session:
        require(session, permission)


def _college_name(db: Database) -> str:
    from ..college import load_college_details

    with db.session() as session:
        details = load_college_details(session)
    return details.name_en or details.name_ru or ""


def create_backup(
    db: Database,
    folder: Path,
    passphrase: str,
    *,
    kdf: KdfParams = STRONG_KDF,
    progress: ProgressCallback = no_progress,
    keep_quarters: int = KEEP_QUARTERS,
    now: datetime | None = None,
    new_passphrase: bool = False,
) -> BackupResult:
    """Back ``db`` (and the data folder's keys) up into a new archive in ``folder``.

    The passphrase must be the one of the last backup unless ``new_passphrase``
    (see :mod:`.passphrase_check`).
    """
    require_for(db, Permission.BACKUP)
    folder = Path(folder)
    _check_folder(folder)
    if not new_passphrase:
        check_passphrase(db, passphrase)
    moment = now or datetime.now()
    private = private_work_dir(db.data_dir)
    if private is not None:
        remove_leftover_work(private)
    work = WorkFolder(private, BACKUP)  # locked while it holds the plaintext; any a killed backup left goes at next start
    try:
        snapshot = work.path / "snapshot.sqlite3"
        progress(0, 100, "")
        take_snapshot(db, snapshot, lambda d, t, _x: progress(d, max(t, 1) * 4, ""))
        # The quick check here, the full one in verify_backup: a snapshot is a fresh copy of a database
        # SQLite has been keeping, and the new archive's bytes are proved by reading them back.
        integrity, revision = sqlite_check(snapshot, quick=True)
        if integrity != "ok":
            raise BackupError(SNAPSHOT_DAMAGED, details=integrity[:300])
        header = Header(
            program_version=__version__,
            schema_revision=revision or migrations.HEAD,
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            source_backend=db.backend,
            counts=sqlite_counts(snapshot),
        )
        keys_dir = (db.data_dir or default_data_dir()) / KEYS_DIR
        path, header, keys = _write_archive(folder, _college_name(db), moment, snapshot, keys_dir, header, passphrase, kdf, progress)
    finally:
        work.remove()  # the plaintext goes as soon as the archive holds it, before the slow read-back
    _read_back(path, header, keys, progress)
    rotated = [p for p in rotation_victims(folder, keep_quarters) if p != path]
    for victim in rotated:
        _remove_quietly(victim)
    _remove_stale_partials(folder)
    try:
        _log(db, path, header, moment)
    except DatabaseError as exc:  # busy or disconnected (db_failures): not «nothing was saved», since the file is there
        raise BackupError(NOT_RECORDED, path=str(path)) from exc
    remember_passphrase(db, header)
    return BackupResult(path, header, rotated)


def _write_archive(folder: Path, college: str, moment: datetime, snapshot: Path, keys_dir: Path | None,
                   header: Header, passphrase: str, kdf: KdfParams, progress: ProgressCallback) -> tuple[Path, Header, Keys]:
    name = _free_name(folder, college, moment)
    final, partial = folder / name, folder / ("." + name + PARTIAL_SUFFIX)
    size = snapshot.stat().st_size
    try:
        with partial.open("xb+") as out:
            writer = ArchiveWriter(out, header, passphrase, kdf)
            write_content(writer, snapshot, keys_dir, lambda d, t, _x: progress(t + d * 2, t * 4, ""))
            header = writer.close()
            os.fsync(out.fileno())
        if final.exists():  # never replace a backup, even one that appeared meanwhile
            raise BackupError(CANNOT_WRITE, folder=str(folder), reason="the name is taken")
        os.rename(partial, final)
        _fsync_folder(folder)
    except OSError as exc:
        _remove_quietly(partial)
        if exc.errno == errno.EFBIG:
            raise BackupError(TOO_BIG, folder=str(folder)) from None
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            raise BackupError(DISK_FULL, folder=str(folder), needed=size // 1_000_000 + 1) from None
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise BackupError(CANNOT_WRITE, folder=str(folder), reason=exc.strerror or str(exc)) from None
        raise BackupError(WRITE_FAILED, folder=str(folder), reason=exc.strerror or str(exc)) from None
    except BaseException:
        _remove_quietly(partial)
        raise
    return final, header, writer.keys


def _read_back(path: Path, header: Header, keys: Keys, progress: ProgressCallback) -> None:
    """Read the new file from the drive and authenticate every byte; remove it if it fails."""
    try:
        _drop_cached(path)
        total = header.content_size or 1
        with path.open("rb") as stream:
            reader = ArchiveReader(stream, str(path), "", keys=keys)
            while reader.read(1 << 20):
                progress(3 * total + reader.size, 4 * total, "")
            reader.finish()
        if reader.header.content_sha256 != header.content_sha256:
            raise BackupError(READ_BACK_FAILED, folder=str(path.parent), details="checksum")
    except (BackupError, OSError) as exc:
        _remove_quietly(path)
        details = exc.message if isinstance(exc, BackupError) else (exc.strerror or str(exc))
        raise BackupError(READ_BACK_FAILED, folder=str(path.parent), details=details) from None
    except BaseException:
        _remove_quietly(path)
        raise


def _log(db: Database, path: Path, header: Header, moment: datetime) -> None:
    from .log import record_backup

    with db.session() as session:
        record_backup(session, BACKUP_CREATED, moment.date(), path, header)
        audit.record(session, audit.BACKUP, "backup", None, {"file": path.name, "folder": str(path.parent)})


__all__ = ["KEEP_QUARTERS", "BackupResult", "archives_in", "create_backup"]
