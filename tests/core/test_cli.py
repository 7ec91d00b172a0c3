"""The headless commands, run as a user would run them: ``python main.py …``.

Most run in this process (``tests.cli.run_cli``); the tests about the process itself start a real
interpreter: that ``main.py``'s entry point exits with the command's code, and that a failing
command reaches the real stderr as one line without a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import TextIO

import pytest

from cluster_desktop import logs
from cluster_desktop.commands import database as database_commands
from tests.cli import ROOT, run_cli, where


def run_process(*args: str) -> subprocess.CompletedProcess[str]:
    """``python main.py *args`` in a new interpreter, for the tests where the process is the point."""
    environment = {**os.environ}
    environment.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, capture_output=True, text=True, env=environment, timeout=120, check=False
    )


def test_version() -> None:
    from cluster_desktop import __version__

    result = run_process("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_demo_then_check_json(database_url: str, data_dir: Path) -> None:
    demo = run_cli(*where(database_url, data_dir), "demo")
    assert demo.returncode == 0, demo.stderr
    check = run_cli(*where(database_url, data_dir), "check", "--json")
    assert check.returncode == 0, check.stderr
    health = json.loads(check.stdout)
    assert health["integrity"] == "ok"
    from cluster_desktop import migrations

    assert health["schema"] == migrations.HEAD
    assert health["counts"]["learners"] >= 400
    assert health["counts"]["organisations"] > 5


def test_demo_twice_is_refused_and_changes_nothing(data_dir: Path) -> None:
    assert run_cli("--data-dir", str(data_dir), "demo").returncode == 0
    before = json.loads(run_cli("--data-dir", str(data_dir), "check", "--json").stdout)["counts"]
    again = run_cli("--data-dir", str(data_dir), "demo")
    assert again.returncode != 0
    assert "already" in again.stderr
    assert json.loads(run_cli("--data-dir", str(data_dir), "check", "--json").stdout)["counts"] == before


def test_data_dir_from_environment(tmp_path: Path) -> None:
    folder = tmp_path / "env-data"
    result = run_cli("check", env={"CLUSTER_DESKTOP_DATA_DIR": str(folder)})
    assert result.returncode == 0, result.stderr
    assert (folder / "cluster.sqlite3").exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--db-url", "mysql://root@localhost/x", "check"], "not supported"),
        (["--db-url", "::nonsense::", "check"], "not understood"),
        (["--db-url", "postgresql://nobody@127.0.0.1:1/none", "check"], "Cannot connect"),
    ],
)
def test_bad_database_addresses_exit_non_zero_with_a_message(args: list[str], words: str) -> None:
    result = run_cli(*args)
    assert result.returncode != 0
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_corrupted_database_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "cluster.sqlite3").write_bytes(b"this is a spreadsheet, not a database" * 100)
    result = run_process("--data-dir", str(folder), "check")
    assert result.returncode != 0
    assert "not a Cluster Desktop database" in result.stderr
    assert "Traceback" not in result.stderr


def test_unwritable_data_folder_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = run_cli("--data-dir", str(blocker / "data"), "check")
    assert result.returncode != 0
    assert "Cannot write to the data folder" in result.stderr


def test_a_crash_in_process_is_one_line_and_leaves_no_log_handler(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``run_cli`` closes the log a crashing command opened, so the next test's run starts as a new process would."""

    def crash(args: argparse.Namespace, out: TextIO) -> int:
        raise RuntimeError("a bug in check")

    monkeypatch.setattr(database_commands, "run_check", crash)
    handlers = list(logging.getLogger().handlers)
    result = run_cli("--data-dir", str(data_dir), "check")
    assert result.returncode == 1
    assert "an unexpected error stopped the command (RuntimeError)" in result.stderr
    assert "Traceback" not in result.stderr
    assert "a bug in check" in (data_dir / logs.LOG_DIR / logs.LOG_FILE).read_text(encoding="utf-8")
    assert logging.getLogger().handlers == handlers
    assert logs.log_file() is None
