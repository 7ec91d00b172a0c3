"""Demo data: enough, valid, Kazakh, across every stage, and the same for the same seed."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cluster_desktop.dates import add_years
from cluster_desktop.db import Database
from cluster_desktop.demo import (
    AGE_RANGES,
    DemoError,
    fill_demo_data,
    has_learners,
    random_person,
)
from cluster_desktop.demo_agreements import students_wanted
from cluster_desktop.ids import is_valid_bin, parse_iin
from cluster_desktop.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    Consent,
    ConsentGiver,
    ConsentPurpose,
    ConsentPurposeGrant,
    Destination,
    DestinationKind,
    Employment,
    Enrolment,
    EnrolmentStatus,
    FollowUp,
    Group,
    GuidanceSession,
    Organisation,
    OrganisationKind,
    Person,
    Placement,
    Programme,
    ProgrammeKind,
    Stage,
)
from cluster_desktop.services.agreements import agreement_input, agreement_status, validate_agreement
from cluster_desktop.services.journey import learner_journey
from cluster_desktop.services.learners import (
    ADULT_AGE,
    age_on,
    create_learner,
    delete_learner,
    learner_input,
    validate_learner,
)

KAZAKH_LETTERS = set("әғқңөұүі")

# The day the README's test command first failed: the demo gave a practice agreement one learner.
TODAY = date(2026, 12, 4)
# Days on which a demo dated from today could go wrong: the calendar and the academic year turn
# (1 September), school ends (30 June), a leap day, and the day above.
AWKWARD_DAYS = (
    date(2027, 1, 1), date(2028, 2, 29), date(2027, 6, 30), date(2027, 8, 31), date(2027, 9, 1), TODAY, date(2027, 12, 31),
)
# The smallest demo with a college student for every learner its agreements name (30 % of the learners are students).
SMALL_DEMO = 44


def _filled(database: Database, **kwargs: object) -> dict[str, int]:
    with database.session() as session:
        return fill_demo_data(session, **kwargs)  # type: ignore[arg-type]


def test_demo_fills_a_valid_cluster(database: Database) -> None:
    today = TODAY
    counts = _filled(database, today=today)
    assert counts["learners"] >= 400
    with database.session() as session:
        people = list(session.scalars(select(Person).options(selectinload(Person.stages), selectinload(Person.enrolments))))
        assert len(people) == counts["learners"]
        assert {p.current_stage for p in people} == set(Stage)
        assert _check_destinations_agree(session) == 4  # two at MGTU, one in the army, one on childcare leave
        stages = Counter(p.current_stage for p in people)
        assert stages[Stage.PRESCHOOL] >= 80 and stages[Stage.SCHOOL] >= 120
        assert stages[Stage.COLLEGE] >= 100 and stages[Stage.EMPLOYMENT] >= 30

        iins = [p.iin for p in people]
        assert len(set(iins)) == len(iins)
        for person in people:
            info = parse_iin(person.iin, today=today)
            assert (info.birth_date, info.sex) == (person.birth_date, person.sex), person.full_name
            assert person.birth_date < today
            # Everything the demo wrote passes the rules of the edit dialog.
            _, problems = validate_learner(learner_input(person), today, with_consent=False)
            assert problems == [], (person.full_name, [p.message for p in problems])
            assert person.representative_name or age_on(person.birth_date, today) >= ADULT_AGE
            records = sorted(person.stages, key=lambda s: s.started_on)
            assert [s.stage.rank for s in records] == sorted({s.stage.rank for s in records})
            assert [s.ended_on is None for s in records] == [False] * (len(records) - 1) + [True]
            assert records[-1].stage is person.current_stage

        _check_consents(session, people, today)

        names = " ".join(p.full_name for p in people).lower()
        assert set(names) >= KAZAKH_LETTERS
        assert any(p.patronymic and p.patronymic.endswith(("ұлы", "қызы")) for p in people)
        assert any(p.patronymic and p.patronymic.endswith(("ович", "овна", "евич", "евна")) for p in people)
        assert any(p.patronymic is None for p in people)
        russian = [p for p in people if p.given_name in {"Александр", "Сергей", "Дмитрий", "Анна", "Мария", "Елена", "Ольга"}]
        assert russian
        for person in people:  # gender forms agree with the sex
            if person.patronymic:
                male_form = person.patronymic.endswith(("ұлы", "вич"))
                assert male_form == (person.sex.value == "M"), person.full_name

        organisations = list(session.scalars(select(Organisation)))
        names_ru = " | ".join(o.name_ru for o in organisations)
        names_kk = " | ".join(o.name_kk for o in organisations)
        assert "Донской ГОК" in names_ru and "Талап" in names_kk and "Талап" in names_ru
        assert "Носов" in names_kk and "Хромтау тау-кен техникалық колледжі" in names_kk
        kinds = Counter(o.kind for o in organisations)
        assert kinds[OrganisationKind.SCHOOL] >= 3 and kinds[OrganisationKind.KINDERGARTEN] >= 2
        assert kinds[OrganisationKind.COLLEGE] == 1 and kinds[OrganisationKind.STATE_BODY] >= 1
        assert all(o.bin is None or is_valid_bin(o.bin) for o in organisations)
        assert any(o.bin is None for o in organisations)  # the Russian university

        programmes = list(session.scalars(select(Programme)))
        assert {p.kind for p in programmes} == set(ProgrammeKind)
        assert "07240100" in {p.qualification_code for p in programmes}
        assert all(p.name_kk and p.name_ru and p.name_en for p in programmes)

        enrolments = list(session.scalars(select(Enrolment).options(selectinload(Enrolment.group).selectinload(Group.programme))))
        statuses = Counter(e.status for e in enrolments)
        assert statuses[EnrolmentStatus.COMPLETED] >= 100 and statuses[EnrolmentStatus.ENROLLED] >= 100
        assert statuses[EnrolmentStatus.FAILED] >= 1 and statuses[EnrolmentStatus.WITHDRAWN] >= 1
        for e in enrolments:
            if e.status is EnrolmentStatus.COMPLETED:
                assert e.result_percent is not None and 50 <= e.result_percent <= 100 and e.finished_on is not None
            if e.status is EnrolmentStatus.FAILED:
                assert e.result_percent is not None and 45 <= e.result_percent < 50
        by_person = {p.id: p for p in people}
        for e in enrolments:  # programmes match the learner's stage at the time
            person = by_person[e.person_id]
            stage = e.group.programme.kind.stage
            assert any(s.stage is stage and s.started_on <= e.enrolled_on for s in person.stages), person.full_name

        employed = [p for p in people if p.current_stage is Stage.EMPLOYMENT]
        employers = {o.id for o in organisations if o.kind is OrganisationKind.EMPLOYER}
        for person in employed:
            job = person.stages[-1]
            assert job.organisation_id in employers and job.detail
            assert [s.stage for s in person.stages] == [Stage.SCHOOL, Stage.COLLEGE, Stage.EMPLOYMENT]
            assert any(e.status is EnrolmentStatus.COMPLETED for e in person.enrolments)
        schools = {o.id for o in organisations if o.kind is OrganisationKind.SCHOOL}
        for person in people:
            for record in person.stages:
                if record.stage is Stage.SCHOOL:
                    assert record.organisation_id in schools and record.school_grade in (9, 10, 11)
        journey = learner_journey(session, employed[0].id)
        assert [s.stage for s in journey if s.kind == "stage"] == [Stage.SCHOOL, Stage.COLLEGE, Stage.EMPLOYMENT]


def _check_agreements(session: Session, today: date) -> None:
    """Every kind and status is shown, each agreement passes its rules, and practice has learners to place."""
    agreements = list(session.scalars(select(Agreement).options(selectinload(Agreement.learners))))
    for agreement in agreements:
        _data, problems = validate_agreement(session, agreement_input(agreement), own_id=agreement.id)
        assert problems == [], (agreement.number, [p.message for p in problems])
        assert agreement.signed_on <= today and (agreement.terminated_on is None or agreement.terminated_on <= today)
    assert {a.kind for a in agreements} == set(AgreementKind)
    statuses = [agreement_status(a, today) for a in agreements]
    assert set(statuses) == set(AgreementStatus) and statuses.count(AgreementStatus.EXPIRING) >= 3
    assert all(len(a.learners) >= 2 for a in agreements if a.kind is AgreementKind.PRACTICE)
    assert all(a.learners for a in agreements if a.kind is AgreementKind.DUAL_EDUCATION)


def _check_destinations_agree(session: Session) -> int:
    """A graduate in further study, the army or on childcare leave, with no job recorded, has no employment stage:
    neither a stage record nor a step of the journey says they went to work.  Returns how many there are."""
    elsewhere = (DestinationKind.FURTHER_STUDY, DestinationKind.MILITARY, DestinationKind.CHILDCARE)
    people = set(session.scalars(select(Destination.person_id).where(Destination.kind.in_(elsewhere))))
    people -= set(session.scalars(select(Employment.person_id)))
    for person_id in people:
        person = session.get(Person, person_id)
        assert person is not None and person.current_stage is Stage.COLLEGE
        assert [s.stage for s in person.stages if s.ended_on is None] == [Stage.COLLEGE]
        journey = learner_journey(session, person_id)
        assert Stage.EMPLOYMENT not in {step.stage for step in journey}
        assert any(step.kind == "destination" and step.status in elsewhere for step in journey)  # where they went instead
    return len(people)


def _check_nothing_after(session: Session, today: date) -> None:
    """Learners pass the edit dialog's rules on ``today``, and nothing is dated after it."""
    people = list(session.scalars(select(Person).options(selectinload(Person.stages))))
    assert {p.current_stage for p in people} == set(Stage)
    for person in people:
        _, problems = validate_learner(learner_input(person), today, with_consent=False)
        assert problems == [], (person.full_name, [p.message for p in problems])
        assert parse_iin(person.iin, today=today).birth_date == person.birth_date < today
        assert all(s.started_on <= today and (s.ended_on is None or s.ended_on <= today) for s in person.stages)
    days = [
        *session.scalars(select(Group.starts_on)), *session.scalars(select(Enrolment.enrolled_on)),
        *session.scalars(select(Enrolment.finished_on).where(Enrolment.finished_on.is_not(None))),
        *session.scalars(select(Placement.starts_on)), *session.scalars(select(Employment.starts_on)),
        *session.scalars(select(FollowUp.checked_on)), *session.scalars(select(GuidanceSession.held_on)),
        *session.scalars(select(Consent.given_on)),
        *(day for day in session.scalars(select(ConsentPurposeGrant.withdrawn_on)) if day is not None),
    ]
    assert max(days) <= today


