"""The learner service: every rule on purpose, one person through many stages, and the learner list.

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cluster_desktop import ids
from cluster_desktop.db import Database
from cluster_desktop.errors import NotFoundError, ValidationError
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import (
    Consent,
    ConsentGiver,
    ConsentPurpose,
    ConsentTerm,
    Organisation,
    OrganisationKind,
    Person,
    ProgrammeKind,
    Stage,
    StageRecord,
)
from cluster_desktop.services import consents, fields, learners
from cluster_desktop.services.journey import learner_journey
from cluster_desktop.services.learner_list import (
    LearnerFilter,
    LearnerSort,
    count_learners,
    learner_page,
)
from cluster_desktop.services.learners import (
    LearnerInput,
    create_learner,
    delete_learner,
    get_learner,
    learner_input,
    move_to_stage,
    update_learner,
)
from cluster_desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
)
from cluster_desktop.services.programmes import (
    GroupInput,
    ProgrammeInput,
    create_group,
    create_programme,
    enrol,
)

TODAY = date(2026, 12, 4)  # what the tests call today: they never read the clock
ADULT_BIRTH = date(2000, 5, 12)
MINOR_BIRTH = date(TODAY.year - 15, 3, 8)

_serial = iter(range(1, 10_000))


def adult(**changes: object) -> LearnerInput:
    """A valid adult learner; each call gets its own IIN unless one is given."""
    birth = changes.pop("birth_date", ADULT_BIRTH)
    sex = changes.pop("sex", Sex.MALE)
    data = LearnerInput(
        iin=make_iin(birth, sex, next(_serial)),  # type: ignore[arg-type]
        surname="Қасымов" if sex is Sex.MALE else "Қасымова",
        given_name="Нұрлан" if sex is Sex.MALE else "Ұлжан",
        patronymic="Серікұлы" if sex is Sex.MALE else "Серікқызы",
        birth_date=birth,  # type: ignore[arg-type]
        sex=sex,  # type: ignore[arg-type]
        phone="+7 701 123 45 67",
        email="nurlan@mail.kz",
        consent_given_by=ConsentGiver.SELF,
        consent_date=date(2024, 9, 1),
        stage=Stage.COLLEGE,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def minor(**changes: object) -> LearnerInput:
    base = adult(
        birth_date=MINOR_BIRTH,
        representative_name="Қасымов Серік Болатұлы",
        representative_relation="әкесі / отец",
        representative_phone="+7 777 000 11 22",
        consent_given_by=ConsentGiver.REPRESENTATIVE,
        stage=Stage.SCHOOL,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def person_count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def refused(database: Database, data: LearnerInput, today: date | None = None) -> ValidationError:
    """Create ``data`` in a transaction that is then committed, and prove nothing was saved."""
    with database.session() as session, pytest.raises(ValidationError) as exc_info:
        create_learner(session, data, today or TODAY)
    assert person_count(database) == 0
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(StageRecord)) == 0
    return exc_info.value


def templates(error: ValidationError, field: str) -> list[str]:
    return [p.template for p in error.for_field(field)]


# --- create -----------------------------------------------------------------------------------


def test_create_adult(database: Database) -> None:
    data = adult(surname="  Қасымов ", given_name="Нұрлан\u00a0", iin=" " + make_iin(ADULT_BIRTH, Sex.MALE, 4321) + " ")
    with database.session() as session:
        person = create_learner(session, data, TODAY)
        person_id = person.id
    with database.session() as session:
        person = get_learner(session, person_id)
        assert (person.surname, person.given_name, person.patronymic) == ("Қасымов", "Нұрлан", "Серікұлы")
        assert person.iin == make_iin(ADULT_BIRTH, Sex.MALE, 4321)
        assert person.full_name == "Қасымов Нұрлан Серікұлы"
        assert person.current_stage is Stage.COLLEGE
        assert [(s.stage, s.ended_on) for s in person.stages] == [(Stage.COLLEGE, None)]
        consent = session.scalars(select(Consent).where(Consent.person_id == person_id)).one()
        assert (consent.given_by, consent.given_on, consent.giver_name) == (ConsentGiver.SELF, date(2024, 9, 1), None)
        assert [g.purpose for g in consent.purposes] == [ConsentPurpose.EDUCATION, ConsentPurpose.JOURNEY, ConsentPurpose.PARTNERS]
        assert (consent.term, consent.years_after_studies) == (ConsentTerm.AFTER_STUDIES, 5)  # the college's standard form
        assert "қасымов" in person.search_key and person.iin in person.search_key


def test_create_minor_with_representative(database: Database) -> None:
    with database.session() as session:
        person = create_learner(session, minor(), TODAY)
        consent = session.scalars(select(Consent).where(Consent.person_id == person.id)).one()
        assert (consent.given_by, consent.giver_name, consent.giver_relation) == (
            ConsentGiver.REPRESENTATIVE, "Қасымов Серік Болатұлы", "әкесі / отец"
        )
        assert person.representative_name == "Қасымов Серік Болатұлы"


def test_birth_date_and_sex_are_taken_from_the_iin(database: Database) -> None:
    with database.session() as session:
        person = create_learner(session, replace(adult(), birth_date=None, sex=None), TODAY)
        assert (person.birth_date, person.sex) == (ADULT_BIRTH, Sex.MALE)


# --- every rule on purpose -----------------------------------------------------------------


def test_bad_iin(database: Database) -> None:
    iin = make_iin(ADULT_BIRTH, Sex.MALE, 77)
    broken = iin[:-1] + str((int(iin[-1]) + 1) % 10)
    error = refused(database, adult(iin=broken))
    assert templates(error, "iin") == [ids.IIN_BAD_CHECK_DIGIT]


@pytest.mark.parametrize(("iin", "template"), [("", ids.IIN_EMPTY), ("12345", ids.IIN_WRONG_LENGTH), ("0005125O1231", ids.IIN_NOT_DIGITS)])
def test_malformed_iin(database: Database, iin: str, template: str) -> None:
    assert templates(refused(database, adult(iin=iin)), "iin") == [template]


def test_iin_birth_date_mismatch(database: Database) -> None:
    error = refused(database, adult(iin=make_iin(date(2000, 5, 13), Sex.MALE, 1), birth_date=ADULT_BIRTH))
    assert templates(error, "birth_date") == [ids.BIRTH_DATE_MISMATCH]
    assert error.for_field("birth_date")[0].params == {"given": "12.05.2000", "expected": "13.05.2000"}


def test_iin_sex_mismatch(database: Database) -> None:
    error = refused(database, adult(iin=make_iin(ADULT_BIRTH, Sex.FEMALE, 1), sex=Sex.MALE))
    assert templates(error, "sex") == [ids.SEX_MISMATCH]
    assert "does not match the IIN" in error.message


@pytest.mark.parametrize("field", ["surname", "given_name"])
@pytest.mark.parametrize("value", ["", "   ", "\u00a0"])
def test_empty_name(database: Database, field: str, value: str) -> None:
    error = refused(database, adult(**{field: value}))
    assert templates(error, field) == [fields.REQUIRED]


@pytest.mark.parametrize("field", ["surname", "given_name", "patronymic"])
@pytest.mark.parametrize("value", ["Қасымов2", "Нұр_лан", "Иванов!"])
def test_digits_or_signs_in_name(database: Database, field: str, value: str) -> None:
    error = refused(database, adult(**{field: value}))
    assert templates(error, field) == [fields.NOT_A_NAME]


def test_names_may_have_hyphens_and_apostrophes(database: Database) -> None:
    with database.session() as session:
        person = create_learner(session, adult(surname="Әбдірахманова-Смит", given_name="Д'Артаньян", sex=Sex.FEMALE), TODAY)
        assert person.surname == "Әбдірахманова-Смит"


def test_over_long_surname(database: Database) -> None:
    error = refused(database, adult(surname="Қ" * 101))
    problem = error.for_field("surname")[0]
    assert problem.template == fields.TOO_LONG
    assert problem.params["length"] == 101 and problem.params["limit"] == 100
    with database.session() as session:
        assert create_learner(session, adult(surname="Қ" * 100), TODAY).surname == "Қ" * 100


def test_future_birth_date(database: Database) -> None:
    """A birth date after the day of entry; the IIN (decoded against the real date) agrees with it."""
    entry_day = ADULT_BIRTH - timedelta(days=1)
    error = refused(database, adult(consent_date=entry_day - timedelta(days=1)), today=entry_day)
    assert templates(error, "birth_date") == [fields.DATE_IN_FUTURE]


def test_future_birth_date_from_a_typo(database: Database) -> None:
    tomorrow = TODAY + timedelta(days=1)
    error = refused(database, adult(iin=make_iin(tomorrow, Sex.MALE, 1), birth_date=tomorrow))
    assert templates(error, "iin") == [ids.IIN_FUTURE_DATE]
    assert fields.DATE_IN_FUTURE in templates(error, "birth_date")


def test_minor_without_representative(database: Database) -> None:
    error = refused(database, minor(representative_name=None, representative_relation=None))
    assert templates(error, "representative_name") == [learners.MINOR_NEEDS_REPRESENTATIVE]


def test_minor_consenting_self(database: Database) -> None:
    error = refused(database, minor(consent_given_by=ConsentGiver.SELF))
    assert templates(error, "consent_given_by") == [learners.MINOR_CANNOT_CONSENT]


def test_who_may_sign_is_judged_on_the_day_of_registration(database: Database) -> None:
    """As records made before per-purpose consents have it: an adult's own signature stands (consents.record_consent judges later ones on their date)."""
    with database.session() as session:
        create_learner(session, adult(consent_date=date(2017, 1, 1)), TODAY)  # 16 then, an adult on the day of entry


