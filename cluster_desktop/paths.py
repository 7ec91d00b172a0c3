"""Where the program's files live: shipped resources, the program's folder and the user's data folder.

The data folder, first match wins: ``--data-dir`` (handed to ``db.open_database``
by the caller), the ``CLUSTER_DESKTOP_DATA_DIR`` environment variable, portable
mode, the platform's user data folder.  Portable mode is on when a file named
``portable`` or a folder named ``data`` sits in the program's folder (beside
``ClusterDesktop.exe`` in the built program, the checkout's root when run from
source): then everything stays in that ``data`` folder, so the program can run
from a USB stick and leave nothing on the PC.
"""

from __future__ import annotations

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
