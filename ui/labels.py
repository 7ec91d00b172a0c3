"""Translated names of the core's fixed vocabularies (stages, sexes, kinds, statuses)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cluster_desktop.ids import Sex
from cluster_desktop.languages import shown_in
from cluster_desktop.models import (
    AgreementKind,
    AgreementStatus,
    CertificateStatus,
    ConsentGiver,
    ContractKind,
    EnrolmentStatus,
    GuidanceStage,
    OrganisationKind,
    PlacementKind,
    ProgrammeKind,
    Stage,
    StudyForm,
)
from cluster_desktop.models.outcomes import InstructorKind, SessionKind
from cluster_desktop.services.accounts import DEMO_DISPLAY_NAME, DEMO_USERNAME
from cluster_desktop.services.placement_list import PlacementStatus

from .i18n import current_language

translate = QCoreApplication.translate  # lupdate collects translate("Labels", "…") calls


def stage_name(stage: Stage) -> str:
    return {
        Stage.PRESCHOOL: translate("Labels", "Preschool"),
        Stage.SCHOOL: translate("Labels", "School"),
        Stage.COLLEGE: translate("Labels", "College"),
        Stage.EMPLOYMENT: translate("Labels", "Employment"),
    }[stage]


def sex_name(sex: Sex) -> str:
    return {Sex.MALE: translate("Labels", "Male"), Sex.FEMALE: translate("Labels", "Female")}[sex]


def consent_giver_name(giver: ConsentGiver) -> str:
    return {ConsentGiver.SELF: translate("Labels", "The learner"), ConsentGiver.REPRESENTATIVE: translate("Labels", "Legal representative")}[giver]


def programme_kind_name(kind: ProgrammeKind) -> str:
    return {
        ProgrammeKind.CAREER_GUIDANCE: translate("Labels", "Career-guidance session"),
        ProgrammeKind.PROFILE_COURSE: translate("Labels", "Profile course"),
        ProgrammeKind.PROFESSIONAL_COURSE: translate("Labels", "Professional course"),
        ProgrammeKind.COLLEGE_SPECIALTY: translate("Labels", "College specialty"),
    }[kind]


def enrolment_status_name(status: EnrolmentStatus) -> str:
    return {
        EnrolmentStatus.ENROLLED: translate("Labels", "Studying"),
        EnrolmentStatus.COMPLETED: translate("Labels", "Completed"),
        EnrolmentStatus.WITHDRAWN: translate("Labels", "Withdrawn"),
        EnrolmentStatus.FAILED: translate("Labels", "Not passed"),
    }[status]


def organisation_kind_name(kind: OrganisationKind) -> str:
    return {
        OrganisationKind.EMPLOYER: translate("Labels", "Employer"),
        OrganisationKind.UNIVERSITY: translate("Labels", "University"),
        OrganisationKind.SCHOOL: translate("Labels", "School"),
        OrganisationKind.KINDERGARTEN: translate("Labels", "Kindergarten"),
        OrganisationKind.STATE_BODY: translate("Labels", "State body"),
        OrganisationKind.CERTIFICATION_BODY: translate("Labels", "Certification body"),
        OrganisationKind.TRAINING_CENTRE: translate("Labels", "Training centre"),
        OrganisationKind.COLLEGE: translate("Labels", "College"),
    }[kind]


def language_name(code: str) -> str:
    return {"kk": translate("Labels", "Kazakh"), "ru": translate("Labels", "Russian"), "en": translate("Labels", "English")}.get(code, code)


def shown(record: object, field: str) -> str:
    """``record``'s ``field`` kept per language, as a screen in the interface language shows it.

    Where the text is missing in that language another language's is shown, marked with it
    («Горный мастер (рус.)»), so nobody takes it for a translation.
    """
    return marked(*shown_in(record, field, current_language()))


def marked(text: str, language: str) -> str:
    """``text`` written in ``language``, marked with that language when it is not the interface's."""
    if not text or language == current_language():
        return text
    marker = {
        "kk": translate("Labels", "(in Kazakh)"),
        "ru": translate("Labels", "(in Russian)"),
        "en": translate("Labels", "(in English)"),
    }[language]
    return f"{text} {marker}"


