"""The archive file: a small readable header, then a chunked AES-256-GCM body.

Layout (integers big-endian)::

    b"CDBACKUP"            magic, 8 bytes
    u32 H                  length of the header
    H bytes                header, UTF-8 JSON padded with spaces (no personal data)
    32 bytes               HMAC-SHA256 over magic, H and header, with the MAC key
    chunks                 each AES-256-GCM(chunk_size plaintext bytes) + 16-byte tag;
                           the last one may be shorter (even empty)

Keys: scrypt(passphrase, salt) gives 64 bytes, the first half encrypts, the
second authenticates the header.  The salt is random per archive, so every
archive has its own key and the nonce can be the chunk's index.  Each chunk's
associated data says whether it is the last one, so a file cut at a chunk
boundary fails as surely as one cut in the middle.  ``key_check`` in the header
tells a wrong passphrase from an altered file.

The header holds the content's SHA-256 and size, which are known only once the
body is written: the header is written with placeholders of the same width and
rewritten in place at the end, before the HMAC.  A file whose writing stopped
half-way therefore never authenticates.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import struct
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, BinaryIO, TypeGuard

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..errors import QT_TRANSLATE_NOOP
from . import BackupError

MAGIC = b"CDBACKUP"
FORMAT_VERSION = 1
CHUNK_SIZE = 1 << 20
TAG_SIZE = 16
MAC_SIZE = 32
MAX_HEADER = 1 << 16
PLACEHOLDER_HASH = "0" * 64
PLACEHOLDER_SIZE = 10**19  # as many digits as any real size will need
# The highest scrypt cost an archive may ask for: what the program itself writes (KdfParams()).
MAX_KDF_N, MAX_KDF_R, MAX_KDF_P = 2**17, 8, 1
SALT_BYTES = 16
MAX_TEXT = 64  # program version, schema revision, time, backend
MAX_COUNTED_TABLES = 200
MAX_COUNT = 10**12
MIN_YEAR, MAX_YEAR = 2000, 2999
_HEX = re.compile(r"^[0-9a-f]+$")
_NAME = re.compile(r"^[A-Za-z0-9_.+-]+$")

NOT_AN_ARCHIVE = QT_TRANSLATE_NOOP("Errors", "The file {path} is not a Cluster Desktop backup.")
DAMAGED_HEADER = QT_TRANSLATE_NOOP(
    "Errors", "The backup {path} is damaged: its header cannot be read. The file was altered or not written to the end."
)
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Errors",
    "The backup {path} was made by a newer version of Cluster Desktop (archive format {found}). Install the newer version of the program.",
)
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Errors", "The passphrase is wrong for the backup {path} (or the salt in its header was altered). Nothing was changed."
)
ALTERED_HEADER = QT_TRANSLATE_NOOP(
    "Errors", "The header of the backup {path} has been altered: its details do not match its signature. Do not trust this file."
)
ALTERED_BODY = QT_TRANSLATE_NOOP(
    "Errors", "The backup {path} is damaged or altered at {offset} bytes into its content. Do not trust this file."
)
TRUNCATED = QT_TRANSLATE_NOOP(
    "Errors", "The backup {path} is incomplete: it ends too early (the stick was pulled out or the copy stopped). Do not trust this file."
)
HASH_MISMATCH = QT_TRANSLATE_NOOP("Errors", "The content of the backup {path} does not match the checksum in its header.")


@dataclass(frozen=True)
class KdfParams:
    """scrypt's cost.  Production uses the default; tests pass cheap ones explicitly."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def check(self, path: str) -> None:
        # Refuse a cost above what the program writes before spending memory and time on it
        # (a forged n = 2**20, r = 32, p = 16 costs minutes of CPU and gigabytes).
        if not (2 <= self.n <= MAX_KDF_N and self.n & (self.n - 1) == 0 and 1 <= self.r <= MAX_KDF_R and 1 <= self.p <= MAX_KDF_P):
            raise BackupError(DAMAGED_HEADER, path=path)


STRONG_KDF = KdfParams()


