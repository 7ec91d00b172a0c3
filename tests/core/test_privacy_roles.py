"""Who may record consents, print access reports, anonymise and keep the incident log: administrators, and the roles the college chose.

The choice is a setting the services ask on every call (so the window and the
command line obey it alike, and a change counts at once); only whoever may
change settings changes it, within bounds (a viewer only the access report), and
the change is audited.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.errors import UserError
from cluster_desktop.models import AuditEntry, Setting
from cluster_desktop.permissions import (
    GRANTABLE,
    PRIVACY_PERMISSIONS,
    PRIVACY_ROLES_KEY,
    Actor,
    Permission,
    PermissionDenied,
    Role,
    allowed,
    privacy_roles,
    require,
    with_grants,
)
from cluster_desktop.services.accounts import create_account
from cluster_desktop.services.incidents import IncidentInput, list_incidents, record_incident
from cluster_desktop.services.login import PASSWORD_FILE_ENV, authenticate
from cluster_desktop.services.privacy_roles import grant, revoke, save_privacy_roles
from cluster_desktop.settings_store import set_setting
from tests.cli import run_cli
from tests.core.test_permissions import records

TODAY = date(2026, 12, 4)
P = Permission
REGISTRAR = Actor("a-registrar", Role.REGISTRAR, "", "test-pc")
VIEWER = Actor("a-viewer", Role.VIEWER, "", "test-pc")
ADMINISTRATOR = Actor("a-administrator", Role.ADMINISTRATOR, "", "test-pc")


def _as(database: Database, actor: Actor | None) -> None:
    database.actor = actor


def test_by_default_only_administrators_hold_the_privacy_permissions(database: Database) -> None:
    with database.session() as session:
        assert privacy_roles(session) == {p: frozenset({Role.ADMINISTRATOR}) for p in PRIVACY_PERMISSIONS}
        for permission in PRIVACY_PERMISSIONS:
            assert allowed(session, ADMINISTRATOR, permission)
            assert not allowed(session, REGISTRAR, permission) and not allowed(session, VIEWER, permission)
            assert not allowed(session, None, permission)
        assert allowed(session, REGISTRAR, P.EDIT_RECORDS) and not allowed(session, VIEWER, P.EDIT_RECORDS)  # the rest as the role says
    _as(database, REGISTRAR)
    with database.session() as session, pytest.raises(PermissionDenied, match=r"registrar.*may not keep the personal-data incident log"):
        list_incidents(session)


def test_granting_lets_the_registrar_at_once_and_is_audited(database: Database) -> None:
    granter = database.actor.username
    with database.session() as session:
        result = grant(session, P.MANAGE_INCIDENTS, Role.REGISTRAR)
        assert result[P.MANAGE_INCIDENTS] == {Role.ADMINISTRATOR, Role.REGISTRAR}
        assert result[P.ANONYMISE] == {Role.ADMINISTRATOR}
    _as(database, REGISTRAR)  # an actor made before the grant: the services ask the setting, not the actor
    with database.session() as session:
        record_incident(session, IncidentInput(date(2026, 12, 1), "Тізім қате адреске жіберілді", 5), TODAY)
        assert len(list_incidents(session)) == 1
        for other in PRIVACY_PERMISSIONS - {P.MANAGE_INCIDENTS}:
            assert not allowed(session, REGISTRAR, other)
        with pytest.raises(PermissionDenied):
            require(session, P.ANONYMISE)
    _as(database, ADMINISTRATOR)
    with database.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "settings", AuditEntry.record_id == PRIVACY_ROLES_KEY)).one()
        changes = json.loads(entry.changes or "{}")
        assert changes["before"]["manage_incidents"] == ["administrator"]
        assert changes["after"]["manage_incidents"] == ["administrator", "registrar"]
        assert entry.username == granter  # who changed it is named
        revoke(session, P.MANAGE_INCIDENTS, Role.REGISTRAR)
    _as(database, REGISTRAR)
    with database.session() as session, pytest.raises(PermissionDenied):
        list_incidents(session)


def test_a_viewer_may_be_given_only_the_access_report(database: Database) -> None:
    before = records(database)
    for permission in PRIVACY_PERMISSIONS - GRANTABLE[Role.VIEWER]:
        with database.session() as session, pytest.raises(UserError, match="only reads and prints"):
            grant(session, permission, Role.VIEWER)
    with database.session() as session, pytest.raises(UserError, match="set per role"):
        save_privacy_roles(session, {P.EDIT_RECORDS: [Role.VIEWER]})
    assert records(database) == before
    with database.session() as session:
        grant(session, P.PRINT_ACCESS_REPORTS, Role.VIEWER)
        assert allowed(session, VIEWER, P.PRINT_ACCESS_REPORTS) and not allowed(session, REGISTRAR, P.PRINT_ACCESS_REPORTS)


def test_administrators_keep_them_whatever_is_asked(database: Database) -> None:
    with database.session() as session:
        assert save_privacy_roles(session, {})[P.ANONYMISE] == {Role.ADMINISTRATOR}
        revoke(session, P.RECORD_CONSENTS, Role.ADMINISTRATOR)
        assert allowed(session, ADMINISTRATOR, P.RECORD_CONSENTS)


@pytest.mark.parametrize(
    "stored",
    [[1, 2], "registrar", {"manage_incidents": "registrar"}, {"manage_incidents": [7, "nobody"]}, {"anonymise": ["viewer"]}],
)
def test_a_stored_value_that_cannot_be_read_gives_nobody_more(database: Database, stored: object) -> None:
    with database.session() as session:
        set_setting(session, PRIVACY_ROLES_KEY, stored)
        assert privacy_roles(session) == {p: frozenset({Role.ADMINISTRATOR}) for p in PRIVACY_PERMISSIONS}


@pytest.mark.parametrize("actor", [REGISTRAR, VIEWER], ids=lambda a: a.role.value)
def test_only_whoever_may_change_settings_changes_who_may(database: Database, actor: Actor) -> None:
    before = records(database)
    _as(database, actor)
    with database.session() as session, pytest.raises(PermissionDenied, match="may not change settings"):
        grant(session, P.RECORD_CONSENTS, actor.role)
    assert records(database) == before
    with database.session() as session:
        assert session.get(Setting, PRIVACY_ROLES_KEY) is None


def test_a_login_carries_the_roles_grants_for_the_window(database: Database) -> None:
    with database.session() as session:
        create_account(session, "aigul", "", Role.ADMINISTRATOR, "admin-pass-1")  # the first account is an administrator
        create_account(session, "bolat", "", Role.REGISTRAR, "registrar-pass-1")
        grant(session, P.RECORD_CONSENTS, Role.REGISTRAR)
        assert with_grants(session, ADMINISTRATOR).granted == PRIVACY_PERMISSIONS
    actor = authenticate(database, "bolat", "registrar-pass-1")
    assert actor.granted == {P.RECORD_CONSENTS}
    assert actor.holds(P.RECORD_CONSENTS) and not actor.can(P.RECORD_CONSENTS)  # can: the role alone
    assert not actor.holds(P.ANONYMISE) and actor.holds(P.EDIT_RECORDS)


def test_on_the_command_line_too(database: Database, database_url: str, tmp_path: Path) -> None:
    with database.session() as session:
        create_account(session, "aigul", "", Role.ADMINISTRATOR, "admin-pass-1")  # the first account is an administrator
        create_account(session, "bolat", "", Role.REGISTRAR, "registrar-pass-1")
    password = tmp_path / "password.txt"
    password.write_text("registrar-pass-1\n", encoding="utf-8")
    database.engine.dispose()
    as_registrar = ("--db-url", database_url, "--user", "bolat")
    env = {PASSWORD_FILE_ENV: str(password)}
    add = ("incidents", "add", "--found-on", "2026-11-30", "--description", "Флешка жоғалды", "--records", "3")
    refused = run_cli(*as_registrar, *add, env=env)
    assert refused.returncode == 1 and "may not keep the personal-data incident log" in refused.stderr, refused
    with database.session() as session:
        grant(session, P.MANAGE_INCIDENTS, Role.REGISTRAR)
    database.engine.dispose()
    done = run_cli(*as_registrar, *add, env=env)
    assert done.returncode == 0 and "Incident No. 1 recorded" in done.stdout, done
    listed = run_cli(*as_registrar, "incidents", "list", env=env)
    assert listed.returncode == 0 and "Флешка жоғалды" in listed.stdout and "Not yet notified: 1" in listed.stdout, listed


def test_roles_on_the_command_line(database: Database, database_url: str, tmp_path: Path) -> None:
    with database.session() as session:
        create_account(session, "aigul", "", Role.ADMINISTRATOR, "admin-pass-1")
        create_account(session, "vera", "", Role.VIEWER, "viewer-pass-1")
    files = {}
    for name, password in (("aigul", "admin-pass-1"), ("vera", "viewer-pass-1")):
        files[name] = tmp_path / f"{name}.txt"
        files[name].write_text(password + "\n", encoding="utf-8")
    database.engine.dispose()

    def run(user: str, *argv: str) -> tuple[int, str, str]:
        result = run_cli("--db-url", database_url, "--user", user, *argv, env={PASSWORD_FILE_ENV: str(files[user])})
        return result.returncode, result.stdout, result.stderr

    code, out, _err = run("vera", "roles", "list")  # anyone logged in sees who may
    assert code == 0 and "anonymise\tadministrator\t" in out
    code, _out, err = run("vera", "roles", "grant", "print_access_reports", "viewer")
    assert code == 1 and "may not change settings" in err
    code, _out, err = run("aigul", "roles", "grant", "anonymise", "viewer")
    assert code == 1 and "only reads and prints" in err
    code, out, _err = run("aigul", "roles", "grant", "print_access_reports", "viewer")
    assert code == 0 and "print_access_reports\tadministrator, viewer\t" in out and "next login" in out
    code, out, _err = run("aigul", "--lang", "ru", "roles", "list")
    assert code == 0 and "print_access_reports\tадминистратор, наблюдатель\t" in out
    with database.session() as session:
        assert allowed(session, VIEWER, P.PRINT_ACCESS_REPORTS)
        entries = session.scalars(select(AuditEntry.username).where(AuditEntry.record_id == PRIVACY_ROLES_KEY)).all()
        assert "aigul" in entries
    code, out, _err = run("aigul", "roles", "revoke", "print_access_reports", "viewer")
    assert code == 0 and "print_access_reports\tadministrator\t" in out
