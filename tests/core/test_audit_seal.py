"""An audit log that cannot be cut: the attacker writes the database file (triggers dropped first), nothing else.

The key in ``keys/`` and the anchor beside the database are out of the
attacker's reach; every test below starts by dropping the append-only triggers,
as someone with write access to the file (or the server's tables) would.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, select, text

from cluster_desktop import audit, audit_seal
from cluster_desktop.audit import SEAL, Verdict, check_log, entry_hash
from cluster_desktop.backup.create import create_backup
from cluster_desktop.backup.restore import restore_backup
from cluster_desktop.db import Database, open_database
from cluster_desktop.errors import UserError
from cluster_desktop.models import AuditEntry, AuditHead, Setting
from tests.cli import run_cli
from tests.conftest import FAST_KDF, TEST_ADMINISTRATOR

PASSPHRASE = "correct horse battery"


def append(db: Database, count: int) -> None:
    for i in range(count):
        with db.session() as session:
            audit.record(session, audit.EXPORT, details={"file": f"list-{i}.csv"})


def verdict(db: Database) -> audit.LogCheck:
    with db.session() as session:
        return check_log(session)


def drop_guard(db: Database) -> None:
    with db.engine.begin() as conn:
        if db.backend == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_entry_no_update")
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_entry_no_delete")
        else:
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_entry_no_change ON audit_entry")


def rows(conn: Connection) -> list[dict[str, Any]]:
    table = AuditEntry.__table__
    return [dict(r) for r in conn.execute(select(table).order_by(table.c.id)).mappings()]


def rechain_without_key(conn: Connection, start: int) -> None:
    """What an attacker without the key can do: recompute plain SHA-256 hashes from entry ``start`` on, and the head."""
    table = AuditEntry.__table__
    prev = ""
    for row in rows(conn):
        if row["id"] >= start:
            row["prev_hash"] = prev
            row["hash"] = entry_hash(prev, row)
            conn.execute(table.update().where(table.c.id == row["id"]).values(prev_hash=row["prev_hash"], hash=row["hash"]))
        prev = row["hash"]
    last = rows(conn)[-1]
    conn.execute(AuditHead.__table__.update().values(last_id=last["id"], last_hash=last["hash"]))


def test_the_key_is_made_owner_only_and_the_anchor_follows_each_commit(database: Database) -> None:
    append(database, 3)
    seal = audit_seal.seal_for(database.engine)
    assert seal.key_path is not None and seal.key_path.is_file()
    if os.name != "nt":
        assert seal.key_path.stat().st_mode & 0o777 == 0o600
    with database.engine.connect() as conn:
        last = rows(conn)[-1]
    assert seal.read_anchor() == audit_seal.Anchor(last["id"], last["hash"], rows(database.engine.connect())[0]["hash"])
    assert verdict(database).verdict is Verdict.OK


def test_the_key_is_written_only_when_a_transaction_sealed_with_it_commits(database: Database) -> None:
    seal = audit_seal.seal_for(database.engine)
    assert seal.key_path is not None and not seal.key_path.exists()
    with pytest.raises(RuntimeError), database.session() as session:
        audit.record(session, audit.EXPORT, details={"file": "refused.csv"})
        raise RuntimeError("the change is refused")
    assert not seal.key_path.exists()  # a refused first change leaves nothing behind
    append(database, 1)
    assert seal.key_path.exists() and verdict(database).verdict is Verdict.OK


def test_a_change_flushed_by_the_commit_itself_writes_the_key_and_moves_the_anchor(database: Database) -> None:
    """The commit's own last flush comes after SQLAlchemy's before_commit: its entries must be sealed and anchored too."""
    seal = audit_seal.seal_for(database.engine)
    assert seal.key_path is not None
    with database.session() as session:
        session.add(Setting(key="audit.test", value='"first"'))  # no flush: the commit flushes it
    assert seal.key_path.exists()
    with database.session() as session, session.begin_nested():
        session.add(Setting(key="audit.test.nested", value='"second"'))  # a savepoint released, then the commit
    with database.engine.connect() as conn:
        written = rows(conn)
    assert [r["record_kind"] for r in written] == ["setting", "setting"]
    assert seal.read_anchor() == audit_seal.Anchor(written[-1]["id"], written[-1]["hash"], written[0]["hash"])
    assert verdict(database).verdict is Verdict.OK


def test_a_key_that_cannot_be_written_saves_nothing(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("cluster_desktop.signing._write_new_key", full_disk)
    with pytest.raises(UserError, match="Cannot save the audit log key"), database.session() as session:
        audit.record(session, audit.EXPORT, details={"file": "x.csv"})
    with database.engine.connect() as conn:
        assert rows(conn) == []
    assert audit.record_apart(database.engine, None, audit.DENIED, "backup") is False  # best effort: no crash either


def test_deleting_the_last_entries_and_moving_the_head_back_is_detected(database: Database, database_url: str) -> None:
    append(database, 5)
    drop_guard(database)
    with database.engine.begin() as conn:
        kept = rows(conn)[:-2]
        conn.execute(text("DELETE FROM audit_entry WHERE id > :id"), {"id": kept[-1]["id"]})
        conn.execute(AuditHead.__table__.update().values(last_id=kept[-1]["id"], last_hash=kept[-1]["hash"]))
    found = verdict(database)
    assert found.verdict is Verdict.REMOVED_AT_END
    assert found.message.endswith("entries were removed at the end.")
    # A later legitimate change does not wash the evidence away.
    append(database, 1)
    assert verdict(database).verdict is not Verdict.OK
    append(database, 3)  # the log grows past the anchored entry: entry N is another one now
    assert verdict(database).verdict is Verdict.CHANGED
    checked = run_cli("--db-url", database_url, "check")
    assert checked.returncode == 3 and "Audit log: entry changed: Audit entry" in checked.stdout
    accepted = run_cli("--db-url", database_url, "check", "--reset-anchor")  # the administrator accepts the log as it is
    assert accepted.returncode == 0 and "Audit log: ok" in accepted.stdout


def test_emptying_both_tables_is_detected(database: Database, database_url: str) -> None:
    append(database, 2)
    drop_guard(database)
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry"))
        conn.execute(text("DELETE FROM audit_head"))
    assert verdict(database).verdict is Verdict.REMOVED_AT_END
    checked = run_cli("--db-url", database_url, "check", "--json")
    assert checked.returncode == 3
    health = json.loads(checked.stdout)
    assert health["audit_verdict"] == "entries removed at the end" and "ends at entry 0" in health["audit_log"]


def test_rewriting_an_entry_is_detected_even_with_the_chain_recomputed(database: Database) -> None:
    append(database, 4)
    drop_guard(database)
    with database.engine.begin() as conn:
        target = rows(conn)[1]["id"]
        conn.execute(text('UPDATE audit_entry SET changes = \'{"file": "nothing.csv"}\' WHERE id = :id'), {"id": target})
    assert verdict(database).verdict is Verdict.CHANGED
    with database.engine.begin() as conn:
        rechain_without_key(conn, start=target)
    found = verdict(database)
    assert found.verdict is Verdict.BROKEN and f"entry {target} is not sealed" in found.message
    with database.engine.begin() as conn:
        rechain_without_key(conn, start=1)  # the whole log as if no key had ever existed
    found = verdict(database)
    assert found.verdict is Verdict.CHANGED and "is not the one this computer saw written" in found.message


def test_entries_from_before_the_key_are_sealed_once(database: Database) -> None:
    append(database, 3)
    drop_guard(database)
    seal = audit_seal.seal_for(database.engine)
    assert seal.key_path is not None and seal.anchor_path is not None
    with database.engine.begin() as conn:
        rechain_without_key(conn, start=1)  # an older program's log: plain SHA-256, no key, no anchor
    seal.key_path.unlink()
    seal.anchor_path.unlink()
    assert verdict(database).verdict is Verdict.OK
    append(database, 1)
    with database.engine.connect() as conn:
        written = rows(conn)
    assert [r["action"] for r in written[-2:]] == [SEAL, audit.EXPORT]
    assert json.loads(written[-2]["changes"]) == {"entries": 3} and written[-2]["username"] == audit.SYSTEM
    assert verdict(database).verdict is Verdict.OK
    with database.engine.begin() as conn:  # an old entry rewritten, the old part of the chain recomputed
        conn.execute(text("UPDATE audit_entry SET username = 'someone' WHERE id = 1"))
        table = AuditEntry.__table__
        prev = ""
        for row in rows(conn)[:3]:
            row["prev_hash"], row["hash"] = prev, entry_hash(prev, row)
            conn.execute(table.update().where(table.c.id == row["id"]).values(prev_hash=row["prev_hash"], hash=row["hash"]))
            prev = row["hash"]
    found = verdict(database)
    assert found.verdict is Verdict.BROKEN and "Audit entry 4 does not follow entry 3" in found.message


@pytest.mark.parametrize("value", ["at = 'garbage'", "changes = x'00ff'", "hash = x'00ff'", "prev_hash = 7"])
def test_values_the_program_never_writes_are_a_changed_entry(database: Database, database_url: str, value: str) -> None:
    if database.backend != "sqlite":
        pytest.skip("SQLite stores whatever it is given; PostgreSQL's column types refuse these")
    append(database, 3)
    drop_guard(database)
    with database.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE audit_entry SET {value} WHERE id = 2")
    found = verdict(database)
    assert found.verdict in (Verdict.CHANGED, Verdict.BROKEN)
    assert "entry 2 " in found.message or "The audit entry after entry 1 cannot be read" in found.message
    checked = run_cli("--db-url", database_url, "check")
    assert checked.returncode == 3 and "Traceback" not in checked.stderr and "unexpected" not in checked.stderr
    append(database, 1)  # a later change still commits


def test_a_missing_key_is_named(database: Database, database_url: str) -> None:
    append(database, 2)
    seal = audit_seal.seal_for(database.engine)
    assert seal.key_path is not None
    seal.key_path.unlink()
    if database.backend == "sqlite":
        found = verdict(database)
        assert found.verdict is Verdict.CHANGED and "the audit log key is missing" in found.message
    seal.key_path.parent.mkdir(exist_ok=True)
    seal.key_path.write_text("not a key\n")
    checked = run_cli("--db-url", database_url, "check")
    assert checked.returncode == 1 and "The audit log key" in checked.stderr and "cannot be read" in checked.stderr


def test_a_restore_keeps_check_passing(database: Database, tmp_path: Path, database_url: str) -> None:
    append(database, 3)
    stick = tmp_path / "stick"
    stick.mkdir()
    archive = create_backup(database, stick, PASSPHRASE, kdf=FAST_KDF).path
    append(database, 4)  # the current log grows past the archive's
    restored = restore_backup(database, archive, PASSPHRASE).database
    try:
        assert verdict(restored).verdict is Verdict.OK
        append(restored, 1)
        assert verdict(restored).verdict is Verdict.OK
        with restored.engine.connect() as conn:
            first, last = rows(conn)[0], rows(conn)[-1]
        assert audit_seal.seal_for(restored.engine).read_anchor() == audit_seal.Anchor(last["id"], last["hash"], first["hash"])
    finally:
        restored.dispose()
    checked = run_cli("--db-url", database_url, "check")
    assert checked.returncode == 0 and "Audit log: ok" in checked.stdout, checked.stdout + checked.stderr


def test_a_database_made_anew_is_not_taken_for_a_cut_one(database: Database, database_url: str) -> None:
    """A first set-up that failed and was retried, a demo database deleted: a new first entry sealed with this PC's key."""
    if database.backend != "sqlite":
        pytest.skip("a database file deleted and made again")
    append(database, 3)
    database.dispose()
    path = Path(database_url.removeprefix("sqlite:///"))
    for companion in ("", "-wal", "-shm"):
        Path(f"{path}{companion}").unlink(missing_ok=True)
    again = open_database(database_url)
    try:
        # Empty, it looks exactly like a log emptied by hand; its first sealed entry tells them apart.
        assert verdict(again).verdict is Verdict.REMOVED_AT_END
        append(again, 1)
        assert verdict(again).verdict is Verdict.OK
        assert audit_seal.seal_for(again.engine).read_anchor() == audit_seal.Anchor(
            1, rows(again.engine.connect())[0]["hash"], rows(again.engine.connect())[0]["hash"]
        )
        drop_guard(again)  # and the new one is guarded like the old one
        with again.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry"))
            conn.execute(text("DELETE FROM audit_head"))
        assert verdict(again).verdict is Verdict.REMOVED_AT_END
    finally:
        again.dispose()