@dataclass
class Header:
    """What anyone may read without the passphrase: no names, no IINs."""

    program_version: str
    schema_revision: str
    created_at: str  # ISO 8601, UTC
    source_backend: str
    counts: dict[str, int]
    salt: str = ""  # base64
    kdf: dict[str, int] = field(default_factory=dict)
    key_check: str = ""
    content_sha256: str = PLACEHOLDER_HASH
    content_size: int = PLACEHOLDER_SIZE
    chunk_size: int = CHUNK_SIZE
    format: int = FORMAT_VERSION
    cipher: str = "AES-256-GCM"

    def encode(self, width: int = 0) -> bytes:
        raw = json.dumps(asdict(self), sort_keys=True, ensure_ascii=True).encode("ascii")
        return raw.ljust(width, b" ")

    @classmethod
    def decode(cls, raw: bytes, path: str) -> Header:
        """The header, checked field by field: a forged one is «damaged», never a crash or a costly scrypt."""
        try:
            data = json.loads(raw.decode("ascii"))
        except (ValueError, UnicodeDecodeError):
            raise BackupError(DAMAGED_HEADER, path=path) from None
        if not isinstance(data, dict):
            raise BackupError(DAMAGED_HEADER, path=path)
        version = data.get("format")
        if _is_int(version) and version > FORMAT_VERSION:
            raise BackupError(NEWER_FORMAT, path=path, found=version)
        if set(data) != set(cls.__dataclass_fields__) or not _valid_fields(data):
            raise BackupError(DAMAGED_HEADER, path=path)
        header = cls(**data)
        header.kdf_params.check(path)
        return header

    @property
    def kdf_params(self) -> KdfParams:
        return KdfParams(**self.kdf)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: object, pattern: re.Pattern[str] | None = None, length: int = MAX_TEXT) -> bool:
    return isinstance(value, str) and 0 < len(value) <= length and (pattern is None or pattern.match(value) is not None)


def _in_range(value: object, low: int, high: int) -> bool:
    return _is_int(value) and low <= value <= high


def _iso_time(value: object) -> bool:
    """A moment as the program writes it: ISO 8601 with its offset, in a year a backup can have been made."""
    if not _text(value):
        return False
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return False
    # Far from the ends of the calendar, so that converting it to any time zone cannot overflow.
    return moment.tzinfo is not None and MIN_YEAR <= moment.year <= MAX_YEAR


def _salt(value: object) -> bool:
    if not _text(value):
        return False
    try:
        return len(base64.b64decode(str(value), validate=True)) == SALT_BYTES
    except ValueError:
        return False


def _counts(value: object) -> bool:
    return (
        isinstance(value, dict)
        and len(value) <= MAX_COUNTED_TABLES
        and all(_text(k, _NAME) and _in_range(v, 0, MAX_COUNT) for k, v in value.items())
    )


def _kdf(value: object) -> bool:
    return isinstance(value, dict) and set(value) == {"n", "r", "p"} and all(_is_int(v) for v in value.values())


def _valid_fields(data: dict[str, Any]) -> bool:
    """Every field of a header of this format, of the type and within the range the program writes."""
    return (
        _text(data["program_version"], _NAME)
        and _text(data["schema_revision"], _NAME)
        and _iso_time(data["created_at"])
        and _text(data["source_backend"], _NAME)
        and _counts(data["counts"])
        and _salt(data["salt"])
        and _kdf(data["kdf"])
        and _text(data["key_check"], _HEX, 32)
        and len(data["key_check"]) == 32
        and _text(data["content_sha256"], _HEX, 64)
        and len(data["content_sha256"]) == 64
        and _in_range(data["content_size"], 0, PLACEHOLDER_SIZE)
        and _in_range(data["chunk_size"], 1024, 64 * CHUNK_SIZE)
        and data["format"] == FORMAT_VERSION
        and _is_int(data["format"])
        and data["cipher"] == "AES-256-GCM"
    )


@dataclass(frozen=True)
class Keys:
    encryption: bytes
    mac: bytes

    @property
    def check(self) -> str:
        return hmac.new(self.mac, b"Cluster Desktop key check", hashlib.sha256).hexdigest()[:32]


def derive_keys(passphrase: str, salt: bytes, params: KdfParams) -> Keys:
    raw = Scrypt(salt=salt, length=64, n=params.n, r=params.r, p=params.p).derive(passphrase.encode("utf-8"))
    return Keys(raw[:32], raw[32:])


def _prefix(header_bytes: bytes) -> bytes:
    return MAGIC + struct.pack(">I", len(header_bytes))


def _header_mac(keys: Keys, header_bytes: bytes) -> bytes:
    return hmac.new(keys.mac, _prefix(header_bytes) + header_bytes, hashlib.sha256).digest()


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def _aad(index: int, last: bool) -> bytes:
    return MAGIC + index.to_bytes(8, "big") + (b"\x01" if last else b"\x00")


class ArchiveWriter:
    """Writes an archive into ``out`` (opened ``w+b``, seekable); :meth:`close` finishes the header."""

    def __init__(self, out: BinaryIO, header: Header, passphrase: str, kdf: KdfParams) -> None:
        salt = os.urandom(16)
        self.keys = derive_keys(passphrase, salt, kdf)
        self._aes = AESGCM(self.keys.encryption)
        header.salt = base64.b64encode(salt).decode("ascii")
        header.kdf = asdict(kdf)
        header.key_check = self.keys.check
        self.header = header
        self._out = out
        self._width = len(header.encode()) + 64
        self._emit(_prefix(header.encode(self._width)) + header.encode(self._width) + bytes(MAC_SIZE))
        self._hash = hashlib.sha256()
        self._size = 0
        self._pending = bytearray()
        self._index = 0

    def _emit(self, data: bytes) -> None:
        self._out.write(data)

    def write(self, data: bytes) -> int:
        self._hash.update(data)
        self._size += len(data)
        self._pending += data
        # Keep at least one byte back: the last chunk is sealed as the last one in close().
        while len(self._pending) > self.header.chunk_size:
            self._seal(bytes(self._pending[: self.header.chunk_size]), last=False)
            del self._pending[: self.header.chunk_size]
        return len(data)

    def _seal(self, plain: bytes, last: bool) -> None:
        self._emit(self._aes.encrypt(_nonce(self._index), plain, _aad(self._index, last)))
        self._index += 1

    def close(self) -> Header:
        """Seal the last chunk, then write the real header and its MAC over the placeholders."""
        self._seal(bytes(self._pending), last=True)
        self._pending.clear()
        self.header.content_sha256 = self._hash.hexdigest()
        self.header.content_size = self._size
        header_bytes = self.header.encode(self._width)
        self._out.flush()
        self._out.seek(0)
        self._emit(_prefix(header_bytes) + header_bytes + _header_mac(self.keys, header_bytes))
        self._out.flush()
        return self.header


