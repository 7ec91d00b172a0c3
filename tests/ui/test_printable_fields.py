"""The window names a character the documents cannot print: beside the field as it is typed, and on the imported cell."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.spreadsheets.writer import write_table
from tests.ui.conftest import wait_idle
from tests.ui.test_import_wizard import to_preview
from ui.pages.learners_page import LearnersPage


@pytest.fixture
def page(qtbot: QtBot, database: Database) -> LearnersPage:
    widget = LearnersPage(database)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    wait_idle(qtbot)
    return widget


def test_learner_dialog_names_the_foreign_letter_beside_the_field(
    qtbot: QtBot, type_text: Callable[[QWidget, str], None], page: LearnersPage
) -> None:
    dialog = page.add_learner()
    type_text(dialog.surname, "Сейітоваქ")
    qtbot.waitUntil(lambda: dialog._errors["surname"].isVisible(), timeout=3000)
    assert "«ქ» (U+10E5)" in dialog._errors["surname"].text()
    dialog.surname.clear()
    type_text(dialog.surname, "Сейітова-Ильина")
    qtbot.waitUntil(lambda: not dialog._errors["surname"].isVisible(), timeout=3000)


def test_import_preview_marks_the_cell_with_the_foreign_letter(qtbot: QtBot, page: LearnersPage, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    rows: list[list[str | int | None]] = [
        [1, make_iin(date(2004, 1, 5), Sex.MALE, 7), "Омаров", "Нұрлан", None, None],
        [2, make_iin(date(2004, 2, 5), Sex.MALE, 8), "Омаров", "Նուրլան", None, None],
    ]
    write_table(path, ["№", "ЖСН", "Тегі", "Аты", "Заңды өкілі", "Топ"], rows)
    wizard = to_preview(qtbot, page, path, rows=2)
    preview = wizard.preview_page
    preview.consent.setChecked(True)
    qtbot.waitUntil(lambda: "ready — 1, with problems — 1" in preview.summary.text(), timeout=10000)
    assert [m for m in preview.model.messages_at(1, 4) if "«Ն» (U+0546)" in m]  # column 0 is the file's row number
    assert not preview.model.messages_at(0, 4)
