"""Smoke test of the built one-folder program (``python tools/build_bundle.py`` → ``dist/ClusterDesktop``).

Runs only when ``CLUSTER_DESKTOP_BUNDLE`` names the built folder (``.ci/run`` sets it after building).
Every run gets its own home folder, so nothing reaches the user's settings and portable mode can
prove that it writes nothing outside the program's folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cluster_desktop import __version__, migrations

BUNDLE_ENV = "CLUSTER_DESKTOP_BUNDLE"
WINDOWS = sys.platform == "win32"
TIMEOUT_S = 300

pytestmark = pytest.mark.skipif(
    not os.environ.get(BUNDLE_ENV),
    reason=f"set {BUNDLE_ENV} to a built dist/ClusterDesktop folder (python tools/build_bundle.py) to test the bundle",
)


@pytest.fixture(scope="module")
def bundle() -> Path:
    folder = Path(os.environ[BUNDLE_ENV]).resolve()
    if not window_program(folder).is_file():
        pytest.fail(f"{BUNDLE_ENV}={folder} holds no {window_program(folder).name}: build it with python tools/build_bundle.py")
    return folder


def window_program(folder: Path) -> Path:
    return folder / ("ClusterDesktop.exe" if WINDOWS else "ClusterDesktop")


def command_program(folder: Path) -> Path:
    """What prints: on Windows the windowed program has no stdout, so its console twin runs commands and the READY probe."""
    return folder / "ClusterDesktop-cli.exe" if WINDOWS else window_program(folder)


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of a user whose home is ``home``: no data folder chosen, offscreen Qt, no test settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLUSTER_DESKTOP_", "PYTHON", "XDG_"))}
    env.update(
        HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"), XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CACHE_HOME=str(home / ".cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    home.mkdir(parents=True, exist_ok=True)
    return env


def run(program: Path, *args: str, home: Path, password_file: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = isolated_env(home)
    if password_file is not None:
        env["CLUSTER_DESKTOP_PASSWORD_FILE"] = str(password_file)
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, encoding="utf-8", env=env,
        stdin=subprocess.DEVNULL, timeout=TIMEOUT_S, check=False,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit code {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return result.stdout


def test_version(bundle: Path, tmp_path: Path) -> None:
    for program in {window_program(bundle), command_program(bundle)}:
        assert ok(run(program, "--version", home=tmp_path / "home")).strip() == f"Cluster Desktop {__version__}"


def test_demo_check_certificates_backup_and_export_on_a_temporary_data_folder(bundle: Path, tmp_path: Path) -> None:
    cli, home, data = command_program(bundle), tmp_path / "home", tmp_path / "data"
    assert "Demo data added" in ok(run(cli, "--data-dir", str(data), "demo", "--learners", "40", home=home))
    health = json.loads(ok(run(cli, "--data-dir", str(data), "check", "--json", home=home)))
    assert (health["integrity"], health["audit_log"]) == ("ok", "ok")
    assert migrations.HEAD in str(health["schema"])
    assert health["counts"]["learners"] == 40

    # ReportLab with the shipped fonts, QR codes by zxing-cpp, the signing key: print, then read back.
    out = tmp_path / "certificates"
    ok(run(cli, "--data-dir", str(data), "certificates", "issue", "--pending", "--lang", "kk", "--out", str(out), home=home))
    pdfs = sorted(out.glob("*.pdf"))
    assert pdfs and pdfs[0].read_bytes().startswith(b"%PDF")
    assert ok(run(cli, "--data-dir", str(data), "certificates", "verify", str(pdfs[0]), home=home)).startswith("VALID")

    # cryptography (scrypt, AES-GCM) and the archive format.
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("correct horse battery staple\n", encoding="utf-8")
    backups = tmp_path / "stick"
    backups.mkdir()
    ok(run(cli, "--data-dir", str(data), "backup", "create", "--to", str(backups), "--passphrase-file", str(passphrase), home=home))
    (archive,) = backups.iterdir()
    assert "complete and authentic" in ok(run(cli, "--data-dir", str(data), "backup", "verify", str(archive), "--passphrase-file", str(passphrase), home=home))

    # openpyxl.
    workbook = tmp_path / "learners.xlsx"
    ok(run(cli, "--data-dir", str(data), "export", "learners", str(workbook), home=home))
    assert workbook.read_bytes()[:2] == b"PK"
    assert not list(home.rglob("*.sqlite3"))


def test_staff_account_and_login_check_the_password(bundle: Path, tmp_path: Path) -> None:
    """argon2-cffi's binary module: an account is added, a wrong password refused, the right one accepted."""
    cli, home, data = command_program(bundle), tmp_path / "home", tmp_path / "data"
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text("Secret-passw0rd-42\n", encoding="utf-8")
    wrong.write_text("not-the-password\n", encoding="utf-8")
    ok(run(cli, "--data-dir", str(data), "users", "add", "admin", "--role", "administrator", "--password-file", str(right), home=home))
    export = ("--data-dir", str(data), "--user", "admin", "export", "learners", str(tmp_path / "learners.csv"))
    refused = run(cli, *export, home=home, password_file=wrong)
    assert refused.returncode != 0 and "password is wrong" in refused.stderr
    assert not (tmp_path / "learners.csv").exists()
    ok(run(cli, *export, home=home, password_file=right))
    assert (tmp_path / "learners.csv").is_file()


