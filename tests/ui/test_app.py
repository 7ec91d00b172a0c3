"""Starting the window the way main.py does: demo data on first use, clear refusal of a broken database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cluster_desktop.cli import build_parser
from cluster_desktop.db import Database
from tests.narrowing import present
from ui.app import run_gui
from ui.main_window import MainWindow
from ui.pages.learners_page import LearnersPage


def close_when_window_ready(seen: list[MainWindow]) -> None:
    def poll() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        page = windows[0].pages.get("learners") if windows else None
        if isinstance(page, LearnersPage) and page.model.rowCount() > 0:
            seen.append(windows[0])
            windows[0].close()
            present(QApplication.instance()).quit()
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def test_demo_opens_window_on_a_separate_demo_database(data_dir: Path, hang_guard: QTimer) -> None:
    args = build_parser().parse_args(["--data-dir", str(data_dir), "--demo", "--lang", "en"])
    seen: list[MainWindow] = []
    close_when_window_ready(seen)
    assert run_gui(args) == 0
    learners = seen[0].pages["learners"] if seen else None
    assert isinstance(learners, LearnersPage) and learners.model.rowCount() >= 400
    assert "demo" in seen[0].windowTitle()
    assert (data_dir / "demo.sqlite3").exists()
    assert not (data_dir / "cluster.sqlite3").exists()


def test_broken_database_is_refused_with_a_message(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "cluster.sqlite3").write_bytes(b"\x00garbage" * 500)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    args = build_parser().parse_args(["--data-dir", str(data_dir), "--lang", "en"])
    assert run_gui(args) == 1
    assert shown and "not a Cluster Desktop database" in shown[0]
    assert (data_dir / "cluster.sqlite3").read_bytes() == b"\x00garbage" * 500


def test_window_code_does_not_import_the_database_layer() -> None:
    """The window appears before SQLAlchemy (the slowest import) is loaded; see ui/main_window.py."""
    import subprocess
    import sys

    code = "import sys, main, ui.app, ui.main_window; print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).resolve().parents[2], check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_log_names_the_database_actually_opened(qtbot: QtBot, database: Database, caplog: pytest.LogCaptureFixture) -> None:
    from ui.app import Controller

    controller = Controller(None, demo=False)
    qtbot.addWidget(controller.show())
    with caplog.at_level("INFO", logger="ui.app"):
        controller.attach(database)
    qtbot.addWidget(controller.window)  # the window rebuilt for the user; closed when the test ends
    assert "Database opened: " in caplog.text
    assert str(database.engine.url.database) in caplog.text  # the file, or the server's database (the user is masked)
