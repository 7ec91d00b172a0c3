"""Partnership agreements: the rules of each kind, learners attached, termination, and the status on a day.

Which partner fits which kind (decided here, shown to the user when it does not):

- an academic partnership is with a university, a college or a training
  centre (ERG Corporate University is registered as a training centre);
- dual education, practice placement and target training are with an
  employer or a training centre that trains on the job;
- a memorandum may be signed with any organisation;
- a received document (such as NJSC «Talap»'s certificate No. 01) may come
  from any organisation — usually a certification or state body.

The dual-education agreement is tripartite (college – enterprise – learner): it
needs at least one learner, unless it is saved as a draft.  Practice and target
training may list learners; the other kinds have none.

Naming a learner in an agreement hands their data to the partner: an agreement
in force (not a draft, which is prepared while the consents are collected) is
saved only when each learner's consent allows the transfer on the day it was
signed — to a partner enterprise, or abroad for a partner outside Kazakhstan
(see :func:`consent_rules.partner_purpose`).  Printing checks again on its day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..dates import numeric_date
from ..errors import (
    QT_TRANSLATE_NOOP,
    Problem,
    ValidationError,
)
from ..models import (
    Agreement,
    AgreementKind,
    AgreementLearner,
    AgreementStatus,
    Organisation,
    OrganisationKind,
    Person,
)
from ..permissions import Permission, require
from . import fields
from .consent_rules import partner_purpose, require_purpose
from .records import fetch

EXPIRING_DAYS = 60

L_NUMBER = QT_TRANSLATE_NOOP("Errors", "Number")
L_PARTNER = QT_TRANSLATE_NOOP("Errors", "Partner")
L_SIGNED_ON = QT_TRANSLATE_NOOP("Errors", "Date signed")
L_STARTS_ON = QT_TRANSLATE_NOOP("Errors", "Start date")
L_ENDS_ON = QT_TRANSLATE_NOOP("Errors", "End date")
# The texts kept per official language: (field, labels by language, limit).
LANGUAGE_TEXTS: tuple[tuple[str, dict[str, str], int], ...] = (
    ("title", {"kk": QT_TRANSLATE_NOOP("Errors", "Subject in Kazakh"), "ru": QT_TRANSLATE_NOOP("Errors", "Subject in Russian")}, 300),
    ("workplace", {"kk": QT_TRANSLATE_NOOP("Errors", "Workplace in Kazakh"), "ru": QT_TRANSLATE_NOOP("Errors", "Workplace in Russian")}, 300),
    ("obligations", {
        "kk": QT_TRANSLATE_NOOP("Errors", "Extra obligations in Kazakh"), "ru": QT_TRANSLATE_NOOP("Errors", "Extra obligations in Russian"),
    }, 10_000),
)
DOCUMENT_NEEDS_NAME = QT_TRANSLATE_NOOP("Errors", "A received document needs its name in Kazakh, in Russian or in both.")
L_MENTOR = QT_TRANSLATE_NOOP("Errors", "Mentor")
L_PAY = QT_TRANSLATE_NOOP("Errors", "Pay or stipend")
L_HOURS = QT_TRANSLATE_NOOP("Errors", "Hours on the job")
L_OBLIGATIONS = QT_TRANSLATE_NOOP("Errors", "Obligations")
L_NOTES = QT_TRANSLATE_NOOP("Errors", "Notes")
L_TERMINATED_ON = QT_TRANSLATE_NOOP("Errors", "Termination date")
L_REASON = QT_TRANSLATE_NOOP("Errors", "Reason for termination")
L_LEARNER_START = QT_TRANSLATE_NOOP("Errors", "Learner's start date")
L_LEARNER_END = QT_TRANSLATE_NOOP("Errors", "Learner's end date")

DUPLICATE_NUMBER = QT_TRANSLATE_NOOP("Errors", "Agreement No. {number} of {year} already exists.")
AGREEMENT_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The agreement no longer exists (perhaps someone deleted it).")
PARTNER_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "Choose the partner organisation.")
PARTNER_KIND_MISMATCH = QT_TRANSLATE_NOOP("Errors", "{partner} is registered as «{partner_kind}»: this kind of agreement is made with {allowed}.")
NEEDS_LEARNER = QT_TRANSLATE_NOOP("Errors", "A tripartite dual-education agreement needs at least one learner (or save it as a draft).")
NO_LEARNERS_HERE = QT_TRANSLATE_NOOP("Errors", "This kind of agreement has no learners attached.")
LEARNER_TWICE = QT_TRANSLATE_NOOP("Errors", "{name} is attached to this agreement twice.")
LEARNER_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "A learner attached to the agreement no longer exists (perhaps someone deleted them).")
LEARNER_OUTSIDE = QT_TRANSLATE_NOOP("Errors", "The period of {name} ({start} – {end}) lies outside the agreement's ({agreement_start} – {agreement_end}).")
LEARNER_DATES = QT_TRANSLATE_NOOP("Errors", "The period of {name} ends ({end}) before it starts ({start}).")
ALREADY_TERMINATED = QT_TRANSLATE_NOOP("Errors", "The agreement was already terminated on {date}.")
DRAFT_NOT_TERMINATED = QT_TRANSLATE_NOOP("Errors", "A draft is not in force: delete it instead of terminating it.")
ENDED_BEFORE_TERMINATION = QT_TRANSLATE_NOOP("Errors", "The agreement already ended on {ends}, before the termination date ({date}).")
TERMINATED_BEFORE_SIGNED = QT_TRANSLATE_NOOP("Errors", "The termination date ({date}) is before the agreement was signed ({signed}).")

KIND_WORDS = {
    AgreementKind.MEMORANDUM: QT_TRANSLATE_NOOP("Errors", "Memorandum of cooperation"),
    AgreementKind.DUAL_EDUCATION: QT_TRANSLATE_NOOP("Errors", "Dual-education agreement (tripartite)"),
    AgreementKind.PRACTICE: QT_TRANSLATE_NOOP("Errors", "Practice placement agreement"),
    AgreementKind.TARGET_TRAINING: QT_TRANSLATE_NOOP("Errors", "Target training agreement"),
    AgreementKind.ACADEMIC: QT_TRANSLATE_NOOP("Errors", "Academic partnership"),
    AgreementKind.RECEIVED_DOCUMENT: QT_TRANSLATE_NOOP("Errors", "Document received from a partner"),
}
STATUS_WORDS = {
    AgreementStatus.DRAFT: QT_TRANSLATE_NOOP("Errors", "Draft"),
    AgreementStatus.ACTIVE: QT_TRANSLATE_NOOP("Errors", "Active"),
    AgreementStatus.EXPIRING: QT_TRANSLATE_NOOP("Errors", "Expiring soon"),
    AgreementStatus.EXPIRED: QT_TRANSLATE_NOOP("Errors", "Expired"),
    AgreementStatus.TERMINATED: QT_TRANSLATE_NOOP("Errors", "Terminated"),
}
_EMPLOYERS = (OrganisationKind.EMPLOYER, OrganisationKind.TRAINING_CENTRE)
PARTNER_KINDS: dict[AgreementKind, tuple[OrganisationKind, ...]] = {
    AgreementKind.MEMORANDUM: tuple(OrganisationKind),
    AgreementKind.DUAL_EDUCATION: _EMPLOYERS,
    AgreementKind.PRACTICE: _EMPLOYERS,
    AgreementKind.TARGET_TRAINING: _EMPLOYERS,
    AgreementKind.ACADEMIC: (OrganisationKind.UNIVERSITY, OrganisationKind.COLLEGE, OrganisationKind.TRAINING_CENTRE),
    AgreementKind.RECEIVED_DOCUMENT: tuple(OrganisationKind),
}
ALLOWED_WORDS = {
    _EMPLOYERS: QT_TRANSLATE_NOOP("Errors", "an employer or a training centre"),
    PARTNER_KINDS[AgreementKind.ACADEMIC]: QT_TRANSLATE_NOOP("Errors", "a university, a college or a training centre"),
}
ORGANISATION_KIND_WORDS = {
    OrganisationKind.EMPLOYER: QT_TRANSLATE_NOOP("Errors", "employer"),
    OrganisationKind.UNIVERSITY: QT_TRANSLATE_NOOP("Errors", "university"),
    OrganisationKind.SCHOOL: QT_TRANSLATE_NOOP("Errors", "school"),
    OrganisationKind.KINDERGARTEN: QT_TRANSLATE_NOOP("Errors", "kindergarten"),
    OrganisationKind.STATE_BODY: QT_TRANSLATE_NOOP("Errors", "state body"),
    OrganisationKind.CERTIFICATION_BODY: QT_TRANSLATE_NOOP("Errors", "certification body"),
    OrganisationKind.TRAINING_CENTRE: QT_TRANSLATE_NOOP("Errors", "training centre"),
    OrganisationKind.COLLEGE: QT_TRANSLATE_NOOP("Errors", "college"),
}
KINDS_WITH_LEARNERS = (AgreementKind.DUAL_EDUCATION, AgreementKind.PRACTICE, AgreementKind.TARGET_TRAINING)
# The fields each kind uses besides number, partner, dates, subject, obligations and notes.
KIND_FIELDS: dict[AgreementKind, tuple[str, ...]] = {
    AgreementKind.MEMORANDUM: (),
    AgreementKind.DUAL_EDUCATION: ("programme_id", "workplace_kk", "workplace_ru", "mentor", "pay", "hours"),
    AgreementKind.PRACTICE: ("programme_id", "workplace_kk", "workplace_ru", "mentor", "hours"),
    AgreementKind.TARGET_TRAINING: ("programme_id", "workplace_kk", "workplace_ru", "pay"),
    AgreementKind.ACADEMIC: ("programme_id",),
    AgreementKind.RECEIVED_DOCUMENT: (),
}
_OPTIONAL = ("programme_id", "workplace_kk", "workplace_ru", "mentor", "pay", "hours")


@dataclass(frozen=True)
class AttachedLearner:
    """A learner on the agreement; no dates means the agreement's own period."""

    person_id: int
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True)
class AgreementInput:
    kind: AgreementKind
    number: str
    partner_id: int
    signed_on: date
    starts_on: date
    ends_on: date | None = None
    title_kk: str | None = None
    title_ru: str | None = None
    is_draft: bool = False
    programme_id: int | None = None
    workplace_kk: str | None = None
    workplace_ru: str | None = None
    mentor: str | None = None
    pay: str | None = None
    hours: int | None = None
    obligations_kk: str | None = None
    obligations_ru: str | None = None
    notes: str | None = None
    learners: tuple[AttachedLearner, ...] = field(default=())


