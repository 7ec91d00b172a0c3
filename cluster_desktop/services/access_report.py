"""The subject access report: everything the college holds about one person, in the person's language.

Law No. 94-V gives a person the right to know what is held about them.
:func:`build_access_report` gathers, for the person with an IIN, the personal
data, the stages of the journey, applications, enrolments and results,
certificates, the agreements and placements naming them, jobs with their
follow-ups, other destinations, the guidance sessions they were named at, the
consents with purposes, terms and withdrawals, and the audit entries about
them and the records that belong to them (who changed what, when).
:func:`write_access_report` prints it as PDF (see
:mod:`cluster_desktop.documents.access_report`), writing its audit entry — an
access to personal data — before the file.

Free texts kept per language (programme and qualification names,
organisation names, session topics) are printed in the report's language only.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .. import audit
from ..college import load_college_details
from ..dates import numeric_date
from ..documents.access_report import AccessReport
from ..documents.outcome_tables import ReportTable
from ..documents.texts import document_texts
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..figures import NONE, format_number
from ..files import atomic_write
from ..ids import mask_id_number, parse_iin
from ..languages import OFFICIAL_LANGUAGES, value_in, written_in
from ..models import (
    Agreement,
    AgreementLearner,
    Application,
    Certificate,
    Consent,
    ConsentTerm,
    Destination,
    Employment,
    Enrolment,
    FollowUp,
    GuidanceSession,
    Person,
    Placement,
    SessionAttendance,
    StageRecord,
)
from ..models.programme import Group
from ..permissions import Permission, require
from .access_report_audit import REPORT, audit_rows, none_if_blank, organisation_name
from .consent_rules import consent_runs_until, studies_end

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No one with IIN {iin} is registered; no report was written.")
NOT_PDF = QT_TRANSLATE_NOOP("Errors", "Cannot write «{name}»: choose a file ending in .pdf.")
ANONYMISED = QT_TRANSLATE_NOOP(
    "Errors", "{name} was anonymised on {day}: the record no longer holds anyone's identity, so no report was written."
)
DOCUMENT = "access"




def find_person(session: Session, iin: str, today: date) -> Person:
    """The person with ``iin``; a malformed IIN, one nobody has or an anonymised record's is refused with a clear message."""
    from .anonymisation import is_placeholder_iin

    typed = (iin or "").strip()
    if is_placeholder_iin(typed):  # what the list shows for an anonymised record
        anonymised = session.scalars(select(Person).where(Person.iin == typed)).one_or_none()
        if anonymised is not None and anonymised.anonymised_on is not None:
            raise UserError(ANONYMISED, name=anonymised.full_name, day=numeric_date(anonymised.anonymised_on))
    number = parse_iin(iin, "iin", today).iin
    person = session.scalars(select(Person).where(Person.iin == number)).one_or_none()
    if person is None:
        raise UserError(NOT_FOUND, iin=mask_id_number(number))
    return person


def _percent(value: Decimal | None, language: str) -> str | None:
    return None if value is None else format_number(float(value), 1, language)


def _section(texts: dict[str, Any], key: str, rows: list[tuple[Any, ...]]) -> ReportTable:
    spec = texts["sections"][key]
    return ReportTable(key, spec["title"], "", tuple(spec["columns"]), rows, texts["none"])


