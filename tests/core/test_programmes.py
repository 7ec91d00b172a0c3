"""Programmes, groups, enrolments and results.

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from itertools import count

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import NotFoundError, ValidationError
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import (
    ConsentGiver,
    Enrolment,
    EnrolmentStatus,
    Group,
    Programme,
    ProgrammeKind,
    Stage,
    StudyForm,
)
from cluster_desktop.services import fields, programmes
from cluster_desktop.services.journey import learner_journey
from cluster_desktop.services.learners import LearnerInput, create_learner, get_learner
from cluster_desktop.services.programmes import (
    GroupInput,
    ProgrammeInput,
    create_group,
    create_programme,
    delete_group,
    delete_programme,
    enrol,
    get_programme,
    group_members,
    list_programmes,
    parse_percent,
    programme_input,
    record_result,
    remove_enrolment,
    update_group,
    update_programme,
)
from tests.narrowing import present

TODAY = date(2026, 12, 4)  # what the tests call today: they never read the clock
_serial = count(1)

SPECIALTY = ProgrammeInput(
    kind=ProgrammeKind.COLLEGE_SPECIALTY,
    name_kk="Пайдалы қазбалар кен орындарын жерасты әдісімен қазу",
    name_ru="Подземная разработка месторождений полезных ископаемых",
    name_en="Underground Mining of Mineral Deposits",
    qualification_code="07240100",
    qualification_name_kk="Кен шебері",
    qualification_name_ru="Горный мастер",
    qualification_name_en="Mining Foreman",
    hours=5760,
    languages=("kk", "ru"),
)
COURSE = ProgrammeInput(
    kind=ProgrammeKind.PROFESSIONAL_COURSE, name_kk="Электргазбен дәнекерлеуші", name_ru="Электрогазосварщик", hours=108
)
SESSION = ProgrammeInput(
    kind=ProgrammeKind.CAREER_GUIDANCE, name_kk="«Кішкентай зертханашы»", name_ru="«Маленький лаборант»", hours=8
)


def learner(session: Session, stage: Stage = Stage.SCHOOL, surname: str = "Қасымов", given_name: str = "Нұрлан") -> int:
    birth = date(TODAY.year - 16, 4, 1)
    data = LearnerInput(
        iin=make_iin(birth, Sex.MALE, next(_serial)),
        surname=surname,
        given_name=given_name,
        birth_date=birth,
        sex=Sex.MALE,
        representative_name="Қасымов Серік",
        representative_relation="әкесі / отец",
        consent_given_by=ConsentGiver.REPRESENTATIVE,
        consent_date=date(2024, 9, 1),
        stage=stage,
    )
    return create_learner(session, data, TODAY).id


def group(session: Session, programme_id: int, name: str, starts_on: date = date(2025, 9, 1), language: str = "kk") -> int:
    return create_group(session, GroupInput(programme_id, name, language, starts_on, None)).id


def count_of(database: Database, entity: type) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(entity)) or 0


def refused_programme(database: Database, data: ProgrammeInput) -> ValidationError:
    with database.session() as session, pytest.raises(ValidationError) as exc_info:
        create_programme(session, data)
    assert count_of(database, Programme) == 0
    return exc_info.value


# --- programmes ------------------------------------------------------------------------------


def test_create_programme(database: Database) -> None:
    with database.session() as session:
        programme_id = create_programme(session, replace(SPECIALTY, name_ru="  Подземная   разработка ", languages=("ru", "kk"))).id
    with database.session() as session:
        programme = get_programme(session, programme_id)
        assert programme.name_ru == "Подземная разработка"
        assert programme.languages == "kk,ru"
        assert programme.name("kk") == SPECIALTY.name_kk and programme.name("en") == SPECIALTY.name_en
        assert programme_input(programme).languages == ("kk", "ru")
        assert programme.kind.stage is Stage.COLLEGE


def test_specialty_without_code_is_refused(database: Database) -> None:
    error = refused_programme(database, replace(SPECIALTY, qualification_code="   "))
    assert [p.template for p in error.for_field("qualification_code")] == [programmes.SPECIALTY_NEEDS_CODE]


def test_course_needs_no_code(database: Database) -> None:
    with database.session() as session:
        assert create_programme(session, COURSE).qualification_code is None


@pytest.mark.parametrize("languages", [(), ("de",)])
def test_no_language_is_refused(database: Database, languages: tuple[str, ...]) -> None:
    error = refused_programme(database, replace(COURSE, languages=languages))
    assert [p.template for p in error.for_field("languages")] == [programmes.NO_LANGUAGE]


@pytest.mark.parametrize("hours", [-1, 10_001])
def test_hours_out_of_range(database: Database, hours: int) -> None:
    problem = refused_programme(database, replace(COURSE, hours=hours)).for_field("hours")[0]
    assert problem.template == fields.BAD_NUMBER and problem.params == {"label": programmes.L_HOURS, "low": 0, "high": 10000}


def test_names_required(database: Database) -> None:
    error = refused_programme(database, replace(COURSE, name_kk=" ", name_ru=""))
    assert {p.field for p in error.problems} == {"name_kk", "name_ru"}


def test_update_and_list_programmes(database: Database) -> None:
    with database.session() as session:
        course_id = create_programme(session, COURSE).id
        create_programme(session, SPECIALTY)
        create_programme(session, SESSION)
        create_programme(session, replace(COURSE, name_kk="Ақпараттық технологиялар", name_ru="ИТ"))
    with database.session() as session:
        update_programme(session, course_id, replace(COURSE, hours=144))
        with pytest.raises(ValidationError):
            update_programme(session, course_id, replace(COURSE, languages=()))
        assert get_programme(session, course_id).hours == 144
        listed = [(p.kind, p.name_kk) for p in list_programmes(session)]
    assert listed == [
        (ProgrammeKind.CAREER_GUIDANCE, SESSION.name_kk),
        (ProgrammeKind.PROFESSIONAL_COURSE, "Ақпараттық технологиялар"),
        (ProgrammeKind.PROFESSIONAL_COURSE, COURSE.name_kk),
        (ProgrammeKind.COLLEGE_SPECIALTY, SPECIALTY.name_kk),
    ]


def test_unknown_programme(database: Database) -> None:
    with database.session() as session:
        with pytest.raises(NotFoundError):
            get_programme(session, 404)
        with pytest.raises(NotFoundError):
            create_group(session, GroupInput(404, "ПР-25-1", "kk", date(2025, 9, 1)))


# --- groups ----------------------------------------------------------------------------------


def test_group_duplicate_name_is_refused(database: Database) -> None:
    with database.session() as session:
        specialty_id = create_programme(session, SPECIALTY).id
        course_id = create_programme(session, COURSE).id
        group(session, specialty_id, "ПР-25-1")
    with database.session() as session:
        with pytest.raises(ValidationError) as exc_info:
            create_group(session, GroupInput(course_id, "  ПР-25-1 ", "ru", date(2025, 9, 1)))
        problem = exc_info.value.for_field("name")[0]
        assert problem.template == programmes.DUPLICATE_GROUP and problem.params == {"name": "ПР-25-1"}
    assert count_of(database, Group) == 1


def test_group_language_must_be_taught(database: Database) -> None:
    with database.session() as session:
        programme_id = create_programme(session, replace(COURSE, languages=("ru",))).id
        with pytest.raises(ValidationError) as exc_info:
            create_group(session, GroupInput(programme_id, "ДН-25-А", "kk", date(2025, 9, 15)))
        problem = exc_info.value.for_field("language")[0]
        assert problem.template == programmes.LANGUAGE_NOT_TAUGHT and problem.params == {"language": "Kazakh"}
        assert create_group(session, GroupInput(programme_id, "ДН-25-Б", "ru", date(2025, 9, 15))).language == "ru"


def test_group_dates_in_order(database: Database) -> None:
    with database.session() as session:
        programme_id = create_programme(session, COURSE).id
        with pytest.raises(ValidationError) as exc_info:
            create_group(session, GroupInput(programme_id, "ДН-25-А", "kk", date(2025, 9, 15), date(2025, 9, 14)))
        assert exc_info.value.for_field("ends_on")[0].template == fields.DATE_ORDER
        with pytest.raises(ValidationError) as exc_info:
            create_group(session, GroupInput(programme_id, "  ", "kk", date(2025, 9, 15)))
        assert exc_info.value.for_field("name")[0].template == fields.REQUIRED
    assert count_of(database, Group) == 0


def test_update_group_keeps_its_own_name(database: Database) -> None:
    with database.session() as session:
        programme_id = create_programme(session, COURSE).id
        group_id = group(session, programme_id, "ДН-25-А")
        other_id = group(session, programme_id, "ДН-25-Б")
        assert present(session.get(Group, group_id)).study_form is StudyForm.FULL_TIME
        update_group(session, group_id, GroupInput(programme_id, "ДН-25-А", "ru", date(2025, 9, 20), None, StudyForm.PART_TIME))
        with pytest.raises(ValidationError):
            update_group(session, other_id, GroupInput(programme_id, "ДН-25-А", "ru", date(2025, 9, 20)))
    with database.session() as session:
        updated = session.get(Group, group_id)
        assert updated is not None
        assert (updated.language, updated.starts_on, updated.study_form) == ("ru", date(2025, 9, 20), StudyForm.PART_TIME)


# --- enrolments ------------------------------------------------------------------------------


def test_enrolling_a_pupil_in_a_specialty_moves_them_to_college(database: Database) -> None:
    with database.session() as session:
        person_id = learner(session, Stage.SCHOOL)
        group_id = group(session, create_programme(session, SPECIALTY).id, "ПР-25-1")
        enrolment = enrol(session, person_id, group_id, date(2025, 9, 1))
        assert enrolment.status is EnrolmentStatus.ENROLLED
    with database.session() as session:
        person = get_learner(session, person_id)
        assert person.current_stage is Stage.COLLEGE
        assert [(s.stage, s.started_on, s.ended_on) for s in person.stages] == [
            (Stage.SCHOOL, date(2024, 9, 1), date(2025, 9, 1)),
            (Stage.COLLEGE, date(2025, 9, 1), None),
        ]
        assert [s.kind for s in learner_journey(session, person_id)] == ["stage", "stage", "enrolment"]


def test_enrolment_before_the_current_stage_still_moves_forward(database: Database) -> None:
    with database.session() as session:
        person_id = learner(session, Stage.PRESCHOOL)
        group_id = group(session, create_programme(session, COURSE).id, "ДН-24-А", date(2024, 1, 10))
        enrol(session, person_id, group_id, date(2024, 1, 10))
        person = get_learner(session, person_id)
        assert person.current_stage is Stage.SCHOOL
        assert person.stages[-1].started_on == date(2024, 9, 1)  # not before the stage it closes


def test_enrolling_in_an_earlier_stage_keeps_the_stage(database: Database) -> None:
    with database.session() as session:
        person_id = learner(session, Stage.COLLEGE)
        group_id = group(session, create_programme(session, COURSE).id, "ДН-25-А")
        enrol(session, person_id, group_id, date(2025, 9, 1))
        person = get_learner(session, person_id)
        assert person.current_stage is Stage.COLLEGE and len(person.stages) == 1


def test_double_enrolment_is_refused(database: Database) -> None:
    with database.session() as session:
        person_id = learner(session)
        group_id = group(session, create_programme(session, COURSE).id, "ДН-25-А")
        enrol(session, person_id, group_id, date(2025, 9, 1))
    with database.session() as session:
        with pytest.raises(ValidationError) as exc_info:
            enrol(session, person_id, group_id, date(2025, 9, 2))
        problem = exc_info.value.problems[0]
        assert problem.template == programmes.ALREADY_ENROLLED
        assert problem.message == "Қасымов Нұрлан is already in the group ДН-25-А."
    assert count_of(database, Enrolment) == 1


def test_enrolment_date_in_the_future_is_refused(database: Database) -> None:
    with database.session() as session:
        person_id = learner(session)
        group_id = group(session, create_programme(session, COURSE).id, "ДН-25-А")
        with pytest.raises(ValidationError) as exc_info:
            enrol(session, person_id, group_id, TODAY + timedelta(days=2), today=TODAY)
        assert exc_info.value.for_field("enrolled_on")[0].template == fields.DATE_IN_FUTURE
    assert count_of(database, Enrolment) == 0


def test_enrol_unknown_learner_or_group(database: Database) -> None:
    with database.session() as session:
        person_id = learner(session)
        group_id = group(session, create_programme(session, COURSE).id, "ДН-25-А")
        with pytest.raises(NotFoundError):
            enrol(session, 404, group_id, date(2025, 9, 1))
        with pytest.raises(NotFoundError):
            enrol(session, person_id, 404, date(2025, 9, 1))


# --- results -----------------------------------------------------------------------------------


@pytest.fixture
def enrolment_id(database: Database) -> int:
    with database.session() as session:
        person_id = learner(session)
        group_id = group(session, create_programme(session, COURSE).id, "ДН-25-А")
        return enrol(session, person_id, group_id, date(2025, 9, 15)).id


@pytest.mark.parametrize(
    ("typed", "percent", "letter", "mark"),
    [
        (87.5, Decimal("87.50"), "B+", 4),
        ("87,5", Decimal("87.50"), "B+", 4),
        (" 95 ", Decimal("95.00"), "A", 5),
        (Decimal("50"), Decimal("50.00"), "D", 3),
        ("100", Decimal("100.00"), "A", 5),
    ],
)
def test_record_result_derives_the_grades(
    database: Database, enrolment_id: int, typed: object, percent: Decimal, letter: str, mark: int
) -> None:
    with database.session() as session:
        record_result(session, enrolment_id, EnrolmentStatus.COMPLETED, date(2025, 12, 20), typed)  # type: ignore[arg-type]
    with database.session() as session:
        enrolment = session.get(Enrolment, enrolment_id)
        assert enrolment is not None
        assert enrolment.status is EnrolmentStatus.COMPLETED and enrolment.finished_on == date(2025, 12, 20)
        assert enrolment.result_percent == percent
        assert (enrolment.letter_grade, enrolment.five_point_grade) == (letter, mark)


def test_failed_result(database: Database, enrolment_id: int) -> None:
    with database.session() as session:
        enrolment = record_result(session, enrolment_id, EnrolmentStatus.FAILED, date(2025, 12, 20), "49.99")
        assert (enrolment.letter_grade, enrolment.five_point_grade) == ("F", 2)


def test_completed_without_percent_is_refused(database: Database, enrolment_id: int) -> None:
    with database.session() as session:
        with pytest.raises(ValidationError) as exc_info:
            record_result(session, enrolment_id, EnrolmentStatus.COMPLETED, date(2025, 12, 20), "  ")
        assert [p.template for p in exc_info.value.problems] == [programmes.RESULT_NEEDS_PERCENT]
    with database.session() as session:
        enrolment = session.get(Enrolment, enrolment_id)
        assert enrolment is not None and enrolment.status is EnrolmentStatus.ENROLLED and enrolment.result_percent is None


def test_finish_date_rules(database: Database, enrolment_id: int) -> None:
    with database.session() as session:
        with pytest.raises(ValidationError) as exc_info:
            record_result(session, enrolment_id, EnrolmentStatus.COMPLETED, None, 80)
        assert exc_info.value.for_field("finished_on")[0].template == programmes.RESULT_NEEDS_FINISH
        with pytest.raises(ValidationError) as exc_info:
            record_result(session, enrolment_id, EnrolmentStatus.COMPLETED, date(2025, 9, 14), 80)
        assert exc_info.value.for_field("finished_on")[0].template == fields.DATE_ORDER
        with pytest.raises(ValidationError) as exc_info:
            record_result(session, enrolment_id, EnrolmentStatus.WITHDRAWN, TODAY + timedelta(days=1), None, today=TODAY)
        assert exc_info.value.for_field("finished_on")[0].template == fields.DATE_IN_FUTURE


@pytest.mark.parametrize("typed", ["abc", "101", "-1", "1e400", "NaN", "sNaN", "inf"])
def test_bad_percent(database: Database, enrolment_id: int, typed: str) -> None:
    with database.session() as session, pytest.raises(ValidationError) as exc_info:
        record_result(session, enrolment_id, EnrolmentStatus.COMPLETED, date(2025, 12, 20), typed)
    assert exc_info.value.for_field("result_percent")[0].template == fields.BAD_NUMBER


def test_withdrawn_and_back_to_enrolled(database: Database, enrolment_id: int) -> None:
    with database.session() as session:
        enrolment = record_result(session, enrolment_id, EnrolmentStatus.WITHDRAWN, date(2025, 10, 1), None)
        assert enrolment.letter_grade is None and enrolment.five_point_grade is None
        enrolment = record_result(session, enrolment_id, EnrolmentStatus.ENROLLED, date(2025, 10, 1), None)
        assert enrolment.status is EnrolmentStatus.ENROLLED and enrolment.finished_on is None


def test_unknown_enrolment(database: Database) -> None:
    with database.session() as session:
        with pytest.raises(NotFoundError):
            record_result(session, 404, EnrolmentStatus.COMPLETED, date(2025, 12, 20), 80)
        with pytest.raises(NotFoundError):
            remove_enrolment(session, 404)


def test_parse_percent() -> None:
    assert parse_percent(None) is None and parse_percent("") is None
    assert parse_percent("87,456") == Decimal("87.46")
    with pytest.raises(ValueError):
        parse_percent("сто")


# --- deleting ----------------------------------------------------------------------------------


def test_programme_with_enrolments_cannot_be_deleted(database: Database) -> None:
    with database.session() as session:
        programme_id = create_programme(session, COURSE).id
        group_id = group(session, programme_id, "ДН-25-А")
        group(session, programme_id, "ДН-25-Б")
        enrolment_id = enrol(session, learner(session), group_id, date(2025, 9, 1)).id
    with database.session() as session:
        with pytest.raises(ValidationError) as exc_info:
            delete_programme(session, programme_id)
        problem = exc_info.value.problems[0]
        assert problem.template == programmes.HAS_ENROLMENTS and problem.params["count"] == 1
        with pytest.raises(ValidationError):
            delete_group(session, group_id)
    assert count_of(database, Programme) == 1 and count_of(database, Group) == 2
    with database.session() as session:
        remove_enrolment(session, enrolment_id)
        delete_programme(session, programme_id)
    assert (count_of(database, Programme), count_of(database, Group), count_of(database, Enrolment)) == (0, 0, 0)
    with database.session() as session, pytest.raises(NotFoundError):
        delete_programme(session, programme_id)


def test_delete_empty_group(database: Database) -> None:
    with database.session() as session:
        group_id = group(session, create_programme(session, COURSE).id, "ДН-25-А")
    with database.session() as session:
        delete_group(session, group_id)
    assert count_of(database, Group) == 0


def test_group_members_in_kazakh_order(database: Database) -> None:
    with database.session() as session:
        group_id = group(session, create_programme(session, COURSE).id, "ДН-25-А")
        for surname in ("Өтепов", "Омаров", "Қасымов", "Касымов", "Әбдірахманов", "Абаев"):
            enrol(session, learner(session, surname=surname), group_id, date(2025, 9, 1))
    with database.session() as session:
        members = [e.person.surname for e in group_members(session, group_id)]
    assert members == ["Абаев", "Әбдірахманов", "Касымов", "Қасымов", "Омаров", "Өтепов"]


def test_completed_below_the_pass_mark_is_refused(database: Database, enrolment_id: int) -> None:
    with database.session() as session, pytest.raises(ValidationError) as caught:
        record_result(session, enrolment_id, EnrolmentStatus.COMPLETED, date(2025, 12, 20), "49,5")
    assert caught.value.problems[0].field == "result_percent"
    assert "below the pass mark" in caught.value.problems[0].message


def test_missing_finish_date_and_percent_are_reported_together(database: Database, enrolment_id: int) -> None:
    with database.session() as session, pytest.raises(ValidationError) as caught:
        record_result(session, enrolment_id, EnrolmentStatus.COMPLETED, None, "")
    assert {p.field for p in caught.value.problems} == {"finished_on", "result_percent"}


def test_back_to_studying_clears_the_result(database: Database, enrolment_id: int) -> None:
    with database.session() as session:
        record_result(session, enrolment_id, EnrolmentStatus.COMPLETED, date(2025, 12, 20), 90)
        enrolment = record_result(session, enrolment_id, EnrolmentStatus.ENROLLED, None, 90)
        assert (enrolment.result_percent, enrolment.finished_on) == (None, None)


def test_group_sizes_count_in_sql(database: Database, enrolment_id: int) -> None:
    from cluster_desktop.services.programmes import group_sizes

    with database.session() as session:
        enrolment = session.get(Enrolment, enrolment_id)
        assert enrolment is not None
        assert group_sizes(session) == {enrolment.group_id: 1}
