"""``report outcomes``, run as a user would: PDF in Kazakh and Russian, XLSX with a sheet per table, bad input refused."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from cluster_desktop.db import open_database
from cluster_desktop.demo import fill_demo_data
from tests.cli import Result, run_cli

TODAY = date(2026, 12, 4)  # the demo's day and the report's year: the tests never read the clock


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    db = open_database(None, data_dir=data_dir)
    try:
        with db.session() as session:
            totals = fill_demo_data(session, learners=160, today=TODAY)
        assert totals["demand_requests"] and totals["guidance_sessions"] and totals["employment"]
    finally:
        db.dispose()
    return data_dir


def report(demo_dir: Path, *args: str) -> Result:
    return run_cli("--data-dir", str(demo_dir), "report", "outcomes", *args)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_pdf_in_kazakh_and_russian(demo_dir: Path, tmp_path: Path) -> None:
    kk = tmp_path / "есеп.pdf"
    result = report(demo_dir, "--year", str(TODAY.year), "--lang", "kk", "--out", str(kk))
    assert result.returncode == 0, result.stderr
    assert str(kk) in result.stdout
    assert kk.read_bytes().startswith(b"%PDF")
    text = pdf_text(kk)
    found = ("Негізгі көрсеткіштер", "жұмысқа орналасқандары (анықтамасы төменде)", "Жұмыс берушілер", "Когорта воронкасы")
    for words in (*found, "Кезеңдер арасындағы өту", "(ERG)"):
        assert words in text, words
    assert "nan" not in text.lower().split()
    ru = tmp_path / "report.pdf"
    result = report(demo_dir, "--year", str(TODAY.year), "--quarter", "1", "--lang", "ru", "--out", str(ru))
    assert result.returncode == 0, result.stderr
    text = pdf_text(ru)
    assert "за 1 квартал" in text and "Прогноз выпуска и потребность работодателей" in text
    assert "Определение трудоустройства: государственная методика" in text  # which definition the rate used (issue 17)
    assert "Приложение: каждый выпускник" in text
    assert "Выпускники 2026 года, трудоустроенные через 6 месяцев после выпуска" in " ".join(text.split())


def test_xlsx_has_a_sheet_per_table(demo_dir: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "outcomes.xlsx"
    result = report(demo_dir, "--year", str(TODAY.year), "--lang", "ru", "--out", str(target))
    assert result.returncode == 0, result.stderr
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == [
        "Ключевые показатели", "По годам выпуска", "По специальностям", "Не трудоустроены", "Практика",
        "Переход", "Спрос и прогноз", "Работодатели", "Договоры", "Воронка когорты", "Приложение",
    ]
    annex = list(book["Приложение"].iter_rows(values_only=True))  # the year's graduates, one a row (issue 17)
    assert annex[0][:6] == ("№", "Ф. И. О.", "ИИН", "Специальность (квалификация)", "Дата выпуска", "Через 6 месяцев")
    assert annex[1:] and [row[0] for row in annex[1:]] == list(range(1, len(annex)))
    assert all(str(row[2]).startswith("•") and isinstance(row[4], datetime) and row[4].year == TODAY.year for row in annex[1:])
    years = list(book["По годам выпуска"].iter_rows(values_only=True))
    assert years[0] == ("Год выпуска", "Выпускники", "С записью о работе (человек)")  # counts; the rate is the definition's
    assert years[1:] and all(isinstance(n := row[2], int) and isinstance(total := row[1], int) and 0 <= n <= total for row in years[1:])
    funnel = list(book["Воронка когорты"].iter_rows(values_only=True))
    assert funnel[0] == ("Шаг", "Человек", "Доля от начального числа") and funnel[1][0] == "В когорте (человек)"
    assert all(isinstance(row[1], int) and (row[2] is None or (isinstance(s := row[2], int | float) and 0 <= s <= 1)) for row in funnel[1:])
    demand = list(book["Спрос и прогноз"].iter_rows(values_only=True))
    assert sum(row[6] for row in demand[1:] if isinstance(row[6], int)) > 0  # people requested
    assert any("Донской ГОК" in str(row[9] or "") for row in demand[1:])


def test_bad_year_and_quarter_are_refused(demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    for args in (("--year", "1800"), ("--year", "next"), ("--year", "2026", "--quarter", "5")):
        result = report(demo_dir, *args, "--lang", "kk", "--out", str(target))
        assert result.returncode != 0
        assert "Traceback" not in result.stderr
    assert not target.exists()


def test_unwritable_output_leaves_nothing(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    missing = out / "no such folder" / "r.pdf"
    result = report(demo_dir, "--year", str(TODAY.year), "--lang", "ru", "--out", str(missing))
    assert result.returncode == 1 and "Cannot write" in result.stderr
    assert not missing.parent.exists()
    wrong = out / "r.docx"
    result = report(demo_dir, "--year", str(TODAY.year), "--lang", "ru", "--out", str(wrong))
    assert result.returncode == 1 and ".pdf or .xlsx" in result.stderr
    assert list(out.iterdir()) == []
