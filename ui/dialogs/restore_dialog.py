"""Before a restore: what the archive holds, what will happen, the passphrase — and «Cancel» as the default."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cluster_desktop.backup.verify import ArchiveInfo
from cluster_desktop.dates import local_time

from .. import style
from ..messages import error_text
from ..numbers import decimal_number

translate = QCoreApplication.translate


def record_labels() -> dict[str, str]:
    """The tables a user recognises, in the order the Backup page lists them."""
    return {
        "person": translate("BackupPage", "Learners"),
        "stage_record": translate("BackupPage", "Stage records"),
        "organisation": translate("BackupPage", "Organisations"),
        "programme": translate("BackupPage", "Programmes"),
        "learner_group": translate("BackupPage", "Groups"),
        "enrolment": translate("BackupPage", "Enrolments"),
        "certificate": translate("BackupPage", "Certificates"),
    }


def describe_archive(info: ArchiveInfo) -> str:
    """HTML: when, by which program, and how many records of each kind."""
    header = info.header
    if header is None:  # a damaged file: say why, in the user's language
        label = translate("BackupPage", "Damaged:")
        reason = error_text(info.error) if info.error is not None else ""
        return f"<b>{escape(info.path.name)}</b><br>{escape(label)} {escape(reason)}"
    made = local_time(info.created_at) or header.created_at
    rows = [
        (translate("BackupPage", "Made"), made),
        (translate("BackupPage", "Program version"), header.program_version),
        (translate("BackupPage", "Schema"), header.schema_revision),
        (translate("BackupPage", "Size"), translate("BackupPage", "{size} MB").format(size=decimal_number(info.size / 1_000_000))),
    ]
    rows += [(label, str(header.counts.get(table, 0))) for table, label in record_labels().items() if table in header.counts]
    cells = "".join(f"<tr><td style='padding-right:12px'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in rows)
    return f"<b>{escape(info.path.name)}</b><table>{cells}</table>"


class RestoreDialog(QDialog):
    def __init__(self, info: ArchiveInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        summary = QLabel(describe_archive(info), objectName="archive_summary", wordWrap=True)
        warning = QLabel(
            self.tr(
                "All current data will be replaced by the data in this backup, and the program will reopen it. "
                "A safety copy of the current data and keys is kept in the data folder."
            ),
            wordWrap=True,
        )
        style.paint(warning, style.ERROR)
        self.passphrase = QLineEdit(objectName="passphrase", echoMode=QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore"), objectName="restore_button")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="cancel_button")
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        # Enter must not replace everyone's data: the default answer is No.
        self.restore_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(lambda text: self.restore_button.setEnabled(bool(text)))
        self.restore_button.setEnabled(False)
        self.resize(460, self.sizeHint().height())

    def value(self) -> str:
        return self.passphrase.text()