def test_check_through_a_database_url(bundle: Path, database_url: str, tmp_path: Path) -> None:
    """PostgreSQL (psycopg's binary driver) when CLUSTER_DESKTOP_TEST_DB_URL names a server; SQLite otherwise."""
    cli, home = command_program(bundle), tmp_path / "home"
    ok(run(cli, "--db-url", database_url, "demo", "--learners", "10", home=home))
    health = json.loads(ok(run(cli, "--db-url", database_url, "check", "--json", home=home)))
    assert (health["integrity"], health["audit_log"], health["counts"]["learners"]) == ("ok", "ok", 10)


def test_window_opens_offscreen_and_closes(bundle: Path, tmp_path: Path) -> None:
    result = run(command_program(bundle), "--data-dir", str(tmp_path / "data"), "--demo", "--lang", "kk", "--quit-when-ready", home=tmp_path / "home")
    assert "READY learners" in ok(result).splitlines()
    assert (tmp_path / "data" / "demo.sqlite3").is_file()


def test_portable_copy_keeps_everything_inside_its_folder(bundle: Path, tmp_path: Path) -> None:
    from ui.main_window import PAGES

    stick = tmp_path / "stick" / "ClusterDesktop"
    shutil.copytree(bundle, stick, symlinks=True)
    (stick / "portable").write_text("", encoding="utf-8")
    home = tmp_path / "home"
    ok(run(command_program(stick), "demo", "--learners", "20", home=home))
    data = stick / "data"
    assert (data / "cluster.sqlite3").is_file()

    # Open on the page with charts if there is one (QtCharts must be in the bundle): the portable
    # settings file decides the page, so this also proves the window reads its settings from the stick.
    page = "dashboard" if any(p.key == "dashboard" for p in PAGES) else "learners"
    ini = data / "settings" / "ClusterDesktop" / "Cluster Desktop.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(f"[main]\npage={page}\n", encoding="utf-8")
    result = run(command_program(stick), "--demo", "--lang", "ru", "--quit-when-ready", home=home)
    assert f"READY {page}" in ok(result).splitlines()
    assert (data / "demo.sqlite3").is_file()
    assert "geometry" in ini.read_text(encoding="utf-8")  # the window saved its layout there on closing

    traces = [p for p in home.rglob("*") if "cluster" in p.name.lower()]
    assert traces == [], f"portable mode wrote outside its folder: {traces}"
    assert sorted(p.name for p in stick.iterdir()) == sorted([*(p.name for p in bundle.iterdir()), "portable", "data"])
