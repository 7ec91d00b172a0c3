"""Exporting lists: the Learners page's filter and sort, groups, XLSX and CSV that Excel reads right."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import ConsentGiver, ProgrammeKind, Stage
from cluster_desktop.services.learner_list import (
    LearnerFilter,
    LearnerSort,
    count_learners,
    learner_page,
)
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.list_export import export_list, groups_list, learners_list
from cluster_desktop.services.programmes import (
    GroupInput,
    ProgrammeInput,
    create_group,
    create_programme,
    enrol,
)
from tests.narrowing import present

PEOPLE = [("Сейітова", "Әсем", date(2009, 4, 17), Sex.FEMALE, Stage.SCHOOL), ("Қасымов", "Ерлан", date(2008, 11, 2), Sex.MALE, Stage.SCHOOL),
          ("Сейітов", "Арман", date(2003, 5, 6), Sex.MALE, Stage.COLLEGE), ("Абаев", "Нұр", date(2010, 1, 9), Sex.MALE, Stage.SCHOOL)]


@pytest.fixture
def filled(database: Database) -> Database:
    with database.session() as session:
        ids = []
        for n, (surname, given, born, sex, stage) in enumerate(PEOPLE):
            ids.append(create_learner(session, LearnerInput(
                iin=make_iin(born, sex, n + 10), surname=surname, given_name=given, stage=stage,
                consent_given_by=ConsentGiver.REPRESENTATIVE, consent_date=date(2024, 9, 2), representative_name="Ата Ана")).id)
        programme = create_programme(session, ProgrammeInput(ProgrammeKind.PROFILE_COURSE, "Тау-кен ісі", "Горное дело"))
        group = create_group(session, GroupInput(programme.id, "ГД-25", "kk", date(2025, 9, 1)))
        create_group(session, GroupInput(programme.id, "Әл-1", "ru", date(2025, 9, 1)))
        enrol(session, ids[0], group.id, date(2025, 9, 1))
    return database


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_learners_as_filtered_and_sorted_on_screen(filled: Database, tmp_path: Path, suffix: str) -> None:
    flt = LearnerFilter(text="сейіт", stage=Stage.SCHOOL)
    path = tmp_path / f"learners{suffix}"
    with filled.session() as session:
        written = export_list(session, learners_list(flt, LearnerSort.BIRTH_DATE, descending=True), path)
        on_screen = learner_page(session, flt, LearnerSort.BIRTH_DATE, True, 0, 100, count_learners(session, flt))
    assert written == len(on_screen) == 1
    if suffix == ".csv":
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        lines = raw.decode("utf-8-sig").splitlines()
        assert lines[0] == "Full name,IIN,Birth date,Sex,Stage,Phone"
        assert lines[1].startswith(f"Сейітова Әсем,{on_screen[0].iin},17.04.2009,female,School")
    else:
        rows = list(present(load_workbook(path, read_only=True).active).iter_rows(values_only=True))
        assert rows[0][:2] == ("Full name", "IIN") and rows[1][1] == on_screen[0].iin


def test_whole_list_order_and_translation(filled: Database, tmp_path: Path) -> None:
    path = tmp_path / "all.csv"
    progress: list[tuple[int, int]] = []
    with filled.session() as session:
        export_list(session, learners_list(), path, translate=str.upper, on_progress=lambda d, t: progress.append((d, t)))
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("FULL NAME,IIN")
    assert [line.split(",")[0].split()[0] for line in lines[1:]] == ["Абаев", "Қасымов", "Сейітов", "Сейітова"]
    assert "FEMALE" in lines[-1] and progress[-1] == (4, 4)


def test_groups(filled: Database, tmp_path: Path) -> None:
    path = tmp_path / "groups.xlsx"
    with filled.session() as session:
        assert export_list(session, groups_list("kk"), path) == 2
    rows = list(present(load_workbook(path, read_only=True).active).iter_rows(values_only=True))
    assert rows[0] == ("Group name", "Programme", "Language", "Start date", "End date", "Learners")
    assert [r[0] for r in rows[1:]] == ["Әл-1", "ГД-25"]  # Ә right after А, before Г
    assert rows[2][1] == "Тау-кен ісі" and rows[2][2] == "Kazakh" and rows[2][5] == 1 and rows[1][5] == 0


def test_cancel_leaves_no_file(filled: Database, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "old.csv"
    path.write_text("keep me", encoding="utf-8")

    def stop(_d: int, _t: int) -> None:
        raise KeyboardInterrupt

    with filled.session() as session, pytest.raises(KeyboardInterrupt):
        export_list(session, learners_list(), path, on_progress=stop)
    assert path.read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in path.parent.iterdir()] == ["old.csv"]
