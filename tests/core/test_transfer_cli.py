"""``import learners`` and ``export`` run as a user would: ``python main.py …``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.spreadsheets.writer import write_table
from tests.cli import run_cli, where

HEADERS = ["ИИН", "Фамилия", "Имя", "Законный представитель"]
GOOD: list[list[str | int | None]] = [[int(make_iin(date(2009, 4, 17), Sex.FEMALE, 321)), "Сейітова", "Әсем", "Сейітова Гүлнар"],
        [make_iin(date(2004, 1, 5), Sex.MALE, 7), "Омаров", "Нұрлан", None]]


def learners(database_url: str, data_dir: Path) -> int:
    check = run_cli(*where(database_url, data_dir), "check", "--json")
    return json.loads(check.stdout)["counts"]["learners"]


def test_import_refuses_an_invalid_file_then_imports_valid_rows(database_url: str, data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "class.xlsx"
    write_table(path, HEADERS, [*GOOD, ["123", "Бекова", "Дана", None]])
    args = [*where(database_url, data_dir), "import", "learners", str(path), "--consent-date", "01.09.2025"]
    dry = run_cli(*args, "--dry-run")
    assert dry.returncode == 1, dry.stderr
    assert 'row 4, column "ИИН": The IIN must have 12 digits; 3 were entered.' in dry.stdout
    assert "Dry run: nothing was changed." in dry.stdout
    refused = run_cli(*args)
    assert refused.returncode == 1 and "Nothing was imported" in refused.stdout
    assert learners(database_url, data_dir) == 0
    partial = run_cli(*args, "--skip-invalid")
    assert partial.returncode == 0, partial.stderr
    assert "Imported: 2 new, 0 updated" in partial.stdout
    again = run_cli(*args, "--skip-invalid")
    assert "already registered and skipped: 2" in again.stdout
    assert learners(database_url, data_dir) == 2


def test_import_csv_with_semicolons_and_export_both_formats(database_url: str, data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Фамилия;Имя;ИИН;Законный представитель\n" + "\n".join(f"{r[1]};{r[2]};{r[0]:0>12};{r[3] or ''}" for r in GOOD),
                    encoding="utf-8")
    imported = run_cli(*where(database_url, data_dir), "import", "learners", str(path), "--consent-date", "2025-09-01")
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert "delimiter ';'" in imported.stdout
    for name in ("out.xlsx", "out.csv"):
        exported = run_cli(*where(database_url, data_dir), "export", "learners", str(tmp_path / name))
        assert exported.returncode == 0 and exported.stdout == f"Rows written to {tmp_path / name}: 2.\n", exported.stderr
    assert "Омаров Нұрлан" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    groups = run_cli(*where(database_url, data_dir), "export", "groups", str(tmp_path / "groups.csv"))
    assert groups.returncode == 0


def test_bad_files_and_names_are_plain_errors(data_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    result = run_cli("--data-dir", str(data_dir), "import", "learners", str(broken))
    assert result.returncode == 1 and "not an Excel workbook" in result.stderr and "Traceback" not in result.stderr
    wrong = run_cli("--data-dir", str(data_dir), "export", "learners", str(tmp_path / "list.pdf"))
    assert wrong.returncode == 1 and ".xlsx or .csv" in wrong.stderr
