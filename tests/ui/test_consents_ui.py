"""Consents in the window: the card's panel, the record and withdraw dialogs, the Consents page with its three views.

Dates are fixed (``fixed_day``: 04.12.2026): the dialogs default to today through Python's clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.models import Consent, ConsentGiver, ConsentPurpose, ConsentPurposeGrant, ConsentTerm
from cluster_desktop.permissions import Actor, Role
from cluster_desktop.services.consent_list import ConsentListView
from cluster_desktop.services.consents import ConsentInput, record_consent, withdraw_purposes
from tests import factories
from tests.ui.conftest import FIXED_DAY, wait_idle
from ui.dialogs.consent_dialog import ConsentDialog, WithdrawDialog
from ui.main_window import MainWindow
from ui.pages.consents_page import ConsentsPage
from ui.pages.learners_page import LearnersPage

P = ConsentPurpose
STANDARD = frozenset({P.EDUCATION, P.JOURNEY, P.PARTNERS})
ADULT_120_DAYS = date(FIXED_DAY.year - 18, FIXED_DAY.month, FIXED_DAY.day) - timedelta(days=120)


def learner(database: Database, surname: str, born: date, serial: int, parent_consent: bool = True) -> int:
    """A learner whose only consent (if any) is one signed by the mother on 01.09.2023."""
    with database.session() as session:
        person = factories.learner(session, surname, "Әсем", serial=serial, born=born, representative="Сейітова Гүлнар")
        for consent in session.scalars(select(Consent).where(Consent.person_id == person.id)):
            session.delete(consent)
        session.flush()
        if parent_consent:
            given = ConsentInput(
                ConsentGiver.REPRESENTATIVE, date(2023, 9, 1), STANDARD, giver_name="Сейітова Гүлнар", giver_relation="анасы"
            )
            record_consent(session, person.id, given, FIXED_DAY)
        return person.id


def grants(database: Database) -> list[tuple[ConsentPurpose, date | None]]:
    with database.session() as session:
        rows = session.execute(select(ConsentPurposeGrant.purpose, ConsentPurposeGrant.withdrawn_on).order_by(ConsentPurposeGrant.id))
        return [(purpose, day) for purpose, day in rows]


@pytest.fixture
def page(qtbot: QtBot, database: Database, settings: QSettings, fixed_day: date) -> LearnersPage:
    widget = LearnersPage(database)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    wait_idle(qtbot)
    return widget


def select_first(qtbot: QtBot, page: LearnersPage) -> None:
    page.model.refresh()
    wait_idle(qtbot)
    page.table.selectRow(0)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.consents.consents is not None)


def save(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    wait_idle(qtbot)


def test_a_consent_is_recorded_from_the_card_and_shown_with_what_it_allows(
    qtbot: QtBot, type_text: Callable[[QWidget, str], None], page: LearnersPage, database: Database
) -> None:
    learner(database, "Сейітова", date(2010, 4, 17), 1, parent_consent=False)
    select_first(qtbot, page)
    assert "No consent is recorded" in page.consents.text.toPlainText()
    dialog = page.consents.record_consent()
    assert isinstance(dialog, ConsentDialog)
    assert dialog.given_by.value() is ConsentGiver.REPRESENTATIVE  # a minor: the representative signs
    dialog.given_on.set_value(date(2010, 4, 1))  # before birth
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "before the learner was born" in dialog._errors["given_on"].text()
    assert "Legal representative" in dialog._errors["giver_name"].text()
    assert grants(database) == []

    dialog.given_on.set_value(date(2024, 9, 2))
    type_text(dialog.giver_name, "Сейітова Гүлнар")
    type_text(dialog.giver_relation, "анасы")
    dialog.purpose_boxes[P.PUBLICITY].setChecked(True)
    dialog.until_date.setChecked(True)
    dialog.valid_until.set_value(date(2027, 6, 30))
    type_text(dialog.form_number, "ПД-117")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_idle(qtbot)
    assert sorted(p for p, _ in grants(database)) == sorted([*STANDARD, P.PUBLICITY])
    qtbot.waitUntil(lambda: "ПД-117" in page.consents.text.toPlainText())
    shown = page.consents.text.toPlainText()
    assert "Сейітова Гүлнар (анасы)" in shown and "valid until 30.06.2027" in shown and "photos and publicity" in shown
    assert not page.consents.flag.isVisible()


def test_purposes_are_withdrawn_from_the_card_and_a_bad_date_is_refused(qtbot: QtBot, page: LearnersPage, database: Database) -> None:
    learner(database, "Сейітова", date(2010, 4, 17), 1)
    select_first(qtbot, page)
    dialog = page.consents.withdraw()
    assert isinstance(dialog, WithdrawDialog)
    assert [p for p, box in dialog.purpose_boxes.items() if not box.isHidden()] == [P.EDUCATION, P.JOURNEY, P.PARTNERS]
    save(qtbot, dialog)
    assert dialog.isVisible() and "at least one purpose" in dialog._errors["purposes"].text()
    dialog.purpose_boxes[P.PARTNERS].setChecked(True)
    dialog.withdrawn_on.set_value(date(2023, 8, 31))  # before the consent
    save(qtbot, dialog)
    assert dialog.isVisible() and "before the consent was given" in dialog._errors["withdrawn_on"].text()
    assert all(day is None for _, day in grants(database))
    dialog.withdrawn_on.set_value(date(2026, 11, 1))
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_idle(qtbot)
    assert dict(grants(database))[P.PARTNERS] == date(2026, 11, 1)
    qtbot.waitUntil(lambda: "withdrawn on 01.11.2026" in page.consents.text.toPlainText())


def test_the_card_flags_an_adult_with_only_a_parents_consent(qtbot: QtBot, page: LearnersPage, database: Database) -> None:
    learner(database, "Омарова", ADULT_120_DAYS, 1)
    select_first(qtbot, page)
    assert page.consents.flag.isVisible()
    assert "Consent in own name needed" in page.consents.flag.text()


def test_a_viewer_sees_the_consents_but_no_button_to_change_them(
    qtbot: QtBot, database: Database, settings: QSettings, fixed_day: date
) -> None:
    learner(database, "Сейітова", date(2010, 4, 17), 1)
    database.actor = Actor("viewer", Role.VIEWER, "", "pc")
    page = LearnersPage(database)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot)
    select_first(qtbot, page)
    assert "education records" in page.consents.text.toPlainText()
    assert page.consents.record_button.isHidden() and page.consents.withdraw_button.isHidden()


def test_the_consents_page_shows_each_view_and_the_grace_period_moves_the_flag(
    qtbot: QtBot, database: Database, settings: QSettings, fixed_day: date
) -> None:
    adult = learner(database, "Омарова", ADULT_120_DAYS, 1)
    with database.session() as session:
        expiring = ConsentInput(
            ConsentGiver.REPRESENTATIVE,
            date(2023, 9, 1),
            frozenset({P.EDUCATION}),
            ConsentTerm.UNTIL_DATE,
            FIXED_DAY + timedelta(days=10),
            giver_name="Омарова Сәуле",
        )
        record_consent(session, adult, expiring, FIXED_DAY)
        parents = session.scalars(select(Consent.id).where(Consent.person_id == adult).order_by(Consent.id)).first()
        assert parents is not None
        withdraw_purposes(session, parents, {P.JOURNEY}, date(2026, 10, 5), FIXED_DAY)
    page = ConsentsPage(database)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    wait_idle(qtbot)
    assert page.model.rowCount() == 1
    assert page.model.text(0, 0) == "Омарова Әсем" and page.model.text(0, 5) == "14.12.2026"
    assert page.model.text(0, 6) == "education records"
    assert not page.grace.isVisible()

    page.show_view(ConsentListView.ADULTS)
    wait_idle(qtbot)
    assert page.model.rowCount() == 1 and "needed since" in page.model.text(0, 6)
    assert page.grace.isVisible() and page.grace.value() == 90
    page.grace.setValue(200)
    page.grace_button.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and "due by" in page.model.text(0, 6))

    page.show_view(ConsentListView.WITHDRAWN)
    wait_idle(qtbot)
    assert page.model.rowCount() == 1 and not page.days.isVisible()
    assert page.model.text(0, 5) == "05.10.2026" and page.model.text(0, 6) == "the cluster journey across stages"


def test_settings_open_the_adults_with_the_grace_period_and_a_registrar_does_not_see_it(
    qtbot: QtBot, database: Database, settings: QSettings, fixed_day: date
) -> None:
    learner(database, "Омарова", ADULT_120_DAYS, 1)
    window = MainWindow(actor=database.actor)
    qtbot.addWidget(window)
    window.show()
    assert not window.consent_grace_action.isEnabled()
    window.attach_database(database)
    wait_idle(qtbot)
    page = window.edit_consent_grace()
    assert isinstance(page, ConsentsPage)
    wait_idle(qtbot)
    assert window.stack.currentWidget() is page
    assert page.current_view() is ConsentListView.ADULTS and page.grace.isVisible() and page.model.rowCount() == 1

    registrar = MainWindow(actor=Actor("bolat", Role.REGISTRAR, "", "test-pc"))
    qtbot.addWidget(registrar)
    assert not registrar.consent_grace_action.isVisible()


def test_a_row_of_the_consents_page_opens_the_learners_card(qtbot: QtBot, database: Database, settings: QSettings, fixed_day: date) -> None:
    learner(database, "Бекова", date(2010, 4, 17), 1)
    adult = learner(database, "Омарова", ADULT_120_DAYS, 2)
    window = MainWindow(actor=database.actor)
    qtbot.addWidget(window)
    window.show()
    window.attach_database(database)
    window.show_page("consents")
    wait_idle(qtbot)
    page = window.pages["consents"]
    assert isinstance(page, ConsentsPage)
    page.show_view(ConsentListView.ADULTS)
    wait_idle(qtbot)
    assert not page.card_button.isEnabled()
    page.table.selectRow(0)
    assert page.card_button.isEnabled()
    page.card_button.click()
    wait_idle(qtbot)
    learners = window.pages["learners"]
    assert isinstance(learners, LearnersPage) and window.stack.currentWidget() is learners
    qtbot.waitUntil(lambda: learners.selected_row() is not None and learners.consents.consents is not None)
    assert learners.selected_row().id == adult  # type: ignore[union-attr]
    assert learners.consents.flag.isVisible()


def test_the_record_dialog_starts_from_the_colleges_standard_form(qtbot: QtBot, page: LearnersPage, database: Database) -> None:
    from cluster_desktop.services.standard_consent import StandardForm, save_standard_form

    with database.session() as session:
        save_standard_form(session, StandardForm((P.EDUCATION, P.PUBLICITY), 3))
    learner(database, "Сейітова", date(2010, 4, 17), 1, parent_consent=False)
    select_first(qtbot, page)
    dialog = page.consents.record_consent()
    assert isinstance(dialog, ConsentDialog)
    qtbot.waitUntil(lambda: dialog.years_after_studies.value() == 3)
    assert {p for p, box in dialog.purpose_boxes.items() if box.isChecked()} == {P.EDUCATION, P.PUBLICITY}
    assert dialog._initial == dialog.current_input()  # the form's own defaults: closing asks nothing
    dialog.reject()
