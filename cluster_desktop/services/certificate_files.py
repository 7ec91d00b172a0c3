"""Issuing certificates into PDF files, and writing the book of issued certificates.

Certificates are issued in batches of 1, 2, 4, … up to :data:`BATCH_LIMIT`,
one transaction each: for each certificate take the number, record it, render
its PDF to a temporary file in the output folder; then sync all the batch's
files, rename them to their final names, sync the folder once, and commit.
If anything in a batch fails, the transaction rolls back (its numbers are not
consumed) and none of its files is left; the batches before it stay issued.
A certificate is reported done (``on_step``, the list returned) only once its
file is on disk and its record committed, so a cancel between two batches
leaves every certificate reported complete, with its file.  A crash between
the renames and the commit can leave files without records, never a record
without its file; a later issue then refuses to overwrite such a file.

The batches grow so that the first certificate is on disk at once and a
failure or cancel early costs little, while a long run pays one commit and
one folder sync per :data:`BATCH_LIMIT` certificates instead of per file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..college import CollegeDetails, load_college_details, require_college_details
from ..db import Database
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..files import FileBatch, atomic_write
from ..ids import mask_id_number
from ..languages import printed_name
from ..models import Certificate, CertificateStatus, ConsentPurpose, Enrolment
from ..permissions import Permission, require
from ..signing import InstallationKey, load_or_create_key, register_key
from .certificate_blanks import blank_for
from .certificate_registry import (
    RegistryFilter,
    RegistrySort,
    count_registry,
    registry_page,
)
from .certificates import issue_certificate, issue_duplicate
from .consent_rules import require_purpose

if TYPE_CHECKING:
    from ..documents.blank import BlankData

FOLDER_UNWRITABLE = QT_TRANSLATE_NOOP("Errors", "Cannot write certificates to the folder {folder} ({reason}). Choose another folder.")
FILE_EXISTS = QT_TRANSLATE_NOOP("Errors", "The folder {folder} already holds a file named {name}; choose an empty folder.")
BATCH_LIMIT = 64
REPORT_FORMAT = QT_TRANSLATE_NOOP("Errors", "Cannot write «{name}»: choose a file ending in .xlsx, .csv or .pdf.")


@dataclass(frozen=True)
class IssuedFile:
    number: str
    path: Path


def installation_key(db: Database) -> InstallationKey:
    """This installation's key, created on first use and registered in the database."""
    key = load_or_create_key(db.data_dir)
    with db.session() as session:
        register_key(session, key)
    return key


