"""Hostile spreadsheets and names through ``python main.py import|export`` (issue 15)."""

from __future__ import annotations

import csv
import io
import time
from datetime import date
from pathlib import Path

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import ProgrammeKind
from cluster_desktop.services.programmes import GroupInput, ProgrammeInput, create_group, create_programme
from tests.cli import run_cli, where
from tests.core.test_spreadsheet_bounds import bomb

IIN = make_iin(date(2004, 1, 5), Sex.MALE, 7)


def test_a_zip_bomb_is_refused_at_once(database_url: str, data_dir: Path, tmp_path: Path) -> None:
    path = bomb(tmp_path, 260)
    started = time.perf_counter()
    result = run_cli(*where(database_url, data_dir), "import", "learners", str(path), "--consent-date", "01.09.2025")
    assert time.perf_counter() - started < 10
    assert result.returncode != 0
    assert "unpacks to more than 200 MB" in result.stdout + result.stderr
    assert "unexpected" not in (result.stdout + result.stderr).lower()


def test_utf16_csv_without_bom_imports(database_url: str, data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(f"Фамилия;Имя;ИИН\r\nОмаров;Нұрлан;{IIN}\r\n".encode("utf-16-le"))
    result = run_cli(*where(database_url, data_dir), "import", "learners", str(path), "--consent-date", "01.09.2025")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Imported: 1 new" in result.stdout


def test_a_name_in_letters_the_documents_lack_is_a_row_problem(database_url: str, data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(f"Фамилия;Имя;ИИН\nОмаров;Nurlan 𝐀;{IIN}\n", encoding="utf-8")
    result = run_cli(*where(database_url, data_dir), "import", "learners", str(path), "--consent-date", "01.09.2025")
    assert result.returncode == 1
    assert 'row 2, column "Имя": ' in result.stdout and "«𝐀» (U+1D400)" in result.stdout


def test_exported_groups_cannot_run_as_formulas(database: Database, database_url: str, data_dir: Path, tmp_path: Path) -> None:
    with database.session() as session:
        programme = create_programme(session, ProgrammeInput(ProgrammeKind.PROFILE_COURSE, "Тау-кен ісі", "Горное дело"))
        create_group(session, GroupInput(programme.id, '=HYPERLINK("http://x.example","Open")', "kk", date(2025, 9, 1)))
    target = tmp_path / "groups.csv"
    result = run_cli("--db-url", database_url, "export", "groups", str(target))
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[1][0] == '\'=HYPERLINK("http://x.example","Open")'