def test_missing_consent(database: Database) -> None:
    error = refused(database, adult(consent_date=None, consent_given_by=None))
    assert templates(error, "consent_date") == [fields.REQUIRED]
    assert templates(error, "consent_given_by") == [fields.REQUIRED]


def test_consent_date_in_future(database: Database) -> None:
    error = refused(database, adult(consent_date=TODAY + timedelta(days=3)))
    assert templates(error, "consent_date") == [fields.DATE_IN_FUTURE]


def test_consent_dated_before_birth(database: Database) -> None:
    error = refused(database, adult(consent_date=ADULT_BIRTH - timedelta(days=1)))
    assert templates(error, "consent_date") == [consents.BEFORE_BIRTH]
    assert error.for_field("consent_date")[0].params == {"value": "11.05.2000", "birth": "12.05.2000"}


def test_consent_with_no_purpose(database: Database) -> None:
    assert templates(refused(database, adult(consent_purposes=())), "consent_purposes") == [consents.NO_PURPOSE]


def test_consent_term_ends_before_it_was_given(database: Database) -> None:
    error = refused(database, adult(consent_valid_until=date(2024, 8, 31)))
    assert templates(error, "consent_valid_until") == [consents.UNTIL_BEFORE_GIVEN]


@pytest.mark.parametrize("years", [-1, 76])
def test_consent_years_out_of_range(database: Database, years: int) -> None:
    assert templates(refused(database, adult(consent_years=years)), "consent_years") == [fields.BAD_NUMBER]


