"""The intake plan: seats per kind of seat in each college specialty for one year's intake.

Set beside the employers' demand and the forecast of the same qualification and
year (:mod:`.demand_forecast`), so the college plans its intake against what the
region asks for.  Admitted and enrolled applicants take seats: a plan cannot be
cut below the seats already taken.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import Application, ApplicationStatus, DemandRequest, IntakePlan, Programme, ProgrammeKind, SeatKind
from ..permissions import Permission, require
from . import fields
from .demand import PEOPLE_LIMIT, YEARS
from .demand_forecast import demand_forecast

L_SPECIALTY = QT_TRANSLATE_NOOP("Errors", "Specialty")
L_INTAKE_YEAR = QT_TRANSLATE_NOOP("Errors", "Intake year")
L_SEATS = QT_TRANSLATE_NOOP("Errors", "Seats")
NOT_A_SPECIALTY = QT_TRANSLATE_NOOP("Errors", "{label}: choose a college specialty.")
BELOW_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "{seat_kind}: {taken} applicants are already admitted, so the plan cannot have fewer seats than {taken}."
)
SEAT_KIND_WORDS = {
    SeatKind.STATE_ORDER: QT_TRANSLATE_NOOP("Errors", "State educational order"),
    SeatKind.LOCAL_ORDER: QT_TRANSLATE_NOOP("Errors", "Local order"),
    SeatKind.EMPLOYER: QT_TRANSLATE_NOOP("Errors", "Employer-funded (target)"),
    SeatKind.PAID: QT_TRANSLATE_NOOP("Errors", "Paid"),
}
TAKING = (ApplicationStatus.ADMITTED, ApplicationStatus.ENROLLED)  # statuses that hold a seat


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def specialty_problems(session: Session, programme_id: int | None, year: object) -> tuple[Programme | None, list[Problem]]:
    """The specialty and the intake year checked as a form names them (``programme_id``, ``year``)."""
    problems: list[Problem] = []
    programme = session.get(Programme, programme_id) if programme_id else None
    if programme is None or programme.kind is not ProgrammeKind.COLLEGE_SPECIALTY:
        problems.append(Problem("programme_id", NOT_A_SPECIALTY, {"label": L_SPECIALTY}))
        programme = None
    if not (isinstance(year, int) and not isinstance(year, bool) and YEARS[0] <= year <= YEARS[1]):
        problems.append(Problem("year", fields.BAD_NUMBER, {"label": L_INTAKE_YEAR, "low": YEARS[0], "high": YEARS[1]}))
    return programme, problems


def plan_seats(session: Session, programme_id: int, year: int) -> dict[SeatKind, int] | None:
    """The seats of each kind in the specialty's plan for ``year``; None when there is no plan."""
    rows = session.execute(
        select(IntakePlan.seat_kind, IntakePlan.seats).where(IntakePlan.programme_id == programme_id, IntakePlan.year == year)
    ).all()
    if not rows:
        return None
    seats = dict.fromkeys(SeatKind, 0)
    seats.update((kind, count) for kind, count in rows)
    return seats


def seats_taken(session: Session, programme_id: int, year: int) -> dict[SeatKind, int]:
    """Admitted and enrolled applicants of the specialty and year, per kind of seat."""
    rows = session.execute(
        select(Application.seat_kind, func.count())
        .where(Application.programme_id == programme_id, Application.year == year, Application.status.in_(TAKING))
        .group_by(Application.seat_kind)
    ).all()
    taken = dict.fromkeys(SeatKind, 0)
    taken.update((kind, count) for kind, count in rows)
    return taken


def lock_plan(session: Session, programme_id: int, year: int, seat_kind: SeatKind | None = None) -> None:
    """Take the write lock on the plan's rows (of one kind, or all) before counting the seats taken.

    A no-op ``UPDATE`` (not ``SELECT … FOR UPDATE``, which SQLite ignores): on PostgreSQL it locks the rows until
    commit; on SQLite it begins the write transaction, so another admission or plan change waits for this one's
    commit and then counts afresh (or, past the busy timeout, is told the database is busy).
    """
    statement = update(IntakePlan).where(IntakePlan.programme_id == programme_id, IntakePlan.year == year)
    if seat_kind is not None:
        statement = statement.where(IntakePlan.seat_kind == seat_kind)
    session.execute(statement.values(seats=IntakePlan.seats, updated_at=IntakePlan.updated_at).execution_options(synchronize_session=False))