def read_header(stream: BinaryIO, path: str) -> tuple[Header, bytes, bytes]:
    """The header (unauthenticated until :func:`open_body`), its raw bytes and its MAC."""
    prefix = stream.read(len(MAGIC) + 4)
    if prefix and len(prefix) < len(MAGIC) and MAGIC.startswith(prefix):
        raise BackupError(TRUNCATED, path=path)
    if len(prefix) < len(MAGIC) or prefix[: len(MAGIC)] != MAGIC:
        raise BackupError(NOT_AN_ARCHIVE, path=path)
    if len(prefix) < len(MAGIC) + 4:
        raise BackupError(TRUNCATED, path=path)
    (length,) = struct.unpack(">I", prefix[len(MAGIC) :])
    if not 2 <= length <= MAX_HEADER:
        raise BackupError(DAMAGED_HEADER, path=path)
    raw = stream.read(length)
    mac = stream.read(MAC_SIZE)
    if len(raw) < length or len(mac) < MAC_SIZE:
        raise BackupError(TRUNCATED, path=path)
    return Header.decode(raw, path), raw, mac


class ArchiveReader:
    """Reads and authenticates the body chunk by chunk; ``read`` gives plaintext, like a file."""

    def __init__(self, stream: BinaryIO, path: str, passphrase: str, keys: Keys | None = None) -> None:
        """``keys`` (already derived, when reading back what was just written) saves a second scrypt."""
        self.path = path
        self.header, raw, mac = read_header(stream, path)
        if keys is None:
            keys = derive_keys(passphrase, self._salt(path), self.header.kdf_params)
        if not hmac.compare_digest(keys.check, self.header.key_check):
            raise BackupError(WRONG_PASSPHRASE, path=path)
        if not hmac.compare_digest(_header_mac(keys, raw), mac):
            raise BackupError(ALTERED_HEADER, path=path)
        self._aes = AESGCM(keys.encryption)
        self._stream = stream
        self._index = 0
        self._buffer = b""
        self._pos = 0
        self._next = stream.read(self.header.chunk_size + TAG_SIZE)
        self._finished = False
        self._hash = hashlib.sha256()
        self.size = 0

    def _salt(self, path: str) -> bytes:
        self.header.kdf_params.check(path)
        try:
            return base64.b64decode(self.header.salt, validate=True)
        except ValueError:
            raise BackupError(DAMAGED_HEADER, path=path) from None

    def _open_chunk(self) -> bytes:
        sealed = self._next
        self._next = self._stream.read(self.header.chunk_size + TAG_SIZE)
        last = not self._next
        if len(sealed) < TAG_SIZE:
            raise BackupError(TRUNCATED, path=self.path)
        try:
            plain = self._aes.decrypt(_nonce(self._index), sealed, _aad(self._index, last))
        except InvalidTag:
            # A full chunk that had to be the last: the file was cut at a chunk boundary.
            truncated = last and len(sealed) == self.header.chunk_size + TAG_SIZE and self.size < self.header.content_size
            raise BackupError(TRUNCATED if truncated else ALTERED_BODY, path=self.path, offset=self.size) from None
        self._index += 1
        self._finished = last
        self._hash.update(plain)
        self.size += len(plain)
        return plain

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            parts = [self._buffer[self._pos :]]
            while not self._finished:
                parts.append(self._open_chunk())
            self._buffer, self._pos = b"", 0
            return b"".join(parts)
        if self._pos >= len(self._buffer):
            if self._finished:
                return b""
            self._buffer, self._pos = self._open_chunk(), 0
        data = self._buffer[self._pos : self._pos + size]
        self._pos += len(data)
        return data

    def finish(self) -> None:
        """Read to the end and check the content's size and SHA-256 against the header."""
        while self.read(CHUNK_SIZE):
            pass
        if self.size != self.header.content_size or not hmac.compare_digest(self._hash.hexdigest(), self.header.content_sha256):
            raise BackupError(HASH_MISMATCH, path=self.path)
