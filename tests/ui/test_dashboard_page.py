"""The Dashboard page: KPI tiles and charts from the database, the rate changing after an employment, the report."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.figures import format_ratio
from cluster_desktop.permissions import Actor, Role
from cluster_desktop.services import employment as E
from cluster_desktop.services.dashboard import dashboard_figures
from tests.core.test_dashboard import small_cluster
from tests.narrowing import present
from ui import tasks
from ui.changes import Kind, change_bus
from ui.charts import BarChart, chart_font, wrap_label
from ui.dialogs.report_dialog import ReportDialog
from ui.pages.dashboard_page import DashboardPage, without_code

VIEWER = Actor("viewer", Role.VIEWER, "Viewer", "test-pc")


def open_page(qtbot: QtBot, database: Database, year: int | None = None) -> DashboardPage:
    page = DashboardPage(database)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    if year is not None:
        page.year.setValue(year)
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: DashboardPage) -> None:
    qtbot.waitUntil(lambda: tasks.running_count() == 0 and page.figures is not None, timeout=20000)


def tile(page: DashboardPage, key: str) -> tuple[str, str]:
    return page.tiles[key].value_text(), page.tiles[key].detail_label.text()


def test_an_empty_database_shows_dashes(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    page = open_page(qtbot, database)
    for key in page.tiles:
        assert page.tiles[key].value_text() == "—", key
    assert tile(page, "employment") == ("—", "nobody to count yet\nstate method")
    for chart in (page.year_chart, page.specialty_chart, page.stage_chart, page.demand_chart):
        assert chart.bars == [] and present(chart.findChild(QLabel, "empty_label")).isVisibleTo(chart)
    assert page.unplaced_model.rowCount() == 0 and page.unplaced_label.text() == "No graduates yet."


def test_recording_an_employment_changes_the_rate(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    """The one employment rate: graduates of the year employed 6 months after graduation, as the definition says."""
    ids = small_cluster(database)
    page = open_page(qtbot, database, year=2025)
    qtbot.waitUntil(lambda: page.figures is not None and page.figures.period.year == 2025)
    assert tile(page, "employment") == ("0.0 %", "0 of 1\nstate method")
    assert page.tiles["employment"].title_label.text() == "Graduates of 2025 employed 6 months after graduation"
    assert page.tiles["employment"].toolTip().startswith("12 months after graduation: 0 of 0 employed (—).")  # not yet due
    assert page.unplaced_names() == ["Қасымов Нұрлан"]
    assert page.specialty_chart.categories() == ["07240100 Подземная разработка"]  # English names fall back to Russian
    assert page.specialty_chart.values() == [0.0]
    assert tile(page, "demand") == ("28.6 %", "2 of 7 people")
    shown = page.figures

    page.hide()  # on the Employment page, say
    with database.session() as s:
        E.create_employment(s, E.EmploymentInput(ids["Қасымов"], ids["employer"], "Горнорабочий", date(2025, 8, 1)), today=date(2026, 12, 4))
    change_bus().announce({Kind.EMPLOYMENT})  # as the Employment page's change() does
    assert page.figures is shown  # a hidden page waits
    page.show()  # coming back to the page counts again
    qtbot.waitUntil(lambda: page.figures is not shown and tasks.running_count() == 0, timeout=20000)
    assert tile(page, "employment") == ("100.0 %", "1 of 1\nstate method")
    assert page.unplaced_names() == [] and page.unplaced_label.text() == "Every graduate has a recorded job."
    assert page.specialty_chart.values() == [100.0]

    page.quarter.setCurrentIndex(1)  # the first quarter of 2025: nobody had graduated yet
    qtbot.waitUntil(lambda: page.figures is not None and page.figures.period.quarter == 1 and tasks.running_count() == 0)
    assert tile(page, "employment") == ("—", "nobody to count yet\nstate method")
    assert page.status_label.text() == "01.01.2025 – 31.03.2025"


def test_demo_data_on_the_page(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    from cluster_desktop.demo import fill_demo_data

    with database.session() as s:
        fill_demo_data(s, learners=120, today=date(2026, 10, 1))
    page = open_page(qtbot, database, year=2026)
    qtbot.waitUntil(lambda: page.figures is not None and page.figures.period.year == 2026)
    with database.session() as s:
        f = dashboard_figures(s, 2026, None, "en", fixed_day)
    count = f"{f.employed_6.count} of {f.employed_6.total}" if f.employed_6.total else "nobody to count yet"
    assert tile(page, "employment") == (format_ratio(f.employed_6.value), f"{count}\nstate method")
    assert tile(page, "practice")[0] == format_ratio(f.practice.value) != "—"
    assert page.year_chart.categories() == [str(year) for year, _rate in f.by_year]
    assert f.cohort is not None and f.cohort.start  # the demo's partner schools have grade-10 pupils
    shown = ("start", "courses", "entered_college", "graduated", "specialty_12")
    assert page.stage_chart.values() == [float(s.count) for s in f.cohort.steps if s.key in shown]
    assert f.cohort.step("graduated").count  # a cohort followed through: the demo's grade 10 went on to college and graduated
    assert page.demand_chart.categories() == [q.label for q in f.demand if q.requested]
    assert page.unplaced_names() == [g.full_name for g in f.unplaced]


def test_long_names_wrap_at_words_then_lose_the_end(qapp: QApplication) -> None:
    metrics = QFontMetrics(chart_font(8))
    name = "07240100 Пайдалы қазбалар кен орындарын жерасты әдісімен қазу"
    wrapped = wrap_label(name, metrics, 180, 3)
    assert wrapped.replace("<br>", " ") == name and wrapped.count("<br>") >= 1
    one_line = wrap_label(name, metrics, 180, 1)
    assert "<br>" not in one_line and one_line.startswith("07240100 Пайдалы") and one_line.endswith("…")
    assert metrics.horizontalAdvance(one_line) <= 180
    assert wrap_label("A <b> & C", metrics, 300, 2) == "A &lt;b&gt; &amp; C"
    assert without_code(name) == "Пайдалы қазбалар кен орындарын жерасты әдісімен қазу" and without_code("Металлургия") == ""


def pdf_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_report_dialog_writes_pdf_and_xlsx(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    small_cluster(database)
    page = open_page(qtbot, database, year=2025)
    assert page.report_button.isVisibleTo(page)
    qtbot.keyClick(page.year, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    dialog = page.last_dialog
    assert isinstance(dialog, ReportDialog) and dialog.isVisible()
    assert dialog.chosen() == (2025, None, "ru", "pdf")  # an English window prints in Russian unless told
    dialog.quarter.setCurrentIndex(2)
    assert dialog.suggested_name() == "outcome-report-2025-Q2-ru.pdf"

    target = tmp_path / "отчёт"
    file_dialog = dialog.choose_file()
    file_dialog.fileSelected.emit(str(target))  # as if chosen in the dialog, without a suffix
    qtbot.waitUntil(lambda: dialog.written is not None and tasks.running_count() == 0, timeout=20000)
    pdf = tmp_path / "отчёт.pdf"
    assert dialog.written == pdf and pdf.read_bytes().startswith(b"%PDF")
    assert dialog.preview is not None and dialog.preview.isVisible()  # to print from
    text = pdf_text(pdf)
    if text is not None:
        assert "за 2 квартал 2025 года" in text and "Қасымов Нұрлан" in text
    dialog.preview.close()

    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    dialog.write_to(tmp_path / "outcomes.xlsx")
    qtbot.waitUntil(lambda: dialog.written is not None and dialog.written.suffix == ".xlsx" and tasks.running_count() == 0, timeout=20000)
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "outcomes.xlsx", read_only=True)
    assert book.sheetnames[0] == "Ключевые показатели" and "Не трудоустроены" in book.sheetnames
    assert "outcomes.xlsx" in dialog.progress_label.text()


def test_report_into_a_missing_folder_says_why(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    page = open_page(qtbot, database)
    dialog = page.open_report()
    assert isinstance(dialog, ReportDialog)
    dialog.write_to(tmp_path / "no such folder" / "report.pdf")
    qtbot.waitUntil(lambda: tasks.running_count() == 0 and dialog.buttons.isEnabled(), timeout=20000)
    assert dialog.written is None and dialog.preview is None
    assert dialog.progress_label.text().startswith("Cannot write «") and "No such file" in dialog.progress_label.text()
    assert not (tmp_path / "no such folder").exists()


def test_a_viewer_sees_the_figures_but_gets_no_report(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    small_cluster(database)
    database.actor = VIEWER
    page = open_page(qtbot, database, year=2025)
    qtbot.waitUntil(lambda: page.figures is not None and page.figures.period.year == 2025)
    assert tile(page, "employment") == ("0.0 %", "0 of 1\nstate method")
    assert not page.report_button.isVisibleTo(page)
    qtbot.keyClick(page.year, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert page.last_dialog is None and page.open_report() is None


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_page_in_kazakh_and_russian_remembers_its_layout(qtbot: QtBot, database: Database, language: str, fixed_day: date) -> None:
    from ui import i18n

    small_cluster(database)
    i18n.install_language(language)
    page = open_page(qtbot, database, year=2025)
    qtbot.waitUntil(lambda: page.figures is not None and page.figures.period.year == 2025)
    page.upper.setSizes([300, 700, 280])
    page.splitter.setSizes([500, 200])
    page.save_layout()
    again = open_page(qtbot, database, year=2025)
    assert again.upper.sizes() == page.upper.sizes()
    # The vertical split shares what the KPI tiles leave; their height follows how their text wraps.
    assert again.splitter.sizes()[1] == page.splitter.sizes()[1] == 200
    assert again.upper.sizes()[1] > again.upper.sizes()[0] * 2  # the remembered sizes, not the defaults
    name = "07240100 Жерасты қазу" if language == "kk" else "07240100 Подземная разработка"
    assert page.specialty_chart.categories() == [name]
    values = [t.value_text() for t in page.tiles.values() if t.value_text() != "—"]
    assert values and all("," in v and "." not in v and v.endswith("\u00a0%") for v in values), values  # «81,0 %» (issue 16)


def test_a_long_chart_title_wraps_onto_two_lines_instead_of_being_cut(qtbot: QtBot) -> None:
    title = "Мамандықтар бойынша жұмысқа орналасу, 31.12.2026 дейінгі түлектер"
    chart = BarChart(title, ["%"], horizontal=True, percent=True)
    qtbot.addWidget(chart)
    chart.resize(420, 300)
    chart.show()
    qtbot.waitUntil(lambda: "<br>" in chart.chart().title())
    assert chart.chart().title().replace("<br>", " ") == title and chart.toolTip() == ""
    chart.resize(140, 300)  # too narrow even for two lines: cut at the end, whole in the tooltip
    qtbot.waitUntil(lambda: chart.chart().title().endswith("…"))
    assert chart.toolTip() == title
