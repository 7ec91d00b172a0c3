"""Partnership agreements and documents received from partners, and the learners they concern.

One table holds every kind: the kinds share number, dates, partner and status,
and differ in a few optional fields (programme, workplace, mentor, pay, hours).
An agreement's status (draft, active, expiring soon, expired, terminated) is
derived from its dates and flags on the day asked, never stored.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, enum_column
from .enums import AgreementKind
from .organisation import Organisation

if TYPE_CHECKING:
    from .person import Person
    from .programme import Programme


class Agreement(Timestamped, Base):
    __tablename__ = "agreement"
    __table_args__ = (UniqueConstraint("number", "year", name="uq_agreement_number_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[AgreementKind] = mapped_column(enum_column(AgreementKind, 32))
    number: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)  # the year of signed_on; numbers repeat from year to year
    # Subject, or a received document's name; kept per official language (see cluster_desktop.languages).
    title_kk: Mapped[str | None] = mapped_column(String(300))
    title_ru: Mapped[str | None] = mapped_column(String(300))
    partner_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"), index=True)
    signed_on: Mapped[date] = mapped_column(Date)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, index=True)  # None: open-ended
    is_draft: Mapped[bool] = mapped_column(Boolean, default=False)
    terminated_on: Mapped[date | None] = mapped_column(Date)
    termination_reason: Mapped[str | None] = mapped_column(String(500))
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id", ondelete="SET NULL"))
    workplace_kk: Mapped[str | None] = mapped_column(String(300))
    workplace_ru: Mapped[str | None] = mapped_column(String(300))
    mentor: Mapped[str | None] = mapped_column(String(200))
    pay: Mapped[str | None] = mapped_column(String(200))  # wage or stipend, as agreed
    hours: Mapped[int | None] = mapped_column(Integer)  # on-the-job volume
    # Extra obligations agreed for this agreement, one per line, in each official language.
    obligations_kk: Mapped[str | None] = mapped_column(Text)
    obligations_ru: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    partner: Mapped[Organisation] = relationship()
    programme: Mapped[Programme | None] = relationship()
    learners: Mapped[list[AgreementLearner]] = relationship(back_populates="agreement", cascade="all, delete-orphan")


class AgreementLearner(Base):
    """A learner attached to an agreement, with their own period where it differs from the agreement's."""

    __tablename__ = "agreement_learner"
    __table_args__ = (UniqueConstraint("agreement_id", "person_id", name="uq_agreement_learner_agreement_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)

    agreement: Mapped[Agreement] = relationship(back_populates="learners")
    person: Mapped[Person] = relationship()


class DocumentText(Timestamped, Base):
    """The clauses of one kind of document in one language, as staff edited them (JSON).

    Filled from ``resources/documents`` on first use; the program prints from here.
    """

    __tablename__ = "document_text"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    language: Mapped[str] = mapped_column(String(2), primary_key=True)
    content: Mapped[str] = mapped_column(Text)
