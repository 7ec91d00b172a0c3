"""The Programmes page driven as the registrar would: programmes, groups, enrolments, results."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QMessageBox, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

import ui.messages
from cluster_desktop.db import Database
from cluster_desktop.ids import Sex
from cluster_desktop.models import Enrolment, EnrolmentStatus, Group, Programme, ProgrammeKind, Stage
from cluster_desktop.services import programmes
from cluster_desktop.services.programmes import GroupInput, ProgrammeInput
from tests import factories
from tests.factories import count
from tests.narrowing import present
from tests.ui.conftest import FIXED_DAY, wait_idle
from ui.dialogs.enrol_dialog import EnrolDialog
from ui.dialogs.form_dialog import FormDialog
from ui.dialogs.group_dialog import GroupDialog
from ui.dialogs.programme_dialog import ProgrammeDialog
from ui.dialogs.result_dialog import ResultDialog
from ui.i18n import current_language
from ui.pages.programmes_page import Key, ProgrammesPage
from ui.widgets import ErrorLabel

TODAY = FIXED_DAY
pytestmark = pytest.mark.usefixtures("fixed_day")  # dialogs default to today: the test fixes which day
LEFT = Qt.MouseButton.LeftButton
D = TypeVar("D", bound=QDialog)


# -- data -------------------------------------------------------------------
def add_learner(database: Database, surname: str, given: str, serial: int) -> int:
    with database.session() as session:
        return factories.learner(
            session, surname, given, serial=serial, born=date(2004, 3, 14), sex=Sex.MALE, stage=Stage.SCHOOL,
            consent_date=TODAY - timedelta(days=60),
        ).id


def add_programme(database: Database, name_ru: str = "Основы горного дела", languages: tuple[str, ...] = ("kk", "ru")) -> int:
    with database.session() as session:
        return programmes.create_programme(
            session,
            ProgrammeInput(
                kind=ProgrammeKind.PROFESSIONAL_COURSE, name_kk="Тау-кен ісінің негіздері", name_ru=name_ru,
                name_en="Mining basics", qualification_code="3W07240101", hours=72, languages=languages,
            ),
        ).id


def add_group(database: Database, programme_id: int, name: str = "ТКІ-24-1") -> int:
    with database.session() as session:
        return programmes.create_group(
            session, GroupInput(programme_id, name, "kk", TODAY - timedelta(days=30), TODAY + timedelta(days=60))
        ).id


def enrol(database: Database, person_id: int, group_id: int) -> int:
    with database.session() as session:
        return programmes.enrol(session, person_id, group_id, TODAY - timedelta(days=20)).id


# -- driving the window ----------------------------------------------------
@pytest.fixture
def make_page(qtbot: QtBot, database: Database) -> Iterator[Callable[[], ProgrammesPage]]:
    """Builds the page once the test has put its data in; waits for its work before the database closes."""
    made: list[ProgrammesPage] = []

    def make() -> ProgrammesPage:
        page = ProgrammesPage(database)
        qtbot.addWidget(page)
        page.resize(1300, 700)
        page.show()
        wait_idle(qtbot)
        made.append(page)
        return page

    yield make
    wait_idle(qtbot)


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, LEFT)


def click_save(qtbot: QtBot, dialog: FormDialog[Any]) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save) or dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, button)


def select_in_tree(qtbot: QtBot, page: ProgrammesPage, key: Key) -> QTreeWidgetItem:
    item = page.find_item(key)
    assert item is not None, key
    page.tree.scrollToItem(item)
    qtbot.mouseClick(page.tree.viewport(), LEFT, pos=page.tree.visualItemRect(item).center())
    assert page.selected_key() == key
    wait_idle(qtbot)
    return item


def click_table_row(qtbot: QtBot, view: QAbstractItemView, row: int, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, modifier, view.visualRect(index).center())


def open_dialog(qtbot: QtBot, page: ProgrammesPage, button: QWidget, kind: type[D]) -> D:
    click(qtbot, button)
    dialog = page.dialog
    assert isinstance(dialog, kind)
    qtbot.waitUntil(dialog.isVisible)
    wait_idle(qtbot)  # the dialog has loaded what it shows
    return dialog


def closes(qtbot: QtBot, page: ProgrammesPage, dialog: QDialog) -> None:
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5000)  # closed (and then deleted)
    assert page.dialog is not dialog
    wait_idle(qtbot)


def member_cells(page: ProgrammesPage, column: int) -> list[str]:
    model = page.group_panel.members_model
    return [model.text(row, column) for row in range(model.rowCount())]


def tree_texts(page: ProgrammesPage) -> list[str]:
    return [item.text(0) for item in page._items()]


def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Confirmations say Yes; returns the default button of every question asked."""
    defaults: list[object] = []

    def question(parent: QWidget | None, title: str, text: str, buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
        defaults.append(default)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return defaults


# -- programmes --------------------------------------------------------------
def test_new_programme_through_the_dialog_appears_in_the_tree(qtbot: QtBot, type_text: Callable[[QWidget, str], None], make_page: Callable[[], ProgrammesPage], database: Database) -> None:
    page = make_page()
    assert not page.new_group_button.isEnabled()  # no programme to add a group to yet
    dialog = open_dialog(qtbot, page, page.new_programme_button, ProgrammeDialog)
    dialog.kind.set_value(ProgrammeKind.PROFILE_COURSE)
    type_text(dialog.name_kk, "Шағын зертханашы")
    type_text(dialog.name_ru, "Юный лаборант")
    type_text(dialog.name_en, "Little lab assistant")
    dialog.hours.selectAll()
    type_text(dialog.hours, "36")
    click(qtbot, dialog.lang_kk)
    assert dialog.lang_kk.isChecked()
    click_save(qtbot, dialog)
    closes(qtbot, page, dialog)

    with database.session() as session:
        (saved,) = session.query(Programme).all()
        assert (saved.name_kk, saved.languages, saved.hours) == ("Шағын зертханашы", "kk", 36)
    shown = {"kk": "Шағын зертханашы", "ru": "Юный лаборант", "en": "Little lab assistant"}[current_language()]
    assert shown in tree_texts(page)
    assert page.selected_key() == ("programme", saved.id)  # the new programme is selected…
    assert present(present(page.find_item(("programme", saved.id))).parent()).data(0, Qt.ItemDataRole.UserRole) == ("kind", ProgrammeKind.PROFILE_COURSE)
    assert "Юный лаборант" in page.details.toPlainText()  # …and described on the right
    assert page.new_group_button.isEnabled()


def test_empty_kazakh_name_is_explained_beside_the_field_and_nothing_is_saved(qtbot: QtBot, type_text: Callable[[QWidget, str], None], make_page: Callable[[], ProgrammesPage], database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page()
    dialog = open_dialog(qtbot, page, page.new_programme_button, ProgrammeDialog)
    type_text(dialog.name_ru, "Юный лаборант")
    click(qtbot, dialog.lang_ru)
    click_save(qtbot, dialog)
    wait_idle(qtbot)

    error = dialog.findChild(ErrorLabel, "name_kk_error")
    assert error is not None
    assert error.isVisible() and "Name in Kazakh is required" in error.text()
    assert not present(dialog.findChild(ErrorLabel, "name_ru_error")).isVisible()
    assert dialog.isVisible()
    assert count(database, Programme) == 0

    type_text(dialog.name_kk, "Шағын зертханашы")  # correcting it clears the message as you type
    qtbot.waitUntil(lambda: not error.isVisible(), timeout=3000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog.reject()  # unsaved changes: asks first, and No keeps the dialog open
    assert dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.reject()
    closes(qtbot, page, dialog)
    assert count(database, Programme) == 0


def test_editing_a_programme_keeps_it_selected(qtbot: QtBot, type_text: Callable[[QWidget, str], None], make_page: Callable[[], ProgrammesPage], database: Database) -> None:
    programme_id = add_programme(database)
    page = make_page()
    select_in_tree(qtbot, page, ("programme", programme_id))
    dialog = open_dialog(qtbot, page, page.edit_button, ProgrammeDialog)
    assert dialog.name_ru.text() == "Основы горного дела" and dialog.lang_kk.isChecked() and dialog.lang_ru.isChecked()
    dialog.name_ru.selectAll()
    type_text(dialog.name_ru, "Основы горного дела и обогащения")
    dialog.name_en.selectAll()
    type_text(dialog.name_en, "Mining and processing basics")
    click_save(qtbot, dialog)
    closes(qtbot, page, dialog)
    assert page.selected_key() == ("programme", programme_id)
    assert "Основы горного дела и обогащения" in page.details.toPlainText()


# -- groups ------------------------------------------------------------------
def test_new_group_of_the_selected_programme_offers_only_its_languages(qtbot: QtBot, type_text: Callable[[QWidget, str], None], make_page: Callable[[], ProgrammesPage], database: Database) -> None:
    programme_id = add_programme(database, languages=("ru",))
    page = make_page()
    select_in_tree(qtbot, page, ("programme", programme_id))
    dialog = open_dialog(qtbot, page, page.new_group_button, GroupDialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["ru"]
    assert not dialog.programme.isVisible()  # the programme is fixed: the selected one
    type_text(dialog.name, "ГД-24-1")
    click_save(qtbot, dialog)
    closes(qtbot, page, dialog)

    with database.session() as session:
        (group,) = session.query(Group).all()
        assert (group.programme_id, group.name, group.language, group.starts_on) == (programme_id, "ГД-24-1", "ru", TODAY)
    assert page.selected_key() == ("group", group.id)
    assert page.members_table.isVisible() and page.group_panel.members_model.rowCount() == 0
    assert "ГД-24-1" in page.group_title.text()
    assert page.enrol_button.isEnabled() and not page.result_button.isEnabled()


def test_new_group_without_a_selected_programme_lets_you_choose_it(qtbot: QtBot, type_text: Callable[[QWidget, str], None], make_page: Callable[[], ProgrammesPage], database: Database) -> None:
    add_programme(database, "Основы горного дела", languages=("kk", "ru"))
    english_only = add_programme(database, "Горное дело для партнёров", languages=("en",))
    page = make_page()
    select_in_tree(qtbot, page, ("kind", ProgrammeKind.PROFESSIONAL_COURSE))
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    dialog = open_dialog(qtbot, page, page.new_group_button, GroupDialog)
    assert dialog.programme.isVisible() and dialog.programme.count() == 2
    dialog.programme.setCurrentIndex(dialog.programme.findData(english_only))
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["en"]
    type_text(dialog.name, "EN-24-1")
    click_save(qtbot, dialog)
    closes(qtbot, page, dialog)
    with database.session() as session:
        (group,) = session.query(Group).all()
        assert (group.programme_id, group.language) == (english_only, "en")
    assert page.selected_key() == ("group", group.id)


def test_duplicate_group_name_is_shown_beside_the_name(qtbot: QtBot, type_text: Callable[[QWidget, str], None], make_page: Callable[[], ProgrammesPage], database: Database) -> None:
    programme_id = add_programme(database)
    add_group(database, programme_id, "ТКІ-24-1")
    page = make_page()
    select_in_tree(qtbot, page, ("programme", programme_id))
    dialog = open_dialog(qtbot, page, page.new_group_button, GroupDialog)
    type_text(dialog.name, "ТКІ-24-1")
    click_save(qtbot, dialog)
    wait_idle(qtbot)
    error = dialog.findChild(ErrorLabel, "name_error")
    assert error is not None
    assert error.isVisible() and "already exists" in error.text()
    assert count(database, Group) == 1


# -- members -------------------------------------------------------------------
def test_enrol_two_learners_found_by_search(qtbot: QtBot, type_text: Callable[[QWidget, str], None], make_page: Callable[[], ProgrammesPage], database: Database) -> None:
    first = add_learner(database, "Қасымов", "Нұрлан", 1)
    second = add_learner(database, "Қасымова", "Әсем", 2)
    add_learner(database, "Омаров", "Ерлан", 3)
    group_id = add_group(database, add_programme(database))
    page = make_page()
    select_in_tree(qtbot, page, ("group", group_id))
    dialog = open_dialog(qtbot, page, page.enrol_button, EnrolDialog)
    assert dialog.model.rowCount() == 3
    assert not dialog.enrol_button.isEnabled()
    type_text(dialog.search, "қасым")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and not dialog.model.loading, timeout=5000)
    click_table_row(qtbot, dialog.table, 0)
    click_table_row(qtbot, dialog.table, 1, Qt.KeyboardModifier.ControlModifier)
    assert [row.id for row in dialog.selected_learners()] == [first, second]  # type: ignore[union-attr]
    click(qtbot, dialog.enrol_button)
    closes(qtbot, page, dialog)

    qtbot.waitUntil(lambda: page.group_panel.members_model.rowCount() == 2, timeout=5000)
    assert member_cells(page, 0) == ["Қасымов Нұрлан", "Қасымова Әсем"]
    assert member_cells(page, 2) == ["Studying", "Studying"] or current_language() != "en"
    assert present(page.find_item(("group", group_id))).text(2) == "2"
    assert page.selected_key() == ("group", group_id)


def test_enrolment_is_all_or_nothing_and_names_who_failed(qtbot: QtBot, make_page: Callable[[], ProgrammesPage], database: Database) -> None:
    already = add_learner(database, "Қасымов", "Нұрлан", 1)
    add_learner(database, "Қасымова", "Әсем", 2)
    group_id = add_group(database, add_programme(database))
    enrol(database, already, group_id)
    page = make_page()
    select_in_tree(qtbot, page, ("group", group_id))
    dialog = open_dialog(qtbot, page, page.enrol_button, EnrolDialog)
    dialog.table.selectAll()
    assert len(dialog.selected_learners()) == 2
    click(qtbot, dialog.enrol_button)
    wait_idle(qtbot)

    assert dialog.isVisible()
    assert "Қасымов Нұрлан" in dialog.error.text() and "already in the group" in dialog.error.text()
    assert "No one was enrolled" in dialog.error.text()
    assert count(database, Enrolment) == 1  # Қасымова was not enrolled either
    dialog.reject()
    closes(qtbot, page, dialog)
    assert page.group_panel.members_model.rowCount() == 1


def test_record_result_with_a_decimal_comma(qtbot: QtBot, type_text: Callable[[QWidget, str], None], make_page: Callable[[], ProgrammesPage], database: Database) -> None:
    person = add_learner(database, "Қасымов", "Нұрлан", 1)
    group_id = add_group(database, add_programme(database))
    enrolment_id = enrol(database, person, group_id)
    page = make_page()
    select_in_tree(qtbot, page, ("group", group_id))
    qtbot.waitUntil(lambda: page.group_panel.members_model.rowCount() == 1)
    click_table_row(qtbot, page.members_table, 0)
    dialog = open_dialog(qtbot, page, page.result_button, ResultDialog)

    dialog.status.set_value(EnrolmentStatus.COMPLETED)
    assert dialog.finished_on.value() == TODAY  # a finished enrolment is offered today
    type_text(dialog.result_percent, "120")
    assert present(dialog.findChild(ErrorLabel, "result_percent_error")).isVisible()
    dialog.result_percent.clear()
    type_text(dialog.result_percent, "87,5")
    assert not present(dialog.findChild(ErrorLabel, "result_percent_error")).isVisible()
    assert "B+" in dialog.grade_preview.text() and "4" in dialog.grade_preview.text()
    click_save(qtbot, dialog)
    closes(qtbot, page, dialog)

    qtbot.waitUntil(lambda: member_cells(page, 4) == ["B+"], timeout=5000)
    assert member_cells(page, 5) == ["4"]
    assert member_cells(page, 3)[0] in ("87.5", "87,5")
    assert member_cells(page, 7) == [TODAY.strftime("%d.%m.%Y")]
    assert page.selected_enrolment_ids() == {enrolment_id}  # the row stays selected after the reload
    with database.session() as session:
        saved = session.get(Enrolment, enrolment_id)
        assert saved is not None
        assert (saved.status, saved.result_percent) == (EnrolmentStatus.COMPLETED, Decimal("87.50"))


def test_completed_without_percent_is_refused_beside_the_field(qtbot: QtBot, make_page: Callable[[], ProgrammesPage], database: Database) -> None:
    group_id = add_group(database, add_programme(database))
    enrol(database, add_learner(database, "Қасымов", "Нұрлан", 1), group_id)
    page = make_page()
    select_in_tree(qtbot, page, ("group", group_id))
    qtbot.waitUntil(lambda: page.group_panel.members_model.rowCount() == 1)
    click_table_row(qtbot, page.members_table, 0)
    dialog = open_dialog(qtbot, page, page.result_button, ResultDialog)
    dialog.status.set_value(EnrolmentStatus.COMPLETED)
    click_save(qtbot, dialog)
    wait_idle(qtbot)
    error = dialog.findChild(ErrorLabel, "result_percent_error")
    assert error is not None
    assert dialog.isVisible() and error.isVisible() and "result in percent" in error.text()


def test_delete_programme_with_learners_is_refused_and_kept(qtbot: QtBot, make_page: Callable[[], ProgrammesPage], database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    programme_id = add_programme(database)
    group_id = add_group(database, programme_id)
    enrol(database, add_learner(database, "Қасымов", "Нұрлан", 1), group_id)
    enrol(database, add_learner(database, "Қасымова", "Әсем", 2), group_id)
    page = make_page()
    select_in_tree(qtbot, page, ("programme", programme_id))
    defaults = answer_yes(monkeypatch)
    shown: list[BaseException] = []
    monkeypatch.setattr(ui.messages, "show_error", lambda parent, error: shown.append(error))
    click(qtbot, page.delete_button)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    wait_idle(qtbot)

    assert defaults == [QMessageBox.StandardButton.No]  # the question defaulted to No
    assert "holds 2 enrolments" in ui.messages.error_text(shown[0])
    assert count(database, Programme) == 1 and count(database, Enrolment) == 2
    assert page.find_item(("programme", programme_id)) is not None
    assert page.selected_key() == ("programme", programme_id)


def test_delete_empty_programme_selects_its_kind(qtbot: QtBot, make_page: Callable[[], ProgrammesPage], database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    programme_id = add_programme(database)
    add_group(database, programme_id)
    page = make_page()
    select_in_tree(qtbot, page, ("programme", programme_id))
    answer_yes(monkeypatch)
    click(qtbot, page.delete_button)
    qtbot.waitUntil(lambda: page.find_item(("programme", programme_id)) is None, timeout=5000)
    wait_idle(qtbot)
    assert count(database, Programme) == 0 and count(database, Group) == 0
    assert page.selected_key() == ("kind", ProgrammeKind.PROFESSIONAL_COURSE)
    assert not page.delete_button.isEnabled()


def test_remove_a_learner_from_the_group(qtbot: QtBot, make_page: Callable[[], ProgrammesPage], database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    group_id = add_group(database, add_programme(database))
    enrol(database, add_learner(database, "Қасымов", "Нұрлан", 1), group_id)
    enrol(database, add_learner(database, "Қасымова", "Әсем", 2), group_id)
    page = make_page()
    select_in_tree(qtbot, page, ("group", group_id))
    qtbot.waitUntil(lambda: page.group_panel.members_model.rowCount() == 2)
    click_table_row(qtbot, page.members_table, 0)
    assert page.remove_button.isEnabled()
    defaults = answer_yes(monkeypatch)
    click(qtbot, page.remove_button)
    qtbot.waitUntil(lambda: page.group_panel.members_model.rowCount() == 1, timeout=5000)
    wait_idle(qtbot)
    assert defaults == [QMessageBox.StandardButton.No]
    assert member_cells(page, 0) == ["Қасымова Әсем"]
    assert present(page.find_item(("group", group_id))).text(2) == "1"
    assert count(database, Enrolment) == 1


def test_layout_is_remembered(qtbot: QtBot, make_page: Callable[[], ProgrammesPage]) -> None:
    page = make_page()
    page.splitter.setSizes([450, 200])
    sizes = page.splitter.sizes()
    page.save_layout()
    assert QSettings().value("programmes/splitter") is not None
    again = make_page()
    assert again.splitter.sizes() == sizes


def test_the_qualification_is_picked_from_the_catalogue(qtbot: QtBot, type_text: Callable[[QWidget, str], None], make_page: Callable[[], ProgrammesPage], database: Database) -> None:
    page = make_page()
    dialog = open_dialog(qtbot, page, page.new_programme_button, ProgrammeDialog)
    dialog.kind.set_value(ProgrammeKind.COLLEGE_SPECIALTY)
    type_text(dialog.name_kk, "Жерасты қазу")
    type_text(dialog.name_ru, "Подземная разработка")
    click(qtbot, dialog.lang_kk)
    combo = dialog.qualification_code
    type_text(present(combo.lineEdit()), "07240199")  # not in the catalogue: refused beside the field, nothing saved
    click_save(qtbot, dialog)
    wait_idle(qtbot)
    error = present(dialog.findChild(ErrorLabel, "qualification_code_error"))
    qtbot.waitUntil(error.isVisible)
    assert "«07240199» is not in the qualification catalogue" in error.text()
    assert count(database, Programme) == 0
    index = combo.findData("4S07240104")
    assert index >= 0 and combo.itemText(index) == "4S07240104 — Mining Foreman"
    combo.setCurrentIndex(index)
    click_save(qtbot, dialog)
    closes(qtbot, page, dialog)
    with database.session() as session:
        (saved,) = session.query(Programme).all()
        names = (saved.qualification_name_kk, saved.qualification_name_ru, saved.qualification_name_en)
        assert (saved.qualification_code, names) == ("4S07240104", ("Кен шебері", "Горный мастер", "Mining Foreman"))