def _check_consents(session: Session, people: list[Person], today: date) -> None:
    """Every learner has a consent signed at registration, and the demo shows every kind of consent."""
    consents = list(session.scalars(select(Consent).options(selectinload(Consent.purposes))))
    by_person: dict[int, list[Consent]] = {}
    for consent in sorted(consents, key=lambda c: (c.given_on, c.id)):
        by_person.setdefault(consent.person_id, []).append(consent)
    assert set(by_person) == {p.id for p in people}
    standard = {ConsentPurpose.EDUCATION, ConsentPurpose.JOURNEY, ConsentPurpose.PARTNERS}
    kinds: Counter[str] = Counter()
    for person in people:
        first, *later = by_person[person.id]
        assert person.birth_date <= first.given_on <= today
        minor_then = age_on(person.birth_date, first.given_on) < ADULT_AGE
        assert first.given_by is (ConsentGiver.REPRESENTATIVE if minor_then else ConsentGiver.SELF)
        assert (first.giver_name is not None) == minor_then
        purposes = {g.purpose for g in first.purposes}
        kinds["standard" if purposes == standard else "partial" if ConsentPurpose.PARTNERS not in purposes else "other"] += 1
        kinds["publicity"] += ConsentPurpose.PUBLICITY in purposes
        kinds["abroad"] += any(g.purpose is ConsentPurpose.ABROAD for c in later for g in c.purposes)
        own = any(c.given_by is ConsentGiver.SELF for c in (first, *later))
        adult = age_on(person.birth_date, today) >= ADULT_AGE
        kinds["own name after 18"] += adult and minor_then and own
        kinds["own name missing"] += adult and not own
        kinds["turning 18 soon"] += not adult and add_years(person.birth_date, ADULT_AGE) <= today + timedelta(days=90)
        kinds["withdrawn"] += sum(1 for c in (first, *later) for g in c.purposes if g.withdrawn_on is not None)
        kinds["expiring within 30 days"] += any(
            c.valid_until is not None and today < c.valid_until <= today + timedelta(days=30) for c in later
        )
        for consent in later:
            assert first.given_on <= consent.given_on <= today
    assert kinds["standard"] > len(people) / 3
    kinds_wanted = ("partial", "publicity", "abroad", "own name after 18", "own name missing", "turning 18 soon", "expiring within 30 days")
    for kind in kinds_wanted:
        assert kinds[kind] >= 2, (kind, kinds)
    assert kinds["withdrawn"] == 1


