"""The fixed vocabularies of the cluster, stored as short strings."""

from __future__ import annotations

import enum


class Stage(str, enum.Enum):
    """The cluster's stages, in the order a learner passes them."""

    PRESCHOOL = "preschool"
    SCHOOL = "school"
    COLLEGE = "college"
    EMPLOYMENT = "employment"

    @property
    def rank(self) -> int:
        return list(Stage).index(self)


class OrganisationKind(str, enum.Enum):
    EMPLOYER = "employer"
    UNIVERSITY = "university"
    SCHOOL = "school"
    KINDERGARTEN = "kindergarten"
    STATE_BODY = "state_body"
    CERTIFICATION_BODY = "certification_body"
    TRAINING_CENTRE = "training_centre"
    COLLEGE = "college"


class ProgrammeKind(str, enum.Enum):
    CAREER_GUIDANCE = "career_guidance"
    PROFILE_COURSE = "profile_course"
    PROFESSIONAL_COURSE = "professional_course"
    COLLEGE_SPECIALTY = "college_specialty"

    @property
    def stage(self) -> Stage:
        return {
            ProgrammeKind.CAREER_GUIDANCE: Stage.PRESCHOOL,
            ProgrammeKind.PROFILE_COURSE: Stage.SCHOOL,
            ProgrammeKind.PROFESSIONAL_COURSE: Stage.SCHOOL,
            ProgrammeKind.COLLEGE_SPECIALTY: Stage.COLLEGE,
        }[self]


class EnrolmentStatus(str, enum.Enum):
    ENROLLED = "enrolled"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"
    FAILED = "failed"


class ConsentGiver(str, enum.Enum):
    """Who agreed to the processing of the learner's personal data."""

    SELF = "self"
    REPRESENTATIVE = "representative"


class StudyForm(str, enum.Enum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    DISTANCE = "distance"


class CertificateStatus(str, enum.Enum):
    """An issued certificate stays in the registry for good; revoking only marks it."""

    ISSUED = "issued"
    REVOKED = "revoked"


class AgreementKind(str, enum.Enum):
    MEMORANDUM = "memorandum"  # memorandum of cooperation
    DUAL_EDUCATION = "dual_education"  # tripartite: college – enterprise – learner
    PRACTICE = "practice"  # practice placement, learners attached
    TARGET_TRAINING = "target_training"  # target training / employment
    ACADEMIC = "academic"  # academic partnership with a university
    RECEIVED_DOCUMENT = "received_document"  # a document a partner issued to the cluster (e.g. Talap's certificate)


class AgreementStatus(str, enum.Enum):
    """Derived on the day asked (see services.agreements), never stored."""

    DRAFT = "draft"
    ACTIVE = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class Role(str, enum.Enum):
    """A staff account's role; what each may do is ``cluster_desktop.permissions.GRANTS``."""

    ADMINISTRATOR = "administrator"  # everything; manages accounts and settings
    REGISTRAR = "registrar"  # learners, groups, certificates, agreements, imports, backups
    VIEWER = "viewer"  # reads and prints reports; changes nothing


class ConsentPurpose(str, enum.Enum):
    """What a consent to process a learner's personal data allows (Law No. 94-V asks for each purpose)."""

    EDUCATION = "education"  # the education records: enrolments, results, certificates
    JOURNEY = "journey"  # the cluster journey across stages, naming the learner at sessions
    PARTNERS = "partners"  # transfer to partner enterprises: practice, dual education, employment
    ABROAD = "abroad"  # transfer abroad to partner universities
    PUBLICITY = "publicity"  # photos and publicity


class ConsentTerm(str, enum.Enum):
    """How long a consent lasts: to a date, or to the end of studies plus some years."""

    UNTIL_DATE = "until_date"
    AFTER_STUDIES = "after_studies"
