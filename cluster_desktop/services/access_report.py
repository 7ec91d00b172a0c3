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

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session, selectinload

from .. import audit
from ..college import load_college_details
from ..dates import numeric_date, numeric_time
from ..documents.access_report import AccessReport
from ..documents.outcome_tables import ReportTable
from ..documents.texts import document_texts
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..figures import NONE, format_number
from ..files import atomic_write
from ..ids import mask_id_number, parse_iin
from ..languages import OFFICIAL_LANGUAGES, value_in
from ..models import (
    Agreement,
    AgreementLearner,
    Application,
    AuditEntry,
    Certificate,
    Consent,
    ConsentPurposeGrant,
    ConsentTerm,
    Destination,
    Employment,
    Enrolment,
    FollowUp,
    GuidanceSession,
    Organisation,
    Person,
    Placement,
    SessionAttendance,
    StageRecord,
)
from ..models.person import GradeRepeat
from ..models.programme import Group, Programme
from ..permissions import Permission, require
from .consent_rules import consent_runs_until, studies_end

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "No one with IIN {iin} is registered; no report was written.")
NOT_PDF = QT_TRANSLATE_NOOP("Errors", "Cannot write «{name}»: choose a file ending in .pdf.")
ANONYMISED = QT_TRANSLATE_NOOP(
    "Errors", "{name} was anonymised on {day}: the record no longer holds anyone's identity, so no report was written."
)
REPORT = "access_report"  # the entry's «report» detail, named in the report's own audit section
DOCUMENT = "access"