@pytest.mark.parametrize("today", AWKWARD_DAYS, ids=str)
def test_demo_makes_sense_on_every_day_of_the_year(database: Database, today: date) -> None:
    """Whatever the day (and the real date), the small demo shows every kind of record and obeys the rules."""
    assert round(SMALL_DEMO * 0.30) >= len(students_wanted())
    counts = _filled(database, learners=SMALL_DEMO, seed=5, today=today)
    assert counts["learners"] == SMALL_DEMO
    assert all(counts[name] > 0 for name in ("placements", "employment", "demand_requests", "guidance_sessions"))
    with database.session() as session:
        _check_agreements(session, today)
        _check_nothing_after(session, today)
        _check_destinations_agree(session)


def _snapshot(session: Session) -> list[tuple[object, ...]]:
    people = session.scalars(select(Person).order_by(Person.id).options(selectinload(Person.stages)))
    rows: list[tuple[object, ...]] = [
        (p.iin, p.full_name, p.phone, p.representative_name, tuple((s.stage, s.started_on, s.detail) for s in p.stages))
        for p in people
    ]
    rows += [(g.name, g.language, g.starts_on) for g in session.scalars(select(Group).order_by(Group.id))]
    enrolments = session.scalars(
        select(Enrolment).order_by(Enrolment.id).options(selectinload(Enrolment.person), selectinload(Enrolment.group))
    )
    # Natural keys: PostgreSQL does not give back the ids of a rolled-back transaction.
    rows += [(e.person.iin, e.group.name, e.status, e.enrolled_on, e.finished_on, e.result_percent) for e in enrolments]
    return rows


