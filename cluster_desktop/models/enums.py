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
