"""Demo admissions: the intake plan of every college specialty and applications from partner schools' pupils.

Built after the learners and outcomes (see ``demo.fill_demo_data``), through the
services.  The intake is the last one whose enrolment day (1 September) has
passed on ``today``, so every date is in the past whatever day the demo is made;
its applications run through every kind of seat and every status, the enrolled
ones beginning their college stage.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import (
    Organisation,
    OrganisationKind,
    Person,
    Programme,
    ProgrammeKind,
    SeatKind,
    Stage,
    StageRecord,
)
from .services import admissions as A
from .services.intake_plan import set_intake_plan

PLAN = {SeatKind.STATE_ORDER: 25, SeatKind.LOCAL_ORDER: 5, SeatKind.EMPLOYER: 4, SeatKind.PAID: 10}
APPLICANTS = 16  # pupils of the partner schools who apply
ENROLMENT_DAY = (9, 1)


def intake_year(today: date) -> int:
    """The last intake whose enrolment day has come."""
    return today.year if today >= date(today.year, *ENROLMENT_DAY) else today.year - 1


def add_demo_admissions(session: Session, rng: random.Random, today: date) -> dict[str, int]:
    year = intake_year(today)
    specialties = list(
        session.scalars(select(Programme).where(Programme.kind == ProgrammeKind.COLLEGE_SPECIALTY).order_by(Programme.id))
    )
    employers = list(session.scalars(select(Organisation).where(Organisation.kind == OrganisationKind.EMPLOYER).order_by(Organisation.id)))
    if not specialties:
        return {"applications": 0}
    for programme in specialties:
        set_intake_plan(session, programme.id, year, PLAN)
    opened = date(year, 6, 20)  # the admissions office opens
    pupils = list(
        session.scalars(
            select(Person)
            .join(StageRecord, StageRecord.person_id == Person.id)
            .where(Person.current_stage == Stage.SCHOOL, StageRecord.ended_on.is_(None), StageRecord.started_on < opened)
            .order_by(Person.birth_date, Person.id)
            .limit(APPLICANTS)
        )
    )
    kinds = list(SeatKind) if employers else [k for k in SeatKind if k is not SeatKind.EMPLOYER]
    order_day = date(year, 8, 20)
    made = 0
    for number, pupil in enumerate(pupils):
        kind = kinds[number % len(kinds)]
        programme = specialties[number % len(specialties)]
        applied_on = opened + timedelta(days=rng.randrange(45))
        application = A.create_application(
            session,
            A.ApplicationInput(
                iin=pupil.iin,
                programme_id=programme.id,
                year=year,
                seat_kind=kind,
                applied_on=applied_on,
                employer_id=rng.choice(employers).id if kind is SeatKind.EMPLOYER else None,
            ),
            today,
        )
        made += 1
        step = (number // len(kinds)) % 4  # every kind of seat meets every status
        if step == 0:
            continue  # still applied
        if step == 2:
            A.decline(session, application.id, order_day)
            continue
        A.admit(session, application.id, f"{number + 101}-к", order_day, today)
        if step == 3:
            A.enrol(session, application.id, date(year, *ENROLMENT_DAY), today)
    session.flush()
    return {"applications": made}
