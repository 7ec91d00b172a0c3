"""Staff accounts: hashing, rehash on login, lockout, the last administrator, passwords, roles, demo."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.errors import UserError, ValidationError
from cluster_desktop.models import Account, AuditEntry
from cluster_desktop.permissions import Actor, PermissionDenied, Role
from cluster_desktop.services import accounts, login, passwords

PASSWORD = "mine-shaft-42"  # hashed with tests/conftest.py's FAST_PASSWORD_HASHER


@pytest.fixture
def admin_db(database: Database) -> Database:
    """A database whose first administrator «aigul» exists and acts."""
    with database.session() as session:
        database.actor = accounts.create_first_administrator(session, "Aigul", "Айгүл Серікова", PASSWORD)
    return database


def account(db: Database, name: str) -> Account:
    with db.session() as session:
        found = accounts.find_account(session, name)
        assert found is not None
        session.expunge(found)
        return found


def audit_actions(db: Database) -> list[tuple[str, str]]:
    with db.session() as session:
        return [(e.username, e.action) for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_first_administrator_only_once(admin_db: Database) -> None:
    row = account(admin_db, "aigul")
    assert row.role is Role.ADMINISTRATOR and row.username == "aigul" and row.display_name == "Айгүл Серікова"
    assert row.password_hash and row.password_hash.startswith("$argon2id$") and PASSWORD not in row.password_hash
    with admin_db.session() as session, pytest.raises(UserError, match="first administrator exists"):
        accounts.create_first_administrator(session, "other", "", PASSWORD)


def test_password_rules(database: Database) -> None:
    for weak, words in (("short7!", "too short"), ("password123", "too common"), ("12345678", "too common")):
        with database.session() as session, pytest.raises(ValidationError, match=words):
            accounts.create_first_administrator(session, "aigul", "", weak)
    with database.session() as session, pytest.raises(ValidationError, match="must not be the user name"):
        accounts.create_first_administrator(session, "longusername", "", "LongUserName")
    with database.session() as session:
        assert not accounts.has_accounts(session)


def test_login_and_messages_never_tell_which_part_was_wrong(admin_db: Database) -> None:
    actor = login.authenticate(admin_db, " AIGUL ", PASSWORD)
    assert actor.username == "aigul" and actor.role is Role.ADMINISTRATOR and actor.workstation
    with pytest.raises(login.LoginFailed) as unknown:
        login.authenticate(admin_db, "nobody", PASSWORD)
    with pytest.raises(login.LoginFailed) as wrong:
        login.authenticate(admin_db, "aigul", "not-the-password")
    assert unknown.value.message == wrong.value.message
    actions = audit_actions(admin_db)
    assert ("aigul", "login") in actions and ("nobody", "login_failed") in actions and ("aigul", "login_failed") in actions
    assert account(admin_db, "aigul").last_login_at is not None


def test_rehash_on_login_when_parameters_change(admin_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    before = account(admin_db, "aigul").password_hash
    monkeypatch.setattr(passwords, "hasher", PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1))
    login.authenticate(admin_db, "aigul", PASSWORD)
    after = account(admin_db, "aigul").password_hash
    assert after != before and "m=2048,t=2" in (after or "")
    login.authenticate(admin_db, "aigul", PASSWORD)
    assert account(admin_db, "aigul").password_hash == after  # no rehash when the parameters are current


def test_accounts_roles_and_the_last_administrator(admin_db: Database) -> None:
    with admin_db.session() as session:
        row = accounts.create_account(session, "Bolat", "Болат", Role.REGISTRAR, "registrar-pass")
        assert row.username == "bolat" and row.role is Role.REGISTRAR and row.has_password
        with pytest.raises(ValidationError, match="already an account"):
            accounts.create_account(session, "bolat", "", Role.VIEWER, "another-pass")
        with pytest.raises(ValidationError, match="reserved"):
            accounts.create_account(session, "setup", "", Role.VIEWER, "another-pass")
    for change in (
        lambda s: accounts.set_role(s, "aigul", Role.REGISTRAR),
        lambda s: accounts.set_active(s, "aigul", False),
        lambda s: accounts.delete_account(s, "aigul"),
    ):
        with admin_db.session() as session, pytest.raises(UserError, match="last active administrator"):
            change(session)
    with admin_db.session() as session:
        accounts.set_role(session, "bolat", Role.ADMINISTRATOR)
        accounts.set_active(session, "aigul", False)  # now allowed: bolat administers
        assert [(r.username, r.role, r.active) for r in accounts.list_accounts(session)] == [
            ("aigul", Role.ADMINISTRATOR, False),
            ("bolat", Role.ADMINISTRATOR, True),
        ]
    with pytest.raises(login.LoginFailed):
        login.authenticate(admin_db, "aigul", PASSWORD)  # disabled
    assert ("aigul", "role_change") in audit_actions(admin_db)


def test_password_change_and_reset(admin_db: Database) -> None:
    with admin_db.session() as session:
        accounts.create_account(session, "dana", "", Role.VIEWER, "viewer-pass-1")
    dana = login.authenticate(admin_db, "dana", "viewer-pass-1")
    admin_db.actor = dana
    with admin_db.session() as session, pytest.raises(UserError, match="current password is wrong"):
        accounts.change_password(session, "dana", "wrong-old", "viewer-pass-2")
    with admin_db.session() as session, pytest.raises(PermissionDenied, match="only your own password"):
        accounts.change_password(session, "aigul", PASSWORD, "taken-over-1")
    with admin_db.session() as session:
        accounts.change_password(session, "dana", "viewer-pass-1", "viewer-pass-2")
    assert login.authenticate(admin_db, "dana", "viewer-pass-2").username == "dana"
    with admin_db.session() as session, pytest.raises(PermissionDenied):
        accounts.reset_password(session, "aigul", "taken-over-1")
    admin_db.actor = Actor("aigul", Role.ADMINISTRATOR)
    for _ in range(login.MAX_FAILURES):
        with pytest.raises(login.LoginFailed):
            login.authenticate(admin_db, "dana", "wrong-guess")
    with admin_db.session() as session:
        accounts.reset_password(session, "dana", "viewer-pass-3")  # also lifts the lockout
    assert login.authenticate(admin_db, "dana", "viewer-pass-3").username == "dana"


def test_first_account_added_on_the_command_line_must_be_an_administrator(database: Database) -> None:
    database.actor = login.setup_actor()
    with database.session() as session, pytest.raises(UserError, match="first account must be an administrator"):
        accounts.create_account(session, "bolat", "", Role.VIEWER, "viewer-pass-1")
    with database.session() as session:
        accounts.create_account(session, "aigul", "", Role.ADMINISTRATOR, PASSWORD)


def test_actor_for_commands(database: Database) -> None:
    assert login.actor_for_commands(database, None).username == "setup"  # no accounts yet
    with database.session() as session:
        accounts.create_first_administrator(session, "aigul", "", PASSWORD)
    with pytest.raises(UserError, match="--user NAME"):
        login.actor_for_commands(database, None)
    assert login.actor_for_commands(database, "aigul", lambda _name: PASSWORD).username == "aigul"
    with pytest.raises(login.LoginFailed):
        login.actor_for_commands(database, "aigul", lambda _name: "wrong-one")


def test_demo_database_acts_as_the_demo_administrator(database: Database) -> None:
    database.actor = None
    with database.session() as session:
        actor = accounts.make_demo_database(session)
        assert actor.username == accounts.DEMO_USERNAME and actor.role is Role.ADMINISTRATOR
    with database.session() as session:
        assert accounts.demo_actor(session) == actor
    assert login.actor_for_commands(database, None).username == "demo"
    database.actor = login.authenticate(database, "demo", "")
    assert database.actor.username == "demo"
    with database.session() as session, pytest.raises(UserError, match="no password to change"):
        accounts.change_password(session, "demo", "", "a-new-password")


def test_demo_is_refused_on_a_database_with_real_accounts(admin_db: Database) -> None:
    with admin_db.session() as session, pytest.raises(UserError, match="demo data goes only into"):
        accounts.make_demo_database(session)
    with admin_db.session() as session:
        assert accounts.demo_actor(session) is None
        assert accounts.find_account(session, "demo") is None
