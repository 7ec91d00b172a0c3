"""The headless commands, run as a user would run them: ``python main.py …``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    environment.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, capture_output=True, text=True, env=environment, timeout=120, check=False
    )


def where(database_url: str, data_dir: Path) -> list[str]:
    return ["--db-url", database_url] if database_url.startswith("postgresql") else ["--data-dir", str(data_dir)]


def test_version() -> None:
    from cluster_desktop import __version__

    result = run("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_demo_then_check_json(database_url: str, data_dir: Path) -> None:
    demo = run(*where(database_url, data_dir), "demo")
    assert demo.returncode == 0, demo.stderr
    check = run(*where(database_url, data_dir), "check", "--json")
    assert check.returncode == 0, check.stderr
    health = json.loads(check.stdout)
    assert health["integrity"] == "ok"
    from cluster_desktop import migrations

    assert health["schema"] == migrations.HEAD
    assert health["counts"]["learners"] >= 400
    assert health["counts"]["organisations"] > 5


def test_demo_twice_is_refused_and_changes_nothing(data_dir: Path) -> None:
    assert run("--data-dir", str(data_dir), "demo").returncode == 0
    before = json.loads(run("--data-dir", str(data_dir), "check", "--json").stdout)["counts"]
    again = run("--data-dir", str(data_dir), "demo")
    assert again.returncode != 0
    assert "already" in again.stderr
    assert json.loads(run("--data-dir", str(data_dir), "check", "--json").stdout)["counts"] == before


def test_data_dir_from_environment(tmp_path: Path) -> None:
    folder = tmp_path / "env-data"
    result = run("check", env={"CLUSTER_DESKTOP_DATA_DIR": str(folder)})
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
    result = run(*args)
    assert result.returncode != 0
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_corrupted_database_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "cluster.sqlite3").write_bytes(b"this is a spreadsheet, not a database" * 100)
    result = run("--data-dir", str(folder), "check")
    assert result.returncode != 0
    assert "not a Cluster Desktop database" in result.stderr
    assert "Traceback" not in result.stderr


def test_unwritable_data_folder_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = run("--data-dir", str(blocker / "data"), "check")
    assert result.returncode != 0
    assert "Cannot write to the data folder" in result.stderr
