"""What a certificate's blank prints: from the registry, or as a preview that takes no number."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..college import CollegeDetails, require_college_details
from ..documents.blank import BlankData
from ..languages import value_in
from ..models import Certificate, ProgrammeKind, Stage, StageRecord
from ..permissions import Permission, require
from ..signing import encode_body, make_payload
from .certificates import (
    SERIES,
    check_language,
    get_certificate,
    load_enrolment,
    refuse_anonymised,
    refuse_revoked,
    signed_fields,
    snapshot_certificate,
)
from .school_grades import record_state_on

DRAFT_NUMBER = "______"  # shown on a preview where the number will be
DRAFT_KEY_ID = "0" * 16


SCHOOL_COURSES = (ProgrammeKind.PROFILE_COURSE, ProgrammeKind.PROFESSIONAL_COURSE)


def pupil_school(session: Session, certificate: Certificate) -> tuple[str | None, int | None]:
    """A school course's pupil: the school (in the blank's language) and the grade on the course's last day.

    (None, None) for other courses, or when the learner has no school record then; the grade is None when
    the record has none.  An English blank names the school in English, else leaves the line out.
    """
    if certificate.programme_kind not in SCHOOL_COURSES or certificate.person_id is None:
        return None, None
    day = certificate.ends_on or certificate.issued_on
    records = session.scalars(
        select(StageRecord)
        .where(StageRecord.person_id == certificate.person_id, StageRecord.stage == Stage.SCHOOL, StageRecord.started_on <= day)
        .order_by(StageRecord.started_on.desc(), StageRecord.id.desc())
    )
    for record in records:
        if record.ended_on is not None and record.ended_on < day:
            continue
        school = value_in(record.organisation, "name", certificate.language) if record.organisation is not None else ""
        if not school:
            return None, None
        if record.school_grade is None or record.grade_year is None:
            return school, None
        state = record_state_on(record, day)
        return school, state.grade
    return None, None


def blank_for(session: Session, certificate: Certificate, college: CollegeDetails) -> BlankData:
    """What to print for a certificate in the registry (as first issued; college details as now)."""
    original = certificate.duplicate_of if certificate.duplicate_of_id is not None else None
    school, grade = pupil_school(session, certificate)
    return BlankData(
        language=certificate.language,
        programme_kind=certificate.programme_kind,
        registration_number=certificate.registration_number,
        full_name=certificate.full_name,
        programme_name=certificate.programme_name,
        qualification_code=certificate.qualification_code,
        qualification_name=certificate.qualification_name,
        hours=certificate.hours,
        study_form=certificate.study_form,
        starts_on=certificate.starts_on,
        ends_on=certificate.ends_on,
        result_percent=certificate.result_percent,
        issued_on=certificate.issued_on,
        place=certificate.place,
        college=college,
        payload=certificate.payload,
        duplicate_of=original.registration_number if original is not None else None,
        school=school,
        school_grade=grade,
    )


def draft_blank(
    session: Session, enrolment_id: int, language: str, college: CollegeDetails, issued_on: date | None = None
) -> BlankData:
    """A preview of the certificate an enrolment would get: no number taken, nothing saved, marked as a draft.

    Its QR payload has the real shape and length but an empty signature, so a
    printed draft never verifies as valid.
    """
    require(session, Permission.PRINT_DOCUMENTS)
    check_language(language)
    require_college_details(college, language)
    issued_on = issued_on or date.today()
    enrolment = load_enrolment(session, enrolment_id)
    snapshot = snapshot_certificate(enrolment, language, issued_on, college)
    snapshot.series = SERIES[snapshot.programme_kind]
    snapshot.year = issued_on.year
    snapshot.number = 0
    snapshot.key_id = DRAFT_KEY_ID
    snapshot.payload = make_payload(encode_body(signed_fields(snapshot)), bytes(64))
    blank = blank_for(session, snapshot, college)
    placeholder = f"{snapshot.series}-{snapshot.year}-{DRAFT_NUMBER}"
    return replace(blank, registration_number=placeholder, draft=True)


def blanks_for_ids(session: Session, certificate_ids: Sequence[int], college: CollegeDetails) -> list[BlankData]:
    """Blanks to print again (same numbers, e.g. after a paper jam), in the order given; a revoked one is refused."""
    require(session, Permission.PRINT_DOCUMENTS)
    blanks = []
    for certificate_id in certificate_ids:
        certificate = get_certificate(session, certificate_id)
        refuse_revoked(certificate)
        refuse_anonymised(certificate)
        require_college_details(college, certificate.language)
        blanks.append(blank_for(session, certificate, college))
    return blanks
