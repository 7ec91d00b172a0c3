"""Writing files whole or not at all: one (atomic_write) or many at once (FileBatch)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import BinaryIO

import pytest

from cluster_desktop.errors import UserError
from cluster_desktop.files import FileBatch, atomic_write


def _write(data: bytes, stream: BinaryIO) -> int:
    return stream.write(data)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_batch_shows_nothing_under_the_targets_names_before_commit(tmp_path: Path) -> None:
    batch = FileBatch()
    for name in ("a.pdf", "b.pdf"):
        assert batch.write(tmp_path / name, partial(_write, name.encode())) == 5
    assert len(_names(tmp_path)) == 2 and all(name.startswith(".~") for name in _names(tmp_path))
    batch.commit()
    batch.discard()
    assert _names(tmp_path) == ["a.pdf", "b.pdf"] and (tmp_path / "b.pdf").read_bytes() == b"b.pdf"
    assert batch.placed == [tmp_path / "a.pdf", tmp_path / "b.pdf"]


def test_a_discarded_batch_leaves_no_file(tmp_path: Path) -> None:
    batch = FileBatch()
    batch.write(tmp_path / "a.pdf", lambda stream: stream.write(b"a"))
    with pytest.raises(ValueError):
        batch.write(tmp_path / "b.pdf", lambda stream: (stream.write(b"half"), int("x")))
    batch.discard()
    assert _names(tmp_path) == [] and batch.placed == []


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "list.csv"
    target.write_bytes(b"old")

    def full_disk(stream: BinaryIO) -> None:
        stream.write(b"new, half")
        raise OSError(28, "No space left on device")

    with pytest.raises(UserError, match="No space left"):
        atomic_write(target, full_disk)
    assert _names(tmp_path) == ["list.csv"] and target.read_bytes() == b"old"
    assert atomic_write(target, lambda stream: stream.write(b"new")) == 3 and target.read_bytes() == b"new"
