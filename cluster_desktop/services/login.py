"""Logging in, the lockout after repeated failures, and who the command line acts for.

A failed login is audited and committed even though the login fails: the
attempt is evidence, and the failure count must survive the refusal.  The
message never says whether the user name or the password was wrong, nor
whether the account is locked, and every refusal costs the same verification.

Lockout: every attempt is counted as a failure (atomically, see :func:`_claim`)
before its password is checked, and the count is cleared when the password is
right.  After :data:`MAX_FAILURES` failures in a row the account is locked for
30 s; every further failure — attempts while locked included — doubles the next
delay, up to an hour.  A correct password (once the lock has run out) or a
password reset clears the count.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.orm import Session

from .. import audit
from ..db import Database
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..models.account import Account
from ..models.base import utc_now
from ..permissions import Actor, Role, with_grants, workstation_name
from ..secret_files import read_secret_file
from . import passwords
from .accounts import SETUP_USERNAME, actor_of, demo_actor, has_accounts, is_demo_database, normalise_username

MAX_FAILURES = 5
FIRST_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 3600
PASSWORD_FILE_ENV = "CLUSTER_DESKTOP_PASSWORD_FILE"

# One answer for every refusal: it must not tell which names exist, nor which accounts are locked.
LOGIN_FAILED = QT_TRANSLATE_NOOP(
    "Errors",
    "The user name or the password is wrong, or the account is disabled or locked for a while after repeated failed attempts.",
)
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


@dataclass(frozen=True)
class _Claim:
    """What the atomic count of one attempt found: whose account, and whether its password may be checked."""

    account_id: int | None  # None: no active account of that name
    username: str
    failures: int  # counting this attempt
    locked_seconds: int  # > 0: the account was locked already; the password is not checked
    password_hash: str | None


def _claim(db: Database, username: str, now: datetime) -> _Claim:
    """Count the attempt as a failure before its password is checked, in a transaction of its own.

    The increment is one ``UPDATE … SET failed_attempts = failed_attempts + 1 … RETURNING``:
    parallel attempts (several processes on SQLite, several PCs on PostgreSQL) each get
    their own count, and the statement holds the write lock (SQLite) or the row lock
    (PostgreSQL) until the lock decision below is committed, so no more than
    :data:`MAX_FAILURES` guesses reach the verification before the account locks.
    """
    name = normalise_username(username)
    statement = (
        update(Account)
        .where(Account.username == name, Account.active.is_(True))
        .values(failed_attempts=Account.failed_attempts + 1)
        .returning(Account.id, Account.username, Account.failed_attempts, Account.locked_until, Account.password_hash)
        .execution_options(synchronize_session=False)
    )
    with db.session() as session:
        row = session.execute(statement).first()
        if row is None:
            return _Claim(None, (username or "").strip()[:64] or "?", 0, 0, None)
        account_id, account_name, failures, locked_until, password_hash = row
        if locked_until is not None and _aware(locked_until) > now:
            seconds = max(1, int((_aware(locked_until) - now).total_seconds() + 0.999))
            return _Claim(account_id, account_name, failures, seconds, password_hash)
        delay = lock_seconds(failures)
        locked = now + timedelta(seconds=delay) if delay else None
        session.execute(
            update(Account).where(Account.id == account_id).values(locked_until=locked).execution_options(synchronize_session=False)
        )
        return _Claim(account_id, account_name, failures, 0, password_hash)


def _verified(session: Session, claim: _Claim, password: str) -> bool:
    """Check the password if the claim allows it; otherwise spend the same time on a throwaway hash."""
    if claim.account_id is None or claim.locked_seconds:
        passwords.spend_verification_time(password)
        return False
    if claim.password_hash is None:  # the demo administrator
        passwords.spend_verification_time(password)
        return is_demo_database(session)
    return passwords.password_matches(claim.password_hash, password)


def _record(session: Session, claim: _Claim, password: str, accepted: bool, now: datetime) -> Actor | UserError:
    if not accepted:
        if claim.account_id is None:
            details: dict[str, object] = {"reason": "unknown or disabled"}
        elif claim.locked_seconds:
            details = {"reason": "locked", "failures": claim.failures, "locked_seconds": claim.locked_seconds}
        else:
            details = {"reason": "wrong password", "failures": claim.failures, "locked_seconds": lock_seconds(claim.failures)}
        audit.record(session, audit.LOGIN_FAILED, "account", claim.account_id, details, username=claim.username)
        return LoginFailed(LOGIN_FAILED)
    account = session.get(Account, claim.account_id, with_for_update=True)
    if account is None or not account.active:  # removed or disabled while the password was checked
        audit.record(session, audit.LOGIN_FAILED, "account", claim.account_id, {"reason": "unknown or disabled"}, username=claim.username)
        return LoginFailed(LOGIN_FAILED)
    if account.password_hash is not None and passwords.needs_rehash(account.password_hash):
        account.password_hash = passwords.hash_password(password)
    account.failed_attempts = 0
    account.locked_until = None
    account.last_login_at = now
    actor = with_grants(session, actor_of(account))  # the window shows what the college's privacy setting gives the role
    session.info["actor"] = actor
    audit.record(session, audit.LOGIN, "account", account.id)
    return actor


def authenticate(db: Database, username: str, password: str, now: datetime | None = None) -> Actor:
    """The actor for ``username`` if ``password`` is right; else LoginFailed, with the attempt committed.

    Every refusal — unknown or disabled name, wrong password, locked account —
    gives the same message after the same work (one Argon2 verification), so
    neither the text nor the time tells which names exist or which are locked.
    """
    moment = now or utc_now()
    claim = _claim(db, username, moment)
    with db.session() as session:
        accepted = _verified(session, claim, password)
        outcome = _record(session, claim, password, accepted, moment)
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
    return read_secret_file(path, PASSWORD_FILE_UNREADABLE)


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
