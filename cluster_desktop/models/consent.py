"""Consents to process a learner's personal data, per purpose, and personal-data incidents.

A consent is the paper form signed by the learner or their legal
representative: who gave it, when, for how long, and for which purposes.  Each
purpose is a row of its own so that it can be withdrawn on its own date while
the others stay in force (see ``cluster_desktop.services.consents``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, enum_column
from .enums import ConsentGiver, ConsentPurpose, ConsentTerm


class Consent(Timestamped, Base):
    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    given_by: Mapped[ConsentGiver] = mapped_column(enum_column(ConsentGiver, 20))
    # The legal representative who signed (None when the learner signed in their own name).
    giver_name: Mapped[str | None] = mapped_column(String(200))
    giver_relation: Mapped[str | None] = mapped_column(String(60))
    given_on: Mapped[date] = mapped_column(Date)
    term: Mapped[ConsentTerm] = mapped_column(enum_column(ConsentTerm, 20))
    valid_until: Mapped[date | None] = mapped_column(Date)  # term UNTIL_DATE
    years_after_studies: Mapped[int | None] = mapped_column(Integer)  # term AFTER_STUDIES
    form_number: Mapped[str | None] = mapped_column(String(40))  # the paper form's number
    notes: Mapped[str | None] = mapped_column(Text)

    purposes: Mapped[list[ConsentPurposeGrant]] = relationship(
        back_populates="consent", cascade="all, delete-orphan", order_by="ConsentPurposeGrant.id"
    )


class ConsentPurposeGrant(Base):
    """One purpose a consent allows, and when (if ever) it was withdrawn."""

    __tablename__ = "consent_purpose"

    id: Mapped[int] = mapped_column(primary_key=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("consent.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[ConsentPurpose] = mapped_column(enum_column(ConsentPurpose, 20))
    withdrawn_on: Mapped[date | None] = mapped_column(Date)

    consent: Mapped[Consent] = relationship(back_populates="purposes")

    __table_args__ = (UniqueConstraint("consent_id", "purpose", name="uq_consent_purpose_purpose"),)


class Incident(Timestamped, Base):
    """A personal-data incident: a leak, a lost stick, a wrong recipient; kept until its notification is recorded."""

    __tablename__ = "incident"

    id: Mapped[int] = mapped_column(primary_key=True)
    found_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    records_affected: Mapped[int] = mapped_column(Integer)
    affected_description: Mapped[str | None] = mapped_column(Text)  # which records, in words
    measures: Mapped[str | None] = mapped_column(Text)  # what was done about it
    notified_to: Mapped[str | None] = mapped_column(String(300))  # the authorised body, the subjects…
    notified_on: Mapped[date | None] = mapped_column(Date)