def agreement_status(agreement: Agreement, today: date) -> AgreementStatus:
    """Draft, terminated, expired (ended before today), expiring (ends within EXPIRING_DAYS) or active."""
    return status_of(agreement.is_draft, agreement.terminated_on, agreement.ends_on, today)


def status_of(is_draft: bool, terminated_on: date | None, ends_on: date | None, today: date) -> AgreementStatus:
    if is_draft:
        return AgreementStatus.DRAFT
    if terminated_on is not None:
        return AgreementStatus.TERMINATED
    if ends_on is not None and ends_on < today:
        return AgreementStatus.EXPIRED
    if ends_on is not None and ends_on <= today + timedelta(days=EXPIRING_DAYS):
        return AgreementStatus.EXPIRING
    return AgreementStatus.ACTIVE


def clean_input(data: AgreementInput) -> AgreementInput:
    """Trimmed text; the fields the kind does not use are emptied, and so are learners where it has none."""
    used = KIND_FIELDS[data.kind]
    optional = {name: getattr(data, name) if name in used else None for name in _OPTIONAL}
    for name in ("workplace_kk", "workplace_ru", "mentor", "pay"):
        optional[name] = fields.clean(optional[name])
    return AgreementInput(
        kind=AgreementKind(data.kind), number=fields.clean(data.number) or "", partner_id=data.partner_id,
        signed_on=data.signed_on, starts_on=data.starts_on, ends_on=data.ends_on, title_kk=fields.clean(data.title_kk),
        title_ru=fields.clean(data.title_ru), is_draft=data.is_draft,
        obligations_kk=(data.obligations_kk or "").strip() or None, obligations_ru=(data.obligations_ru or "").strip() or None,
        notes=(data.notes or "").strip() or None, learners=tuple(data.learners), **optional,
    )