def _fill_and_roll_back(database: Database, seed: int, today: date) -> list[tuple[object, ...]]:
    with Session(database.engine) as session:
        session.begin()
        try:
            fill_demo_data(session, learners=60, seed=seed, today=today)
            return _snapshot(session)
        finally:
            session.rollback()


def test_same_seed_same_data(database: Database) -> None:
    today = TODAY - timedelta(days=100)
    first = _fill_and_roll_back(database, 7, today)
    assert first == _fill_and_roll_back(database, 7, today)
    assert first != _fill_and_roll_back(database, 8, today)
    with database.session() as session:
        assert not has_learners(session)


def test_demo_counts_and_past_today(database: Database) -> None:
    counts = _filled(database, learners=40, seed=1, today=date(2024, 3, 1))
    assert counts["learners"] == 40
    with database.session() as session:
        assert has_learners(session)
        assert max(session.scalars(select(Person.birth_date))) < date(2024, 3, 1)
        assert max(session.scalars(select(Group.starts_on))) <= date(2024, 3, 1)


def test_demo_refuses_a_database_with_learners(database: Database) -> None:
    with database.session() as session:
        assert not has_learners(session)
        create_learner(session, random_person(random.Random(1), TODAY, Stage.COLLEGE), TODAY)
    with database.session() as session, pytest.raises(DemoError) as exc_info:
        fill_demo_data(session, learners=10, today=TODAY)
    assert exc_info.value.params == {"learners": 1}
    assert exc_info.value.message == "Demo data goes only into a database without learners; this one already holds 1."
    with database.session() as session:
        assert len(session.scalars(select(Person)).all()) == 1
        assert session.scalars(select(Organisation)).first() is None


def test_demo_fills_again_after_its_learners_were_deleted(database: Database) -> None:
    """What the window does for --demo: fill when there are no learners, even if the rest is still there."""
    first = _filled(database, learners=30, seed=3, today=TODAY)
    with database.session() as session:
        for person in session.scalars(select(Person)):
            delete_learner(session, person.id)
        assert not has_learners(session)
    again = _filled(database, learners=30, seed=3, today=TODAY)
    assert again == first


@pytest.mark.parametrize("stage", list(Stage))
def test_random_person_is_valid_for_its_stage(stage: Stage) -> None:
    rng = random.Random(stage.value)
    today = TODAY
    taken: set[str] = set()
    youngest, oldest = AGE_RANGES[stage]
    for _ in range(300):
        data = random_person(rng, today, stage, taken=taken)
        _, problems = validate_learner(data, today)
        assert problems == [], [p.message for p in problems]
        assert youngest <= age_on(data.birth_date, today) <= oldest  # type: ignore[arg-type]
        assert data.stage is stage
        assert data.phone is None or data.phone.startswith("+7 7")
    assert len(taken) == 300
