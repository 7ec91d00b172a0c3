"""Backup headers from a hostile stick: checked field by field before anything costly, listed as damaged.

Anyone can write a ``.cdbackup`` file; its header is read (and listed) before
any passphrase proves it ours.  A wrong type, an absurd scrypt cost, a negative
size or a missing field must make that one file «damaged» — never a crash, never
minutes of CPU, never a folder whose other backups can no longer be listed.
"""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path
from typing import Any

import pytest

from cluster_desktop.backup import BackupError
from cluster_desktop.backup import archive as archive_module
from cluster_desktop.backup.archive import DAMAGED_HEADER, MAC_SIZE, MAGIC, NEWER_FORMAT, Header
from cluster_desktop.backup.create import create_backup
from cluster_desktop.backup.verify import archive_info, extracted, list_backups, verify_backup
from cluster_desktop.db import Database
from tests.cli import run_cli, where
from tests.conftest import FAST_KDF

PASSPHRASE = "correct horse battery"


def good_header() -> dict[str, Any]:
    """A header as the program writes it (the cheap test cost of scrypt)."""
    header = Header(
        program_version="0.9.0",
        schema_revision="0006",
        created_at="2026-10-01T08:00:00+00:00",
        source_backend="sqlite",
        counts={"person": 3, "audit_entry": 7},
        salt=base64.b64encode(bytes(16)).decode("ascii"),
        kdf={"n": FAST_KDF.n, "r": FAST_KDF.r, "p": FAST_KDF.p},
        key_check="0" * 32,
        content_sha256="a" * 64,
        content_size=4096,
    )
    decoded: dict[str, Any] = json.loads(header.encode())
    return decoded


def forge(path: Path, header: dict[str, Any] | bytes) -> Path:
    raw = header if isinstance(header, bytes) else json.dumps(header).encode("ascii")
    path.write_bytes(MAGIC + struct.pack(">I", len(raw)) + raw + bytes(MAC_SIZE) + bytes(64))
    return path


def changed(**fields: Any) -> dict[str, Any]:
    header = good_header()
    header.update(fields)
    return header


def without(name: str) -> dict[str, Any]:
    header = good_header()
    del header[name]
    return header


FORGERIES: dict[str, dict[str, Any] | bytes] = {
    "not JSON": b"{this is not json",
    "not UTF-8": b"\xff\xfe{}",
    "a JSON list": b"[1, 2, 3]",
    "counts a list": changed(counts=[1, 2]),
    "a count as text": changed(counts={"person": "many"}),
    "a negative count": changed(counts={"person": -1}),
    "a count as true": changed(counts={"person": True}),
    "created_at a number": changed(created_at=20261001),
    "created_at not a time": changed(created_at="yesterday"),
    "created_at at the start of the calendar": changed(created_at="0001-01-01T00:00:00+05:00"),
    "created_at at the end of the calendar": changed(created_at="9999-12-31T23:59:59-05:00"),
    "created_at without its offset": changed(created_at="2026-10-01T08:00:00"),
    "program_version an object": changed(program_version={"x": 1}),
    "schema_revision too long": changed(schema_revision="0" * 500),
    "content_size as text": changed(content_size="4096"),
    "negative content_size": changed(content_size=-5),
    "negative chunk_size": changed(chunk_size=-1),
    "chunk_size as a float": changed(chunk_size=1048576.0),
    "huge n": changed(kdf={"n": 2**20, "r": 32, "p": 16}),
    "n above production": changed(kdf={"n": 2**18, "r": 8, "p": 1}),
    "n not a power of two": changed(kdf={"n": 1000, "r": 8, "p": 1}),
    "r too large": changed(kdf={"n": 2**10, "r": 64, "p": 1}),
    "p too large": changed(kdf={"n": 2**10, "r": 8, "p": 4}),
    "kdf with an extra field": changed(kdf={"n": 2**10, "r": 8, "p": 1, "maxmem": 1}),
    "kdf n as text": changed(kdf={"n": "1024", "r": 8, "p": 1}),
    "salt not base64": changed(salt="!!!"),
    "salt too short": changed(salt=base64.b64encode(b"x").decode()),
    "key_check not hex": changed(key_check="z" * 32),
    "content_sha256 short": changed(content_sha256="ab"),
    "an unknown cipher": changed(cipher="ROT13"),
    "an unknown field": changed(extra="x"),
    "format as text": changed(format="1"),
    "missing counts": without("counts"),
    "missing salt": without("salt"),
    "missing kdf": without("kdf"),
    "missing created_at": without("created_at"),
}


