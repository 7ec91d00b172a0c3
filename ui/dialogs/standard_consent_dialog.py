"""Settings → Standard consent form: the purposes and the term of the college's paper consent form.

A new learner's consent starts with these purposes ticked, and an import's rows
without purposes (``--consent-date``) get them (services.standard_consent).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.models import ConsentPurpose
from cluster_desktop.services.standard_consent import DEFAULT_YEARS, MAX_YEARS, StandardForm, save_standard_form, standard_form

from ..changes import Kind
from .consent_dialog import purpose_boxes, purpose_name
from .form_dialog import FormDialog


class StandardConsentDialog(FormDialog[StandardForm]):
    touches = frozenset({Kind.SETTINGS})

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.setWindowTitle(self.tr("Standard consent form"))
        hint = QLabel(
            self.tr(
                "What the college's paper consent form allows. A new learner's consent starts with these purposes "
                "ticked, and imported rows that list no purposes get them."
            ),
            wordWrap=True,
        )
        boxes = QWidget()
        column = QVBoxLayout(boxes)
        column.setContentsMargins(0, 0, 0, 0)
        self.purposes = purpose_boxes(column, {p: purpose_name(p) for p in ConsentPurpose})
        for box in self.purposes.values():
            box.toggled.connect(lambda _on: self._changed("purposes"))
        self.years = QSpinBox(objectName="years_after_studies", minimum=0, maximum=MAX_YEARS, value=DEFAULT_YEARS)
        self.years.setSuffix(" " + self.tr("yr. after the end of studies"))
        self.years.valueChanged.connect(lambda _v: self._changed("years_after_studies"))
        form = QFormLayout()
        self._row(form, self.tr("Purposes"), "purposes", boxes)
        self._row(form, self.tr("Term"), "years_after_studies", self.years)
        content = QVBoxLayout()
        content.addWidget(hint)
        content.addLayout(form)
        content.addStretch(1)
        self._lay_out(content, stretch=False)
        self.resize(620, 360)
        self._load(standard_form, self.show_form)

    def show_form(self, form: StandardForm) -> None:
        for purpose, box in self.purposes.items():
            box.setChecked(purpose in form.purposes)
        self.years.setValue(form.years_after_studies)

    # -- hooks ---------------------------------------------------------------
    def current_input(self) -> StandardForm:
        return StandardForm(tuple(p for p, box in self.purposes.items() if box.isChecked()), self.years.value())

    def store(self, session: Session, data: StandardForm) -> None:
        save_standard_form(session, data)

    def discard_question(self) -> str:
        return self.tr("The standard consent form has not been saved. Close without saving?")
