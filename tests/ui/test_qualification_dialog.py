"""Settings → Qualifications: the catalogue listed, an entry added, an entry corrected, a bad code refused beside its field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.permissions import Actor, Role
from cluster_desktop.services import qualifications as Q
from tests.narrowing import present
from tests.ui.conftest import wait_idle
from ui.dialogs.qualification_dialog import QualificationDialog
from ui.widgets import ErrorLabel


def open_dialog(qtbot: QtBot, database: Database) -> QualificationDialog:
    dialog = QualificationDialog(database)
    qtbot.addWidget(dialog)
    dialog.open()
    wait_idle(qtbot)
    assert dialog.isEnabled()
    return dialog


def save(qtbot: QtBot, dialog: QualificationDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    wait_idle(qtbot)


def choose(dialog: QualificationDialog, code: str) -> None:
    row = next(r for r in range(dialog.entries.count()) if dialog.entries.item(r).text().startswith(f"{code} — "))
    dialog.entries.setCurrentRow(row)


def test_an_entry_is_added_to_the_catalogue(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    dialog = open_dialog(qtbot, database)
    with database.session() as s:
        assert dialog.entries.count() == len(Q.entries(s))
    type_text(dialog.search, "stope")
    qtbot.waitUntil(
        lambda: (
            [dialog.entries.item(r).text() for r in range(dialog.entries.count()) if not dialog.entries.item(r).isHidden()]
            == ["3W07240101 — Stope Miner"]
        )
    )
    dialog.new_entry()
    type_text(dialog.code, "3W0724O106")  # a letter O for a zero: refused beside the code
    dialog.specialty_code.setCurrentIndex(dialog.specialty_code.findData("07240100"))
    type_text(dialog.name_kk, "Бұрғылаушы")
    type_text(dialog.name_ru, "Бурильщик шпуров")
    save(qtbot, dialog)
    error = present(dialog.findChild(ErrorLabel, "code_error"))
    qtbot.waitUntil(error.isVisible)
    assert "neither a specialty's" in error.text()
    dialog.code.clear()
    type_text(dialog.code, "3w07240106")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        save(qtbot, dialog)
    with database.session() as s:
        entry = Q.find(s, "3W07240106")
        assert entry is not None and (entry.specialty_code, entry.name_ru) == ("07240100", "Бурильщик шпуров")


def test_an_entry_is_corrected_but_keeps_its_code(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    dialog = open_dialog(qtbot, database)
    choose(dialog, "3W07240102")
    assert dialog.code.text() == "3W07240102" and not dialog.code.isEnabled() and dialog.name_ru.text() == "Проходчик"
    assert dialog.specialty_code.currentData() == "07240100" and not dialog.has_unsaved_changes()
    dialog.name_ru.clear()
    type_text(dialog.name_ru, "Проходчик горных выработок")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        save(qtbot, dialog)
    with database.session() as s:
        entry = Q.find(s, "3W07240102")
        assert entry is not None and entry.name_ru == "Проходчик горных выработок"


def test_a_registrar_cannot_change_the_catalogue(qtbot: QtBot, database: Database, type_text: Callable[[QWidget, str], None]) -> None:
    database.actor = Actor("reg", Role.REGISTRAR)
    dialog = open_dialog(qtbot, database)
    choose(dialog, "3W07240102")
    type_text(dialog.name_ru, "!")
    save(qtbot, dialog)
    qtbot.waitUntil(dialog.summary.isVisible)
    assert dialog.isVisible()
    with database.session() as s:
        assert present(Q.find(s, "3W07240102")).name_ru == "Проходчик"
    dialog.done(0)
