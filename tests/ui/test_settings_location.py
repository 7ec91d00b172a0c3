"""Portable mode keeps the window's settings in an INI file beside the data, never in the registry or home."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cluster_desktop import paths
from ui.settings_location import SETTINGS_SUBDIR, use_portable_settings


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "stick" / "ClusterDesktop"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "ClusterDesktop.exe"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    return folder


def test_portable_settings_go_to_an_ini_file_in_the_data_folder(program: Path) -> None:
    (program / "portable").write_text("")
    folder = use_portable_settings()
    assert folder == program / "data" / SETTINGS_SUBDIR
    settings = QSettings()
    settings.setValue("ui/language", "kk")
    settings.sync()
    assert settings.format() == QSettings.Format.IniFormat
    written = Path(settings.fileName())
    assert written.is_file() and folder in written.parents
    assert "language=kk" in written.read_text(encoding="utf-8")
    assert QSettings().value("ui/language") == "kk"


def test_without_portable_mode_nothing_changes(program: Path, settings: QSettings) -> None:
    before = QSettings().fileName()
    assert use_portable_settings() is None
    assert QSettings().fileName() == before
    assert not (program / "data").exists()