def check_output_folder(folder: Path) -> Path:
    """Create ``folder`` if needed and prove a file can be written there — before any number is taken."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".~probe", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise UserError(FOLDER_UNWRITABLE, folder=str(folder), reason=exc.strerror or str(exc)) from None
    return folder


def write_pdf(blanks: Iterable[BlankData], target: Path, on_page: Callable[[], None] | None = None) -> int:
    """Render ``blanks`` into ``target`` whole or not at all (temporary file, fsync, rename); pages written."""
    from ..documents.certificate import render_certificates

    return atomic_write(Path(target), lambda stream: render_certificates(blanks, stream, on_page))


def _batches(count: int, limit: int = BATCH_LIMIT) -> list[range]:
    """Index ranges of 1, 2, 4, … up to ``limit`` items covering ``count``."""
    batches, start, size = [], 0, 1
    while start < count:
        batches.append(range(start, min(start + size, count)))
        start += size
        size = min(size * 2, limit)
    return batches


def _issue_batch(db: Database, out_dir: Path, makers: Sequence[Callable[[Session, CollegeDetails], Certificate]]) -> list[IssuedFile]:
    """Record the certificates ``makers`` make and write their PDFs in one transaction; on any failure none remains."""
    from ..documents.certificate import render_certificates

    files = FileBatch()
    issued: list[IssuedFile] = []
    committed = False
    try:
        with db.session() as session:
            college = load_college_details(session)
            for make in makers:
                certificate = make(session, college)
                target = out_dir / f"{certificate.registration_number}.pdf"
                if target.exists():
                    raise UserError(FILE_EXISTS, folder=str(out_dir), name=target.name)
                blank = blank_for(session, certificate, college)
                files.write(target, partial(render_certificates, [blank]))
                issued.append(IssuedFile(certificate.registration_number, target))
            files.commit()
        committed = True
    finally:
        files.discard()
        if not committed:
            for path in files.placed:
                path.unlink(missing_ok=True)  # written, but the commit failed: no file without its record
    return issued


def _prepare(db: Database, out_dir: Path, language: str | None) -> tuple[InstallationKey, Path]:
    """Refuse early — folder, college details — so that a doomed batch takes no number."""
    out_dir = check_output_folder(out_dir)
    if language is not None:
        with db.session() as session:
            require_college_details(load_college_details(session), language)
    return installation_key(db), out_dir


def _require_consents(db: Database, enrolment_ids: Sequence[int], issued_on: date) -> None:
    """Refuse the whole batch, naming them, when any holder's consent does not allow education records on ``issued_on``.

    Batches commit one after another: checked before the first, so a refusal leaves no certificate and takes no number.
    """
    with db.session() as session:
        holders: list[int] = []
        for start in range(0, len(enrolment_ids), 500):
            chunk = list(enrolment_ids[start:start + 500])
            found = dict(session.execute(select(Enrolment.id, Enrolment.person_id).where(Enrolment.id.in_(chunk))).tuples().all())
            holders.extend(found[e] for e in chunk if e in found)
        require_purpose(session, holders, ConsentPurpose.EDUCATION, issued_on)


def issue_to_folder(
    db: Database,
    enrolment_ids: Sequence[int],
    language: str,
    out_dir: Path,
    issued_on: date | None = None,
    on_step: Callable[[int, int], None] | None = None,
) -> list[IssuedFile]:
    """Issue a certificate for each enrolment and write ``out_dir/NUMBER.pdf``, in growing batches (see above).

    ``on_step(done, total)`` runs for each certificate once its batch is committed, and may raise to cancel.
    """
    issued_on = issued_on or date.today()
    key, out_dir = _prepare(db, out_dir, language)
    _require_consents(db, enrolment_ids, issued_on)
    issued: list[IssuedFile] = []
    total = len(enrolment_ids)
    for batch in _batches(total):
        makers = [
            lambda s, c, e=enrolment_ids[index]: issue_certificate(s, e, language, issued_on, key, c) for index in batch
        ]
        for item in _issue_batch(db, out_dir, makers):
            issued.append(item)
            if on_step is not None:
                on_step(len(issued), total)
    return issued


def duplicate_to_folder(
    db: Database, certificate_id: int, out_dir: Path, language: str | None = None, issued_on: date | None = None
) -> IssuedFile:
    """Issue a duplicate (its own number, pointing to the original) and write its PDF."""
    key, out_dir = _prepare(db, out_dir, language)
    [item] = _issue_batch(db, out_dir, [lambda s, c: issue_duplicate(s, certificate_id, key, c, issued_on, language)])
    return item


def _status_word(row_status: CertificateStatus, duplicate_of: str | None, language: str) -> str:
    """«revoked», «issued» or «duplicate KP-2026-000001» in ``language`` (words from the registry book's texts)."""
    from ..documents.texts import document_texts

    words = document_texts("registry", language)["statuses"]
    if row_status is CertificateStatus.REVOKED:
        return words["revoked"]
    return f"{words['duplicate']} {duplicate_of}" if duplicate_of else words["issued"]


def registry_table(session: Session, language: str, flt: RegistryFilter | None = None) -> list[tuple]:
    """The book of issued certificates in number order, IIN in full (for XLSX)."""
    flt = flt or RegistryFilter()
    total = count_registry(session, flt)
    rows = registry_page(session, flt, RegistrySort.NUMBER, False, 0, max(total, 1), total)
    return [
        (
            r.registration_number, r.issued_on, printed_name(r.full_name, language), r.iin, r.programme_name, r.language,
            _status_word(r.status, r.duplicate_of_number, language), r.duplicate_of_number, r.revoke_reason,
        )
        for r in rows
    ]


def write_registry_report(
    session: Session, path: Path, language: str = "ru", flt: RegistryFilter | None = None
) -> Path:
    """Write the registry book as XLSX or CSV (IIN in full) or PDF (IIN masked except its last 4 digits)."""
    require(session, Permission.EXPORT_PERSONAL_DATA)
    audit.record(session, audit.EXPORT, "certificate", None, {"list": "registry", "file": Path(path).name})
    path = Path(path)
    suffix = path.suffix.lower()
    table = registry_table(session, language, flt)
    if suffix in (".xlsx", ".csv"):
        from ..documents.texts import document_texts
        from ..spreadsheets.writer import write_table

        texts = document_texts("registry", language)
        return write_table(path, texts["spreadsheet_columns"], table, title=texts["title"])
    if suffix != ".pdf":
        raise UserError(REPORT_FORMAT, name=path.name)
    from ..documents.registry import RegistryLine, render_registry

    college = load_college_details(session)
    require_college_details(college, language)
    lines = [RegistryLine(row[0], row[1], row[2], mask_id_number(row[3]), row[4], row[6]) for row in table]
    atomic_write(path, lambda stream: render_registry(lines, stream, college, language))
    return path
