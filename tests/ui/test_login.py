"""Who works: first administrator, login (right, wrong, locked), demo, logout, own password, a viewer's window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.permissions import Actor, Role
from cluster_desktop.services import login
from cluster_desktop.services.accounts import (
    create_first_administrator,
    list_accounts,
    make_demo_database,
)
from cluster_desktop.services.audit_log import AuditFilter, audit_page
from tests.conftest import TEST_ADMINISTRATOR
from tests.ui.conftest import wait_idle
from ui import i18n
from ui.app import Controller
from ui.dialogs.first_admin_dialog import FirstAdminDialog
from ui.dialogs.login_dialog import LoginDialog
from ui.dialogs.password_dialog import PasswordDialog
from ui.pages.backup_page import BackupPage
from ui.pages.certificates_page import CertificatesPage
from ui.pages.learners_page import LearnersPage
from ui.pages.programmes_page import ProgrammesPage

PASSWORD = "Rudnik-2026!"


def start(qtbot: QtBot, database: Database) -> Controller:
    """As run_gui does: the window first, then the database once it is open, nobody logged in."""
    database.actor = None
    controller = Controller(None, demo=False)
    qtbot.addWidget(controller.show())
    controller.attach(database)
    wait_idle(qtbot)
    return controller


def with_administrator(database: Database) -> None:
    database.actor = None
    with database.session() as session:
        create_first_administrator(session, "aigerim", "Aigerim Sarsenova", PASSWORD)


def log_in(qtbot: QtBot, controller: Controller, username: str, password: str) -> LoginDialog:
    dialog = controller.login
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    return dialog


def test_first_run_creates_the_administrator_and_logs_in(
    qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]
) -> None:
    controller = start(qtbot, database)
    dialog = controller.login
    assert isinstance(dialog, FirstAdminDialog) and dialog.isVisible()
    assert controller.window is not None
    assert controller.window.actor is None and not controller.window.pages
    dialog.username.setText("ai gerim")
    type_text(dialog.display_name, "Әйгерім Сарсенова")
    dialog.passwords.password.setText("short")
    dialog.passwords.again.setText("different")
    qtbot.waitUntil(lambda: dialog.passwords.again_error.isVisible(), timeout=3000)
    assert "too short" in dialog.passwords.password_error.text()
    assert "not the same" in dialog.passwords.again_error.text()
    assert "without spaces" in dialog.username_error.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # nothing was asked of the database
    dialog.username.setText("aigerim")
    dialog.passwords.password.setText(PASSWORD)
    dialog.passwords.again.setText(PASSWORD)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.actor is not None, timeout=15000)
    shown = controller.window  # the window of the logged-in user (a log-in builds a new one)
    assert shown is not None
    qtbot.addWidget(shown)
    wait_idle(qtbot)
    window = controller.window
    assert window is not None
    assert window.windowTitle() == "Cluster Desktop — Әйгерім Сарсенова (administrator)"
    assert database.actor.username == "aigerim" and database.actor.role is Role.ADMINISTRATOR
    assert "audit" in [e.key for e in window.entries] and "users" in [e.key for e in window.entries]
    with database.session() as session:
        assert [(a.username, a.role) for a in list_accounts(session)] == [("aigerim", Role.ADMINISTRATOR)]


def test_login_refuses_a_wrong_password_without_saying_which_part(qtbot: QtBot, database: Database) -> None:
    with_administrator(database)
    controller = start(qtbot, database)
    dialog = log_in(qtbot, controller, "aigerim", "wrong password")
    assert controller.window is not None
    assert dialog.isVisible() and controller.window.actor is None
    assert dialog.error.text() == login.LOGIN_FAILED
    assert dialog.password.text() == "" and dialog.username.text() == "aigerim"
    log_in(qtbot, controller, "nobody", PASSWORD)
    assert dialog.error.text() == login.LOGIN_FAILED
    log_in(qtbot, controller, "Aigerim", PASSWORD)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.actor is not None, timeout=15000)
    shown = controller.window  # the window of the logged-in user (a log-in builds a new one)
    assert shown is not None
    qtbot.addWidget(controller.window)
    wait_idle(qtbot)
    assert controller.window.windowTitle() == "Cluster Desktop — Aigerim Sarsenova (administrator)"


def test_a_locked_account_is_refused_with_the_same_message_as_a_wrong_password(qtbot: QtBot, database: Database) -> None:
    with_administrator(database)
    controller = start(qtbot, database)
    for _attempt in range(login.MAX_FAILURES):
        dialog = log_in(qtbot, controller, "aigerim", "wrong password")
    dialog = log_in(qtbot, controller, "aigerim", PASSWORD)  # right, but too late
    assert controller.window is not None
    assert dialog.isVisible() and controller.window.actor is None
    assert dialog.error.text() == login.LOGIN_FAILED  # it must not tell a guesser that the name exists


def test_demo_database_logs_in_as_the_demo_administrator(qtbot: QtBot, database: Database) -> None:
    database.actor = None
    with database.session() as session:
        make_demo_database(session)
    controller = start(qtbot, database)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.actor is not None, timeout=15000)
    shown = controller.window  # the window of the logged-in user (a log-in builds a new one)
    assert shown is not None
    qtbot.addWidget(shown)
    wait_idle(qtbot)
    assert controller.login is None
    assert shown.windowTitle() == "Cluster Desktop — demo data, demo administrator"
    assert database.actor.role is Role.ADMINISTRATOR
    assert not shown.log_out_action.isVisible() and not shown.password_action.isVisible()


def test_log_out_returns_to_the_login_and_rebuilds_the_window(qtbot: QtBot, database: Database) -> None:
    with_administrator(database)
    controller = start(qtbot, database)
    log_in(qtbot, controller, "aigerim", PASSWORD)
    qtbot.waitUntil(lambda: controller.window is not None and controller.window.actor is not None, timeout=15000)
    shown = controller.window  # the window of the logged-in user (a log-in builds a new one)
    assert shown is not None
    first = shown
    qtbot.addWidget(first)
    wait_idle(qtbot)
    first.log_out_action.trigger()
    wait_idle(qtbot)
    second = controller.window
    assert second is not None and second is not first and second.actor is None and database.actor is None
    qtbot.addWidget(second)
    assert isinstance(controller.login, LoginDialog) and controller.login.isVisible()
    assert second.windowTitle() == "Cluster Desktop"
    with database.session() as session:
        session.info["actor"] = TEST_ADMINISTRATOR  # the window belongs to nobody now; the test reads the log as an administrator
        last = audit_page(session, AuditFilter(username="aigerim"), limit=1)[0]
    assert last.action == "logout"


def test_login_dialog_switches_the_language_keeping_the_username(qtbot: QtBot, database: Database) -> None:
    with_administrator(database)
    controller = start(qtbot, database)
    assert isinstance(controller.login, LoginDialog)
    controller.login.username.setText("aigerim")
    controller.login.language.setCurrentIndex(controller.login.language.findData("ru"))
    wait_idle(qtbot)
    qtbot.addWidget(controller.window)
    try:
        dialog = controller.login
        assert isinstance(dialog, LoginDialog) and dialog.isVisible()
        assert dialog.username.text() == "aigerim" and dialog.language.currentData() == "ru"
        assert controller.window is not None
        assert controller.window.navigation.item(0).text() == "Обучающиеся"
    finally:
        i18n.install_language("en")


def test_change_own_password(qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    with_administrator(database)
    database.actor = Actor("aigerim", Role.ADMINISTRATOR, "Aigerim Sarsenova")
    controller = Controller(database, demo=False)
    window = controller.show()
    qtbot.addWidget(window)
    wait_idle(qtbot)
    dialog = window.change_password()
    assert isinstance(dialog, PasswordDialog)
    dialog.old.setText("not it")
    dialog.passwords.password.setText("Новый-пароль-1")
    dialog.passwords.again.setText("Новый-пароль-1")
    dialog.save()
    wait_idle(qtbot)
    assert dialog.isVisible() and "current password is wrong" in dialog.summary.text()
    dialog.old.setText(PASSWORD)
    dialog.save()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "password_changed") is not None, timeout=3000)
    assert window.findChild(PasswordDialog) is None  # closed (and deleted)
    assert login.authenticate(database, "aigerim", "Новый-пароль-1").username == "aigerim"


def test_a_viewer_sees_lists_but_no_changes(qtbot: QtBot, database: Database) -> None:
    database.actor = Actor("dana", Role.VIEWER, "Dana")
    controller = Controller(database, demo=False)
    window = controller.show()
    qtbot.addWidget(window)
    window.show_page("learners")
    wait_idle(qtbot)
    assert window.windowTitle() == "Cluster Desktop — Dana (viewer)"
    keys = [e.key for e in window.entries]
    assert "learners" in keys and "backup" not in keys and "audit" not in keys and "users" not in keys
    page = window.pages["learners"]
    assert isinstance(page, LearnersPage)
    for button in (page.add_button, page.edit_button, page.delete_button, page.stage_button, page.import_button, page.export_button):
        assert button.isHidden()
    assert not page.search.isHidden()
    assert not window.college_action.isVisible() and not window.document_texts_action.isVisible()
    settings_menus = [a for a in window.menuBar().actions() if a.text() == "&Settings"]
    assert settings_menus and not settings_menus[0].isVisible()
    window.show_page("certificates")
    wait_idle(qtbot)
    certificates = window.pages["certificates"]
    assert isinstance(certificates, CertificatesPage)
    assert certificates.pending.issue_button.isHidden() and not certificates.pending.preview_button.isHidden()
    assert certificates.registry.revoke_button.isHidden() and certificates.registry.export_button.isHidden()
    window.show_page("programmes")
    wait_idle(qtbot)
    programmes = window.pages["programmes"]
    assert isinstance(programmes, ProgrammesPage)
    assert programmes.new_programme_button.isHidden() and programmes.enrol_button.isHidden()


def test_a_registrar_keeps_records_but_no_settings_accounts_or_restore(qtbot: QtBot, database: Database) -> None:
    database.actor = Actor("nurlan", Role.REGISTRAR, "Nurlan")
    controller = Controller(database, demo=False)
    window = controller.show()
    qtbot.addWidget(window)
    window.show_page("backup")
    wait_idle(qtbot)
    assert "audit" not in [e.key for e in window.entries]
    backup = window.pages["backup"]
    assert isinstance(backup, BackupPage)
    assert not backup.backup_button.isHidden() and backup.restore_button.isHidden()
    settings_menus = [a for a in window.menuBar().actions() if a.text() == "&Settings"]
    assert not settings_menus[0].isVisible()
    window.show_page("learners")
    wait_idle(qtbot)
    learners = window.pages["learners"]
    assert isinstance(learners, LearnersPage) and not learners.add_button.isHidden()


def test_first_run_dialog_switches_the_language_too(qtbot: QtBot, database: Database) -> None:
    controller = start(qtbot, database)
    assert isinstance(controller.login, FirstAdminDialog)
    controller.login.username.setText("aigerim")
    controller.login.language.setCurrentIndex(controller.login.language.findData("kk"))
    wait_idle(qtbot)
    qtbot.addWidget(controller.window)
    try:
        dialog = controller.login
        assert isinstance(dialog, FirstAdminDialog) and dialog.isVisible()
        assert dialog.username.text() == "aigerim" and dialog.language.currentData() == "kk"
        assert controller.window is not None
        assert controller.window.navigation.item(0).text() == "Білім алушылар"
    finally:
        i18n.install_language("en")


def test_program_start_on_a_new_database_asks_for_the_administrator(data_dir: Path, hang_guard: QTimer) -> None:
    """The whole start as main.py runs it: database opened in the background, first-run dialog, window."""
    from PySide6.QtWidgets import QApplication

    from cluster_desktop.cli import build_parser
    from ui.app import run_gui
    from ui.main_window import MainWindow

    titles: list[str] = []

    def poll() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstAdminDialog) and w.isVisible()]
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible() and w.actor]
        if dialogs and not dialogs[0].saving:
            dialog = dialogs[0]
            dialog.username.setText("aigerim")
            dialog.display_name.setText("Aigerim Sarsenova")
            dialog.passwords.password.setText(PASSWORD)
            dialog.passwords.again.setText(PASSWORD)
            dialog.create_administrator()
        if windows:
            titles.append(windows[0].windowTitle())
            windows[0].close()
            return
        QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    from cluster_desktop.db import open_database

    open_database(None, data_dir).dispose()  # a database without accounts; an empty data folder gets the first-run wizard
    args = build_parser().parse_args(["--data-dir", str(data_dir), "--lang", "en"])
    assert run_gui(args) == 0
    assert titles == ["Cluster Desktop — Aigerim Sarsenova (administrator)"]
