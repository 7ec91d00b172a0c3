"""Importing learners: the dialog's rules per row, problems by row and column, all or nothing, one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from cluster_desktop.db import Database
from cluster_desktop.errors import ValidationError
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import (
    Base,
    Consent,
    ConsentGiver,
    Enrolment,
    Group,
    Person,
    ProgrammeKind,
    Stage,
    StageRecord,
)
from cluster_desktop.services.import_columns import looks_like_header, match_columns
from cluster_desktop.services.learner_import import ImportOptions, ImportReport, import_learners
from cluster_desktop.services.learner_list import LearnerFilter, count_learners
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.programmes import (
    GroupInput,
    ProgrammeInput,
    create_group,
    create_programme,
)
from cluster_desktop.spreadsheets.reader import Table, Value, read_table
from cluster_desktop.spreadsheets.writer import write_table

TODAY = date(2025, 10, 1)
HEADERS = ["ЖСН", "Тегі", "Аты", "Әкесінің аты", "Сынып", "Заңды өкілі", "Топ"]
IIN_A = make_iin(date(2009, 4, 17), Sex.FEMALE, 321)
IIN_B = make_iin(date(2008, 11, 2), Sex.MALE, 45)
IIN_C = make_iin(date(2004, 1, 5), Sex.MALE, 7)  # an adult


def table(*rows: Sequence[Value], headers: list[str] = HEADERS) -> Table:
    return Table(headers=list(headers), rows=[(n + 2, list(r)) for n, r in enumerate(rows)])


def options(t: Table, **kwargs: Any) -> ImportOptions:
    return ImportOptions(match_columns(t.headers), consent_date=date(2025, 9, 1), today=TODAY, **kwargs)


def count(database: Database, model: type[Base] = Person) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def run(database: Database, t: Table, **kwargs: Any) -> ImportReport:
    dry_run = kwargs.pop("dry_run", False)
    with database.session() as session:
        return import_learners(session, t, options(t, **kwargs), dry_run=dry_run)


def good_rows() -> list[list[str | int | None]]:
    return [
        [int(IIN_A), "Сейітова", "Әсем", "Қанатқызы", "9 сынып", "Сейітова Гүлнар", None],
        [IIN_B, "Қасымов", "Ерлан", None, 10, "Қасымова Айгүл", None],
        [IIN_C, "Омаров", "Нұрлан", None, None, None, None],
    ]


def test_valid_rows_are_imported_with_birth_date_sex_stage_and_class(database: Database) -> None:
    report = run(database, table(*good_rows()))
    assert (report.created, report.valid, report.invalid_rows, report.written) == (3, 3, [], True)
    with database.session() as session:
        a = session.scalar(select(Person).where(Person.iin == IIN_A))
        assert a is not None
        assert (a.birth_date, a.sex, a.current_stage) == (date(2009, 4, 17), Sex.FEMALE, Stage.SCHOOL)
        consent = session.scalars(select(Consent).where(Consent.person_id == a.id)).one()
        assert (consent.given_by, consent.given_on, consent.giver_name) == (ConsentGiver.REPRESENTATIVE, date(2025, 9, 1), "Сейітова Гүлнар")
        assert session.scalar(select(StageRecord.school_grade).where(StageRecord.person_id == a.id)) == 9
        c = session.scalar(select(Person).where(Person.iin == IIN_C))
        assert c is not None and c.current_stage is Stage.PRESCHOOL
        assert session.scalars(select(Consent.given_by).where(Consent.person_id == c.id)).one() is ConsentGiver.SELF


def test_one_bad_row_imports_nothing_and_names_row_and_column(database: Database) -> None:
    rows = good_rows()
    rows[1][0] = IIN_B[:-1] + str((int(IIN_B[-1]) + 1) % 10)  # wrong check digit
    rows[2][1] = "Омаров2"
    report = run(database, table(*rows))
    assert not report.written and report.invalid_rows == [3, 4]
    lines = [p.line() for p in report.problems]
    assert any(line.startswith('row 3, column "ЖСН": ') and "last digit" in line for line in lines)
    assert any(line.startswith('row 4, column "Тегі": ') for line in lines)
    assert count(database) == 0


def test_valid_rows_only_on_request(database: Database) -> None:
    rows = good_rows()
    rows[0][3] = "Қанат123"
    report = run(database, table(*rows), skip_invalid=True)
    assert report.written and report.created == 2 and report.invalid_rows == [2]
    assert count(database) == 2


def test_minor_without_representative_and_missing_consent(database: Database) -> None:
    t = table([IIN_A, "Сейітова", "Әсем", None, 9, None, None])
    with database.session() as session:
        report = import_learners(session, t, ImportOptions(match_columns(t.headers), today=TODAY))
    messages = " ".join(p.line() for p in report.problems)
    assert 'column "Заңды өкілі"' in messages and "under 18" in messages
    assert "Consent date is required" in messages


def test_a_latin_name_column_is_kept_as_in_the_passport(database: Database) -> None:
    t = table([IIN_C, "Омаров", "Нұрлан", None, None, None, None, "Omarov Nurlan"], headers=[*HEADERS, "ФИО латиницей"])
    report = run(database, t)
    assert (report.created, report.invalid_rows) == (1, [])
    with database.session() as session:
        assert session.scalars(select(Person.latin_name)).one() == "Omarov Nurlan"
    refused = run(database, table([IIN_B, "Қасымов", "Ерлан", None, 10, "Қасымова Айгүл", None, "Қасымов"], headers=[*HEADERS, "Latin name"]))
    assert refused.created == 0 and refused.invalid_rows


def test_duplicates_inside_the_file(database: Database) -> None:
    rows = good_rows()
    rows.append([IIN_A, "Сейітова", "Әсем", None, 9, "Сейітова Гүлнар", None])
    report = run(database, table(*rows))
    assert report.invalid_rows == [2, 5]
    assert any("also in row 5" in p.message for p in report.problems if p.row == 2)
    assert count(database) == 0


def add_existing(database: Database) -> int:
    with database.session() as session:
        return create_learner(
            session,
            LearnerInput(iin=IIN_C, surname="Омаров", given_name="Нурлан", phone="+7 701 000 00 00",
                         consent_given_by=ConsentGiver.SELF, consent_date=date(2024, 1, 1)),
        ).id


def test_existing_learners_skipped_or_updated(database: Database) -> None:
    person_id = add_existing(database)
    skipped = run(database, table(*good_rows()))
    assert (skipped.created, skipped.skipped_existing, skipped.updated) == (2, 1, 0)
    with database.session() as session:
        assert session.get(Person, person_id).given_name == "Нурлан"  # type: ignore[union-attr]
    updated = run(database, table(*good_rows()), update_existing=True)
    assert (updated.created, updated.updated) == (0, 3)  # the two new ones are now existing too
    with database.session() as session:
        person = session.get(Person, person_id)
        assert person is not None and person.given_name == "Нұрлан" and person.phone == "+7 701 000 00 00"
        assert session.scalars(select(Consent.given_on).where(Consent.person_id == person_id)).all() == [date(2024, 1, 1)]
    assert count(database) == 3


def make_programme(database: Database) -> int:
    with database.session() as session:
        programme = create_programme(session, ProgrammeInput(ProgrammeKind.PROFILE_COURSE, "Тау-кен ісі", "Горное дело"))
        create_group(session, GroupInput(programme.id, "ГД-25", "kk", date(2025, 9, 1)))
        return programme.id


def test_groups_named_in_the_file(database: Database) -> None:
    programme_id = make_programme(database)
    rows = good_rows()
    rows[0][6] = "ГД-25"
    rows[1][6] = "Жаңа топ"
    refused = run(database, table(*rows))
    assert not refused.written
    assert [p.line() for p in refused.problems] == [
        'row 3, column "Топ": There is no group «Жаңа топ»: create it first, or choose to create the groups named in the file.'
    ]
    report = run(database, table(*rows), new_group_programme_id=programme_id)
    assert report.written and report.groups_created == ["Жаңа топ"] and report.enrolled == 2
    assert count(database, Enrolment) == 2 and count(database, Group) == 2


def test_full_name_column_dates_and_sex_words(database: Database) -> None:
    headers = ["ФИО", "ИИН", "Дата рождения", "Пол"]
    t = table(["Омаров Нұрлан Серікұлы", IIN_C, "05.01.2004", "муж"], ["Сейітова Әсем", IIN_A, "18.04.2009", "ж"], headers=headers)
    report = run(database, t)
    lines = [p.line() for p in report.problems]
    assert lines == ['row 3, column "Дата рождения": The birth date 18.04.2009 does not match the IIN, which says 17.04.2009.'] or \
        any('column "Дата рождения"' in line for line in lines)
    t.rows[1][1][2] = "2009-04-17"
    t.rows[1][1].append(None)
    assert run(database, t, skip_invalid=False).invalid_rows == [3]  # under 18 with no representative column
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_cancel_while_writing_leaves_the_database_as_before(database: Database) -> None:
    add_existing(database)
    rows = [[make_iin(date(1990, 1, 1) + timedelta(days=i), Sex.MALE, i), f"Фамилия{chr(1072 + i % 30)}", "Аты", None, None, None, None]
            for i in range(1200)]

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if done > total * 0.75:
            raise Stop

    t = table(*rows)
    with pytest.raises(Stop), database.session() as session:
        import_learners(session, t, options(t), on_progress=progress)
    assert count(database) == 1 and count(database, StageRecord) == 1
    if database.backend == "sqlite":  # the search index's trigger, set aside for the bulk insert, is back
        with database.session() as session:
            assert session.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = 'person_search_insert'")) == 1
    with database.session() as session:
        import_learners(session, t, options(t))
        assert count_learners(session, LearnerFilter(text="фамилиящ")) == 40  # the search index has them
        create_learner(session, LearnerInput(iin=make_iin(date(1980, 1, 1), Sex.MALE, 1), surname="Фамилиящев", given_name="Аты",
                                             consent_given_by=ConsentGiver.SELF, consent_date=date(2024, 1, 1)))
    with database.session() as session:
        assert count_learners(session, LearnerFilter(text="фамилиящ")) == 41  # and the trigger feeds it again


def test_nothing_matched_to_iin_is_refused(database: Database) -> None:
    t = table(["x"], headers=["Something"])
    with pytest.raises(ValidationError, match="IIN"), database.session() as session:
        import_learners(session, t, ImportOptions({}))


def test_xlsx_file_end_to_end_with_numeric_iins(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "class.xlsx"
    write_table(path, [*HEADERS, "Extra"], [[int(str(r[0])), *r[1:], "ignored"] for r in good_rows()])
    t = read_table(path, header_score=looks_like_header)
    report = run(database, t)
    assert report.created == 3
    with database.session() as session:
        assert session.scalar(select(Person.iin).where(Person.surname == "Омаров")) == IIN_C


def test_huge_xlsx_cell_is_a_problem_of_its_row_and_column(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "huge.xlsx"
    rows = good_rows()
    rows[1][2] = "Е" * 32_000
    write_table(path, HEADERS, rows)
    report = run(database, read_table(path, header_score=looks_like_header))
    assert [p.line() for p in report.problems] == [
        'row 3, column "Аты": Given name is too long: 32000 characters, at most 100.'
    ]
