"""Where the program's files live: shipped resources and the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "ClusterDesktop"
DATA_DIR_ENV = "CLUSTER_DESKTOP_DATA_DIR"
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
DEMO_DIR = RESOURCES_DIR / "demo"
DATABASE_FILE = "cluster.sqlite3"
DEMO_DATABASE_FILE = "demo.sqlite3"
SAFETY_COPIES_DIR = "safety-copies"


def default_data_dir() -> Path:
    """The data folder: ``CLUSTER_DESKTOP_DATA_DIR`` if set, else the platform's user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
# Inside the data folder: the installation's private keys (certificate signing); backups carry them.
KEYS_DIR = "keys"
CERTIFICATE_KEY_FILE = "certificate-signing-ed25519.pem"
DOCUMENTS_DIR = RESOURCES_DIR / "documents"
