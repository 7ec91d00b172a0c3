"""Check a certificate shown to the college: paste or scan its QR payload, type its number, or open its PDF.

A USB QR scanner types the payload like a keyboard, ending with Enter: the
payload box takes it and Enter checks at once.  A printed number typed into
the same box (``KP-2026-000042``, also in lower case, with spaces or Cyrillic
look-alike letters) finds the registry's record, which proves nothing about a
paper: the dialog says whose number it is and that the name must match.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.documents.certificate_reading import load_pdf
from cluster_desktop.errors import UserError
from cluster_desktop.services.certificate_checks import (
    NAME_MUST_MATCH,
    Verdict,
    VerificationResult,
    check_number,
    overall,
    read_number,
    verify,
    verify_pdf,
)
from cluster_desktop.services.certificate_files import installation_key
from cluster_desktop.signing import export_public_key

from .. import style
from ..file_dialogs import FileKind, ask_for_path
from ..messages import error_text
from ..operations import query
from ..tasks import Progress, run_in_background

COLOURS = {Verdict.VALID: style.SUCCESS, Verdict.REVOKED: style.WARNING}


@dataclass(frozen=True)
class Finding:
    """One certificate's verdict with what the window shows of it (read while the session was open)."""

    verdict: Verdict
    number: str = ""
    full_name: str = ""
    programme: str = ""
    issued_on: date | None = None
    revoked_on: date | None = None
    revoke_reason: str = ""
    duplicate_of: str = ""  # the original's number, for a duplicate
    reason: str = ""  # why the document is altered, in the user's language
    asked_number: str = ""  # the number typed, when checked by number


def _finding(result: VerificationResult) -> Finding:
    stated, certificate = result.fields, result.certificate
    original = certificate.duplicate_of if certificate is not None else None
    return Finding(
        verdict=result.verdict,
        number=stated.registration_number if stated else "",
        full_name=stated.full_name if stated else "",
        programme=stated.programme_name if stated else "",
        issued_on=stated.issued_on if stated else None,
        revoked_on=certificate.revoked_on if certificate is not None else None,
        revoke_reason=(certificate.revoke_reason or "") if certificate is not None else "",  # the window has a login
        duplicate_of=original.registration_number if original is not None else "",
        reason=error_text(UserError(result.reason)) if result.reason else "",
        asked_number=result.asked_number,
    )


class VerifyDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self.findings: list[Finding] = []
        self.setWindowTitle(self.tr("Check a certificate"))
        self.payload = QLineEdit(
            objectName="payload", placeholderText=self.tr("Scan the QR code, paste its text or type the certificate's number")
        )
        self.check_button = QPushButton(self.tr("&Check"), objectName="check_button", default=True)
        self.open_button = QPushButton(self.tr("Open &PDF…"), objectName="open_button")
        self.key_button = QPushButton(self.tr("Export the &public key…"), objectName="key_button")
        self.key_button.setToolTip(self.tr("For a partner who wants to check this college's certificates with their own tools"))
        self.verdict = QLabel(objectName="verdict", wordWrap=True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        style.set_font_role(self.verdict, style.FontRole.VERDICT)
        self.details = QTextBrowser(objectName="details")
        self.details.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # a long word goes whole onto the next line, never split
        row = QHBoxLayout()
        row.addWidget(self.payload, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.open_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.key_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The check needs no internet: the signature and the registry are on this PC."), wordWrap=True))
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.check_button.clicked.connect(self.check_payload)
        self.payload.returnPressed.connect(self.check_payload)
        self.open_button.clicked.connect(self._choose_pdf)
        self.key_button.clicked.connect(self._choose_key_file)
        self.resize(640, 420)

    def check_payload(self) -> None:
        text = self.payload.text().strip()
        if not text:
            self.payload.setFocus()
            return
        if read_number(text) is not None:
            self._run(lambda session: [_finding(check_number(session, text))])
        else:
            self._run(lambda session: [_finding(verify(session, text))])

    def _choose_pdf(self) -> None:
        ask_for_path(self, FileKind.PDF, self.tr("Open a certificate PDF"), self.check_pdf, filters=[self.tr("PDF (*.pdf)")])

    def _choose_key_file(self) -> None:
        ask_for_path(
            self,
            FileKind.KEY,
            self.tr("Export the public key"),
            self.export_key,
            filters=[self.tr("PEM key (*.pem)")],
            save=True,
            name="cluster-desktop-public-key.pem",
        )

    def export_key(self, path: Path) -> None:
        """Write this installation's public key (PEM); the private key never leaves the data folder."""

        def work(_p: Progress) -> Path:
            return export_public_key(installation_key(self._db), path)

        def done(written: Path) -> None:
            self._set_verdict(self.tr("The public key was written to {path}.").format(path=str(written)), COLOURS[Verdict.VALID])

        run_in_background(work, done, lambda exc: self._set_verdict(error_text(exc), style.ERROR), parent=self)

    def check_pdf(self, path: Path) -> None:
        self._run(lambda session: [_finding(r) for r in verify_pdf(session, load_pdf(path))])

    def _run(self, work: Callable[[Session], list[Finding]]) -> None:
        self.verdict.clear()
        self.details.clear()
        self.check_button.setEnabled(False)
        self.open_button.setEnabled(False)
        query(self, self._db, work, self._show, on_error=self._failed)

    def _enable(self) -> None:
        self.check_button.setEnabled(True)
        self.open_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self._enable()
        self.findings = []
        self._set_verdict(self.tr("Cannot check: {reason}").format(reason=error_text(exc)), style.ERROR)

    def _show(self, findings: list[Finding]) -> None:
        self._enable()
        self.findings = findings
        verdict = overall([VerificationResult(f.verdict, None, None) for f in findings])
        text = self._finding_text(findings[0]) if len(findings) == 1 else self.verdict_text(verdict)
        if len(findings) > 1:
            text = self.tr("{verdict} (%n certificate(s) in the file)", "", len(findings)).format(verdict=text)
        self._set_verdict(text, COLOURS.get(verdict, style.ERROR))
        several = len(findings) > 1
        self.details.setPlainText("\n\n".join(self._describe(f, with_verdict=several) for f in findings))

    def _set_verdict(self, text: str, colour: str) -> None:
        self.verdict.setText(text)
        style.paint(self.verdict, colour)

    def verdict_text(self, verdict: Verdict) -> str:
        return {
            Verdict.VALID: self.tr("Valid: the certificate is genuine and in force."),
            Verdict.REVOKED: self.tr("Revoked: the certificate is genuine but no longer in force."),
            Verdict.ALTERED: self.tr("Altered or forged: the signature does not match the text."),
            Verdict.UNKNOWN: self.tr("Unknown: this certificate is not in this college's registry."),
            Verdict.NOT_OURS: self.tr("Not a certificate of this program."),
        }[verdict]

    def _finding_text(self, finding: Finding) -> str:
        """The verdict as said of this finding: why a document is altered, or what a typed number is."""
        if finding.reason and finding.verdict is Verdict.ALTERED:
            return self.tr("Altered or forged: {reason}").format(reason=finding.reason)
        if finding.asked_number and finding.verdict is Verdict.VALID:
            return self.tr("Valid: {number} is a certificate of this college in force.").format(number=finding.asked_number)
        if finding.asked_number and finding.verdict is Verdict.UNKNOWN:
            return self.tr("Unknown: there is no certificate {number} in this college's registry.").format(number=finding.asked_number)
        return self.verdict_text(finding.verdict)

    def _describe(self, finding: Finding, with_verdict: bool) -> str:
        lines = [self._finding_text(finding)] if with_verdict else []
        if finding.number:
            lines.append(self.tr("Number: {number}").format(number=finding.number))
            lines.append(self.tr("Name: {name}").format(name=finding.full_name))
            lines.append(self.tr("Programme: {programme}").format(programme=finding.programme))
            lines.append(self.tr("Issued on: {date}").format(date=numeric_date(finding.issued_on)))
        if finding.duplicate_of:
            lines.append(self.tr("Duplicate of certificate {number}").format(number=finding.duplicate_of))
        if finding.revoked_on is not None:
            lines.append(self.tr("Revoked on {date}: {reason}").format(date=numeric_date(finding.revoked_on), reason=finding.revoke_reason))
        if finding.asked_number and finding.number:
            lines.append(error_text(UserError(NAME_MUST_MATCH)))
        return "\n".join(lines)