def check_input(d: AgreementInput) -> list[Problem]:
    """The rules needing no database (the edit dialog re-checks them as the user types)."""
    problems: list[Problem] = []
    fields.check_text(problems, "number", L_NUMBER, d.number, 40, required=True)
    if d.kind is AgreementKind.RECEIVED_DOCUMENT and not (d.title_kk or d.title_ru):
        problems.append(Problem("title_kk", DOCUMENT_NEEDS_NAME))
    for name, labels, limit in LANGUAGE_TEXTS:
        for language, label in labels.items():
            fields.check_text(problems, f"{name}_{language}", label, getattr(d, f"{name}_{language}"), limit)
    for name, label, limit in (("mentor", L_MENTOR, 200), ("pay", L_PAY, 200)):
        fields.check_text(problems, name, label, getattr(d, name), limit)
    if d.signed_on is None:
        problems.append(Problem("signed_on", fields.REQUIRED, {"label": L_SIGNED_ON}))
    if d.starts_on is None:
        problems.append(Problem("starts_on", fields.REQUIRED, {"label": L_STARTS_ON}))
    fields.check_date_order(problems, "ends_on", L_STARTS_ON, d.starts_on, L_ENDS_ON, d.ends_on)
    if d.hours is not None and not 1 <= d.hours <= 10000:
        problems.append(Problem("hours", fields.BAD_NUMBER, {"label": L_HOURS, "low": 1, "high": 10000}))
    if d.learners and d.kind not in KINDS_WITH_LEARNERS:
        problems.append(Problem("learners", NO_LEARNERS_HERE))
    if d.kind is AgreementKind.DUAL_EDUCATION and not d.learners and not d.is_draft:
        problems.append(Problem("learners", NEEDS_LEARNER))
    return problems


