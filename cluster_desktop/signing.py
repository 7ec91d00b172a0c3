"""The installation's Ed25519 key and the signed payload printed as a certificate's QR code.

Each installation (PC) creates its own private key on first use and keeps it in
the data folder (``keys/``, which backups carry).  Its public half goes into the
``signing_key`` table, so that every PC on a shared database can verify the
certificates of every other PC, offline.

The payload is ASCII so that it can be typed, pasted or scanned::

    CD1.<base64url(body)>.<base64url(signature)>

``body`` is a one-byte tag and a compact JSON array ``[number, full name,
programme, issue date (ISO), key id]``.  Tag ``K`` means the JSON is encoded in
KZ-1048, the single-byte code page that has every Kazakh and Russian letter:
a QR code of ~280 characters instead of ~380 with UTF-8, which prints smaller
and scans more easily.  Tag ``U`` (UTF-8) is the fallback for a name with a
letter KZ-1048 lacks.  The signature covers ``body`` exactly as transmitted, so
verification never depends on re-encoding.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy.orm import Session

from .errors import QT_TRANSLATE_NOOP, UserError
from .files import atomic_write
from .models import SigningKey
from .paths import CERTIFICATE_KEY_FILE, KEYS_DIR, default_data_dir, private_folder

PREFIX = "CD1"
# An anonymised holder's certificate keeps its payload (which states the name) only as this prefix and the
# payload's SHA-256 (services.anonymisation): a paper the holder shows still checks, nothing readable is left.
PAYLOAD_DIGEST_PREFIX = "sha256:"
SINGLE_BYTE_TAG = b"K"
UTF8_TAG = b"U"
SINGLE_BYTE_CODEC = "kz1048"
KEY_ID_LENGTH = 16
SIGNATURE_LENGTH = 64
FIELD_COUNT = 5
_BASE64URL = re.compile(r"^[A-Za-z0-9_-]+$")

KEY_UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "The certificate signing key {path} cannot be read ({reason}). Restore the keys folder from a backup, or move the damaged file away to create a new key.",
)
KEY_UNWRITABLE = QT_TRANSLATE_NOOP("Errors", "Cannot save the certificate signing key in {folder} ({reason}).")


class PayloadError(ValueError):
    """The text is not a payload of ours (``ours`` False) or is ours but damaged (``ours`` True)."""

    def __init__(self, ours: bool) -> None:
        super().__init__("damaged payload" if ours else "not a Cluster Desktop payload")
        self.ours = ours


@dataclass(frozen=True)
class InstallationKey:
    """This installation's private key, with the id under which its public half is registered."""

    private_key: Ed25519PrivateKey
    public_raw: bytes
    key_id: str

    @classmethod
    def from_private(cls, private_key: Ed25519PrivateKey) -> InstallationKey:
        raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return cls(private_key, raw, key_id_of(raw))

    def public_pem(self) -> bytes:
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )


@dataclass(frozen=True)
class SignedFields:
    """What a certificate's QR code states about it."""

    registration_number: str
    full_name: str
    programme_name: str
    issued_on: date
    key_id: str


@dataclass(frozen=True)
class DecodedPayload:
    fields: SignedFields
    body: bytes
    signature: bytes


def key_id_of(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:KEY_ID_LENGTH]


def key_path(data_dir: Path | None) -> Path:
    """Where the private key lives; a PostgreSQL database (no data folder of its own) uses the default one."""
    return (data_dir or default_data_dir()) / KEYS_DIR / CERTIFICATE_KEY_FILE


def _write_new_key(path: Path, pem: bytes) -> None:
    """Write ``pem`` to ``path`` atomically with mode 0600 (its folder 0700), unless a key is already there."""
    private_folder(path.parent)
    fd, temporary = tempfile.mkstemp(prefix=".~", suffix=".pem", dir=path.parent)
    try:
        os.chmod(temporary, 0o600)
        with os.fdopen(fd, "wb") as stream:
            stream.write(pem)
            stream.flush()
            os.fsync(stream.fileno())
        # A hard link fails if the target exists: a key made meanwhile by another process is never replaced.
        try:
            os.link(temporary, path)
        except FileExistsError:
            return
        except OSError:
            if path.exists():
                return
            os.replace(temporary, path)  # file systems without hard links (FAT, some shares)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def load_or_create_key(data_dir: Path | None) -> InstallationKey:
    """The installation's key, created on first use in ``data_dir`` (never overwriting an existing one)."""
    path = key_path(data_dir)
    if not path.exists():
        pem = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        try:
            _write_new_key(path, pem)
        except OSError as exc:
            raise UserError(KEY_UNWRITABLE, folder=str(path.parent), reason=exc.strerror or str(exc)) from None
    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise UserError(KEY_UNREADABLE, path=str(path), reason=reason) from None
    if not isinstance(loaded, Ed25519PrivateKey):
        raise UserError(KEY_UNREADABLE, path=str(path), reason="not an Ed25519 key")
    return InstallationKey.from_private(loaded)


