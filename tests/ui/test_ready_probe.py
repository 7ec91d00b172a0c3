"""--quit-when-ready: READY once the first page shows rows from the database, then the program ends."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cluster_desktop.cli import build_parser
from ui.app import run_gui
from ui.ready_probe import EXIT_NOT_READY, quit_when_ready


def test_demo_window_says_ready_and_quits(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = build_parser().parse_args(["--data-dir", str(data_dir), "--demo", "--lang", "en", "--quit-when-ready"])
    assert run_gui(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line for line in lines if line.startswith("READY")] == ["READY learners"]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_the_option_is_hidden_from_help() -> None:
    assert "quit-when-ready" not in build_parser().format_help()
    assert build_parser().parse_args([]).quit_when_ready is False


def test_no_usable_window_in_time_ends_with_not_ready(qapp: QApplication, capsys: pytest.CaptureFixture[str]) -> None:
    quit_when_ready(qapp, timeout_ms=200)
    assert qapp.exec() == EXIT_NOT_READY
    captured = capsys.readouterr()
    assert "READY" not in captured.out
    assert "NOT READY after 200 ms" in captured.err


def test_an_error_on_screen_ends_at_once_with_its_text(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "cluster.sqlite3").write_bytes(b"\x00garbage" * 500)
    args = build_parser().parse_args(["--data-dir", str(data_dir), "--lang", "en", "--quit-when-ready"])
    assert run_gui(args) != 0
    captured = capsys.readouterr()
    assert "READY" not in captured.out
    assert "NOT READY: " in captured.err and "not a Cluster Desktop database" in captured.err