# Records that belong to a person: their audit entries are about the person too.
OWN_RECORDS: dict[str, Any] = {
    "stage_record": StageRecord,
    "application": Application,
    "enrolment": Enrolment,
    "certificate": Certificate,
    "agreement_learner": AgreementLearner,
    "placement": Placement,
    "employment": Employment,
    "destination": Destination,
    "session_attendance": SessionAttendance,
    "consent": Consent,
}
# Records that belong to one of those: kind -> (its column naming the parent, the parent's kind, the mapped class).
PARTS: dict[str, tuple[str, str, Any]] = {
    "grade_repeat": ("stage_record_id", "stage_record", GradeRepeat),
    "follow_up": ("employment_id", "employment", FollowUp),
    "consent_purpose": ("consent_id", "consent", ConsentPurposeGrant),
}
# A field's values as words: by field, or by (record kind, field) where the field means different things.
VALUE_WORDS = {
    "stage": "stages",
    "current_stage": "stages",
    "sex": "sexes",
    "contract_kind": "contract_kinds",
    "evidence_kind": "evidence_kinds",
    "given_by": "givers",
    "purpose": "purposes",
    "seat_kind": "seat_kinds",
    "term": "terms",
    "report": "reports",
    "programme_kind": "programme_kinds",
    "study_form": "study_forms",
    "language": "languages",
    ("enrolment", "status"): "enrolment_statuses",
    ("certificate", "status"): "certificate_statuses",
    ("application", "status"): "application_statuses",
    ("placement", "kind"): "placement_kinds",
    ("destination", "kind"): "destination_kinds",
    ("agreement", "kind"): "agreement_kinds",
}
OTHER_LANGUAGES = {"kk": ("_ru", "_en"), "ru": ("_kk", "_en")}  # a field kept per language prints in the report's only
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Fields that hold another record's number, named in the report by that record's name (in the report's language).
NAMED_BY: dict[str, str] = {
    "organisation_id": "organisation",
    "employer_id": "organisation",
    "enterprise_id": "organisation",
    "partner_id": "organisation",
    "organiser_id": "organisation",
    "instructor_organisation_id": "organisation",
    "programme_id": "programme",
    "group_id": "group",
    "session_id": "session",
}
Names = dict[str, dict[int, str]]  # kind of record -> number -> name


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


def _none_if_blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def _percent(value: Decimal | None, language: str) -> str | None:
    return None if value is None else format_number(float(value), 1, language)


def _org(organisation: Organisation | None, language: str) -> str | None:
    return _none_if_blank(value_in(organisation, "name", language)) if organisation is not None else None


def _section(texts: dict[str, Any], key: str, rows: list[tuple[Any, ...]]) -> ReportTable:
    spec = texts["sections"][key]
    return ReportTable(key, spec["title"], "", tuple(spec["columns"]), rows, texts["none"])


def _personal(person: Person, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    words = texts["personal"]
    representative = None
    if person.representative_name:
        relation = _none_if_blank(person.representative_relation)
        representative = (
            texts["representative"].format(name=person.representative_name, relation=relation) if relation else person.representative_name
        )
    rows: list[tuple[Any, ...]] = [
        (words["full_name"], person.full_name),
        (words["latin_name"], _none_if_blank(person.latin_name)),
        (words["iin"], person.iin),
        (words["birth_date"], person.birth_date),
        (words["sex"], texts["sexes"].get(person.sex.value, person.sex.value)),
        (words["phone"], _none_if_blank(person.phone)),
        (words["email"], _none_if_blank(person.email)),
        (words["address"], _none_if_blank(person.address)),
        (words["representative"], representative),
        (words["representative_phone"], _none_if_blank(person.representative_phone)),
        (words["current_stage"], texts["stages"].get(person.current_stage.value, person.current_stage.value)),
        (words["notes"], _none_if_blank(person.notes)),
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
            _org(r.organisation, language),
            r.started_on,
            r.ended_on or texts["ongoing"],
            texts["grade"].format(grade=r.school_grade) if r.school_grade else None,
            _none_if_blank(r.detail),
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
                _none_if_blank(value_in(a.programme, "name", language)),
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
        qualification = _none_if_blank(value_in(programme, "qualification_name", language))
        if qualification and programme.qualification_code:
            qualification = f"{programme.qualification_code} {qualification}"
        rows.append(
            (
                _none_if_blank(value_in(programme, "name", language)),
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
                _org(a.partner, language),
                _none_if_blank(value_in(a, "title", language)),
                _period(texts, link.starts_on or a.starts_on, link.ends_on or a.ends_on),
                a.terminated_on,
            )
        )
    return rows


def _placements(session: Session, person: Person, language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            texts["placement_kinds"].get(p.kind.value, p.kind.value),
            _org(p.enterprise, language),
            f"{p.agreement.number}/{p.agreement.year}" if p.agreement is not None else None,
            p.starts_on,
            p.ends_on,
            _none_if_blank(p.mentor),
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
        return _none_if_blank(note)
    words = texts["evidence_kinds"].get(kind.value, kind.value)
    text = (texts["evidence"] if number else texts["evidence_no_number"]).format(kind=words, number=number, date=numeric_date(day))
    return f"{text}\n{note}" if _none_if_blank(note) else text


def _jobs(jobs: list[Employment], language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            _org(j.employer, language),
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
            f"{_org(j.employer, language) or NONE}, {j.position}",
            f.months,
            f.checked_on,
            texts["yes"] if f.still_employed else texts["no"],
            _org(f.organisation, language) or _none_if_blank(f.works_at),
        )
        for j in jobs
        for f in j.follow_ups
    ]


def _destinations(session: Session, person: Person, language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            texts["destination_kinds"].get(d.kind.value, d.kind.value),
            _org(d.organisation, language),
            d.starts_on,
            d.ends_on,
            _evidence(texts, d.evidence_kind, d.evidence_number, d.evidence_date),
            _none_if_blank(d.note),
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
            _none_if_blank(value_in(s, "topic", language)),
            _none_if_blank(value_in(s, "place", language)),
            _org(s.organiser, language),
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


def _consents(session: Session, person: Person, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    ended = studies_end(session, [person.id])[person.id]
    rows = []
    for c in session.scalars(
        select(Consent).options(selectinload(Consent.purposes)).where(Consent.person_id == person.id).order_by(Consent.given_on, Consent.id)
    ):
        if c.giver_name:
            giver = texts["giver_named"].format(name=c.giver_name, relation=c.giver_relation or NONE)
        else:
            giver = texts["givers"].get(c.given_by.value, c.given_by.value)
        purposes = []
        for grant in c.purposes:
            name = texts["purposes"].get(grant.purpose.value, grant.purpose.value)
            purposes.append(texts["withdrawn"].format(purpose=name, date=numeric_date(grant.withdrawn_on)) if grant.withdrawn_on else name)
        rows.append(
            (c.given_on, giver, ";\n".join(purposes), _term(texts, c, ended), _none_if_blank(c.form_number), _none_if_blank(c.notes))
        )
    return rows


def _person_id_like(column: str, ids: Iterable[int]) -> ColumnElement[bool]:
    """Entries whose values name one of ``ids`` in ``column`` (create and delete entries list every column)."""
    patterns = [f'%"{column}": {i}{end}%' for i in ids for end in (",", "}")]
    return or_(*(AuditEntry.changes.like(p) for p in patterns)) if patterns else false()


def _audit_targets(session: Session, person_id: int) -> dict[str, set[str]]:
    """Which records' entries are about the person: theirs, those that belong to them (still or once), and their parts."""
    targets: dict[str, set[str]] = {"person": {str(person_id)}}
    for kind, model in OWN_RECORDS.items():
        targets[kind] = {str(i) for i in session.scalars(select(model.id).where(model.person_id == person_id))}
    named = session.execute(
        select(AuditEntry.record_kind, AuditEntry.record_id).where(
            AuditEntry.record_kind.in_(OWN_RECORDS), _person_id_like("person_id", [person_id])
        )
    )
    for named_kind, record_id in named:
        if named_kind and record_id:
            targets[named_kind].add(record_id)
    for kind, (column, parent, model) in PARTS.items():
        parents = [int(i) for i in targets[parent] if i.isdigit()]
        targets[kind] = {str(i) for i in session.scalars(select(model.id).where(getattr(model, column).in_(parents)))}
        for record_id in session.scalars(
            select(AuditEntry.record_id).where(AuditEntry.record_kind == kind, _person_id_like(column, parents))
        ):
            if record_id:
                targets[kind].add(record_id)
    return targets


def _word(texts: dict[str, Any], kind: str | None, field: str, value: Any, names: Names | None = None) -> str:
    """An entry's value as the report prints it: words for known codes, names for numbers of records, dates as dd.mm.yyyy, «—» for none."""
    if value is None or value == "":
        return NONE
    if isinstance(value, bool):
        return texts["yes"] if value else texts["no"]
    if isinstance(value, list):
        return ", ".join(_word(texts, kind, field, v, names) for v in value)
    if isinstance(value, Mapping):
        return "; ".join(f"{_field(texts, k)}: {_word(texts, kind, k, v, names)}" for k, v in value.items())
    if isinstance(value, int) and field in NAMED_BY and value in (names or {}).get(NAMED_BY[field], {}):
        return texts["named_record"].format(name=(names or {})[NAMED_BY[field]][value], number=value)
    words_key = VALUE_WORDS.get((kind or "", field)) or VALUE_WORDS.get(field)
    if isinstance(value, str):
        if words_key and value in texts[words_key]:
            return str(texts[words_key][value])
        if _ISO_DATE.match(value):
            return numeric_date(date.fromisoformat(value))
    return str(value)


def _field(texts: dict[str, Any], name: str) -> str:
    fields = texts["audit_fields"]
    if name in fields:
        return str(fields[name])
    base, _sep, language = name.rpartition("_")
    if base in fields and language in texts["audit_field_in_language"]:
        return str(texts["audit_field_in_language"][language].format(field=fields[base]))
    return name


def _changes(texts: dict[str, Any], entry: AuditEntry, language: str, names: Names) -> str:
    details = audit.decode_changes(entry.changes or "")
    lines = []
    for name, value in details.items():
        own = name == "person_id" and entry.record_kind in (*OWN_RECORDS, "person")  # the person is the report's own
        if name == "id" or own or name.endswith(OTHER_LANGUAGES[language]):  # the record's number has its own column
            continue
        label = _field(texts, name)
        if entry.action == audit.UPDATE and isinstance(value, list) and len(value) == 2:
            old, new = (_word(texts, entry.record_kind, name, v, names) for v in value)
            lines.append(texts["change"].format(field=label, old=old, new=new))
        else:
            lines.append(texts["value"].format(field=label, value=_word(texts, entry.record_kind, name, value, names)))
    return "\n".join(lines)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _named(session: Session, entries: list[AuditEntry], language: str) -> Names:
    """The names of the organisations, programmes and groups the entries refer to by number (those that still exist)."""
    wanted: dict[str, set[int]] = {"organisation": set(), "programme": set(), "group": set(), "session": set()}
    for entry in entries:
        for field, value in audit.decode_changes(entry.changes or "").items():
            if field in NAMED_BY:
                for number in value if isinstance(value, list) else [value]:
                    if isinstance(number, int) and not isinstance(number, bool):
                        wanted[NAMED_BY[field]].add(number)
    organisations = session.scalars(select(Organisation).where(Organisation.id.in_(wanted["organisation"])))
    programmes = session.scalars(select(Programme).where(Programme.id.in_(wanted["programme"])))
    groups = session.execute(select(Group.id, Group.name).where(Group.id.in_(wanted["group"])))
    sessions = session.scalars(select(GuidanceSession).where(GuidanceSession.id.in_(wanted["session"])))
    return {
        "organisation": {o.id: _org(o, language) or NONE for o in organisations},
        "programme": {p.id: _none_if_blank(value_in(p, "name", language)) or NONE for p in programmes},
        "group": dict(groups.all()),
        "session": {g.id: f"{numeric_date(g.held_on)} {value_in(g, 'topic', language)}".strip() for g in sessions},
    }


def _audit(session: Session, person: Person, language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    targets = _audit_targets(session, person.id)
    conditions = [and_(AuditEntry.record_kind == kind, AuditEntry.record_id.in_(ids)) for kind, ids in targets.items() if ids]
    words = texts["audit_actions_and_kinds"]
    entries = list(session.scalars(select(AuditEntry).where(or_(*conditions)).order_by(AuditEntry.id)))
    names = _named(session, entries, language)
    rows = []
    for entry in entries:
        details = audit.decode_changes(entry.changes or "")
        action = texts["access_entry"] if details.get("report") == REPORT else words.get(entry.action, entry.action)
        kind = words.get(entry.record_kind or "", entry.record_kind or NONE)
        # An anonymised person's old entries quote the identity anonymisation removed (the sealed log keeps them):
        # the report says who did what and when, never the values.
        changes = "" if person.anonymised_on is not None else _changes(texts, entry, language, names)
        rows.append((numeric_time(_utc(entry.at)), entry.username, action, f"{kind} № {entry.record_id}", changes))
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
        _section(texts, "personal", _personal(person, texts)),
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
        _section(texts, "consents", _consents(session, person, texts)),
        _section(texts, "audit", _audit(session, person, language, texts)),
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