def test_consent_form_number_too_long(database: Database) -> None:
    assert templates(refused(database, adult(consent_form_number="№" * 41)), "consent_form_number") == [fields.TOO_LONG]


def test_first_consent_with_chosen_purposes_form_number_and_date_term(database: Database) -> None:
    chosen = (ConsentPurpose.PUBLICITY, ConsentPurpose.EDUCATION, ConsentPurpose.PUBLICITY)
    with database.session() as session:
        person_id = create_learner(session, adult(
            consent_purposes=chosen, consent_form_number=" 17/2024 ", consent_valid_until=date(2030, 6, 30),
        ), TODAY).id
    with database.session() as session:
        consent = session.scalars(select(Consent).where(Consent.person_id == person_id)).one()
        assert [g.purpose for g in consent.purposes] == [ConsentPurpose.EDUCATION, ConsentPurpose.PUBLICITY]
        assert (consent.form_number, consent.term, consent.valid_until, consent.years_after_studies) == (
            "17/2024", ConsentTerm.UNTIL_DATE, date(2030, 6, 30), None
        )


def test_the_standard_form_comes_from_the_settings(database: Database) -> None:
    from cluster_desktop.services.standard_consent import StandardForm, save_standard_form

    with database.session() as session:
        save_standard_form(session, StandardForm((ConsentPurpose.JOURNEY, ConsentPurpose.EDUCATION), 3))
        person_id = create_learner(session, adult(), TODAY).id
        consent = session.scalars(select(Consent).where(Consent.person_id == person_id)).one()
        assert [g.purpose for g in consent.purposes] == [ConsentPurpose.EDUCATION, ConsentPurpose.JOURNEY]
        assert consent.years_after_studies == 3


