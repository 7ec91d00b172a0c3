"""What the cluster teaches (programmes), to whom (groups) and how it went (enrolments)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .. import grades
from ..languages import shown_in
from .base import Base, Timestamped, enum_column
from .enums import EnrolmentStatus, ProgrammeKind, StudyForm
from .organisation import Organisation
from .qualification import Qualification

if TYPE_CHECKING:
    from .person import Person


class Programme(Timestamped, Base):
    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ProgrammeKind] = mapped_column(enum_column(ProgrammeKind, 32))
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    qualification_code: Mapped[str | None] = mapped_column(String(40))
    # Kept per language (see cluster_desktop.languages).
    qualification_name_kk: Mapped[str | None] = mapped_column(String(300))
    qualification_name_ru: Mapped[str | None] = mapped_column(String(300))
    qualification_name_en: Mapped[str | None] = mapped_column(String(300))
    hours: Mapped[int] = mapped_column(Integer, default=0)
    languages: Mapped[str] = mapped_column(String(20), default="kk,ru")
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    description: Mapped[str | None] = mapped_column(Text)

    partner: Mapped[Organisation | None] = relationship()
    # The catalogue's entry for the code (services.qualifications keeps every code one of its entries).
    qualification: Mapped[Qualification | None] = relationship(
        primaryjoin="foreign(Programme.qualification_code) == Qualification.code", viewonly=True
    )
    groups: Mapped[list[Group]] = relationship(back_populates="programme", cascade="all, delete-orphan")

    def name(self, language: str) -> str:
        """The name a screen in ``language`` shows (English falls back to Russian); documents use ``value_in``."""
        return shown_in(self, "name", language)[0]


class Group(Timestamped, Base):
    """A cohort taking one programme together."""

    __tablename__ = "learner_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    language: Mapped[str] = mapped_column(String(2), default="kk")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    study_form: Mapped[StudyForm] = mapped_column(enum_column(StudyForm, 20), default=StudyForm.FULL_TIME)

    programme: Mapped[Programme] = relationship(back_populates="groups")
    enrolments: Mapped[list[Enrolment]] = relationship(back_populates="group", cascade="all, delete-orphan")


class Enrolment(Timestamped, Base):
    """A learner in a group; the result is a percentage, grades are derived."""

    __tablename__ = "enrolment"
    __table_args__ = (UniqueConstraint("person_id", "group_id", name="uq_enrolment_person_group"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("learner_group.id", ondelete="CASCADE"), index=True)
    status: Mapped[EnrolmentStatus] = mapped_column(
        enum_column(EnrolmentStatus, 20), default=EnrolmentStatus.ENROLLED
    )
    enrolled_on: Mapped[date] = mapped_column(Date)
    finished_on: Mapped[date | None] = mapped_column(Date)
    result_percent: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))

    person: Mapped[Person] = relationship(back_populates="enrolments")
    group: Mapped[Group] = relationship(back_populates="enrolments")

    @property
    def letter_grade(self) -> str | None:
        return None if self.result_percent is None else grades.letter_grade(self.result_percent)

    @property
    def five_point_grade(self) -> int | None:
        return None if self.result_percent is None else grades.five_point_grade(self.result_percent)
