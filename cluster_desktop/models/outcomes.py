"""Where the journey leads: practice placements, employment with follow-ups, guidance sessions, employers' demand.

A guidance session records its attendance either per learner (where consent
for identities exists) or as head counts by age group only; the service keeps
one of the two per session.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .agreement import Agreement
from .base import Base, Timestamped, enum_column
from .organisation import Organisation
from .person import Person


class PlacementKind(str, enum.Enum):
    PRACTICE = "practice"  # a practice placement at an enterprise
    DUAL = "dual"  # a dual-education period on the job


class ContractKind(str, enum.Enum):
    PERMANENT = "permanent"  # open-ended employment contract
    FIXED_TERM = "fixed_term"
    TARGET = "target"  # under a target-training agreement
    APPRENTICESHIP = "apprenticeship"


class DestinationKind(str, enum.Enum):
    """Where a graduate is on a day: the destinations the department asks about."""

    EMPLOYED_IN_SPECIALTY = "employed_in_specialty"  # derived from a job marked as in the specialty
    EMPLOYED_OUTSIDE = "employed_outside"  # derived from any other job
    FURTHER_STUDY = "further_study"  # university or college
    MILITARY = "military"
    CHILDCARE = "childcare"  # maternity or childcare leave
    SELF_EMPLOYED = "self_employed"
    NOT_EMPLOYED = "not_employed"
    UNKNOWN = "unknown"  # nothing recorded in force on the day


class EvidenceKind(str, enum.Enum):
    """How the college knows a destination."""

    EMPLOYMENT_ORDER = "employment_order"
    CONTRACT = "contract"
    EMPLOYER_LETTER = "employer_letter"
    PENSION_STATEMENT = "pension_statement"  # statement of pension contributions
    ENROLMENT_LETTER = "enrolment_letter"  # a university's or college's letter
    PHONE_CALL = "phone_call"


class GuidanceStage(str, enum.Enum):
    PRESCHOOL = "preschool"
    SCHOOL = "school"


class SessionKind(str, enum.Enum):
    """What kind of guidance activity a session is."""

    TALK = "talk"  # a career-guidance talk
    MASTER_CLASS = "master_class"
    EXCURSION = "excursion"  # to the enterprise
    PRACTICAL_LESSON = "practical_lesson"
    COMPETITION = "competition"


class InstructorKind(str, enum.Enum):
    """Who led a session: one of the college's staff (name and position) or an enterprise's specialist (name and partner)."""

    STAFF = "staff"
    SPECIALIST = "specialist"


class Placement(Timestamped, Base):
    __tablename__ = "placement"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id", ondelete="SET NULL"))
    kind: Mapped[PlacementKind] = mapped_column(enum_column(PlacementKind, 20))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    mentor: Mapped[str | None] = mapped_column(String(200))

    person: Mapped[Person] = relationship()
    enterprise: Mapped[Organisation] = relationship()
    agreement: Mapped[Agreement | None] = relationship()


class Employment(Timestamped, Base):
    """A graduate's job; the evidence note says how the college knows (order number, letter…)."""

    __tablename__ = "employment"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id", ondelete="SET NULL"))
    position: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[date] = mapped_column(Date)
    contract_kind: Mapped[ContractKind] = mapped_column(enum_column(ContractKind, 20))
    evidence: Mapped[str | None] = mapped_column(Text)
    # The job as a destination (see services.destinations): in force from starts_on to ends_on.
    ends_on: Mapped[date | None] = mapped_column(Date)
    in_specialty: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    evidence_kind: Mapped[EvidenceKind | None] = mapped_column(enum_column(EvidenceKind, 30))
    evidence_number: Mapped[str | None] = mapped_column(String(60))
    evidence_date: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[str | None] = mapped_column(String(100))  # the account that recorded the job

    person: Mapped[Person] = relationship()
    employer: Mapped[Organisation] = relationship()
    agreement: Mapped[Agreement | None] = relationship()
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="employment", cascade="all, delete-orphan", order_by="FollowUp.months"
    )