def test_editing_a_learner_leaves_the_consents_alone(database: Database) -> None:
    with database.session() as session:
        person_id = create_learner(session, adult(), TODAY).id
    with database.session() as session:
        data = replace(learner_input(get_learner(session, person_id)), phone="+7 702 000 00 00")
        assert data.consent_date is None and data.consent_given_by is None  # consents are not the form's to change
        update_learner(session, person_id, data, TODAY)
    with database.session() as session:
        consent = session.scalars(select(Consent).where(Consent.person_id == person_id)).one()
        assert consent.given_on == date(2024, 9, 1) and len(consent.purposes) == 3


@pytest.mark.parametrize("phone", ["+7 abc", "12", "8 (701) 123-45-67 доб. 5"])
def test_bad_phone(database: Database, phone: str) -> None:
    assert templates(refused(database, adult(phone=phone)), "phone") == [fields.BAD_PHONE]


def test_bad_representative_phone(database: Database) -> None:
    assert templates(refused(database, minor(representative_phone="нет")), "representative_phone") == [fields.BAD_PHONE]


@pytest.mark.parametrize("email", ["nurlan@mail", "nurlan.mail.kz", "nur lan@mail.kz", "@mail.kz"])
def test_bad_email(database: Database, email: str) -> None:
    assert templates(refused(database, adult(email=email)), "email") == [fields.BAD_EMAIL]


def test_every_problem_is_listed_at_once(database: Database) -> None:
    error = refused(database, adult(surname="", given_name="Н1", phone="x", email="y", consent_date=None))
    assert {p.field for p in error.problems} == {"surname", "given_name", "phone", "email", "consent_date"}


def test_duplicate_iin_names_the_existing_learner(database: Database) -> None:
    first = adult()
    with database.session() as session:
        create_learner(session, first, TODAY)
    with database.session() as session, pytest.raises(ValidationError) as exc_info:
        create_learner(session, replace(first, surname="Омаров", given_name="Ерлан", patronymic=None), TODAY)
    problem = exc_info.value.for_field("iin")[0]
    assert problem.template == learners.DUPLICATE_IIN
    assert "Қасымов Нұрлан Серікұлы" in problem.message and "12.05.2000" in problem.message
    assert person_count(database) == 1


# --- update, delete ----------------------------------------------------------------------------


