"""What one certificate blank prints: the values a service gathers and the renderer lays out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..college import CollegeDetails
from ..models.enums import ProgrammeKind, StudyForm


@dataclass(frozen=True)
class BlankData:
    """Everything printed on one blank; the caller has checked the college's details."""

    language: str
    programme_kind: ProgrammeKind
    registration_number: str
    full_name: str
    programme_name: str
    qualification_code: str | None
    qualification_name: str | None
    hours: int
    study_form: StudyForm
    starts_on: date | None
    ends_on: date | None
    result_percent: Decimal | None
    issued_on: date
    place: str
    college: CollegeDetails
    payload: str
    duplicate_of: str | None = None
    draft: bool = False
    school: str | None = None  # a school course's pupil: the school, in the blank's language, when the course ended
    school_grade: int | None = None  # and the grade then
