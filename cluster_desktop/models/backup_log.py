"""The log of backups made, verified and restored; the quarterly reminder reads it.

Kept in the database (as Vorta does), so every PC on a shared database knows
that this quarter's backup exists, and a restored database still remembers
the backups made before it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utc_now

BACKUP_CREATED = "create"
BACKUP_VERIFIED = "verify"
BACKUP_RESTORED = "restore"


class BackupLogEntry(Base):
    __tablename__ = "backup_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # one of BACKUP_CREATED, BACKUP_VERIFIED, BACKUP_RESTORED
    happened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)
    quarter: Mapped[str] = mapped_column(String(7))  # «2026-Q4»: the local quarter of the archive's creation
    file_name: Mapped[str] = mapped_column(String(255))
    folder: Mapped[str] = mapped_column(String(1000))
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    content_sha256: Mapped[str] = mapped_column(String(64))
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    program_version: Mapped[str] = mapped_column(String(20))
    schema_revision: Mapped[str] = mapped_column(String(10))