def test_update(database: Database) -> None:
    with database.session() as session:
        person_id = create_learner(session, adult(), TODAY).id
    with database.session() as session:
        data = learner_input(get_learner(session, person_id))
        data.surname, data.phone = "Өтепов", "+7 747 555 66 77"
        update_learner(session, person_id, data, TODAY)
    with database.session() as session:
        person = get_learner(session, person_id)
        assert (person.surname, person.phone) == ("Өтепов", "+7 747 555 66 77")
        assert count_learners(session, LearnerFilter("өтепов")) == 1
        assert count_learners(session, LearnerFilter("қасымов")) == 0
        assert len(person.stages) == 1


def test_update_refuses_bad_data_and_another_learners_iin(database: Database) -> None:
    with database.session() as session:
        first_iin = create_learner(session, adult(), TODAY).iin
        second_id = create_learner(session, adult(given_name="Ерлан"), TODAY).id
    with database.session() as session:
        data = learner_input(get_learner(session, second_id))
        with pytest.raises(ValidationError) as exc_info:
            update_learner(session, second_id, replace(data, iin=first_iin), TODAY)
        assert exc_info.value.for_field("iin")[0].template == learners.DUPLICATE_IIN
        with pytest.raises(ValidationError):
            update_learner(session, second_id, replace(data, surname=""), TODAY)
    with database.session() as session:
        assert get_learner(session, second_id).given_name == "Ерлан"
        assert get_learner(session, second_id).surname == "Қасымов"


def test_delete(database: Database) -> None:
    with database.session() as session:
        person_id = create_learner(session, adult(), TODAY).id
        move_to_stage(session, person_id, Stage.EMPLOYMENT, TODAY, today=TODAY)
    with database.session() as session:
        delete_learner(session, person_id)
    assert person_count(database) == 0
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(StageRecord)) == 0
        with pytest.raises(NotFoundError):
            get_learner(session, person_id)
        with pytest.raises(NotFoundError):
            delete_learner(session, person_id)


# --- stages and journey -----------------------------------------------------------------------


def _school(session: Session) -> Organisation:
    return create_organisation(session, OrganisationInput(OrganisationKind.SCHOOL, "№1 мектеп-гимназия", "Школа-гимназия №1"))


def test_move_forward_on_one_record(database: Database) -> None:
    with database.session() as session:
        person_id = create_learner(session, minor(stage=Stage.PRESCHOOL, consent_date=date(2020, 1, 10)), TODAY).id
        school_id = _school(session).id
        move_to_stage(session, person_id, Stage.SCHOOL, date(2023, 9, 1), organisation_id=school_id, school_grade=9, today=TODAY)
        move_to_stage(session, person_id, Stage.COLLEGE, date(2025, 9, 1), detail="  07240100  ", today=TODAY)
    with database.session() as session:
        person = get_learner(session, person_id)
        assert person.current_stage is Stage.COLLEGE
        records = [(s.stage, s.started_on, s.ended_on) for s in person.stages]
        assert records == [
            (Stage.PRESCHOOL, date(2020, 1, 10), date(2023, 9, 1)),
            (Stage.SCHOOL, date(2023, 9, 1), date(2025, 9, 1)),
            (Stage.COLLEGE, date(2025, 9, 1), None),
        ]
        assert person.stages[1].organisation_id == school_id and person.stages[1].school_grade == 9
        assert person.stages[2].detail == "07240100"
    assert person_count(database) == 1


@pytest.mark.parametrize("stage", [Stage.PRESCHOOL, Stage.SCHOOL])
def test_move_backwards_or_to_the_same_stage_is_refused(database: Database, stage: Stage) -> None:
    with database.session() as session:
        person_id = create_learner(session, minor(stage=Stage.SCHOOL), TODAY).id
    with database.session() as session:
        with pytest.raises(ValidationError) as exc_info:
            move_to_stage(session, person_id, stage, TODAY, today=TODAY)
        problem = exc_info.value.problems[0]
        assert problem.template == learners.STAGE_BACKWARDS
        assert problem.params["current"] == learners.STAGE_NAMES[Stage.SCHOOL]
    with database.session() as session:
        person = get_learner(session, person_id)
        assert person.current_stage is Stage.SCHOOL and len(person.stages) == 1
    assert person_count(database) == 1