def _check_learners(session: Session, d: AgreementInput, problems: list[Problem]) -> None:
    seen: set[int] = set()
    agreement_dates_wrong = bool(d.starts_on and d.ends_on and d.ends_on < d.starts_on)  # reported once, on the agreement
    for item in d.learners:
        person = session.get(Person, item.person_id)
        if person is None:
            problems.append(Problem("learners", LEARNER_NOT_FOUND))
            continue
        if item.person_id in seen:
            problems.append(Problem("learners", LEARNER_TWICE, {"name": person.full_name}))
        seen.add(item.person_id)
        start, end = item.starts_on or d.starts_on, item.ends_on or d.ends_on
        if agreement_dates_wrong:
            continue
        if start and end and end < start:
            problems.append(Problem("learners", LEARNER_DATES, {"name": person.full_name, "start": numeric_date(start, "…"), "end": numeric_date(end, "…")}))
        elif (d.starts_on and start and start < d.starts_on) or (d.ends_on and end and end > d.ends_on):
            problems.append(Problem("learners", LEARNER_OUTSIDE, {
                "name": person.full_name, "start": numeric_date(start, "…"), "end": numeric_date(end, "…"),
                "agreement_start": numeric_date(d.starts_on, "…"), "agreement_end": numeric_date(d.ends_on, "…"),
            }))


