"""Issuing certificates: numbers without gaps, snapshots of what is printed, duplicates, revoking.

Series per programme kind (short Latin codes, so that a number reads the same
on a Kazakh, Russian or English blank and in a file name):

    KB  career guidance          (кәсіптік бағдар — preschool play sessions)
    PR  profile course           (профильдік курс — school, in-depth training)
    KP  professional course      (кәсіптік даярлық — school, ends in a certificate)
    KS  college specialty        (колледж, мамандық — working qualifications)

A registration number is ``SERIES-YEAR-NNNNNN``: the year of issue and the
number within that series and year.  The number comes from the
``certificate_counter`` row in the same transaction that inserts the
certificate, so a print that fails (and rolls back) consumes nothing, and the
counter's row lock makes two PCs on PostgreSQL take turns.

Listing (pending learners, the registry) lives in ``certificate_registry``;
what a blank prints in ``certificate_blanks``; writing PDFs to a folder in
``certificate_files``; checking a payload in ``certificate_checks``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from .. import audit
from ..college import CollegeDetails, require_college_details
from ..dates import numeric_date
from ..documents.fonts import require_printable
from ..errors import QT_TRANSLATE_NOOP, Problem, UserError, ValidationError
from ..languages import LANGUAGES, transliterate, value_in
from ..models import (
    Certificate,
    CertificateCounter,
    CertificateStatus,
    ConsentPurpose,
    Enrolment,
    EnrolmentStatus,
    Group,
    Person,
    Programme,
    ProgrammeKind,
)
from ..permissions import Permission, require
from ..signing import PAYLOAD_DIGEST_PREFIX, InstallationKey, SignedFields, register_key, sign_fields
from ..text import kazakh_sort_key, search_fold
from . import fields
from .consent_rules import require_purpose
from .records import fetch

SERIES = {
    ProgrammeKind.CAREER_GUIDANCE: "KB",
    ProgrammeKind.PROFILE_COURSE: "PR",
    ProgrammeKind.PROFESSIONAL_COURSE: "KP",
    ProgrammeKind.COLLEGE_SPECIALTY: "KS",
}
KIND_OF_SERIES = {series: kind for kind, series in SERIES.items()}
NUMBER_WIDTH = 6

ENROLMENT_GONE = QT_TRANSLATE_NOOP("Errors", "This enrolment no longer exists; someone may have deleted it meanwhile.")
CERTIFICATE_GONE = QT_TRANSLATE_NOOP("Errors", "This certificate is no longer in the registry.")
BAD_LANGUAGE = QT_TRANSLATE_NOOP("Errors", "A certificate is printed in Kazakh (kk), Russian (ru) or English (en), not «{language}».")
NOT_COMPLETED = QT_TRANSLATE_NOOP(
    "Errors", "{name} has not completed «{programme}» (group {group}); a certificate is issued only for a completed programme."
)
ALREADY_ISSUED = QT_TRANSLATE_NOOP(
    "Errors", "{name} already has certificate {number} for «{programme}». If the paper is lost, print a duplicate from the registry."
)
NO_ENGLISH_NAME = QT_TRANSLATE_NOOP(
    "Errors", "The programme «{programme}» has no English name; add one to the programme before printing an English certificate."
)
QUALIFICATION_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors", "The programme «{programme}» has its qualification only in another language, not in {language}; add it to the programme before printing a certificate in {language}."
)
DUPLICATE_LANGUAGE_GONE = QT_TRANSLATE_NOOP(
    "Errors", "A duplicate in {language} needs the programme and the learner, and one of them has been deleted: print the duplicate in the original's language."
)
LANGUAGE_WORDS = {
    "kk": QT_TRANSLATE_NOOP("Errors", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Errors", "Russian"),
    "en": QT_TRANSLATE_NOOP("Errors", "English"),
}
REVOKED_NO_REPRINT = QT_TRANSLATE_NOOP(
    "Errors", "Certificate {number} was revoked on {date} ({reason}); a revoked certificate cannot be reprinted."
)
ANONYMISED_NO_REPRINT = QT_TRANSLATE_NOOP(
    "Errors", "Certificate {number} belongs to an anonymised record: the holder's name is no longer kept, so it cannot be printed again."
)
ALREADY_REVOKED = QT_TRANSLATE_NOOP("Errors", "Certificate {number} is already revoked (on {date}).")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "«{text}» is not a certificate number; a number looks like KP-2026-000042.")
NUMBER_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "There is no certificate {number} in the registry.")
L_ISSUED_ON = QT_TRANSLATE_NOOP("Errors", "Date of issue")
L_FINISHED_ON = QT_TRANSLATE_NOOP("Errors", "Date the programme was completed")
L_REVOKED_ON = QT_TRANSLATE_NOOP("Errors", "Date of revoking")
L_REASON = QT_TRANSLATE_NOOP("Errors", "Reason for revoking")
REASON_LIMIT = 500


def registration_number(series: str, year: int, number: int) -> str:
    return f"{series}-{year}-{number:0{NUMBER_WIDTH}d}"


def parse_registration_number(text: str) -> tuple[str, int, int]:
    """``KP-2026-000042`` → ``("KP", 2026, 42)``; :class:`UserError` if it is not shaped like one."""
    parts = text.strip().upper().split("-")
    if len(parts) == 3 and parts[0].isalpha() and parts[1].isdigit() and len(parts[1]) == 4 and parts[2].isdigit():
        return parts[0], int(parts[1]), int(parts[2])
    raise UserError(NOT_A_NUMBER, text=text)


def find_by_number(session: Session, number: str) -> Certificate:
    series, year, serial = parse_registration_number(number)
    found = session.scalar(
        select(Certificate).where(Certificate.series == series, Certificate.year == year, Certificate.number == serial)
    )
    if found is None:
        raise UserError(NUMBER_NOT_FOUND, number=registration_number(series, year, serial))
    return found


def _dialect_insert(session: Session) -> Callable[[type[CertificateCounter]], postgresql.Insert | sqlite.Insert]:
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def allocate_number(session: Session, series: str, year: int) -> int:
    """The next number of ``series`` in ``year``, taken in the caller's transaction.

    The counter row is created if absent without failing when another session
    creates it at the same moment (ON CONFLICT DO NOTHING); the UPDATE then
    locks it until this transaction ends, so concurrent issuers queue and a
    rolled-back issue gives its number back.
    """
    insert = _dialect_insert(session)
    session.execute(insert(CertificateCounter).values(series=series, year=year, last_number=0).on_conflict_do_nothing())
    statement = (
        update(CertificateCounter)
        .where(CertificateCounter.series == series, CertificateCounter.year == year)
        .values(last_number=CertificateCounter.last_number + 1)
        .returning(CertificateCounter.last_number)
        .execution_options(synchronize_session=False)
    )
    return int(session.execute(statement).scalar_one())


def check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise UserError(BAD_LANGUAGE, language=language)


def load_enrolment(session: Session, enrolment_id: int, lock: bool = False) -> Enrolment:
    statement = select(Enrolment).where(Enrolment.id == enrolment_id)
    if lock:  # PostgreSQL: two PCs issuing for one learner take turns; SQLite ignores it (one writer anyway)
        statement = statement.with_for_update()
    enrolment = session.scalar(statement)
    if enrolment is None:
        raise UserError(ENROLMENT_GONE)
    return enrolment


def valid_original(session: Session, enrolment_id: int) -> Certificate | None:
    """The enrolment's original certificate that is not revoked, if any (duplicates do not count)."""
    return session.scalar(
        select(Certificate).where(
            Certificate.enrolment_id == enrolment_id,
            Certificate.duplicate_of_id.is_(None),
            Certificate.status == CertificateStatus.ISSUED,
        )
    )


