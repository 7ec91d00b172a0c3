"""Another program or PC writing at the same time: a plain message after a bounded wait, nothing half-written.

Issue 15: a write while another process held the database, and two imports of
the same file at once, ended in «unexpected error».  Runs on PostgreSQL too
when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, OperationalError

from cluster_desktop.backup import BackupError
from cluster_desktop.backup import create as backup_create
from cluster_desktop.backup.verify import verify_backup
from cluster_desktop.db import Database
from cluster_desktop.db_failures import BUSY, CONFLICT, CONNECTION_LOST, DISK_FULL, READ_ONLY, DatabaseBusyError, plain_failure
from cluster_desktop.errors import UserError
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import Person
from cluster_desktop.paths import DATABASE_FILE
from cluster_desktop.services.import_columns import match_columns
from cluster_desktop.services.learner_import import ImportOptions, ImportReport, import_learners
from cluster_desktop.services.learner_import_write import ImportConflictError
from cluster_desktop.services.list_export import export_list, learners_list
from cluster_desktop.spreadsheets.reader import Table
from tests import factories
from tests.cli import run_cli, where
from tests.conftest import FAST_KDF
from tests.locks import wait_briefly, write_lock_held

TODAY = date(2025, 10, 1)
HEADERS = ["ЖСН", "Тегі", "Аты"]


def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


def _pg_error(kind: type[psycopg.Error]) -> psycopg.Error:
    return kind("the server's words")


@pytest.mark.parametrize(
    ("error", "template"),
    [
        (_sqlite_error("database is locked", 5), BUSY),
        (_sqlite_error("database table is locked", 6), BUSY),
        (_sqlite_error("database is locked", 517), BUSY),  # SQLITE_BUSY_SNAPSHOT: an extended code of BUSY
        (_sqlite_error("attempt to write a readonly database", 8), READ_ONLY),
        (_sqlite_error("database or disk is full", 13), DISK_FULL),
        (sqlite3.OperationalError("database is locked"), BUSY),  # no code: known by its words
        (_pg_error(psycopg.errors.LockNotAvailable), BUSY),
        (_pg_error(psycopg.errors.SerializationFailure), CONFLICT),
        (_pg_error(psycopg.errors.DeadlockDetected), CONFLICT),
        (_pg_error(psycopg.errors.DiskFull), DISK_FULL),
        (_pg_error(psycopg.errors.ReadOnlySqlTransaction), READ_ONLY),
        (_pg_error(psycopg.errors.AdminShutdown), CONNECTION_LOST),
    ],
)
def test_failures_of_the_world_get_plain_words(error: Exception, template: str) -> None:
    for raised in (error, OperationalError("UPDATE person …", {}, error)):  # bare, and as SQLAlchemy wraps it
        plain = plain_failure(raised)
        assert isinstance(plain, UserError) and plain.template == template
        assert "{" not in plain.message
    assert isinstance(plain_failure(error), DatabaseBusyError) == (template in (BUSY, CONFLICT))


def test_a_connection_sqlalchemy_found_lost_is_plain() -> None:
    lost = OperationalError("SELECT 1", {}, psycopg.OperationalError("consuming input failed: server closed the connection"))
    assert plain_failure(lost) is None
    lost.connection_invalidated = True  # what SQLAlchemy's dialect sets when it recognises a disconnect
    plain = plain_failure(lost)
    assert plain is not None and plain.template == CONNECTION_LOST


@pytest.mark.parametrize(
    "error",
    [
        ValueError("a bug"),
        _sqlite_error("no such table: persons", 1),
        IntegrityError("INSERT …", {}, sqlite3.IntegrityError("UNIQUE constraint failed: person.iin")),
        _pg_error(psycopg.errors.UndefinedColumn),
        UserError("Already plain."),
    ],
)
def test_bugs_are_left_alone(error: Exception) -> None:
    assert plain_failure(error) is None


def test_a_write_waits_then_says_another_program_is_writing(
    database_url: str,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    open_as_administrator: Callable[..., Database],
) -> None:
    wait_briefly(monkeypatch)
    db = open_as_administrator(database_url, data_dir)
    try:
        with write_lock_held(database_url):
            with pytest.raises(DatabaseBusyError) as caught, db.session() as session:
                factories.learner(session)
            assert "Another program or PC is writing to the database" in caught.value.message
            assert factories.count(db, Person) == 0  # reading goes on meanwhile
        with db.session() as session:  # once the other writer is done, the same write succeeds
            factories.learner(session)
        assert factories.count(db, Person) == 1
    finally:
        db.dispose()


def test_the_command_line_says_so_too_and_reads_go_on(
    database_url: str,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wait_briefly(monkeypatch)
    file = tmp_path / "class.csv"
    file.write_text("ЖСН;Тегі;Аты\n" + make_iin(date(2004, 1, 5), Sex.MALE, 7) + ";Омаров;Нұрлан\n", encoding="utf-8")
    args = [*where(database_url, data_dir), "import", "learners", str(file), "--consent-date", "01.09.2025"]
    assert run_cli(*where(database_url, data_dir), "check").returncode == 0  # create and migrate it first
    used = database_url if database_url.startswith("postgresql") else f"sqlite:///{data_dir / DATABASE_FILE}"
    with write_lock_held(used, in_another_process=True):
        refused = run_cli(*args)
        read = run_cli(*where(database_url, data_dir), "check", "--json")
    assert refused.returncode == 1
    assert "Another program or PC is writing to the database" in refused.stderr
    assert "unexpected" not in refused.stderr and "Traceback" not in refused.stderr
    assert read.returncode == 0 and '"learners": 0' in read.stdout
    again = run_cli(*args)
    assert again.returncode == 0 and "Imported: 1 new" in again.stdout


def _class_list(size: int) -> Table:
    rows = [[make_iin(date(2000, 1, 1) + timedelta(days=i), Sex.FEMALE, 100 + i), "Сейітова", "Әсем"] for i in range(size)]
    return Table(headers=HEADERS, rows=[(n + 2, list(r)) for n, r in enumerate(rows)])


def _options(table: Table) -> ImportOptions:
    return ImportOptions(match_columns(table.headers), consent_date=date(2025, 9, 1), today=TODAY)


def test_an_import_that_meets_learners_added_meanwhile_saves_nothing(database: Database) -> None:
    table = _class_list(30)
    first_half = Table(headers=HEADERS, rows=table.rows[:15])
    added: list[ImportReport] = []

    def someone_else_imports(done: int, total: int) -> None:
        if done == len(table.rows) and not added:  # checked, not yet written: another session imports part of it
            with database.session() as other:
                added.append(import_learners(other, first_half, _options(first_half)))

    with pytest.raises(ImportConflictError) as caught, database.session() as session:
        import_learners(session, table, _options(table), on_progress=someone_else_imports)
    assert "nothing of this import was saved" in caught.value.message
    assert added[0].created == 15
    assert factories.count(database, Person) == 15  # the other import's, and not one row of this one


@pytest.mark.threads
def test_two_imports_of_the_same_file_at_once(database: Database) -> None:
    """Two threads check the same file, then write at the same moment: one imports it, the other is told and saves nothing."""
    table = _class_list(40)
    both_checked = threading.Barrier(2, timeout=30)
    outcomes: list[object] = []

    def import_once() -> None:
        waited: list[bool] = []

        def progress(done: int, total: int) -> None:
            if done == len(table.rows) and not waited:  # the check's last report: wait for the other one to get there
                waited.append(True)
                both_checked.wait()

        try:
            with database.session() as session:
                outcomes.append(import_learners(session, table, _options(table), on_progress=progress))
        except Exception as exc:  # noqa: BLE001 - collected for the asserts below
            outcomes.append(exc)

    threads = [threading.Thread(target=import_once) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    reports = [o for o in outcomes if isinstance(o, ImportReport)]
    refusals = [o for o in outcomes if isinstance(o, ImportConflictError)]
    assert len(reports) == 1 and len(refusals) == 1, outcomes
    assert reports[0].created == 40
    assert factories.count(database, Person) == 40


def test_a_server_connection_cut_mid_work_is_a_plain_message(database: Database, database_url: str) -> None:
    """The PostgreSQL server restarted (or the network cable was pulled) while a change was under way."""
    if not database_url.startswith("postgresql"):
        pytest.skip("a server connection is PostgreSQL's")
    admin = create_engine(make_url(database_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    try:
        with pytest.raises(UserError) as caught, database.session() as session:
            factories.learner(session)
            pid = session.scalar(text("SELECT pg_backend_pid()"))
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            session.execute(text("SELECT 1"))
    finally:
        admin.dispose()
    assert caught.value.template == CONNECTION_LOST
    assert factories.count(database, Person) == 0  # the half-done change went with the connection


def test_an_export_while_the_database_is_held_writes_no_file(
    database_url: str,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    open_as_administrator: Callable[..., Database],
) -> None:
    """An export is audited: without its entry no personal data may leave, and the message «nothing was saved» holds."""
    wait_briefly(monkeypatch)
    db = open_as_administrator(database_url, data_dir)
    try:
        with db.session() as session:
            factories.learner(session)
        target = tmp_path / "learners.csv"
        with write_lock_held(database_url), pytest.raises(DatabaseBusyError), db.session() as session:
            export_list(session, learners_list(), target)
        assert not target.exists()
        with db.session() as session:
            assert export_list(session, learners_list(), target) == 1
        assert target.exists()
    finally:
        db.dispose()


def test_a_backup_the_busy_database_cannot_record_is_not_called_lost(
    database_url: str,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    open_as_administrator: Callable[..., Database],
) -> None:
    """The archive is written and read back before its record: the message says the backup is good, not «nothing was saved»."""
    wait_briefly(monkeypatch)
    db = open_as_administrator(database_url, data_dir)
    record = backup_create._log

    def record_while_held(*args: Any) -> None:
        with write_lock_held(database_url):
            record(*args)

    monkeypatch.setattr(backup_create, "_log", record_while_held)
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        with pytest.raises(BackupError) as caught:
            backup_create.create_backup(db, stick, "correct horse battery staple", kdf=FAST_KDF)
    finally:
        db.dispose()
    assert caught.value.template == backup_create.NOT_RECORDED
    (archive,) = stick.iterdir()
    assert str(archive) in caught.value.message
    assert verify_backup(archive, "correct horse battery staple").counts  # raises if it is not a good backup


def test_a_report_while_the_database_is_held_writes_no_file(
    database_url: str,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    open_as_administrator: Callable[..., Database],
) -> None:
    """The reports are audited exports too: their entry is written before their file."""
    from cluster_desktop.services.outcome_report import write_outcome_report

    wait_briefly(monkeypatch)
    db = open_as_administrator(database_url, data_dir)
    try:
        target = tmp_path / "outcomes.xlsx"
        with write_lock_held(database_url), pytest.raises(DatabaseBusyError), db.session() as session:
            write_outcome_report(session, target, 2026, None, "ru", date(2026, 12, 4))
        assert not target.exists()
        with db.session() as session:
            write_outcome_report(session, target, 2026, None, "ru", date(2026, 12, 4))
        assert target.exists()
    finally:
        db.dispose()
