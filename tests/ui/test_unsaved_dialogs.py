"""Dialogs that take input ask before it is thrown away — by Esc, the close button or Cancel — and only then.

Each dialog is opened, left untouched and closed (no question), then opened,
typed into and closed three ways: «No» keeps it open with what was typed,
«Yes» closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import ConsentGiver, Stage
from cluster_desktop.services.learners import LearnerInput, create_learner
from tests.narrowing import present
from tests.ui.conftest import wait_idle
from ui.dialogs.account_dialog import AccountDialog
from ui.dialogs.import_wizard import ImportWizard
from ui.dialogs.issue_dialog import IssueDialog
from ui.dialogs.password_dialog import PasswordDialog
from ui.dialogs.stage_dialog import StageDialog
from ui.unsaved import ConfirmsDiscard, InputSnapshot, input_state

Opened = tuple[QDialog, Callable[[], None]]  # the dialog, and how the user types into it


def answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> list[str]:
    """Every question gets ``reply``; the list collects the questions, and checks the default is No."""
    asked: list[str] = []

    def question(parent: QWidget | None, title: str, text: str, buttons: QMessageBox.StandardButton, default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
        assert default == QMessageBox.StandardButton.No
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture(autouse=True)
def never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that fails with input typed must not hang on a real question when its dialog is closed."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)


def account(qtbot: QtBot, database: Database, tmp_path: Path, type_text: Callable[[QWidget, str], None]) -> Opened:
    dialog = AccountDialog(database)
    return dialog, lambda: type_text(dialog.username, "dana")


def own_password(qtbot: QtBot, database: Database, tmp_path: Path, type_text: Callable[[QWidget, str], None]) -> Opened:
    dialog = PasswordDialog(database, "aigerim", own=True)
    return dialog, lambda: type_text(dialog.old, "Ескі-құпия")


def reset_password(qtbot: QtBot, database: Database, tmp_path: Path, type_text: Callable[[QWidget, str], None]) -> Opened:
    dialog = PasswordDialog(database, "dana", own=False)
    return dialog, lambda: type_text(dialog.passwords.again, "Жаңа")


def issue(qtbot: QtBot, database: Database, tmp_path: Path, type_text: Callable[[QWidget, str], None]) -> Opened:
    dialog = IssueDialog(3, "kk", tmp_path / "certificates")
    return dialog, lambda: dialog.issued_on.setDate(QDate.currentDate().addDays(-3))


def stage(qtbot: QtBot, database: Database, tmp_path: Path, type_text: Callable[[QWidget, str], None]) -> Opened:
    with database.session() as session:
        person = create_learner(session, LearnerInput(
            iin=make_iin(date(2000, 5, 12), Sex.MALE, 1), surname="Қасымов", given_name="Нұрлан",
            birth_date=date(2000, 5, 12), sex=Sex.MALE, consent_given_by=ConsentGiver.SELF,
            consent_date=date(2024, 9, 1), stage=Stage.COLLEGE,
        ))
        person_id = person.id
    dialog = StageDialog(database, person_id, "Қасымов Нұрлан", Stage.COLLEGE)
    wait_idle(qtbot)  # the organisations arrive: filling the list is not typing
    return dialog, lambda: type_text(dialog.detail, "Слесарь")


def import_wizard(qtbot: QtBot, database: Database, tmp_path: Path, type_text: Callable[[QWidget, str], None]) -> Opened:
    path = tmp_path / "list.csv"
    path.write_text(f"ЖСН;Тегі;Аты\n{make_iin(date(2004, 1, 5), Sex.MALE, 7)};Омаров;Нұрлан\n", encoding="utf-8")
    wizard = ImportWizard(database)
    wait_idle(qtbot)

    def choose_file() -> None:
        wizard.file_page.load_file(str(path))
        wait_idle(qtbot)
        assert wizard.table is not None

    return wizard, choose_file


DIALOGS = [account, own_password, reset_password, issue, stage, import_wizard]


def close_by(how: str, qtbot: QtBot, dialog: QDialog) -> None:
    if how == "escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    elif how == "close button":
        dialog.close()
    elif isinstance(dialog, QWizard):
        dialog.button(QWizard.WizardButton.CancelButton).click()
    else:
        present(dialog.findChild(QDialogButtonBox)).button(QDialogButtonBox.StandardButton.Cancel).click()


@pytest.mark.parametrize("make", DIALOGS, ids=lambda f: f.__name__)
def test_untouched_dialog_closes_without_asking(qtbot: QtBot, database: Database, tmp_path: Path, type_text: Callable[[QWidget, str], None], monkeypatch: pytest.MonkeyPatch, make: Callable[..., Opened]) -> None:
    dialog, _type = make(qtbot, database, tmp_path, type_text)
    qtbot.addWidget(dialog)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.open()
    close_by("escape", qtbot, dialog)
    assert asked == [] and not dialog.isVisible()


@pytest.mark.parametrize("how", ["escape", "close button", "cancel"])
@pytest.mark.parametrize("make", DIALOGS, ids=lambda f: f.__name__)
def test_typed_dialog_asks_and_no_keeps_the_input(qtbot: QtBot, database: Database, tmp_path: Path, type_text: Callable[[QWidget, str], None], monkeypatch: pytest.MonkeyPatch, make: Callable[..., Opened], how: str) -> None:
    dialog, type_into = make(qtbot, database, tmp_path, type_text)
    assert isinstance(dialog, ConfirmsDiscard)
    qtbot.addWidget(dialog)
    dialog.open()
    type_into()
    typed = dialog.has_unsaved_changes()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    close_by(how, qtbot, dialog)
    assert typed and len(asked) == 1 and dialog.isVisible()
    assert dialog.has_unsaved_changes()  # still there to be saved

    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    close_by(how, qtbot, dialog)
    assert len(asked) == 1 and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_no_closing_while_a_save_runs(qtbot: QtBot, database: Database, tmp_path: Path, type_text: Callable[[QWidget, str], None], monkeypatch: pytest.MonkeyPatch) -> None:
    dialog, type_into = account(qtbot, database, tmp_path, type_text)
    assert isinstance(dialog, AccountDialog)
    qtbot.addWidget(dialog)
    dialog.open()
    type_into()
    dialog.saving = True
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and dialog.isVisible()
    dialog.saving = False


def test_the_import_asks_no_more_once_done(qtbot: QtBot, database: Database, tmp_path: Path, type_text: Callable[[QWidget, str], None], monkeypatch: pytest.MonkeyPatch) -> None:
    wizard, choose_file = import_wizard(qtbot, database, tmp_path, type_text)
    assert isinstance(wizard, ImportWizard)
    qtbot.addWidget(wizard)
    wizard.open()
    choose_file()
    wizard.next()
    wizard.next()
    wizard.preview_page.consent.setChecked(True)  # consents collected on paper
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    assert wizard.currentPage() is wizard.preview_page and wizard.has_unsaved_changes()
    wizard.next()  # imports
    wait_idle(qtbot)
    assert wizard.currentPage() is wizard.result_page and wizard.result_page.isComplete()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    wizard.reject()
    assert asked == [] and not wizard.isVisible()


def test_a_snapshot_sees_every_kind_of_input(qtbot: QtBot) -> None:
    dialog = IssueDialog(1, "ru", Path("/tmp"))
    qtbot.addWidget(dialog)
    snapshot = InputSnapshot(dialog.language, dialog.issued_on, dialog.folder)
    assert not snapshot.changed()
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    assert snapshot.changed()
    snapshot.mark_clean()
    assert not snapshot.changed()
    dialog.folder.setText("/media/stick")
    assert snapshot.changed()
    with pytest.raises(TypeError):
        input_state([dialog.summary])