@pytest.fixture
def no_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if a forged header gets as far as key derivation."""

    def refuse(*_args: object) -> None:
        raise AssertionError("scrypt ran for a header that should have been refused")

    monkeypatch.setattr(archive_module, "derive_keys", refuse)


def test_the_program_s_own_header_passes(tmp_path: Path) -> None:
    info = archive_info(forge(tmp_path / "a.cdbackup", good_header()))
    assert info.error is None and info.header is not None
    assert info.header.counts == {"person": 3, "audit_entry": 7}


@pytest.mark.parametrize("name", sorted(FORGERIES))
def test_a_forged_header_is_listed_as_damaged(name: str, tmp_path: Path, no_scrypt: None) -> None:
    path = forge(tmp_path / "forged.cdbackup", FORGERIES[name])
    info = archive_info(path)
    assert info.header is None
    assert info.error is not None and info.error.template == DAMAGED_HEADER
    assert info.problem == f"The backup {path} is damaged: its header cannot be read. The file was altered or not written to the end."
    with pytest.raises(BackupError) as raised:
        verify_backup(path, PASSPHRASE, work_dir=tmp_path)
    assert raised.value.template == DAMAGED_HEADER


def test_a_newer_format_says_so(tmp_path: Path) -> None:
    info = archive_info(forge(tmp_path / "newer.cdbackup", changed(format=2, cipher="something new")))
    assert info.error is not None and info.error.template == NEWER_FORMAT


def test_huge_scrypt_cost_is_refused_before_scrypt(tmp_path: Path, no_scrypt: None) -> None:
    path = forge(tmp_path / "costly.cdbackup", FORGERIES["huge n"])
    with pytest.raises(BackupError, match="damaged"):
        verify_backup(path, PASSPHRASE, work_dir=tmp_path)


def test_one_forged_file_does_not_hide_the_others(database: Database, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    real = create_backup(database, stick, PASSPHRASE, kdf=FAST_KDF).path
    stamp = real.name.split("_", 1)[1]
    forged = [forge(stick / f"Forged-{i}_{stamp}", FORGERIES[name]) for i, name in enumerate(("counts a list", "huge n", "not JSON"))]
    listed = {info.path: info for info in list_backups(stick)}
    assert set(listed) == {real, *forged}
    assert listed[real].header is not None and listed[real].error is None
    assert all(listed[p].header is None and listed[p].error is not None for p in forged)
    assert verify_backup(real, PASSPHRASE, work_dir=tmp_path).header == listed[real].header


def test_cli_lists_damaged_files_and_verifies_plainly(database_url: str, data_dir: Path, tmp_path: Path) -> None:
    here = where(database_url, data_dir)
    stick = tmp_path / "stick"
    stick.mkdir()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    created = run_cli(*here, "backup", "create", "--to", str(stick), "--passphrase-file", str(secret))
    assert created.returncode == 0, created.stderr
    [real] = list(stick.glob("*.cdbackup"))
    forged = forge(stick / ("Forged_" + real.name.split("_", 1)[1]), FORGERIES["counts a list"])
    costly = forge(stick / ("Costly_" + real.name.split("_", 1)[1]), FORGERIES["huge n"])

    listed = run_cli("backup", "list", str(stick))
    assert listed.returncode == 0, listed.stderr
    lines = {line.split("  ")[0]: line for line in listed.stdout.splitlines()}
    assert "learners 0" in lines[real.name]
    assert "damaged: The backup" in lines[forged.name] and "damaged: The backup" in lines[costly.name]

    for path in (forged, costly):
        verified = run_cli("backup", "verify", str(path), "--passphrase-file", str(secret))
        assert verified.returncode == 1 and "is damaged: its header cannot be read" in verified.stderr
        assert "Traceback" not in verified.stderr


def test_verify_unpacks_into_the_chosen_data_folder(database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plaintext snapshot waits in ``--data-dir``, not in the default data folder."""
    stick = tmp_path / "stick"
    stick.mkdir()
    archive = create_backup(database, stick, PASSPHRASE, kdf=FAST_KDF).path
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    chosen = tmp_path / "chosen"
    default = tmp_path / "default"
    work_dirs: list[Path | None] = []

    def spy(path: Path, passphrase: str, work_dir: Path | None = None, *rest: Any) -> Any:
        work_dirs.append(work_dir)
        return extracted(path, passphrase, work_dir, *rest)

    monkeypatch.setattr("cluster_desktop.backup.verify.extracted", spy)
    result = run_cli(
        "--data-dir",
        str(chosen),
        "backup",
        "verify",
        str(archive),
        "--passphrase-file",
        str(secret),
        env={"CLUSTER_DESKTOP_DATA_DIR": str(default)},
    )
    assert result.returncode == 0, result.stderr
    assert work_dirs == [chosen]
    assert not default.exists()
