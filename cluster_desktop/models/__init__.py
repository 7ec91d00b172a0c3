"""Mapped classes, one module per aggregate; importing this package maps them all."""

from .base import Base
from .enums import ConsentGiver, EnrolmentStatus, OrganisationKind, ProgrammeKind, Stage
from .organisation import Organisation
from .person import Person, StageRecord
from .programme import Enrolment, Group, Programme

__all__ = [
    "Base",
    "ConsentGiver",
    "Enrolment",
    "EnrolmentStatus",
    "Group",
    "Organisation",
    "OrganisationKind",
    "Person",
    "Programme",
    "ProgrammeKind",
    "Stage",
    "StageRecord",
]
