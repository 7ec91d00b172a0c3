"""The import wizard and the export actions, driven as a registrar would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import Person, ProgrammeKind
from cluster_desktop.services.programmes import (
    GroupInput,
    ProgrammeInput,
    create_group,
    create_programme,
)
from cluster_desktop.spreadsheets.writer import write_table
from tests.narrowing import present
from tests.ui.conftest import wait_idle
from ui import tasks
from ui.dialogs.import_wizard import ImportWizard
from ui.pages.learners_page import LearnersPage
from ui.pages.programmes_page import ProgrammesPage

HEADERS = ["№", "ЖСН", "Тегі", "Аты", "Заңды өкілі", "Топ"]
ROWS: list[list[str | int | None]] = [
    [1, int(make_iin(date(2009, 4, 17), Sex.FEMALE, 321)), "Сейітова", "Әсем", "Сейітова Гүлнар", None],
    [2, make_iin(date(2004, 1, 5), Sex.MALE, 7), "Омаров", "Нұрлан", None, None],
    [3, "12345", "Бекова", "Дана", "Бекова Сара", None],
]


def learner_count(database: Database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


@pytest.fixture
def page(qtbot: QtBot, database: Database) -> LearnersPage:
    widget = LearnersPage(database)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    wait_idle(qtbot)
    return widget


@pytest.fixture
def spreadsheet(tmp_path: Path) -> Path:
    path = tmp_path / "9-сынып.xlsx"
    write_table(path, HEADERS, ROWS, title="9 А")
    return path


def to_preview(qtbot: QtBot, page: LearnersPage, path: Path, rows: int = 3) -> ImportWizard:
    wizard = page.import_learners()
    qtbot.waitUntil(wizard.isVisible)
    wizard.file_page.load_file(str(path))
    wait_idle(qtbot)
    assert wizard.file_page.isComplete(), wizard.file_page.error.text()
    assert f"{rows} rows" in wizard.file_page.status.text()
    wizard.next()
    columns = wizard.columns_page
    assert [c.currentData() for c in columns.combos] == [None, "iin", "surname", "given_name", "representative_name", "group"]
    assert columns.isComplete()
    wizard.grab().save("/tmp/import-columns.png")
    wizard.next()
    wait_idle(qtbot)
    return wizard


def test_import_valid_rows_with_problems_marked(qtbot: QtBot, page: LearnersPage, spreadsheet: Path, database: Database, tmp_path: Path) -> None:
    wizard = to_preview(qtbot, page, spreadsheet)
    preview = wizard.preview_page
    assert "3 rows: ready — 0," in preview.summary.text()  # no consent date yet
    preview.consent.setChecked(True)
    qtbot.waitUntil(lambda: "with problems — 1," in preview.summary.text(), timeout=10000)
    assert not preview.isComplete()  # all or nothing, and a row is invalid
    assert any("12 digits" in m for m in preview.model.messages_at(2, 2))
    assert preview.model.data(preview.model.index(2, 2), 3)  # ToolTipRole
    preview.only_problems.setChecked(True)
    assert preview.model.rowCount() == 1
    preview.valid_only.setChecked(True)
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wait_idle(qtbot)
    preview.only_problems.setChecked(False)
    wizard.grab().save("/tmp/import-preview.png")
    wizard.next()
    wait_idle(qtbot)
    result = wizard.result_page
    assert result.report is not None and result.report.created == 2
    assert "Imported: new learners — 2," in result.text.toPlainText()
    assert "Row 4, column «ЖСН»" in result.text.toPlainText()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    result.save_to(str(tmp_path / "report.txt"))
    assert "Row 4" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    result.save_to(str(tmp_path / "report.csv"))
    assert "ЖСН" in (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    assert learner_count(database) == 2
    wizard.grab().save("/tmp/import-result.png")
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_cancelled_import_changes_nothing(qtbot: QtBot, page: LearnersPage, spreadsheet: Path, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = to_preview(qtbot, page, spreadsheet)
    preview = wizard.preview_page
    preview.consent.setChecked(True)
    preview.valid_only.setChecked(True)
    qtbot.waitUntil(preview.isComplete, timeout=10000)

    def cancel_at_once(self: tasks.Progress, done: int, total: int, text: str = "") -> None:
        if done > total // 2:
            raise tasks.Cancelled()

    monkeypatch.setattr(tasks.Progress, "update", cancel_at_once)
    wizard.next()
    wait_idle(qtbot)
    assert "cancelled" in wizard.result_page.text.toPlainText()
    assert learner_count(database) == 0


def test_a_broken_file_is_explained(qtbot: QtBot, page: LearnersPage, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    wizard = page.import_learners()
    wizard.file_page.load_file(str(path))
    wait_idle(qtbot)
    assert not wizard.file_page.isComplete()
    assert "not an Excel workbook" in wizard.file_page.error.text()
    wizard.grab().save("/tmp/import-file.png")
    wizard.reject()


def test_export_learners_as_filtered(qtbot: QtBot, page: LearnersPage, spreadsheet: Path, database: Database, tmp_path: Path) -> None:
    wizard = to_preview(qtbot, page, spreadsheet)
    wizard.preview_page.consent.setChecked(True)
    wizard.preview_page.valid_only.setChecked(True)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10000)
    wizard.next()
    wait_idle(qtbot)
    wizard.accept()
    page.search.setText("омар")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    dialog = page.export_list()
    target = tmp_path / "out.csv"
    dialog.selectFile(str(target))
    dialog.accept()
    wait_idle(qtbot)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].startswith("Омаров Нұрлан")


def test_export_groups_from_the_programmes_page(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        programme = create_programme(session, ProgrammeInput(ProgrammeKind.PROFILE_COURSE, "Тау-кен ісі", "Горное дело"))
        create_group(session, GroupInput(programme.id, "ГД-25", "kk", date(2025, 9, 1)))
    programmes_page = ProgrammesPage(database)
    qtbot.addWidget(programmes_page)
    programmes_page.show()
    wait_idle(qtbot)
    dialog = programmes_page.export_groups()
    target = tmp_path / "groups.xlsx"
    dialog.selectFile(str(target))
    dialog.accept()
    wait_idle(qtbot)
    from openpyxl import load_workbook

    rows = list(present(load_workbook(target, read_only=True).active).iter_rows(values_only=True))
    assert rows[1][0] == "ГД-25" and rows[1][5] == 0


def test_groups_named_in_the_file_are_created_on_request(qtbot: QtBot, page: LearnersPage, database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        programme = create_programme(session, ProgrammeInput(ProgrammeKind.PROFILE_COURSE, "Тау-кен ісі", "Горное дело"))
        programme_id = programme.id
    path = tmp_path / "groups.csv"
    rows = [[r[0], r[1], r[2], r[3], r[4], "ГД-26"] for r in ROWS[:2]]
    path.write_text(";".join(HEADERS) + "\n" + "\n".join(";".join(str(v or "") for v in r) for r in rows), encoding="utf-8")
    wizard = to_preview(qtbot, page, path, rows=2)
    preview = wizard.preview_page
    preview.consent.setChecked(True)
    qtbot.waitUntil(lambda: "ready — 0," in preview.summary.text() or "ready — 2," in preview.summary.text(), timeout=10000)
    assert any("no group «ГД-26»" in m for m in preview.model.messages_at(0, 6))
    qtbot.waitUntil(lambda: preview.programme.count() == 1, timeout=5000)
    assert preview.programme.currentData() == programme_id
    preview.create_groups.setChecked(True)
    qtbot.waitUntil(preview.isComplete, timeout=10000)
    wizard.next()
    wait_idle(qtbot)
    report = wizard.result_page.report
    assert report is not None and report.groups_created == ["ГД-26"] and report.enrolled == 2