class FollowUp(Base):
    """Six or twelve months after the start: is the graduate still employed, and where."""

    __tablename__ = "follow_up"
    __table_args__ = (
        UniqueConstraint("employment_id", "months", name="uq_follow_up_employment_months"),
        CheckConstraint("months IN (6, 12)", name="months"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employment_id: Mapped[int] = mapped_column(ForeignKey("employment.id", ondelete="CASCADE"), index=True)
    months: Mapped[int] = mapped_column(Integer)
    checked_on: Mapped[date] = mapped_column(Date)
    still_employed: Mapped[bool] = mapped_column(Boolean)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    works_at: Mapped[str | None] = mapped_column(String(300))

    employment: Mapped[Employment] = relationship(back_populates="follow_ups")
    organisation: Mapped[Organisation | None] = relationship()


class Destination(Timestamped, Base):
    """A graduate's destination other than a job (jobs are :class:`Employment`), with its evidence."""

    __tablename__ = "destination"
    __table_args__ = (CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[DestinationKind] = mapped_column(enum_column(DestinationKind, 30))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))  # the university…
    evidence_kind: Mapped[EvidenceKind] = mapped_column(enum_column(EvidenceKind, 30))
    evidence_number: Mapped[str | None] = mapped_column(String(60))
    evidence_date: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)

    person: Mapped[Person] = relationship()
    organisation: Mapped[Organisation | None] = relationship()


class GuidanceSession(Timestamped, Base):
    __tablename__ = "guidance_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[date] = mapped_column(Date, index=True)
    # Kept per official language (see cluster_desktop.languages); at least one of each is given.
    place_kk: Mapped[str | None] = mapped_column(String(300))
    place_ru: Mapped[str | None] = mapped_column(String(300))
    topic_kk: Mapped[str | None] = mapped_column(String(300))
    topic_ru: Mapped[str | None] = mapped_column(String(300))
    organiser_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    stage: Mapped[GuidanceStage] = mapped_column(enum_column(GuidanceStage, 20))
    kind: Mapped[SessionKind] = mapped_column(enum_column(SessionKind, 30), default=SessionKind.TALK, server_default="talk", index=True)
    hours: Mapped[int | None] = mapped_column(Integer)  # academic hours; None for sessions recorded before hours were kept
    instructor_kind: Mapped[InstructorKind | None] = mapped_column(enum_column(InstructorKind, 20))
    instructor_name: Mapped[str | None] = mapped_column(String(200))
    instructor_position: Mapped[str | None] = mapped_column(String(200))  # a staff member's position
    instructor_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )  # a specialist's enterprise, from the partner register

    organiser: Mapped[Organisation | None] = relationship(foreign_keys=[organiser_id])
    instructor_organisation: Mapped[Organisation | None] = relationship(foreign_keys=[instructor_organisation_id])
    attendees: Mapped[list[SessionAttendance]] = relationship(back_populates="session", cascade="all, delete-orphan")
    head_counts: Mapped[list[SessionHeadCount]] = relationship(back_populates="session", cascade="all, delete-orphan")


class SessionAttendance(Base):
    __tablename__ = "session_attendance"
    __table_args__ = (UniqueConstraint("session_id", "person_id", name="uq_session_attendance_session_person"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("guidance_session.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)

    session: Mapped[GuidanceSession] = relationship(back_populates="attendees")
    person: Mapped[Person] = relationship()


class SessionHeadCount(Base):
    """Children of one age group at a session, counted without names (no consent for identities)."""

    __tablename__ = "session_head_count"
    __table_args__ = (
        UniqueConstraint("session_id", "age_group", name="uq_session_head_count_session_age_group"),
        CheckConstraint("count >= 0", name="count"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("guidance_session.id", ondelete="CASCADE"), index=True)
    age_group: Mapped[str] = mapped_column(String(40))
    count: Mapped[int] = mapped_column(Integer)

    session: Mapped[GuidanceSession] = relationship(back_populates="head_counts")


class DemandRequest(Timestamped, Base):
    """An employer asks for so many people of one qualification in one year."""

    __tablename__ = "demand_request"
    __table_args__ = (CheckConstraint("people >= 1", name="people"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"), index=True)
    qualification_code: Mapped[str] = mapped_column(String(40), index=True)
    qualification_name: Mapped[str] = mapped_column(String(300))
    year: Mapped[int] = mapped_column(Integer)
    people: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    employer: Mapped[Organisation] = relationship()
