"""Where the program's files live: shipped resources, the program's folder and the user's data folder.

The data folder, first match wins: ``--data-dir`` (handed to ``db.open_database``
by the caller), the ``CLUSTER_DESKTOP_DATA_DIR`` environment variable, portable
mode, the platform's user data folder.  Portable mode is on when a file named
``portable`` or a folder named ``data`` sits in the program's folder (beside
``ClusterDesktop.exe`` in the built program, the checkout's root when run from
source): then everything stays in that ``data`` folder, so the program can run
from a USB stick and leave nothing on the PC.

What the data folder holds — the database with its -wal and -shm, safety
copies, the signing key, the log, plaintext snapshots for a moment — is personal
data and secrets: on POSIX it is owner-only (:func:`private_folder`,
:func:`private_file`: 0700 folders, 0600 files).  On Windows the user's profile
is private already and nothing is changed.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

APP_NAME = "ClusterDesktop"
DATA_DIR_ENV = "CLUSTER_DESKTOP_DATA_DIR"
# The source checkout, or in the built program the folder PyInstaller unpacks the modules into (_internal).
PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PROJECT_ROOT / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
DEMO_DIR = RESOURCES_DIR / "demo"
ICONS_DIR = RESOURCES_DIR / "icons"
DOCUMENTS_DIR = RESOURCES_DIR / "documents"
DATABASE_FILE = "cluster.sqlite3"
DEMO_DATABASE_FILE = "demo.sqlite3"
SAFETY_COPIES_DIR = "safety-copies"
# Inside the data folder: the installation's private keys (certificate signing); backups carry them.
KEYS_DIR = "keys"
CERTIFICATE_KEY_FILE = "certificate-signing-ed25519.pem"
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# Beside the program: either of these turns portable mode on.
PORTABLE_MARKER = "portable"
PORTABLE_DATA_DIR = "data"


def is_frozen() -> bool:
    """Whether this is the built one-folder program (PyInstaller sets ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


def program_dir() -> Path:
    """The folder the program runs from: the one holding the executable, or the source checkout."""
    if is_frozen():
        return Path(sys.executable).absolute().parent
    return PROJECT_ROOT


def _may_be_portable(folder: Path) -> bool:
    """The built program, or a source checkout — not a package installed into site-packages.

    Other distributions may put a top-level ``data`` folder into site-packages;
    that must not switch an installed program into portable mode.
    """
    return is_frozen() or (folder / "pyproject.toml").is_file()


def portable_data_dir() -> Path | None:
    """``<program folder>/data`` when portable mode is on, otherwise None."""
    folder = program_dir()
    if not _may_be_portable(folder):
        return None
    if (folder / PORTABLE_MARKER).is_file() or (folder / PORTABLE_DATA_DIR).is_dir():
        return folder / PORTABLE_DATA_DIR
    return None


def is_portable() -> bool:
    """Whether portable mode is on (data and settings beside the program)."""
    return portable_data_dir() is not None


def default_data_dir() -> Path:
    """The data folder when no ``--data-dir`` is given: the environment, portable mode, or the platform's."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def make_private(path: Path) -> None:
    """Owner-only access to ``path`` (0700 a folder, 0600 a file) on POSIX; nothing on Windows.

    Best effort: a file system without modes (FAT on a stick) or a file of
    another owner keeps what it has, and a missing path is no error.
    """
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FOLDER_MODE if path.is_dir() else PRIVATE_FILE_MODE)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if needed and make it owner-only; OSError when it cannot be created."""
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder)
    return folder


def private_file(path: Path) -> Path:
    """Create ``path`` empty and owner-only unless it exists; an existing one is made owner-only.

    Made before SQLite opens it: SQLite keeps an existing file's mode and gives
    its -wal, -shm and -journal files the same one.
    """
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    make_private(path)
    return path


def make_data_folder_private(data_dir: Path) -> None:
    """The data folder, its ``keys/`` and ``safety-copies/`` and their files owner-only.

    Also mends what an older version made readable by everyone; cheap enough
    for every start (a few files).
    """
    make_private(data_dir)
    for name in (KEYS_DIR, SAFETY_COPIES_DIR):
        folder = data_dir / name
        if folder.is_dir():
            make_private(folder)
            with contextlib.suppress(OSError):
                for path in folder.rglob("*"):
                    make_private(path)


def private_sqlite_files(database: Path) -> None:
    """Create the SQLite database file owner-only before SQLite does; mend an existing one and its -wal, -shm, -journal."""
    with contextlib.suppress(OSError):  # a folder that cannot be written: SQLite says so, in the caller's words
        private_file(database)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            make_private(companion)
