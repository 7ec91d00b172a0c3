"""Demo agreements: every kind, with the demo cluster's real partners, dated around ``today``.

Read from ``resources/demo/agreements.json``.  Dates count from the day the demo
is filled, so the register always shows agreements expiring within 60 days,
an expired and a terminated one, and a draft.  Learners are college students
of the agreement's specialty.  Everything goes through the agreement service;
an agreement an earlier fill left behind (same number and year) is brought up
to date rather than duplicated, so filling again after the learners were
deleted works like the rest of the demo.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .demo_data import read_table
from .models import (
    Agreement,
    AgreementKind,
    Enrolment,
    Group,
    Organisation,
    Person,
    Programme,
    Stage,
)
from .services.agreements import (
    AgreementInput,
    AttachedLearner,
    create_agreement,
    terminate_agreement,
    update_agreement,
)
from .services.consent_rules import partner_purpose, without_purpose


@dataclass(frozen=True)
class AgreementSpec:
    kind: AgreementKind
    number: str
    partner: str
    signed: int  # days before today
    starts: int  # days after signing
    ends: int | None  # days from today (negative: in the past)
    texts: dict[str, str | None]  # title, workplace and obligations in Kazakh and Russian, as AgreementInput names them
    programme: str | None
    learners: int
    mentor: str | None
    pay: str | None
    hours: int | None
    draft: bool
    terminated: int | None  # days before today
    reason: str | None


def _spec(row: dict[str, Any]) -> AgreementSpec:
    return AgreementSpec(
        kind=AgreementKind(row["kind"]), number=row["number"], partner=row["partner"], signed=row["signed"],
        starts=row.get("starts", 0), ends=row.get("ends"), programme=row.get("programme"),
        texts={f"{name}_{lang}": row.get(f"{name}_{lang}") for name in ("title", "workplace", "obligations") for lang in ("kk", "ru")},
        learners=row.get("learners", 0), mentor=row.get("mentor"), pay=row.get("pay"),
        hours=row.get("hours"), draft=row.get("draft", False),
        terminated=row.get("terminated"), reason=row.get("reason"),
    )


AGREEMENTS: tuple[AgreementSpec, ...] = tuple(_spec(row) for row in read_table("agreements.json")["agreements"])


def students_wanted() -> list[str]:
    """The specialty (programme key) of each student the agreements name, one entry per student.

    The demo's first college students go to these specialties, so that every
    agreement gets its learners in a demo of any size that has that many
    students, on any day, instead of only when the random draw happens to be kind.
    """
    return [spec.programme for spec in AGREEMENTS if spec.programme for _ in range(spec.learners)]


def _students(session: Session, programme_id: int) -> list[int]:
    """College students (or graduates) enrolled in the programme, in alphabetical order."""
    enrolled = (
        select(Enrolment.id).join(Group, Group.id == Enrolment.group_id)
        .where(Enrolment.person_id == Person.id, Group.programme_id == programme_id).exists()
    )
    statement = (
        select(Person.id).where(enrolled, Person.current_stage.in_((Stage.COLLEGE, Stage.EMPLOYMENT)))
        .order_by(Person.current_stage, Person.sort_key, Person.id)
    )
    return list(session.scalars(statement))


def add_demo_agreements(
    session: Session, organisations: dict[str, Organisation], programmes: dict[str, Programme], rng: random.Random, today: date
) -> int:
    """Add (or bring up to date) the demo agreements; returns how many there are."""
    used: set[int] = set()
    for spec in AGREEMENTS:
        signed = today - timedelta(days=spec.signed)
        programme = programmes.get(spec.programme) if spec.programme else None
        learners: tuple[AttachedLearner, ...] = ()
        if spec.learners and programme is not None:
            free = [p for p in _students(session, programme.id) if p not in used]
            drawn = rng.sample(free, min(spec.learners, len(free)))  # drawn as before consents existed: the rest of the demo stays the same
            # Only those whose consent allows naming them to the partner; one who does not gives way to the next who does.
            lacking = set(without_purpose(session, free, partner_purpose(organisations[spec.partner]), signed))
            allowed = [p for p in drawn if p not in lacking]
            allowed += [p for p in free if p not in lacking and p not in allowed][: len(drawn) - len(allowed)]
            chosen = sorted(allowed)
            used.update(chosen)
            learners = tuple(AttachedLearner(p) for p in chosen)
        if spec.kind is AgreementKind.DUAL_EDUCATION and not learners:
            continue  # a tripartite agreement needs its learner; a demo without students has none to give
        data = AgreementInput(
            kind=spec.kind, number=spec.number, partner_id=organisations[spec.partner].id, signed_on=signed,
            starts_on=signed + timedelta(days=spec.starts), ends_on=None if spec.ends is None else today + timedelta(days=spec.ends),
            **spec.texts, is_draft=spec.draft, programme_id=programme.id if programme else None,
            mentor=spec.mentor, pay=spec.pay, hours=spec.hours, learners=learners,
        )
        old = session.scalar(select(Agreement).where(Agreement.number == spec.number, Agreement.year == signed.year))
        agreement = create_agreement(session, data) if old is None else update_agreement(session, old.id, data)
        if spec.terminated is not None and agreement.terminated_on is None:
            terminate_agreement(session, agreement.id, spec.reason or "", today - timedelta(days=spec.terminated), today=today)
    session.flush()
    return len(list(session.scalars(select(Agreement.id))))
