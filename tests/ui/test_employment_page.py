"""The Employment page: the year's rate in the header, an unplaced graduate flagged, a job recorded through the dialog
(and refused before graduation), follow-ups, filters, a viewer who may only read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_bin, make_iin
from cluster_desktop.models import (
    AgreementKind,
    ConsentGiver,
    ContractKind,
    DestinationKind,
    Employment,
    EnrolmentStatus,
    FollowUp,
    OrganisationKind,
    ProgrammeKind,
    Stage,
)
from cluster_desktop.permissions import Actor, Role
from cluster_desktop.services.agreements import AgreementInput, create_agreement
from cluster_desktop.services.destination_report import DefinitionRates
from cluster_desktop.services.destinations import STATE_METHOD, EmploymentDefinition
from cluster_desktop.services.employment import EmploymentInput, create_employment
from cluster_desktop.services.graduate_list import graduates_list
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
)
from cluster_desktop.services.outcomes import Rate
from cluster_desktop.services.programmes import (
    GroupInput,
    ProgrammeInput,
    create_group,
    create_programme,
    enrol,
    record_result,
)
from tests.factories import count
from tests.narrowing import present
from tests.ui.conftest import wait_idle
from ui.dialogs.employment_dialog import EmploymentDialog
from ui.dialogs.follow_up_dialog import FollowUpDialog
from ui.export_action import export_to
from ui.pages.employment_page import EMPLOYER_COLUMN, EmploymentPage

VIEWER = Actor("watcher", Role.VIEWER, "Watcher", "test-pc")


def setup(database: Database) -> dict[str, int]:
    """Three graduates of 2025 (Қасымов employed; Әбілова and Серіков not), one of 2024 (Омаров, not employed)."""
    with database.session() as s:
        ids = {"gok": create_organisation(s, OrganisationInput(OrganisationKind.EMPLOYER, "Дон ТКБК", "Донской ГОК", make_bin(1995, 12, 4, 1))).id}
        create_organisation(s, OrganisationInput(OrganisationKind.SCHOOL, "№3 мектеп", "Школа №3"))
        ids["agreement"] = create_agreement(s, AgreementInput(
            AgreementKind.TARGET_TRAINING, "ЦП-7", ids["gok"], date(2025, 2, 1), date(2025, 2, 1),
        )).id
        programme = create_programme(s, ProgrammeInput(
            ProgrammeKind.COLLEGE_SPECIALTY, "Жерасты қазу", "Подземная разработка", qualification_code="07240100", hours=5760,
        ))
        group_21 = create_group(s, GroupInput(programme.id, "ПР-21-1", "kk", date(2021, 9, 1), date(2025, 6, 30))).id
        group_20 = create_group(s, GroupInput(programme.id, "ПР-20-1", "kk", date(2020, 9, 1), date(2024, 6, 30))).id
        for serial, (surname, given, group, enrolled, finished) in enumerate((
            ("Қасымов", "Нұрлан", group_21, date(2021, 9, 1), date(2025, 6, 28)),
            ("Әбілова", "Аружан", group_21, date(2021, 9, 1), date(2025, 6, 28)),
            ("Серіков", "Бауыржан", group_21, date(2021, 9, 1), date(2025, 6, 28)),
            ("Омаров", "Бақыт", group_20, date(2020, 9, 1), date(2024, 6, 27)),
        ), start=1):
            ids[surname] = create_learner(s, LearnerInput(
                iin=make_iin(date(2004, 3, serial), Sex.FEMALE if surname.endswith("а") else Sex.MALE, serial), surname=surname,
                given_name=given, stage=Stage.COLLEGE, consent_given_by=ConsentGiver.SELF, consent_date=date(2021, 9, 1),
            )).id
            record_result(s, enrol(s, ids[surname], group, enrolled).id, EnrolmentStatus.COMPLETED, finished, 85)
        ids["job"] = create_employment(s, EmploymentInput(ids["Қасымов"], ids["gok"], "Горнорабочий", date(2025, 8, 1)), today=date(2026, 12, 4)).id
        return ids


def make_page(qtbot: QtBot, database: Database) -> EmploymentPage:
    page = EmploymentPage(database)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    wait_idle(qtbot)
    return page


def row_of(page: EmploymentPage, surname: str) -> int:
    return next(n for n in range(page.model.rowCount()) if page.model.row(n).full_name.startswith(surname))  # type: ignore[union-attr]


def test_record_a_job_and_see_the_rate_and_flag_change(qtbot: QtBot, database: Database, fixed_day: date, type_text: Callable[[QWidget, str], None]) -> None:
    ids = setup(database)
    page = make_page(qtbot, database)
    assert page.year_filter.currentData() == 2025  # the latest graduation year first
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtbot.waitUntil(lambda: page.rate_label.text() == "Graduates of 2025 employed after 6 months: 1 of 3 (33.3 %); after 12 months: 1 of 3 (33.3 %) · state method")

    number = row_of(page, "Әбілова")
    employer_cell = page.model.index(number, EMPLOYER_COLUMN)
    assert employer_cell.data() == "no job recorded"
    assert employer_cell.data(Qt.ItemDataRole.BackgroundRole) is not None and employer_cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert page.model.index(row_of(page, "Қасымов"), EMPLOYER_COLUMN).data() == "Донской ГОК"
    page.table.selectRow(number)
    wait_idle(qtbot)
    assert page.jobs.flag.isVisible() and page.jobs.tree.topLevelItemCount() == 0

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Record job…
    dialog = page.jobs.last_dialog
    assert isinstance(dialog, EmploymentDialog)
    wait_idle(qtbot)
    assert isinstance(dialog.person_id, QLabel)  # a graduate chosen in the list is fixed
    assert "Әбілова Аружан" in dialog.person_id.text() and dialog.graduated_on.text() == "28.06.2025"
    dialog.employer_id.setFocus()
    qtbot.keyClick(dialog.employer_id, Qt.Key.Key_Down)  # the only employer; the school is not offered
    assert dialog.employer_id.currentData() == ids["gok"] and dialog.employer_id.count() == 2
    type_text(dialog.position, "Машинист подземных установок")
    dialog.starts_on.setDate(QDate(2025, 6, 1))
    dialog.contract_kind.set_value(ContractKind.TARGET)
    dialog.agreement_id.setCurrentIndex(dialog.agreement_id.findData(ids["agreement"]))
    type_text(dialog.evidence, "Приказ № 77-к")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    error = dialog.findChild(type(dialog.summary), "starts_on_error")
    assert error is not None
    assert error.isVisible()
    assert error.text() == "The job starts (01.06.2025) before Әбілова Аружан graduates (28.06.2025): work during studies is a placement."
    assert dialog.isVisible() and count(database, Employment) == 1  # nothing saved

    dialog.starts_on.setDate(QDate(2025, 9, 1))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.rate_label.text() == "Graduates of 2025 employed after 6 months: 2 of 3 (66.7 %); after 12 months: 2 of 3 (66.7 %) · state method")
    number = row_of(page, "Әбілова")
    assert page.model.index(number, EMPLOYER_COLUMN).data() == "Донской ГОК"
    assert page.model.index(number, EMPLOYER_COLUMN).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.selected_row() is not None and present(page.selected_row()).person_id == ids["Әбілова"]  # still selected
    qtbot.waitUntil(lambda: page.jobs.tree.topLevelItemCount() == 1)
    assert not page.jobs.flag.isVisible()
    assert "Target training No. ЦП-7/2025" in page.jobs.details.text() and "Приказ № 77-к" in page.jobs.details.text()
    with database.session() as session:
        job = session.scalars(select(Employment).where(Employment.person_id == ids["Әбілова"])).one()
        assert (job.position, job.starts_on, job.contract_kind, job.agreement_id) == (
            "Машинист подземных установок", date(2025, 9, 1), ContractKind.TARGET, ids["agreement"],
        )


def test_follow_up_edit_and_delete_with_confirmation(qtbot: QtBot, database: Database, fixed_day: date, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = setup(database)
    page = make_page(qtbot, database)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.table.selectRow(row_of(page, "Қасымов"))
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.jobs.tree.topLevelItemCount() == 1)
    dialog = page.jobs.follow_up()
    assert isinstance(dialog, FollowUpDialog)
    wait_idle(qtbot)
    assert dialog.months.currentData() == 6 and dialog.checked_on.date() == QDate(2025, 12, 28)  # due 6 months after graduation
    assert dialog.organisation_id.currentData() == ids["gok"]
    dialog.checked_on.setDate(QDate(2025, 7, 1))
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "is before the job started (01.08.2025)" in present(dialog.findChild(type(dialog.summary), "checked_on_error")).text()
    assert count(database, FollowUp) == 0
    dialog.checked_on.setDate(QDate(2026, 2, 3))
    dialog.organisation_id.setCurrentIndex(0)  # not in the list, and not said in words either
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert present(dialog.findChild(type(dialog.summary), "works_at_error")).isVisible() and count(database, FollowUp) == 0
    dialog.still_employed.setChecked(False)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.jobs.tree.topLevelItemCount() == 1 and present(page.jobs.tree.topLevelItem(0)).childCount() == 1)
    child = present(page.jobs.tree.topLevelItem(0)).child(0)
    assert child is not None
    assert child.text(0) == "After 6 months: no longer employed" and child.text(2) == "03.02.2026"

    page.jobs.tree.setCurrentItem(child)
    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers[0])
    page.jobs.delete_selected()
    wait_idle(qtbot)
    assert count(database, FollowUp) == 1  # No keeps it
    answers[0] = QMessageBox.StandardButton.Yes
    page.jobs.delete_selected()
    wait_idle(qtbot)
    assert count(database, FollowUp) == 0 and count(database, Employment) == 1

    page.jobs.tree.setCurrentItem(present(page.jobs.tree.topLevelItem(0)))
    page.jobs.delete_selected()  # the job itself
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.rate_label.text() == "Graduates of 2025 employed after 6 months: 0 of 3 (0.0 %); after 12 months: 0 of 3 (0.0 %) · state method")
    assert count(database, Employment) == 0
    qtbot.waitUntil(lambda: page.jobs.flag.isVisible())


def test_double_click_opens_record_or_edit(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    ids = setup(database)
    page = make_page(qtbot, database)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.table.selectRow(row_of(page, "Қасымов"))
    edit = page.open_selected()
    wait_idle(qtbot)
    assert isinstance(edit, EmploymentDialog) and edit.position.text() == "Горнорабочий" and edit.employer_id.currentData() == ids["gok"]
    edit.reject()
    page.table.selectRow(row_of(page, "Серіков"))
    record = page.open_selected()
    wait_idle(qtbot)
    assert isinstance(record, EmploymentDialog) and isinstance(record.person_id, QLabel)
    assert record.position.text() == "" and "Серіков" in record.person_id.text()
    record.reject()


def test_filters_and_export(qtbot: QtBot, database: Database, fixed_day: date, type_text: Callable[[QWidget, str], None], tmp_path: Path) -> None:
    setup(database)
    page = make_page(qtbot, database)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.unplaced_only.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.year_filter.setCurrentIndex(page.year_filter.findData(None))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtbot.waitUntil(lambda: page.rate_label.text() == "All graduates employed after 6 months: 1 of 4 (25.0 %); after 12 months: 1 of 4 (25.0 %) · state method")
    type_text(page.search, "омар")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert present(page.model.row(0)).full_name == "Омаров Бақыт" and page.count_label.text() == "1 graduate"
    target = tmp_path / "graduates.csv"
    export_to(page, database, graduates_list(page.model.query), target)
    wait_idle(qtbot)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].startswith("Омаров Бақыт") and lines[1].endswith("no job recorded,Unknown,Unknown")  # nothing in force 6 and 12 months after graduation


def test_no_graduates_shows_a_dash(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    page = make_page(qtbot, database)
    qtbot.waitUntil(lambda: page.rate_label.text() != "")
    assert page.rate_label.text() == "Employed: — (no graduate is 6 months past graduation yet)"
    assert page.model.rowCount() == 0 and page.year_filter.count() == 1
    nobody = DefinitionRates(STATE_METHOD, {6: Rate(0, 0), 12: Rate(0, 0)}, {}, {})
    assert page.rate_text(2030, nobody) == "Graduates of 2030: employed — (none 6 months past graduation yet)"
    own = EmploymentDefinition(STATE_METHOD.counted - {DestinationKind.SELF_EMPLOYED}, STATE_METHOD.excluded)
    some = DefinitionRates(own, {6: Rate(1, 2), 12: Rate(0, 0)}, {2025: {6: Rate(1, 2), 12: Rate(0, 0)}}, {})
    assert page.rate_text(2025, some).endswith("after 12 months: 0 of 0 (—) · the college's definition")
    assert page.jobs.record_job() is None  # nobody selected


def test_viewer_reads_but_records_nothing(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    setup(database)
    database.actor = VIEWER
    page = make_page(qtbot, database)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtbot.waitUntil(lambda: "1 of 3" in page.rate_label.text())
    page.table.selectRow(row_of(page, "Қасымов"))
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.jobs.tree.topLevelItemCount() == 1)
    for button in (page.jobs.record_button, page.jobs.edit_button, page.jobs.delete_button, page.jobs.follow_up_button, page.export_button):
        assert button.isHidden()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.open_selected() is None and page.jobs.follow_up() is None and page.jobs.last_dialog is None
