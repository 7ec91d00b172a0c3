"""Demo data: a believable cluster to show, test and measure the program with.

Everything goes through the services, so the demo data obeys the same rules as
what a user types.  The content is made up but shaped like the real cluster of
the Khromtau mining college: its partners (Donskoy GOK and the other ERG
companies, the regional education department, NJSC «Talap» …), its programmes
from preschool play sessions to college specialties, and learners whose
journeys run preschool → school → college → employment.  The tables live in
``resources/demo`` (read by ``demo_data``); the people come from ``demo_people``.

A given ``seed`` and ``today`` always give the same data.  Identification
numbers, phone numbers and people are invented; the BINs are valid but are not
the organisations' real ones.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .college import CollegeDetails, load_college_details
from .dates import add_years
from .demo_admissions import add_demo_admissions
from .demo_agreements import AGREEMENTS, add_demo_agreements, students_wanted
from .demo_consents import DemoConsents, abroad_programmes
from .demo_data import KINDERGARTENS, ORGANISATIONS, PROGRAMMES, SCHOOLS, ProgrammeSpec
from .demo_outcomes import add_demo_outcomes
from .demo_people import AGE_RANGES, random_date, random_person
from .errors import QT_TRANSLATE_NOOP, UserError
from .languages import OFFICIAL_LANGUAGES
from .models import (
    Enrolment,
    EnrolmentStatus,
    Group,
    Organisation,
    Person,
    Programme,
    ProgrammeKind,
    Stage,
    StageRecord,
)
from .school_grades import academic_year_of
from .services.accounts import make_demo_database
from .services.learners import ADULT_AGE, age_on, create_learner, move_to_stage
from .services.organisations import OrganisationInput, create_organisation
from .services.programmes import GroupInput, ProgrammeInput, create_group, create_programme, enrol, record_result
from .services.settings import save_college_details

__all__ = ["AGE_RANGES", "HAS_LEARNERS", "DemoError", "fill_demo_data", "has_learners", "random_person"]

HAS_LEARNERS = QT_TRANSLATE_NOOP(
    "Errors", "Demo data goes only into a database without learners; this one already holds {learners}."
)

COLLEGE_NAME_EN = "Khromtau Mining and Technical College"
COLLEGE_DIRECTOR = "Сейтқалиев Бауыржан Қайратұлы"
COLLEGE_DIRECTOR_EN = "Seitkaliev Bauyrzhan Kairatuly"  # as in his passport
COLLEGE_CITY = {"kk": "Хромтау қ.", "ru": "г. Хромтау", "en": "Khromtau"}
COLLEGE_BANK: dict[str, Any] = {"bank_kk": "«Қазақстан Халық Банкі» АҚ", "bank_ru": "АО «Народный Банк Казахстана»", "iban": "KZ386010002000098765", "bic": "HSBKKZKX"}


class DemoError(UserError):
    """The database already has learners, so demo learners would mix with real ones."""


def has_learners(session: Session) -> bool:
    """Whether the database holds any learner (the demo fills only one without)."""
    return session.scalar(select(Person.id).limit(1)) is not None


def academic_year(day: date) -> int:
    """The calendar year in which the academic year containing ``day`` began (1 September)."""
    return day.year if day.month >= 9 else day.year - 1


def school_cohort(rng: random.Random, grade: int, year: int) -> date:
    """A birth date of a pupil in ``grade`` in the academic year starting in ``year`` (grade 1 at age 6)."""
    first = date(year - grade - 6, 9, 2)
    return random_date(rng, first, add_years(first, 1) - timedelta(days=1))


class _DemoFiller:
    """One fill: organisations, programmes and groups, then learners along their journeys."""

    def __init__(self, session: Session, rng: random.Random, today: date, consents: DemoConsents) -> None:
        self.session = session
        self.rng = rng
        self.today = today
        self.consents = consents
        self.year = academic_year(today)
        self.taken: set[str] = set()
        self.orgs: dict[str, Organisation] = {}
        self.programmes: dict[str, Programme] = {}
        self.specs: dict[str, ProgrammeSpec] = {}
        self.groups: dict[tuple[str, int, str], Group] = {}
        self.session_groups: list[Group] = []  # preschool sessions, by start date
        self.course_groups: list[Group] = []  # school courses, by start date
        self.reserved = students_wanted()  # specialties the first students take, for the agreements to name them
        # What an earlier fill left behind when all its learners were deleted since: reused, not duplicated.
        self.old_orgs = {o.name_ru: o for o in session.scalars(select(Organisation))}
        self.old_programmes = {(p.kind, p.name_ru): p for p in session.scalars(select(Programme))}
        self.old_groups = {g.name: g for g in session.scalars(select(Group))}

    # the college, organisations, programmes, groups

    def add_college_details(self) -> None:
        """The college's details for printing, from its demo organisation; details a user saved are kept."""
        if any(getattr(load_college_details(self.session), name) for name in ("name_kk", "name_ru", "bin", "director_kk")):
            return
        college = self.orgs["college"]
        save_college_details(
            self.session,
            CollegeDetails(
                name_kk=college.name_kk, name_ru=college.name_ru, name_en=COLLEGE_NAME_EN,
                bin=college.bin or "", director_kk=COLLEGE_DIRECTOR, director_ru=COLLEGE_DIRECTOR, director_en=COLLEGE_DIRECTOR_EN,
                director_sex="M", city_kk=COLLEGE_CITY["kk"], city_ru=COLLEGE_CITY["ru"], city_en=COLLEGE_CITY["en"],
                address_kk=college.address_kk or "", address_ru=college.address_ru or "", address_en=college.address_en or "",
                **COLLEGE_BANK,
            ),
        )

    def add_organisations(self) -> None:
        for spec in ORGANISATIONS:
            if spec.name_ru in self.old_orgs:
                self.orgs[spec.key] = self.old_orgs[spec.name_ru]
                continue
            self.orgs[spec.key] = create_organisation(
                self.session,
                OrganisationInput(
                    kind=spec.kind, name_kk=spec.name_kk, name_ru=spec.name_ru,
                    bin=spec.bin, **spec.texts,
                    contact_person=spec.contact_person, phone=spec.phone,
                ),
            )

    def add_programmes(self) -> None:
        for spec in PROGRAMMES:
            self.specs[spec.key] = spec
            if (spec.kind, spec.name_ru) in self.old_programmes:
                self.programmes[spec.key] = self.old_programmes[(spec.kind, spec.name_ru)]
                continue
            self.programmes[spec.key] = create_programme(
                self.session,
                ProgrammeInput(
                    kind=spec.kind, name_kk=spec.name_kk, name_ru=spec.name_ru, name_en=spec.name_en,
                    qualification_code=spec.code, **spec.qualifications, hours=spec.hours,
                    languages=OFFICIAL_LANGUAGES, partner_id=self.orgs[spec.partner].id if spec.partner else None,
                ),
            )

    def _group(self, key: str, year: int, suffix: str, starts_on: date, ends_on: date, language: str | None = None) -> Group:
        spec = self.specs[key]
        name = f"{spec.prefix}-{year % 100:02d}-{suffix}"
        language = language or ("kk" if self.rng.random() < 0.6 else "ru")
        old = self.old_groups.get(name)
        if old is not None and old.programme_id == self.programmes[key].id:
            group = old
        else:
            group = create_group(
                self.session,
                GroupInput(self.programmes[key].id, name, language, starts_on=starts_on, ends_on=ends_on),
            )
        self.groups[(key, year, suffix)] = group
        return group

    def specialty_group(self, key: str, entry_year: int, after_grade: int) -> Group:
        """The group entering ``key`` in ``entry_year``: «-1» after grade 9 (3 y 10 m), «-2» after grade 11 (2 y 10 m)."""
        suffix = "1" if after_grade == 9 else "2"
        group = self.groups.get((key, entry_year, suffix))
        if group is None:
            years = 4 if after_grade == 9 else 3
            group = self._group(key, entry_year, suffix, date(entry_year, 9, 1), date(entry_year + years, 6, 30))
        return group

    def add_groups(self) -> None:
        """Groups of the last three academic years that have started by today."""
        for year in range(self.year - 2, self.year + 1):
            for spec in PROGRAMMES:
                if spec.kind is ProgrammeKind.CAREER_GUIDANCE:
                    for suffix, month in (("1", 10), ("2", 2)):
                        start = date(year if month >= 9 else year + 1, month, self.rng.randint(1, 20))
                        if start <= self.today:
                            end = start + timedelta(weeks=self.rng.randint(2, 5))
                            self.session_groups.append(self._group(spec.key, year, suffix, start, end))
                elif spec.kind is ProgrammeKind.COLLEGE_SPECIALTY:
                    if date(year, 9, 1) <= self.today:
                        self.specialty_group(spec.key, year, 9)
                else:  # a Kazakh and a Russian group per term: «ЭТ-25-А», «ЭТ-25-Б»; spring «-В», «-Г»
                    terms = [("АБ", date(year, 9, 15), date(year, 12, 24) if spec.hours <= 72 else date(year + 1, 5, 20))]
                    if spec.hours <= 72:
                        terms.append(("ВГ", date(year + 1, 1, 20), date(year + 1, 4, 30)))
                    for suffixes, start, end in terms:
                        if start <= self.today:
                            for suffix, language in zip(suffixes, OFFICIAL_LANGUAGES, strict=True):
                                self.course_groups.append(self._group(spec.key, year, suffix, start, end, language))
        self.session_groups.sort(key=lambda g: (g.starts_on, g.name))
        self.course_groups.sort(key=lambda g: (g.starts_on, g.name))

    # learners

    def _register(
        self, birth_date: date, stage: Stage, joined: date, organisation: str, grade: int | None = None, stays: bool = False
    ) -> Person:
        """Create the learner at their first stage, with the consent signed then (by a parent for a minor).

        ``stays``: a learner who will not go on to college, whose parent may have allowed no transfer to partners.
        """
        rng = self.rng
        own_after: int | None = None
        if age_on(birth_date, self.today) >= ADULT_AGE and age_on(birth_date, joined) < ADULT_AGE:
            own_after = rng.randint(0, 120)  # days after turning 18 that they signed in their own name
        data = random_person(rng, self.today, stage, birth_date=birth_date, consent_date=joined, taken=self.taken)
        purposes = self.consents.first_purposes(may_be_partial=stays)
        person = create_learner(self.session, replace(data, consent_purposes=purposes), self.today)
        if own_after is not None:
            self.consents.own_name_at_18(person, own_after, purposes)
        first = person.stages[0]  # create_learner does not take where and since when: complete it
        first.started_on = joined
        first.organisation_id = self.orgs[organisation].id
        first.school_grade = grade
        first.grade_year = academic_year_of(joined) if grade is not None else None
        return person

    def _percent(self, must_pass: bool) -> Decimal:
        rng = self.rng
        value = rng.uniform(45, 64) if rng.random() < 0.15 else rng.gauss(77, 11)
        value = min(100.0, max(50.0 if must_pass else 45.0, value))
        step = 0.5 if rng.random() < 0.3 else 1.0
        return Decimal(str(round(value / step) * step)).quantize(Decimal("0.01"))

    def _enrol(self, person: Person, group: Group, enrolled_on: date, must_pass: bool = False) -> Enrolment:
        rng = self.rng
        enrolment = enrol(self.session, person.id, group.id, enrolled_on, today=self.today)
        finished = group.ends_on is not None and group.ends_on < self.today
        if not must_pass and rng.random() < (0.05 if finished else 0.03):
            last = min(self.today, group.ends_on or self.today)
            left = random_date(rng, enrolled_on + timedelta(days=7), last - timedelta(days=1))
            record_result(self.session, enrolment.id, EnrolmentStatus.WITHDRAWN, min(left, self.today), None, today=self.today)
        elif finished:
            assert group.ends_on is not None
            if group.programme.kind is ProgrammeKind.CAREER_GUIDANCE:  # play sessions: how well the child took part
                percent = Decimal(rng.randint(14, 20) * 5)
            else:
                percent = self._percent(must_pass)
            status = EnrolmentStatus.COMPLETED if percent >= 50 else EnrolmentStatus.FAILED
            record_result(self.session, enrolment.id, status, group.ends_on, percent, today=self.today)
        return enrolment

    def _pick_groups(self, groups: Sequence[Group], count: int) -> list[Group]:
        """Up to ``count`` groups of different programmes, in date order."""
        chosen: list[Group] = []
        for group in self.rng.sample(list(groups), len(groups)):
            if len(chosen) == count:
                break
            if all(g.programme_id != group.programme_id for g in chosen):
                chosen.append(group)
        return sorted(chosen, key=lambda g: g.starts_on)

    def add_preschooler(self) -> None:
        rng = self.rng
        birth = random_date(rng, add_years(self.today, -7) + timedelta(days=1), add_years(self.today, -4))
        eligible = [g for g in self.session_groups if g.starts_on >= add_years(birth, 4)]
        groups = self._pick_groups(eligible, rng.choice((1, 1, 2, 2, 3)))
        earliest = add_years(birth, 3) + timedelta(days=180)
        if groups:
            joined = max(earliest, groups[0].starts_on - timedelta(days=rng.randint(3, 30)))
        else:
            joined = max(earliest, self.today - timedelta(days=rng.randint(0, 90)))
        joined = min(joined, self.today)
        person = self._register(birth, Stage.PRESCHOOL, joined, rng.choice(KINDERGARTENS), stays=True)
        for group in groups:
            self._enrol(person, group, max(group.starts_on, joined))

    def add_pupil(self) -> None:
        rng = self.rng
        grade = rng.choice((9, 10, 11))
        birth = school_cohort(rng, grade, self.year)
        first_grade = rng.choice([g for g in (9, 10, 11) if g <= grade])
        join_year = self.year - (grade - first_grade)
        joined = min(self.today, date(join_year, 9, rng.randint(1, 14)))
        person = self._register(birth, Stage.SCHOOL, joined, rng.choice(SCHOOLS), first_grade, stays=True)
        language = "kk" if rng.random() < 0.6 else "ru"
        eligible = [g for g in self.course_groups if joined <= g.starts_on <= self.today and g.language == language]
        for group in self._pick_groups(eligible, rng.choice((1, 1, 2, 2, 3))):
            self._enrol(person, group, group.starts_on)

    def _specialty(self) -> ProgrammeSpec:
        specialties = [s for s in PROGRAMMES if s.kind is ProgrammeKind.COLLEGE_SPECIALTY]
        return self.rng.choices(specialties, weights=[s.weight for s in specialties])[0]

    def _student_specialty(self) -> ProgrammeSpec:
        """A current student's specialty: the next one the agreements still want, then a random one."""
        return self.specs[self.reserved.pop(0)] if self.reserved else self._specialty()

    def _school_then_college(
        self, entry_year: int, after_grade: int, spec: ProgrammeSpec | None = None
    ) -> tuple[Person, ProgrammeSpec, Group]:
        """A learner who joined the cluster in their last school year and entered college in ``entry_year``."""
        rng = self.rng
        birth = school_cohort(rng, after_grade, entry_year - 1)
        joined = date(entry_year - 1, 9, rng.randint(1, 30))
        grade, since = after_grade, joined
        if after_grade == 11:  # on the school's records from grade 10, so that a grade-10 cohort can be followed to a job
            grade, since = 10, joined.replace(year=entry_year - 2)
        person = self._register(birth, Stage.SCHOOL, since, rng.choice(SCHOOLS), grade)
        language = "kk" if rng.random() < 0.6 else "ru"
        courses = [g for g in self.course_groups if joined <= g.starts_on < date(entry_year, 6, 1) and g.language == language]
        if courses and rng.random() < 0.5:
            course = self._pick_groups(courses, 1)[0]
            self._enrol(person, course, course.starts_on)
        spec = spec or self._specialty()
        start = date(entry_year, 9, 1)
        move_to_stage(self.session, person.id, Stage.COLLEGE, start, organisation_id=self.orgs["college"].id, today=self.today)
        self.consents.abroad(person, spec.key, start)
        return person, spec, self.specialty_group(spec.key, entry_year, after_grade)

    def add_student(self) -> None:
        rng = self.rng
        after_grade = 9 if rng.random() < 0.65 else 11
        years_ago = rng.choices((0, 1, 2, 3) if after_grade == 9 else (0, 1, 2), weights=(30, 27, 25, 18)[: 4 if after_grade == 9 else 3])[0]
        entry_year = self.year - years_ago
        person, _spec, group = self._school_then_college(entry_year, after_grade, self._student_specialty())
        self._enrol(person, group, group.starts_on)

    def add_graduate(self) -> None:
        rng = self.rng
        after_grade = 9 if rng.random() < 0.6 else 11
        years_ago = rng.choices((0, 1, 2, 3, 4, 5), weights=(24, 22, 18, 15, 12, 9))[0]
        if after_grade == 11:
            years_ago = min(years_ago, 4)
        graduation_year = self.year - years_ago
        entry_year = graduation_year - (4 if after_grade == 9 else 3)
        person, spec, group = self._school_then_college(entry_year, after_grade)
        self._enrol(person, group, group.starts_on, must_pass=True)
        hired = min(self.today, date(graduation_year, 7, 1) + timedelta(days=rng.randint(0, 90)))
        move_to_stage(
            self.session, person.id, Stage.EMPLOYMENT, hired,
            organisation_id=self.orgs[rng.choice(spec.employers)].id, detail=rng.choice(spec.positions), today=self.today,
        )

    def add_learners(self, count: int) -> None:
        shares = {Stage.PRESCHOOL: 0.25, Stage.SCHOOL: 0.35, Stage.COLLEGE: 0.30}
        plan = [stage for stage, share in shares.items() for _ in range(round(count * share))]
        plan += [Stage.EMPLOYMENT] * (count - len(plan))
        plan = plan[:count]
        self.rng.shuffle(plan)
        adders = {
            Stage.PRESCHOOL: self.add_preschooler,
            Stage.SCHOOL: self.add_pupil,
            Stage.COLLEGE: self.add_student,
            Stage.EMPLOYMENT: self.add_graduate,
        }
        for stage in plan:
            adders[stage]()


