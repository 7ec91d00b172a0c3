"""The import preview's counts add up and say what ``import learners --dry-run`` says of the same file (issue 16)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.spreadsheets.writer import write_table
from tests.cli import run_cli
from tests.ui.conftest import wait_idle
from ui.pages.learners_page import LearnersPage

HEADERS = ["ИИН", "Фамилия", "Имя", "Законный представитель"]
REGISTERED = [make_iin(date(2004, 1, 5), Sex.MALE, 7), "Омаров", "Нұрлан", None]
NEW = [make_iin(date(2009, 4, 17), Sex.FEMALE, 321), "Сейітова", "Әсем", "Сейітова Гүлнар"]
BAD_IIN = ["123", "Бекова", "Дана", "Бекова Сара"]
NO_SURNAME = [make_iin(date(2005, 3, 2), Sex.MALE, 55), "", "Ержан", None]
CONSENT = date(2025, 9, 1)


@pytest.mark.parametrize("update_existing", [False, True])
def test_preview_counts_match_the_dry_run(
    qtbot: QtBot, database: Database, database_url: str, tmp_path: Path, update_existing: bool
) -> None:
    first = tmp_path / "first.xlsx"
    write_table(first, HEADERS, [REGISTERED])
    common = ["--db-url", database_url, "import", "learners"]  # the very database the window shows
    assert run_cli(*common, str(first), "--consent-date", CONSENT.strftime("%d.%m.%Y")).returncode == 0
    path = tmp_path / "class.xlsx"
    write_table(path, HEADERS, [REGISTERED, NEW, BAD_IIN, NO_SURNAME])
    extra = ["--update-existing"] if update_existing else []
    dry = run_cli(*common, str(path), "--dry-run", "--consent-date", CONSENT.strftime("%d.%m.%Y"), *extra)
    found = re.search(r"Rows: (\d+); valid: (\d+); with problems: (\d+); already registered and skipped: (\d+)\.", dry.stdout)
    assert found is not None, dry.stdout
    rows, valid, invalid, skipped = map(int, found.groups())
    assert (rows, valid, invalid, skipped) == ((4, 2, 2, 0) if update_existing else (4, 1, 2, 1))

    page = LearnersPage(database)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot)
    wizard = page.import_learners()
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    wizard.file_page.load_file(str(path))
    wait_idle(qtbot)
    wizard.next()
    wizard.next()
    wait_idle(qtbot)
    preview = wizard.preview_page
    preview.consent_date.set_value(CONSENT)
    preview.consent.setChecked(True)
    preview.update_existing.setChecked(update_existing)
    preview.skip_existing.setChecked(not update_existing)
    shown = f"{rows} rows: ready — {valid}, with problems — {invalid}, already registered and skipped — {skipped}."
    qtbot.waitUntil(lambda: shown in preview.summary.text(), timeout=10000)
    assert ("Of the ready rows, 1 updates a learner already registered." in preview.summary.text()) == update_existing
