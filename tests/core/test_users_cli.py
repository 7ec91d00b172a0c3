"""``users`` and ``audit`` on the command line, and ``--user`` for commands that change data."""

from __future__ import annotations

import json
from pathlib import Path

from cluster_desktop.services.login import PASSWORD_FILE_ENV
from tests.cli import Result, run_cli


def run(*args: str, password_file: Path | None = None) -> Result:
    """A command whose ``--user`` password comes from ``password_file`` (none set when None)."""
    return run_cli(*args, env={PASSWORD_FILE_ENV: None if password_file is None else str(password_file)})


def secret(tmp_path: Path, name: str, password: str) -> Path:
    path = tmp_path / f"{name}.txt"
    path.write_text(password + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def test_accounts_and_login_on_the_command_line(database_url: str, tmp_path: Path) -> None:
    db = ["--db-url", database_url]
    aigul = secret(tmp_path, "aigul", "admin-pass-1")
    bolat = secret(tmp_path, "bolat", "registrar-pass-1")
    vera = secret(tmp_path, "vera", "viewer-pass-1")

    empty = run(*db, "users", "list")
    assert empty.returncode == 0 and "No staff accounts yet" in empty.stdout
    first = run(*db, "users", "add", "Aigul", "--role", "administrator", "--display-name", "Айгүл", "--password-file", str(aigul))
    assert first.returncode == 0, first.stderr  # no accounts yet: the provisional «setup» administrator acts

    no_user = run(*db, "users", "add", "bolat", "--role", "registrar", "--password-file", str(bolat))
    assert no_user.returncode != 0 and "--user NAME" in no_user.stderr
    wrong = run(*db, "--user", "aigul", "users", "add", "bolat", "--role", "registrar", "--password-file", str(bolat), password_file=vera)
    assert wrong.returncode != 0 and "user name or the password is wrong" in wrong.stderr
    added = run(*db, "--user", "aigul", "users", "add", "bolat", "--role", "registrar", "--password-file", str(bolat), password_file=aigul)
    assert added.returncode == 0, added.stderr
    run(*db, "--user", "aigul", "users", "add", "vera", "--role", "viewer", "--password-file", str(vera), password_file=aigul)

    assert "--user NAME" in run(*db, "users", "list").stderr  # the list of accounts is for administrators only
    assert "may not manage staff accounts" in run(*db, "--user", "vera", "users", "list", password_file=vera).stderr
    listed = json.loads(run(*db, "--user", "aigul", "users", "list", "--json", password_file=aigul).stdout)
    assert [(a["username"], a["role"], a["active"]) for a in listed] == [
        ("aigul", "administrator", True), ("bolat", "registrar", True), ("vera", "viewer", True),
    ]

    exported = run(*db, "--user", "bolat", "export", "learners", str(tmp_path / "learners.csv"), password_file=bolat)
    assert exported.returncode == 0, exported.stderr
    refused = run(*db, "--user", "vera", "export", "learners", str(tmp_path / "refused.csv"), password_file=vera)
    assert refused.returncode != 0 and "may not export personal data" in refused.stderr
    assert not (tmp_path / "refused.csv").exists()

    new_bolat = secret(tmp_path, "bolat2", "registrar-pass-2")
    changed = run(*db, "--user", "aigul", "users", "passwd", "bolat", "--password-file", str(new_bolat), password_file=aigul)
    assert changed.returncode == 0, changed.stderr
    assert run(*db, "--user", "bolat", "export", "groups", str(tmp_path / "g.csv"), password_file=bolat).returncode != 0
    assert run(*db, "--user", "bolat", "export", "groups", str(tmp_path / "g.csv"), password_file=new_bolat).returncode == 0

    assert "--user NAME" in run(*db, "audit", "--json").stderr  # the log quotes personal data: administrators only
    assert "may not read the audit log" in run(*db, "--user", "bolat", "audit", password_file=new_bolat).stderr
    log = run(*db, "--user", "aigul", "audit", "--json", password_file=aigul)
    assert log.returncode == 0, log.stderr
    entries = json.loads(log.stdout)
    seen = {(e["username"], e["action"]) for e in entries}
    assert {("setup", "create"), ("aigul", "login"), ("aigul", "login_failed"), ("bolat", "export"), ("vera", "denied"), ("bolat", "denied"),
            ("aigul", "password")} <= seen
    assert all("registrar-pass" not in json.dumps(e) for e in entries)
    assert json.loads(run(*db, "--user", "aigul", "audit", "--since", "2999-01-01", "--json", password_file=aigul).stdout) == []
    assert run(*db, "--user", "aigul", "audit", "--since", "yesterday", password_file=aigul).returncode != 0
    check = run(*db, "check")
    assert check.returncode == 0 and "Audit log: ok" in check.stdout


def test_a_demo_database_needs_no_user(database_url: str, tmp_path: Path) -> None:
    db = ["--db-url", database_url]
    assert run(*db, "demo", "--learners", "20").returncode == 0
    exported = run(*db, "export", "learners", str(tmp_path / "learners.csv"))
    assert exported.returncode == 0, exported.stderr
    listed = json.loads(run(*db, "users", "list", "--json").stdout)
    assert [(a["username"], a["has_password"]) for a in listed] == [("demo", False)]
    entries = json.loads(run(*db, "audit", "--json").stdout)
    assert entries and {e["username"] for e in entries} == {"demo"}
    assert entries[-1]["action"] == "export"
