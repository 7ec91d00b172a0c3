"""Catching a mistyped passphrase before it locks a backup away.

The first backup asks for the passphrase twice; later ones ask once, so a
typo would go unnoticed — the read-back uses the same mistyped key.  The
database therefore keeps the last archive's salt, scrypt cost and key check
(the same public values as in that archive's header, so nothing new is
revealed), and a later backup must derive the same key check or be made with
``new_passphrase``.
"""

from __future__ import annotations

import base64
import hmac

from ..db import Database
from ..errors import QT_TRANSLATE_NOOP
from . import BackupError
from .archive import Header, KdfParams, derive_keys

SETTING_KEY = "backup_passphrase_check"

DIFFERENT_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Errors",
    "This is not the passphrase of the earlier backups. Type it again, or choose to use a new passphrase (typed twice). Nothing was written.",
)


def has_passphrase(db: Database) -> bool:
    from ..settings_store import get_setting

    with db.session() as session:
        return bool(get_setting(session, SETTING_KEY))


def check_passphrase(db: Database, passphrase: str) -> None:
    """Refuse a passphrase that differs from the last backup's; pass when none is remembered."""
    from ..settings_store import get_setting

    with db.session() as session:
        stored = get_setting(session, SETTING_KEY)
    if not stored:
        return
    try:
        salt = base64.b64decode(stored["salt"])
        params = KdfParams(**{k: int(stored[k]) for k in ("n", "r", "p")})
        expected = str(stored["check"])
        params.check("")  # a forged cost in the database must not cost minutes of CPU either
    except (KeyError, ValueError, TypeError, BackupError):
        return  # an unreadable record must not stop backups
    if not hmac.compare_digest(derive_keys(passphrase, salt, params).check, expected):
        raise BackupError(DIFFERENT_PASSPHRASE)


def remember_passphrase(db: Database, header: Header) -> None:
    """Keep the new archive's public key-check values for the next backup's comparison."""
    from ..settings_store import set_setting

    with db.session() as session:
        set_setting(session, SETTING_KEY, {"salt": header.salt, **header.kdf, "check": header.key_check})
