"""The report on everything the college holds about one person (their right under the personal-data law): language, then file.

Only those who may print access reports get here (the service checks again
and records the access in the audit log before the file is written).  It is
written off the GUI thread, then opens in the preview, to print or hand over.
"""

from __future__ import annotations

import re
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.languages import OFFICIAL_LANGUAGES

from .. import labels, style
from ..file_dialogs import FileKind, ask_for_path
from ..i18n import current_language
from ..messages import error_text
from ..operations import query
from ..pdf_preview import PdfPreview
from ..tasks import Progress

_NOT_IN_NAMES = re.compile(r"[^\w]+")  # what a file name is better without: spaces, slashes, quotes


class AccessReportDialog(QDialog):
    """Choose the report's language; **Save…** asks for the file, writes it and shows it for printing."""

    def __init__(self, database: Database, iin: str, full_name: str, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._iin = iin
        self._name = full_name
        self._today = today
        self.preview: PdfPreview | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Personal data report"))
        self.language = QComboBox(objectName="language")
        for code in OFFICIAL_LANGUAGES:
            self.language.addItem(labels.language_name(code), code)
        self.language.setCurrentIndex(self.language.findData(current_language() if current_language() in OFFICIAL_LANGUAGES else "ru"))
        who = QLabel(f"<b>{escape(full_name)}</b>", objectName="person", textFormat=Qt.TextFormat.RichText, wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Person"), who)
        form.addRow(self.tr("Language"), self.language)
        note = QLabel(
            self.tr(
                "Everything the college holds about the person: personal data, studies, documents, agreements, jobs, consents "
                "and who changed their records. Hand it only to the person or their legal representative; the printing is recorded "
                "in the audit log."
            ),
            wordWrap=True,
            objectName="note",
        )
        style.paint(note, style.HINT)
        self.progress_label = QLabel(objectName="progress_label", wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save…"))
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.buttons)
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def suggested_name(self) -> str:
        name = _NOT_IN_NAMES.sub("-", self._name).strip("-")
        stem = self.tr("personal-data")
        return f"{stem}-{name}-{self.chosen_language()}.pdf"

    def choose_file(self) -> QFileDialog:
        """Ask where to save (the dialog opens without blocking), then write there."""
        dialog = ask_for_path(
            self,
            FileKind.REPORT,
            self.tr("Save the personal data report"),
            self.write_to,
            filters=[self.tr("PDF (*.pdf)")],
            save=True,
            name=self.suggested_name(),
            default_suffix="pdf",
            object_name="access_report_file_dialog",
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def write_to(self, path: Path) -> None:
        """Write the report to ``path`` (ending in .pdf) in the background."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        language, iin, today = self.chosen_language(), self._iin, self._today or date.today()
        self._busy(True)
        style.paint(self.progress_label)
        self.progress_label.setText(self.tr("Writing «{name}»…").format(name=path.name))

        def write(session: Session, _progress: Progress) -> Path:
            from cluster_desktop.services.access_report import write_access_report

            return write_access_report(session, path, iin, language, today)

        query(self, self._db, write, self._written, on_error=self._failed, label=self.tr("Writing the report…"))

    def _busy(self, busy: bool) -> None:
        for widget in (self.language, self.buttons):
            widget.setEnabled(not busy)

    def _written(self, path: Path) -> None:
        self._busy(False)
        self.written = path
        self.progress_label.setText(self.tr("Saved to «{path}».").format(path=str(path)))
        preview = PdfPreview(path, self.tr("Personal data report"), path.name, self.parentWidget() or self)
        preview.setObjectName("access_report_preview")
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview = preview
        preview.open()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.progress_label.setText(error_text(exc))
        style.paint(self.progress_label, style.ERROR)