def test_entries_of_another_key_before_this_pc_s_own(database: Database, database_url: str) -> None:
    """A shared database's backup restored into SQLite: the other PCs' entries come first, then only this PC writes."""
    append(database, 2)
    seal = audit_seal.seal_for(database.engine)
    assert seal.key_path is not None
    other_pc_key = seal.key_path.read_bytes()
    seal.key_path.unlink()  # this PC's own key from now on
    append(database, 1)
    found = verdict(database)
    assert found.verdict is Verdict.OK and found.checked_elsewhere == 2 and found.entries == 3
    checked = run_cli("--db-url", database_url, "check")
    assert checked.returncode == 0 and "Audit log: ok (2 entries sealed by other PCs" in checked.stdout
    seal.key_path.write_bytes(other_pc_key)  # now entry 3 is another key's, after entries of this one
    found = verdict(database)
    if database.backend == "sqlite":  # one PC writes: another key after this PC's entries is a forgery
        assert found.verdict is Verdict.CHANGED and "Audit entry 3 is sealed with a key this computer does not have" in found.message
    else:
        assert found.verdict is Verdict.OK and found.checked_elsewhere == 1


def test_a_restore_stopped_before_its_log_entry_still_checks(
    database: Database, tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed right after the swap, before the restore's own entry: the anchor already follows the restored log."""
    append(database, 3)
    stick = tmp_path / "stick"
    stick.mkdir()
    archive = create_backup(database, stick, PASSPHRASE, kdf=FAST_KDF).path
    append(database, 4)

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("cluster_desktop.backup.restore._carry_log", killed)
    with pytest.raises(KeyboardInterrupt):
        restore_backup(database, archive, PASSPHRASE)
    database.dispose()
    again = open_database(database_url)
    try:
        assert verdict(again).verdict is Verdict.OK
    finally:
        again.dispose()


def test_another_pc_on_a_shared_database(database: Database, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two PCs, two keys, two anchors: each proves its own entries and the order of all."""
    if database.backend == "sqlite":
        pytest.skip("two PCs share a PostgreSQL database")
    append(database, 2)
    monkeypatch.setenv("CLUSTER_DESKTOP_DATA_DIR", str(tmp_path / "other-pc"))
    other = open_database(database_url)
    other.actor = TEST_ADMINISTRATOR
    try:
        append(other, 2)
        assert audit_seal.seal_for(other.engine).key(create=False) != audit_seal.seal_for(database.engine).key(create=False)
        assert verdict(other).verdict is Verdict.OK and verdict(other).checked_elsewhere == 2
    finally:
        other.dispose()
    found = verdict(database)
    assert found.verdict is Verdict.OK and found.checked_elsewhere == 2 and found.entries == 4
    drop_guard(database)
    with database.engine.begin() as conn:  # this PC's own entry rewritten: this PC sees it
        conn.execute(text("UPDATE audit_entry SET changes = '' WHERE id = 1"))
    assert verdict(database).verdict is not Verdict.OK


def test_check_explains_a_damaged_database_file(database: Database, data_dir: Path, database_url: str) -> None:
    if database.backend != "sqlite":
        pytest.skip("a damaged page of an SQLite file")
    with database.session() as session:
        for i in range(300):  # enough entries for the table to span many pages
            audit.record(session, audit.EXPORT, details={"file": f"list-{i}.csv"})
    database.dispose()
    path = Path(database_url.removeprefix("sqlite:///"))
    path.replace(data_dir / "cluster.sqlite3")  # where «--data-dir» finds it
    path = data_dir / "cluster.sqlite3"
    with closing(sqlite3.connect(path)) as conn:  # everything in the main file, where a bad sector hits
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit_entry'").fetchone()[0]
    with path.open("r+b") as f:  # the audit table's root page overwritten, as a bad sector would
        f.seek((root - 1) * page_size)
        f.write(b"\x0d" * page_size)
    with pytest.raises(sqlite3.DatabaseError), closing(sqlite3.connect(path)) as conn:
        conn.execute("SELECT changes FROM audit_entry").fetchall()
    checked = run_cli("--data-dir", str(data_dir), "check")
    assert checked.returncode in (1, 2), checked.stdout + checked.stderr
    assert "is damaged" in checked.stderr and "Restore it from a backup" in checked.stderr
    assert "Traceback" not in checked.stderr and "unexpected" not in checked.stderr


def test_check_explains_a_missing_audit_table(database: Database, database_url: str) -> None:
    drop_guard(database)
    with database.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE audit_entry")
    for options in ([], ["--reset-anchor"], ["--json"]):
        checked = run_cli("--db-url", database_url, "check", *options)
        assert checked.returncode in (1, 2), checked.stdout + checked.stderr
        assert "is damaged" in checked.stderr and "audit_entry" in checked.stderr
        assert "Traceback" not in checked.stderr and "unexpected" not in checked.stderr


def test_the_anchor_names_its_database() -> None:
    from sqlalchemy import create_engine

    sqlite_engine = create_engine("sqlite:////tmp/x/cluster.sqlite3")
    server = create_engine("postgresql+psycopg://u@db.example:5433/cluster")
    assert audit_seal.database_name(sqlite_engine) == "cluster.sqlite3"
    digest = hashlib.sha256(b"db.example:5433/cluster").hexdigest()[:16]
    assert audit_seal.database_name(server) == f"postgresql-{digest}"