def _check_issuable(enrolment: Enrolment, language: str, issued_on: date, today: date) -> None:
    group: Group = enrolment.group
    programme: Programme = group.programme
    person: Person = enrolment.person
    if enrolment.status is not EnrolmentStatus.COMPLETED:
        raise UserError(NOT_COMPLETED, name=person.full_name, programme=programme.name(language), group=group.name)
    texts_in_language(programme, person, language)
    problems: list[Problem] = []
    fields.check_past_date(problems, "issued_on", L_ISSUED_ON, issued_on, today, required=True)
    fields.check_date_order(problems, "issued_on", L_FINISHED_ON, enrolment.finished_on, L_ISSUED_ON, issued_on)
    if problems:
        raise ValidationError(problems)


def _refuse_second_original(session: Session, enrolment: Enrolment) -> None:
    existing = valid_original(session, enrolment.id)
    if existing is not None:
        raise UserError(
            ALREADY_ISSUED, name=enrolment.person.full_name, number=existing.registration_number, programme=existing.programme_name
        )


def holder_name(person: Person, language: str) -> str:
    """The holder's name as a certificate in ``language`` prints it: Latin letters in English (as stored, else transliterated)."""
    if language != "en":
        return person.full_name
    return (person.latin_name or "").strip() or transliterate(person.full_name)