def _personal(person: Person, language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    words = texts["personal"]
    representative = None
    if person.representative_name:
        relation = none_if_blank(written_in(person.representative_relation, language))
        representative = (
            texts["representative"].format(name=person.representative_name, relation=relation) if relation else person.representative_name
        )
    rows: list[tuple[Any, ...]] = [
        (words["full_name"], person.full_name),
        (words["latin_name"], none_if_blank(person.latin_name)),
        (words["iin"], person.iin),
        (words["birth_date"], person.birth_date),
        (words["sex"], texts["sexes"].get(person.sex.value, person.sex.value)),
        (words["phone"], none_if_blank(person.phone)),
        (words["email"], none_if_blank(person.email)),
        (words["address"], none_if_blank(person.address)),
        (words["representative"], representative),
        (words["representative_phone"], none_if_blank(person.representative_phone)),
        (words["current_stage"], texts["stages"].get(person.current_stage.value, person.current_stage.value)),
        (words["notes"], none_if_blank(person.notes)),
    ]
    if person.anonymised_on is not None:
        rows.append((words["anonymised_on"], person.anonymised_on))
    return rows


def _stages(session: Session, person: Person, language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    records = session.scalars(
        select(StageRecord)
        .options(selectinload(StageRecord.organisation))
        .where(StageRecord.person_id == person.id)
        .order_by(StageRecord.started_on, StageRecord.id)
    )
    return [
        (
            texts["stages"].get(r.stage.value, r.stage.value),
            organisation_name(r.organisation, language),
            r.started_on,
            r.ended_on or texts["ongoing"],
            texts["grade"].format(grade=r.school_grade) if r.school_grade else None,
            none_if_blank(r.detail),
        )
        for r in records
    ]


def _applications(session: Session, person: Person, language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows = []
    for a in session.scalars(
        select(Application)
        .options(selectinload(Application.programme))
        .where(Application.person_id == person.id)
        .order_by(Application.year, Application.id)
    ):
        order = texts["order"].format(number=a.order_number, date=numeric_date(a.order_date)) if a.order_number else None
        rows.append(
            (
                str(a.year),
                none_if_blank(value_in(a.programme, "name", language)),
                texts["seat_kinds"].get(a.seat_kind.value, a.seat_kind.value),
                texts["application_statuses"].get(a.status.value, a.status.value),
                a.applied_on,
                order,
            )
        )
    return rows


def _enrolments(session: Session, person: Person, language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows = []
    for e in session.scalars(
        select(Enrolment)
        .options(selectinload(Enrolment.group).selectinload(Group.programme))
        .where(Enrolment.person_id == person.id)
        .order_by(Enrolment.enrolled_on, Enrolment.id)
    ):
        programme = e.group.programme
        qualification = none_if_blank(value_in(programme, "qualification_name", language))
        if qualification and programme.qualification_code:
            qualification = f"{programme.qualification_code} {qualification}"
        rows.append(
            (
                none_if_blank(value_in(programme, "name", language)),
                qualification,
                e.group.name,
                e.enrolled_on,
                e.finished_on,
                texts["enrolment_statuses"].get(e.status.value, e.status.value),
                _percent(e.result_percent, language),
            )
        )
    return rows


def _certificates(session: Session, person: Person, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows = []
    for c in session.scalars(select(Certificate).where(Certificate.person_id == person.id).order_by(Certificate.issued_on, Certificate.id)):
        status = texts["certificate_statuses"].get(c.status.value, c.status.value)
        if c.revoked_on is not None:
            status = texts["revoked"].format(date=numeric_date(c.revoked_on), reason=c.revoke_reason or NONE)
        if c.duplicate_of_id is not None:
            status = f"{status}, {texts['duplicate']}"
        rows.append((c.registration_number, c.issued_on, c.programme_name, status))  # as printed: the certificate's own language
    return rows


def _period(texts: dict[str, Any], start: date | None, end: date | None) -> str:
    return texts["period"].format(start=numeric_date(start, NONE), end=numeric_date(end, texts["ongoing"]))


def _agreements(session: Session, person: Person, language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows = []
    for link in session.scalars(
        select(AgreementLearner)
        .options(selectinload(AgreementLearner.agreement).selectinload(Agreement.partner))
        .where(AgreementLearner.person_id == person.id)
        .order_by(AgreementLearner.id)
    ):
        a = link.agreement
        rows.append(
            (
                f"{a.number}/{a.year}",
                texts["agreement_kinds"].get(a.kind.value, a.kind.value),
                organisation_name(a.partner, language),
                none_if_blank(value_in(a, "title", language)),
                _period(texts, link.starts_on or a.starts_on, link.ends_on or a.ends_on),
                a.terminated_on,
            )
        )
    return rows


def _placements(session: Session, person: Person, language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            texts["placement_kinds"].get(p.kind.value, p.kind.value),
            organisation_name(p.enterprise, language),
            f"{p.agreement.number}/{p.agreement.year}" if p.agreement is not None else None,
            p.starts_on,
            p.ends_on,
            none_if_blank(p.mentor),
        )
        for p in session.scalars(
            select(Placement)
            .options(selectinload(Placement.enterprise), selectinload(Placement.agreement))
            .where(Placement.person_id == person.id)
            .order_by(Placement.starts_on, Placement.id)
        )
    ]


def _evidence(texts: dict[str, Any], kind: Any, number: str | None, day: date | None, note: str | None = None) -> str | None:
    if kind is None or day is None:
        return none_if_blank(note)
    words = texts["evidence_kinds"].get(kind.value, kind.value)
    text = (texts["evidence"] if number else texts["evidence_no_number"]).format(kind=words, number=number, date=numeric_date(day))
    return f"{text}\n{note}" if none_if_blank(note) else text


def _jobs(jobs: list[Employment], language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            organisation_name(j.employer, language),
            j.position,
            texts["contract_kinds"].get(j.contract_kind.value, j.contract_kind.value),
            j.starts_on,
            j.ends_on,
            texts["yes"] if j.in_specialty else texts["no"],
            _evidence(texts, j.evidence_kind, j.evidence_number, j.evidence_date, j.evidence),
        )
        for j in jobs
    ]


def _follow_ups(jobs: list[Employment], language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            f"{organisation_name(j.employer, language) or NONE}, {j.position}",
            f.months,
            f.checked_on,
            texts["yes"] if f.still_employed else texts["no"],
            organisation_name(f.organisation, language) or none_if_blank(f.works_at),
        )
        for j in jobs
        for f in j.follow_ups
    ]


def _destinations(session: Session, person: Person, language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            texts["destination_kinds"].get(d.kind.value, d.kind.value),
            organisation_name(d.organisation, language),
            d.starts_on,
            d.ends_on,
            _evidence(texts, d.evidence_kind, d.evidence_number, d.evidence_date),
            none_if_blank(d.note),
        )
        for d in session.scalars(
            select(Destination)
            .options(selectinload(Destination.organisation))
            .where(Destination.person_id == person.id)
            .order_by(Destination.starts_on, Destination.id)
        )
    ]


def _sessions(session: Session, person: Person, language: str) -> list[tuple[Any, ...]]:
    return [
        (
            s.held_on,
            none_if_blank(value_in(s, "topic", language)),
            none_if_blank(value_in(s, "place", language)),
            organisation_name(s.organiser, language),
        )
        for s in session.scalars(
            select(GuidanceSession)
            .options(selectinload(GuidanceSession.organiser))
            .join(SessionAttendance, SessionAttendance.session_id == GuidanceSession.id)
            .where(SessionAttendance.person_id == person.id)
            .order_by(GuidanceSession.held_on, GuidanceSession.id)
        )
    ]


def _term(texts: dict[str, Any], consent: Consent, studies_ended: date | None) -> str:
    if consent.term is ConsentTerm.UNTIL_DATE:
        return texts["term_until"].format(date=numeric_date(consent.valid_until, NONE))
    until = consent_runs_until(consent, studies_ended)
    years = consent.years_after_studies or 0
    if until is None:
        return texts["term_after_studying"].format(years=years)
    return texts["term_after"].format(years=years, date=numeric_date(until))


def _consents(session: Session, person: Person, language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    ended = studies_end(session, [person.id])[person.id]
    rows = []
    for c in session.scalars(
        select(Consent).options(selectinload(Consent.purposes)).where(Consent.person_id == person.id).order_by(Consent.given_on, Consent.id)
    ):
        if c.giver_name:
            giver = texts["giver_named"].format(name=c.giver_name, relation=written_in(c.giver_relation, language) or NONE)
        else:
            giver = texts["givers"].get(c.given_by.value, c.given_by.value)
        purposes = []
        for grant in c.purposes:
            name = texts["purposes"].get(grant.purpose.value, grant.purpose.value)
            purposes.append(texts["withdrawn"].format(purpose=name, date=numeric_date(grant.withdrawn_on)) if grant.withdrawn_on else name)
        rows.append(
            (c.given_on, giver, ";\n".join(purposes), _term(texts, c, ended), none_if_blank(c.form_number), none_if_blank(c.notes))
        )
    return rows


def build_access_report(session: Session, person_id: int, language: str, today: date) -> AccessReport:
    """Everything held about the person ``person_id``, with every word in ``language`` (kk or ru)."""
    if language not in OFFICIAL_LANGUAGES:
        raise ValueError(f"access reports are printed in {OFFICIAL_LANGUAGES}, not {language!r}")
    person = session.get(Person, person_id)
    if person is None:
        raise ValueError(f"no person {person_id}")
    texts = document_texts(DOCUMENT, language)
    college = load_college_details(session)
    jobs = list(
        session.scalars(
            select(Employment)
            .options(selectinload(Employment.employer), selectinload(Employment.follow_ups).selectinload(FollowUp.organisation))
            .where(Employment.person_id == person.id)
            .order_by(Employment.starts_on, Employment.id)
        )
    )
    sections = [
        _section(texts, "personal", _personal(person, language, texts)),
        _section(texts, "stages", _stages(session, person, language, texts)),
        _section(texts, "applications", _applications(session, person, language, texts)),
        _section(texts, "enrolments", _enrolments(session, person, language, texts)),
        _section(texts, "certificates", _certificates(session, person, texts)),
        _section(texts, "agreements", _agreements(session, person, language, texts)),
        _section(texts, "placements", _placements(session, person, language, texts)),
        _section(texts, "jobs", _jobs(jobs, language, texts)),
        _section(texts, "follow_ups", _follow_ups(jobs, language, texts)),
        _section(texts, "destinations", _destinations(session, person, language, texts)),
        _section(texts, "sessions", _sessions(session, person, language)),
        _section(texts, "consents", _consents(session, person, language, texts)),
        _section(texts, "audit", audit_rows(session, person, language, texts)),
    ]
    address = value_in(college, "address", language)
    return AccessReport(
        language=language,
        title=texts["title"],
        subject=texts["subject"].format(name=person.full_name, iin=person.iin),
        intro=texts["intro"].format(date=numeric_date(today)),
        college=college.name(language),
        college_lines=[address, texts["college_bin"].format(bin=college.bin) if college.bin else ""],
        printed_on=today,
        sections=sections,
        texts=texts,
    )


def write_access_report(session: Session, path: Path, iin: str, language: str, today: date) -> Path:
    """Print the report on the person with ``iin`` to ``path`` (a .pdf), whole or not at all.

    Needs PRINT_ACCESS_REPORTS and the reading of personal data.  The audit
    entry (an access to the person's data) is written first: if the database
    refuses it, no personal data leaves in a file; if the file cannot be
    written, the entry goes back with the transaction.
    """
    require(session, Permission.PRINT_ACCESS_REPORTS)
    require(session, Permission.READ_PERSONAL_DATA)
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise UserError(NOT_PDF, name=path.name)
    person = find_person(session, iin, today)
    report = build_access_report(session, person.id, language, today)
    audit.record(session, audit.EXPORT, "person", person.id, {"report": REPORT, "language": language, "file_name": path.name})
    session.flush()
    from ..documents.access_report import render_access_report

    atomic_write(path, lambda stream: render_access_report(report, stream))
    return path
