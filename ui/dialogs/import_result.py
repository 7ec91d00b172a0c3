"""The import wizard's last step: run the import with progress and cancel, show and save the report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)
from sqlalchemy.orm import Session

from cluster_desktop.services.learner_import import ImportReport, import_learners

from ..changes import Kind
from ..file_dialogs import FileKind, ask_for_path
from ..messages import error_text
from ..operations import change
from ..tasks import Cancelled, Progress
from .import_preview import report_text, save_report


class ResultPage(QWizardPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__()
        self._wizard = wizard
        self._finished = False
        self.report: ImportReport | None = None
        self.cancelled = False
        self.setTitle(self.tr("Result"))
        self.text = QPlainTextEdit(objectName="report", readOnly=True)
        self.text.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # a long word goes whole onto the next line, never split
        self.save_button = QPushButton(self.tr("&Save the report…"), objectName="save_report_button", enabled=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.save_button.clicked.connect(self.ask_save)

    def initializePage(self) -> None:
        wizard = self._wizard
        table, options = wizard.table, wizard.preview_page.options()
        assert table is not None
        self.text.setPlainText(self.tr("Importing…"))
        label = self.tr("Importing %n row(s)…", "", len(table.rows))

        def work(session: Session, progress: Progress) -> ImportReport:
            return import_learners(session, table, options, lambda done, total: progress.update(done, total, label))

        change(self, wizard.database, work, self._done, touches={Kind.LEARNERS, Kind.ENROLMENTS}, on_error=self._failed, label=label)

    def _done(self, report: ImportReport) -> None:
        self.report, self._finished = report, True
        self.text.setPlainText(report_text(report, Path(self._wizard.file_page.path.text()).name))
        self.save_button.setEnabled(True)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._finished = True
        self.cancelled = isinstance(exc, Cancelled)
        self.report = ImportReport(rows=len(self._wizard.table.rows)) if self._wizard.table else None
        self.text.setPlainText(
            self.tr("The import was cancelled: nothing was changed.")
            if self.cancelled
            else self.tr("The import failed and nothing was changed:") + "\n" + error_text(exc)
        )
        self.save_button.setEnabled(self.report is not None)
        self.completeChanged.emit()

    def ask_save(self) -> QFileDialog:
        return ask_for_path(
            self,
            FileKind.IMPORT,
            self.tr("Save the report"),
            lambda path: self.save_to(str(path)),
            filters=[self.tr("Text (*.txt)"), self.tr("CSV table (*.csv)")],
            save=True,
            name="import-report.txt",
            default_suffix="txt",
            object_name="report_file_dialog",
        )

    def save_to(self, name: str) -> None:
        if self.report is None:
            return
        try:
            save_report(self.report, Path(self._wizard.file_page.path.text()).name, Path(name), self.cancelled)
        except Exception as exc:  # noqa: BLE001 - any failure to write is told, not raised
            self.text.appendPlainText("\n" + error_text(exc))

    def isComplete(self) -> bool:
        return self._finished
