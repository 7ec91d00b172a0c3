"""Another program or PC writing to the test's database: a write lock held from a connection of its own.

On SQLite a plain ``sqlite3`` connection (not the program's engine) takes the
file's write lock with ``BEGIN IMMEDIATE`` — in another process with
``in_another_process`` — on PostgreSQL a connection locks the
tables every write touches (``person`` and the audit log's head) against
writers.  Readers are not blocked in either case, as with a real long write.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from cluster_desktop import db

SHORT_WAIT_MS = 300
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.read()
conn.execute("ROLLBACK")
"""


@contextmanager
def write_lock_held(database_url: str, in_another_process: bool = False) -> Iterator[None]:
    """Hold the write lock of ``database_url`` for the block."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and in_another_process:
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(url.database)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "held"
            yield
        finally:
            holder.stdin.close()  # the holder rolls back and ends
            holder.wait(30)
        return
    if url.get_backend_name() == "sqlite":
        with closing(sqlite3.connect(str(url.database), isolation_level=None)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            finally:
                conn.execute("ROLLBACK")
        return
    engine = create_engine(url.set(drivername="postgresql+psycopg"))
    try:
        with engine.connect() as server, server.begin():
            server.execute(text("LOCK TABLE person, audit_head IN SHARE ROW EXCLUSIVE MODE"))
            yield
    finally:
        engine.dispose()


def wait_briefly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Databases opened from now on wait 0.3 s for a lock, not 10 s (SQLite's busy timeout, PostgreSQL's lock_timeout)."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", SHORT_WAIT_MS)
