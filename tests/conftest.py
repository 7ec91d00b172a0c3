"""Fixtures shared by core and window tests: a fresh database per test.

Set ``CLUSTER_DESKTOP_TEST_DB_URL`` to a PostgreSQL server URL (with a user that
may create databases) and every ``database`` fixture becomes a throwaway
PostgreSQL database on that server instead of an SQLite file.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError

from cluster_desktop.db import Database, open_database
from cluster_desktop.permissions import Actor, Role

TEST_ADMINISTRATOR = Actor("tester", Role.ADMINISTRATOR, "Test administrator", "test-pc")

TEST_DB_URL_ENV = "CLUSTER_DESKTOP_TEST_DB_URL"


def postgres_server_url() -> str | None:
    return os.environ.get(TEST_DB_URL_ENV) or None


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CLUSTER_DESKTOP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def database_url(data_dir: Path) -> Iterator[str]:
    """The URL of an empty database for this test alone."""
    server = postgres_server_url()
    if server is None:
        yield f"sqlite:///{data_dir / 'test.sqlite3'}"
        return
    name = f"cd_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(server).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        _drop_database(admin, name)
        admin.dispose()


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


@pytest.fixture
def database(database_url: str, data_dir: Path) -> Iterator[Database]:
    """A fresh database whose sessions act for an administrator (``TEST_ADMINISTRATOR``)."""
    db = open_database(database_url, data_dir=data_dir)
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
