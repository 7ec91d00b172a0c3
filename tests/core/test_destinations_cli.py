"""``report destinations`` run as a user would: PDF in Kazakh and Russian, XLSX with numbers as numbers, bad input refused."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from cluster_desktop.db import Database
from tests.cli import Result, run_cli
from tests.core.test_destinations import TODAY, setup


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def report(database_url: str, *args: str) -> Result:
    return run_cli("--db-url", database_url, "report", "destinations", *args, "--on", TODAY.isoformat())


def test_pdf_in_kazakh_and_russian(database: Database, database_url: str, tmp_path: Path) -> None:
    setup(database)
    kk = tmp_path / "түлектер.pdf"
    result = report(database_url, "--year", "2026", "--lang", "kk", "--out", str(kk))
    assert result.returncode == 0, result.stderr
    assert str(kk) in result.stdout
    text = " ".join(pdf_text(kk).split())
    for words in (
        "Түлектер қайда барды",
        "Мамандығы бойынша жұмыс істейді",
        "Оқуын жалғастыруда",
        "Әскери қызметте",
        "мемлекеттік әдістеме",
        "қоңырауы",
        "Мәлімет жоқ",
        "Қосымша: әр түлек",
    ):
        assert words in text, words
    ru = tmp_path / "graduates.pdf"
    result = report(database_url, "--year", "2026", "--lang", "ru", "--out", str(ru))
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(ru).split())
    for words in (
        "Куда пошли выпускники",
        "Продолжает",
        "Носова",
        "зачислении",
        "государственная методика",
        "2 / 3 (66,7 %)",
        "Служба в армии",
        "Нет сведений",
        "Приложение: каждый выпускник",
    ):
        assert words in text, words
    assert "nan" not in text.lower().split()


def test_xlsx_numbers_are_numbers_and_the_header_is_frozen(database: Database, database_url: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    setup(database)
    target = tmp_path / "destinations.xlsx"
    result = report(database_url, "--year", "2026", "--lang", "ru", "--out", str(target))
    assert result.returncode == 0, result.stderr
    book = load_workbook(target)
    assert book.sheetnames == ["Ключевые показатели", "Направления", "Приложение", "На дату отчёта"]
    kinds = list(book["Направления"].iter_rows(values_only=True))
    assert kinds[0] == ("Направление", "Через 6 месяцев", "Через 12 месяцев", "На дату отчёта")
    assert all(isinstance(row[1], int) and isinstance(row[2], int) for row in kinds[1:])
    assert sum(int(str(row[1])) for row in kinds[1:]) == 5
    annex = book["Приложение"]
    assert annex.freeze_panes == "A2"
    rows = list(annex.iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in rows] == [1, 2, 3, 4, 5]
    assert all(str(row[2]).startswith("•") for row in rows)  # IIN masked
    summary = list(book["Ключевые показатели"].iter_rows(values_only=True))
    employed_6 = next(row for row in summary if row[0] == "Трудоустроены через 6 месяцев после выпуска")
    assert employed_6[1:] == (pytest.approx(0.6667), 2, 3)


def test_a_year_without_graduates_and_bad_input(database: Database, database_url: str, tmp_path: Path) -> None:
    setup(database)
    empty = tmp_path / "empty.pdf"
    result = report(database_url, "--year", "2030", "--lang", "ru", "--out", str(empty))
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(empty).split())
    assert "Выпускников 2030 года нет." in text and "—" in text
    for args in (("--year", "1800"), ("--year", "2026", "--lang", "en")):
        result = report(database_url, *args, "--out", str(tmp_path / "r.pdf"))
        assert result.returncode == 2, args
    result = report(database_url, "--year", "2026", "--lang", "ru", "--out", str(tmp_path / "r.docx"))
    assert result.returncode != 0 and ".xlsx" in result.stderr
    assert not (tmp_path / "r.docx").exists()
