"""A learner: one person, one record, through every stage of the cluster."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..ids import Sex
from .base import Base, SortKey, Timestamped, enum_column
from .enums import Stage
from .organisation import Organisation

if TYPE_CHECKING:
    from .programme import Enrolment


class Person(Timestamped, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    iin: Mapped[str] = mapped_column(String(12), unique=True)
    surname: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str | None] = mapped_column(String(100))
    # The name in Latin letters as in the passport, where it differs from the transliteration.
    latin_name: Mapped[str | None] = mapped_column(String(300))
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[Sex] = mapped_column(enum_column(Sex, 1))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(300))
    representative_name: Mapped[str | None] = mapped_column(String(200))
    representative_relation: Mapped[str | None] = mapped_column(String(60))
    representative_phone: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str | None] = mapped_column(Text)
    current_stage: Mapped[Stage] = mapped_column(enum_column(Stage, 20), default=Stage.PRESCHOOL)
    # Set when the identity was removed after the keeping period (see services.retention); counts stay.
    anonymised_on: Mapped[date | None] = mapped_column(Date)
    # Derived on write by the learner service (see cluster_desktop.text).
    search_key: Mapped[str] = mapped_column(String(500), default="")
    sort_key: Mapped[str] = mapped_column(SortKey, default="")

    stages: Mapped[list[StageRecord]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="StageRecord.started_on"
    )
    enrolments: Mapped[list[Enrolment]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_person_sort_key", "sort_key", "id"),
        Index("ix_person_birth_date", "birth_date", "id"),
        Index("ix_person_stage_sort", "current_stage", "sort_key", "id"),
    )

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


class StageRecord(Base):
    """One step of a learner's journey: where they were, from when to when."""

    __tablename__ = "stage_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage, 20))
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    school_grade: Mapped[int | None] = mapped_column(Integer)
    # The academic year (its first calendar year) in which school_grade was true; see cluster_desktop.school_grades.
    grade_year: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(String(300))

    person: Mapped[Person] = relationship(back_populates="stages")
    organisation: Mapped[Organisation | None] = relationship()
    repeats: Mapped[list[GradeRepeat]] = relationship(cascade="all, delete-orphan", order_by="GradeRepeat.academic_year")

    __table_args__ = (Index("ix_stage_record_school", "organisation_id", "stage"),)


class GradeRepeat(Base):
    """A pupil repeated a year: in ``academic_year`` the pupil stayed in the previous year's grade."""

    __tablename__ = "grade_repeat"

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_record_id: Mapped[int] = mapped_column(ForeignKey("stage_record.id", ondelete="CASCADE"), index=True)
    academic_year: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("stage_record_id", "academic_year", name="uq_grade_repeat_year"),)
