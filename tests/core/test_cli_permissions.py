"""Every command of the command line × every role: no one sees a person's data without a login and the permission.

The commands come from the parser itself, so a new command cannot be left out: ``CASES``
must name each one.  Each runs on a database that has staff accounts and learners, as
nobody (no ``--user``), as someone with a wrong password, as a viewer, a registrar and an
administrator.  A refused run exits 1 with a message that says why, writes no file,
changes no record and shows none of the learner's data; an allowed run exits as the
command does, and a command that shows a person's data shows it (so the test could fail).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from cluster_desktop.backup.create import create_backup
from cluster_desktop.cli import build_parser
from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import Agreement, AgreementKind, Person
from cluster_desktop.permissions import GRANTS, Permission, Role
from cluster_desktop.services import certificate_files, certificates
from cluster_desktop.services.accounts import create_account
from cluster_desktop.services.login import PASSWORD_FILE_ENV
from tests.cli import Result, run_cli
from tests.conftest import FAST_KDF
from tests.core.test_agreement_documents import make_agreements
from tests.core.test_permissions import records
from tests.factories import graduate, programme_with_group
from tests.narrowing import present

NOBODY = "nobody"
WRONG_PASSWORD = "wrong password"
ROLES = {"viewer": Role.VIEWER, "registrar": Role.REGISTRAR, "administrator": Role.ADMINISTRATOR}
EVERYONE = frozenset({NOBODY, WRONG_PASSWORD, *ROLES})
LOGGED_IN = frozenset(ROLES)
ACCOUNTS = {"administrator": ("aigul", "admin-pass-1"), "registrar": ("bolat", "registrar-pass-1"), "viewer": ("vera", "viewer-pass-1")}
SURNAME = "Қасымов"  # the learner whose data must not leak (made by make_agreements, with an address and a phone)
PHONE = "555 12 34"
PASSPHRASE = "correct horse battery"
REFUSALS = ("--user NAME", "may not", "user name or the password is wrong", "only your own password")


def granted(permission: Permission) -> frozenset[str]:
    """The roles (by name) whose accounts have ``permission``."""
    return frozenset(name for name, role in ROLES.items() if permission in GRANTS[role])


@dataclass(frozen=True)
class World:
    """The database's learner, certificate and agreement, and the files the commands are given."""

    out: Path  # an empty folder for what a command writes
    iin: str
    certificate: str  # the learner's certificate number
    agreement: str  # the number of an agreement that names the learner
    backup: Path
    backups: Path
    passphrase: Path
    new_password: Path
    learners_csv: Path
    passwords: dict[str, Path]


@dataclass(frozen=True)
class Case:
    command: str  # the command as the parser names it, e.g. "certificates verify"
    argv: Callable[[World], list[str]]
    allowed: frozenset[str]  # who may run it; EVERYONE for commands that show nothing of a person
    code: int = 0  # the exit code of an allowed run
    shows: str | None = None  # what an allowed run must show (in its output or its file): SURNAME, an account…
    label: str = ""

    @property
    def id(self) -> str:
        return self.label or self.command


