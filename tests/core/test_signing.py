"""The installation key and the signed QR payload."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from cluster_desktop.errors import UserError
from cluster_desktop.paths import CERTIFICATE_KEY_FILE, KEYS_DIR
from cluster_desktop.signing import (
    PayloadError,
    SignedFields,
    decode_payload,
    export_public_key,
    key_path,
    load_or_create_key,
    sign_fields,
    signature_is_valid,
)


def _fields(key_id: str, name: str = "Қасымова Әйгерім Нұрланқызы") -> SignedFields:
    return SignedFields(
        "KP-2026-000042", name, "Тау-кен өндірісіндегі электр жабдықтарына қызмет көрсету", date(2026, 6, 30), key_id
    )


def test_key_is_created_once_private_and_reused(tmp_path: Path) -> None:
    first = load_or_create_key(tmp_path)
    path = tmp_path / KEYS_DIR / CERTIFICATE_KEY_FILE
    assert path.exists() and key_path(tmp_path) == path
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert b"PRIVATE KEY" in path.read_bytes()
    again = load_or_create_key(tmp_path)
    assert again.key_id == first.key_id and len(first.key_id) == 16
    assert [p.name for p in path.parent.iterdir()] == [CERTIFICATE_KEY_FILE]  # no temporary file left


def test_damaged_key_is_reported_not_replaced(tmp_path: Path) -> None:
    path = key_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a key")
    with pytest.raises(UserError, match="cannot be read"):
        load_or_create_key(tmp_path)
    assert path.read_bytes() == b"not a key"


def test_payload_round_trip_is_short_ascii_and_verifies(tmp_path: Path) -> None:
    key = load_or_create_key(tmp_path)
    payload = sign_fields(key, _fields(key.key_id))
    assert payload.isascii() and payload.startswith("CD1.")
    assert len(payload) <= 300
    decoded = decode_payload(payload)
    assert decoded.fields == _fields(key.key_id)
    assert signature_is_valid(key.public_raw, decoded)


def test_names_outside_the_kazakh_code_page_still_work(tmp_path: Path) -> None:
    key = load_or_create_key(tmp_path)
    fields = _fields(key.key_id, name="Łukasz Żółć 李")
    decoded = decode_payload(sign_fields(key, fields))
    assert decoded.fields == fields and signature_is_valid(key.public_raw, decoded)


def test_tampered_payload_or_other_key_fails(tmp_path: Path) -> None:
    key = load_or_create_key(tmp_path / "a")
    other = load_or_create_key(tmp_path / "b")
    payload = sign_fields(key, _fields(key.key_id))
    assert not signature_is_valid(other.public_raw, decode_payload(payload))
    prefix, body, signature = payload.split(".")
    for position in range(2, len(body) - 2, 7):
        changed = body[:position] + ("A" if body[position] != "A" else "B") + body[position + 1 :]
        try:
            decoded = decode_payload(f"{prefix}.{changed}.{signature}")
        except PayloadError as exc:
            assert exc.ours
            continue
        assert not signature_is_valid(key.public_raw, decoded)


@pytest.mark.parametrize("text", ["", "hello", "https://example.kz/cert/42", "CD2.a.b", "CD1.only-two"])
def test_foreign_text_is_not_ours(text: str) -> None:
    with pytest.raises(PayloadError) as raised:
        decode_payload(text)
    assert not raised.value.ours


def test_exported_public_key_loads(tmp_path: Path) -> None:
    key = load_or_create_key(tmp_path)
    path = export_public_key(key, tmp_path / "public.pem")
    public = serialization.load_pem_public_key(path.read_bytes())
    assert public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw) == key.public_raw
