"""The learner form records the consent signed at registration; editing a learner leaves consents to the card."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import Consent, ConsentGiver, ConsentPurpose, ConsentTerm, Person
from cluster_desktop.services.standard_consent import DEFAULT_PURPOSES, StandardForm, save_standard_form
from cluster_desktop.spreadsheets.writer import write_table
from tests import factories
from tests.narrowing import present
from tests.ui.conftest import wait_idle
from ui.dialogs.import_wizard import ImportWizard
from ui.dialogs.learner_dialog import LearnerDialog
from ui.dialogs.standard_consent_dialog import StandardConsentDialog

ADULT_IIN = make_iin(date(2004, 1, 5), Sex.MALE, 7)


@pytest.fixture
def new_dialog(qtbot: QtBot, database: Database, fixed_day: date) -> LearnerDialog:
    dialog = LearnerDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    return dialog


def ticked(dialog: LearnerDialog) -> list[ConsentPurpose]:
    return [purpose for purpose, box in dialog.consent_purposes.items() if box.isChecked()]


def test_the_form_ticks_the_standard_form_and_saves_the_chosen_purposes(
    qtbot: QtBot, type_text: Callable[[QWidget, str], None], new_dialog: LearnerDialog, database: Database, fixed_day: date
) -> None:
    dialog = new_dialog
    assert ticked(dialog) == [ConsentPurpose.EDUCATION, ConsentPurpose.JOURNEY, ConsentPurpose.PARTNERS]
    assert "5" in dialog.consent_term.text()
    type_text(dialog.iin, ADULT_IIN)
    type_text(dialog.surname, "Омаров")
    type_text(dialog.given_name, "Нұрлан")
    dialog.consent_given_by.set_value(ConsentGiver.SELF)
    type_text(dialog.consent_form_number, "К-42")
    dialog.consent_purposes[ConsentPurpose.PARTNERS].setChecked(False)
    dialog.consent_purposes[ConsentPurpose.PUBLICITY].setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    with database.session() as session:
        consent = session.scalars(select(Consent).options(selectinload(Consent.purposes))).one()
        assert (consent.given_by, consent.given_on, consent.form_number) == (ConsentGiver.SELF, fixed_day, "К-42")
        assert [g.purpose for g in consent.purposes] == [ConsentPurpose.EDUCATION, ConsentPurpose.JOURNEY, ConsentPurpose.PUBLICITY]
        assert (consent.term, consent.years_after_studies) == (ConsentTerm.AFTER_STUDIES, 5)


def test_no_purpose_ticked_is_explained_and_nothing_is_saved(
    qtbot: QtBot,
    type_text: Callable[[QWidget, str], None],
    new_dialog: LearnerDialog,
    database: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = new_dialog
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)  # closing discards the input
    type_text(dialog.iin, ADULT_IIN)
    type_text(dialog.surname, "Омаров")
    type_text(dialog.given_name, "Нұрлан")
    dialog.consent_given_by.set_value(ConsentGiver.SELF)
    for box in dialog.consent_purposes.values():
        box.setChecked(False)
    dialog.save()
    wait_idle(qtbot)
    assert dialog.isVisible()
    assert dialog._errors["consent_purposes"].isVisible()
    assert "at least one purpose" in dialog._errors["consent_purposes"].text()
    with database.session() as session:
        assert session.scalars(select(Person)).first() is None


def test_the_college_standard_form_from_the_settings(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    with database.session() as session:
        save_standard_form(session, StandardForm((ConsentPurpose.EDUCATION, ConsentPurpose.PUBLICITY), 3))
    dialog = LearnerDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: ticked(dialog) == [ConsentPurpose.EDUCATION, ConsentPurpose.PUBLICITY], timeout=5000)
    assert "3" in dialog.consent_term.text()
    assert not dialog.has_unsaved_changes()  # the standard form is where the form starts, not a change


def test_editing_a_learner_shows_no_consent_fields_and_keeps_the_consents(
    qtbot: QtBot, type_text: Callable[[QWidget, str], None], database: Database, fixed_day: date
) -> None:
    with database.session() as session:
        person_id = factories.learner(session, "Омаров", "Нұрлан", serial=7, purposes=(ConsentPurpose.EDUCATION,)).id
    dialog = LearnerDialog(database, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    assert not dialog.consent_form_number.isVisible() and present(dialog.findChild(QWidget, "consents_hint")).isVisible()
    type_text(dialog.phone, "+7 702 000 00 00")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    with database.session() as session:
        consent = session.scalars(select(Consent).options(selectinload(Consent.purposes))).one()
        assert [g.purpose for g in consent.purposes] == [ConsentPurpose.EDUCATION]
        assert session.get(Person, person_id).phone == "+7 702 000 00 00"  # type: ignore[union-attr]


def test_the_import_wizard_reads_consent_columns_and_says_which_form_each_row_gets(
    qtbot: QtBot, database: Database, tmp_path: Path, fixed_day: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)  # closing unimported
    path = tmp_path / "келісімдер.xlsx"
    headers = ["ЖСН", "Тегі", "Аты", "Заңды өкілі", "Келісім күні", "Келісім мақсаттары"]
    write_table(
        path,
        headers,
        [
            [ADULT_IIN, "Омаров", "Нұрлан", None, "01.09.2025", "обучение, фото"],
            [make_iin(date(2010, 4, 17), Sex.FEMALE, 321), "Сейітова", "Әсем", "Сейітова Гүлнар", None, None],
            [make_iin(date(2005, 2, 3), Sex.MALE, 8), "Қасымов", "Ерлан", None, "01.09.2025", "маркетинг"],
        ],
    )
    wizard = ImportWizard(database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.load_file(str(path))
    wait_idle(qtbot)
    wizard.next()
    assert [c.currentData() for c in wizard.columns_page.combos][4:] == ["consent_date", "consent_purposes"]
    wizard.next()
    preview = wizard.preview_page
    preview.consent.setChecked(True)  # the second row's consent was collected on paper on the day chosen
    preview.valid_only.setChecked(True)
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    assert "1 with the purposes the file lists, 1 on the college's standard form" in preview.summary.text()
    assert any("«маркетинг» is not a purpose" in m for m in preview.model.messages_at(2, 6))


def test_settings_standard_consent_form_changes_what_a_new_learner_starts_with(qtbot: QtBot, database: Database, fixed_day: date) -> None:
    dialog = StandardConsentDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot)
    assert [p for p, box in dialog.purposes.items() if box.isChecked()] == list(DEFAULT_PURPOSES)
    for box in dialog.purposes.values():
        box.setChecked(False)
    dialog.save()
    wait_idle(qtbot)
    assert dialog.isVisible() and "at least one purpose" in dialog._errors["purposes"].text()
    dialog.purposes[ConsentPurpose.EDUCATION].setChecked(True)
    dialog.purposes[ConsentPurpose.ABROAD].setChecked(True)
    dialog.years.setValue(10)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    learner = LearnerDialog(database)
    qtbot.addWidget(learner)
    learner.show()
    qtbot.waitUntil(lambda: ticked(learner) == [ConsentPurpose.EDUCATION, ConsentPurpose.ABROAD], timeout=5000)
    assert "10" in learner.consent_term.text()
