"""The windowed Windows build has no console streams; a command must still run, not crash."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import main


def test_command_without_console_streams(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.delitem(sys.modules, "cluster_desktop.cli", raising=False)  # imported afresh, as at a program's start
    try:
        assert main.main(["--data-dir", str(tmp_path), "check"]) == 0
        assert sys.stdout is not None and sys.stderr is not None
    finally:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.close()
