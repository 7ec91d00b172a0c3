"""The backup log and the quarterly question: has this quarter a verified backup?

A verified backup is one the program read back and authenticated after
writing it, or one a user verified later; the quarter is the local calendar
quarter in which the archive was made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import BackupLogEntry
from ..models.backup_log import BACKUP_CREATED, BACKUP_RESTORED, BACKUP_VERIFIED
from ..periods import Quarter

if TYPE_CHECKING:
    from .archive import Header


@dataclass(frozen=True)
class LoggedBackup:
    file_name: str
    folder: str
    happened_at: datetime
    quarter: str
    size: int


def record_backup(session: Session, kind: str, on: date, path: Path, header: Header) -> None:
    """Log that the archive at ``path`` was made, verified or restored on ``on``; only archives read back are logged."""
    if kind not in (BACKUP_CREATED, BACKUP_VERIFIED, BACKUP_RESTORED):
        raise ValueError(kind)
    session.add(
        BackupLogEntry(kind=kind, quarter=str(Quarter.of(on)), file_name=path.name, folder=str(path.parent),
                       size=path.stat().st_size, content_sha256=header.content_sha256, verified=True,
                       program_version=header.program_version, schema_revision=header.schema_revision)
    )
    session.flush()


def last_verified_backup(session: Session) -> LoggedBackup | None:
    """The newest backup made here and read back, or verified by a user."""
    row = session.scalars(
        select(BackupLogEntry)
        .where(BackupLogEntry.kind.in_((BACKUP_CREATED, BACKUP_VERIFIED)), BackupLogEntry.verified.is_(True))
        .order_by(BackupLogEntry.happened_at.desc(), BackupLogEntry.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return LoggedBackup(row.file_name, row.folder, row.happened_at, row.quarter, row.size)


def quarter_is_covered(session: Session, today: date | None = None) -> bool:
    """Whether a verified backup of the current quarter is logged."""
    quarter = str(Quarter.of(today or date.today()))
    found = session.scalar(
        select(BackupLogEntry.id)
        .where(BackupLogEntry.kind.in_((BACKUP_CREATED, BACKUP_VERIFIED)), BackupLogEntry.verified.is_(True),
               BackupLogEntry.quarter == quarter)
        .limit(1)
    )
    return found is not None