def texts_in_language(programme: Programme, person: Person, language: str) -> dict[str, str | None]:
    """The words a certificate in ``language`` prints about the programme and the holder, each in that language only.

    UserError when the programme lacks its name, or has its qualification only in another language.
    """
    name = value_in(programme, "name", language)
    if not name:
        raise UserError(NO_ENGLISH_NAME, programme=programme.name_ru)
    qualification = value_in(programme, "qualification_name", language)
    if not qualification and any(value_in(programme, "qualification_name", other) for other in LANGUAGES):
        raise UserError(QUALIFICATION_ELSEWHERE, programme=programme.name(language), language=LANGUAGE_WORDS[language])
    return {"programme_name": name, "qualification_name": qualification or None, "full_name": holder_name(person, language)}


def snapshot_certificate(enrolment: Enrolment, language: str, issued_on: date, college: CollegeDetails) -> Certificate:
    """A certificate (without number, payload, key) holding what the blank prints, as of now."""
    group = enrolment.group
    programme = group.programme
    person = enrolment.person
    return Certificate(
        status=CertificateStatus.ISSUED,
        enrolment_id=enrolment.id,
        person_id=person.id,
        programme_id=programme.id,
        language=language,
        programme_kind=programme.kind,
        iin=person.iin,
        **texts_in_language(programme, person, language),
        qualification_code=programme.qualification_code,
        hours=programme.hours,
        study_form=group.study_form,
        starts_on=group.starts_on,
        ends_on=group.ends_on,
        result_percent=enrolment.result_percent,
        issued_on=issued_on,
        place=value_in(college, "city", language),
    )


def _number_and_sign(
    session: Session, certificate: Certificate, key: InstallationKey, enrolment: Enrolment | None = None
) -> Certificate:
    """Number, sign and record ``certificate``; for an original, first make sure the enrolment has none."""
    register_key(session, key)
    holder = session.get(Person, certificate.person_id) if certificate.person_id is not None else None
    # An English certificate holds the name in Latin letters: the registry still finds and sorts it by the Cyrillic one.
    name = holder.full_name if holder is not None else certificate.full_name
    certificate.search_key = search_fold(" ".join(dict.fromkeys((certificate.full_name, name, certificate.iin))))
    certificate.sort_key = kazakh_sort_key(*name.split())
    certificate.series = SERIES[certificate.programme_kind]
    certificate.year = certificate.issued_on.year
    certificate.number = allocate_number(session, certificate.series, certificate.year)
    if enrolment is not None:
        # Checked only now that this transaction writes: SQLite reads before the first write run outside
        # any lock, so an earlier check could race another process issuing for the same enrolment.
        # (PostgreSQL is already serialised by the enrolment's row lock.)
        _refuse_second_original(session, enrolment)
    certificate.key_id = key.key_id
    certificate.payload = sign_fields(key, signed_fields(certificate))
    session.add(certificate)
    session.flush()
    details = {"number": certificate.registration_number, "duplicate_of": certificate.duplicate_of_id, "iin": certificate.iin}
    audit.record(session, audit.ISSUE, "certificate", certificate.id, details)
    return certificate


def signed_fields(certificate: Certificate) -> SignedFields:
    return SignedFields(
        certificate.registration_number, certificate.full_name, certificate.programme_name, certificate.issued_on, certificate.key_id
    )


def issue_certificate(
    session: Session,
    enrolment_id: int,
    language: str,
    issued_on: date,
    key: InstallationKey,
    college: CollegeDetails,
    today: date | None = None,
) -> Certificate:
    """Record and number the certificate of a completed enrolment, in the caller's transaction."""
    require(session, Permission.ISSUE_CERTIFICATES)
    check_language(language)
    require_college_details(college, language)
    enrolment = load_enrolment(session, enrolment_id, lock=True)
    _check_issuable(enrolment, language, issued_on, today or date.today())
    require_purpose(session, [enrolment.person_id], ConsentPurpose.EDUCATION, issued_on)  # before a number is taken
    certificate = snapshot_certificate(enrolment, language, issued_on, college)
    refuse_unprintable(certificate, college)
    return _number_and_sign(session, certificate, key, enrolment)


def refuse_unprintable(certificate: Certificate, college: CollegeDetails) -> None:
    """Stop before a number is taken when the blank would print a blank: a letter the fonts lack.

    The forms refuse such letters, but a record imported or typed before they
    did, or written to the database by other means, may still hold one.
    """
    require_printable(
        certificate.full_name, certificate.programme_name, certificate.qualification_code, certificate.qualification_name,
        certificate.place, college.name(certificate.language), value_in(college, "director", certificate.language),
    )


def get_certificate(session: Session, certificate_id: int) -> Certificate:
    return fetch(session, Certificate, certificate_id, CERTIFICATE_GONE)