def validate_agreement(session: Session, data: AgreementInput, own_id: int | None = None) -> tuple[AgreementInput, list[Problem]]:
    d = clean_input(data)
    problems = check_input(d)
    partner = session.get(Organisation, d.partner_id) if d.partner_id else None
    if partner is None:
        problems.append(Problem("partner_id", PARTNER_NOT_FOUND))
    elif partner.kind not in PARTNER_KINDS[d.kind]:
        problems.append(Problem("partner_id", PARTNER_KIND_MISMATCH, {
            "partner": partner.name_ru, "partner_kind": ORGANISATION_KIND_WORDS[partner.kind],
            "allowed": ALLOWED_WORDS.get(PARTNER_KINDS[d.kind], ""),
        }))
    if d.number and d.signed_on:
        other = session.scalar(select(Agreement.id).where(Agreement.number == d.number, Agreement.year == d.signed_on.year))
        if other is not None and other != own_id:
            problems.append(Problem("number", DUPLICATE_NUMBER, {"number": d.number, "year": d.signed_on.year}))
    _check_learners(session, d, problems)
    return d, problems


_STORED = (
    "kind", "number", "partner_id", "signed_on", "starts_on", "ends_on", "title_kk", "title_ru", "is_draft", "obligations_kk",
    "obligations_ru", "notes", *_OPTIONAL,
)


def require_learners_consent(session: Session, d: AgreementInput, stored: Agreement | None = None) -> None:
    """Refuse (:class:`ConsentMissing`, naming them) an agreement in force naming learners whose consent does not allow it.

    Editing an agreement already in force (same partner, same day of signing) asks only about the learners it adds:
    those it named were checked when it was saved, and a record kept from before consents were recorded stays editable.
    """
    partner = session.get(Organisation, d.partner_id)
    if d.is_draft or not d.learners or partner is None:
        return
    asked = [item.person_id for item in d.learners]
    if stored is not None and not stored.is_draft and (stored.partner_id, stored.signed_on) == (d.partner_id, d.signed_on):
        named = {link.person_id for link in stored.learners}
        asked = [person_id for person_id in asked if person_id not in named]
    require_purpose(session, asked, partner_purpose(partner), d.signed_on)


def _apply(agreement: Agreement, d: AgreementInput) -> None:
    for name in _STORED:
        setattr(agreement, name, getattr(d, name))
    agreement.year = d.signed_on.year
    wanted = {item.person_id: item for item in d.learners}
    for link in list(agreement.learners):
        if link.person_id not in wanted:
            agreement.learners.remove(link)
    present = {link.person_id: link for link in agreement.learners}
    for person_id, item in wanted.items():
        existing = present.get(person_id)
        if existing is None:
            agreement.learners.append(AgreementLearner(person_id=person_id, starts_on=item.starts_on, ends_on=item.ends_on))
        else:
            existing.starts_on, existing.ends_on = item.starts_on, item.ends_on


def create_agreement(session: Session, data: AgreementInput) -> Agreement:
    require(session, Permission.MANAGE_AGREEMENTS)
    d, problems = validate_agreement(session, data)
    if problems:
        raise ValidationError(problems)
    require_learners_consent(session, d)
    agreement = Agreement()
    _apply(agreement, d)
    session.add(agreement)
    session.flush()
    return agreement


def get_agreement(session: Session, agreement_id: int) -> Agreement:
    return fetch(session, Agreement, agreement_id, AGREEMENT_NOT_FOUND)


def agreement_input(agreement: Agreement) -> AgreementInput:
    """What the edit dialog starts with (learners in the order they were attached)."""
    learners = tuple(AttachedLearner(link.person_id, link.starts_on, link.ends_on) for link in sorted(agreement.learners, key=lambda x: x.id))
    return AgreementInput(**{name: getattr(agreement, name) for name in _STORED}, learners=learners)


def update_agreement(session: Session, agreement_id: int, data: AgreementInput) -> Agreement:
    require(session, Permission.MANAGE_AGREEMENTS)
    agreement = get_agreement(session, agreement_id)
    d, problems = validate_agreement(session, data, own_id=agreement_id)
    if problems:
        raise ValidationError(problems)
    require_learners_consent(session, d, agreement)
    _apply(agreement, d)
    session.flush()
    return agreement


def delete_agreement(session: Session, agreement_id: int) -> None:
    require(session, Permission.MANAGE_AGREEMENTS)
    session.delete(get_agreement(session, agreement_id))
    session.flush()


