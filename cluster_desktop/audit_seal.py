"""What keeps the audit log honest against someone who can write the database file: a key and an anchor.

A plain hash chain proves only that the entries fit each other; whoever can
write the database can delete the last entries, or rewrite one and every hash
after it, and the chain fits again.  Two things outside the database stop that:

- **The key** (``keys/audit-hmac.key`` in the data folder, 32 random bytes).
  It is made on first use and written owner-only as the first transaction
  sealed with it commits; backups carry it like the certificate signing key.
  Each entry's ``hash`` is ``<key id>:<HMAC-SHA256>``: 8 hex digits naming the
  key, a colon, the MAC's first 55 hex digits — the column's 64 characters,
  told apart from a plain SHA-256 by the colon.  Without the key no one can
  write an entry that verifies.  Entries written before the key existed (plain
  SHA-256) are sealed once: the first keyed entry is a ``seal`` entry whose MAC
  covers the hash of the last unkeyed one, and through it every entry before.
- **The anchor** (``audit-anchor-<database>.json`` beside the database, not in
  backups): the last entry this PC saw after each commit that appended — its
  id and MAC — and the first entry's.  Deleting entries at the end and moving
  ``audit_head`` back, or emptying both tables, leaves the anchor pointing past
  the end.  The anchor only moves forward along the chain it saw: when the
  database no longer holds the anchored entry, it stays where it was and
  ``check`` keeps saying so.  A restore (its ``restore`` entry) resets it to the
  restored database; so does ``check --reset-anchor``, which an administrator
  runs knowingly.  A database made anew (a first set-up retried, a demo
  database deleted) gets a new anchor with its first entry, which is sealed with
  this PC's key and so cannot be forged; until that first entry is written, an
  empty new log looks exactly like an emptied one.

Two PCs on one PostgreSQL database: each PC has its own key and its own anchor.
A PC proves the content of its own entries and the order of all of them; the
entries of another PC (another key id) it checks only for their place in the
chain — that PC's ``check`` proves their content.  Someone who relabels an
entry with a made-up key id must rewrite every later link up to the head, and
the anchor of any PC that wrote after it then shows the change.  The anchor
says «at least N entries existed, and entry N was this one»: other PCs append
after it, which is fine.  After a restore on a shared database the other PCs'
anchors no longer match (their entry N is gone); their ``check`` reports it
until their anchor is reset with ``check --reset-anchor``.  A shared
database's backup restored into SQLite keeps the other PCs' entries; they are
accepted there only before this PC's own first entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import threading
import weakref
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Engine

from .errors import QT_TRANSLATE_NOOP, UserError
from .paths import KEYS_DIR, default_data_dir

KEY_FILE = "audit-hmac.key"
KEY_BYTES = 32
KEY_ID_LENGTH = 8  # hex digits of SHA-256(key) naming the key in front of each sealed entry's MAC
ANCHOR_PREFIX = "audit-anchor-"

KEY_UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "The audit log key {path} cannot be read ({reason}). Restore the keys folder from a backup; without it the audit log cannot be checked or written.",
)
KEY_UNWRITABLE = QT_TRANSLATE_NOOP("Errors", "Cannot save the audit log key in {folder} ({reason}).")
KEY_RACE = QT_TRANSLATE_NOOP(
    "Errors", "Another Cluster Desktop made the audit log key at the same moment. Nothing was saved; please do it again."
)


@dataclass(frozen=True)
class Anchor:
    """The last entry this PC saw: at least ``last_id`` entries existed, and entry ``last_id`` had ``last_hash``.

    ``first_hash`` (entry 1's) tells a database made anew (the first set-up
    failed and was retried, a demo database deleted) from one cut short.
    """

    last_id: int
    last_hash: str
    first_hash: str = ""


@dataclass(frozen=True)
class Seal:
    """Where the key and the anchor of one database live on this PC.

    The key is read at each use (65 bytes): a restore may have replaced it.
    """

    data_dir: Path | None  # None: a database without a data folder (in memory): the chain is not keyed
    database_name: str

    @property
    def key_path(self) -> Path | None:
        return None if self.data_dir is None else self.data_dir / KEYS_DIR / KEY_FILE

    @property
    def anchor_path(self) -> Path | None:
        return None if self.data_dir is None else self.data_dir / f"{ANCHOR_PREFIX}{self.database_name}.json"

    def key(self, create: bool) -> bytes | None:
        """The key; None when there is none.  With ``create`` a missing one is made, in memory until :meth:`save_key`."""
        path = self.key_path
        if path is None:
            return None
        if not path.exists():
            with _pending_lock:
                if path not in _pending_keys and create:
                    _pending_keys[path] = secrets.token_bytes(KEY_BYTES)
                return _pending_keys.get(path)
        return _read_key(path)

    def save_key(self) -> None:
        """Write the key made in memory, as the first transaction sealed with it commits.

        A transaction that is rolled back leaves no key file behind (a refused
        first set-up leaves nothing).  Raises :class:`UserError` when the key
        cannot be written, or when another program wrote another key at the
        same moment: the commit then fails and nothing is saved.
        """
        path = self.key_path
        with _pending_lock:
            pending = _pending_keys.get(path) if path is not None else None
        if path is None or pending is None:
            return
        from .signing import _write_new_key  # the one way the program writes a new private key (0600, never over one)

        try:
            _write_new_key(path, pending.hex().encode("ascii") + b"\n")
        except OSError as exc:
            raise UserError(KEY_UNWRITABLE, folder=str(path.parent), reason=exc.strerror or str(exc)) from None
        with _pending_lock:
            _pending_keys.pop(path, None)
        if _read_key(path) != pending:
            raise UserError(KEY_RACE)

    def read_anchor(self) -> Anchor | None:
        """The anchor, or None when there is none (or it is unreadable: a power cut during its rename)."""
        path = self.anchor_path
        if path is None:
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            last_id, last_hash, first_hash = data["last_id"], data["last_hash"], data.get("first_hash", "")
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        if not isinstance(last_id, int) or isinstance(last_id, bool) or last_id < 0:
            return None
        if not isinstance(last_hash, str) or not isinstance(first_hash, str):
            return None
        return Anchor(last_id, last_hash, first_hash)

    def write_anchor(self, anchor: Anchor) -> None:
        """Replace the anchor; best effort (an anchor that cannot be written only weakens ``check``)."""
        path = self.anchor_path
        if path is None:
            return
        temporary = path.with_name(f".{path.name}.new")
        try:
            temporary.write_text(json.dumps(asdict(anchor)) + "\n", encoding="utf-8")
            os.replace(temporary, path)
        except OSError:
            temporary.unlink(missing_ok=True)


_pending_keys: dict[Path, bytes] = {}  # keys made but not yet written: no transaction sealed with them has committed
_pending_lock = threading.Lock()


def _read_key(path: Path) -> bytes:
    try:
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    except OSError as exc:
        raise UserError(KEY_UNREADABLE, path=str(path), reason=exc.strerror or str(exc)) from None
    except (ValueError, UnicodeDecodeError):
        raise UserError(KEY_UNREADABLE, path=str(path), reason="not a key") from None
    if len(key) != KEY_BYTES:
        raise UserError(KEY_UNREADABLE, path=str(path), reason="not a key")
    return key


def key_id_of(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()[:KEY_ID_LENGTH]


def database_name(engine: Engine) -> str:
    """How the anchor's file name tells databases apart: the SQLite file's name, or a digest of server and database."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return Path(url.database or "memory").name
    where = f"{url.host}:{url.port or 5432}/{url.database}"
    return "postgresql-" + hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]


def data_dir_of(engine: Engine) -> Path | None:
    """The data folder of ``engine``'s database: an SQLite file's folder; for a server, the default data folder."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        if url.database in (None, "", ":memory:"):
            return None
        return Path(url.database or "").absolute().parent
    return default_data_dir()


_seals: weakref.WeakKeyDictionary[Engine, Seal] = weakref.WeakKeyDictionary()


def seal_for(engine: Engine) -> Seal:
    """The seal of ``engine``'s database on this PC (found once per engine)."""
    seal = _seals.get(engine)
    if seal is None:
        seal = _seals[engine] = Seal(data_dir_of(engine), database_name(engine))
    return seal
