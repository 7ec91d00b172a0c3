"""Settings → Definition of «employed»: which destinations count as employed for the rate, which are taken out of
the graduates (the state method unless the college chooses otherwise); the reports print the one used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.models import DestinationKind
from cluster_desktop.services.destinations import (
    KIND_LABELS,
    STATE_METHOD,
    EmploymentDefinition,
    employment_definition,
    save_employment_definition,
)

from ..changes import Kind
from .form_dialog import FormDialog

K = DestinationKind
CHOSEN_KINDS = (K.EMPLOYED_IN_SPECIALTY, K.EMPLOYED_OUTSIDE, K.SELF_EMPLOYED, K.FURTHER_STUDY, K.MILITARY, K.CHILDCARE)
COUNTED, NOT_COUNTED, EXCLUDED = "counted", "not_counted", "excluded"


class EmploymentDefinitionDialog(FormDialog[EmploymentDefinition]):
    touches = frozenset({Kind.SETTINGS, Kind.EMPLOYMENT})

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.setWindowTitle(self.tr("Definition of «employed»"))
        hint = QLabel(
            self.tr(
                "How each destination counts in the employment rate 6 and 12 months after graduation. "
                "«Not employed» and «unknown» always count as not employed."
            ),
            wordWrap=True,
        )
        form = QFormLayout()
        self.choices: dict[DestinationKind, QComboBox] = {}
        for kind in CHOSEN_KINDS:
            combo = QComboBox(objectName=kind.value)
            combo.addItem(self.tr("Counts as employed"), COUNTED)
            combo.addItem(self.tr("Counts as not employed"), NOT_COUNTED)
            combo.addItem(self.tr("Taken out of the graduates"), EXCLUDED)
            combo.currentIndexChanged.connect(lambda _i, name=kind.value: self._changed(name))
            self.choices[kind] = combo
            self._row(form, QCoreApplication.translate("Errors", KIND_LABELS[kind]), kind.value, combo)
        self.state_button = QPushButton(self.tr("The &state method"), objectName="state_button")
        self.state_button.clicked.connect(lambda: self.show_definition(STATE_METHOD))
        content = QVBoxLayout()
        content.addWidget(hint)
        content.addLayout(form)
        content.addWidget(self.state_button)
        content.addStretch(1)
        self._lay_out(content, stretch=False)
        self.resize(620, 380)
        self._load(employment_definition, self.show_definition)

    def show_definition(self, definition: EmploymentDefinition) -> None:
        for kind, combo in self.choices.items():
            chosen = COUNTED if kind in definition.counted else EXCLUDED if kind in definition.excluded else NOT_COUNTED
            combo.setCurrentIndex(combo.findData(chosen))

    # -- hooks ---------------------------------------------------------------
    def current_input(self) -> EmploymentDefinition:
        chosen = {kind: combo.currentData() for kind, combo in self.choices.items()}
        return EmploymentDefinition(
            frozenset(k for k, c in chosen.items() if c == COUNTED), frozenset(k for k, c in chosen.items() if c == EXCLUDED)
        )

    def store(self, session: Session, data: EmploymentDefinition) -> None:
        save_employment_definition(session, data)

    def discard_question(self) -> str:
        return self.tr("The definition has not been saved. Close without saving?")
