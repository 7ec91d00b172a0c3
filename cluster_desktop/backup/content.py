"""What goes inside the encrypted body: a tar stream of the snapshot and the data folder's keys.

Tar is written and read as a stream (``w|`` / ``r|``), so neither side needs
to seek and size is no limit.  On reading, only the names we write are
accepted and each is written to a path we choose, never to one the archive
names (no path traversal from a forged archive).
"""

from __future__ import annotations

import io
import tarfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol

from ..errors import QT_TRANSLATE_NOOP
from . import BackupError, ProgressCallback

DATABASE_ENTRY = "database.sqlite3"
KEYS_PREFIX = "keys/"
COPY_BLOCK = 1 << 20
MAX_KEY_FILE = 1 << 20

UNEXPECTED_ENTRY = QT_TRANSLATE_NOOP("Errors", "The backup {path} holds an unexpected item «{entry}»; it was not made by Cluster Desktop.")
NO_DATABASE = QT_TRANSLATE_NOOP("Errors", "The backup {path} holds no database.")


class Writable(Protocol):
    def write(self, data: bytes) -> int: ...


class Readable(Protocol):
    def read(self, size: int = -1) -> bytes: ...


class _ProgressReader(io.RawIOBase):
    """A file read through for tar, reporting how far it got."""

    def __init__(self, source: BinaryIO, total: int, progress: ProgressCallback, text: str) -> None:
        self._source, self._total, self._progress, self._text, self._done = source, total, progress, text, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        self._done += len(data)
        self._progress(self._done, self._total, self._text)
        return data


def _plain_info(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    return info


def key_files(keys_dir: Path | None) -> list[Path]:
    if keys_dir is None or not keys_dir.is_dir():
        return []
    return sorted(p for p in keys_dir.iterdir() if p.is_file() and not p.name.startswith("."))


def write_content(out: Writable, snapshot: Path, keys_dir: Path | None, progress: ProgressCallback, text: str = "") -> None:
    with tarfile.open(fileobj=out, mode="w|", format=tarfile.PAX_FORMAT, bufsize=COPY_BLOCK) as tar:  # type: ignore[call-overload]
        tar.copybufsize = COPY_BLOCK
        size = snapshot.stat().st_size
        with snapshot.open("rb") as source:
            tar.addfile(_plain_info(DATABASE_ENTRY, size), _ProgressReader(source, size, progress, text))
        for path in key_files(keys_dir):
            data = path.read_bytes()
            tar.addfile(_plain_info(KEYS_PREFIX + path.name, len(data)), io.BytesIO(data))


@dataclass
class Extracted:
    snapshot: Path
    keys: dict[str, bytes] = field(default_factory=dict)


def _safe_key_name(name: str) -> bool:
    base = name[len(KEYS_PREFIX):]
    return bool(base) and "/" not in base and "\\" not in base and base not in (".", "..") and not base.startswith(".")


def read_content(source: Readable, folder: Path, path: str, total: int, progress: ProgressCallback, text: str = "") -> Extracted:
    """Write the snapshot into ``folder``; keep the key files in memory (they are small)."""
    snapshot: Path | None = None
    keys: dict[str, bytes] = {}
    with tarfile.open(fileobj=source, mode="r|", bufsize=COPY_BLOCK) as tar:  # type: ignore[call-overload]
        for member in tar:
            stream = tar.extractfile(member) if member.isfile() else None
            if stream is None:
                raise BackupError(UNEXPECTED_ENTRY, path=path, entry=member.name)
            if member.name == DATABASE_ENTRY and snapshot is None:
                snapshot = folder / DATABASE_ENTRY
                with snapshot.open("xb") as target:
                    done = 0
                    while block := stream.read(COPY_BLOCK):
                        target.write(block)
                        done += len(block)
                        progress(done, total, text)
            elif member.name.startswith(KEYS_PREFIX) and _safe_key_name(member.name) and member.size <= MAX_KEY_FILE:
                keys[member.name[len(KEYS_PREFIX):]] = stream.read()
            else:
                raise BackupError(UNEXPECTED_ENTRY, path=path, entry=member.name)
    if snapshot is None:
        raise BackupError(NO_DATABASE, path=path)
    return Extracted(snapshot, keys)
