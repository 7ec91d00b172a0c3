"""Logging in, the lockout after repeated failures, and who the command line acts for.

A failed login is audited and committed even though the login fails: the
attempt is evidence, and the failure count must survive the refusal.  The
message never says whether the user name or the password was wrong.

Lockout: after :data:`MAX_FAILURES` failures in a row the account is locked
for 30 s; every further failure doubles the delay, up to an hour.  A correct
password (once the lock has run out) or a password reset clears the count.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from .. import audit
from ..db import Database
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..models.base import utc_now
from ..permissions import Actor, Role, workstation_name
from . import passwords
from .accounts import SETUP_USERNAME, actor_of, demo_actor, find_account, has_accounts, is_demo_database

MAX_FAILURES = 5
FIRST_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 3600
PASSWORD_FILE_ENV = "CLUSTER_DESKTOP_PASSWORD_FILE"

LOGIN_FAILED = QT_TRANSLATE_NOOP("Errors", "The user name or the password is wrong, or the account is disabled.")
LOCKED = QT_TRANSLATE_NOOP("Errors", "Too many failed attempts: try again in {seconds} seconds.")
USER_NEEDED = QT_TRANSLATE_NOOP("Errors", "This database has staff accounts: name yours with --user NAME.")
PASSWORD_FILE_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "Cannot read the password file {path} ({reason}).")
SETUP_DISPLAY_NAME = "Provisional administrator (no accounts yet)"

PasswordSource = Callable[[str], str]  # asked with the user name; returns the password


class LoginFailed(UserError):
    """Wrong name or password, disabled or locked account; the attempt was audited."""


def lock_seconds(failures: int) -> int:
    """How long an account stays locked after ``failures`` failures in a row (0 below the threshold)."""
    if failures < MAX_FAILURES:
        return 0
    return min(FIRST_LOCK_SECONDS * 2 ** (failures - MAX_FAILURES), MAX_LOCK_SECONDS)


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _check(session: Session, username: str, password: str, now: datetime) -> Actor | UserError:
    account = find_account(session, username, lock=True)
    name = (username or "").strip()[:64] or "?"
    if account is None or not account.active:
        passwords.spend_verification_time(password)
        audit.record(session, audit.LOGIN_FAILED, "account", None, {"reason": "unknown or disabled"}, username=name)
        return LoginFailed(LOGIN_FAILED)
    if account.locked_until is not None and _aware(account.locked_until) > now:
        seconds = max(1, int((_aware(account.locked_until) - now).total_seconds() + 0.999))
        audit.record(session, audit.LOGIN_FAILED, "account", account.id, {"reason": "locked"}, username=account.username)
        return LoginFailed(LOCKED, seconds=seconds)
    if account.password_hash is None:
        accepted = is_demo_database(session)
    else:
        accepted = passwords.password_matches(account.password_hash, password)
    if not accepted:
        account.failed_attempts += 1
        delay = lock_seconds(account.failed_attempts)
        account.locked_until = now + timedelta(seconds=delay) if delay else None
        details = {"reason": "wrong password", "failures": account.failed_attempts, "locked_seconds": delay}
        audit.record(session, audit.LOGIN_FAILED, "account", account.id, details, username=account.username)
        return LoginFailed(LOGIN_FAILED)
    if account.password_hash is not None and passwords.needs_rehash(account.password_hash):
        account.password_hash = passwords.hash_password(password)
    account.failed_attempts = 0
    account.locked_until = None
    account.last_login_at = now
    actor = actor_of(account)
    session.info["actor"] = actor
    audit.record(session, audit.LOGIN, "account", account.id)
    return actor


def authenticate(db: Database, username: str, password: str, now: datetime | None = None) -> Actor:
    """The actor for ``username`` if ``password`` is right; else LoginFailed, with the attempt committed."""
    with db.session() as session:
        outcome = _check(session, username, password, now or utc_now())
    if isinstance(outcome, UserError):
        raise outcome
    return outcome


def setup_actor() -> Actor:
    """Who acts while a database has no accounts at all: a provisional administrator named «setup».

    A new database is open to whoever holds it until the first administrator
    account exists (as a freshly installed program is); from then on every
    change needs a login.  The audit log names «setup» for what was done before.
    """
    return Actor(SETUP_USERNAME, Role.ADMINISTRATOR, SETUP_DISPLAY_NAME, workstation_name())


def password_from_file(path: str | Path) -> str:
    """The first line of ``path`` (for scheduled commands: the file should be readable by its owner only)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(PASSWORD_FILE_UNREADABLE, path=str(path), reason=exc.strerror or str(exc)) from None
    return text.splitlines()[0] if text else ""


def ask_password(username: str) -> str:
    """The password from ``CLUSTER_DESKTOP_PASSWORD_FILE``, or asked on the terminal without echo."""
    path = os.environ.get(PASSWORD_FILE_ENV)
    if path:
        return password_from_file(path)
    import getpass

    return getpass.getpass(f"Password for {username}: ")


def actor_for_commands(db: Database, username: str | None, password_source: PasswordSource = ask_password) -> Actor:
    """Who a command acts for: the demo administrator on a demo database, «setup» while there are
    no accounts, otherwise the ``--user`` whose password ``password_source`` gives."""
    with db.session() as session:
        demo = demo_actor(session)
        accounts = has_accounts(session)
    if username is None:
        if demo is not None:
            return demo
        if not accounts:
            return setup_actor()
        raise UserError(USER_NEEDED)
    if demo is not None and username.strip().casefold() == demo.username:
        return demo
    return authenticate(db, username, password_source(username))
