"""Mapped classes, one module per aggregate; importing this package maps them all."""

from .account import Account, AuditEntry, AuditHead
from .admissions import Application, ApplicationStatus, IntakePlan, SeatKind
from .agreement import Agreement, AgreementLearner, DocumentText
from .backup_log import BackupLogEntry
from .base import Base
from .certificate import Certificate, CertificateCounter, SigningKey
from .consent import Consent, ConsentPurposeGrant, Incident
from .enums import (
    AgreementKind,
    AgreementStatus,
    CertificateStatus,
    ConsentGiver,
    ConsentPurpose,
    ConsentTerm,
    EnrolmentStatus,
    OrganisationKind,
    ProgrammeKind,
    Role,
    Stage,
    StudyForm,
)
from .organisation import Organisation
from .outcomes import (
    ContractKind,
    DemandRequest,
    Destination,
    DestinationKind,
    Employment,
    EvidenceKind,
    FollowUp,
    GuidanceSession,
    GuidanceStage,
    Placement,
    PlacementKind,
    SessionAttendance,
    SessionHeadCount,
)
from .person import Person, StageRecord
from .programme import Enrolment, Group, Programme
from .setting import Setting

__all__ = [
    "Account",
    "Agreement",
    "AgreementKind",
    "AgreementLearner",
    "AgreementStatus",
    "Application",
    "ApplicationStatus",
    "AuditEntry",
    "AuditHead",
    "BackupLogEntry",
    "Base",
    "Certificate",
    "CertificateCounter",
    "CertificateStatus",
    "Consent",
    "ConsentGiver",
    "ConsentPurpose",
    "ConsentPurposeGrant",
    "ConsentTerm",
    "ContractKind",
    "DemandRequest",
    "Destination",
    "DestinationKind",
    "DocumentText",
    "Employment",
    "Enrolment",
    "EnrolmentStatus",
    "EvidenceKind",
    "FollowUp",
    "Group",
    "GuidanceSession",
    "GuidanceStage",
    "Incident",
    "IntakePlan",
    "Organisation",
    "OrganisationKind",
    "Person",
    "Placement",
    "PlacementKind",
    "Programme",
    "ProgrammeKind",
    "Role",
    "SeatKind",
    "SessionAttendance",
    "SessionHeadCount",
    "Setting",
    "SigningKey",
    "Stage",
    "StageRecord",
    "StudyForm",
]
