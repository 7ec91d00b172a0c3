"""The Admissions page: the intake plan set in its editor, an application taken in the dialog, admitted by an order
and enrolled; refusals shown beside their fields; a viewer sees the lists without the actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import ApplicationStatus, Person, SeatKind, Stage
from cluster_desktop.permissions import Actor, Role
from cluster_desktop.services.intake_plan import set_intake_plan
from tests import factories as F
from tests.narrowing import present
from tests.ui.conftest import FIXED_DAY, wait_idle
from ui.dialogs.application_dialog import AdmitDialog, ApplicationDialog
from ui.dialogs.intake_plan_dialog import IntakePlanDialog
from ui.pages.admissions_page import AdmissionsPage
from ui.widgets import ErrorLabel

pytestmark = pytest.mark.usefixtures("fixed_day")
YEAR = FIXED_DAY.year
BORN = date(2010, 3, 5)


def fill(database: Database, plan: bool = False) -> dict[str, int | str]:
    with database.session() as s:
        programme, _group = F.programme_with_group(s)
        pupil = F.learner(s, "Серікова", "Аружан", born=BORN, stage=Stage.SCHOOL, representative="Серікова Гүлнар")
        if plan:
            set_intake_plan(s, programme.id, YEAR, {SeatKind.STATE_ORDER: 1})
        return {"programme": programme.id, "pupil": pupil.id, "iin": pupil.iin}


def make_page(qtbot: QtBot, database: Database) -> AdmissionsPage:
    page = AdmissionsPage(database)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    wait_idle(qtbot)
    return page


def save(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    wait_idle(qtbot)


def error_of(dialog: QWidget, field: str) -> str:
    return present(dialog.findChild(ErrorLabel, f"{field}_error")).text()


def test_plan_application_admission_and_enrolment(
    qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = fill(database)
    page = make_page(qtbot, database)
    assert page.plan_model.rowCount() == 1 and page.plan_model.text(0, 5) == "—"  # no plan yet

    plan = page.edit_plan()
    wait_idle(qtbot)
    assert isinstance(plan, IntakePlanDialog)
    plan.programme_id.setCurrentIndex(plan.programme_id.findData(ids["programme"]))
    plan.seat_fields[SeatKind.STATE_ORDER].clear()
    type_text(plan.seat_fields[SeatKind.STATE_ORDER], "-3")
    save(qtbot, plan)
    assert "must be a number from 0" in error_of(plan, "seats_state_order")
    plan.seat_fields[SeatKind.STATE_ORDER].clear()
    type_text(plan.seat_fields[SeatKind.STATE_ORDER], "1")
    with qtbot.waitSignal(plan.accepted, timeout=10000):
        save(qtbot, plan)
    qtbot.waitUntil(lambda: page.plan_model.text(0, 5) == "1")

    dialog = page.add_application()
    wait_idle(qtbot)
    type_text(dialog.iin, make_iin(BORN, Sex.MALE, 40))  # someone not in the register, and no names given
    dialog.programme_id.setCurrentIndex(dialog.programme_id.findData(ids["programme"]))
    save(qtbot, dialog)
    assert "is in the register" in error_of(dialog, "iin") and dialog.isVisible()
    dialog.iin.clear()
    type_text(dialog.iin, str(ids["iin"]))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    row = present(page.model.row(0))
    assert (row.full_name, row.status, row.seat_kind) == ("Серікова Аружан", ApplicationStatus.APPLIED, SeatKind.STATE_ORDER)

    page.table.selectRow(0)
    wait_idle(qtbot)
    assert page.admit_button.isEnabled() and not page.enrol_button.isEnabled()
    admit = page.admit_selected()
    assert isinstance(admit, AdmitDialog)
    save(qtbot, admit)
    assert "required" in error_of(admit, "order_number")
    type_text(admit.order_number, "12-к")
    with qtbot.waitSignal(admit.accepted, timeout=10000):
        save(qtbot, admit)
    qtbot.waitUntil(lambda: (r := page.model.row(0)) is not None and r.status is ApplicationStatus.ADMITTED)
    assert page.model.text(0, 7) == f"№ 12-к, {FIXED_DAY:%d.%m.%Y}"

    page.table.selectRow(0)
    wait_idle(qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.enrol_selected()
    qtbot.waitUntil(lambda: (r := page.model.row(0)) is not None and r.status is ApplicationStatus.ENROLLED)
    with database.session() as s:
        assert present(s.get(Person, ids["pupil"])).current_stage is Stage.COLLEGE
    page.table.selectRow(0)
    wait_idle(qtbot)
    assert not any(b.isEnabled() for b in (page.edit_button, page.admit_button, page.enrol_button, page.delete_button))


def test_an_application_without_a_plan_is_refused_beside_the_specialty(
    qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]
) -> None:
    ids = fill(database)
    page = make_page(qtbot, database)
    dialog = page.add_application()
    wait_idle(qtbot)
    assert isinstance(dialog, ApplicationDialog)
    type_text(dialog.iin, str(ids["iin"]))
    dialog.programme_id.setCurrentIndex(dialog.programme_id.findData(ids["programme"]))
    save(qtbot, dialog)
    assert "no intake plan" in error_of(dialog, "programme_id") and page.model.rowCount() == 0


def test_filters_and_a_viewer(qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from cluster_desktop.services import admissions as A

    ids = fill(database, plan=True)
    with database.session() as s:
        A.create_application(
            s, A.ApplicationInput(str(ids["iin"]), int(ids["programme"]), YEAR, SeatKind.STATE_ORDER, date(YEAR, 7, 1)), FIXED_DAY
        )
    database.actor = Actor("vera", Role.VIEWER)
    page = make_page(qtbot, database)
    assert page.model.rowCount() == 1 and page.add_button.isHidden() and page.plan_button.isHidden()
    page.status_filter.setCurrentIndex(page.status_filter.findData(ApplicationStatus.ADMITTED))
    wait_idle(qtbot)
    assert page.model.rowCount() == 0
    page.status_filter.setCurrentIndex(0)
    page.seat_filter.setCurrentIndex(page.seat_filter.findData(SeatKind.STATE_ORDER))
    page.year_filter.setCurrentIndex(page.year_filter.findData(YEAR))
    wait_idle(qtbot)
    assert page.model.rowCount() == 1 and page.plan_label.text() == f"Intake plan for {YEAR}"
