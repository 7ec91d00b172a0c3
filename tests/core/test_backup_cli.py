"""``backup create | verify | restore | list | drives`` as IT staff and the Task Scheduler run them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, capture_output=True, text=True,
        env=environment, timeout=180, input=stdin, check=False,
    )


def where(database_url: str, data_dir: Path) -> list[str]:
    return ["--db-url", database_url] if database_url.startswith("postgresql") else ["--data-dir", str(data_dir)]


def test_create_list_verify_restore(database_url: str, data_dir: Path, tmp_path: Path) -> None:
    here = where(database_url, data_dir)
    assert run(*here, "demo", "--learners", "25").returncode == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse battery\n")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")

    created = run(*here, "backup", "create", "--to", str(stick), "--passphrase-file", str(secret))
    assert created.returncode == 0, created.stderr
    assert "written and verified" in created.stdout
    [archive] = list(stick.glob("*.cdbackup"))

    listed = run("backup", "list", str(stick))
    assert listed.returncode == 0 and archive.name in listed.stdout and "learners 25" in listed.stdout

    verified = run("backup", "verify", str(archive), "--passphrase-file", str(secret))
    assert verified.returncode == 0 and "complete and authentic" in verified.stdout, verified.stderr
    refused = run("backup", "verify", str(archive), "--passphrase-file", str(wrong))
    assert refused.returncode == 1 and "passphrase is wrong" in refused.stderr and "Traceback" not in refused.stderr

    unconfirmed = run(*here, "backup", "restore", str(archive), "--passphrase-file", str(secret), stdin="")
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    restored = run(*here, "backup", "restore", str(archive), "--passphrase-file", str(secret), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert "safety copy" in restored.stdout
    check = run(*here, "check")
    assert check.returncode == 0 and "learners: 25" in check.stdout


def test_failures_are_plain_messages(database_url: str, data_dir: Path, tmp_path: Path) -> None:
    here = where(database_url, data_dir)
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse battery\n")
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    missing = run(*here, "backup", "create", "--to", str(tmp_path / "no-stick"), "--passphrase-file", str(secret))
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    weak = run(*here, "backup", "create", "--to", str(tmp_path), "--passphrase-file", str(short))
    assert weak.returncode == 1 and "at least 8 characters" in weak.stderr
    junk = tmp_path / "junk.cdbackup"
    junk.write_bytes(b"hello")
    not_ours = run("backup", "verify", str(junk), "--passphrase-file", str(secret))
    assert not_ours.returncode == 1 and "not a Cluster Desktop backup" in not_ours.stderr
    absent = run("backup", "verify", str(tmp_path / "absent.cdbackup"), "--passphrase-file", str(secret))
    assert absent.returncode == 1 and "cannot be read" in absent.stderr
    for result in (missing, weak, not_ours, absent):
        assert "Traceback" not in result.stderr


def test_drives_and_empty_list(tmp_path: Path) -> None:
    drives = run("backup", "drives")
    assert drives.returncode == 0 and drives.stdout
    empty = run("backup", "list", str(tmp_path))
    assert empty.returncode == 0 and "No backups" in empty.stdout