def original_of(certificate: Certificate) -> Certificate:
    return certificate.duplicate_of or certificate


def is_effectively_revoked(certificate: Certificate) -> bool:
    """Revoked itself, or a duplicate of a revoked original."""
    return any(c.status is CertificateStatus.REVOKED for c in (certificate, original_of(certificate)))


def refuse_anonymised(certificate: Certificate) -> None:
    """An anonymised holder's certificate keeps only its payload's digest (services.anonymisation): no blank, no duplicate."""
    for candidate in (certificate, original_of(certificate)):
        if candidate.payload.startswith(PAYLOAD_DIGEST_PREFIX):
            raise UserError(ANONYMISED_NO_REPRINT, number=candidate.registration_number)


def refuse_revoked(certificate: Certificate) -> None:
    for candidate in (certificate, original_of(certificate)):
        if candidate.status is CertificateStatus.REVOKED:
            raise UserError(
                REVOKED_NO_REPRINT,
                number=candidate.registration_number,
                date=numeric_date(candidate.revoked_on, "?"),
                reason=candidate.revoke_reason or "",
            )


def issue_duplicate(
    session: Session,
    certificate_id: int,
    key: InstallationKey,
    college: CollegeDetails,
    issued_on: date | None = None,
    language: str | None = None,
    today: date | None = None,
) -> Certificate:
    """A new certificate with its own number, copying the original's record and pointing to it.

    A duplicate of a duplicate points to the original.  The language defaults
    to the original's; the name and programme stay as first printed.
    """
    require(session, Permission.ISSUE_CERTIFICATES)
    today = today or date.today()
    issued_on = issued_on or today
    source = get_certificate(session, certificate_id)
    refuse_revoked(source)
    refuse_anonymised(source)
    original = original_of(source)
    language = language or original.language
    check_language(language)
    require_college_details(college, language)
    problems: list[Problem] = []
    fields.check_past_date(problems, "issued_on", L_ISSUED_ON, issued_on, today, required=True)
    if problems:
        raise ValidationError(problems)
    if original.person_id is not None:
        require_purpose(session, [original.person_id], ConsentPurpose.EDUCATION, issued_on)  # before a number is taken
    texts: dict[str, str | None] = {
        name: getattr(original, name) for name in ("programme_name", "qualification_name", "full_name")
    }
    if language != original.language:
        # Another language's words, never the original's: refused while the programme or the holder is gone.
        programme = session.get(Programme, original.programme_id) if original.programme_id is not None else None
        person = session.get(Person, original.person_id) if original.person_id is not None else None
        if programme is None or person is None:
            raise UserError(DUPLICATE_LANGUAGE_GONE, language=LANGUAGE_WORDS[language])
        texts = texts_in_language(programme, person, language)
    copied = {
        name: getattr(original, name)
        for name in (
            "enrolment_id", "person_id", "programme_id", "programme_kind", "iin", "qualification_code",
            "hours", "study_form", "starts_on", "ends_on", "result_percent",
        )
    }
    duplicate = Certificate(
        **copied, **texts, status=CertificateStatus.ISSUED, duplicate_of_id=original.id, language=language,
        issued_on=issued_on, place=value_in(college, "city", language) or original.place,
    )
    duplicate.duplicate_of = original
    refuse_unprintable(duplicate, college)
    return _number_and_sign(session, duplicate, key)


def revoke(session: Session, certificate_id: int, reason: str, on: date | None = None, today: date | None = None) -> Certificate:
    """Mark a certificate revoked; it keeps its number, and the reason and date are recorded."""
    require(session, Permission.ISSUE_CERTIFICATES)
    today = today or date.today()
    on = on or today
    certificate = get_certificate(session, certificate_id)
    if certificate.status is CertificateStatus.REVOKED:
        raise UserError(
            ALREADY_REVOKED,
            number=certificate.registration_number,
            date=numeric_date(certificate.revoked_on, "?"),
        )
    cleaned = fields.clean(reason)
    problems: list[Problem] = []
    fields.check_text(problems, "reason", L_REASON, cleaned, REASON_LIMIT, required=True)
    fields.check_past_date(problems, "revoked_on", L_REVOKED_ON, on, today, required=True)
    fields.check_date_order(problems, "revoked_on", L_ISSUED_ON, certificate.issued_on, L_REVOKED_ON, on)
    if problems:
        raise ValidationError(problems)
    certificate.status = CertificateStatus.REVOKED
    certificate.revoke_reason = cleaned
    certificate.revoked_on = on
    session.flush()
    audit.record(session, audit.REVOKE, "certificate", certificate.id, {"number": certificate.registration_number, "reason": cleaned})
    return certificate
