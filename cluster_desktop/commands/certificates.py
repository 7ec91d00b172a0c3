"""``certificates``: issue, verify, revoke, duplicate, the registry book, the public key."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from ..dates import DATE_FORMS, date_argument, numeric_date
from ..languages import LANGUAGES
from . import EXIT_ERROR, EXIT_OK, Handler, open_database_from_args

if TYPE_CHECKING:  # imported where used, to keep the start of every command fast
    from ..db import Database
    from ..services.certificate_checks import VerificationResult


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    parser = commands.add_parser("certificates", help="issue, verify and revoke certificates; write the registry book")
    actions = parser.add_subparsers(dest="certificates_command", metavar="ACTION", required=True)

    issue = actions.add_parser("issue", help="issue certificates and write one PDF per certificate")
    issue.add_argument("--pending", action="store_true", required=True, help="every completed enrolment that has no certificate yet")
    issue.add_argument("--lang", choices=LANGUAGES, required=True, help="language of the blanks")
    issue.add_argument("--out", required=True, metavar="DIR", help="folder for the PDF files")
    issue.add_argument("--date", type=date_argument, metavar="DATE", help=f"date of issue, {DATE_FORMS} (default: today)")

    verify = actions.add_parser(
        "verify", help="check a certificate's QR payload, its PDF, or its number (needs a login); exit 0 only if valid"
    )
    verify.add_argument("source", metavar="PAYLOAD_PDF_OR_NUMBER")

    registry = actions.add_parser("registry", help="write the book of issued certificates (.xlsx or .pdf)")
    registry.add_argument("--out", required=True, metavar="FILE")
    registry.add_argument("--lang", choices=LANGUAGES, default="ru", help="language of the book (default ru)")

    revoke = actions.add_parser("revoke", help="revoke a certificate; it keeps its number")
    revoke.add_argument("number", metavar="NUMBER", help="registration number, e.g. KP-2026-000042")
    revoke.add_argument("--reason", required=True)
    revoke.add_argument("--date", type=date_argument, metavar="DATE", help=f"date of revoking, {DATE_FORMS} (default: today)")

    duplicate = actions.add_parser("duplicate", help="issue a duplicate (with its own number) and write its PDF")
    duplicate.add_argument("number", metavar="NUMBER")
    duplicate.add_argument("--lang", choices=LANGUAGES, help="language (default: the original's)")
    duplicate.add_argument("--out", required=True, metavar="DIR")

    export = actions.add_parser("export-key", help="write this installation's public key (PEM) for verifying elsewhere")
    export.add_argument("file", metavar="FILE")
    return {"certificates": run_certificates}


def run_certificates(args: argparse.Namespace, out: TextIO) -> int:
    handler = {
        "issue": _issue,
        "verify": _verify,
        "registry": _registry,
        "revoke": _revoke,
        "duplicate": _duplicate,
        "export-key": _export_key,
    }[args.certificates_command]
    db = open_database_from_args(args, acting=_acting(args))
    try:
        return handler(db, args, out)
    finally:
        db.dispose()


def _acting(args: argparse.Namespace) -> bool:
    """Every action acts for a logged-in user but a check of a code or a PDF, which shows only what its user brought."""
    if args.certificates_command == "export-key":
        return False
    if args.certificates_command == "verify":
        from ..services.certificate_checks import read_number

        return read_number(args.source) is not None and not _is_file(args.source)  # a number shows whose it is
    return True


def _is_file(source: str) -> bool:
    from pathlib import Path

    path = Path(source)
    try:
        return path.suffix.lower() == ".pdf" or path.is_file()
    except OSError:  # a payload is longer than a file name may be
        return False


def _issue(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from ..services.certificate_files import issue_to_folder
    from ..services.certificate_registry import pending_ids

    with db.session() as session:
        ids = pending_ids(session)
    if not ids:
        out.write("Nothing to issue: every completed enrolment already has a certificate.\n")
        return EXIT_OK
    issued = issue_to_folder(db, ids, args.lang, Path(args.out), args.date)
    out.writelines(f"{item.number}\t{item.path}\n" for item in issued)
    out.write(f"{len(issued)} certificate(s) issued.\n")
    return EXIT_OK


def _describe(result: VerificationResult) -> str:
    from ..services.certificate_checks import NAME_MUST_MATCH, Verdict

    words = {
        Verdict.VALID: "VALID: a genuine certificate of this college, not revoked",
        Verdict.REVOKED: "REVOKED: a genuine certificate, but it has been revoked",
        Verdict.ALTERED: "ALTERED: the code has been changed or forged; the signature does not match",
        Verdict.UNKNOWN: "UNKNOWN: signed by a key or with a number this registry does not know",
        Verdict.NOT_OURS: "NOT OURS: this is not a Cluster Desktop certificate code",
    }
    if result.reason:
        words[Verdict.ALTERED] = "ALTERED: the document has been changed or forged"
    if result.asked_number:
        words[Verdict.VALID] = "VALID: this number is a certificate of this college in force"
        words[Verdict.UNKNOWN] = f"UNKNOWN: there is no certificate {result.asked_number} in this registry"
    lines = [words[result.verdict]]
    if result.reason:
        lines.append(f"  {result.reason}")
    stated = result.fields
    if stated is not None:
        lines.append(f"  number: {stated.registration_number}")
        lines.append(f"  name: {stated.full_name}")
        lines.append(f"  programme: {stated.programme_name}")
        lines.append(f"  issued on: {numeric_date(stated.issued_on)}")
    certificate = result.certificate
    if certificate is not None and certificate.duplicate_of is not None:
        lines.append(f"  duplicate of: {certificate.duplicate_of.registration_number}")
    if certificate is not None and certificate.revoked_on is not None:
        # The reason is free text that may name someone: shown only to a check by number, which needs a login.
        reason = f" ({certificate.revoke_reason})" if result.asked_number else ""
        lines.append(f"  revoked on: {numeric_date(certificate.revoked_on)}{reason}")
    if result.asked_number and stated is not None:
        lines.append(f"  {NAME_MUST_MATCH}")
    return "\n".join(lines) + "\n"


def _verify(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from ..documents.certificate_reading import load_pdf
    from ..services.certificate_checks import Verdict, check_number, overall, read_number, verify, verify_pdf

    with db.session() as session:
        if _is_file(args.source):
            results = verify_pdf(session, load_pdf(Path(args.source)))
        elif read_number(args.source) is not None:
            results = [check_number(session, args.source)]
        else:
            results = [verify(session, args.source)]
        out.writelines(_describe(result) for result in results)
        verdict = overall(results)
    return EXIT_OK if verdict is Verdict.VALID else EXIT_ERROR


def _registry(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from ..services.certificate_files import write_registry_report

    with db.session() as session:
        path = write_registry_report(session, Path(args.out), args.lang)
    out.write(f"Registry written to {path}\n")
    return EXIT_OK


def _revoke(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    from ..services.certificates import find_by_number, revoke

    with db.session() as session:
        certificate = revoke(session, find_by_number(session, args.number).id, args.reason, args.date)
        out.write(f"{certificate.registration_number} revoked on {numeric_date(certificate.revoked_on)}: {certificate.revoke_reason}\n")
    return EXIT_OK


def _duplicate(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from ..services.certificate_files import duplicate_to_folder
    from ..services.certificates import find_by_number

    with db.session() as session:
        certificate_id = find_by_number(session, args.number).id
    item = duplicate_to_folder(db, certificate_id, Path(args.out), args.lang)
    out.write(f"{item.number}\t{item.path}\n")
    return EXIT_OK


def _export_key(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from ..services.certificate_files import installation_key
    from ..signing import export_public_key

    key = installation_key(db)
    path = export_public_key(key, Path(args.file))
    out.write(f"Public key {key.key_id} written to {path}\n")
    return EXIT_OK
