"""The learner's «Personal data…» button: language, file, a PDF in the preview; only for those who may print it."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import AuditEntry, Role
from cluster_desktop.permissions import Actor
from tests import factories
from tests.ui.conftest import wait_idle
from ui import i18n, tasks
from ui.dialogs.access_report_dialog import AccessReportDialog
from ui.pages.learners_page import LearnersPage


@pytest.fixture
def kazakh() -> Iterator[None]:
    i18n.install_language("kk")
    try:
        yield
    finally:
        i18n.install_language("en")


def a_learner(database: Database) -> tuple[int, str]:
    with database.session() as session:
        person = factories.learner(session, "Сейітова", "Әсем", serial=3, born=date(2009, 4, 17), representative="Сейітова Гүлнар")
        return person.id, person.iin


def open_page(qtbot: QtBot, database: Database) -> LearnersPage:
    page = LearnersPage(database)
    qtbot.addWidget(page)
    page.resize(1300, 650)
    page.show()
    wait_idle(qtbot)
    return page


def test_the_button_writes_the_report_in_the_window_language_and_shows_it(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path, fixed_day: date, kazakh: None
) -> None:
    person_id, iin = a_learner(database)
    page = open_page(qtbot, database)
    assert page.report_button.isVisibleTo(page) and not page.report_button.isEnabled()  # nobody selected yet
    page.select_learner(person_id)
    assert page.report_button.isEnabled()
    dialog = page.report_selected()
    assert isinstance(dialog, AccessReportDialog) and dialog.isVisible()
    assert dialog.chosen_language() == "kk"  # the window's language
    assert dialog.suggested_name().endswith("-Сейітова-Әсем-kk.pdf")

    target = tmp_path / "мәліметтер"
    file_dialog = dialog.choose_file()
    file_dialog.fileSelected.emit(str(target))  # as if chosen in the dialog, without a suffix
    qtbot.waitUntil(lambda: dialog.written is not None and tasks.running_count() == 0, timeout=20000)
    pdf = tmp_path / "мәліметтер.pdf"
    assert dialog.written == pdf and pdf.read_bytes().startswith(b"%PDF")
    assert dialog.preview is not None and dialog.preview.isVisible()  # to print or hand over
    with database.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and (entry.action, entry.record_kind, entry.record_id) == ("export", "person", str(person_id))
    if shutil.which("pdftotext") is not None:
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        flat = " ".join(text.split())
        assert "Субъектінің дербес деректері туралы мәліметтер" in flat and iin in flat and "Сейітова Әсем" in flat
        assert f"Құрастырылған күні: {fixed_day:%d.%m.%Y}" in flat
    dialog.preview.close()


def test_a_failure_is_said_in_the_dialog_and_writes_nothing(
    qtbot: QtBot, database: Database, settings: QSettings, tmp_path: Path, fixed_day: date
) -> None:
    a_learner(database)
    nobody = make_iin(date(2008, 1, 2), Sex.MALE, 77)
    dialog = AccessReportDialog(database, nobody, "Белгісіз Адам")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.write_to(tmp_path / "report.pdf")
    wait_idle(qtbot)
    assert "No one with IIN" in dialog.progress_label.text() and nobody[-4:] in dialog.progress_label.text()
    assert dialog.written is None and not (tmp_path / "report.pdf").exists()
    assert dialog.language.isEnabled()  # ready to try again


@pytest.mark.parametrize("role", [Role.REGISTRAR, Role.VIEWER])
def test_without_the_permission_there_is_no_button(qtbot: QtBot, database: Database, settings: QSettings, role: Role) -> None:
    a_learner(database)
    database.actor = Actor(f"a-{role.value}", role, "", "test-pc")
    page = open_page(qtbot, database)
    assert not page.report_button.isVisibleTo(page)
    assert page.edit_button.isVisibleTo(page) == (role is Role.REGISTRAR)  # the page itself is shown as the role may
