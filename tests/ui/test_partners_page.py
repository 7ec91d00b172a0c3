"""The Partners page: add a partner (BIN checked as typed), find it, see its agreements, delete only when it has none, export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cluster_desktop.db import Database
from cluster_desktop.ids import make_bin
from cluster_desktop.models import AgreementKind, Organisation, OrganisationKind
from cluster_desktop.services.agreements import AgreementInput, create_agreement
from cluster_desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
)
from tests.narrowing import present
from tests.ui.conftest import wait_idle
from ui.export_action import export_to
from ui.pages.partners_page import PartnersPage

BIN = make_bin(1995, 12, 4, 1546)


def organisation_count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Organisation)) or 0


def make_page(qtbot: QtBot, database: Database) -> PartnersPage:
    page = PartnersPage(database)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    wait_idle(qtbot)
    return page


def test_add_partner_with_bin_checked_inline(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    page = make_page(qtbot, database)
    assert page.model.rowCount() == 0 and not page.edit_button.isEnabled()
    dialog = page.add_partner()
    wait_idle(qtbot)
    dialog.kind.set_value(OrganisationKind.EMPLOYER)
    type_text(dialog.name_kk, "Дон тау-кен байыту комбинаты")
    type_text(dialog.name_ru, "Донской ГОК")
    type_text(dialog.bin, BIN[:-1] + str((int(BIN[-1]) + 1) % 10))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert present(dialog.findChild(type(dialog.summary), "bin_error")).isVisible()
    assert dialog.isVisible() and organisation_count(database) == 0
    dialog.bin.clear()
    type_text(dialog.bin, BIN)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.waitUntil(lambda: page.selected_row() is not None)  # the new partner is selected
    assert present(page.selected_row()).bin == BIN
    assert "Дон тау-кен" in page.agreements_label.text() or "Донской" in page.agreements_label.text()


def test_agreements_of_the_partner_and_refused_delete(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with database.session() as session:
        employer = create_organisation(session, OrganisationInput(OrganisationKind.EMPLOYER, "Дон ТКБК", "Донской ГОК", BIN)).id
        create_organisation(session, OrganisationInput(OrganisationKind.SCHOOL, "Әбай атындағы №3 мектеп", "Школа №3 имени Абая"))
        create_agreement(session, AgreementInput(AgreementKind.MEMORANDUM, "М-1", employer, date(2025, 3, 1), date(2025, 3, 1)))
    page = make_page(qtbot, database)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    type_text(page.search, "донской")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.selectRow(0)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.agreements.rowCount() == 1)
    assert present(page.agreements.row(0)).number == "М-1"
    assert page.model.index(0, 2).data() == 1

    shown: list[str] = []
    monkeypatch.setattr("ui.messages.show_error", lambda _parent, exc: shown.append(str(exc)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_selected()
    wait_idle(qtbot)
    assert shown and "1 agreement" in shown[0]
    assert organisation_count(database) == 2

    page.search.clear()
    page.kind_filter.set_value(OrganisationKind.SCHOOL)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0) is not None)
    page.table.selectRow(0)
    wait_idle(qtbot)
    assert page.agreements.rowCount() == 0
    page.delete_selected()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: organisation_count(database) == 1)

    page.kind_filter.set_value(None)
    wait_idle(qtbot)
    target = tmp_path / "partners.csv"
    from cluster_desktop.services.agreement_list import partners_list

    export_to(page, database, partners_list(page.model.query), target)
    wait_idle(qtbot)
    text = target.read_text(encoding="utf-8-sig")
    assert "Донской ГОК" in text and BIN in text and "employer" in text


def test_new_agreement_from_the_partner_has_it_chosen(qtbot: QtBot, database: Database) -> None:
    with database.session() as session:
        employer = create_organisation(session, OrganisationInput(OrganisationKind.EMPLOYER, "Дон ТКБК", "Донской ГОК", BIN)).id
    page = make_page(qtbot, database)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0) is not None)
    page.table.selectRow(0)
    dialog = page.new_agreement()
    wait_idle(qtbot)
    assert dialog is not None
    assert dialog.partner_id.currentData() == employer
    dialog.done(0)
