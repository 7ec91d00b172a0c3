"""The lockout counts every failed login, even in parallel, and every refusal looks the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.models import Account, AuditEntry
from cluster_desktop.permissions import Role
from cluster_desktop.services import accounts, login, passwords

PASSWORD = "mine-shaft-42"
START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
PARALLEL = 8
PROCESSES = 6
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def admin_db(database: Database) -> Database:
    """A database whose first administrator «aigul» exists and acts."""
    with database.session() as session:
        database.actor = accounts.create_first_administrator(session, "Aigul", "Айгүл Серікова", PASSWORD)
    return database


class Verifications:
    """Counts Argon2 verifications: against the account's own hash (real) and against the throwaway one."""

    def __init__(self, real_hash: str) -> None:
        self.real_hash = real_hash
        self.real = 0
        self.other = 0
        self._lock = threading.Lock()
        self._original = passwords.password_matches

    def __call__(self, stored_hash: str, password: str) -> bool:
        with self._lock:
            if stored_hash == self.real_hash:
                self.real += 1
            else:
                self.other += 1
        return self._original(stored_hash, password)


@pytest.fixture
def verifications(admin_db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Verifications]:
    counter = Verifications(stored(admin_db).password_hash or "")
    monkeypatch.setattr(passwords, "password_matches", counter)
    yield counter


def stored(db: Database) -> Account:
    with db.session() as session:
        found = accounts.find_account(session, "aigul")
        assert found is not None
        session.expunge(found)
        return found


def locked_until(db: Database) -> datetime | None:
    moment = stored(db).locked_until
    return None if moment is None else moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def failed_logins(db: Database) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(AuditEntry.changes).where(AuditEntry.action == "login_failed").order_by(AuditEntry.id)))


def refusal(db: Database, name: str, password: str, now: datetime) -> str:
    with pytest.raises(login.LoginFailed) as caught:
        login.authenticate(db, name, password, now=now)
    return caught.value.message


def test_five_failures_lock_with_a_growing_delay_and_the_right_password_clears(admin_db: Database, verifications: Verifications) -> None:
    for attempt in range(login.MAX_FAILURES):
        refusal(admin_db, "aigul", "bad-password", START + timedelta(seconds=attempt))
    assert verifications.real == login.MAX_FAILURES
    four = START + timedelta(seconds=4)
    assert locked_until(admin_db) == four + timedelta(seconds=30)
    refusal(admin_db, "aigul", PASSWORD, four)  # even the right password, and it is not checked
    assert verifications.real == login.MAX_FAILURES and verifications.other == 1
    assert stored(admin_db).failed_attempts == login.MAX_FAILURES + 1  # a refusal while locked counts too
    later = four + timedelta(seconds=31)
    refusal(admin_db, "aigul", "bad-password", later)  # the 7th failure: 120 s
    assert locked_until(admin_db) == later + timedelta(seconds=120)
    refusal(admin_db, "aigul", PASSWORD, later + timedelta(seconds=119))
    assert [login.lock_seconds(n) for n in (4, 5, 6, 7, 20)] == [0, 30, 60, 120, login.MAX_LOCK_SECONDS]
    assert login.authenticate(admin_db, "aigul", PASSWORD, now=later + timedelta(seconds=121)).username == "aigul"
    row = stored(admin_db)
    assert row.failed_attempts == 0 and row.locked_until is None
    assert ['"locked"' in changes for changes in failed_logins(admin_db)] == [False] * 5 + [True, False, True]


def test_unknown_disabled_locked_and_wrong_get_the_same_answer_after_one_verification(
    admin_db: Database, verifications: Verifications
) -> None:
    with admin_db.session() as session:
        accounts.create_account(session, "dana", "Дана", Role.VIEWER, "viewer-pass-1")
        accounts.set_active(session, "dana", False)
    answers = set()
    for name in ("nobody", "dana", "aigul"):
        before = verifications.real + verifications.other
        answers.add(refusal(admin_db, name, "bad-password", START))
        assert verifications.real + verifications.other == before + 1, name
    for attempt in range(login.MAX_FAILURES):
        refusal(admin_db, "aigul", "bad-password", START + timedelta(seconds=attempt))
    before = verifications.real + verifications.other
    answers.add(refusal(admin_db, "aigul", PASSWORD, START + timedelta(seconds=10)))  # locked
    assert verifications.real + verifications.other == before + 1
    assert answers == {login.LOGIN_FAILED}
    assert "locked" in login.LOGIN_FAILED and "seconds" not in login.LOGIN_FAILED


def test_parallel_wrong_passwords_are_each_counted_and_at_most_the_limit_is_checked(
    admin_db: Database, verifications: Verifications
) -> None:
    start = threading.Barrier(PARALLEL)

    def guess(number: int) -> str:
        start.wait()
        return refusal(admin_db, "aigul", f"guess-{number}", START)

    with ThreadPoolExecutor(PARALLEL) as pool:
        answers = list(pool.map(guess, range(PARALLEL)))
    assert answers == [login.LOGIN_FAILED] * PARALLEL
    row = stored(admin_db)
    assert row.failed_attempts == PARALLEL
    assert verifications.real == login.MAX_FAILURES  # the rest found the account locked
    assert locked_until(admin_db) == START + timedelta(seconds=30)
    assert len(failed_logins(admin_db)) == PARALLEL
    with pytest.raises(login.LoginFailed):
        login.authenticate(admin_db, "aigul", PASSWORD, now=START + timedelta(seconds=29))
    assert login.authenticate(admin_db, "aigul", PASSWORD, now=START + timedelta(seconds=31)).username == "aigul"


GUESSER = """
import sys, time
from pathlib import Path
from argon2 import PasswordHasher
from cluster_desktop.db import open_database
from cluster_desktop.services import login, passwords

passwords.hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # as the tests' hasher
db = open_database(sys.argv[1], Path(sys.argv[2]))
go = Path(sys.argv[3])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.005)
try:
    login.authenticate(db, "aigul", "guess-" + sys.argv[4])
except login.LoginFailed:
    print("refused", flush=True)
"""


def test_parallel_processes_are_each_counted(admin_db: Database, database_url: str, data_dir: Path, tmp_path: Path) -> None:
    """Separate programs (the Task Scheduler, a second window): separate connections, the same count."""
    script = tmp_path / "guesser.py"
    script.write_text(GUESSER)
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    guessers = [
        subprocess.Popen(
            [sys.executable, str(script), database_url, str(data_dir), str(go), str(n)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        for n in range(PROCESSES)
    ]
    try:
        assert [g.stdout.readline().strip() for g in guessers] == ["ready"] * PROCESSES  # type: ignore[union-attr]
        go.touch()
        outputs = [g.communicate(timeout=120)[0].strip() for g in guessers]
    finally:
        for guesser in guessers:
            guesser.kill()
    assert outputs == ["refused"] * PROCESSES
    assert stored(admin_db).failed_attempts == PROCESSES
    reasons = [json.loads(changes)["reason"] for changes in failed_logins(admin_db)]
    assert len(reasons) == PROCESSES and reasons.count("wrong password") == login.MAX_FAILURES  # the rest were not checked
