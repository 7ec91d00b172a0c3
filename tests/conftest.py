"""Fixtures shared by core and window tests: a fresh database per test.

Set ``CLUSTER_DESKTOP_TEST_DB_URL`` to a PostgreSQL server URL (with a user that
may create databases) and every ``database`` fixture becomes a throwaway
PostgreSQL database on that server instead of an SQLite file.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from cluster_desktop.db import Database, open_database

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
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def database(database_url: str, data_dir: Path) -> Iterator[Database]:
    db = open_database(database_url, data_dir=data_dir)
    try:
        yield db
    finally:
        db.dispose()
