"""Practice placements and dual-education periods of college students at enterprises.

A placement is only for a learner enrolled in a college specialty (enrolled or
already completed; not withdrawn or failed), and it cannot start before that
enrolment did.  It sends the learner's data to the enterprise: it is recorded only
when the learner's consent allows that on its first day (a transfer abroad for an
enterprise outside Kazakhstan).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..dates import numeric_date
from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import (
    Agreement,
    Enrolment,
    EnrolmentStatus,
    Group,
    Organisation,
    OrganisationKind,
    Person,
    Placement,
    PlacementKind,
    Programme,
    ProgrammeKind,
)
from ..permissions import Permission, require
from . import fields
from .consent_rules import partner_purpose, require_purpose
from .records import fetch

L_LEARNER = QT_TRANSLATE_NOOP("Errors", "Learner")
L_ENTERPRISE = QT_TRANSLATE_NOOP("Errors", "Enterprise")
L_START = QT_TRANSLATE_NOOP("Errors", "Start date")
L_END = QT_TRANSLATE_NOOP("Errors", "End date")
L_MENTOR = QT_TRANSLATE_NOOP("Errors", "Mentor")

PLACEMENT_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The placement no longer exists (perhaps someone deleted it).")
LEARNER_MISSING = QT_TRANSLATE_NOOP("Errors", "Choose the learner.")
ORGANISATION_MISSING = QT_TRANSLATE_NOOP("Errors", "{label}: choose the organisation.")
NOT_AN_ENTERPRISE = QT_TRANSLATE_NOOP("Errors", "{name} is not an employer or a training centre.")
NOT_ENROLLED = QT_TRANSLATE_NOOP("Errors", "{name} is not enrolled in a college specialty: a placement is for college students.")
BEFORE_ENROLMENT = QT_TRANSLATE_NOOP("Errors", "The placement starts ({start}) before {name} entered college ({enrolled}).")
AGREEMENT_MISSING = QT_TRANSLATE_NOOP("Errors", "The agreement chosen no longer exists.")
AGREEMENT_OTHER_PARTNER = QT_TRANSLATE_NOOP("Errors", "Agreement No. {number} is with another organisation, not with {name}.")

ENTERPRISE_KINDS = (OrganisationKind.EMPLOYER, OrganisationKind.TRAINING_CENTRE)
ACTIVE_OR_DONE = (EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED)


@dataclass(frozen=True)
class PlacementInput:
    person_id: int
    enterprise_id: int
    kind: PlacementKind
    starts_on: date
    ends_on: date | None = None
    agreement_id: int | None = None
    mentor: str | None = None


def college_enrolments(session: Session, person_id: int) -> list[tuple[Enrolment, Group]]:
    """The learner's enrolments in college specialties with their groups, the earliest first."""
    statement = (
        select(Enrolment, Group).join(Group, Group.id == Enrolment.group_id).join(Programme, Programme.id == Group.programme_id)
        .where(Enrolment.person_id == person_id, Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY)
        .order_by(Enrolment.enrolled_on, Enrolment.id)
    )
    return [(e, g) for e, g in session.execute(statement)]


def check_partner(
    session: Session, problems: list[Problem], field: str, label: str, organisation_id: int | None, agreement_id: int | None
) -> Organisation | None:
    """The employer (or training centre) chosen, and the agreement's partner matching it; problems otherwise."""
    organisation = session.get(Organisation, organisation_id) if organisation_id else None
    if organisation is None:
        problems.append(Problem(field, ORGANISATION_MISSING, {"label": label}))
        return None
    if organisation.kind not in ENTERPRISE_KINDS:
        problems.append(Problem(field, NOT_AN_ENTERPRISE, {"name": organisation.name_ru}))
    if agreement_id is not None:
        agreement = session.get(Agreement, agreement_id)
        if agreement is None:
            problems.append(Problem("agreement_id", AGREEMENT_MISSING))
        elif agreement.partner_id != organisation.id:
            problems.append(Problem("agreement_id", AGREEMENT_OTHER_PARTNER, {"number": agreement.number, "name": organisation.name_ru}))
    return organisation


