"""The Employer demand page: a request added in the dialog moves the forecast; bad input is refused beside its field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_bin, make_iin
from cluster_desktop.models import ConsentGiver, DemandRequest, EnrolmentStatus, OrganisationKind, ProgrammeKind, Stage
from cluster_desktop.permissions import Actor, Role
from cluster_desktop.services.demand import DemandInput, create_demand
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from cluster_desktop.services.programmes import GroupInput, ProgrammeInput, create_group, create_programme, enrol, record_result
from tests.narrowing import present
from tests.ui.conftest import FIXED_DAY, wait_idle
from ui.dialogs.demand_dialog import DemandDialog
from ui.pages.demand_page import DemandPage
from ui.widgets import ErrorLabel

NEXT_YEAR = FIXED_DAY.year + 1
pytestmark = pytest.mark.usefixtures("fixed_day")  # dialogs default to today: the test fixes which day
CODE = "07240100"


def requests(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(DemandRequest)) or 0


def fill(database: Database) -> dict[str, int]:
    """An employer, a kindergarten, and a mining specialty: one graduate of two finished, two students graduating next year."""
    with database.session() as s:
        ids = {
            "employer": create_organisation(s, OrganisationInput(OrganisationKind.EMPLOYER, "Дон ТКБК", "Донской ГОК", make_bin(1995, 12, 4, 1))).id,
            "kindergarten": create_organisation(s, OrganisationInput(OrganisationKind.KINDERGARTEN, "Балдырған", "Балдырган")).id,
        }
        programme = create_programme(s, ProgrammeInput(
            ProgrammeKind.COLLEGE_SPECIALTY, "Жерасты қазу", "Подземная разработка", qualification_code=CODE,
            qualification_name_ru="Горный мастер", hours=5760,
        ))
        old = create_group(s, GroupInput(programme.id, "ПР-21-1", "kk", date(2021, 9, 1), date(2025, 6, 30)))
        new = create_group(s, GroupInput(programme.id, "ПР-23-1", "kk", date(2023, 9, 1), date(NEXT_YEAR, 6, 30)))
        people = [
            create_learner(s, LearnerInput(
                iin=make_iin(date(2005, 4, 1), Sex.MALE, serial), surname=surname, given_name="Нұрлан", stage=Stage.COLLEGE,
                consent_given_by=ConsentGiver.SELF, consent_date=date(2021, 9, 1),
            )).id
            for serial, surname in enumerate(("Қасымов", "Әбілов", "Серіков", "Омаров"), start=1)
        ]
        record_result(s, enrol(s, people[0], old.id, date(2021, 9, 1)).id, EnrolmentStatus.COMPLETED, date(2025, 6, 28), 82)
        record_result(s, enrol(s, people[1], old.id, date(2021, 9, 1)).id, EnrolmentStatus.WITHDRAWN, date(2022, 6, 28), None)
        enrol(s, people[2], new.id, date(2023, 9, 1))
        enrol(s, people[3], new.id, date(2023, 9, 1))
        return ids


def make_page(qtbot: QtBot, database: Database) -> DemandPage:
    page = DemandPage(database)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    wait_idle(qtbot)
    return page


def forecast_row(page: DemandPage, year: int) -> list[str] | None:
    model = page.forecast_model
    for row in range(model.rowCount()):
        cells = [model.text(row, c) for c in range(model.columnCount())]
        if cells[0].startswith(CODE) and cells[1] == str(year):
            return cells
    return None


def open_dialog(qtbot: QtBot, page: DemandPage) -> DemandDialog:
    dialog = page.add_request()
    wait_idle(qtbot)
    assert dialog.isEnabled()
    return dialog


def save(qtbot: QtBot, dialog: DemandDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)


def test_a_request_added_in_the_dialog_moves_the_forecast(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    ids = fill(database)
    with database.session() as s:
        create_demand(s, DemandInput(ids["employer"], "07130200", "Электромонтёр", NEXT_YEAR - 1, 4))
    page = make_page(qtbot, database)
    before = forecast_row(page, NEXT_YEAR)
    # two students × a completion rate of 1/2 = 1 expected; nothing requested yet: a surplus of 1, coverage «—»
    assert before is not None and before[2:8] == ["0", "2", "50.0 %", "1", "surplus 1", "—"]
    assert page.model.rowCount() == 1

    dialog = open_dialog(qtbot, page)
    dialog.employer_id.setCurrentIndex(dialog.employer_id.findData(ids["employer"]))
    assert dialog.employer_id.findData(ids["kindergarten"]) == -1  # only employers and training centres are offered
    # the catalogue's entries, «code — name» in the interface language
    combo = dialog.qualification_code
    assert combo.itemText(combo.findData(CODE)) == f"{CODE} — Underground Mining of Mineral Deposits"
    assert combo.findData("3W07240101") >= 0 and combo.findData("07150500") >= 0
    combo.setCurrentIndex(combo.findData(CODE))
    assert combo.code() == CODE
    dialog.year.setValue(NEXT_YEAR)
    type_text(dialog.people, "5")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        save(qtbot, dialog)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and (forecast_row(page, NEXT_YEAR) or [""] * 3)[2] == "5")
    after = forecast_row(page, NEXT_YEAR)
    assert after is not None and after[5:9] == ["1", "shortfall 4", "20.0 %", "Донской ГОК"]  # English shows the Russian names
    shortfall = next(r for r in range(page.forecast_model.rowCount()) if page.forecast_model.text(r, 6) == "shortfall 4")
    assert page.forecast_model.index(shortfall, 6).data(Qt.ItemDataRole.BackgroundRole).red() > 200
    row = page.model.row(1)  # by year
    assert row is not None and (row.people, row.year, row.qualification_code) == (5, NEXT_YEAR, CODE)

    # the year filter narrows both the list and the forecast
    page.year_filter.setCurrentIndex(page.year_filter.findData(NEXT_YEAR))
    wait_idle(qtbot)
    assert page.model.rowCount() == 1 and {page.forecast_model.text(r, 1) for r in range(page.forecast_model.rowCount())} == {str(NEXT_YEAR)}
    page.year_filter.setCurrentIndex(0)  # all years: this year's forecast is back
    wait_idle(qtbot)
    assert page.model.rowCount() == 2
    assert {page.forecast_model.text(r, 1) for r in range(page.forecast_model.rowCount())} == {str(NEXT_YEAR - 1), str(NEXT_YEAR)}


@pytest.mark.parametrize(("people", "qualification", "field", "message"), [
    ("-5", CODE, "people", "Number of people must be a number from 1 to 10000."),
    ("20000", CODE, "people", "Number of people must be a number from 1 to 10000."),
    ("", CODE, "people", "Number of people must be a number from 1 to 10000."),
    ("7", "", "qualification_code", "Qualification code is required."),
    ("7", "07240010", "qualification_code",
     "Qualification code: «07240010» is not in the qualification catalogue; choose it from the list (Settings → Qualifications adds a new one)."),
])
def test_bad_input_is_refused_beside_its_field(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None], people: str, qualification: str, field: str, message: str) -> None:
    ids = fill(database)
    page = make_page(qtbot, database)
    dialog = open_dialog(qtbot, page)
    dialog.employer_id.setCurrentIndex(dialog.employer_id.findData(ids["employer"]))
    type_text(present(dialog.qualification_code.lineEdit()), qualification)
    type_text(dialog.people, people)
    save(qtbot, dialog)
    error = dialog.findChild(ErrorLabel, f"{field}_error")
    assert error is not None
    qtbot.waitUntil(lambda: error.isVisible())
    assert error.text() == message
    assert dialog.isVisible() and dialog.summary.isVisible() and requests(database) == 0
    dialog.employer_id.setCurrentIndex(0)  # no employer chosen: said beside the employer too
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: present(dialog.findChild(ErrorLabel, "employer_id_error")).isVisible())
    assert "choose the organisation" in present(dialog.findChild(ErrorLabel, "employer_id_error")).text()
    assert requests(database) == 0
    dialog.done(0)


def test_edit_and_delete_asks_first(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None], monkeypatch: pytest.MonkeyPatch) -> None:
    ids = fill(database)
    with database.session() as s:
        create_demand(s, DemandInput(ids["employer"], CODE, "Горный мастер", NEXT_YEAR, 3, "Вахта"))
    page = make_page(qtbot, database)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0) is not None)
    page.table.selectRow(0)
    dialog = page.edit_selected()
    wait_idle(qtbot)
    assert dialog is not None
    assert (dialog.people.text(), dialog.notes.toPlainText(), dialog.qualification_code.code()) == ("3", "Вахта", CODE)
    dialog.people.clear()
    type_text(dialog.people, "12")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        save(qtbot, dialog)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: (forecast_row(page, NEXT_YEAR) or [""] * 3)[2] == "12")
    assert present(forecast_row(page, NEXT_YEAR))[6] == "shortfall 11"

    asked: list[QMessageBox.StandardButton] = []

    def answer(_parent: QWidget | None, _title: str, _text: str, _buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
        asked.append(default)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.table.selectRow(0)
    page.delete_selected()
    wait_idle(qtbot)
    assert asked == [QMessageBox.StandardButton.No] and requests(database) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and (forecast_row(page, NEXT_YEAR) or [""] * 3)[2] == "0")
    assert requests(database) == 0


def test_a_viewer_reads_but_cannot_add(qtbot: QtBot, database: Database) -> None:
    ids = fill(database)
    with database.session() as s:
        create_demand(s, DemandInput(ids["employer"], CODE, "Горный мастер", NEXT_YEAR, 3))
    database.actor = Actor("viewer", Role.VIEWER, "Viewer", "test-pc")
    page = make_page(qtbot, database)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    assert all(b.isHidden() for b in (page.add_button, page.edit_button, page.delete_button))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot)
    assert page.last_dialog is None
    assert present(forecast_row(page, NEXT_YEAR))[2] == "3"


def test_the_forecast_counts_pupils_on_school_courses(qtbot: QtBot, database: Database) -> None:
    """Three pupils on a course whose past pupils entered the specialty half the time, who complete it half the time (issue 17)."""
    from tests.core.test_school_pipeline import fill as pupils_on_courses
    from tests.factories import employer

    pupils_on_courses(database)
    with database.session() as s:
        create_demand(s, DemandInput(employer(s, serial=7).id, CODE, "Горный мастер", 2031, 2))
    page = make_page(qtbot, database)
    row = forecast_row(page, 2031)  # entering in 2027, four years
    assert row is not None and row[2:6] == ["2", "0", "50.0 %", "1"]
    line = next(r for r in range(page.forecast_model.rowCount()) if page.forecast_model.text(r, 1) == "2031")
    assert page.forecast_model.index(line, 5).data(Qt.ItemDataRole.ToolTipRole) == "Of which pupils on school courses: 0.8"
