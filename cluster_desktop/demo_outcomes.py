"""Demo outcomes: placements, employment with follow-ups, employers' demand and guidance sessions.

Built after the learners and agreements (see ``demo.fill_demo_data``), through
the services, from ``resources/demo/outcomes.json``:

- most college students have a practice placement, or a dual-education period
  when a dual-education agreement names them, at an employer of their specialty;
- a few of the latest year's graduates go to further study, the army or childcare
  leave, or stay unknown: they have no employment stage (the journey stays at
  college, as the program leaves a graduate without a recorded job);
- most other graduates' jobs (the employment stage the demo gave them) are recorded,
  with follow-ups at 6 and 12 months where that time has passed; the rest are
  the graduates the report lists as unplaced;
- Donskoy GOK and the other ERG companies ask for mining and metallurgy
  qualifications for this year and the next three;
- kindergartens and schools held sessions counted by age group only.

Requests and sessions an earlier fill left behind are kept, not duplicated.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .dates import numeric_date
from .demo_data import PROGRAMMES, read_table
from .models import (
    Agreement,
    AgreementKind,
    AgreementLearner,
    ContractKind,
    DemandRequest,
    Destination,
    DestinationKind,
    Employment,
    EnrolmentStatus,
    EvidenceKind,
    GuidanceSession,
    GuidanceStage,
    Organisation,
    Person,
    Placement,
    PlacementKind,
    Programme,
    Stage,
    StageRecord,
)
from .models.outcomes import InstructorKind, SessionKind
from .services.consent_rules import partner_purpose, without_purpose
from .services.demand import DemandInput, create_demand
from .services.destinations import DestinationInput, record_destination
from .services.employment import (
    EmploymentInput,
    FollowUpInput,
    create_employment,
    follow_up_window,
    graduation_day,
    record_follow_up,
)
from .services.guidance_sessions import GuidanceSessionInput, HeadCount, create_session
from .services.outcome_data import graduate_rows
from .services.placements import PlacementInput, college_enrolments, create_placement

TABLE: dict[str, Any] = read_table("outcomes.json")
SHARES: dict[str, float] = TABLE["shares"]


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, 28))


class _OutcomeFiller:
    def __init__(self, session: Session, orgs: dict[str, Organisation], programmes: dict[str, Programme], rng: random.Random, today: date) -> None:
        self.session, self.orgs, self.programmes, self.rng, self.today = session, orgs, programmes, rng, today
        self.elsewhere: set[int] = set()  # graduates given a destination other than a job, or none (unknown)
        self.employers = {self.programmes[s.key].id: [self.orgs[k] for k in s.employers] for s in PROGRAMMES if s.employers and s.key in self.programmes}
        self.agreements: dict[int, Agreement] = {}  # learner → a dual-education or practice agreement naming them
        links = session.execute(
            select(AgreementLearner.person_id, Agreement).join(Agreement, Agreement.id == AgreementLearner.agreement_id)
            .where(Agreement.kind.in_((AgreementKind.DUAL_EDUCATION, AgreementKind.PRACTICE)), Agreement.is_draft.is_(False))
        )
        for person_id, agreement in links:
            self.agreements.setdefault(person_id, agreement)

    def college_people(self, stage: Stage) -> list[Person]:
        return list(self.session.scalars(select(Person).where(Person.current_stage == stage).order_by(Person.sort_key, Person.id)))

    def add_placements(self) -> None:
        for person in self.college_people(Stage.COLLEGE):
            rows = [(e, g) for e, g in college_enrolments(self.session, person.id) if e.status is EnrolmentStatus.ENROLLED]
            agreement = self.agreements.get(person.id)
            if agreement is not None and agreement.ends_on is not None and agreement.ends_on < self.today - timedelta(days=365):
                agreement = None
            if not rows or (agreement is None and self.rng.random() >= SHARES["placement"]):
                continue
            enrolment, group = rows[-1]
            earliest = enrolment.enrolled_on + timedelta(days=240)
            if earliest + timedelta(days=30) > self.today:
                continue  # first-year students have not been to practice yet
            agreement_id: int | None
            if agreement is not None:
                kind, enterprise, agreement_id = (
                    PlacementKind.DUAL if agreement.kind is AgreementKind.DUAL_EDUCATION else PlacementKind.PRACTICE,
                    agreement.partner, agreement.id,
                )
                start = max(earliest, agreement.starts_on)
                mentor = agreement.mentor
                if agreement.ends_on is not None and agreement.ends_on < start:
                    kind, agreement_id = PlacementKind.PRACTICE, None
            else:
                kind, enterprise, agreement_id = PlacementKind.PRACTICE, self.rng.choice(self.employers[group.programme_id]), None
                start = earliest + timedelta(days=self.rng.randint(0, 60))
                mentor = self.rng.choice(TABLE["mentors"])
            if start > self.today:
                continue
            end = min(start + timedelta(weeks=self.rng.choice((4, 6, 8))), agreement.ends_on if agreement_id is not None and agreement and agreement.ends_on else date.max)
            if without_purpose(self.session, [person.id], partner_purpose(enterprise), start):
                continue  # no consent to send their data to the enterprise: no placement on record
            create_placement(self.session, PlacementInput(person.id, enterprise.id, kind, start, max(start, end), agreement_id, mentor))

    def add_employment(self) -> None:
        for person in self.college_people(Stage.EMPLOYMENT):
            record = self.session.scalar(
                select(StageRecord).where(StageRecord.person_id == person.id, StageRecord.stage == Stage.EMPLOYMENT)
            )
            graduated = graduation_day(self.session, person.id)
            if record is None or record.organisation_id is None or graduated is None or record.started_on < graduated:
                continue
            if person.id in self.elsewhere:
                continue
            if self.rng.random() >= SHARES["employment_recorded"]:
                continue  # no evidence collected yet: listed as unplaced
            target = self.rng.random() < SHARES["target_contract"]
            order = f"{self.rng.randint(100, 999)}-к"
            employment = create_employment(self.session, EmploymentInput(
                person.id, record.organisation_id, record.detail or "—", record.started_on,
                ContractKind.TARGET if target else ContractKind.PERMANENT,
                evidence=f"Приказ о приёме № {order} от {numeric_date(record.started_on)}",
                in_specialty=self.rng.random() < SHARES["in_specialty"], evidence_kind=EvidenceKind.EMPLOYMENT_ORDER,
                evidence_number=order, evidence_date=record.started_on,
            ), self.today)
            for months in (6, 12):
                checked = max(_add_months(graduated, months), record.started_on)  # in the follow-up's window after graduation
                if checked > self.today or checked > follow_up_window(graduated, months)[1]:
                    break
                still = self.rng.random() < SHARES[f"still_employed_{months}"]
                record_follow_up(self.session, employment.id, FollowUpInput(
                    months, checked, still, organisation_id=record.organisation_id if still else None,
                ), self.today)
                if not still:
                    break

    def add_destinations(self) -> None:
        """Some of the latest year's graduates go elsewhere than to a job (further study at MGTU, the army, childcare
        leave), one more stays unknown (no job recorded either); the others get their jobs in :meth:`add_employment`."""
        graduates = graduate_rows(self.session, self.today, "ru")
        if not graduates:
            return
        year = max(g.graduated_on.year for g in graduates)
        employed = set(self.session.scalars(select(Employment.person_id)))
        recorded = set(self.session.scalars(select(Destination.person_id)))
        waiting = [g for g in graduates if g.graduated_on.year == year and g.person_id not in employed | recorded]
        self.elsewhere = {g.person_id for g in waiting[: len(TABLE["destinations"]) + 1]}
        for person_id in sorted(self.elsewhere):
            self._no_employment_stage(person_id)
        for graduate, row in zip(waiting, TABLE["destinations"], strict=False):
            starts = graduate.graduated_on + timedelta(days=row["days"])
            if starts > self.today:
                continue
            place = self.orgs[row["organisation"]].id if "organisation" in row else None
            record_destination(self.session, DestinationInput(
                graduate.person_id, DestinationKind(row["kind"]), starts, EvidenceKind(row["evidence"]),
                min(self.today, starts + timedelta(days=3)), row.get("number"), organisation_id=place,
            ), self.today)

    def _no_employment_stage(self, person_id: int) -> None:
        """A graduate who went elsewhere than to a job has no employment stage: the journey stays at college, as the
        program leaves it when no job is recorded (a first job is what moves a graduate on to employment)."""
        person = self.session.get(Person, person_id)
        if person is None or person.current_stage is not Stage.EMPLOYMENT:
            return
        stages = sorted(person.stages, key=lambda s: (s.started_on, s.id))
        for record in [s for s in stages if s.stage is Stage.EMPLOYMENT]:
            person.stages.remove(record)
        previous = [s for s in stages if s.stage is not Stage.EMPLOYMENT]
        if previous:
            previous[-1].ended_on = None
        person.current_stage = previous[-1].stage if previous else Stage.COLLEGE
        self.session.flush()

    def add_demand(self) -> None:
        for row in TABLE["demand"]:
            programme = self.programmes[row["programme"]]
            employer = self.orgs[row["employer"]]
            year = self.today.year + row["year"]
            code = programme.qualification_code or ""
            exists = self.session.scalar(select(DemandRequest.id).where(
                DemandRequest.employer_id == employer.id, DemandRequest.qualification_code == code, DemandRequest.year == year,
            ))
            if exists is None:
                create_demand(self.session, DemandInput(employer.id, code, programme.qualification_name_ru or programme.name_ru, year, row["people"]))

    def add_sessions(self) -> None:
        for row in TABLE["sessions"]:
            held = self.today - timedelta(days=row["days"])
            exists = self.session.scalar(select(GuidanceSession.id).where(GuidanceSession.held_on == held, GuidanceSession.topic_kk == row["topic_kk"]))
            if exists is None:
                create_session(self.session, GuidanceSessionInput(
                    held_on=held, place_kk=row["place_kk"], place_ru=row["place_ru"], topic_kk=row["topic_kk"],
                    topic_ru=row["topic_ru"], stage=GuidanceStage(row["stage"]),
                    organiser_id=self.orgs[row["organiser"]].id,
                    head_counts=tuple(HeadCount(h["age_group"], h["count"]) for h in row["head_counts"]),
                    kind=SessionKind(row["kind"]), hours=row["hours"], **self._instructor(row["instructor"]),
                ), today=self.today)

    def _instructor(self, row: dict[str, str]) -> dict[str, Any]:
        """A demo session's instructor as the form gives it: staff with a position, or a specialist with a partner."""
        kind = InstructorKind(row["kind"])
        organisation = self.orgs[row["organisation"]].id if kind is InstructorKind.SPECIALIST else None
        return {"instructor_kind": kind, "instructor_name": row["name"], "instructor_position": row.get("position"), "instructor_organisation_id": organisation}


def add_demo_outcomes(
    session: Session, orgs: dict[str, Organisation], programmes: dict[str, Programme], rng: random.Random, today: date
) -> dict[str, int]:
    """Add the demo outcomes; returns how many of each there are now."""
    filler = _OutcomeFiller(session, orgs, programmes, rng, today)
    filler.add_placements()
    filler.add_destinations()
    filler.add_employment()
    filler.add_demand()
    filler.add_sessions()
    session.flush()
    models = {
        "placements": Placement, "employment": Employment, "destinations": Destination, "demand_requests": DemandRequest,
        "guidance_sessions": GuidanceSession,
    }
    return {name: session.scalar(select(func.count()).select_from(model)) or 0 for name, model in models.items()}
