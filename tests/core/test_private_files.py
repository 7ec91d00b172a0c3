"""Owner-only data (POSIX modes) and no plaintext copy of the database outliving the next start."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from cluster_desktop import logs, migrations, paths, signing
from cluster_desktop.backup import create as create_module
from cluster_desktop.backup.create import create_backup
from cluster_desktop.backup.restore import restore_backup
from cluster_desktop.db import Database, create_database_engine, open_database, parse_url
from cluster_desktop.demo import fill_demo_data
from cluster_desktop.work_folders import LOCK_FILE, RESTORE, UNLOCKED_STALE_S, WorkFolder, remove_leftover_work
from tests.conftest import FAST_KDF, TEST_ADMINISTRATOR

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"
DAY = date(2026, 11, 2)
posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes; on Windows the user's profile is private")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def modes(paths_: list[Path]) -> dict[str, int]:
    return {p.name: mode(p) for p in paths_}


def owner_only(paths_: list[Path]) -> dict[str, int]:
    return {p.name: 0o700 if p.is_dir() else 0o600 for p in paths_}


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask most desktops have (files 0644, folders 0755): what the program must not rely on."""
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def open_as_administrator(data: Path) -> Database:
    db = open_database(data_dir=data)
    db.actor = TEST_ADMINISTRATOR
    return db