def test_move_cannot_start_before_the_current_stage(database: Database) -> None:
    with database.session() as session:
        person_id = create_learner(session, minor(consent_date=date(2024, 9, 1)), TODAY).id
        with pytest.raises(ValidationError) as exc_info:
            move_to_stage(session, person_id, Stage.COLLEGE, date(2024, 8, 31), today=TODAY)
        assert exc_info.value.problems[0].template == learners.STAGE_BEFORE_CURRENT
    with database.session() as session:
        assert len(get_learner(session, person_id).stages) == 1


def test_over_long_stage_detail_is_refused(database: Database) -> None:
    """PostgreSQL would refuse the 301st character with a traceback; the service says it in words."""
    with database.session() as session:
        person_id = create_learner(session, adult(), TODAY).id
        with pytest.raises(ValidationError) as exc_info:
            move_to_stage(session, person_id, Stage.EMPLOYMENT, TODAY, detail="Ә" * 301, today=TODAY)
        problem = exc_info.value.for_field("detail")[0]
        assert problem.template == fields.TOO_LONG and problem.params["length"] == 301
        person = get_learner(session, person_id)
        assert person.current_stage is Stage.COLLEGE and [s.ended_on for s in person.stages] == [None]
        assert move_to_stage(session, person_id, Stage.EMPLOYMENT, TODAY, detail="Ә" * 300, today=TODAY).detail == "Ә" * 300


@pytest.mark.parametrize(("field", "limit"), [("address_kk", 300), ("address_en", 300), ("contact_person", 200), ("bank_ru", 300)])
def test_over_long_organisation_fields_are_refused(database: Database, field: str, limit: int) -> None:
    with database.session() as session:
        too_long: dict[str, Any] = {field: "ы" * (limit + 1)}
        longest: dict[str, Any] = {field: "ы" * limit}
        with pytest.raises(ValidationError) as exc_info:
            create_organisation(session, OrganisationInput(OrganisationKind.SCHOOL, "Мектеп", "Школа", **too_long))
        assert exc_info.value.for_field(field)[0].template == fields.TOO_LONG
        assert session.scalar(select(func.count()).select_from(Organisation)) == 0
        organisation = create_organisation(session, OrganisationInput(OrganisationKind.SCHOOL, "Мектеп", "Школа", **longest))
        assert getattr(organisation, field) == "ы" * limit


def test_move_unknown_learner(database: Database) -> None:
    with database.session() as session, pytest.raises(NotFoundError):
        move_to_stage(session, 12345, Stage.COLLEGE, TODAY, today=TODAY)


def test_journey_in_date_order(database: Database) -> None:
    with database.session() as session:
        person_id = create_learner(session, minor(stage=Stage.SCHOOL, consent_date=date(2024, 9, 2)), TODAY).id
        school = _school(session)
        course = create_programme(session, ProgrammeInput(ProgrammeKind.PROFESSIONAL_COURSE, "Дәнекерлеу", "Сварка", hours=108))
        specialty = create_programme(
            session,
            ProgrammeInput(ProgrammeKind.COLLEGE_SPECIALTY, "Тау-кен электромеханикасы", "Горная электромеханика", qualification_code="07150600", hours=5760),
        )
        course_group = create_group(session, GroupInput(course.id, "ДН-24-А", "kk", date(2024, 9, 15), date(2025, 5, 20)))
        college_group = create_group(session, GroupInput(specialty.id, "ЭМ-25-1", "ru", date(2025, 9, 1)))
        person = get_learner(session, person_id)
        person.stages[0].organisation_id = school.id
        enrol(session, person_id, college_group.id, date(2025, 9, 1))  # moves the pupil on to college
        enrol(session, person_id, course_group.id, date(2024, 9, 15))
    with database.session() as session:
        steps = learner_journey(session, person_id)
    assert [(s.kind, s.stage, s.started_on) for s in steps] == [
        ("stage", Stage.SCHOOL, date(2024, 9, 2)),
        ("enrolment", Stage.SCHOOL, date(2024, 9, 15)),
        ("stage", Stage.COLLEGE, date(2025, 9, 1)),
        ("enrolment", Stage.COLLEGE, date(2025, 9, 1)),
    ]
    assert steps[0].organisation == {"kk": "№1 мектеп-гимназия", "ru": "Школа-гимназия №1"}
    assert steps[0].ended_on == date(2025, 9, 1)
    assert steps[1].group == "ДН-24-А" and steps[1].programme == {"kk": "Дәнекерлеу", "ru": "Сварка", "en": "Сварка"}
    assert steps[3].status == "enrolled"


