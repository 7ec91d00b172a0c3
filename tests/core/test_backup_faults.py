"""Everything that goes wrong with backups: each detected with a clear message, nothing earlier harmed."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from cluster_desktop import migrations
from cluster_desktop.backup import BackupError, no_progress
from cluster_desktop.backup import archive as archive_module
from cluster_desktop.backup import create as create_module
from cluster_desktop.backup.archive import ArchiveReader, ArchiveWriter, Header
from cluster_desktop.backup.content import write_content
from cluster_desktop.backup.create import create_backup
from cluster_desktop.backup.restore import restore_backup
from cluster_desktop.backup.snapshot import sqlite_counts, take_snapshot
from cluster_desktop.backup.verify import list_backups, verify_backup
from cluster_desktop.db import Database
from cluster_desktop.demo import fill_demo_data
from cluster_desktop.models import Person
from tests.conftest import FAST_KDF

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


@pytest.fixture
def earlier(database: Database, stick: Path) -> Path:
    """A database with demo data and one good backup of it on the stick."""
    with database.session() as session:
        fill_demo_data(session, learners=40, today=date(2026, 10, 1))
    return create_backup(database, stick, PASSPHRASE, kdf=FAST_KDF, now=datetime(2026, 10, 2, 9, 0)).path


def learners(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def assert_unharmed(db: Database, earlier: Path, expected_learners: int) -> None:
    verify_backup(earlier, PASSPHRASE)
    assert learners(db) == expected_learners
    assert [i.path for i in list_backups(earlier.parent)] == [earlier]


def copy_with(earlier: Path, name: str, change: Callable[[bytearray], bytearray]) -> Path:
    target = earlier.parent / name
    data = bytearray(earlier.read_bytes())
    target.write_bytes(bytes(change(data)))
    return target


def flip(offset: int) -> Callable[[bytearray], bytearray]:
    def change(data: bytearray) -> bytearray:
        data[offset if offset >= 0 else len(data) + offset] ^= 0x01
        return data

    return change


def header_end(path: Path) -> int:
    data = path.read_bytes()
    return 12 + int.from_bytes(data[8:12], "big")


def test_wrong_passphrase(earlier: Path) -> None:
    with pytest.raises(BackupError, match="passphrase is wrong"):
        verify_backup(earlier, "not the passphrase")


def test_not_an_archive(tmp_path: Path) -> None:
    other = tmp_path / "photo.cdbackup"
    other.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(100))
    with pytest.raises(BackupError, match="is not a Cluster Desktop backup"):
        verify_backup(other, PASSPHRASE)


def test_flipped_byte_in_header(earlier: Path) -> None:
    raw = earlier.read_bytes()
    digit = raw.index(b'"content_size": ') + len(b'"content_size": ')  # still valid JSON after the flip
    altered = copy_with(earlier, "digit.bin", flip(digit))
    with pytest.raises(BackupError, match=r"header of the backup .* has been altered"):
        verify_backup(altered, PASSPHRASE)
    broken = copy_with(earlier, "brace.bin", flip(12))  # the JSON's opening brace
    with pytest.raises(BackupError, match="header cannot be read"):
        verify_backup(broken, PASSPHRASE)
    signature = copy_with(earlier, "mac.bin", flip(header_end(earlier) + 3))
    with pytest.raises(BackupError, match="has been altered"):
        verify_backup(signature, PASSPHRASE)


def test_flipped_byte_in_body(earlier: Path) -> None:
    for offset in (header_end(earlier) + 32 + 100, -1):
        altered = copy_with(earlier, f"body{offset}.bin", flip(offset))
        with pytest.raises(BackupError, match="damaged or altered"):
            verify_backup(altered, PASSPHRASE)


@pytest.mark.parametrize("keep", [5, 30, 500, 5000])
def test_truncated_archive(earlier: Path, keep: int) -> None:
    cut = copy_with(earlier, "cut.bin", lambda data: data[:keep] if keep < 1000 else data[: header_end(earlier) + 32 + keep])
    with pytest.raises(BackupError, match=r"incomplete|damaged"):
        verify_backup(cut, PASSPHRASE)


def test_cut_at_a_chunk_boundary_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "chunks.bin"
    with path.open("wb+") as out:
        writer = ArchiveWriter(out, Header("0.1.0", "0003", "2026-01-01T00:00:00+00:00", "sqlite", {}, chunk_size=4096), PASSPHRASE, FAST_KDF)
        writer.write(os.urandom(3 * 4096 + 10))
        writer.close()
    data = path.read_bytes()
    path.write_bytes(data[: header_end(path) + 32 + 2 * (4096 + 16)])
    with path.open("rb") as stream, pytest.raises(BackupError, match="incomplete"):
        reader = ArchiveReader(stream, str(path), PASSPHRASE)
        reader.finish()


def test_disk_full_leaves_nothing_behind(database: Database, earlier: Path, stick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = archive_module.ArchiveWriter._emit
    calls = {"n": 0}

    def full(self: archive_module.ArchiveWriter, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        original(self, data)

    monkeypatch.setattr(archive_module.ArchiveWriter, "_emit", full)
    with pytest.raises(BackupError, match="is full"):
        create_backup(database, stick, PASSPHRASE, kdf=FAST_KDF)
    assert sorted(p.name for p in stick.iterdir()) == [earlier.name]
    assert_unharmed(database, earlier, 40)


def test_bad_read_back_removes_the_new_file(database: Database, earlier: Path, stick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def corrupt(path: Path) -> None:  # the stick returned other bytes than were written
        data = bytearray(path.read_bytes())
        data[-20] ^= 0xFF
        path.write_bytes(bytes(data))

    monkeypatch.setattr(create_module, "_drop_cached", corrupt)
    with pytest.raises(BackupError, match="did not read back correctly"):
        create_backup(database, stick, PASSPHRASE, kdf=FAST_KDF)
    assert sorted(p.name for p in stick.iterdir()) == [earlier.name]
    assert_unharmed(database, earlier, 40)


def test_cancel_while_writing(database: Database, earlier: Path, stick: Path) -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int, _text: str) -> None:
        if done > total // 3:
            raise Stop

    with pytest.raises(Stop):
        create_backup(database, stick, PASSPHRASE, kdf=FAST_KDF, progress=progress)
    assert sorted(p.name for p in stick.iterdir()) == [earlier.name]


def test_unwritable_or_missing_target(database: Database, earlier: Path, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        create_backup(database, tmp_path / "pulled-out", PASSPHRASE, kdf=FAST_KDF)
    if os.geteuid() == 0:
        locked = Path("/sys")  # not writable even for root
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o555)
    with pytest.raises(BackupError, match="Cannot write to"):
        create_backup(database, locked, PASSPHRASE, kdf=FAST_KDF)
    assert_unharmed(database, earlier, 40)


def _archive_of(snapshot: Path, target: Path, revision: str) -> Path:
    header = Header("0.1.0", revision, "2026-01-01T00:00:00+00:00", "sqlite", sqlite_counts(snapshot))
    with target.open("xb+") as out:
        writer = ArchiveWriter(out, header, PASSPHRASE, FAST_KDF)
        write_content(writer, snapshot, None, no_progress)
        writer.close()
    return target


def test_archive_of_a_newer_schema_is_refused(database: Database, earlier: Path, tmp_path: Path) -> None:
    snapshot = tmp_path / "newer.sqlite3"
    take_snapshot(database, snapshot, no_progress)
    with sqlite3.connect(snapshot) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    newer = _archive_of(snapshot, tmp_path / "newer.cdbackup", "9999")
    with pytest.raises(BackupError, match="newer version of Cluster Desktop"):
        restore_backup(database, newer, PASSPHRASE)
    assert_unharmed(database, earlier, 40)


def test_archive_of_an_older_schema_is_migrated_up(database: Database, earlier: Path, tmp_path: Path, open_as_administrator: Callable[..., Database]) -> None:
    old_dir = tmp_path / "old"
    old = open_as_administrator(f"sqlite:///{old_dir / 'cluster.sqlite3'}", old_dir)
    with old.session() as session:
        fill_demo_data(session, learners=12, today=date(2026, 10, 1))
    migrations.downgrade_to(old.engine, "0002")
    old.dispose()
    snapshot = tmp_path / "old.sqlite3"
    shutil.copy(old_dir / "cluster.sqlite3", snapshot)
    older = _archive_of(snapshot, tmp_path / "older.cdbackup", "0002")
    restored = restore_backup(database, older, PASSPHRASE).database
    try:
        assert learners(restored) == 12
        with restored.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == migrations.HEAD
    finally:
        restored.dispose()


KILLED_CREATE = """
import sys, time
from pathlib import Path
from cluster_desktop.backup import archive
from cluster_desktop.backup.archive import KdfParams
from cluster_desktop.backup.create import create_backup
from cluster_desktop.db import open_database
from cluster_desktop.permissions import Actor, Role

