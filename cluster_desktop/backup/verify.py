"""Reading archives: the header of every backup in a folder, and full verification of one.

Verification decrypts and authenticates every chunk, checks the content's
SHA-256 and size, writes the snapshot to a temporary folder, runs SQLite's
integrity check on it and compares its row counts with the header.
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..db import Database
from ..errors import QT_TRANSLATE_NOOP
from ..models.backup_log import BACKUP_VERIFIED
from ..work_folders import RESTORE, WorkFolder
from . import BackupError, ProgressCallback, no_progress
from .archive import ArchiveReader, Header, read_header
from .content import Extracted, read_content
from .naming import archives_in
from .snapshot import sqlite_check, sqlite_counts

CANNOT_READ = QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read ({reason}).")
DAMAGED_CONTENT = QT_TRANSLATE_NOOP("Errors", "The content of the backup {path} is not what Cluster Desktop writes ({reason}).")
SNAPSHOT_UNSOUND = QT_TRANSLATE_NOOP("Errors", "The database inside the backup {path} failed its integrity check ({details}).")
COUNTS_DIFFER = QT_TRANSLATE_NOOP(
    "Errors", "The database inside the backup {path} does not hold the records its header lists ({table}: {found} instead of {expected})."
)


@dataclass
class ArchiveInfo:
    """One file in a folder, as the Backup page and ``backup list`` show it."""

    path: Path
    size: int
    header: Header | None = None
    error: BackupError | None = None  # why the header cannot be read: the file is listed as damaged

    @property
    def problem(self) -> str | None:
        """Why the header cannot be read, in English (the window translates ``error``)."""
        return self.error.message if self.error is not None else None

    @property
    def created_at(self) -> datetime | None:
        if self.header is None:
            return None
        try:
            return datetime.fromisoformat(self.header.created_at).astimezone(UTC)
        except ValueError:
            return None


@dataclass
class VerifyReport:
    header: Header
    counts: dict[str, int]
    key_files: list[str] = field(default_factory=list)


def archive_info(path: Path) -> ArchiveInfo:
    """The readable header of ``path`` (not yet authenticated: that needs the passphrase)."""
    size = 0
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            header, _raw, _mac = read_header(stream, str(path))
        return ArchiveInfo(path, size, header)
    except BackupError as exc:
        return ArchiveInfo(path, size, error=exc)
    except OSError as exc:
        return ArchiveInfo(path, size, error=BackupError(CANNOT_READ, path=str(path), reason=exc.strerror or str(exc)))


def list_backups(folder: Path) -> list[ArchiveInfo]:
    """Our archives in ``folder``, newest first."""
    return [archive_info(p) for p in reversed(archives_in(Path(folder)))]


@contextmanager
def extracted(
    path: Path, passphrase: str, work_dir: Path | None = None, progress: ProgressCallback = no_progress
) -> Iterator[tuple[Header, Extracted]]:
    """Decrypt, authenticate and unpack ``path`` into a temporary folder, removed afterwards."""
    work = WorkFolder(work_dir, RESTORE)  # locked while it holds the plaintext; a killed run's goes at next start
    folder = work.path
    try:
        try:
            with Path(path).open("rb") as stream:
                reader = ArchiveReader(stream, str(path), passphrase)
                total = reader.header.content_size or 1
                content = read_content(reader, folder, str(path), total, progress)
                reader.finish()
        except OSError as exc:
            raise BackupError(CANNOT_READ, path=str(path), reason=exc.strerror or str(exc)) from None
        except tarfile.TarError as exc:
            raise BackupError(DAMAGED_CONTENT, path=str(path), reason=str(exc)) from None
        yield reader.header, content
    finally:
        work.remove()


def check_extracted(path: Path, header: Header, content: Extracted) -> dict[str, int]:
    """Integrity check of the unpacked snapshot and its counts against the header."""
    integrity, revision = sqlite_check(content.snapshot)
    if integrity != "ok":
        raise BackupError(SNAPSHOT_UNSOUND, path=str(path), details=integrity[:300])
    if revision != header.schema_revision:
        raise BackupError(COUNTS_DIFFER, path=str(path), table="alembic_version", found=revision, expected=header.schema_revision)
    counts = sqlite_counts(content.snapshot)
    for table in sorted(set(counts) | set(header.counts)):
        if counts.get(table, 0) != header.counts.get(table, 0):
            raise BackupError(COUNTS_DIFFER, path=str(path), table=table, found=counts.get(table, 0), expected=header.counts.get(table, 0))
    return counts


def verify_backup(path: Path, passphrase: str, *, work_dir: Path | None = None, progress: ProgressCallback = no_progress) -> VerifyReport:
    """Everything short of restoring; raises :class:`BackupError` saying what is wrong."""
    from .create import private_work_dir

    with extracted(Path(path), passphrase, work_dir or private_work_dir(None), progress) as (header, content):
        counts = check_extracted(Path(path), header, content)
        return VerifyReport(header, counts, sorted(content.keys))


def log_verified(db: Database, path: Path, header: Header) -> None:
    """Note in ``db``'s backup log that a user verified ``path``: it counts for its quarter's reminder."""
    from .log import record_backup

    made = datetime.fromisoformat(header.created_at).astimezone().date()
    with db.session() as session:
        record_backup(session, BACKUP_VERIFIED, made, path, header)