def _count(session: Session, entity: type) -> int:
    return session.scalar(select(func.count()).select_from(entity)) or 0


def fill_demo_data(session: Session, learners: int = 420, seed: int = 2026, today: date | None = None) -> dict[str, int]:
    """Fill a database without learners with demo data in ``session``'s transaction; returns its totals.

    The college's details are saved too (so a demo database can print certificates
    at once), unless someone has already entered them.  Organisations, programmes and groups that an earlier fill left (when all its
    learners were deleted since) are reused rather than refused.  All dates are derived from ``today`` (default: the real
    date) and nothing below reads the clock, so a fill for any day of any year is the same whatever the real date.
    """
    today = today or date.today()
    if learners < 0:
        raise ValueError(f"learners must not be negative, not {learners}")
    existing = _count(session, Person)
    if existing:
        raise DemoError(HAS_LEARNERS, learners=existing)
    make_demo_database(session)  # the password-less demo administrator; acts for the fill if nobody else does
    consents = DemoConsents(session, seed, today)
    filler = _DemoFiller(session, random.Random(seed), today, consents)
    filler.add_organisations()
    foreign = {key for key, organisation in filler.orgs.items() if organisation.country != "KZ"}
    consents.abroad_programmes = abroad_programmes(((a.partner, a.programme) for a in AGREEMENTS), foreign)
    filler.add_college_details()
    filler.add_programmes()
    filler.add_groups()
    filler.add_learners(learners)
    session.flush()
    agreements = add_demo_agreements(session, filler.orgs, filler.programmes, filler.rng, today)
    outcomes = add_demo_outcomes(session, filler.orgs, filler.programmes, filler.rng, today)
    admissions = add_demo_admissions(session, filler.rng, today)
    consents.withdraw_one()
    consents.photos_for_a_term()
    session.flush()
    completed = session.scalar(
        select(func.count()).select_from(Enrolment).where(Enrolment.status.in_((EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED)))
    ) or 0
    return {
        "organisations": _count(session, Organisation),
        "programmes": _count(session, Programme),
        "groups": _count(session, Group),
        "learners": _count(session, Person),
        "stage_records": _count(session, StageRecord),
        "enrolments": _count(session, Enrolment),
        "results": completed,
        "agreements": agreements,
        **outcomes,
        **admissions,
    }


