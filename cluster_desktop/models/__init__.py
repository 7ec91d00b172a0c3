"""Mapped classes, one module per aggregate; importing this package maps them all."""

from .backup_log import BackupLogEntry
from .base import Base
from .certificate import Certificate, CertificateCounter, SigningKey
from .enums import (
    CertificateStatus,
    ConsentGiver,
    EnrolmentStatus,
    OrganisationKind,
    ProgrammeKind,
    Stage,
    StudyForm,
)
from .organisation import Organisation
from .person import Person, StageRecord
from .programme import Enrolment, Group, Programme
from .setting import Setting

__all__ = [
    "BackupLogEntry",
    "Base",
    "Certificate",
    "CertificateCounter",
    "CertificateStatus",
    "ConsentGiver",
    "Enrolment",
    "EnrolmentStatus",
    "Group",
    "Organisation",
    "OrganisationKind",
    "Person",
    "Programme",
    "Setting",
    "SigningKey",
    "ProgrammeKind",
    "Stage",
    "StageRecord",
    "StudyForm",
]
