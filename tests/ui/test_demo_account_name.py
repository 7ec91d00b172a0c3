"""The demo administrator is named in the interface language, not «Demo administrator» in every language (issue 16)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.services.accounts import make_demo_database
from tests.ui.conftest import wait_idle
from ui import i18n
from ui.labels import account_name
from ui.pages.users_page import UsersPage


def test_the_demo_administrator_is_named_in_each_language(qtbot: QtBot, database: Database) -> None:
    with database.session() as session:
        make_demo_database(session)
    page = UsersPage(database)
    qtbot.addWidget(page)
    wait_idle(qtbot)
    names = {}
    try:
        for language in ("kk", "ru", "en"):
            i18n.install_language(language)
            names[language] = page.model.index(0, 1).data()
    finally:
        i18n.install_language("en")
    assert names == {"kk": "Демо-әкімші", "ru": "Демонстрационный администратор", "en": "Demo administrator"}
    assert account_name("aigerim", "Demo administrator") == "Demo administrator"  # a real account keeps what was typed
    assert account_name("demo", "Әсел") == "Әсел" and account_name("demo", None) == ""
