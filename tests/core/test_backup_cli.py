"""``backup create | verify | restore | list | drives`` as IT staff and the Task Scheduler run them."""

from __future__ import annotations

from pathlib import Path

from tests.cli import run_cli, where


def test_create_list_verify_restore(database_url: str, data_dir: Path, tmp_path: Path) -> None:
    here = where(database_url, data_dir)
    assert run_cli(*here, "demo", "--learners", "25").returncode == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse battery\n")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")

    created = run_cli(*here, "backup", "create", "--to", str(stick), "--passphrase-file", str(secret))
    assert created.returncode == 0, created.stderr
    assert "written and verified" in created.stdout
    [archive] = list(stick.glob("*.cdbackup"))

    listed = run_cli("backup", "list", str(stick))
    assert listed.returncode == 0 and archive.name in listed.stdout and "learners 25" in listed.stdout

    verified = run_cli("backup", "verify", str(archive), "--passphrase-file", str(secret))
    assert verified.returncode == 0 and "complete and authentic" in verified.stdout, verified.stderr
    refused = run_cli("backup", "verify", str(archive), "--passphrase-file", str(wrong))
    assert refused.returncode == 1 and "passphrase is wrong" in refused.stderr and "Traceback" not in refused.stderr

    unconfirmed = run_cli(*here, "backup", "restore", str(archive), "--passphrase-file", str(secret), input="")
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    restored = run_cli(*here, "backup", "restore", str(archive), "--passphrase-file", str(secret), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert "safety copy" in restored.stdout
    check = run_cli(*here, "check")
    assert check.returncode == 0 and "learners: 25" in check.stdout


def test_failures_are_plain_messages(database_url: str, data_dir: Path, tmp_path: Path) -> None:
    here = where(database_url, data_dir)
    secret = tmp_path / "passphrase.txt"
    secret.write_text("correct horse battery\n")
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    missing = run_cli(*here, "backup", "create", "--to", str(tmp_path / "no-stick"), "--passphrase-file", str(secret))
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    weak = run_cli(*here, "backup", "create", "--to", str(tmp_path), "--passphrase-file", str(short))
    assert weak.returncode == 1 and "at least 8 characters" in weak.stderr
    junk = tmp_path / "junk.cdbackup"
    junk.write_bytes(b"hello")
    not_ours = run_cli("backup", "verify", str(junk), "--passphrase-file", str(secret))
    assert not_ours.returncode == 1 and "not a Cluster Desktop backup" in not_ours.stderr
    absent = run_cli("backup", "verify", str(tmp_path / "absent.cdbackup"), "--passphrase-file", str(secret))
    assert absent.returncode == 1 and "cannot be read" in absent.stderr
    for result in (missing, weak, not_ours, absent):
        assert "Traceback" not in result.stderr


def test_drives_and_empty_list(tmp_path: Path) -> None:
    drives = run_cli("backup", "drives")
    assert drives.returncode == 0 and drives.stdout
    empty = run_cli("backup", "list", str(tmp_path))
    assert empty.returncode == 0 and "No backups" in empty.stdout
