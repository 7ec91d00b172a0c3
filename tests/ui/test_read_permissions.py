"""The window and the core agree on who may read what: a page opened for the wrong role says so plainly.

The window does not offer the Audit log or the Staff accounts to a registrar, nor any page to
nobody; should a page be opened anyway, the services refuse to read, and the page shows the
refusal in the user's language instead of the records (or a crash).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.permissions import Actor, Role
from tests.factories import learner
from tests.ui.conftest import wait_idle
from ui import i18n
from ui.main_window import MainWindow
from ui.pages.audit_page import AuditPage
from ui.pages.learners_page import LearnersPage
from ui.pages.users_page import UsersPage

REGISTRAR = Actor("bolat", Role.REGISTRAR, "Болат", "test-pc")
VIEWER = Actor("vera", Role.VIEWER, "Вера", "test-pc")


def messages(widget: QWidget) -> list[str]:
    return [box.text() for box in widget.findChildren(QMessageBox) if box.isVisible()]


def open_page(qtbot: QtBot, make: Callable[[Database], QWidget], database: Database) -> QWidget:
    page = make(database)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot)
    return page


@pytest.mark.parametrize(
    ("make", "actor", "refusal"),
    [
        (AuditPage, REGISTRAR, "bolat (registrar) may not read the audit log. Ask an administrator."),
        (AuditPage, VIEWER, "vera (viewer) may not read the audit log. Ask an administrator."),
        (UsersPage, REGISTRAR, "bolat (registrar) may not manage staff accounts. Ask an administrator."),
        (LearnersPage, None, "Nobody is logged in: log in to see personal data."),
    ],
    ids=["audit-registrar", "audit-viewer", "accounts-registrar", "learners-nobody"],
)
def test_a_page_read_without_the_permission_says_why_and_shows_nothing(
    qtbot: QtBot, database: Database, make: Callable[[Database], QWidget], actor: Actor | None, refusal: str
) -> None:
    with database.session() as session:
        learner(session, "Сейітова", "Гүлнар")  # as the test administrator: something to leak
    database.actor = actor
    page = open_page(qtbot, make, database)
    assert messages(page) == [refusal]
    model = getattr(page, "model", None)
    assert model is None or model.rowCount() == 0


def test_the_refusal_is_in_the_users_language(qtbot: QtBot, database: Database) -> None:
    database.actor = REGISTRAR
    i18n.install_language("ru")
    try:
        page = open_page(qtbot, AuditPage, database)
        [text] = messages(page)
        assert "bolat" in text and "читать журнал аудита" in text and "registrar" not in text
    finally:
        i18n.install_language("en")
    i18n.install_language("kk")
    try:
        page = open_page(qtbot, AuditPage, database)
        [text] = messages(page)
        assert "аудит журналын оқу" in text
    finally:
        i18n.install_language("en")


@pytest.mark.parametrize(
    ("actor", "offered"),
    [
        (Actor("aigul", Role.ADMINISTRATOR, "", "test-pc"), True),
        (REGISTRAR, False),
        (VIEWER, False),
    ],
    ids=["administrator", "registrar", "viewer"],
)
def test_only_administrators_are_offered_the_log_and_the_accounts(qtbot: QtBot, actor: Actor, offered: bool) -> None:
    window = MainWindow(actor=actor)
    qtbot.addWidget(window)
    keys = {entry.key for entry in window.entries}
    assert ("audit" in keys, "users" in keys) == (offered, offered)
    assert "learners" in keys
