"""The outcome report as a director signs it and as a spreadsheet counts it (issue 16).

PDF: the approval block with the director, «page X of Y», the preparer's signature block, figures
written the language's way («81,0 %»), headers never split inside a word.  XLSX: figures are
numbers (shares as percentages), headers bold and frozen.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cluster_desktop.college import load_college_details
from cluster_desktop.db import Database
from cluster_desktop.documents import fonts
from cluster_desktop.documents.outcome_report import CELL_PADDING, HEAD_SIZE, column_widths
from cluster_desktop.documents.outcome_tables import Percent, Share, cell_text
from cluster_desktop.services.outcome_report import build_outcome_report, write_outcome_report
from cluster_desktop.services.settings import save_college_details
from tests.page_ink import needs_pdftoppm, render_pages

TODAY = date(2026, 10, 1)
DIRECTOR = "Сейтқалиев Бауыржан Қайратұлы"
pdftotext = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(pdftotext is None, reason="pdftotext (poppler-utils) is not installed")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database (SQLite, made once for the module) whose director is named in both languages."""
    from cluster_desktop.demo import fill_demo_data
    from tests.conftest import open_as_administrator

    folder = tmp_path_factory.mktemp("report")
    database = open_as_administrator(f"sqlite:///{folder / 'demo.db'}", folder / "data")
    try:
        with database.session() as s:
            fill_demo_data(s, learners=120, today=TODAY)
            details = load_college_details(s)
            save_college_details(s, dataclasses.replace(details, director_kk=DIRECTOR, director_ru=DIRECTOR, director_sex="M"))
    finally:
        database.dispose()
    return folder


def _open(folder: Path) -> Database:
    from tests.conftest import open_as_administrator

    return open_as_administrator(f"sqlite:///{folder / 'demo.db'}", folder / "data")


def test_cells_print_the_languages_numbers() -> None:
    assert cell_text(Percent(0.81), "ru") == "81,0\u00a0%" and cell_text(Percent(0.81), "kk") == "81,0\u00a0%"
    assert cell_text(Share(81, 100), "ru") == "81 / 100 (81,0\u00a0%)"
    assert cell_text(Share(0, 0), "kk") == "0 / 0 (—)" and cell_text(None, "ru") == "—"
    assert cell_text(12345, "ru") == "12\u00a0345" and cell_text(2026, "kk") == "2026"  # a year stays whole
    assert cell_text(date(2026, 1, 5), "kk") == "05.01.2026"


def test_headers_are_never_narrower_than_their_longest_word() -> None:
    columns = (
        "Квалификация",
        "Год",
        "Обучаются",
        "Уже выпущены",
        "Доля завершивших",
        "Прогноз",
        "Заявлено",
        "Излишек (+) / нехватка (–)",
        "Покрытие",
        "Работодатели",
    )
    shares = [0.2, 0.05, *[0.58 / 7] * 7, 0.17]
    widths = column_widths(columns, shares, 760, fonts.bold())
    assert sum(widths) == pytest.approx(760)
    narrow = 0
    for header, share, width in zip(columns, shares, widths, strict=True):
        longest = max(fonts.text_width(word, fonts.bold(), HEAD_SIZE) for word in header.split())
        assert longest + CELL_PADDING <= width + 1e-6, header
        narrow += share * 760 < longest + CELL_PADDING
    assert narrow, "some shares were too narrow for their words, and were widened"


@needs_pdftotext
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_pdf_is_approved_signed_and_numbered(demo: Path, tmp_path: Path, language: str) -> None:
    database = _open(demo)
    try:
        with database.session() as s:
            path = write_outcome_report(s, tmp_path / "report.pdf", 2026, None, language, today=TODAY)
    finally:
        database.dispose()
    assert pdftotext is not None
    text = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) >= 2
    approve, prepared = ("УТВЕРЖДАЮ", "Составил(а)") if language == "ru" else ("БЕКІТЕМІН", "Құрастырған")
    assert ("Воронка когорты: " if language == "ru" else "Когорта воронкасы: ") in text  # the dashboard's cohort, named
    assert approve in pages[0] and "Б. Қ. Сейтқалиев" in pages[0]
    assert prepared in pages[-1]
    for number, page in enumerate(pages, start=1):
        label = f"Страница {number} из {len(pages)}" if language == "ru" else f"{number}-бет, барлығы {len(pages)}"
        assert label in page
    assert re.search(r"\d,\d\s%", text), "a share with a decimal comma"
    assert not re.search(r"\d\.\d\s%", text), "no decimal point in kk and ru"


