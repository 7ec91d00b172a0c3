"""Checking a certificate shown to the college: its QR payload (scanned or pasted) or its PDF.

Offline: the signature is checked against the public keys in ``signing_key``
(every installation on this database registers its own), then the number is
looked up in the registry.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import UserError
from ..models import Certificate, SigningKey
from ..signing import PayloadError, SignedFields, decode_payload, signature_is_valid
from .certificates import is_effectively_revoked, parse_registration_number


class Verdict(str, enum.Enum):
    VALID = "valid"  # signed by a known key, in the registry, not revoked
    REVOKED = "revoked"  # genuine, but revoked (or a duplicate of a revoked original)
    ALTERED = "altered"  # our format, but the signature does not match: changed or forged
    UNKNOWN = "unknown"  # well-formed and correctly shaped, but the key or the number is not known here
    NOT_OURS = "not_ours"  # not a Cluster Desktop payload at all


@dataclass(frozen=True)
class VerificationResult:
    verdict: Verdict
    certificate: Certificate | None
    fields: SignedFields | None  # what the payload states (None when it cannot be read)

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.VALID


def verify(session: Session, text: str) -> VerificationResult:
    """The verdict on a payload as scanned or pasted."""
    try:
        decoded = decode_payload(text)
    except PayloadError as exc:
        return VerificationResult(Verdict.ALTERED if exc.ours else Verdict.NOT_OURS, None, None)
    stated = decoded.fields
    key = session.get(SigningKey, stated.key_id)
    if key is None:
        return VerificationResult(Verdict.UNKNOWN, None, stated)
    if not signature_is_valid(key.public_key, decoded):
        return VerificationResult(Verdict.ALTERED, None, stated)
    try:
        series, year, number = parse_registration_number(stated.registration_number)
    except UserError:
        return VerificationResult(Verdict.UNKNOWN, None, stated)
    certificate = session.scalar(
        select(Certificate).where(Certificate.series == series, Certificate.year == year, Certificate.number == number)
    )
    if certificate is None or certificate.payload != "".join(text.split()):
        # Genuinely signed, but not this registry's record (another database signed with the same key).
        return VerificationResult(Verdict.UNKNOWN, certificate, stated)
    if is_effectively_revoked(certificate):
        return VerificationResult(Verdict.REVOKED, certificate, stated)
    return VerificationResult(Verdict.VALID, certificate, stated)


def verify_pdf(session: Session, data: bytes) -> list[VerificationResult]:
    """The verdict on every certificate in a PDF; :class:`UserError` if it is not one of our PDFs."""
    from ..documents.certificate import payloads_in_pdf

    return [verify(session, payload) for payload in payloads_in_pdf(data)]


def overall(results: list[VerificationResult]) -> Verdict:
    """One verdict for several (a PDF with many blanks): valid only if all are; else the worst."""
    order = [Verdict.NOT_OURS, Verdict.ALTERED, Verdict.UNKNOWN, Verdict.REVOKED, Verdict.VALID]
    if not results:
        return Verdict.NOT_OURS
    return min((r.verdict for r in results), key=order.index)
