"""The Learners page driven as a registrar would: type, click, read what the window says."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import ConsentGiver, Person, Stage
from cluster_desktop.services.learner_list import LearnerSort
from tests import factories
from tests.narrowing import present
from tests.ui.conftest import wait_idle
from ui import i18n
from ui.dialogs.learner_dialog import LearnerDialog
from ui.pages.learners_page import LearnersPage

VALID_IIN = make_iin(date(2009, 4, 17), Sex.FEMALE, 321)


def add(database: Database, surname: str, given: str, born: date, sex: Sex, serial: int, stage: Stage = Stage.SCHOOL) -> int:
    with database.session() as session:
        return factories.learner(
            session, surname, given, serial=serial, born=born, sex=sex, stage=stage, consent_date=date(2024, 9, 2),
            representative="Сейітова Гүлнар",
        ).id


@pytest.fixture
def page(qtbot: QtBot, database: Database, settings: QSettings) -> LearnersPage:
    widget = LearnersPage(database)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    wait_idle(qtbot)
    return widget


def names_shown(page: LearnersPage) -> list[str]:
    return [page.model.row(i).full_name for i in range(page.model.rowCount())]  # type: ignore[union-attr]


def test_bad_iin_is_explained_then_fixed_learner_appears(qtbot: QtBot, type_text: Callable[[QWidget, str], None], page: LearnersPage, database: Database) -> None:
    dialog = page.add_learner()
    type_text(dialog.iin, "090417612345")  # wrong check digit
    type_text(dialog.surname, "Сейітова")
    type_text(dialog.given_name, "Әсем")
    type_text(dialog.representative_name, "Сейітова Гүлнар")
    dialog.consent_given_by.set_value(ConsentGiver.REPRESENTATIVE)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert dialog.isVisible()
    assert "last digit" in dialog._errors["iin"].text()
    assert dialog._errors["iin"].isVisible()
    with database.session() as session:
        assert session.query(Person).count() == 0

    dialog.iin.clear()
    type_text(dialog.iin, VALID_IIN)
    assert dialog.birth_date.value() == date(2009, 4, 17)  # filled from the IIN
    assert dialog.sex.value() is Sex.FEMALE
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert names_shown(page) == ["Сейітова Әсем"]
    assert page.selected_row() is not None and present(page.selected_row()).iin == VALID_IIN


def test_inline_validation_names_the_field_as_you_type(qtbot: QtBot, type_text: Callable[[QWidget, str], None], page: LearnersPage) -> None:
    dialog = page.add_learner()
    type_text(dialog.surname, "Сейітова2")
    qtbot.waitUntil(lambda: dialog._errors["surname"].isVisible(), timeout=3000)
    assert "only letters" in dialog._errors["surname"].text()
    assert not dialog._errors["iin"].isVisible()  # untouched fields stay quiet


def test_duplicate_iin_names_the_existing_learner(qtbot: QtBot, type_text: Callable[[QWidget, str], None], page: LearnersPage, database: Database) -> None:
    add(database, "Қасымов", "Нұрлан", date(2009, 4, 17), Sex.FEMALE, 321)
    dialog = page.add_learner()
    type_text(dialog.iin, VALID_IIN)
    type_text(dialog.surname, "Басқа")
    type_text(dialog.given_name, "Адам")
    type_text(dialog.representative_name, "Басқа Ата")
    dialog.consent_given_by.set_value(ConsentGiver.REPRESENTATIVE)
    dialog.save()
    wait_idle(qtbot)
    assert "Қасымов Нұрлан" in dialog._errors["iin"].text()


def test_search_in_kazakh_is_case_insensitive(qtbot: QtBot, type_text: Callable[[QWidget, str], None], page: LearnersPage, database: Database) -> None:
    add(database, "Қасымов", "Нұрлан", date(2008, 1, 5), Sex.MALE, 1)
    add(database, "Әбдірахманова", "Ұлжан", date(2008, 2, 6), Sex.FEMALE, 2)
    add(database, "Иванов", "Сергей", date(2008, 3, 7), Sex.MALE, 3)
    page.model.refresh()
    wait_idle(qtbot)
    assert names_shown(page) == ["Әбдірахманова Ұлжан", "Иванов Сергей", "Қасымов Нұрлан"]  # Kazakh order
    type_text(page.search, "ҚАСЫМ")
    qtbot.waitUntil(lambda: names_shown(page) == ["Қасымов Нұрлан"], timeout=5000)
    page.search.clear()
    type_text(page.search, "ұлжан")
    qtbot.waitUntil(lambda: names_shown(page) == ["Әбдірахманова Ұлжан"], timeout=5000)
    assert "1" in page.count_label.text()


def test_stage_filter_and_sort_by_birth_date(qtbot: QtBot, type_text: Callable[[QWidget, str], None], page: LearnersPage, database: Database) -> None:
    add(database, "Бекова", "Айша", date(2019, 1, 5), Sex.FEMALE, 1, Stage.PRESCHOOL)
    add(database, "Ахметов", "Ержан", date(2008, 1, 5), Sex.MALE, 2, Stage.SCHOOL)
    add(database, "Жұмабаев", "Ерлан", date(2007, 1, 5), Sex.MALE, 3, Stage.SCHOOL)
    page.model.refresh()
    wait_idle(qtbot)
    page.stage_filter.set_value(Stage.SCHOOL)
    qtbot.waitUntil(lambda: names_shown(page) == ["Ахметов Ержан", "Жұмабаев Ерлан"], timeout=5000)
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: names_shown(page) == ["Ахметов Ержан", "Жұмабаев Ерлан"][::-1] or names_shown(page)[0] == "Ахметов Ержан", timeout=5000)
    wait_idle(qtbot)
    assert names_shown(page) == ["Ахметов Ержан", "Жұмабаев Ерлан"]  # born 2008 before 2007 when descending
    assert page.model.sort_order == (LearnerSort.BIRTH_DATE, True)  # what «export the list as shown» writes in
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # a column without a sort: the rows stay as they are
    assert page.model.sort_order == (LearnerSort.BIRTH_DATE, True)


def test_delete_asks_and_defaults_to_no(qtbot: QtBot, type_text: Callable[[QWidget, str], None], page: LearnersPage, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    add(database, "Қасымов", "Нұрлан", date(2008, 1, 5), Sex.MALE, 1)
    page.model.refresh()
    wait_idle(qtbot)
    page.table.selectRow(0)
    asked: list[object] = []

    def answer(parent: QWidget | None, title: str, text: str, buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
        asked.append(default)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.delete_selected()
    wait_idle(qtbot)
    assert asked == [QMessageBox.StandardButton.No]
    assert page.model.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)


def test_journey_shows_stages_after_moving_on(qtbot: QtBot, type_text: Callable[[QWidget, str], None], page: LearnersPage, database: Database) -> None:
    add(database, "Қасымов", "Нұрлан", date(2006, 1, 5), Sex.MALE, 1)
    page.model.refresh()
    wait_idle(qtbot)
    page.table.selectRow(0)
    dialog = page.move_selected()
    assert dialog is not None
    wait_idle(qtbot)
    dialog.stage.set_value(Stage.COLLEGE)
    type_text(dialog.detail, "Кен шебері")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: "Кен шебері" in page.journey.toPlainText(), timeout=5000)
    text = page.journey.toPlainText()
    assert text.index("School") < text.index("College")
    with database.session() as session:
        assert session.query(Person).count() == 1


def test_unsaved_changes_ask_before_closing(qtbot: QtBot, type_text: Callable[[QWidget, str], None], page: LearnersPage, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog: LearnerDialog = page.add_learner()
    type_text(dialog.surname, "Қасымов")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    dialog.reject()
    assert dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.reject()
    assert not dialog.isVisible()


def test_error_lines_are_never_cut_off(qtbot: QtBot, type_text: Callable[[QWidget, str], None], page: LearnersPage) -> None:
    """Russian messages wrap to two lines; each label must get the height its text needs."""
    i18n.install_language("ru")
    try:
        dialog = page.add_learner()
        type_text(dialog.iin, "090417612345")
        type_text(dialog.surname, "Сейітова2")
        type_text(dialog.phone, "abc")
        type_text(dialog.email, "bad@")
        dialog.save()
        wait_idle(qtbot)
        qtbot.wait(50)
        shown = [label for label in dialog._errors.values() if label.isVisible()]
        assert len(shown) >= 5
        for label in shown:
            text_rect = label.fontMetrics().boundingRect(
                QRect(0, 0, label.contentsRect().width(), 10_000), Qt.TextFlag.TextWordWrap, label.text()
            )
            assert label.contentsRect().height() >= text_rect.height(), label.text()
    finally:
        i18n.install_language("en")
