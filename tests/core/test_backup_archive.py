"""Backups that come back: the round trip, what the file reveals, names, rotation, drives and the reminder."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update

from cluster_desktop.backup import BackupError
from cluster_desktop.backup.archive import ArchiveReader, ArchiveWriter, Header, KdfParams, read_header
from cluster_desktop.backup.create import create_backup
from cluster_desktop.backup.drives import linux_drives
from cluster_desktop.backup.log import last_verified_backup, quarter_is_covered
from cluster_desktop.backup.naming import (
    GENERIC_NAME,
    archive_name,
    check_portable_name,
    rotation_victims,
)
from cluster_desktop.backup.restore import restore_backup
from cluster_desktop.backup.verify import list_backups, verify_backup
from cluster_desktop.college import CollegeDetails
from cluster_desktop.db import Database
from cluster_desktop.demo import fill_demo_data
from cluster_desktop.models import Base, Organisation, OrganisationKind, Person, Programme
from cluster_desktop.paths import KEYS_DIR
from cluster_desktop.services.settings import save_college_details

FAST = KdfParams(n=2**10, r=8, p=1)
PASSPHRASE = "correct horse battery"
# The installation's own backup log travels with the installation, not the archive; the restored
# audit log is the archive's plus the entry of the restore itself.
UNLOGGED = {"backup_log", "audit_entry", "audit_head"}


def _plain(value: object) -> object:
    """Timestamps as naive UTC: PostgreSQL gives them with a zone, SQLite without (stored as UTC)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def dump(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    with db.engine.connect() as conn:
        return {
            t.name: [tuple(_plain(v) for v in r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
            for t in Base.metadata.sorted_tables
            if t.name not in UNLOGGED
        }


def filled(db: Database, learners: int = 60) -> Database:
    with db.session() as session:
        fill_demo_data(session, learners=learners, today=date(2026, 10, 1))
        save_college_details(session, CollegeDetails(name_en="Khromtau Mining College", name_ru="Хромтауский колледж"))
    keys = (db.data_dir or Path()) / KEYS_DIR
    keys.mkdir(parents=True, exist_ok=True)
    (keys / "certificate-signing-ed25519.pem").write_bytes(b"-----BEGIN PRIVATE KEY-----\nORIGINAL\n")
    return db


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def test_round_trip_restores_every_table(database: Database, stick: Path) -> None:
    filled(database)
    before = dump(database)
    result = create_backup(database, stick, PASSPHRASE, kdf=FAST)
    assert result.path.parent == stick and result.path.name.startswith("Khromtau-Mining-College_")
    with database.session() as session:
        assert quarter_is_covered(session)
        session.execute(delete(Person).where(Person.id.in_(select(Person.id).limit(10))))
        session.execute(update(Programme).values(hours=Programme.hours + 1))
        session.add(Organisation(kind=OrganisationKind.EMPLOYER, name_kk="Жаңа", name_ru="Новая"))
    keys = database.data_dir / KEYS_DIR  # type: ignore[operator]
    (keys / "certificate-signing-ed25519.pem").write_bytes(b"CHANGED")
    assert dump(database) != before

    restored = restore_backup(database, result.path, PASSPHRASE)
    try:
        assert dump(restored.database) == before
        assert (keys / "certificate-signing-ed25519.pem").read_bytes().endswith(b"ORIGINAL\n")
        assert restored.keys_safety_copy is not None
        assert (restored.keys_safety_copy / "certificate-signing-ed25519.pem").read_bytes() == b"CHANGED"
        assert restored.safety_copy.exists()
        with restored.database.session() as session:
            assert quarter_is_covered(session)  # the log of this quarter's backup survived the restore
            assert last_verified_backup(session).file_name == result.path.name  # type: ignore[union-attr]
    finally:
        restored.database.dispose()


def test_archive_reveals_no_names_or_iins(database: Database, stick: Path) -> None:
    filled(database)
    with database.session() as session:
        people = session.execute(select(Person.iin, Person.surname, Person.given_name)).all()
    path = create_backup(database, stick, PASSPHRASE, kdf=FAST).path
    raw = path.read_bytes()
    for iin, surname, given_name in people:
        assert iin.encode() not in raw
        assert surname.encode("utf-8") not in raw and surname.encode("utf-16-le") not in raw
        assert given_name.encode("utf-8") not in raw
    assert b"ORIGINAL" not in raw and b"SQLite format 3" not in raw


def test_header_lists_what_the_archive_holds(database: Database, stick: Path) -> None:
    filled(database, learners=30)
    result = create_backup(database, stick, PASSPHRASE, kdf=FAST)
    [info] = list_backups(stick)
    assert info.header is not None and info.size == result.path.stat().st_size
    assert info.header.counts["person"] == 30
    assert info.header.schema_revision == result.header.schema_revision
    report = verify_backup(result.path, PASSPHRASE)
    assert report.counts == info.header.counts
    assert report.key_files == ["audit-hmac.key", "certificate-signing-ed25519.pem"]  # the audit key travels too


def test_postgres_and_sqlite_exchange_archives(database: Database, stick: Path, tmp_path: Path, open_as_administrator: Callable[..., Database]) -> None:
    """PG → archive → SQLite → archive → PG (and SQLite → SQLite when no server is configured)."""
    filled(database, learners=40)
    before = dump(database)
    first = create_backup(database, stick, PASSPHRASE, kdf=FAST, now=datetime(2026, 1, 5, 10, 0))
    other = open_as_administrator(f"sqlite:///{tmp_path / 'other' / 'cluster.sqlite3'}", tmp_path / "other")
    moved = restore_backup(other, first.path, PASSPHRASE).database
    try:
        assert dump(moved) == before
        with moved.engine.connect() as conn:  # the search index was rebuilt for the moved rows
            surname = conn.execute(text("SELECT search_key FROM person LIMIT 1")).scalar_one()[:4]
            assert conn.execute(text("SELECT count(*) FROM person_search WHERE person_search MATCH :q"), {"q": f'"{surname}"'}).scalar()
        with moved.session() as session:
            session.execute(delete(Person))
        back = create_backup(moved, stick, PASSPHRASE, kdf=FAST, now=datetime(2026, 1, 6, 10, 0))
    finally:
        moved.dispose()
    restored = restore_backup(database, back.path, PASSPHRASE).database
    try:
        assert dump(restored)["person"] == []
        restored_again = restore_backup(restored, first.path, PASSPHRASE).database
        assert dump(restored_again) == before
        with restored_again.session() as session:  # sequences continue after the restored ids
            session.add(Organisation(kind=OrganisationKind.EMPLOYER, name_kk="Жаңа", name_ru="Новая"))
        restored_again.dispose()
    finally:
        restored.dispose()


def test_names_are_valid_everywhere() -> None:
    moment = datetime(2026, 11, 26, 8, 36, 0)
    assert archive_name("Khromtau Mining College", moment) == "Khromtau-Mining-College_2026-Q4_20261126-083600.cdbackup"
    assert archive_name("Хромтауский колледж", moment).startswith(GENERIC_NAME + "_")
    assert archive_name('CON', moment).startswith("CON_")  # not the reserved name itself
    for bad in ('a<b>:c"d/e\\f|g?h*', "NUL", "aux", "..", "   "):
        name = archive_name(bad, moment, serial=2)
        check_portable_name(name)
        assert name.endswith("-2.cdbackup")
    for refused in ("CON.cdbackup", "nul", "a:b.cdbackup", "report?.cdbackup", "name. ", "x" * 300):
        with pytest.raises(BackupError, match="cannot be used for a file"):
            check_portable_name(refused)


def test_rotation_keeps_the_last_eight_quarters(tmp_path: Path) -> None:
    names = []
    for month in range(1, 37, 3):  # 12 quarters, two backups in the last one
        moment = datetime(2024 + (month - 1) // 12, (month - 1) % 12 + 1, 2, 9, 0)
        names.append(archive_name("College", moment))
    names.append(archive_name("College", datetime(2026, 10, 20, 9, 0)))
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "notes.txt").write_bytes(b"not ours")
    victims = sorted(p.name for p in rotation_victims(tmp_path, 8))
    assert victims == sorted(names[:4])


def test_reminder_follows_the_quarter(database: Database, stick: Path) -> None:
    with database.session() as session:
        assert not quarter_is_covered(session)
        assert last_verified_backup(session) is None
    create_backup(database, stick, PASSPHRASE, kdf=FAST, now=datetime(2026, 11, 2, 9, 0))
    with database.session() as session:
        # The log's quarter is the archive's; today's date decides what is due.
        assert quarter_is_covered(session, date(2026, 12, 31))
        assert not quarter_is_covered(session, date(2027, 1, 1))


def test_stream_layer_handles_many_chunks(tmp_path: Path) -> None:
    data = os.urandom(5000) * 7
    out = io.BytesIO()
    writer = ArchiveWriter(out, Header("0.1.0", "0003", "2026-01-01T00:00:00+00:00", "sqlite", {}, chunk_size=4096), "secret!!", FAST)
    writer.write(data)
    writer.close()
    out.seek(0)
    reader = ArchiveReader(out, "mem", "secret!!")
    assert reader.read() == data
    reader.finish()
    out.seek(0)
    assert read_header(out, "mem")[0].content_size == len(data)


def test_linux_drive_discovery(tmp_path: Path) -> None:
    sys_block = tmp_path / "block"
    (sys_block / "sdb").mkdir(parents=True)
    (sys_block / "sdb" / "removable").write_text("1\n")
    (sys_block / "sda").mkdir()
    (sys_block / "sda" / "removable").write_text("0\n")
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        "/dev/sda2 /media/data ext4 rw 0 0\n"
        "/dev/sdb /media/user/MY\\040STICK vfat rw 0 0\n"
        "tmpfs /run/user/1000 tmpfs rw 0 0\n"
    )
    drives = linux_drives(mounts, sys_block)
    assert [str(d.path) for d in drives] == ["/media/user/MY STICK"]
