"""The audit section of the subject access report: which entries are about a person, and their changes in words.

An entry is about the person when it concerns their own record, a record that
belongs to them (an enrolment, a consent…, also one deleted since: its create
and delete entries quote its ``person_id``), or a part of one of those (a
follow-up of their job, a purpose of their consent).  Values print in the
report's language: codes as words, numbers of other records as those records'
names, dates as dd.mm.yyyy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from .. import audit
from ..dates import numeric_date, numeric_time
from ..figures import NONE
from ..languages import value_in
from ..models import (
    AgreementLearner,
    Application,
    AuditEntry,
    Certificate,
    Consent,
    ConsentPurposeGrant,
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

REPORT = "access_report"  # the entry's «report» detail, named in the report's own audit section

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


def none_if_blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def organisation_name(organisation: Organisation | None, language: str) -> str | None:
    return none_if_blank(value_in(organisation, "name", language)) if organisation is not None else None


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
        "organisation": {o.id: organisation_name(o, language) or NONE for o in organisations},
        "programme": {p.id: none_if_blank(value_in(p, "name", language)) or NONE for p in programmes},
        "group": dict(groups.all()),
        "session": {g.id: f"{numeric_date(g.held_on)} {value_in(g, 'topic', language)}".strip() for g in sessions},
    }


def audit_rows(session: Session, person: Person, language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The audit entries about ``person`` and their records, oldest first: when, who, what, which record, the changes."""
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