@posix_only
def test_data_folder_database_wal_shm_keys_and_log_are_owner_only(
    tmp_path: Path, usual_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    db = open_as_administrator(data)
    try:
        with db.session() as session:
            fill_demo_data(session, learners=5, today=DAY)  # written through the write-ahead log
        database = data / paths.DATABASE_FILE
        files = [database, *(database.with_name(database.name + suffix) for suffix in ("-wal", "-shm"))]
        assert all(p.exists() for p in files)
        assert modes([data, *files]) == owner_only([data, *files])
        signing.load_or_create_key(data)
        key = signing.key_path(data)
        assert modes([key.parent, key]) == owner_only([key.parent, key])
    finally:
        db.dispose()

    monkeypatch.setattr(logs, "MAX_BYTES", 300)  # rotate after a few lines: each new file is owner-only too
    try:
        log_file = logs.setup_logging(data)
        assert log_file is not None
        for number in range(20):
            logging.getLogger("cluster_desktop.test").warning("line %d of a log that rotates", number)
    finally:
        logs.stop_logging()
    written = [log_file.parent, *sorted(log_file.parent.iterdir())]
    assert len(written) > 2 and modes(written) == owner_only(written)


@posix_only
def test_an_older_installations_readable_files_are_mended_and_the_safety_copy_is_owner_only(tmp_path: Path, usual_umask: None) -> None:
    data = tmp_path / "data"
    open_database(data_dir=data).dispose()
    signing.load_or_create_key(data)
    engine = create_database_engine(parse_url(f"sqlite:///{data / paths.DATABASE_FILE}"))
    try:
        migrations.downgrade_to(engine, "base")  # an old schema: the next start migrates, after a safety copy
    finally:
        engine.dispose()
    key = signing.key_path(data)
    for path, old in ((data, 0o755), (key.parent, 0o755), (key, 0o644), (data / paths.DATABASE_FILE, 0o644)):
        path.chmod(old)  # as versions before issue 15 left them

    db = open_database(data_dir=data)
    try:
        copy = db.safety_copy
        assert copy is not None
        mended = [data, key.parent, key, data / paths.DATABASE_FILE, copy.parent, copy]
        assert modes(mended) == owner_only(mended)
    finally:
        db.dispose()


KILLED_BACKUP = """
import sys, time
from pathlib import Path
from cluster_desktop.backup import create
from cluster_desktop.backup.archive import KdfParams
from cluster_desktop.db import open_database
from cluster_desktop.permissions import Actor, Role

def stop(writer, snapshot, keys_dir, progress):
    print(snapshot, flush=True)  # the plaintext snapshot is complete and about to be encrypted
    time.sleep(120)

create.write_content = stop
db = open_database(sys.argv[1], Path(sys.argv[2]))
db.actor = Actor("tester", Role.ADMINISTRATOR)
create.create_backup(db, Path(sys.argv[3]), "correct horse battery", kdf=KdfParams(n=1024, r=8, p=1), new_passphrase=True)
"""


def run_and_kill(script: str, tmp_path: Path, *args: str) -> str:
    """Run ``script`` in a process of its own, kill it (SIGKILL: no ``finally`` runs) once it prints; what it printed."""
    path = tmp_path / "victim.py"
    path.write_text(textwrap.dedent(script))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, str(path), *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        line = process.stdout.readline().strip()  # type: ignore[union-attr]
        assert line, process.stderr.read()  # type: ignore[union-attr]
        return line
    finally:
        process.kill()
        process.wait(30)


def test_a_killed_backup_leaves_its_plaintext_snapshot_only_until_the_next_start(
    database: Database, database_url: str, data_dir: Path, tmp_path: Path
) -> None:
    with database.session() as session:
        fill_demo_data(session, learners=5, today=DAY)
    database.dispose()
    stick = tmp_path / "stick"
    stick.mkdir()
    snapshot = Path(run_and_kill(KILLED_BACKUP, tmp_path, database_url, str(data_dir), str(stick)))
    assert snapshot.is_file() and snapshot.stat().st_size > 0 and snapshot.parent.parent == data_dir
    if os.name != "nt":
        assert (mode(snapshot.parent), mode(snapshot)) == (0o700, 0o600)

    open_database(database_url, data_dir=data_dir).dispose()  # the next start
    assert not snapshot.exists() and not snapshot.parent.exists()
    assert not list(data_dir.glob(".cluster-*"))


def test_a_finished_or_failed_backup_leaves_no_work_folder(
    database: Database, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    create_backup(database, stick, PASSPHRASE, kdf=FAST_KDF, new_passphrase=True)
    assert not list(data_dir.glob(".cluster-*"))

    def broken(*_args: object) -> None:
        raise RuntimeError("the encryption failed")

    monkeypatch.setattr(create_module, "write_content", broken)
    with pytest.raises(RuntimeError):
        create_backup(database, stick, PASSPHRASE, kdf=FAST_KDF)
    assert not list(data_dir.glob(".cluster-*"))


def test_the_work_folder_of_a_backup_still_running_survives_a_start(database: Database, database_url: str, data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)  # PostgreSQL: nothing else made it
    running = WorkFolder(data_dir, RESTORE)  # locked, as another process's would be
    (running.path / "snapshot.sqlite3").write_bytes(b"plaintext")
    try:
        open_database(database_url, data_dir=data_dir).dispose()
        assert (running.path / "snapshot.sqlite3").exists()
    finally:
        running.remove()
    assert not running.path.exists()


def test_leftovers_without_a_lock_file_go_only_when_an_hour_old(tmp_path: Path) -> None:
    """Such folders were made by versions that did not lock, and may belong to one still running."""
    young, old, locked_free = (tmp_path / f".cluster-backup-{name}" for name in ("young", "old", "free"))
    for folder in (young, old, locked_free):
        folder.mkdir()
        (folder / "snapshot.sqlite3").write_bytes(b"plaintext")
    (locked_free / LOCK_FILE).write_bytes(b"")  # its process is gone: nobody holds the lock
    now = young.stat().st_mtime  # the file system's clock, which faketime (CI's other dates) does not move
    os.utime(old, (now - UNLOCKED_STALE_S - 5, now - UNLOCKED_STALE_S - 5))
    unrelated = tmp_path / "cluster.sqlite3"
    unrelated.write_bytes(b"")
    assert sorted(remove_leftover_work(tmp_path, now)) == sorted([old, locked_free])
    assert young.exists() and unrelated.exists()


@posix_only
def test_a_restore_leaves_keys_and_safety_copies_owner_only(database: Database, data_dir: Path, tmp_path: Path, usual_umask: None) -> None:
    signing.load_or_create_key(data_dir)
    stick = tmp_path / "stick"
    stick.mkdir()
    archive = create_backup(database, stick, PASSPHRASE, kdf=FAST_KDF, new_passphrase=True).path
    result = restore_backup(database, archive, PASSPHRASE)
    try:
        keys = data_dir / paths.KEYS_DIR
        safety = result.safety_copy.parent
        written = [keys, *keys.iterdir(), safety, *safety.rglob("*")]
        if result.database.backend == "sqlite":  # the unpacked snapshot that took the database's place
            written.append(Path(result.database.engine.url.database or ""))
        assert modes(written) == owner_only(written)
        assert not list(data_dir.glob(".cluster-*"))
    finally:
        result.database.dispose()
