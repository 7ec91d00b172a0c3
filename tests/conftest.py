"""Fixtures shared by core and window tests: a fresh database per test.

Set ``CLUSTER_DESKTOP_TEST_DB_URL`` to a PostgreSQL server URL (with a user that
may create databases) and every ``database`` fixture becomes a throwaway
PostgreSQL database on that server instead of an SQLite file.

The schema is migrated once per session into a template, and each ``database``
starts from a copy of it: a file copy on SQLite, ``CREATE DATABASE … TEMPLATE`` on
PostgreSQL (migrating costs about 70 ms a test on SQLite, 0.3 s on PostgreSQL).
Key derivation runs at its cheapest in tests (``FAST_KDF``, the autouse
``fast_password_hashing``): the production costs exist to slow down an attacker.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

# Before any QApplication exists: windows without a display, on the screen the college's PCs have: 1366×768 less
# a 40 px taskbar (Qt splits the platform's options at «:», so a Windows path with its drive letter keeps the default).
# A plain «offscreen» (as .ci/run exports it) gets the screen too; another platform someone chose is kept.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = (
        f"offscreen:configfile={Path(__file__).with_name('screen-1366x728.json')}" if ":" not in __file__ else "offscreen"
    )

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError

from cluster_desktop.backup.archive import KdfParams
from cluster_desktop.db import Database, open_database
from cluster_desktop.permissions import Actor, Role
from cluster_desktop.services import passwords

TEST_ADMINISTRATOR = Actor("tester", Role.ADMINISTRATOR, "Test administrator", "test-pc")

# scrypt for backups at a cost of 1 MB and a millisecond (production: 128 MB); pass it as ``kdf=``.
FAST_KDF = KdfParams(n=2**10, r=8, p=1)
# Argon2id at its cheapest (production: argon2-cffi's defaults, 64 MB and three passes).
FAST_PASSWORD_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

TEST_DB_URL_ENV = "CLUSTER_DESKTOP_TEST_DB_URL"


def postgres_server_url() -> str | None:
    return os.environ.get(TEST_DB_URL_ENV) or None


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test in this process hashes passwords with ``FAST_PASSWORD_HASHER`` (programs run by a test do not)."""
    monkeypatch.setattr(passwords, "hasher", FAST_PASSWORD_HASHER)
    monkeypatch.setattr(passwords, "_DUMMY_HASH", None)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CLUSTER_DESKTOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def database_url(data_dir: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a database for this test alone: empty, or a copy of the migrated template when the test uses ``database``."""
    migrated = "database" in request.fixturenames
    server = postgres_server_url()
    if server is None:
        path = data_dir / "test.sqlite3"
        if migrated:
            data_dir.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(request.getfixturevalue("migrated_sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    name = f"cd_test_{uuid.uuid4().hex[:12]}"
    template = f' TEMPLATE "{request.getfixturevalue("migrated_postgres_template")}"' if migrated else ""
    admin = _admin_engine(server)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"{template}'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop_database(admin, name)
        admin.dispose()


def _admin_engine(server: str) -> Engine:
    return create_engine(make_url(server).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")


def _drop_database(admin: Engine, name: str, attempts: int = 5) -> None:
    """Drop a test database; a server process still attached (autovacuum) may need a moment to leave."""
    for attempt in range(attempts):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.5)


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite database migrated to head once per session, its write-ahead log folded into the file."""
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.sqlite3"
    open_database(f"sqlite:///{path}", data_dir=folder).dispose()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(scope="session")
def migrated_postgres_template() -> Iterator[str]:
    """The name of a PostgreSQL database migrated to head once per session, on the test server."""
    server = postgres_server_url()
    assert server is not None
    name = f"cd_template_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine(server)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        open_database(make_url(server).set(database=name).render_as_string(hide_password=False)).dispose()
        yield name
    finally:
        _drop_database(admin, name)
        admin.dispose()


@pytest.fixture
def database(database_url: str, data_dir: Path) -> Iterator[Database]:
    """A fresh database whose sessions act for an administrator (``TEST_ADMINISTRATOR``).

    ``database_url`` names a copy of the session's migrated template: ``open_database`` finds it
    at head, so it neither migrates nor makes a safety copy.
    """
    db = open_database(database_url, data_dir=data_dir)
    assert db.safety_copy is None
    db.actor = TEST_ADMINISTRATOR
    try:
        yield db
    finally:
        db.dispose()


def open_as_administrator(url: str | None = None, data_dir: Path | None = None, **kwargs: object) -> Database:
    """``open_database`` for tests that open databases themselves: it acts for ``TEST_ADMINISTRATOR``."""
    db = open_database(url, data_dir, **kwargs)  # type: ignore[arg-type]
    db.actor = TEST_ADMINISTRATOR
    return db


@pytest.fixture(name="open_as_administrator")
def open_as_administrator_fixture() -> Callable[..., Database]:
    """:func:`open_as_administrator`, for tests that open a second database themselves."""
    return open_as_administrator