@needs_pdftoppm
def test_the_pdf_keeps_inside_the_printable_area(demo: Path, tmp_path: Path) -> None:
    database = _open(demo)
    try:
        with database.session() as s:
            path = write_outcome_report(s, tmp_path / "report.pdf", 2026, 3, "kk", today=TODAY)
    finally:
        database.dispose()
    for page in render_pages(path, dpi=100):
        assert not page.ink_in_band(5.0)


def test_the_xlsx_holds_numbers_under_frozen_bold_headers(demo: Path, tmp_path: Path) -> None:
    database = _open(demo)
    try:
        with database.session() as s:
            report = build_outcome_report(s, 2026, None, "ru", today=TODAY)
            path = write_outcome_report(s, tmp_path / "report.xlsx", 2026, None, "ru", today=TODAY)
    finally:
        database.dispose()
    book = load_workbook(path)
    summary = book.worksheets[0]
    assert summary.freeze_panes == "A4"
    assert [c.value for c in summary[3]] == ["Показатель", "Доля или число", "Из них", "Всего"]
    assert all(c.font.bold for c in summary[3])
    index, (label, employment) = next((i, kv) for i, kv in enumerate(report.kpis) if isinstance(kv[1], Share) and kv[1].total)
    assert isinstance(employment, Share)
    row = list(summary[4 + index])
    assert row[0].value == label
    assert row[1].value == pytest.approx(employment.count / employment.total, abs=1e-4) and row[1].number_format == "0.0%"
    assert (row[2].value, row[3].value) == (employment.count, employment.total)
    assert summary.cell(9, 2).data_type == "n" and summary.cell(9, 2).value == report.kpis[5][1]  # unplaced graduates: a count
    tables = {t.sheet[:31]: t for t in report.tables}
    for sheet in book.worksheets[1:]:
        table = tables[sheet.title]
        assert sheet.freeze_panes == "A2" and all(c.font.bold for c in sheet[1])
        for source, cells in zip(table.rows, sheet.iter_rows(min_row=2), strict=True):
            for value, cell in zip(source, cells, strict=False):
                if isinstance(value, Percent):
                    assert cell.value is None if value.value is None else cell.data_type == "n" and cell.number_format == "0.0%"
                elif isinstance(value, int) and not isinstance(value, bool):
                    assert cell.data_type == "n" and cell.value == value
    by_year = book["По годам выпуска"]
    assert by_year.max_row > 1 and by_year.max_column == 3 and by_year.cell(2, 3).data_type == "n"  # a count, no second rate
    assert not any("Трудоустройство выпускников" in str(label) for label, _value in report.kpis)  # the old «has a job» rate is gone
    funnel = book["Воронка когорты"]  # the dashboard's cohort, a sheet of its own
    assert funnel.freeze_panes == "A2" and [c.value for c in funnel[1]] == ["Шаг", "Человек", "Доля от начального числа"]
    assert funnel.cell(2, 1).value == "В когорте (человек)" and isinstance(start := funnel.cell(2, 2).value, int) and start > 0
    assert funnel.cell(2, 3).value == 1 and funnel.cell(2, 3).number_format == "0.0%"  # the start is all of the cohort


@needs_pdftotext
def test_an_empty_year_without_a_director_still_prints_whole(database: Database, tmp_path: Path) -> None:
    """No records and no college details: the approval block keeps a line to write the name by hand."""
    with database.session() as s:
        path = write_outcome_report(s, tmp_path / "empty.pdf", 2026, 1, "kk", today=TODAY)
    assert pdftotext is not None
    text = subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[:-1]
    assert "БЕКІТЕМІН" in pages[0] and "Құрастырған" in pages[-1]
    assert f"{len(pages)}-бет, барлығы {len(pages)}" in pages[-1]
    assert "0 / 0 (—)" in text
    assert "Когорта воронкасы: —" in text  # no cohort to follow: a dash, not a made-up funnel