def test_journey_of_unknown_learner(database: Database) -> None:
    with database.session() as session, pytest.raises(NotFoundError):
        learner_journey(session, 999)


# --- the learner list: search, filter, sort, pages ----------------------------------------------

NAMES = [  # (surname, given name, sex), in no particular order
    ("Қасымов", "Нұрлан", Sex.MALE),
    ("Қасымова", "Ұлжан", Sex.FEMALE),
    ("Касымов", "Ерлан", Sex.MALE),
    ("Әбдірахманов", "Әлібек", Sex.MALE),
    ("Абаев", "Дәулет", Sex.MALE),
    ("Бекова", "Айгүл", Sex.FEMALE),
    ("Өтепова", "Жұлдыз", Sex.FEMALE),
    ("Омаров", "Ғалымжан", Sex.MALE),
    ("Петрова", "Анна", Sex.FEMALE),
    ("Ұзақов", "Өмірзақ", Sex.MALE),
    ("Үсенова", "Үмітхан", Sex.FEMALE),
    ("Усов", "Иван", Sex.MALE),
    ("Фёдоров", "Сергей", Sex.MALE),
    ("Ісмағұлова", "Іңкәр", Sex.FEMALE),
    ("Ыбыраев", "Ақжол", Sex.MALE),
    ("Лаптева", "Ольга", Sex.FEMALE),
]
KAZAKH_ORDER = [
    "Абаев", "Әбдірахманов", "Бекова", "Касымов", "Қасымов", "Қасымова", "Лаптева", "Омаров", "Өтепова",
    "Петрова", "Усов", "Ұзақов", "Үсенова", "Фёдоров", "Ыбыраев", "Ісмағұлова",
]


@pytest.fixture
def listed(database: Database) -> dict[str, str]:
    """The learners of NAMES (every other one a pupil), by surname → IIN."""
    iins = {}
    with database.session() as session:
        for n, (surname, given, sex) in enumerate(NAMES):
            birth = date(2001, 1 + n % 12, 1 + n)
            data = adult(surname=surname, given_name=given, patronymic=None, sex=sex, birth_date=birth, stage=Stage.COLLEGE)
            if n % 2:
                data = replace(data, stage=Stage.SCHOOL)
            iins[surname] = create_learner(session, data, TODAY).iin
    return iins


def surnames(database: Database, text: str = "", stage: Stage | None = None) -> list[str]:
    with database.session() as session:
        rows = learner_page(session, LearnerFilter(text, stage), LearnerSort.NAME)
        assert count_learners(session, LearnerFilter(text, stage)) == len(rows)
    return [r.surname for r in rows]


