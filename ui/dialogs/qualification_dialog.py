"""Settings → Qualifications: the catalogue of specialties and qualifications, and adding or correcting an entry.

The list on the left is the catalogue (an entry the migration kept from old
data is marked «needs checking»); choosing one puts it in the form to correct
its names or specialty (a code stays as it is), «New entry» empties the form
for a code of the classifier the college has just started to teach.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.services import qualifications
from cluster_desktop.services.qualifications import QualificationInput

from ..changes import Kind
from ..i18n import current_language
from ..widgets import search_as_you_type
from .form_dialog import FormDialog

NAMES = ("name_kk", "name_ru", "name_en")


@dataclass(frozen=True)
class _Entry:
    id: int
    shown: str
    needs_checking: bool
    data: QualificationInput


def _read(session: Session, language: str) -> list[_Entry]:
    return [
        _Entry(e.id, f"{e.code} — {e.name(language)}", e.needs_checking, qualifications.entry_input(session, e.id))
        for e in qualifications.entries(session)
    ]


class QualificationDialog(FormDialog[QualificationInput]):
    """``saved_id`` holds the entry added or corrected."""

    touches = frozenset({Kind.PROGRAMMES})  # the programme and request dialogs offer the catalogue

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._entry_id: int | None = None
        self._entries: list[_Entry] = []
        self.setWindowTitle(self.tr("Qualification catalogue"))
        self._build()
        self._load(lambda session: _read(session, current_language()), self._fill, focus=self.search)

    def _build(self) -> None:
        self.search = QLineEdit(objectName="search", placeholderText=self.tr("Find by code or name…"), clearButtonEnabled=True)
        self.entries = QListWidget(objectName="entries")
        self.new_button = QPushButton(self.tr("&New entry"), objectName="new_button")
        self.code = QLineEdit(objectName="code", placeholderText=self.tr("e.g. 07240100 or 3W07240106"))
        self.specialty_code = QComboBox(objectName="specialty_code")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Code"), "code", self.code)
        self._row(form, self.tr("Specialty"), "specialty_code", self.specialty_code)
        self.name_kk, self.name_ru, self.name_en = self._language_row(form, self.tr("Name"), "name")
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.entries, 1)
        left.addWidget(self.new_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)
        content = QHBoxLayout()
        content.addLayout(left, 2)
        content.addLayout(right, 3)
        self._lay_out(content, stretch=False)

        search_as_you_type(self.search, self._filter)
        self.entries.currentItemChanged.connect(lambda item, _old: self._choose(item))
        self.new_button.clicked.connect(self.new_entry)
        self.code.textEdited.connect(lambda _t: self._changed("code"))
        self.specialty_code.currentIndexChanged.connect(lambda _i: self._changed("specialty_code"))
        for name in NAMES:
            getattr(self, name).textEdited.connect(lambda _t, n=name: self._changed(n))
        self.resize(1100, 560)

    def _fill(self, entries: list[_Entry]) -> None:
        self._entries = entries
        self.specialty_code.addItem(self.tr("(none: the entry is a specialty)"), None)
        for entry in entries:
            marker = self.tr(" (needs checking)") if entry.needs_checking else ""
            item = QListWidgetItem(entry.shown + marker)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.entries.addItem(item)
            if entry.data.specialty_code is None and not entry.needs_checking:
                self.specialty_code.addItem(entry.shown, entry.data.code)

    def _filter(self) -> None:
        words = self.search.text().casefold().split()
        for row in range(self.entries.count()):
            item = self.entries.item(row)
            item.setHidden(not all(word in item.text().casefold() for word in words))

    def _show(self, data: QualificationInput | None) -> None:
        self.code.setText(data.code if data else "")
        self.code.setEnabled(data is None)  # an entry's code stays
        self.specialty_code.setCurrentIndex(max(0, self.specialty_code.findData(data.specialty_code)) if data else 0)
        for name in NAMES:
            getattr(self, name).setText((getattr(data, name) or "") if data else "")
        self._show_messages({}, only=set())
        self._start_editing(self.name_kk if data else self.code)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry_id = item.data(Qt.ItemDataRole.UserRole)
        entry = next(e for e in self._entries if e.id == entry_id)
        self._entry_id = entry.id
        self._show(entry.data)

    def new_entry(self) -> None:
        self._entry_id = None
        self.entries.setCurrentItem(None)
        self._show(None)

    def current_input(self) -> QualificationInput:
        return QualificationInput(
            code=self.code.text(),
            name_kk=self.name_kk.text(),
            name_ru=self.name_ru.text(),
            specialty_code=self.specialty_code.currentData(),
            name_en=self.name_en.text() or None,
        )

    def store(self, session: Session, data: QualificationInput) -> int:
        """The service checks the code's form, that it is new, and that a qualification belongs to its specialty."""
        if self._entry_id is None:
            return qualifications.create_entry(session, data).id
        return qualifications.update_entry(session, self._entry_id, data).id

    def discard_question(self) -> str:
        return self.tr("The catalogue entry has unsaved changes. Close without saving?")
