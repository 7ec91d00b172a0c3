"""Admissions to the college: the intake plan per specialty and year, and applications to it.

An applicant is a :class:`~.person.Person` like every learner (one register of
people, one IIN check): someone not yet registered is added with the minimum a
person record needs when their application is taken.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, enum_column
from .organisation import Organisation
from .person import Person, StageRecord
from .programme import Programme


class SeatKind(str, enum.Enum):
    """Who pays for a seat."""

    STATE_ORDER = "state_order"  # the state educational order
    LOCAL_ORDER = "local_order"  # the local (regional) executive body's order
    EMPLOYER = "employer"  # employer-funded / target training, with the employer from the partner register
    PAID = "paid"  # paid by the applicant


class ApplicationStatus(str, enum.Enum):
    APPLIED = "applied"
    ADMITTED = "admitted"  # by an admission order (number and date)
    DECLINED = "declined"
    ENROLLED = "enrolled"  # the college stage has begun


class IntakePlan(Timestamped, Base):
    """So many seats of one kind in one college specialty for one year's intake."""

    __tablename__ = "intake_plan"
    __table_args__ = (
        UniqueConstraint("programme_id", "year", "seat_kind"),
        CheckConstraint("seats >= 0", name="seats"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    seat_kind: Mapped[SeatKind] = mapped_column(enum_column(SeatKind, 20))
    seats: Mapped[int] = mapped_column(Integer)

    programme: Mapped[Programme] = relationship()


class Application(Timestamped, Base):
    """A person applies to a college specialty for one year's intake, for one kind of seat."""

    __tablename__ = "application"
    __table_args__ = (
        UniqueConstraint("person_id", "programme_id", "year"),
        CheckConstraint("status NOT IN ('admitted', 'enrolled') OR order_number IS NOT NULL", name="order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="RESTRICT"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    seat_kind: Mapped[SeatKind] = mapped_column(enum_column(SeatKind, 20))
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"))
    status: Mapped[ApplicationStatus] = mapped_column(enum_column(ApplicationStatus, 20), default=ApplicationStatus.APPLIED)
    applied_on: Mapped[date] = mapped_column(Date)
    order_number: Mapped[str | None] = mapped_column(String(60))
    order_date: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)  # admitted, declined or enrolled on
    stage_record_id: Mapped[int | None] = mapped_column(ForeignKey("stage_record.id", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship()
    programme: Mapped[Programme] = relationship()
    employer: Mapped[Organisation | None] = relationship()
    stage_record: Mapped[StageRecord | None] = relationship()