def test_kazakh_search_ignores_case(database: Database, listed: dict[str, str]) -> None:
    assert surnames(database, "қасым") == ["Қасымов", "Қасымова"]
    assert surnames(database, "ҚАСЫМ") == ["Қасымов", "Қасымова"]
    assert surnames(database, "Қасымова") == ["Қасымова"]
    assert surnames(database, "касым") == ["Касымов"]  # К and Қ are different letters
    assert surnames(database, "ұлжан") == ["Қасымова"]
    assert surnames(database, "ІҢКӘР") == ["Ісмағұлова"]
    assert surnames(database, "федоров") == ["Фёдоров"]  # Ё is searched as Е
    assert surnames(database, "нет такого") == []


def test_search_by_iin_substring(database: Database, listed: dict[str, str]) -> None:
    iin = listed["Өтепова"]
    assert surnames(database, iin) == ["Өтепова"]
    assert "Өтепова" in surnames(database, iin[2:9])
    assert surnames(database, iin[:6]) == ["Өтепова"]  # birth dates differ


def test_search_with_several_words(database: Database, listed: dict[str, str]) -> None:
    assert surnames(database, "қасымова ұлжан") == ["Қасымова"]
    assert surnames(database, "  ұлжан   қасым ") == ["Қасымова"]
    assert surnames(database, "қасымов нұрлан") == ["Қасымов"]
    assert surnames(database, "қасымов ерлан") == []


def test_short_words_match_the_start_of_the_surname(database: Database, listed: dict[str, str]) -> None:
    assert surnames(database, "қа") == ["Қасымов", "Қасымова"]
    assert surnames(database, "Ә") == ["Әбдірахманов"]
    assert surnames(database, "у") == ["Усов"]
    assert surnames(database, "ү") == ["Үсенова"]
    assert surnames(database, "ан") == []  # «Анна» is a given name, not the start of a surname
    assert surnames(database, "20") == []  # born 2001: IINs start with «01»
    assert len(surnames(database, "01")) == len(NAMES)
    assert surnames(database, "қасым ұл") == ["Қасымова"]  # with a long word, a short one matches anywhere


def test_stage_filter(database: Database, listed: dict[str, str]) -> None:
    pupils = surnames(database, stage=Stage.SCHOOL)
    students = surnames(database, stage=Stage.COLLEGE)
    assert len(pupils) == len(students) == len(NAMES) // 2
    assert set(pupils) | set(students) == set(listed)
    assert surnames(database, "қасым", Stage.SCHOOL) == ["Қасымова"]
    assert surnames(database, "қасым", Stage.COLLEGE) == ["Қасымов"]
    assert surnames(database, stage=Stage.EMPLOYMENT) == []


def test_kazakh_sort_order(database: Database, listed: dict[str, str]) -> None:
    assert surnames(database) == KAZAKH_ORDER
    with database.session() as session:
        descending = learner_page(session, sort=LearnerSort.NAME, descending=True)
    assert [r.surname for r in descending] == KAZAKH_ORDER[::-1]


def test_other_sorts(database: Database, listed: dict[str, str]) -> None:
    with database.session() as session:
        by_iin = [r.iin for r in learner_page(session, sort=LearnerSort.IIN)]
        by_birth = [r.birth_date for r in learner_page(session, sort=LearnerSort.BIRTH_DATE, descending=True)]
    assert by_iin == sorted(listed.values())
    assert by_birth == sorted(by_birth, reverse=True)


def test_pages(database: Database, listed: dict[str, str]) -> None:
    with database.session() as session:
        pages = [learner_page(session, offset=offset, limit=5) for offset in range(0, len(NAMES), 5)]
        assert [len(p) for p in pages] == [5, 5, 5, 1]
        assert [r.surname for page in pages for r in page] == KAZAKH_ORDER
        assert learner_page(session, offset=2, limit=3) == learner_page(session)[2:5]
        assert learner_page(session, offset=100) == []
        row = learner_page(session, LearnerFilter("ұлжан"))[0]
        assert row.full_name == "Қасымова Ұлжан" and row.stage is Stage.SCHOOL and row.sex is Sex.FEMALE
