"""``report cohorts`` run as a user would: PDF in Kazakh and Russian, XLSX with numbers as numbers, bad cohorts refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from cluster_desktop.db import Database
from tests.cli import Result, run_cli
from tests.core.test_cohorts import TODAY, build_cohort
from tests.core.test_destinations_cli import pdf_text


def report(database_url: str, *args: str) -> Result:
    return run_cli("--db-url", database_url, "report", "cohorts", *args, "--on", TODAY.isoformat())


def test_pdf_in_kazakh_and_russian(database: Database, database_url: str, tmp_path: Path) -> None:
    scenario = build_cohort(database)
    cohort = f"school:{scenario.school},grade:10,year:2021"
    kk = tmp_path / "когорта.pdf"
    result = report(database_url, "--from", cohort, "--lang", "kk", "--out", str(kk))
    assert result.returncode == 0, result.stderr
    assert str(kk) in result.stdout
    text = " ".join(pdf_text(kk).split())
    for words in (
        "Когорта",
        "№1 мектеп-гимназия, 2021/22 оқу жылындағы 10-сынып",
        "Колледжге түсті",
        "1 / 4 (25,0 %)",
        "Әбенова Айгүл",
        "25 адам",
    ):
        assert words in text, words
    ru = tmp_path / "cohort.pdf"
    result = report(database_url, "--from", cohort, "--lang", "ru", "--out", str(ru))
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(ru).split())
    for words in (
        "Школа-гимназия №1, 10 класс в 2021/22 учебном году",
        "Поступили в колледж",
        "3 / 4 (75,0 %)",
        "Работают по специальности",
    ):
        assert words in text, words
    assert "Жұмабаев" not in text  # repeated grade 9 that year: not in the cohort


def test_xlsx_numbers_are_numbers_and_the_header_is_frozen(database: Database, database_url: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    scenario = build_cohort(database)
    target = tmp_path / "cohort.xlsx"
    result = report(database_url, "--from", f"school:{scenario.school},grade:10,year:2021", "--lang", "ru", "--out", str(target))
    assert result.returncode == 0, result.stderr
    book = load_workbook(target)
    assert book.sheetnames == ["Ключевые показатели", "Шаги", "Приложение"]
    steps = book["Шаги"]
    assert steps.freeze_panes == "A2"
    rows = list(steps.iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in rows] == [4, 2, 1, 2, 3, 2, 2, 1, 1, 1]
    assert rows[4][2] == pytest.approx(0.75)
    annex = list(book["Приложение"].iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in annex] == [1, 2, 3, 4] and all(str(row[2]).startswith("•") for row in annex)


def test_an_empty_cohort_and_bad_definitions(database: Database, database_url: str, tmp_path: Path) -> None:
    scenario = build_cohort(database)
    empty = tmp_path / "empty.pdf"
    result = report(database_url, "--from", f"school:{scenario.other_school},grade:5,year:2021", "--lang", "ru", "--out", str(empty))
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(empty).split())
    assert "В когорте нет ни одного человека." in text and "—" in text
    for cohort, words in (
        ("school:999,grade:10,year:2021", "school"),
        (f"school:{scenario.school},year:2021", "grade"),
        ("college:2023,specialty:99999999", "99999999"),
        ("10 класс", "school:12,grade:10,year:2024"),
    ):
        result = report(database_url, "--from", cohort, "--lang", "ru", "--out", str(tmp_path / "r.pdf"))
        assert result.returncode not in (0, 2) and words in result.stderr, (cohort, result.stderr)
        assert "unexpected" not in result.stderr.lower()
    assert not (tmp_path / "r.pdf").exists()
    result = report(
        database_url, "--from", f"school:{scenario.school},grade:10,year:2021", "--lang", "en", "--out", str(tmp_path / "r.pdf")
    )
    assert result.returncode == 2
