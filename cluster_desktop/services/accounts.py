"""Staff accounts: the first administrator, adding accounts, roles, passwords, the demo administrator.

Logging in is :mod:`.login`.  Managing accounts, and listing them, needs MANAGE_ACCOUNTS, except
creating the very first administrator (nobody can be logged in yet) and
changing one's own password (the old one proves who asks).  The last active
administrator can be neither deactivated, demoted nor removed: the program
would have nobody left to manage it.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import audit
from ..errors import QT_TRANSLATE_NOOP, NotFoundError, Problem, UserError, ValidationError
from ..models import Account
from ..models.base import utc_now
from ..permissions import Actor, Permission, PermissionDenied, Role, current_actor, require, workstation_name
from ..settings_store import get_setting, set_setting
from .passwords import hash_password, password_matches, validate_password

DEMO_USERNAME = "demo"
DEMO_DISPLAY_NAME = QT_TRANSLATE_NOOP("Errors", "Demo administrator")  # kept in English; screens show it translated
DEMO_SETTING = "demo_database"  # true in a database made by the demo command
SETUP_USERNAME = "setup"  # the provisional administrator before the first account exists
RESERVED_USERNAMES = frozenset({audit.SYSTEM, SETUP_USERNAME})
USERNAME_PATTERN = re.compile(r"^[\w.\-@]{2,64}$")

BAD_USERNAME = QT_TRANSLATE_NOOP("Errors", "A user name is 2 to 64 letters, digits or . _ - @, without spaces.")
RESERVED_USERNAME = QT_TRANSLATE_NOOP("Errors", "The user name «{name}» is reserved; choose another.")
USERNAME_TAKEN = QT_TRANSLATE_NOOP("Errors", "There is already an account «{name}».")
DISPLAY_NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The display name is too long: at most {maximum} characters.")
NO_SUCH_ACCOUNT = QT_TRANSLATE_NOOP("Errors", "There is no account «{name}».")
ALREADY_SET_UP = QT_TRANSLATE_NOOP("Errors", "The first administrator exists already; ask an administrator for an account.")
LAST_ADMINISTRATOR = QT_TRANSLATE_NOOP("Errors", "«{name}» is the last active administrator: make another administrator first.")
OLD_PASSWORD_WRONG = QT_TRANSLATE_NOOP("Errors", "The current password is wrong; the password was not changed.")
OWN_PASSWORD_ONLY = QT_TRANSLATE_NOOP("Errors", "You may change only your own password; an administrator can reset another's.")
DEMO_ACCOUNT = QT_TRANSLATE_NOOP("Errors", "The demo administrator has no password to change.")
FIRST_MUST_BE_ADMINISTRATOR = QT_TRANSLATE_NOOP("Errors", "The first account must be an administrator.")
NOT_A_DEMO_DATABASE = QT_TRANSLATE_NOOP("Errors", "This database has staff accounts: demo data goes only into a new database or a demo one.")


class AccountRow(NamedTuple):
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    has_password: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    password_changed_at: datetime | None


def normalise_username(name: str) -> str:
    return (name or "").strip().casefold()


def actor_of(account: Account) -> Actor:
    return Actor(account.username, account.role, account.display_name, workstation_name())


def has_accounts(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(Account)) != 0


def find_account(session: Session, username: str, lock: bool = False) -> Account | None:
    statement = select(Account).where(Account.username == normalise_username(username))
    return session.scalars(statement.with_for_update() if lock else statement).first()


def get_account(session: Session, username: str, lock: bool = False) -> Account:
    account = find_account(session, username, lock)
    if account is None:
        raise NotFoundError(NO_SUCH_ACCOUNT, name=username)
    return account


def _check_new(session: Session, username: str, display_name: str, password: str) -> tuple[str, str]:
    name = normalise_username(username)
    display = (display_name or "").strip()
    problems: list[Problem] = []
    if not USERNAME_PATTERN.match(name):
        problems.append(Problem("username", BAD_USERNAME))
    elif name in RESERVED_USERNAMES or name == DEMO_USERNAME:
        problems.append(Problem("username", RESERVED_USERNAME, {"name": name}))
    elif find_account(session, name) is not None:
        problems.append(Problem("username", USERNAME_TAKEN, {"name": name}))
    if len(display) > 200:
        problems.append(Problem("display_name", DISPLAY_NAME_TOO_LONG, {"maximum": 200}))
    try:
        validate_password(password, name)
    except ValidationError as exc:
        problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems)
    return name, display or name


def _add(session: Session, username: str, display_name: str, role: Role, password: str) -> Account:
    name, display = _check_new(session, username, display_name, password)
    account = Account(
        username=name, display_name=display, role=role, active=True, password_hash=hash_password(password),
        failed_attempts=0, password_changed_at=utc_now(),
    )
    session.add(account)
    session.flush()
    return account


def create_first_administrator(session: Session, username: str, display_name: str, password: str) -> Actor:
    """The first account of a new database; refused once any account exists.  Returns it as an actor."""
    if has_accounts(session):
        raise UserError(ALREADY_SET_UP)
    account = _add(session, username, display_name, Role.ADMINISTRATOR, password)
    return actor_of(account)


def create_account(session: Session, username: str, display_name: str, role: Role, password: str) -> AccountRow:
    """Add an account; the first one of a database must be an administrator (or nobody could manage them)."""
    require(session, Permission.MANAGE_ACCOUNTS)
    role = Role(role)
    if role is not Role.ADMINISTRATOR and not has_accounts(session):
        raise UserError(FIRST_MUST_BE_ADMINISTRATOR)
    return _row(_add(session, username, display_name, role, password))


def _other_active_administrators(session: Session, account: Account) -> int:
    statement = select(Account.id).where(
        Account.role == Role.ADMINISTRATOR, Account.active.is_(True), Account.id != account.id
    ).with_for_update()
    return len(session.scalars(statement).all())


def _protect_last_administrator(session: Session, account: Account) -> None:
    if account.role is Role.ADMINISTRATOR and account.active and _other_active_administrators(session, account) == 0:
        raise UserError(LAST_ADMINISTRATOR, name=account.username)


def set_role(session: Session, username: str, role: Role) -> AccountRow:
    require(session, Permission.MANAGE_ACCOUNTS)
    account = get_account(session, username, lock=True)
    role = Role(role)
    if role is not account.role:
        if role is not Role.ADMINISTRATOR:
            _protect_last_administrator(session, account)
        old = account.role
        account.role = role
        audit.record(session, audit.ROLE_CHANGE, "account", account.id, {"username": account.username, "role": [old, role]})
    return _row(account)


def set_active(session: Session, username: str, active: bool) -> AccountRow:
    require(session, Permission.MANAGE_ACCOUNTS)
    account = get_account(session, username, lock=True)
    if not active:
        _protect_last_administrator(session, account)
    account.active = bool(active)
    session.flush()
    return _row(account)


def delete_account(session: Session, username: str) -> None:
    """Remove an account; its audit entries stay (they name the user, not the row)."""
    require(session, Permission.MANAGE_ACCOUNTS)
    account = get_account(session, username, lock=True)
    _protect_last_administrator(session, account)
    session.delete(account)
    session.flush()


def _set_password(session: Session, account: Account, new: str) -> None:
    validate_password(new, account.username)
    account.password_hash = hash_password(new)
    account.password_changed_at = utc_now()
    account.failed_attempts = 0
    account.locked_until = None
    audit.record(session, audit.PASSWORD, "account", account.id, {"username": account.username})


def change_password(session: Session, username: str, old: str, new: str) -> None:
    """A user changes their own password; the old one proves it is them."""
    actor = current_actor(session)
    if actor is None or (normalise_username(username) != actor.username and not actor.can(Permission.MANAGE_ACCOUNTS)):
        raise PermissionDenied(OWN_PASSWORD_ONLY)
    account = get_account(session, username, lock=True)
    if account.password_hash is None:
        raise UserError(DEMO_ACCOUNT)
    if not password_matches(account.password_hash, old):
        audit.record(session, audit.DENIED, "account", account.id, {"username": account.username, "reason": "old password wrong"})
        raise UserError(OLD_PASSWORD_WRONG)
    _set_password(session, account, new)


def reset_password(session: Session, username: str, new: str) -> None:
    """An administrator sets another user's password (and lifts a lockout)."""
    require(session, Permission.MANAGE_ACCOUNTS)
    _set_password(session, get_account(session, username, lock=True), new)