def terminate_agreement(session: Session, agreement_id: int, reason: str, terminated_on: date | None = None, today: date | None = None) -> Agreement:
    """End an agreement early, from ``terminated_on`` (default today, never later), giving the reason."""
    require(session, Permission.MANAGE_AGREEMENTS)
    agreement = get_agreement(session, agreement_id)
    today = today or date.today()
    day = terminated_on or today
    reason_text = fields.clean(reason)
    problems: list[Problem] = []
    if agreement.is_draft:
        problems.append(Problem("agreement", DRAFT_NOT_TERMINATED))
    elif agreement.terminated_on is not None:
        problems.append(Problem("agreement", ALREADY_TERMINATED, {"date": numeric_date(agreement.terminated_on, "…")}))
    fields.check_text(problems, "reason", L_REASON, reason_text, 500, required=True)
    fields.check_past_date(problems, "terminated_on", L_TERMINATED_ON, day, today, required=True)
    if agreement.ends_on is not None and day > agreement.ends_on:
        problems.append(Problem("terminated_on", ENDED_BEFORE_TERMINATION, {"ends": numeric_date(agreement.ends_on, "…"), "date": numeric_date(day, "…")}))
    if day < agreement.signed_on:
        problems.append(Problem("terminated_on", TERMINATED_BEFORE_SIGNED, {"date": numeric_date(day, "…"), "signed": numeric_date(agreement.signed_on, "…")}))
    if problems:
        raise ValidationError(problems)
    agreement.terminated_on, agreement.termination_reason = day, reason_text
    session.flush()
    return agreement


def attach_learner(session: Session, agreement_id: int, person_id: int, starts_on: date | None = None, ends_on: date | None = None) -> Agreement:
    agreement = get_agreement(session, agreement_id)
    data = agreement_input(agreement)
    learners = (*data.learners, AttachedLearner(person_id, starts_on, ends_on))
    return update_agreement(session, agreement_id, _with_learners(data, learners))


def detach_learner(session: Session, agreement_id: int, person_id: int) -> Agreement:
    """Remove a learner; refused when it would leave a tripartite agreement (not a draft) without one."""
    agreement = get_agreement(session, agreement_id)
    data = agreement_input(agreement)
    return update_agreement(session, agreement_id, _with_learners(data, tuple(x for x in data.learners if x.person_id != person_id)))


def _with_learners(data: AgreementInput, learners: tuple[AttachedLearner, ...]) -> AgreementInput:
    return AgreementInput(**{**{n: getattr(data, n) for n in AgreementInput.__dataclass_fields__}, "learners": learners})


def agreement_learners(session: Session, agreement_id: int) -> list[tuple[AgreementLearner, Person]]:
    """The learners of an agreement with their own periods, in alphabetical order."""
    require(session, Permission.READ_PERSONAL_DATA)
    statement = (
        select(AgreementLearner, Person).join(Person, Person.id == AgreementLearner.person_id)
        .where(AgreementLearner.agreement_id == agreement_id).order_by(Person.sort_key, Person.id)
    )
    return [(link, person) for link, person in session.execute(statement)]


@dataclass(frozen=True)
class Expiring:
    """An agreement that ends soon, as the window's warning names it."""

    number: str
    partner: str  # in the language asked for
    ends_on: date


def expiring_soon(session: Session, today: date, language: str) -> list[Expiring]:
    """:func:`expiring_agreements` as plain data, the soonest first."""
    return [Expiring(a.number, a.partner.name(language), a.ends_on) for a in expiring_agreements(session, today) if a.ends_on]


def expiring_agreements(session: Session, today: date, days: int = EXPIRING_DAYS) -> list[Agreement]:
    """Agreements in force that end between today and ``days`` days from now, the soonest first."""
    statement = (
        select(Agreement).options(selectinload(Agreement.partner))
        .where(
            Agreement.is_draft.is_(False), Agreement.terminated_on.is_(None),
            Agreement.ends_on >= today, Agreement.ends_on <= today + timedelta(days=days),
        )
        .order_by(Agreement.ends_on, Agreement.id)
    )
    return list(session.scalars(statement))