def set_intake_plan(session: Session, programme_id: int, year: int, seats: Mapping[SeatKind, int]) -> None:
    """Set the plan of one specialty and year (a kind left out has no seats)."""
    require(session, Permission.EDIT_RECORDS)
    programme, problems = specialty_problems(session, programme_id, year)
    wanted = {kind: seats.get(kind, 0) for kind in SeatKind}
    for kind, count in wanted.items():
        if not _whole(count) or not 0 <= count <= PEOPLE_LIMIT:
            problems.append(
                Problem(f"seats_{kind.value}", fields.BAD_NUMBER, {"label": SEAT_KIND_WORDS[kind], "low": 0, "high": PEOPLE_LIMIT})
            )
    if programme is not None and not problems:
        lock_plan(session, programme_id, year)  # an admission on another PC waits, or this waits for it
        for kind, count in seats_taken(session, programme_id, year).items():
            if wanted[kind] < count:
                problems.append(Problem(f"seats_{kind.value}", BELOW_TAKEN, {"seat_kind": SEAT_KIND_WORDS[kind], "taken": count}))
    if problems:
        raise ValidationError(problems)
    existing = {
        row.seat_kind: row
        for row in session.scalars(select(IntakePlan).where(IntakePlan.programme_id == programme_id, IntakePlan.year == year))
    }
    for kind, count in wanted.items():
        row = existing.get(kind)
        if row is None:
            session.add(IntakePlan(programme_id=programme_id, year=year, seat_kind=kind, seats=count))
        elif row.seats != count:
            row.seats = count
    session.flush()


def specialty_choices(session: Session, language: str) -> list[tuple[int, str]]:
    """(id, «code name») of every college specialty, by code: what the admissions forms offer."""
    specialties = session.scalars(
        select(Programme).where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY).order_by(Programme.qualification_code, Programme.id)
    )
    return [(p.id, f"{p.qualification_code or ''} {p.name(language)}".strip()) for p in specialties]


@dataclass(frozen=True)
class PlanLine:
    """One specialty's plan for a year beside its applications, the employers' demand and the forecast."""

    programme_id: int
    qualification_code: str
    label: str  # «code name» in the language asked
    seats: dict[SeatKind, int] | None  # None: no plan for the year
    applied: int
    admitted: int  # admitted and enrolled
    enrolled: int
    requested: int  # people the employers ask for in the qualification that year
    expected: int | None  # the forecast of people the pipeline delivers that year (None: cannot be forecast)

    @property
    def planned(self) -> int | None:
        return None if self.seats is None else sum(self.seats.values())


def intake_plan(session: Session, year: int, language: str, today: date) -> list[PlanLine]:
    """Every college specialty with its plan for ``year`` (or none), in qualification-code order."""
    require(session, Permission.READ_PERSONAL_DATA)
    specialties = session.scalars(
        select(Programme).where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY).order_by(Programme.qualification_code, Programme.id)
    ).all()
    statuses: dict[tuple[int, ApplicationStatus], int] = {
        (programme_id, status): count
        for programme_id, status, count in session.execute(
            select(Application.programme_id, Application.status, func.count())
            .where(Application.year == year)
            .group_by(Application.programme_id, Application.status)
        ).all()
    }
    requested: dict[str, int] = {
        code: int(total)
        for code, total in session.execute(
            select(DemandRequest.qualification_code, func.sum(DemandRequest.people))
            .where(DemandRequest.year == year)
            .group_by(DemandRequest.qualification_code)
        ).all()
    }
    expected = {line.qualification: line.expected for line in demand_forecast(session, language, year=year, today=today)}
    lines = []
    for p in specialties:
        code = p.qualification_code or ""
        count = {status: statuses.get((p.id, status), 0) for status in ApplicationStatus}
        lines.append(
            PlanLine(
                programme_id=p.id,
                qualification_code=code,
                label=f"{code} {p.name(language)}".strip(),
                seats=plan_seats(session, p.id, year),
                applied=sum(count.values()),
                admitted=count[ApplicationStatus.ADMITTED] + count[ApplicationStatus.ENROLLED],
                enrolled=count[ApplicationStatus.ENROLLED],
                requested=requested.get(code, 0),
                expected=expected.get(code),
            )
        )
    return lines
