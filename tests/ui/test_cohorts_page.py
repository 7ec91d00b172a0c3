"""The Cohorts page: a school's grade followed through, the people behind a step, an empty cohort, kk and ru words."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from tests.core.test_cohorts import build_cohort
from ui import i18n, tasks
from ui.pages.cohorts_page import CohortsPage


def open_page(qtbot: QtBot, database: Database) -> CohortsPage:
    page = CohortsPage(database)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    settle(qtbot)
    return page


def settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: tasks.running_count() == 0, timeout=20000)


def test_a_school_grade_is_followed_to_jobs(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    scenario = build_cohort(database)
    page = open_page(qtbot, database)
    page.school.setCurrentIndex(page.school.findData(scenario.school))
    page.grade.setValue(10)
    page.year.setValue(2021)
    settle(qtbot)
    assert page.year_label.text() == "2021/22"
    assert page.step_counts() == [4, 2, 1, 2, 3, 2, 2, 1, 1, 1]
    assert page.chart.values() == [4, 2, 1, 2, 3, 2, 2, 1, 1, 1]
    assert "25" in page.status_label.text()  # counted without names at the school's session
    page.steps_table.selectRow(5)  # graduated
    settle(qtbot)
    assert page.people_names() == ["Әбенова Айгүл", "Қасымов Ерлан"]
    assert page.people_model.rows and all("•" in page.people_model.data(page.people_model.index(r, 1)) for r in range(2))


def test_an_empty_cohort_and_the_other_kinds(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    scenario = build_cohort(database)
    page = open_page(qtbot, database)
    page.school.setCurrentIndex(page.school.findData(scenario.other_school))
    page.grade.setValue(5)
    page.year.setValue(2021)
    settle(qtbot)
    assert page.step_counts()[0] == 0 and page.steps_model.data(page.steps_model.index(1, 2)) == "—"
    assert page.chart.empty_label.isVisibleTo(page.chart)
    page.kind.setCurrentIndex(page.kind.findData("college"))
    page.year.setValue(2022)
    settle(qtbot)
    assert not page.school.isVisibleTo(page) and page.specialty.isVisibleTo(page)
    assert page.step_counts()[:2] == [3, 2]


@pytest.mark.parametrize(("language", "words"), [("kk", "Колледжге түсті"), ("ru", "Поступили в колледж")])
def test_steps_in_kazakh_and_russian(qtbot: QtBot, database: Database, fixed_day: date, language: str, words: str) -> None:
    scenario = build_cohort(database)
    i18n.install_language(language)
    page = open_page(qtbot, database)
    page.school.setCurrentIndex(page.school.findData(scenario.school))
    page.year.setValue(2021)
    settle(qtbot)
    names = [row.name for row in page.steps_model.rows]
    assert words in names
