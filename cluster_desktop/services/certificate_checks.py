"""Checking a certificate shown to the college: its QR payload (scanned or pasted), its PDF, or its number.

Offline: the signature is checked against the public keys in ``signing_key``
(every installation on this database registers its own), then the number is
looked up in the registry.

A PDF is judged by what its pages show (:mod:`..documents.certificate_reading`):
the code drawn on each page must be genuine and the page's number, name,
programme and date must be the ones the code states; the file must end where
the program ended it.  Its metadata is only a hint that must agree.

A number typed by hand finds the registry's record; it proves nothing about a
paper, so the answer says whose number it is and that the name on the paper
must be the same.  Showing that name is a read of personal data: it needs a login.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP, UserError
from ..languages import LANGUAGES
from ..models import Certificate, SigningKey
from ..permissions import Permission, require
from ..signing import PREFIX, PayloadError, SignedFields, decode_payload, payload_matches, signature_is_valid
from .certificates import NOT_A_NUMBER, is_effectively_revoked, parse_registration_number, registration_number, signed_fields

if TYPE_CHECKING:
    from ..documents.certificate_reading import PageReading

NOT_A_BLANK_PAGE = QT_TRANSLATE_NOOP("Errors", "A page is not the size of a certificate blank.")
NO_CODE = QT_TRANSLATE_NOOP("Errors", "A page carries no certificate code of this program.")
SEVERAL_CODES = QT_TRANSLATE_NOOP("Errors", "A page carries more than one code.")
HIDDEN_TEXT = QT_TRANSLATE_NOOP("Errors", "The page has text that cannot be seen (invisible, transparent or white).")
COVERED_TEXT = QT_TRANSLATE_NOOP("Errors", "Something is drawn over the certificate's text.")
TEXT_DIFFERS = QT_TRANSLATE_NOOP("Errors", "What the page says (number, name, programme or date) is not what its code says.")
APPENDED = QT_TRANSLATE_NOOP("Errors", "The file was changed after it was printed: something was added after its end.")
HINT_DIFFERS = QT_TRANSLATE_NOOP("Errors", "The file's metadata names other certificates than its pages show.")
NAME_MUST_MATCH = QT_TRANSLATE_NOOP(
    "Errors",
    "Found by its number only: the name on the paper must be exactly the one above, or the paper is not this certificate.",
)


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
    fields: SignedFields | None  # what the payload states, or the registry for a number (None when unknown)
    reason: str = ""  # why a page is altered when its code alone is not (an "Errors" template), else ""
    asked_number: str = ""  # the number typed, when checked by number: that says nothing of the paper's name

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
    if certificate is None or not payload_matches(certificate.payload, "".join(text.split())):
        # Genuinely signed, but not this registry's record (another database signed with the same key).
        return VerificationResult(Verdict.UNKNOWN, certificate, stated)
    if is_effectively_revoked(certificate):
        return VerificationResult(Verdict.REVOKED, certificate, stated)
    return VerificationResult(Verdict.VALID, certificate, stated)


def verify_pdf(session: Session, data: bytes) -> list[VerificationResult]:
    """The verdict on every page of a PDF, read as a person sees it; :class:`UserError` if it is not one of ours."""
    from ..documents.certificate import NOT_OUR_CERTIFICATE
    from ..documents.certificate_reading import read_certificate_pdf

    reading = read_certificate_pdf(data)
    if not any(code.startswith(PREFIX + ".") for page in reading.pages for code in page.codes):
        raise UserError(NOT_OUR_CERTIFICATE)
    results = [_page_result(session, page) for page in reading.pages]
    shown = [page.codes[0] for page in reading.pages if len(page.codes) == 1]
    hint_differs = any(["".join(p.split()) for p in block] != shown for block in reading.hinted)
    problem = APPENDED if reading.appended else HINT_DIFFERS if hint_differs else ""
    if problem:
        results = [r if r.verdict is Verdict.ALTERED else _altered(r.fields, problem) for r in results]
    return results


def _altered(fields: SignedFields | None, reason: str) -> VerificationResult:
    return VerificationResult(Verdict.ALTERED, None, fields, reason)


def _page_result(session: Session, page: PageReading) -> VerificationResult:
    if not page.blank_size:
        return _altered(None, NOT_A_BLANK_PAGE)
    if len(page.codes) > 1:
        return _altered(None, SEVERAL_CODES)
    result = verify(session, page.codes[0]) if page.codes else None
    if result is None or result.verdict is Verdict.NOT_OURS:
        return _altered(None, NO_CODE)
    if result.verdict is Verdict.ALTERED or result.fields is None:
        return result
    if page.hidden_text:
        return _altered(result.fields, HIDDEN_TEXT)
    if page.covered_text:
        return _altered(result.fields, COVERED_TEXT)
    if not any(_page_says(page, result.fields, language) for language in LANGUAGES):
        return _altered(result.fields, TEXT_DIFFERS)
    return result


def _squash(text: str) -> str:
    return "".join(text.split())


def _page_says(page: PageReading, stated: SignedFields, language: str) -> bool:
    """Whether the page's boxes hold exactly what a blank in ``language`` prints for ``stated``."""
    from ..documents.texts import date_in_words, document_texts

    texts = document_texts("certificate", language)
    number = stated.registration_number
    facts = {_squash(line) for line in page.facts}
    return (
        _squash("".join(page.number)) == _squash(texts["number"].format(number=number))
        and _squash("".join(page.name)) == _squash(stated.full_name)
        and _opens_with(page.body, _squash(texts["programme"].format(name=stated.programme_name)))
        and _squash(texts["registration_number"].format(number=number)) in facts
        and _squash(texts["issued_on"].format(date=date_in_words(texts, stated.issued_on))) in facts
    )


