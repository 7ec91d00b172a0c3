"""Opening a settings dialog and closing it with Esc writes nothing: no audit entry, no stored text (issue 16).

An entry that leads to a page instead (Own consent at 18 → the Consents page) writes nothing either.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.models import AuditEntry, DocumentText
from tests.factories import count
from tests.ui.conftest import wait_idle
from ui.main_window import MainWindow


def settings_menu(window: MainWindow) -> QMenu:
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and window.college_action in menu.actions():
            return menu
    raise AssertionError("no Settings menu")


def page_actions(window: MainWindow) -> dict[object, str]:
    """The Settings entries that show a page (and the page's key) rather than open a dialog."""
    return {window.consent_grace_action: "consents"}


def test_every_settings_dialog_opened_and_escaped_writes_nothing(qtbot: QtBot, database: Database) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_database(database)
    wait_idle(qtbot)
    entries, texts = count(database, AuditEntry), count(database, DocumentText)
    actions = [a for a in settings_menu(window).actions() if not a.isSeparator() and a.menu() is None]
    assert len(actions) >= 2 and all(a.isEnabled() and a.isVisible() for a in actions)
    for action in actions:
        before = set(window.findChildren(QDialog))
        window.show_page("dashboard")
        action.trigger()
        opened = [d for d in window.findChildren(QDialog) if d not in before and d.isVisible()]
        if action in page_actions(window):
            assert opened == [] and window.current_page_key() == page_actions(window)[action], action.text()
            wait_idle(qtbot)
            assert (count(database, AuditEntry), count(database, DocumentText)) == (entries, texts), action.text()
            continue
        assert len(opened) == 1, action.text()
        dialog = opened[0]
        wait_idle(qtbot)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(dialog.isHidden, timeout=5000)
        wait_idle(qtbot)
        assert (count(database, AuditEntry), count(database, DocumentText)) == (entries, texts), action.text()
