"""Mapped classes, one module per aggregate; importing this package maps them all."""

from .account import Account, AuditEntry, AuditHead
from .agreement import Agreement, AgreementLearner, DocumentText
from .backup_log import BackupLogEntry
from .base import Base
from .certificate import Certificate, CertificateCounter, SigningKey
from .enums import (
    AgreementKind,
    AgreementStatus,
    CertificateStatus,
    ConsentGiver,
    EnrolmentStatus,
    OrganisationKind,
    ProgrammeKind,
    Role,
    Stage,
    StudyForm,
)
from .organisation import Organisation
from .person import Person, StageRecord
from .programme import Enrolment, Group, Programme
from .setting import Setting

__all__ = [
    "Account",
    "Agreement",
    "AgreementKind",
    "AgreementLearner",
    "AgreementStatus",
    "AuditEntry",
    "AuditHead",
    "BackupLogEntry",
    "Base",
    "Certificate",
    "CertificateCounter",
    "CertificateStatus",
    "ConsentGiver",
    "DocumentText",
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
    "Role",
    "Stage",
    "StageRecord",
    "StudyForm",
]
