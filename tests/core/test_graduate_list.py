"""The Employment page's list: who counts as a graduate, the latest job, filters, sorting, the rate, an empty year.

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cluster_desktop.db import Database
from cluster_desktop.demo import fill_demo_data
from cluster_desktop.figures import format_ratio
from cluster_desktop.ids import Sex, make_bin, make_iin
from cluster_desktop.models import (
    ConsentGiver,
    ContractKind,
    EnrolmentStatus,
    OrganisationKind,
    ProgrammeKind,
    Stage,
)
from cluster_desktop.permissions import Actor, PermissionDenied, Role
from cluster_desktop.services.employment import EmploymentInput, create_employment
from cluster_desktop.services.graduate_list import (
    GraduateFilter,
    GraduateSort,
    count_graduates,
    graduates_list,
    graduates_page,
    graduation_years,
    job_record_counts,
    specialties,
)
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.list_export import export_list
from cluster_desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
)
from cluster_desktop.services.outcome_data import graduate_rows
from cluster_desktop.services.outcomes import employment_rates
from cluster_desktop.services.programmes import (
    GroupInput,
    ProgrammeInput,
    create_group,
    create_programme,
    enrol,
    record_result,
)

VIEWER = Actor("watcher", Role.VIEWER, "", "test-pc")


def setup(database: Database) -> dict[str, int]:
    """Graduates Әбілов, Қасымов (2024, mining), Серікова (2025, two jobs), Жанова (two specialties: 2023 and 2025);
    not graduates: Бекова (studying), Омаров (withdrawn), Ли (a completed school course only)."""
    with database.session() as s:
        ids = {
            "gok": create_organisation(s, OrganisationInput(OrganisationKind.EMPLOYER, "Дон ТКБК", "Донской ГОК", make_bin(1995, 12, 4, 1))).id,
            "kazchrome": create_organisation(s, OrganisationInput(OrganisationKind.EMPLOYER, "Қазхром", "Казхром", make_bin(1995, 12, 4, 2))).id,
        }
        mining = create_programme(s, ProgrammeInput(
            ProgrammeKind.COLLEGE_SPECIALTY, "Жерасты қазу", "Подземная разработка", qualification_code="07240100", hours=5760,
        ))
        power = create_programme(s, ProgrammeInput(
            ProgrammeKind.COLLEGE_SPECIALTY, "Электр жабдықтары", "Электрооборудование", qualification_code="07130100", hours=5760,
        ))
        course = create_programme(s, ProgrammeInput(ProgrammeKind.PROFILE_COURSE, "Химия", "Химия", hours=72))
        ids["mining"], ids["power"] = mining.id, power.id
        mining_20 = create_group(s, GroupInput(mining.id, "ПР-20-1", "kk", date(2020, 9, 1), date(2024, 6, 30))).id
        mining_24 = create_group(s, GroupInput(mining.id, "ПР-24-1", "kk", date(2024, 9, 1), date(2028, 6, 30))).id
        power_19 = create_group(s, GroupInput(power.id, "ЭО-19-1", "ru", date(2019, 9, 1), date(2023, 6, 30))).id
        power_21 = create_group(s, GroupInput(power.id, "ЭО-21-1", "ru", date(2021, 9, 1), date(2025, 6, 30))).id
        course_group = create_group(s, GroupInput(course.id, "Х-25", "kk", date(2025, 1, 10), date(2025, 3, 10))).id

        def learner(serial: int, surname: str, given: str, stage: Stage = Stage.COLLEGE) -> int:
            person = create_learner(s, LearnerInput(
                iin=make_iin(date(2003, 5, 1), Sex.FEMALE if surname.endswith("а") else Sex.MALE, serial), surname=surname,
                given_name=given, stage=stage, consent_given_by=ConsentGiver.SELF, consent_date=date(2020, 9, 1),
            ))
            ids[surname] = person.id
            return person.id

        def complete(person_id: int, group_id: int, enrolled: date, finished: date) -> None:
            record_result(s, enrol(s, person_id, group_id, enrolled).id, EnrolmentStatus.COMPLETED, finished, 80)

        complete(learner(1, "Қасымов", "Нұрлан"), mining_20, date(2020, 9, 1), date(2024, 6, 28))
        complete(learner(2, "Әбілов", "Ерлан"), mining_20, date(2020, 9, 1), date(2024, 6, 28))
        complete(learner(3, "Серікова", "Айгүл"), power_21, date(2021, 9, 1), date(2025, 6, 27))
        zhanova = learner(4, "Жанова", "Дана")
        complete(zhanova, power_19, date(2019, 9, 1), date(2023, 6, 29))
        complete(zhanova, power_21, date(2023, 9, 1), date(2025, 6, 27))
        enrol(s, learner(5, "Бекова", "Сая"), mining_24, date(2024, 9, 1))
        withdrawn = enrol(s, learner(6, "Омаров", "Бақыт"), mining_20, date(2020, 9, 1))
        record_result(s, withdrawn.id, EnrolmentStatus.WITHDRAWN, date(2021, 2, 1), None)
        complete(learner(7, "Ли", "Виктор", Stage.SCHOOL), course_group, date(2025, 1, 10), date(2025, 3, 10))

        create_employment(s, EmploymentInput(ids["Қасымов"], ids["gok"], "Горнорабочий", date(2024, 8, 1)), today=date(2026, 12, 4))
        create_employment(s, EmploymentInput(ids["Серікова"], ids["gok"], "Электромонтёр", date(2025, 8, 1)), today=date(2026, 12, 4))
        create_employment(s, EmploymentInput(ids["Серікова"], ids["kazchrome"], "Электрик", date(2025, 11, 3), ContractKind.FIXED_TERM), today=date(2026, 12, 4))
        return ids


def names(database: Database, flt: GraduateFilter | None = None, sort: GraduateSort = GraduateSort.NAME, descending: bool = False) -> list[str]:
    with database.session() as s:
        return [row.full_name.split()[0] for row in graduates_page(s, flt or GraduateFilter(), sort, descending)]


def test_who_is_a_graduate_and_their_latest_job(database: Database) -> None:
    ids = setup(database)
    with database.session() as s:
        assert count_graduates(s) == 4
        rows = {row.full_name.split()[0]: row for row in graduates_page(s, GraduateFilter(language="ru"))}
    assert set(rows) == {"Қасымов", "Әбілов", "Серікова", "Жанова"}
    zhanova = rows["Жанова"]  # two specialties: the later one counts, once
    assert zhanova.graduated_on == date(2025, 6, 27) and zhanova.programme_id == ids["power"]
    assert zhanova.specialty("ru") == "07130100 Электрооборудование" and zhanova.specialty("kk") == "07130100 Электр жабдықтары"
    assert not zhanova.placed and zhanova.employer("ru") is None and zhanova.jobs == 0
    serikova = rows["Серікова"]  # two jobs: the latest is shown
    assert serikova.placed and serikova.jobs == 2
    assert (serikova.employer("ru"), serikova.employer("kk"), serikova.position, serikova.starts_on) == (
        "Казхром", "Қазхром", "Электрик", date(2025, 11, 3),
    )
    assert rows["Қасымов"].employer_id == ids["gok"] and rows["Қасымов"].graduated_on == date(2024, 6, 28)


def test_filters(database: Database) -> None:
    ids = setup(database)
    assert names(database, GraduateFilter(year=2024)) == ["Әбілов", "Қасымов"]
    assert names(database, GraduateFilter(year=2025)) == ["Жанова", "Серікова"]
    assert names(database, GraduateFilter(year=2023)) == []  # Жанова's first graduation does not count twice
    assert names(database, GraduateFilter(programme_id=ids["power"])) == ["Жанова", "Серікова"]
    assert names(database, GraduateFilter(programme_id=ids["mining"], unplaced_only=True)) == ["Әбілов"]
    assert names(database, GraduateFilter(unplaced_only=True)) == ["Әбілов", "Жанова"]
    assert names(database, GraduateFilter(text="ҚАСЫМ")) == ["Қасымов"]  # Kazakh case folded
    assert names(database, GraduateFilter(text="ова айгүл")) == ["Серікова"]
    with database.session() as s:
        iin = next(r.iin for r in graduates_page(s) if r.person_id == ids["Әбілов"])
    assert names(database, GraduateFilter(text=iin)) == ["Әбілов"]
    assert names(database, GraduateFilter(text=iin[:7])) == ["Әбілов", "Қасымов"]  # the same birth date and sex
    assert names(database, GraduateFilter(text="Бекова")) == []  # studying: not a graduate yet
    with database.session() as s:
        assert count_graduates(s, GraduateFilter(year=2025, unplaced_only=True)) == 1
        assert graduation_years(s) == [2025, 2024]
        assert [label for _id, label in specialties(s, "ru")] == ["07130100 Электрооборудование", "07240100 Подземная разработка"]


def test_sorting_in_sql(database: Database) -> None:
    setup(database)
    assert names(database) == ["Әбілов", "Жанова", "Қасымов", "Серікова"]  # Ә after А, Қ after К
    assert names(database, descending=True) == ["Серікова", "Қасымов", "Жанова", "Әбілов"]
    assert names(database, sort=GraduateSort.EMPLOYER, flt=GraduateFilter(language="ru")) == ["Әбілов", "Жанова", "Қасымов", "Серікова"]
    assert names(database, sort=GraduateSort.EMPLOYER, descending=True, flt=GraduateFilter(language="ru")) == ["Серікова", "Қасымов", "Жанова", "Әбілов"]
    assert names(database, sort=GraduateSort.STARTS_ON)[2:] == ["Қасымов", "Серікова"]  # the unplaced first
    assert names(database, sort=GraduateSort.GRADUATED_ON) == ["Әбілов", "Қасымов", "Жанова", "Серікова"]
    assert names(database, sort=GraduateSort.SPECIALTY) == ["Жанова", "Серікова", "Әбілов", "Қасымов"]
    with database.session() as s:
        page = graduates_page(s, GraduateFilter(), GraduateSort.NAME, False, offset=1, limit=2)
    assert [r.full_name.split()[0] for r in page] == ["Жанова", "Қасымов"]


def test_job_record_counts_of_a_year_and_of_nobody(database: Database) -> None:
    setup(database)
    with database.session() as s:
        assert job_record_counts(s, GraduateFilter(year=2024)).count == 1
        assert job_record_counts(s, GraduateFilter(year=2024)).total == 2
        assert str(job_record_counts(s, GraduateFilter(year=2025, unplaced_only=True))) == "1 / 2 (50.0 %)"
        nobody = job_record_counts(s, GraduateFilter(year=2019))
        assert (nobody.count, nobody.total, nobody.value, format_ratio(nobody.value)) == (0, 0, None, "—")
        # The same counts per year as the report's tables of graduates with a job record.
        figures = employment_rates(graduate_rows(s, date(9999, 12, 31), "ru"))
        assert {year: (r.count, r.total) for year, r in figures.by_year.items()} == {
            year: (r.count, r.total) for year in (2024, 2025) for r in [job_record_counts(s, GraduateFilter(year=year))]
        }


def test_empty_database(database: Database) -> None:
    with database.session() as s:
        assert count_graduates(s) == 0
        assert graduates_page(s, GraduateFilter(text="абв", year=2025, unplaced_only=True), GraduateSort.EMPLOYER, True) == []
        assert graduation_years(s) == [] and specialties(s, "kk") == []
        assert format_ratio(job_record_counts(s).value) == "—"


def test_same_counts_as_the_report_on_demo_data(database: Database) -> None:
    with database.session() as s:
        fill_demo_data(s, learners=120, today=date(2026, 3, 1))
    with database.session() as s:
        figures = employment_rates(graduate_rows(s, date(2026, 3, 1), "kk"))
        assert figures.overall.total == count_graduates(s) > 0
        for year, rate in figures.by_year.items():
            assert job_record_counts(s, GraduateFilter(year=year)) == rate
        unplaced = {r.person_id for r in figures.unplaced}
        assert {r.person_id for r in graduates_page(s, GraduateFilter(unplaced_only=True), limit=1000)} == unplaced


def test_export_as_shown_and_refused_to_a_viewer(database: Database, tmp_path: Path) -> None:
    setup(database)
    target = tmp_path / "graduates.csv"
    with database.session() as s:
        written = export_list(s, graduates_list(GraduateFilter(year=2024, language="ru"), GraduateSort.NAME, True), target)
    assert written == 2
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(",")[:3] == ["Full name", "IIN", "Specialty"]
    assert lines[1].startswith("Қасымов") and "Донской ГОК" in lines[1] and "01.08.2024" in lines[1]
    assert lines[2].startswith("Әбілов") and lines[2].split(",")[-3:] == ["no job recorded", "", ""]  # no census day: not read
    with database.session() as s:
        export_list(s, graduates_list(GraduateFilter(year=2024, language="ru", census_on=date(2025, 3, 1))), target)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(",")[-2:] == ["6 months after graduation", "12 months after graduation"]
    assert lines[1].startswith("Әбілов") and lines[1].split(",")[-2:] == ["Unknown", ""]  # the 12-month census is still to come
    database.actor = VIEWER
    with database.session() as s, pytest.raises(PermissionDenied):
        export_list(s, graduates_list(), tmp_path / "refused.csv")
    with database.session() as s:
        assert count_graduates(s) == 4  # reading the list needs no permission