def register_key(session: Session, key: InstallationKey, today: date | None = None) -> None:
    """Record the key's public half in the database (once), so other PCs can verify what it signs."""
    if session.get(SigningKey, key.key_id) is not None:
        return
    values = {"key_id": key.key_id, "public_key": key.public_raw, "created_on": today or date.today()}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(SigningKey).values(**values).on_conflict_do_nothing())
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(SigningKey).values(**values).on_conflict_do_nothing())
    else:
        session.add(SigningKey(**values))
        session.flush()


def export_public_key(key: InstallationKey, path: Path) -> Path:
    """Write the public key as PEM (SubjectPublicKeyInfo), for verifying certificates elsewhere."""
    path = Path(path)
    atomic_write(path, lambda stream: stream.write(key.public_pem()))
    return path


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def encode_body(fields: SignedFields) -> bytes:
    values = [fields.registration_number, fields.full_name, fields.programme_name, fields.issued_on.isoformat(), fields.key_id]
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    try:
        return SINGLE_BYTE_TAG + text.encode(SINGLE_BYTE_CODEC)
    except UnicodeEncodeError:
        return UTF8_TAG + text.encode("utf-8")


def payload_matches(stored: str, scanned: str) -> bool:
    """Whether a scanned payload (white space removed) is the one a registry row stored, itself or as its digest."""
    if stored.startswith(PAYLOAD_DIGEST_PREFIX):
        return stored == PAYLOAD_DIGEST_PREFIX + hashlib.sha256(scanned.encode("utf-8")).hexdigest()
    return stored == scanned


def make_payload(body: bytes, signature: bytes) -> str:
    return f"{PREFIX}.{_b64(body)}.{_b64(signature)}"


def sign_fields(key: InstallationKey, fields: SignedFields) -> str:
    """The ASCII payload stating ``fields``, signed with ``key`` (whose id ``fields`` must carry)."""
    if fields.key_id != key.key_id:
        raise ValueError("fields name another key")
    body = encode_body(fields)
    return make_payload(body, key.private_key.sign(body))


def _decode_fields(body: bytes) -> SignedFields:
    tag, rest = body[:1], body[1:]
    codec = {SINGLE_BYTE_TAG: SINGLE_BYTE_CODEC, UTF8_TAG: "utf-8"}.get(tag)
    if codec is None:
        raise PayloadError(ours=True)
    try:
        values = json.loads(rest.decode(codec))
        if not isinstance(values, list) or len(values) != FIELD_COUNT or not all(isinstance(v, str) for v in values):
            raise PayloadError(ours=True)
        number, name, programme, issued, key_id = values
        return SignedFields(number, name, programme, date.fromisoformat(issued), key_id)
    except (UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, PayloadError):
            raise
        raise PayloadError(ours=True) from None


def decode_payload(text: str) -> DecodedPayload:
    """Split a payload into its fields and signature; :class:`PayloadError` if it is not ours or is damaged."""
    parts = "".join(text.split()).split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise PayloadError(ours=False)
    if not all(_BASE64URL.match(part) for part in parts[1:]):
        raise PayloadError(ours=True)
    try:
        body = _unb64(parts[1])
        signature = _unb64(parts[2])
    except (binascii.Error, ValueError):
        raise PayloadError(ours=True) from None
    if len(signature) != SIGNATURE_LENGTH:
        raise PayloadError(ours=True)
    return DecodedPayload(_decode_fields(body), body, signature)


def signature_is_valid(public_raw: bytes, decoded: DecodedPayload) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(decoded.signature, decoded.body)
    except (InvalidSignature, ValueError):
        return False
    return True
