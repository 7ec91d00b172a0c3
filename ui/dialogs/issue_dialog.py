"""Before issuing: how many, in which language, dated when, written to which folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluster_desktop.languages import LANGUAGES

from .. import labels, style
from ..file_dialogs import FileKind, ask_for_path
from ..unsaved import ConfirmsDiscard, InputSnapshot
from ..widgets import DateEdit


class IssueDialog(ConfirmsDiscard, QDialog):
    """Asks what :func:`issue_to_folder` needs; numbers are taken only after OK."""

    def __init__(self, count: int, language: str, folder: Path, parent: QWidget | None = None, duplicate: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print a duplicate") if duplicate else self.tr("Issue certificates"))
        if duplicate:
            text = self.tr("A duplicate gets its own number and is marked as a duplicate of the original.")
        else:
            text = self.tr("%n certificate(s) will be issued. Each gets the next number of its series.", "", count)
        self.summary = QLabel(text, objectName="summary", wordWrap=True)
        self.language = QComboBox(objectName="language")
        for code in LANGUAGES:
            self.language.addItem(labels.language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.issued_on = DateEdit("issued_on")
        self.issued_on.setMaximumDate(QDate(date.today()))
        self.folder = QLineEdit(str(folder), objectName="folder")
        browse = QPushButton(self.tr("Browse…"), objectName="browse")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Language of the blank"), self.language)
        form.addRow(self.tr("Date of issue"), self.issued_on)
        form.addRow(self.tr("Save PDFs to"), folder_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel(objectName="problem", wordWrap=True)
        style.paint(self.problem, style.ERROR)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._typed = InputSnapshot(self.language, self.issued_on, self.folder)

    def has_unsaved_changes(self) -> bool:
        return self._typed.changed()

    def _browse(self) -> None:
        ask_for_path(
            self, FileKind.CERTIFICATES, self.tr("Save PDFs to"), lambda folder: self.folder.setText(str(folder)),
            folder=True, start=self.folder.text(),
        )

    def _accept(self) -> None:
        if not self.folder.text().strip():
            self.problem.setText(self.tr("Choose the folder for the PDF files."))
            self.problem.show()
            self.folder.setFocus()
            return
        self.accept()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_date(self) -> date:
        return self.issued_on.value()

    def chosen_folder(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()
