"""What a hostile tester typed (issue 15): each once ended in «unexpected error» or a traceback; now a plain message.

A delimiter of two characters, a port that is not a number, the database being
a folder, the safety copies' folder being a file, a data folder that cannot be
made, and a reader that goes away (``audit | head -1``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from cluster_desktop import migrations
from cluster_desktop.db import create_database_engine, open_database, parse_url, read_schema_state
from cluster_desktop.paths import DATABASE_FILE, SAFETY_COPIES_DIR
from tests.cli import ROOT, Result, run_cli


def assert_plain(result: Result, code: int, words: str) -> None:
    assert result.returncode == code, result
    assert words in result.stderr, result.stderr
    assert "unexpected" not in result.stderr and "Traceback" not in result.stderr


def test_a_delimiter_of_more_than_one_character_is_a_usage_error(data_dir: Path, tmp_path: Path) -> None:
    file = tmp_path / "list.csv"
    file.write_text("ИИН,Фамилия\n", encoding="utf-8")
    for delimiter in ("xy", "", "\n"):
        result = run_cli("--data-dir", str(data_dir), "import", "learners", str(file), "--delimiter", delimiter)
        assert_plain(result, 2, "is not one character: write , or ; or tab")
    assert not (data_dir / DATABASE_FILE).exists()  # refused before the database was even opened


@pytest.mark.parametrize("delimiter", ["tab", "\\t", "\t"])
def test_a_tab_is_written_three_ways(data_dir: Path, tmp_path: Path, delimiter: str) -> None:
    file = tmp_path / "list.csv"
    file.write_text("ИИН\tФамилия\tИмя\n040105500071\tОмаров\tНұрлан\n", encoding="utf-8")
    result = run_cli("--data-dir", str(data_dir), "import", "learners", str(file), "--delimiter", delimiter, "--dry-run")
    assert "(utf-8, delimiter '\\t'): 1 rows." in result.stdout, result  # the row's own problems do not matter here


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgresql://u@host:abc/db", "is not understood"),
        ("postgresql://u:s3cret@host:port/db", "is not understood"),
        ("oracle://u@host/db", "is not supported"),
        ("::::", "is not understood"),
        ("", "is not understood"),
    ],
)
def test_bad_database_addresses_are_plain(url: str, words: str, data_dir: Path) -> None:
    # data_dir: an empty address opens the data folder's database, which must be the test's, not the user's
    result = run_cli("--db-url", url, "check")
    if url == "":  # an empty --db-url means «not given»: the data folder's database is used
        assert result.returncode == 0, result
        return
    assert_plain(result, 1, words)
    assert "s3cret" not in result.stderr


def test_an_address_with_a_parameter_of_the_wrong_kind(tmp_path: Path) -> None:
    assert_plain(run_cli("--db-url", f"sqlite:///{tmp_path / 'x.sqlite3'}?timeout=abc", "check"), 1, "is not understood")
    assert_plain(run_cli("--db-url", "postgresql://u:s3cret@127.0.0.1/db?port=x", "check"), 1, "is not understood")


def test_the_database_path_being_a_folder(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert_plain(run_cli("--db-url", f"sqlite:///{folder}", "check"), 1, "is a folder, not a file")
    (data_dir / DATABASE_FILE).mkdir(parents=True)
    assert_plain(run_cli("--data-dir", str(data_dir), "check"), 1, "is a folder, not a file")


def test_a_data_folder_that_cannot_be_made(tmp_path: Path) -> None:
    file = tmp_path / "a-file"
    file.write_text("not a folder", encoding="utf-8")
    assert_plain(run_cli("--data-dir", str(file / "data"), "check"), 1, "Cannot write to the data folder")
    assert_plain(run_cli("--data-dir", str(file), "audit"), 1, "Cannot write to the data folder")


def test_a_safety_copies_path_that_is_a_file_stops_the_update_before_it_starts(data_dir: Path) -> None:
    path = data_dir / DATABASE_FILE
    open_database(data_dir=data_dir).dispose()
    engine = create_database_engine(parse_url(f"sqlite:///{path}"))
    try:
        migrations.downgrade_to(engine, "base")
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE old_schema_data (note TEXT)"))
    finally:
        engine.dispose()
    (data_dir / SAFETY_COPIES_DIR).write_text("in the way", encoding="utf-8")
    result = run_cli("--data-dir", str(data_dir), "check")
    assert_plain(result, 1, "the safety copy made first cannot be written")
    engine = create_database_engine(parse_url(f"sqlite:///{path}"))
    try:
        assert read_schema_state(engine).revision is None  # not migrated without its copy
    finally:
        engine.dispose()
    (data_dir / SAFETY_COPIES_DIR).unlink()
    assert run_cli("--data-dir", str(data_dir), "check").returncode == 0


def _environment() -> dict[str, str]:
    environment = {**os.environ}
    environment.pop("QT_QPA_PLATFORM", None)
    return environment


@pytest.mark.parametrize("args", [["check"], ["--help"], ["audit"]])
def test_a_reader_that_goes_away_ends_the_program_quietly(data_dir: Path, args: list[str]) -> None:
    """``cluster-desktop audit | head -1``: the pipe closes before the output is written."""
    assert run_cli("--data-dir", str(data_dir), "check").returncode == 0
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_environment(),
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as ``head`` does once it has its line
    errors = process.stderr.read().decode("utf-8", "replace")
    code = process.wait(120)
    assert code in (0, 1)
    assert errors == "", errors


def test_a_password_asked_when_the_input_has_ended_is_a_plain_message(data_dir: Path, tmp_path: Path) -> None:
    """``cluster-desktop --user aigerim audit < /dev/null``: the password is asked, and the input is over."""
    secret = tmp_path / "password.txt"
    secret.write_text("Long enough passphrase 2026\n", encoding="utf-8")
    added = run_cli("--data-dir", str(data_dir), "users", "add", "aigerim", "--role", "administrator", "--password-file", str(secret))
    assert added.returncode == 0, added
    result = run_cli("--data-dir", str(data_dir), "--user", "aigerim", "audit", input="", env={"CLUSTER_DESKTOP_PASSWORD_FILE": None})
    assert_plain(result, 1, "its input ended; nothing was changed")


def test_output_to_a_code_page_without_kazakh_letters(data_dir: Path, tmp_path: Path) -> None:
    """Windows writes redirected output in its ANSI code page (cp1251): ә, қ, ұ must not stop the command."""
    file = tmp_path / "Әбенов-тізім.csv"
    file.write_text("ЖСН;Тегі;Аты\n040105500071;Әбенов;Нұрлан\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir), "import", "learners", str(file), "--dry-run"],
        cwd=ROOT,
        capture_output=True,
        env={**_environment(), "PYTHONIOENCODING": "cp1251"},
        timeout=120,
        check=False,
    )
    out, err = done.stdout.decode("cp1251"), done.stderr.decode("cp1251")
    assert done.returncode in (0, 1), err
    assert "unexpected" not in err and "Traceback" not in err, err
    assert "\\u04d8бенов-тізім.csv" in out  # Ә is not in cp1251 and is written as an escape; the rest as letters