CASES = [
    Case("demo", lambda w: ["demo", "--learners", "5"], LOGGED_IN, code=1),  # refused for every role: not a demo database
    Case("check", lambda w: ["check", "--json"], EVERYONE),
    Case(
        "certificates issue",
        lambda w: ["certificates", "issue", "--pending", "--lang", "kk", "--out", str(w.out), "--date", "2026-07-01"],
        granted(Permission.ISSUE_CERTIFICATES),
    ),
    Case(
        "certificates verify",
        lambda w: ["certificates", "verify", w.certificate],
        granted(Permission.READ_PERSONAL_DATA),
        shows=SURNAME,
        label="certificates verify NUMBER",
    ),
    Case(
        "certificates verify",
        lambda w: ["certificates", "verify", "not-a-certificate-code"],
        EVERYONE,
        code=1,
        label="certificates verify CODE",
    ),
    Case(
        "certificates registry",
        lambda w: ["certificates", "registry", "--out", str(w.out / "registry.xlsx")],
        granted(Permission.EXPORT_PERSONAL_DATA),
    ),
    Case(
        "certificates revoke",
        lambda w: ["certificates", "revoke", w.certificate, "--reason", "қате", "--date", "2026-07-01"],
        granted(Permission.ISSUE_CERTIFICATES),
    ),
    Case(
        "certificates duplicate",
        lambda w: ["certificates", "duplicate", w.certificate, "--out", str(w.out)],
        granted(Permission.ISSUE_CERTIFICATES),
    ),
    Case("certificates export-key", lambda w: ["certificates", "export-key", str(w.out / "key.pem")], EVERYONE),
    Case(
        "import learners",
        lambda w: ["import", "learners", str(w.learners_csv), "--dry-run", "--consent-date", "01.09.2025"],
        granted(Permission.IMPORT),
    ),
    Case("export", lambda w: ["export", "learners", str(w.out / "learners.csv")], granted(Permission.EXPORT_PERSONAL_DATA), shows=SURNAME),
    Case(
        "backup create",
        lambda w: ["backup", "create", "--to", str(w.out), "--passphrase-file", str(w.passphrase)],
        granted(Permission.BACKUP),
    ),
    Case("backup verify", lambda w: ["backup", "verify", str(w.backup), "--passphrase-file", str(w.passphrase)], EVERYONE),
    Case(
        "backup restore",
        lambda w: ["backup", "restore", str(w.backup), "--yes", "--passphrase-file", str(w.passphrase)],
        granted(Permission.RESTORE),
    ),
    Case("backup list", lambda w: ["backup", "list", str(w.backups)], EVERYONE),
    Case("backup drives", lambda w: ["backup", "drives"], EVERYONE),
    Case("agreements list", lambda w: ["agreements", "list", "--json"], granted(Permission.READ_PERSONAL_DATA)),
    Case("admissions list", lambda w: ["admissions", "list", "--json"], granted(Permission.READ_PERSONAL_DATA)),
    Case("admissions plan", lambda w: ["admissions", "plan", "--year", "2026"], granted(Permission.READ_PERSONAL_DATA)),
    Case(
        "agreements print",
        lambda w: ["agreements", "print", w.agreement, "--lang", "kk", "--out", str(w.out / "agreement.pdf")],
        granted(Permission.PRINT_DOCUMENTS),
    ),
    Case(
        "users add",
        lambda w: ["users", "add", "newcomer", "--role", "viewer", "--password-file", str(w.new_password)],
        granted(Permission.MANAGE_ACCOUNTS),
    ),
    # Anyone may change their own password; only an administrator another's (here: the viewer's).
    Case(
        "users passwd",
        lambda w: ["users", "passwd", "vera", "--password-file", str(w.new_password)],
        granted(Permission.MANAGE_ACCOUNTS) | {"viewer"},
    ),
    Case("users list", lambda w: ["users", "list"], granted(Permission.MANAGE_ACCOUNTS), shows="vera"),
    Case("audit", lambda w: ["audit", "--json"], granted(Permission.READ_AUDIT_LOG), shows=SURNAME),
    Case(
        "report outcomes",
        lambda w: ["report", "outcomes", "--year", "2025", "--lang", "kk", "--out", str(w.out / "report.xlsx")],
        granted(Permission.EXPORT_PERSONAL_DATA),
    ),
    Case(
        "report destinations",
        lambda w: ["report", "destinations", "--year", "2025", "--lang", "ru", "--out", str(w.out / "destinations.xlsx")],
        granted(Permission.EXPORT_PERSONAL_DATA),
    ),
    Case("incidents list", lambda w: ["incidents", "list", "--json"], granted(Permission.MANAGE_INCIDENTS)),
    Case("roles list", lambda w: ["roles", "list"], LOGGED_IN),
    Case("roles grant", lambda w: ["roles", "grant", "anonymise", "registrar"], granted(Permission.EDIT_SETTINGS)),
    Case("roles revoke", lambda w: ["roles", "revoke", "print_access_reports", "viewer"], granted(Permission.EDIT_SETTINGS)),
    Case(
        "incidents add",
        lambda w: ["incidents", "add", "--found-on", "2026-11-30", "--description", "Флешка жоғалды", "--records", "3"],
        granted(Permission.MANAGE_INCIDENTS),
    ),
    Case(  # no incident No. 999999: whoever may is told it does not exist
        "incidents notified",
        lambda w: ["incidents", "notified", "999999", "--to", "Уәкілетті орган", "--on", "2026-12-01"],
        granted(Permission.MANAGE_INCIDENTS),
        code=1,
    ),
    Case(
        "report person",
        lambda w: ["report", "person", w.iin, "--lang", "kk", "--out", str(w.out / "person.pdf")],
        granted(Permission.PRINT_ACCESS_REPORTS),
    ),
    Case(
        "report cohorts",
        lambda w: ["report", "cohorts", "--from", "preschool:2024", "--lang", "ru", "--out", str(w.out / "cohort.xlsx")],
        granted(Permission.EXPORT_PERSONAL_DATA),
    ),
    Case("consents list", lambda w: ["consents", "list", "--view", "withdrawn", "--json"], granted(Permission.READ_PERSONAL_DATA)),
    Case("consents show", lambda w: ["consents", "show", w.iin, "--json"], granted(Permission.READ_PERSONAL_DATA), shows=SURNAME),
    Case(
        "consents record",
        lambda w: [
            "consents", "record", w.iin, "--given-by", "representative", "--giver", "Қасымова Гүлнар",
            "--on", "2026-12-01", "--purposes", "publicity", "--until", "2027-12-01",
        ],
        granted(Permission.RECORD_CONSENTS),
    ),
    Case(  # no consent No. 999999: whoever may is told it does not exist
        "consents withdraw",
        lambda w: ["consents", "withdraw", "999999", "--purposes", "publicity", "--on", "2026-12-01"],
        granted(Permission.RECORD_CONSENTS),
        code=1,
    ),
    Case("retention list", lambda w: ["retention", "list", "--today", "2026-12-04"], granted(Permission.READ_PERSONAL_DATA)),
    Case(  # no record 999999: whoever may is told so, and nothing changes
        "retention anonymise",
        lambda w: ["retention", "anonymise", "999999", "--today", "2026-12-04", "--yes"],
        granted(Permission.ANONYMISE),
        code=1,
    ),
]