def validate_placement(session: Session, data: PlacementInput) -> tuple[PlacementInput, list[Problem]]:
    d = PlacementInput(
        person_id=data.person_id, enterprise_id=data.enterprise_id, kind=PlacementKind(data.kind), starts_on=data.starts_on,
        ends_on=data.ends_on, agreement_id=data.agreement_id, mentor=fields.clean(data.mentor),
    )
    problems: list[Problem] = []
    fields.check_text(problems, "mentor", L_MENTOR, d.mentor, 200)
    if d.starts_on is None:
        problems.append(Problem("starts_on", fields.REQUIRED, {"label": L_START}))
    fields.check_date_order(problems, "ends_on", L_START, d.starts_on, L_END, d.ends_on)
    check_partner(session, problems, "enterprise_id", L_ENTERPRISE, d.enterprise_id, d.agreement_id)
    person = session.get(Person, d.person_id) if d.person_id else None
    if person is None:
        problems.append(Problem("person_id", LEARNER_MISSING))
        return d, problems
    enrolments = [e for e, _g in college_enrolments(session, person.id) if e.status in ACTIVE_OR_DONE]
    if not enrolments:
        problems.append(Problem("person_id", NOT_ENROLLED, {"name": person.full_name}))
    elif d.starts_on is not None and d.starts_on < enrolments[0].enrolled_on:
        problems.append(Problem("starts_on", BEFORE_ENROLMENT, {
            "start": numeric_date(d.starts_on), "name": person.full_name, "enrolled": numeric_date(enrolments[0].enrolled_on),
        }))
    return d, problems


def require_consent(session: Session, d: PlacementInput, stored: Placement | None = None) -> None:
    """Refuse (:class:`ConsentMissing`) a placement the learner's consent does not allow on its first day.

    An edit that keeps the learner, the enterprise and the first day was checked when the placement was saved.
    """
    if stored is not None and (stored.person_id, stored.enterprise_id, stored.starts_on) == (d.person_id, d.enterprise_id, d.starts_on):
        return
    require_purpose(session, [d.person_id], partner_purpose(session.get_one(Organisation, d.enterprise_id)), d.starts_on)


def _apply(placement: Placement, d: PlacementInput) -> None:
    for name in PlacementInput.__dataclass_fields__:
        setattr(placement, name, getattr(d, name))


def create_placement(session: Session, data: PlacementInput) -> Placement:
    require(session, Permission.EDIT_RECORDS)
    d, problems = validate_placement(session, data)
    if problems:
        raise ValidationError(problems)
    require_consent(session, d)
    placement = Placement()
    _apply(placement, d)
    session.add(placement)
    session.flush()
    return placement


def get_placement(session: Session, placement_id: int) -> Placement:
    return fetch(session, Placement, placement_id, PLACEMENT_NOT_FOUND)


def update_placement(session: Session, placement_id: int, data: PlacementInput) -> Placement:
    require(session, Permission.EDIT_RECORDS)
    placement = get_placement(session, placement_id)
    d, problems = validate_placement(session, data)
    if problems:
        raise ValidationError(problems)
    require_consent(session, d, placement)
    _apply(placement, d)
    session.flush()
    return placement


def delete_placement(session: Session, placement_id: int) -> None:
    require(session, Permission.EDIT_RECORDS)
    session.delete(get_placement(session, placement_id))
    session.flush()


def list_placements(session: Session, person_id: int | None = None) -> list[Placement]:
    """Placements (of one learner, or all), the latest first, with learner, enterprise and agreement loaded."""
    statement = select(Placement).options(
        selectinload(Placement.person), selectinload(Placement.enterprise), selectinload(Placement.agreement)
    ).order_by(Placement.starts_on.desc(), Placement.id)
    if person_id is not None:
        statement = statement.where(Placement.person_id == person_id)
    return list(session.scalars(statement))