def study_form_name(form: StudyForm) -> str:
    return {
        StudyForm.FULL_TIME: translate("Labels", "Full-time"),
        StudyForm.PART_TIME: translate("Labels", "Part-time"),
        StudyForm.DISTANCE: translate("Labels", "Distance"),
    }[form]


def certificate_status_name(status: CertificateStatus) -> str:
    return {CertificateStatus.ISSUED: translate("Labels", "Valid"), CertificateStatus.REVOKED: translate("Labels", "Revoked")}[status]


def agreement_kind_name(kind: AgreementKind) -> str:
    return {
        AgreementKind.MEMORANDUM: translate("Labels", "Memorandum of cooperation"),
        AgreementKind.DUAL_EDUCATION: translate("Labels", "Dual education (tripartite)"),
        AgreementKind.PRACTICE: translate("Labels", "Practice placement"),
        AgreementKind.TARGET_TRAINING: translate("Labels", "Target training"),
        AgreementKind.ACADEMIC: translate("Labels", "Academic partnership"),
        AgreementKind.RECEIVED_DOCUMENT: translate("Labels", "Received document"),
    }[kind]


def agreement_status_name(status: AgreementStatus) -> str:
    return {
        AgreementStatus.DRAFT: translate("Labels", "Draft"),
        AgreementStatus.ACTIVE: translate("Labels", "Active"),
        AgreementStatus.EXPIRING: translate("Labels", "Expiring soon"),
        AgreementStatus.EXPIRED: translate("Labels", "Expired"),
        AgreementStatus.TERMINATED: translate("Labels", "Terminated"),
    }[status]


def placement_kind_name(kind: PlacementKind) -> str:
    return {
        PlacementKind.PRACTICE: translate("Labels", "Practice"),
        PlacementKind.DUAL: translate("Labels", "Dual-education period"),
    }[kind]


def placement_status_name(status: PlacementStatus) -> str:
    return {
        PlacementStatus.PLANNED: translate("Labels", "Planned"),
        PlacementStatus.CURRENT: translate("Labels", "Under way"),
        PlacementStatus.FINISHED: translate("Labels", "Finished"),
    }[status]


def guidance_stage_name(stage: GuidanceStage) -> str:
    """Sessions are for preschool or school children: the journey stage's own name."""
    return stage_name(Stage(stage.value))


def session_kind_name(kind: SessionKind) -> str:
    return {
        SessionKind.TALK: translate("Labels", "Career-guidance talk"),
        SessionKind.MASTER_CLASS: translate("Labels", "Master class"),
        SessionKind.EXCURSION: translate("Labels", "Excursion to the enterprise"),
        SessionKind.PRACTICAL_LESSON: translate("Labels", "Practical lesson"),
        SessionKind.COMPETITION: translate("Labels", "Competition"),
    }[kind]


def instructor_kind_name(kind: InstructorKind) -> str:
    return {
        InstructorKind.STAFF: translate("Labels", "College staff"),
        InstructorKind.SPECIALIST: translate("Labels", "Enterprise specialist"),
    }[kind]


def contract_kind_name(kind: ContractKind) -> str:
    return {
        ContractKind.PERMANENT: translate("Labels", "Permanent contract"),
        ContractKind.FIXED_TERM: translate("Labels", "Fixed-term contract"),
        ContractKind.TARGET: translate("Labels", "Under a target-training agreement"),
        ContractKind.APPRENTICESHIP: translate("Labels", "Apprenticeship"),
    }[kind]


def account_name(username: str, display_name: str | None) -> str:
    """An account's name as shown: the demo administrator's in the interface language, anyone else's as typed."""
    if username == DEMO_USERNAME and display_name == DEMO_DISPLAY_NAME:
        return translate("Errors", DEMO_DISPLAY_NAME)
    return display_name or ""