def leaf_commands(parser: argparse.ArgumentParser, prefix: str = "") -> Iterator[str]:
    """Every runnable command of ``parser``: «audit», «certificates verify», «report outcomes»…"""
    found = False
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found = True
            for name, sub in action.choices.items():
                yield from leaf_commands(sub, f"{prefix} {name}".strip())
    if not found and prefix:
        yield prefix


def test_every_command_is_in_the_matrix() -> None:
    assert set(leaf_commands(build_parser())) == {case.command for case in CASES}


def test_the_matrix_sees_both_sides() -> None:
    """Every role but the administrator is refused something, and every one logged in is allowed more than the public commands."""
    for role in EVERYONE - {"administrator"}:
        assert any(role not in case.allowed for case in CASES), role
    for role in LOGGED_IN:
        assert any(role in case.allowed and case.allowed != EVERYONE for case in CASES), role


def _secret(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.fixture
def world(database: Database, tmp_path: Path) -> World:
    files = tmp_path / "files"
    files.mkdir()
    with database.session() as session:  # as the test administrator: the first account is an administrator
        for role_name, (username, password) in ACCOUNTS.items():
            create_account(session, username, "", ROLES[role_name], password)
    ids = make_agreements(database)
    key = certificate_files.installation_key(database)
    with database.session() as session:
        person = present(session.scalars(select(Person).where(Person.surname == SURNAME)).first())
        other = present(session.scalars(select(Person).where(Person.surname != SURNAME)).first())
        _programme, group = programme_with_group(session)
        graduate(session, other, group)  # completed, no certificate yet: something for «issue --pending»
        enrolment = graduate(session, person, group)
        college = certificate_files.load_college_details(session)
        # issued once the learner's consent (signed 01.09.2025) allows education records
        number = certificates.issue_certificate(session, enrolment.id, "kk", date(2025, 9, 2), key, college).registration_number
        agreement = present(session.get(Agreement, ids[AgreementKind.DUAL_EDUCATION])).number
        iin = person.iin
    backups = tmp_path / "backups"
    backups.mkdir()
    backup = create_backup(database, backups, PASSPHRASE, kdf=FAST_KDF).path
    csv = files / "learners.csv"
    csv.write_text(f"ИИН;Фамилия;Имя\n{make_iin(date(2006, 1, 2), Sex.FEMALE, 7)};Сапарова;Дана\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    return World(
        out=out,
        iin=iin,
        certificate=number,
        agreement=agreement,
        backup=backup,
        backups=backups,
        passphrase=_secret(files, "passphrase", PASSPHRASE),
        new_password=_secret(files, "new", "a-new-password-9"),
        learners_csv=csv,
        passwords={name: _secret(files, name, password) for name, (_user, password) in ACCOUNTS.items()},
    )


def run_as(role: str, database_url: str, world: World, argv: list[str]) -> Result:
    if role == NOBODY:
        user, password_file = None, None
    elif role == WRONG_PASSWORD:
        user, password_file = ACCOUNTS["administrator"][0], world.passwords["viewer"]
    else:
        user, password_file = ACCOUNTS[role][0], world.passwords[role]
    login = ["--user", user] if user else []
    return run_cli("--db-url", database_url, *login, *argv, env={PASSWORD_FILE_ENV: str(password_file) if password_file else None})


def written_text(folder: Path) -> str:
    """What the command wrote that can be read as text (CSV, JSON, PEM); binary files are looked at for existence only."""
    texts = []
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in (".csv", ".json", ".pem", ".txt"):
            texts.append(path.read_text(encoding="utf-8-sig", errors="replace"))
    return "\n".join(texts)


def unchanged_tables(database: Database) -> dict[str, list[tuple]]:
    """Every record but the accounts (a login stamps its account) and the audit log (a refusal is logged)."""
    return {name: rows for name, rows in records(database).items() if name != "account"}


@pytest.mark.parametrize("role", sorted(EVERYONE))
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_command_as_role(case: Case, role: str, database: Database, database_url: str, world: World) -> None:
    before = unchanged_tables(database)
    database.engine.dispose()  # the test holds no connection while the command runs (a restore needs the database to itself)
    result = run_as(role, database_url, world, case.argv(world))
    said = result.stdout + result.stderr
    assert "unexpected error" not in said and "Traceback" not in said, said
    if role in case.allowed:
        assert result.returncode == case.code, said
        if case.shows is not None:
            assert case.shows in said + written_text(world.out), f"{case.id} as {role} does not show {case.shows}"
    else:
        assert result.returncode == 1, f"{case.id} as {role} was not refused: {said}"
        assert any(reason in result.stderr for reason in REFUSALS), result.stderr
        assert not list(world.out.iterdir()), f"{case.id} as {role} wrote {list(world.out.iterdir())}"
        assert unchanged_tables(database) == before, f"{case.id} as {role} changed records"
    if role not in case.allowed or case.allowed == EVERYONE:  # nothing of the learner for whoever may not see it
        for datum in (SURNAME, world.iin, PHONE):
            assert datum not in said + written_text(world.out), f"{case.id} as {role} shows {datum}"


def test_a_database_without_accounts_is_open_to_whoever_holds_it(database: Database, database_url: str, tmp_path: Path) -> None:
    """Until the first account exists the provisional «setup» administrator acts, as documented: nothing asks for --user."""
    make_agreements(database)
    database.engine.dispose()
    log = run_cli("--db-url", database_url, "audit", "--json", env={PASSWORD_FILE_ENV: None})
    assert log.returncode == 0 and SURNAME in log.stdout, log.stderr
    accounts = run_cli("--db-url", database_url, "users", "list", env={PASSWORD_FILE_ENV: None})
    assert accounts.returncode == 0 and "No staff accounts yet" in accounts.stdout, accounts.stderr
    exported = run_cli("--db-url", database_url, "export", "learners", str(tmp_path / "learners.csv"), env={PASSWORD_FILE_ENV: None})
    assert exported.returncode == 0 and SURNAME in written_text(tmp_path), exported.stderr
