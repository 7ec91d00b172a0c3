"""Employers' requests: so many people of one qualification in one year."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import DemandRequest
from ..permissions import Permission, require
from . import fields, qualifications
from .placements import check_partner
from .records import fetch

L_EMPLOYER = QT_TRANSLATE_NOOP("Errors", "Employer")
L_QUALIFICATION_CODE = QT_TRANSLATE_NOOP("Errors", "Qualification code")
L_QUALIFICATION_NAME = QT_TRANSLATE_NOOP("Errors", "Qualification name")
L_YEAR = QT_TRANSLATE_NOOP("Errors", "Year")
L_PEOPLE = QT_TRANSLATE_NOOP("Errors", "Number of people")
L_NOTES = QT_TRANSLATE_NOOP("Errors", "Notes")

REQUEST_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The employer's request no longer exists (perhaps someone deleted it).")

YEARS = (2000, 2100)
PEOPLE_LIMIT = 10_000  # more than any one employer of the region asks for: a typing error


@dataclass(frozen=True)
class DemandInput:
    employer_id: int
    qualification_code: str  # a code of the qualification catalogue
    qualification_name: str  # ignored: the catalogue's name is stored
    year: int
    people: int
    notes: str | None = None


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def validate_demand(session: Session, data: DemandInput) -> tuple[DemandInput, list[Problem]]:
    d = DemandInput(
        employer_id=data.employer_id, qualification_code=fields.clean(data.qualification_code) or "",
        qualification_name=fields.clean(data.qualification_name) or "", year=data.year, people=data.people,
        notes=(data.notes or "").strip() or None,
    )
    problems: list[Problem] = []
    check_partner(session, problems, "employer_id", L_EMPLOYER, d.employer_id, None)
    fields.check_text(problems, "qualification_code", L_QUALIFICATION_CODE, d.qualification_code, 40, required=True)
    entry = qualifications.check_code(session, problems, "qualification_code", L_QUALIFICATION_CODE, d.qualification_code)
    if entry is not None:  # stored as the catalogue spells and names it, so the forecast has one line per qualification
        d = replace(d, qualification_code=entry.code, qualification_name=entry.name_ru or entry.name("ru"))
    fields.check_text(problems, "notes", L_NOTES, d.notes, 2000, printed=False)
    if not _whole(d.year) or not YEARS[0] <= d.year <= YEARS[1]:
        problems.append(Problem("year", fields.BAD_NUMBER, {"label": L_YEAR, "low": YEARS[0], "high": YEARS[1]}))
    if not _whole(d.people) or not 1 <= d.people <= PEOPLE_LIMIT:
        problems.append(Problem("people", fields.BAD_NUMBER, {"label": L_PEOPLE, "low": 1, "high": PEOPLE_LIMIT}))
    return d, problems


def _apply(request: DemandRequest, d: DemandInput) -> None:
    for name in DemandInput.__dataclass_fields__:
        setattr(request, name, getattr(d, name))


def create_demand(session: Session, data: DemandInput) -> DemandRequest:
    require(session, Permission.EDIT_RECORDS)
    d, problems = validate_demand(session, data)
    if problems:
        raise ValidationError(problems)
    request = DemandRequest()
    _apply(request, d)
    session.add(request)
    session.flush()
    return request


def get_demand(session: Session, request_id: int) -> DemandRequest:
    return fetch(session, DemandRequest, request_id, REQUEST_NOT_FOUND)


def demand_input(session: Session, request_id: int) -> DemandInput:
    """A request's stored values, as the form edits them (plain data for the window)."""
    r = get_demand(session, request_id)
    return DemandInput(r.employer_id, r.qualification_code, r.qualification_name, r.year, r.people, r.notes)


def update_demand(session: Session, request_id: int, data: DemandInput) -> DemandRequest:
    require(session, Permission.EDIT_RECORDS)
    request = get_demand(session, request_id)
    d, problems = validate_demand(session, data)
    if problems:
        raise ValidationError(problems)
    _apply(request, d)
    session.flush()
    return request


def delete_demand(session: Session, request_id: int) -> None:
    require(session, Permission.EDIT_RECORDS)
    session.delete(get_demand(session, request_id))
    session.flush()


def list_demand(session: Session, year: int | None = None) -> list[DemandRequest]:
    """Requests (of one year, or all) by year, qualification and employer."""
    statement = select(DemandRequest).options(selectinload(DemandRequest.employer)).order_by(
        DemandRequest.year, DemandRequest.qualification_code, DemandRequest.employer_id, DemandRequest.id
    )
    if year is not None:
        statement = statement.where(DemandRequest.year == year)
    return list(session.scalars(statement))
