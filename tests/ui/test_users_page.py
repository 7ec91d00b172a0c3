"""Staff accounts page: add a colleague, change roles, deactivate, reset a password; the last administrator stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.permissions import Role
from cluster_desktop.services import login
from cluster_desktop.services.accounts import create_first_administrator, list_accounts
from tests.narrowing import present
from tests.ui.conftest import wait_idle
from ui.dialogs.account_dialog import AccountDialog
from ui.dialogs.password_dialog import PasswordDialog
from ui.pages.users_page import UsersPage

PASSWORD = "Rudnik-2026!"


@pytest.fixture
def page(qtbot: QtBot, database: Database) -> UsersPage:
    with database.session() as session:
        create_first_administrator(session, "aigerim", "Aigerim Sarsenova", PASSWORD)
    widget = UsersPage(database)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    wait_idle(qtbot)
    return widget


def roles(database: Database) -> dict[str, tuple[Role, bool]]:
    with database.session() as session:
        return {a.username: (a.role, a.active) for a in list_accounts(session)}


def add(qtbot: QtBot, page: UsersPage, username: str, role: Role, password: str = PASSWORD) -> AccountDialog:
    dialog = page.add_account()
    dialog.username.setText(username)
    dialog.display_name.setText(username.capitalize())
    dialog.role.set_value(role)
    dialog.passwords.password.setText(password)
    dialog.passwords.again.setText(password)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    wait_idle(qtbot)
    return dialog


def test_adds_an_account_and_selects_it(qtbot: QtBot, page: UsersPage, database: Database) -> None:
    assert [r.username for r in page.accounts] == ["aigerim"]
    add(qtbot, page, "dana", Role.VIEWER)
    assert roles(database)["dana"] == (Role.VIEWER, True)
    assert page.model.rowCount() == 2 and present(page.selected()).username == "dana"
    assert page.model.text(1, 2) == "viewer"
    assert login.authenticate(database, "dana", PASSWORD).role is Role.VIEWER


def test_a_weak_password_is_refused_under_its_field(qtbot: QtBot, page: UsersPage, database: Database) -> None:
    dialog = add(qtbot, page, "dana", Role.VIEWER, password="password")
    assert dialog.isVisible() and "too common" in dialog.passwords.password_error.text()
    assert "dana" not in roles(database)


def test_the_last_administrator_cannot_be_demoted_or_deactivated(qtbot: QtBot, page: UsersPage, database: Database) -> None:
    page.select_account("aigerim")
    assert not page.role_actions[Role.ADMINISTRATOR].isEnabled()
    page.role_actions[Role.VIEWER].trigger()
    wait_idle(qtbot)
    box = page.findChild(QMessageBox)
    assert box is not None and "last active administrator" in box.text()
    box.close()
    page.toggle_active()
    wait_idle(qtbot)
    assert roles(database)["aigerim"] == (Role.ADMINISTRATOR, True)
    add(qtbot, page, "nurlan", Role.ADMINISTRATOR)
    page.select_account("aigerim")
    page.role_actions[Role.REGISTRAR].trigger()
    wait_idle(qtbot)
    wait_idle(qtbot)
    assert roles(database)["aigerim"] == (Role.REGISTRAR, True)
    assert page.model.text(page.accounts.index(present(page.selected())), 2) == "registrar"


def test_deactivate_and_activate_again(qtbot: QtBot, page: UsersPage, database: Database) -> None:
    add(qtbot, page, "dana", Role.VIEWER)
    page.select_account("dana")
    assert page.active_button.text() == "&Deactivate"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    wait_idle(qtbot)
    assert roles(database)["dana"] == (Role.VIEWER, False)
    assert present(page.selected()).username == "dana" and page.active_button.text() == "&Activate"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    wait_idle(qtbot)
    assert roles(database)["dana"] == (Role.VIEWER, True)


def test_reset_password(qtbot: QtBot, page: UsersPage, database: Database) -> None:
    add(qtbot, page, "dana", Role.VIEWER)
    page.select_account("dana")
    dialog = page.reset_password()
    assert isinstance(dialog, PasswordDialog) and not dialog.old.isVisible()
    dialog.passwords.password.setText("Жаңа-құпия-сөз")
    dialog.passwords.again.setText("Жаңа-құпия-сөз")
    dialog.save()
    wait_idle(qtbot)
    assert login.authenticate(database, "dana", "Жаңа-құпия-сөз").username == "dana"
