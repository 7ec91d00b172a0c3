"""Texts kept per language on screen: each field in its own input, and a list showing another language's text marks it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_bin
from cluster_desktop.models import GuidanceStage, Organisation, OrganisationKind
from cluster_desktop.services import guidance_sessions as G
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from tests.ui.conftest import wait_idle
from ui import i18n
from ui.pages.partners_page import PartnersPage
from ui.pages.sessions_page import SessionsPage

pytestmark = pytest.mark.usefixtures("fixed_day")


@pytest.fixture
def russian() -> Iterator[None]:
    i18n.install_language("ru")
    yield
    i18n.install_language("en")


def test_a_topic_kept_only_in_kazakh_is_shown_marked_on_a_russian_screen(qtbot: QtBot, database: Database, russian: None) -> None:
    with database.session() as s:
        G.create_session(
            s, G.GuidanceSessionInput(date(2026, 2, 1), "№1 мектеп", "Кішкентай кенші", GuidanceStage.SCHOOL), today=date(2026, 3, 1)
        )
        G.create_session(
            s,
            G.GuidanceSessionInput(
                date(2026, 2, 2),
                "№3 мектеп",
                "Ашық есік күні",
                GuidanceStage.SCHOOL,
                place_ru="Школа №3",
                topic_ru="День открытых дверей",
            ),
            today=date(2026, 3, 1),
        )
    page = SessionsPage(database)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    shown = {page.model.text(row, column) for row in range(2) for column in range(page.model.columnCount())}
    assert "Кішкентай кенші (каз.)" in shown and "№1 мектеп (каз.)" in shown  # only in Kazakh: said so
    assert "День открытых дверей" in shown and "Школа №3" in shown  # its own language: no marker
    assert "Ашық есік күні" not in " ".join(shown)


def test_a_partner_is_entered_in_every_language(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    page = PartnersPage(database)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot)
    dialog = page.add_partner()
    wait_idle(qtbot)
    dialog.kind.set_value(OrganisationKind.EMPLOYER)
    typed = {
        "name_kk": "Дон тау-кен байыту комбинаты",
        "name_ru": "Донской ГОК",
        "name_en": "Donskoy Mining Plant",
        "address_kk": "Хромтау қ., Бейбітшілік к-сі, 1",
        "address_ru": "г. Хромтау, ул. Мира, 1",
        "address_en": "1 Mira St., Khromtau",
        "bank_kk": "Халық Банкі",
        "bank_ru": "Народный Банк",
        "iban": "kz65 6010 0020 0001 2345",
        "bic": "hsbkkzkx",
        "signatory_position_kk": "Филиал директоры",
        "signatory_position_ru": "Директор филиала",
        "signatory_name": "Петренко Ольга Викторовна",
        "bin": make_bin(1995, 12, 4, 1546),
    }
    for name, text in typed.items():
        type_text(getattr(dialog, name), text)
    dialog.signatory_sex.set_value(Sex.FEMALE)
    assert dialog.address_kk.placeholderText() == "in Kazakh" and dialog.bank_ru.placeholderText() == "in Russian"
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    with database.session() as session:
        stored = session.query(Organisation).one()
        assert (stored.address_kk, stored.address_ru, stored.address_en) == (typed["address_kk"], typed["address_ru"], typed["address_en"])
        assert (stored.name_en, stored.bank_kk, stored.signatory_position_ru) == ("Donskoy Mining Plant", "Халық Банкі", "Директор филиала")
        assert (stored.iban, stored.bic, stored.signatory_sex) == ("KZ656010002000012345", "HSBKKZKX", Sex.FEMALE)


def test_an_english_screen_marks_a_partner_named_only_in_russian(qtbot: QtBot, database: Database) -> None:
    with database.session() as session:
        create_organisation(session, OrganisationInput(OrganisationKind.SCHOOL, "№1 мектеп-гимназия", "Школа-гимназия №1"))
        create_organisation(
            session, OrganisationInput(OrganisationKind.UNIVERSITY, "ERG университеті", "Университет ERG", name_en="ERG University")
        )
    page = PartnersPage(database)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert sorted(page.model.text(row, 0) for row in range(2)) == ["ERG University", "Школа-гимназия №1 (in Russian)"]