def _opens_with(lines: tuple[str, ...], expected: str) -> bool:
    """Whether the first few whole lines are ``expected`` (the programme, wrapped over up to three lines)."""
    joined = ""
    for line in lines[:3]:
        joined += _squash(line)
        if joined == expected:
            return True
    return False


# Letters that look Latin but were typed on a Cyrillic keyboard layout, and dashes other than '-'.
_LOOK_ALIKES = str.maketrans("АВЕКМНОРСТУХІ‐‑‒–—―−", "ABEKMHOPCTYXI-------")
_NUMBER_SHAPE = re.compile(r"(?:№|NO\.?)?([A-Z]{2})-?(\d{4})-?(\d{1,9})")  # series: two letters (SERIES)


def read_number(text: str) -> str | None:
    """``text`` as a registration number (``kp 2026 000042``, Cyrillic ``КР-2026-42``…), or None if it is not one."""
    squashed = _squash(text).upper().translate(_LOOK_ALIKES)
    match = _NUMBER_SHAPE.fullmatch(squashed)
    if match is None:
        return None
    series, year, serial = match.groups()
    return registration_number(series, int(year), int(serial))


def check_number(session: Session, text: str) -> VerificationResult:
    """The registry's record for a typed number: valid, revoked or unknown, with its holder (a login is needed)."""
    require(session, Permission.READ_PERSONAL_DATA)
    number = read_number(text)
    if number is None:
        raise UserError(NOT_A_NUMBER, text=text.strip()[:60])
    series, year, serial = parse_registration_number(number)
    certificate = session.scalar(
        select(Certificate).where(Certificate.series == series, Certificate.year == year, Certificate.number == serial)
    )
    if certificate is None:
        return VerificationResult(Verdict.UNKNOWN, None, None, asked_number=number)
    verdict = Verdict.REVOKED if is_effectively_revoked(certificate) else Verdict.VALID
    return VerificationResult(verdict, certificate, signed_fields(certificate), asked_number=number)


def overall(results: list[VerificationResult]) -> Verdict:
    """One verdict for several (a PDF with many blanks): valid only if all are; else the worst."""
    order = [Verdict.NOT_OURS, Verdict.ALTERED, Verdict.UNKNOWN, Verdict.REVOKED, Verdict.VALID]
    if not results:
        return Verdict.NOT_OURS
    return min((r.verdict for r in results), key=order.index)
