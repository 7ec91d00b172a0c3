"""Where the data lives: --data-dir, the environment, portable mode beside the program, the platform's folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cluster_desktop import paths
from cluster_desktop.db import open_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_env: None) -> Path:
    """Pretend to be the built program in ``tmp_path/ClusterDesktop``; returns that folder."""
    program = tmp_path / "ClusterDesktop"
    program.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "ClusterDesktop.exe"))
    return program


def platform_folder() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(paths.APP_NAME, appauthor=False, roaming=False))


def test_built_program_without_marker_uses_the_platform_folder(frozen: Path) -> None:
    assert paths.program_dir() == frozen
    assert not paths.is_portable()
    assert paths.portable_data_dir() is None
    assert paths.default_data_dir() == platform_folder()


def test_a_portable_file_keeps_the_data_beside_the_program(frozen: Path) -> None:
    (frozen / "portable").write_text("")
    assert paths.is_portable()
    assert paths.default_data_dir() == frozen / "data"


def test_a_data_folder_beside_the_program_turns_portable_mode_on(frozen: Path) -> None:
    (frozen / "data").mkdir()
    assert paths.is_portable()
    assert paths.default_data_dir() == frozen / "data"


def test_a_folder_named_portable_or_a_file_named_data_is_not_a_marker(frozen: Path) -> None:
    (frozen / "portable").mkdir()
    (frozen / "data").write_text("not a folder")
    assert not paths.is_portable()
    assert paths.default_data_dir() == platform_folder()


def test_the_environment_beats_portable_mode(frozen: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (frozen / "portable").write_text("")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    assert paths.default_data_dir() == tmp_path / "elsewhere"
    assert paths.is_portable()  # the settings still stay beside the program


def test_data_dir_option_beats_portable_mode(frozen: Path, tmp_path: Path) -> None:
    (frozen / "portable").write_text("")
    db = open_database(None, tmp_path / "chosen")
    db.dispose()
    assert (tmp_path / "chosen" / paths.DATABASE_FILE).is_file()
    assert not (frozen / "data").exists()


def test_portable_mode_opens_the_database_beside_the_program(frozen: Path) -> None:
    (frozen / "portable").write_text("")
    db = open_database()
    db.dispose()
    assert db.data_dir == frozen / "data"
    assert (frozen / "data" / paths.DATABASE_FILE).is_file()


def test_source_checkout_is_the_program_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_env: None) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))  # the interpreter's folder does not count
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    (checkout / "pyproject.toml").write_text("")
    monkeypatch.setattr(paths, "PROJECT_ROOT", checkout)
    (tmp_path / "portable").write_text("")
    assert paths.program_dir() == checkout
    assert not paths.is_portable()
    (checkout / "portable").write_text("")
    assert paths.default_data_dir() == checkout / "data"


def test_installed_package_is_never_portable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_env: None) -> None:
    """site-packages may hold some other distribution's top-level ``data`` folder."""
    monkeypatch.delattr(sys, "frozen", raising=False)
    site_packages = tmp_path / "site-packages"
    (site_packages / "data").mkdir(parents=True)
    (site_packages / "portable").write_text("")
    monkeypatch.setattr(paths, "PROJECT_ROOT", site_packages)
    assert not paths.is_portable()
    assert paths.default_data_dir() == platform_folder()


def test_the_real_checkout_is_the_source_program_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.program_dir() == ROOT
    assert paths.RESOURCES_DIR == ROOT / "resources"


READ_ONLY_CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
sys.frozen = True
sys.executable = sys.argv[2]
from cluster_desktop.db import open_database
from cluster_desktop.errors import UserError
try:
    open_database()
except UserError as exc:
    print(exc.message)
    sys.exit(7)
print("opened")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="a folder's read-only flag does not stop creating files on Windows")
def test_read_only_program_folder_in_portable_mode_names_the_folder_and_what_to_do(tmp_path: Path) -> None:
    program = tmp_path / "stick" / "ClusterDesktop"
    program.mkdir(parents=True)
    (program / "portable").write_text("")
    command = [sys.executable, "-c", READ_ONLY_CHILD, str(ROOT), str(program / "ClusterDesktop")]
    if os.geteuid() == 0:
        # root writes into read-only folders; without these capabilities it obeys the permission bits.
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot make a folder read-only for this process")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]
    env = {k: v for k, v in os.environ.items() if k != paths.DATA_DIR_ENV}
    program.chmod(0o555)
    try:
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    finally:
        program.chmod(0o755)
    assert result.returncode == 7, result.stdout + result.stderr
    message = result.stdout.strip()
    assert str(program / "data") in message
    assert "portable mode" in message and "cannot be written" in message and "remove the file «portable»" in message
    assert sorted(p.name for p in program.iterdir()) == ["portable"]