def _row(account: Account) -> AccountRow:
    return AccountRow(
        account.id, account.username, account.display_name, account.role, account.active,
        account.password_hash is not None, account.locked_until, account.last_login_at, account.password_changed_at,
    )


def list_accounts(session: Session) -> list[AccountRow]:
    """Every account, for administrators (who may log in, with which role, whether locked)."""
    require(session, Permission.MANAGE_ACCOUNTS)
    return [_row(a) for a in session.scalars(select(Account).order_by(Account.username))]


# -- the demo database -----------------------------------------------------------
def is_demo_database(session: Session) -> bool:
    return bool(get_setting(session, DEMO_SETTING, False))


def demo_actor(session: Session) -> Actor | None:
    """The demo administrator, on a demo database only."""
    if not is_demo_database(session):
        return None
    account = find_account(session, DEMO_USERNAME)
    return actor_of(account) if account is not None and account.active else None


def make_demo_database(session: Session) -> Actor:
    """Mark the database as a demo one with a password-less administrator, and act as it unless a real user does.

    Refused on a database with real accounts: a password-less administrator
    there would open the real records to anyone.
    """
    if not is_demo_database(session) and has_accounts(session):
        raise UserError(NOT_A_DEMO_DATABASE)
    actor = Actor(DEMO_USERNAME, Role.ADMINISTRATOR, DEMO_DISPLAY_NAME, workstation_name())
    acting = current_actor(session)
    if acting is None or acting.username == SETUP_USERNAME:
        session.info["actor"] = actor
    if not is_demo_database(session):
        set_setting(session, DEMO_SETTING, True)
    if find_account(session, DEMO_USERNAME) is None:
        session.add(Account(username=DEMO_USERNAME, display_name=DEMO_DISPLAY_NAME, role=Role.ADMINISTRATOR,
                            active=True, password_hash=None, failed_attempts=0))
        session.flush()
    return actor
