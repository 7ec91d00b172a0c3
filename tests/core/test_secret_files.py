"""Password and passphrase files as Notepad and PowerShell save them: BOMs, UTF-16, CR LF."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from cluster_desktop import secret_files
from cluster_desktop.errors import UserError
from cluster_desktop.services.login import PASSWORD_FILE_ENV
from tests.cli import run_cli, where

SECRET = "Қазақ тілі Ұлы Дала 2026 ө"  # Kazakh letters, spaces inside

SAVED_AS = {
    "utf-8": SECRET.encode("utf-8"),
    "utf-8, LF": (SECRET + "\n").encode("utf-8"),
    "utf-8, CR LF": (SECRET + "\r\n").encode("utf-8"),
    "utf-8, CR": (SECRET + "\r").encode("utf-8"),
    "utf-8 with BOM, CR LF (Notepad, PowerShell 5 -Encoding UTF8)": codecs.BOM_UTF8 + (SECRET + "\r\n").encode("utf-8"),
    "utf-16 LE with BOM, CR LF (PowerShell 5 Out-File)": codecs.BOM_UTF16_LE + (SECRET + "\r\n").encode("utf-16-le"),
    "utf-16 BE with BOM": codecs.BOM_UTF16_BE + (SECRET + "\n").encode("utf-16-be"),
    "second line ignored": (SECRET + "\r\nsomething else\r\n").encode("utf-8"),
}


@pytest.mark.parametrize("saved_as", sorted(SAVED_AS))
def test_the_secret_is_the_first_line_whatever_the_encoding(tmp_path: Path, saved_as: str) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(SAVED_AS[saved_as])
    assert secret_files.read_secret_file(path) == SECRET


def test_spaces_stay_and_an_empty_file_is_an_empty_secret(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(b"  spaced out  \r\n")
    assert secret_files.read_secret_file(path) == "  spaced out  "
    path.write_bytes(codecs.BOM_UTF8)
    assert secret_files.read_secret_file(path) == ""


@pytest.mark.parametrize(
    "data",
    [
        SECRET.encode("cp1251", errors="replace"),  # an ANSI file: not guessed
        SECRET.encode("utf-16-le"),  # UTF-16 without its BOM
        b"\x89PNG\r\n\x1a\n\x00\x00",
    ],
)
def test_what_is_not_utf8_or_utf16_text_is_refused_by_name(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "secret.txt"
    path.write_bytes(data)
    with pytest.raises(UserError) as caught:
        secret_files.read_secret_file(path)
    assert caught.value.template == secret_files.NOT_TEXT and str(path) in caught.value.message


def test_missing_and_huge_files_are_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"Cannot read the password file .*absent\.txt"):
        secret_files.read_secret_file(tmp_path / "absent.txt", "Cannot read the password file {path} ({reason}).")
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"x" * (secret_files.MAX_BYTES + 1))
    with pytest.raises(UserError, match="too large"):
        secret_files.read_secret_file(huge)


def test_backup_commands_read_a_passphrase_saved_by_notepad_and_powershell(database_url: str, data_dir: Path, tmp_path: Path) -> None:
    here = where(database_url, data_dir)
    stick = tmp_path / "stick"
    stick.mkdir()
    passphrase = "correct horse battery"
    notepad = tmp_path / "notepad.txt"
    notepad.write_bytes(codecs.BOM_UTF8 + (passphrase + "\r\n").encode("utf-8"))
    powershell = tmp_path / "powershell.txt"
    powershell.write_bytes(codecs.BOM_UTF16_LE + (passphrase + "\r\n").encode("utf-16-le"))
    created = run_cli(*here, "backup", "create", "--to", str(stick), "--passphrase-file", str(notepad))
    assert created.returncode == 0, created.stderr
    [archive] = stick.glob("*.cdbackup")
    verified = run_cli("backup", "verify", str(archive), "--passphrase-file", str(powershell))
    assert verified.returncode == 0 and "complete and authentic" in verified.stdout, verified.stderr
    ansi = tmp_path / "ansi.txt"
    ansi.write_bytes("пароль-резерв\r\n".encode("cp1251"))
    refused = run_cli("backup", "verify", str(archive), "--passphrase-file", str(ansi))
    assert refused.returncode == 1 and "not text in UTF-8 or UTF-16" in refused.stderr and "Traceback" not in refused.stderr


def test_user_commands_read_passwords_saved_by_notepad_and_powershell(database_url: str, tmp_path: Path) -> None:
    db = ["--db-url", database_url]
    password = "Шахта-Хромтау-42"
    new_password = tmp_path / "new.txt"
    new_password.write_bytes(codecs.BOM_UTF8 + (password + "\r\n").encode("utf-8"))
    added = run_cli(*db, "users", "add", "aigul", "--role", "administrator", "--password-file", str(new_password))
    assert added.returncode == 0, added.stderr
    login_file = tmp_path / "login.txt"
    login_file.write_bytes(codecs.BOM_UTF16_LE + (password + "\r\n").encode("utf-16-le"))
    listed = run_cli(*db, "--user", "aigul", "users", "list", env={PASSWORD_FILE_ENV: str(login_file)})
    assert listed.returncode == 0 and "aigul" in listed.stdout, listed.stderr
