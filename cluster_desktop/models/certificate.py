"""Certificates as issued: a registry row per printed blank, numbered without gaps.

A certificate keeps a snapshot of what was printed (name, programme, hours,
result), so it stays as issued when the learner's record or the programme is
later edited or deleted.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, Numeric, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SortKey, Timestamped, enum_column
from .enums import CertificateStatus, ProgrammeKind, StudyForm


class CertificateCounter(Base):
    """The last number used in one series and year; its row lock serialises issuers."""

    __tablename__ = "certificate_counter"

    series: Mapped[str] = mapped_column(String(10), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class SigningKey(Base):
    """Public half of an installation's Ed25519 key, so every PC on a shared database can verify."""

    __tablename__ = "signing_key"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_on: Mapped[date] = mapped_column(Date)


class Certificate(Timestamped, Base):
    __tablename__ = "certificate"
    __table_args__ = (
        UniqueConstraint("series", "year", "number", name="uq_certificate_series_year_number"),
        # At most one original in force per enrolment, whatever the services do on two PCs at once.
        Index(
            "uq_certificate_original_in_force",
            "enrolment_id",
            unique=True,
            sqlite_where=text("duplicate_of_id IS NULL AND status = 'issued'"),
            postgresql_where=text("duplicate_of_id IS NULL AND status = 'issued'"),
        ),
        Index("ix_certificate_sort_key", "sort_key", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(10))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[CertificateStatus] = mapped_column(
        enum_column(CertificateStatus, 20), default=CertificateStatus.ISSUED
    )
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id", ondelete="RESTRICT"), index=True)
    enrolment_id: Mapped[int | None] = mapped_column(ForeignKey("enrolment.id", ondelete="SET NULL"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id", ondelete="SET NULL"), index=True)
    language: Mapped[str] = mapped_column(String(2))
    programme_kind: Mapped[ProgrammeKind] = mapped_column(enum_column(ProgrammeKind, 32))
    # What was printed, kept as printed.
    full_name: Mapped[str] = mapped_column(String(300))
    search_key: Mapped[str] = mapped_column(String(500), default="")  # text.search_fold of name and IIN
    sort_key: Mapped[str] = mapped_column(SortKey, default="")  # text.kazakh_sort_key of the name
    iin: Mapped[str] = mapped_column(String(12))
    programme_name: Mapped[str] = mapped_column(String(300))
    qualification_code: Mapped[str | None] = mapped_column(String(40))
    qualification_name: Mapped[str | None] = mapped_column(String(300))
    hours: Mapped[int] = mapped_column(Integer, default=0)
    study_form: Mapped[StudyForm] = mapped_column(enum_column(StudyForm, 20), default=StudyForm.FULL_TIME)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    result_percent: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    issued_on: Mapped[date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(100))
    payload: Mapped[str] = mapped_column(Text)
    key_id: Mapped[str] = mapped_column(ForeignKey("signing_key.key_id", ondelete="RESTRICT"))
    revoked_on: Mapped[date | None] = mapped_column(Date)
    revoke_reason: Mapped[str | None] = mapped_column(String(500))

    duplicate_of: Mapped[Certificate | None] = relationship(remote_side="Certificate.id")

    @property
    def registration_number(self) -> str:
        """The number printed on the blank, e.g. ``PK-2026-000042``."""
        return f"{self.series}-{self.year}-{self.number:06d}"