original = archive.ArchiveWriter._emit
calls = {"n": 0}

def slow(self, data):
    original(self, data)
    calls["n"] += 1
    if calls["n"] == 2:  # the body is written, the real header is not
        print("WRITING", flush=True)
        time.sleep(120)

archive.ArchiveWriter._emit = slow
db = open_database(sys.argv[1], Path(sys.argv[2]))
db.actor = Actor("tester", Role.ADMINISTRATOR)
create_backup(db, Path(sys.argv[3]), "correct horse battery", kdf=KdfParams(n=1024, r=8, p=1))
"""

KILLED_RESTORE = """
import sys, time
from pathlib import Path
from cluster_desktop.backup import restore, snapshot
from cluster_desktop.db import open_database
from cluster_desktop.permissions import Actor, Role

def stop(*args, **kwargs):
    print("RESTORING", flush=True)
    time.sleep(120)

if sys.argv[1].startswith("postgresql"):
    snapshot._reset_sequence = stop  # inside the one transaction, after every row was replaced
elif sys.argv[4] == "before_swap":
    restore._swap_in = stop
else:
    restore._restore_keys = stop
db = open_database(sys.argv[1], Path(sys.argv[2]))
db.actor = Actor("tester", Role.ADMINISTRATOR)
restore.restore_backup(db, Path(sys.argv[3]), "correct horse battery")
"""


def _run_and_kill(script: str, tmp_path: Path, *args: str, marker: str) -> None:
    path = tmp_path / "victim.py"
    path.write_text(textwrap.dedent(script))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, str(path), *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = process.stdout.readline()  # type: ignore[union-attr]
        assert line.strip() == marker, process.stderr.read()  # type: ignore[union-attr]
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(30)


def test_killed_while_creating(database: Database, database_url: str, data_dir: Path, earlier: Path, stick: Path, tmp_path: Path) -> None:
    _run_and_kill(KILLED_CREATE, tmp_path, database_url, str(data_dir), str(stick), marker="WRITING")
    partial = [p for p in stick.iterdir() if p != earlier]
    assert len(partial) == 1 and partial[0].name.endswith(".partial")
    with pytest.raises(BackupError):
        verify_backup(partial[0], PASSPHRASE)
    assert_unharmed(database, earlier, 40)
    create_backup(database, stick, PASSPHRASE, kdf=FAST_KDF)  # the next backup is not disturbed by the leftover


@pytest.mark.parametrize("moment", ["before_swap", "after_swap"])
def test_killed_while_restoring(database: Database, database_url: str, data_dir: Path, earlier: Path, tmp_path: Path, moment: str, open_as_administrator: Callable[..., Database]) -> None:
    with database.session() as session:
        session.execute(delete(Person).where(Person.id.in_(select(Person.id).limit(15))))
    if moment == "after_swap" and database.backend != "sqlite":
        pytest.skip("PostgreSQL restores in one transaction: there is no moment after a swap")
    database.dispose()
    _run_and_kill(KILLED_RESTORE, tmp_path, database_url, str(data_dir), str(earlier), moment, marker="RESTORING")
    again = open_as_administrator(database_url, data_dir)
    try:
        # Wholly the old data or wholly the restored data, and a sound database either way.
        assert learners(again) == (25 if moment == "before_swap" else 40)
        if again.backend == "sqlite":
            with again.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        verify_backup(earlier, PASSPHRASE)
        assert learners(restore_backup(again, earlier, PASSPHRASE).database) == 40
    finally:
        again.dispose()


def test_mistyped_passphrase_of_a_later_backup(database: Database, earlier: Path, stick: Path) -> None:
    with pytest.raises(BackupError, match="not the passphrase of the earlier backups"):
        create_backup(database, stick, PASSPHRASE + "!", kdf=FAST_KDF)
    assert sorted(p.name for p in stick.iterdir()) == [earlier.name]
    changed = create_backup(database, stick, "a new passphrase", kdf=FAST_KDF, new_passphrase=True)
    verify_backup(changed.path, "a new passphrase")
    with pytest.raises(BackupError, match="not the passphrase"):
        create_backup(database, stick, PASSPHRASE, kdf=FAST_KDF)
