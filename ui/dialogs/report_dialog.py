"""The outcome report: for which year (or quarter), in which language, as PDF or XLSX — then where to save it.

The report names the unplaced graduates, so only those who may export
personal data get here (the service checks again).  It is written off the GUI
thread; a PDF then opens in the preview, to print.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.languages import OFFICIAL_LANGUAGES
from cluster_desktop.periods import Period
from cluster_desktop.services.outcome_report import YEARS

from .. import labels, style
from ..file_dialogs import FileKind, ask_for_path
from ..i18n import current_language
from ..messages import error_text
from ..operations import query
from ..pdf_preview import PdfPreview
from ..tasks import Progress

FORMATS = ("pdf", "xlsx")


class ReportDialog(QDialog):
    """Choose the report; **Save…** asks for the file, writes it and (a PDF) shows it for printing."""

    def __init__(self, database: Database, year: int, quarter: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self.preview: PdfPreview | None = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Outcome report"))
        self.year = QSpinBox(objectName="year", minimum=YEARS[0], maximum=YEARS[1], value=year)
        self.quarter = QComboBox(objectName="quarter")
        self.quarter.addItem(self.tr("Whole year"), 0)
        for number in range(1, 5):
            self.quarter.addItem(self.tr("Quarter {number}").format(number=number), number)
        self.quarter.setCurrentIndex(quarter or 0)
        self.language = QComboBox(objectName="language")
        for code in OFFICIAL_LANGUAGES:
            self.language.addItem(labels.language_name(code), code)
        self.language.setCurrentIndex(self.language.findData(current_language() if current_language() in OFFICIAL_LANGUAGES else "ru"))
        self.format = QComboBox(objectName="format")
        self.format.addItem(self.tr("PDF, to print"), "pdf")
        self.format.addItem(self.tr("Excel workbook (XLSX)"), "xlsx")
        self.progress_label = QLabel(objectName="progress_label", wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Period"), self.quarter)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Format"), self.format)
        note = QLabel(self.tr("The report lists the graduates without a recorded job by name: keep the file as personal data."),
                      wordWrap=True, objectName="note")
        style.paint(note, style.HINT)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save…"))
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.buttons)
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height())

    def chosen(self) -> tuple[int, int | None, str, str]:
        """Year, quarter (None: the whole year), language and format."""
        return self.year.value(), int(self.quarter.currentData()) or None, str(self.language.currentData()), str(self.format.currentData())

    def suggested_name(self) -> str:
        year, quarter, language, kind = self.chosen()
        stem = self.tr("outcome-report")
        return f"{stem}-{Period(year, quarter)}-{language}.{kind}"

    def choose_file(self) -> QFileDialog:
        """Ask where to save (the dialog opens without blocking), then write there."""
        kind = self.chosen()[3]
        dialog = ask_for_path(
            self, FileKind.REPORT, self.tr("Save the report"), self.write_to,
            filters=[self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Excel workbook (*.xlsx)")], save=True,
            name=self.suggested_name(), default_suffix=kind, object_name="report_file_dialog",
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def write_to(self, path: Path) -> None:
        """Write the chosen report to ``path`` (its suffix made to match the format) in the background."""
        year, quarter, language, kind = self.chosen()
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        self._busy(True)
        style.paint(self.progress_label)
        self.progress_label.setText(self.tr("Writing «{name}»…").format(name=path.name))

        def write(session: Session, _progress: Progress) -> Path:
            from cluster_desktop.services.outcome_report import write_outcome_report

            return write_outcome_report(session, path, year, quarter, language)

        query(self, self._db, write, self._written, on_error=self._failed, label=self.tr("Writing the report…"))

    def _busy(self, busy: bool) -> None:
        for widget in (self.year, self.quarter, self.language, self.format, self.buttons):
            widget.setEnabled(not busy)

    def _written(self, path: Path) -> None:
        self._busy(False)
        self.written = path
        self.progress_label.setText(self.tr("Saved to «{path}».").format(path=str(path)))
        if path.suffix.lower() == ".pdf":
            preview = PdfPreview(path, self.tr("Outcome report"), path.name, self.parentWidget() or self)
            preview.setObjectName("report_preview")
            preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.preview = preview
            preview.open()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.progress_label.setText(error_text(exc))
        style.paint(self.progress_label, style.ERROR)
