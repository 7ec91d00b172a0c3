"""The placements panel as the registrar uses it: filter the list, add, edit and delete a placement; bad input; a viewer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_bin, make_iin
from cluster_desktop.models import (
    AgreementKind,
    ConsentGiver,
    OrganisationKind,
    Placement,
    PlacementKind,
    ProgrammeKind,
    Stage,
)
from cluster_desktop.permissions import Actor, Role
from cluster_desktop.services.agreements import AgreementInput, create_agreement
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
)
from cluster_desktop.services.placement_list import PlacementStatus
from cluster_desktop.services.placements import PlacementInput, create_placement
from cluster_desktop.services.programmes import (
    GroupInput,
    ProgrammeInput,
    create_group,
    create_programme,
    enrol,
)
from tests.narrowing import present
from tests.ui.conftest import FIXED_DAY, wait_idle
from ui.changes import Kind, change_bus
from ui.dialogs.placement_dialog import PlacementDialog
from ui.pages.placements_panel import ADD_SHORTCUT, PlacementsPanel
from ui.widgets import ErrorLabel

TODAY = FIXED_DAY
pytestmark = pytest.mark.usefixtures("fixed_day")  # dialogs default to today: the test fixes which day
ENROLLED = date(2023, 9, 1)


def fill(database: Database) -> dict[str, int]:
    """Two students with a placement each, a third student without one, and a school pupil enrolled nowhere."""
    with database.session() as s:
        ids = {
            "don": create_organisation(s, OrganisationInput(OrganisationKind.EMPLOYER, "Дон ТКБК", "Донской ГОК", make_bin(1995, 12, 4, 1))).id,
            "erg": create_organisation(s, OrganisationInput(OrganisationKind.EMPLOYER, "ERG сервис", "ERG Сервис", make_bin(2001, 3, 4, 2))).id,
            "school": create_organisation(s, OrganisationInput(OrganisationKind.SCHOOL, "№ 3 мектеп", "Школа № 3")).id,
        }
        programme = create_programme(s, ProgrammeInput(
            ProgrammeKind.COLLEGE_SPECIALTY, "Жерасты қазу", "Подземная разработка", qualification_code="07240100", hours=5760,
        ))
        group = create_group(s, GroupInput(programme.id, "ПР-23-1", "kk", ENROLLED, date(2027, 6, 30)))
        for serial, (surname, stage) in enumerate((("Қасымов", Stage.COLLEGE), ("Әбілов", Stage.COLLEGE),
                                                     ("Серіков", Stage.COLLEGE), ("Оспанов", Stage.SCHOOL)), start=1):
            ids[surname] = create_learner(s, LearnerInput(
                iin=make_iin(date(2006, 4, serial), Sex.MALE, serial), surname=surname, given_name="Нұрлан", stage=stage,
                consent_given_by=ConsentGiver.SELF, consent_date=ENROLLED,
            )).id
            if stage is Stage.COLLEGE:
                enrol(s, ids[surname], group.id, ENROLLED)
        ids["agreement"] = create_agreement(s, AgreementInput(
            AgreementKind.PRACTICE, "ПП-17", ids["erg"], date(2024, 4, 1), date(2024, 4, 1), TODAY + timedelta(days=400),
        )).id
        ids["finished"] = create_placement(s, PlacementInput(
            ids["Қасымов"], ids["don"], PlacementKind.PRACTICE, date(2024, 5, 1), date(2024, 6, 15), mentor="Петров А.")).id
        ids["current"] = create_placement(s, PlacementInput(
            ids["Әбілов"], ids["erg"], PlacementKind.DUAL, TODAY - timedelta(days=10), None, ids["agreement"], "Жұмабаев Е.")).id
        return ids


def placement_count(database: Database) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(Placement)) or 0


def make_panel(qtbot: QtBot, database: Database) -> PlacementsPanel:
    panel = PlacementsPanel(database)
    qtbot.addWidget(panel)
    panel.resize(1300, 600)
    panel.show()
    wait_idle(qtbot)
    return panel


def rows_shown(panel: PlacementsPanel) -> list[str]:
    return [panel.model.row(i).surname for i in range(panel.model.rowCount())]  # type: ignore[union-attr]


def error_of(dialog: PlacementDialog, field: str) -> str:
    label = dialog.findChild(ErrorLabel, f"{field}_error")
    assert label is not None
    return label.text() if label.isVisible() else ""


def save(qtbot: QtBot, dialog: PlacementDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)


def choose_learner(qtbot: QtBot, dialog: PlacementDialog, type_text: Callable[[QWidget, str], None], text: str) -> None:
    """Find the one learner whose name starts with ``text`` and choose them."""
    dialog.learner.search.clear()
    type_text(dialog.learner.search, text)
    found = dialog.learner.found
    qtbot.waitUntil(lambda: found.count() == 1 and found.item(0).text().lower().startswith(text), timeout=5000)
    qtbot.mouseClick(dialog.learner.attach_button, Qt.MouseButton.LeftButton)


def test_list_filters_and_statuses(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    ids = fill(database)
    panel = make_panel(qtbot, database)
    assert rows_shown(panel) == ["Әбілов", "Қасымов"]  # the latest first
    assert panel.count_label.text() == "2 placements"
    assert panel.model.index(0, 8).data() == "Under way" and panel.model.index(1, 8).data() == "Finished"
    assert panel.model.index(0, 2).data() == "Dual-education period" and panel.model.index(0, 4).data() == "ПП-17 / 2024"
    assert panel.model.index(0, 6).data() == "—"  # open end
    assert panel.model.index(0, 8).data(Qt.ItemDataRole.ForegroundRole) is not None
    # The filters offer what the data holds.
    assert [panel.enterprise_filter.itemText(i) for i in range(panel.enterprise_filter.count())] == ["All enterprises", "Донской ГОК", "ERG Сервис"]  # Cyrillic before Latin
    years = [panel.year_filter.itemData(i) for i in range(1, panel.year_filter.count())]
    assert years == list(range(TODAY.year, 2023, -1))  # the open-ended placement is under way this year
    panel.year_filter.setCurrentIndex(panel.year_filter.findData(2024))
    wait_idle(qtbot)
    assert rows_shown(panel) == ["Қасымов"]
    panel.year_filter.setCurrentIndex(0)
    panel.enterprise_filter.setCurrentIndex(panel.enterprise_filter.findData(ids["erg"]))
    wait_idle(qtbot)
    assert rows_shown(panel) == ["Әбілов"]
    panel.enterprise_filter.setCurrentIndex(0)
    panel.status_filter.set_value(PlacementStatus.FINISHED)
    wait_idle(qtbot)
    assert rows_shown(panel) == ["Қасымов"]
    panel.status_filter.set_value(None)
    panel.kind_filter.set_value(PlacementKind.DUAL)
    wait_idle(qtbot)
    assert rows_shown(panel) == ["Әбілов"]
    panel.kind_filter.set_value(None)
    type_text(panel.search, "петров")
    qtbot.waitUntil(lambda: panel.model.query.text == "петров", timeout=5000)
    wait_idle(qtbot)
    assert rows_shown(panel) == ["Қасымов"] and panel.count_label.text() == "1 placement"
    # Sorting by the learner's name asks SQL again: Ә after А but before Қ.
    panel.search.clear()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot)
    assert rows_shown(panel) == ["Қасымов", "Әбілов"]


def test_add_a_placement_through_the_dialog(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    ids = fill(database)
    panel = make_panel(qtbot, database)
    changed: list[frozenset[Kind]] = []
    change_bus().changed.connect(changed.append)
    assert panel.add_button.isVisible() and not panel.edit_button.isEnabled()
    qtbot.keySequence(panel.table, QKeySequence(ADD_SHORTCUT))
    dialog = panel.last_dialog
    assert isinstance(dialog, PlacementDialog) and dialog.isVisible()
    wait_idle(qtbot)
    assert [dialog.enterprise.itemData(i) for i in range(1, dialog.enterprise.count())] == [ids["don"], ids["erg"]]  # no school
    choose_learner(qtbot, dialog, type_text, "серік")
    dialog.kind.set_value(PlacementKind.DUAL)
    assert not dialog.agreement.isEnabled()  # no enterprise yet: no agreement to choose
    dialog.enterprise.setCurrentIndex(dialog.enterprise.findData(ids["erg"]))
    assert dialog.agreement.isEnabled() and dialog.agreement.count() == 2
    dialog.agreement.setCurrentIndex(dialog.agreement.findData(ids["agreement"]))
    assert "ПП-17 / 2024" in dialog.agreement.currentText()
    dialog.starts_on.setDate(QDate(2025, 2, 3))
    dialog.ends_on.setDate(QDate(2025, 3, 28))
    type_text(dialog.mentor, "Сәрсенов Қ.")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        save(qtbot, dialog)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    change_bus().changed.disconnect(changed.append)
    assert changed == [frozenset({Kind.PLACEMENTS})]  # announced once, and the panel heard it: it shows three now
    with database.session() as s:
        stored = s.scalars(select(Placement).where(Placement.person_id == ids["Серіков"])).one()
        assert (stored.kind, stored.enterprise_id, stored.agreement_id, stored.starts_on, stored.ends_on, stored.mentor) == (
            PlacementKind.DUAL, ids["erg"], ids["agreement"], date(2025, 2, 3), date(2025, 3, 28), "Сәрсенов Қ.")
    assert panel.enterprise_filter.findData(ids["erg"]) > 0


def test_choosing_a_second_learner_replaces_the_first(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    fill(database)
    panel = make_panel(qtbot, database)
    dialog = panel.add_placement()
    wait_idle(qtbot)
    assert dialog is not None
    choose_learner(qtbot, dialog, type_text, "серік")
    choose_learner(qtbot, dialog, type_text, "қасым")
    assert dialog is not None
    assert dialog.learner.attached.count() == 1 and "Қасымов" in dialog.learner.attached.item(0).text()
    dialog.done(0)


def test_end_before_start_is_refused_beside_the_field(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    ids = fill(database)
    panel = make_panel(qtbot, database)
    dialog = panel.add_placement()
    wait_idle(qtbot)
    assert dialog is not None
    save(qtbot, dialog)  # nothing chosen at all
    assert "Choose the learner." in error_of(dialog, "person_id")
    assert "Enterprise: choose the organisation." in error_of(dialog, "enterprise_id")
    choose_learner(qtbot, dialog, type_text, "серік")
    assert dialog is not None
    dialog.enterprise.setCurrentIndex(dialog.enterprise.findData(ids["don"]))
    dialog.starts_on.setDate(QDate(2025, 5, 10))
    dialog.ends_on.setDate(QDate(2025, 5, 1))
    save(qtbot, dialog)
    assert "01.05.2025" in error_of(dialog, "ends_on") and "10.05.2025" in error_of(dialog, "ends_on")
    assert error_of(dialog, "person_id") == "" and dialog.summary.isVisible()
    assert dialog is not None
    assert dialog.isVisible() and placement_count(database) == 2
    dialog.ends_on.set_value(None)
    dialog.starts_on.setDate(QDate(2023, 8, 1))  # before entering college: only the service knows
    save(qtbot, dialog)
    assert "before Серіков Нұрлан entered college (01.09.2023)" in error_of(dialog, "starts_on")
    assert dialog.isVisible() and placement_count(database) == 2
    dialog.done(0)


def test_a_learner_not_in_college_gets_the_services_message(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None], monkeypatch: pytest.MonkeyPatch) -> None:
    ids = fill(database)
    panel = make_panel(qtbot, database)
    dialog = panel.add_placement()
    wait_idle(qtbot)
    assert dialog is not None
    choose_learner(qtbot, dialog, type_text, "оспан")
    assert dialog is not None
    dialog.enterprise.setCurrentIndex(dialog.enterprise.findData(ids["don"]))
    save(qtbot, dialog)
    assert "Оспанов Нұрлан is not enrolled in a college specialty" in error_of(dialog, "person_id")
    assert dialog is not None
    assert dialog.isVisible() and placement_count(database) == 2
    # Cancelling asks first, since the form has changes; the default answer keeps the dialog open.
    answers: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.No]
    asked: list[str] = []

    def question(_parent: QWidget | None, _title: str, text: str, _buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
        asked.append(text)
        assert default == QMessageBox.StandardButton.No
        return answers.pop()

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.reject()
    assert dialog.isVisible() and asked
    dialog.done(0)


def test_edit_then_delete_asks_first(qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = fill(database)
    panel = make_panel(qtbot, database)
    panel.table.selectRow(1)
    assert present(panel.selected_row()).id == ids["finished"] and panel.edit_button.isEnabled()
    dialog = panel.edit_selected()
    wait_idle(qtbot)
    assert dialog is not None
    assert dialog.learner.person_ids() == [ids["Қасымов"]] and dialog.mentor.text() == "Петров А."
    assert dialog.enterprise.currentData() == ids["don"] and dialog.ends_on.value() == date(2024, 6, 15)
    assert not dialog.has_unsaved_changes()
    dialog.mentor.setText("Петров А. Б.")
    dialog.kind.set_value(PlacementKind.DUAL)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        save(qtbot, dialog)
    wait_idle(qtbot)
    with database.session() as s:
        assert (present(s.get(Placement, ids["finished"])).mentor, present(s.get(Placement, ids["finished"])).kind) == ("Петров А. Б.", PlacementKind.DUAL)

    defaults: list[QMessageBox.StandardButton] = []

    def answer(reply: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def question(_parent: QWidget | None, _title: str, text: str, _buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
            defaults.append(default)
            assert "Қасымов Нұрлан at Донской ГОК from 01.05.2024" in text  # the Russian name outside a Kazakh UI
            return reply
        return question

    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 and panel.model.row(1) is not None)
    panel.table.selectRow(1)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    panel.delete_selected()
    wait_idle(qtbot)
    assert placement_count(database) == 2
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    panel.activateWindow()  # the edit dialog had the focus
    qtbot.waitUntil(panel.isActiveWindow)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert placement_count(database) == 1 and defaults == [QMessageBox.StandardButton.No] * 2


def test_a_viewer_reads_but_cannot_add(qtbot: QtBot, database: Database) -> None:
    fill(database)
    database.actor = Actor("viewer", Role.VIEWER, "Viewer", "test-pc")
    panel = make_panel(qtbot, database)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.table.selectRow(0)
    assert all(b.isHidden() for b in (panel.add_button, panel.edit_button, panel.delete_button))
    qtbot.keySequence(panel.table, QKeySequence(ADD_SHORTCUT))
    panel.table.doubleClicked.emit(panel.model.index(0, 0))
    assert panel.add_placement() is None and panel.edit_selected() is None and panel.last_dialog is None
    panel.delete_selected()
    wait_idle(qtbot)
    assert placement_count(database) == 2


def test_column_layout_is_remembered(qtbot: QtBot, database: Database) -> None:
    panel = make_panel(qtbot, database)
    panel.table.setColumnWidth(3, 333)
    panel.save_layout()
    again = make_panel(qtbot, database)
    assert again.table.columnWidth(3) == 333
