"""Settings → College details: the names, BIN, director, city and logo printed on documents."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.college import CollegeDetails, load_college_details
from cluster_desktop.db import Database
from cluster_desktop.errors import Problem
from cluster_desktop.services.settings import save_college_details

from ..changes import Kind
from .college_fields import CollegeFields, college_problems
from .form_dialog import FormDialog


class CollegeDialog(FormDialog[CollegeDetails]):
    """Edits the one set of college details; an empty field is allowed but stops printing where it is needed."""

    touches = frozenset({Kind.SETTINGS})

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.setWindowTitle(self.tr("College details"))
        self.fields = CollegeFields()
        self._errors.update(self.fields.errors)  # FormDialog shows problems in the fields' own labels
        self.fields.changed.connect(self._changed)
        hint = QLabel(self.tr("These details are printed on certificates and agreements."), wordWrap=True)
        outer = QVBoxLayout()
        outer.addWidget(hint)
        outer.addWidget(self.fields)
        outer.addStretch(1)
        self._lay_out(outer, stretch=False)
        self.resize(900, 600)
        self._load(load_college_details, self.fields.set_details, focus=self.fields.name_kk)

    # -- hooks ---------------------------------------------------------------
    def current_input(self) -> CollegeDetails:
        return self.fields.details()

    def validate(self, data: CollegeDetails) -> list[Problem]:
        return college_problems(data)

    def _field_widget(self, field: str) -> QWidget | None:
        return self.fields.field_widget(field)

    def store(self, session: Session, data: CollegeDetails) -> None:
        save_college_details(session, data)

    def discard_question(self) -> str:
        return self.tr("The college details have unsaved changes. Close without saving?")
