"""Add or edit an employer's request: so many people of one qualification in one year.

The number of people is typed as text, not picked in a spin box, so that a
mistyped «-5» or «50000» reaches the service and its message appears beside
the field instead of the box silently clamping it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.services import demand, organisations, qualifications
from cluster_desktop.services.demand import YEARS, DemandInput
from cluster_desktop.services.placements import ENTERPRISE_KINDS
from cluster_desktop.services.qualifications import QualificationChoice

from ..changes import Kind
from ..i18n import current_language
from ..qualification_combo import QualificationCombo
from .form_dialog import FormDialog

WHOLE_NUMBER = QRegularExpression(r"-?\d{0,9}")


@dataclass(frozen=True)
class _Loaded:
    employers: list[tuple[int, str]]
    qualifications: list[QualificationChoice]
    request: DemandInput | None


def read_number(text: str) -> int:
    """The whole number typed, or 0 (which the service refuses, naming the range) when there is none."""
    try:
        return int(text.strip())
    except ValueError:
        return 0


class DemandDialog(FormDialog[DemandInput]):
    """``request_id=None`` adds a request; otherwise edits it.  ``saved_id`` holds the result."""

    touches = frozenset({Kind.DEMAND})

    def __init__(self, database: Database, request_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._request_id = request_id
        self.setWindowTitle(self.tr("New employer's request") if request_id is None else self.tr("Edit employer's request"))
        self._build()
        self._load_everything()

    def _build(self) -> None:
        self.employer_id = QComboBox(objectName="employer")
        self.qualification_code = QualificationCombo("qualification_code")
        self.year = QSpinBox(objectName="year", minimum=YEARS[0], maximum=YEARS[1], value=date.today().year + 1)
        self.people = QLineEdit(objectName="people", placeholderText=self.tr("1 to 10,000"))
        self.people.setValidator(QRegularExpressionValidator(WHOLE_NUMBER, self.people))
        self.people.setMaximumWidth(160)
        self.year.setMaximumWidth(160)
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setFixedHeight(64)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Employer"), "employer_id", self.employer_id)
        self._row(form, self.tr("Qualification"), "qualification_code", self.qualification_code)
        self._row(form, self.tr("Year"), "year", self.year)
        self._row(form, self.tr("Number of people"), "people", self.people)
        self._row(form, self.tr("Notes"), "notes", self.notes)
        content = QVBoxLayout()
        content.addLayout(form)
        content.addStretch(1)
        self._lay_out(content, stretch=False)

        self.employer_id.currentIndexChanged.connect(lambda _i: self._changed("employer_id"))
        self.qualification_code.editTextChanged.connect(lambda _text: self._changed("qualification_code"))
        self.people.textEdited.connect(lambda _text: self._changed("people"))
        self.year.valueChanged.connect(lambda _v: self._changed("year"))
        self.notes.textChanged.connect(lambda: self._changed("notes"))
        self.resize(760, 420)

    def current_input(self) -> DemandInput:
        return DemandInput(
            employer_id=self.employer_id.currentData() or 0,
            qualification_code=self.qualification_code.code(),
            qualification_name="",  # the catalogue names it
            year=self.year.value(),
            people=read_number(self.people.text()),
            notes=self.notes.toPlainText() or None,
        )

    def _load_everything(self) -> None:
        request_id = self._request_id
        language = current_language()

        def work(session: Session) -> _Loaded:
            employers = organisations.organisation_choices(session, language, ENTERPRISE_KINDS)
            request = demand.demand_input(session, request_id) if request_id is not None else None
            return _Loaded(employers, qualifications.choices(session, language), request)

        def show(loaded: _Loaded) -> None:
            self.employer_id.addItem(self.tr("(choose the employer)"), None)
            for employer_id, name in loaded.employers:
                self.employer_id.addItem(name, employer_id)
            self.qualification_code.set_choices(loaded.qualifications)
            data = loaded.request
            if data is None:
                return
            self.employer_id.setCurrentIndex(max(0, self.employer_id.findData(data.employer_id)))
            self.qualification_code.set_code(data.qualification_code)
            self.year.setValue(data.year)
            self.people.setText(str(data.people))
            self.notes.setPlainText(data.notes or "")

        self._load(work, show, focus=self.employer_id)

    # -- hooks ---------------------------------------------------------------
    def store(self, session: Session, data: DemandInput) -> int:
        """The service checks everything (the employer's kind needs the database); its problems come back beside the fields."""
        if self._request_id is None:
            return demand.create_demand(session, data).id
        return demand.update_demand(session, self._request_id, data).id

    def discard_question(self) -> str:
        return self.tr("The request has unsaved changes. Close without saving?")
