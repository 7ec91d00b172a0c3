"""Record a signed consent form, or withdraw some of its purposes.

The same rules as the core (``services.consents.check_consent``) are shown
beside the fields while the user types; the service checks them again on
saving, so the window and the command line refuse alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.errors import TRANSLATION_CONTEXT, Problem
from cluster_desktop.models import ConsentGiver, ConsentPurpose, ConsentTerm
from cluster_desktop.services.consent_rules import PURPOSE_NAMES
from cluster_desktop.services.consents import (
    MAX_YEARS_AFTER_STUDIES,
    ConsentInput,
    ConsentView,
    check_consent,
    record_consent,
    withdraw_purposes,
)
from cluster_desktop.services.learners import ADULT_AGE, age_on
from cluster_desktop.services.standard_consent import DEFAULT_PURPOSES, DEFAULT_YEARS, StandardForm, standard_form

from .. import labels
from ..changes import Kind
from ..operations import query
from ..unsaved import ConfirmsDiscard
from ..widgets import DateEdit, EnumCombo
from .form_dialog import FormDialog


def purpose_name(purpose: ConsentPurpose) -> str:
    """The purpose in the user's language (the core's marked text)."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, PURPOSE_NAMES[purpose])


def purpose_boxes(parent_layout: QVBoxLayout, names: dict[ConsentPurpose, str]) -> dict[ConsentPurpose, QCheckBox]:
    boxes: dict[ConsentPurpose, QCheckBox] = {}
    for purpose in ConsentPurpose:
        box = QCheckBox(names[purpose], objectName=f"purpose_{purpose.value}")
        parent_layout.addWidget(box)
        boxes[purpose] = box
    return boxes


class ConsentDialog(FormDialog[ConsentInput]):
    """Records one signed consent of the learner ``person_id``."""

    touches = frozenset({Kind.CONSENTS})

    def __init__(self, database: Database, person_id: int, name: str, birth_date: date, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._person_id = person_id
        self._birth_date = birth_date
        self.setWindowTitle(self.tr("Record a consent"))
        minor = age_on(birth_date, date.today()) < ADULT_AGE
        self.given_by = EnumCombo(ConsentGiver, labels.consent_giver_name)
        self.given_by.setObjectName("given_by")
        self.given_by.set_value(ConsentGiver.REPRESENTATIVE if minor else ConsentGiver.SELF)
        self.giver_name = QLineEdit(objectName="giver_name", placeholderText=self.tr("Surname, name and patronymic"))
        self.giver_relation = QLineEdit(objectName="giver_relation", placeholderText=self.tr("Mother, father, guardian…"))
        self.given_on = DateEdit("given_on")
        purposes_holder = QWidget(objectName="purposes")
        purposes_layout = QVBoxLayout(purposes_holder)
        purposes_layout.setContentsMargins(0, 0, 0, 0)
        self.purpose_boxes = purpose_boxes(purposes_layout, {p: purpose_name(p) for p in ConsentPurpose})
        for purpose in DEFAULT_PURPOSES:
            self.purpose_boxes[purpose].setChecked(True)
        self.until_date = QRadioButton(self.tr("Until a date"), objectName="until_date")
        self.after_studies = QRadioButton(self.tr("Years after the end of studies:"), objectName="after_studies", checked=True)
        self._terms = QButtonGroup(self)
        self._terms.addButton(self.until_date)
        self._terms.addButton(self.after_studies)
        self.valid_until = DateEdit("valid_until")
        self.years_after_studies = QSpinBox(
            objectName="years_after_studies", minimum=0, maximum=MAX_YEARS_AFTER_STUDIES, value=DEFAULT_YEARS
        )
        self.form_number = QLineEdit(objectName="form_number")
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setFixedHeight(60)

        until_row = QHBoxLayout()
        until_row.addWidget(self.until_date)
        until_row.addWidget(self.valid_until)
        until_row.addStretch(1)
        after_row = QHBoxLayout()
        after_row.addWidget(self.after_studies)
        after_row.addWidget(self.years_after_studies)
        after_row.addStretch(1)
        term_holder = QWidget(objectName="term")
        term_layout = QVBoxLayout(term_holder)
        term_layout.setContentsMargins(0, 0, 0, 0)
        term_layout.addLayout(after_row)
        term_layout.addLayout(until_row)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        learner = QLabel(f"{name} ({numeric_date(birth_date)})", objectName="learner", wordWrap=True)
        form.addRow(self.tr("Learner"), learner)
        self._row(form, self.tr("Consent given by"), "given_by", self.given_by)
        self._row(form, self.tr("Representative"), "giver_name", self.giver_name)
        self._row(form, self.tr("Relation"), "giver_relation", self.giver_relation)
        self._row(form, self.tr("Signed on"), "given_on", self.given_on)
        self._row(form, self.tr("Purposes"), "purposes", purposes_holder)
        self._row(form, self.tr("Valid"), "term", term_holder)
        self._errors["valid_until"] = self._errors["term"]  # the term's two fields share one line of messages
        self._errors["years_after_studies"] = self._errors["term"]
        self._row(form, self.tr("Form number"), "form_number", self.form_number)
        self._row(form, self.tr("Notes"), "notes", self.notes)
        self._lay_out(form, stretch=False)

        self.given_by.currentIndexChanged.connect(lambda _i: self._giver_changed())
        self.giver_name.textEdited.connect(lambda _t: self._changed("giver_name"))
        self.giver_relation.textEdited.connect(lambda _t: self._changed("giver_relation"))
        self.given_on.dateChanged.connect(lambda _d: self._changed("given_on", also=("given_by", "valid_until")))
        for box in self.purpose_boxes.values():
            box.toggled.connect(lambda _on: self._changed("purposes"))
        self._terms.buttonToggled.connect(lambda *_: self._term_changed())
        self.valid_until.dateChanged.connect(lambda _d: self._changed("valid_until", also=("term",)))
        self.years_after_studies.valueChanged.connect(lambda _v: self._changed("years_after_studies", also=("term",)))
        self.form_number.textEdited.connect(lambda _t: self._changed("form_number"))
        self.notes.textChanged.connect(lambda: self._changed("notes"))
        self._giver_changed()
        self._term_changed()
        self.resize(660, 680)
        self._start_editing(self.given_by)
        query(self, self._db, standard_form, self._show_standard_form, on_error=lambda _exc: None)  # the default form stays

    def _show_standard_form(self, form: StandardForm) -> None:
        """The college's standard form (Settings) ticks its purposes and years, unless the user has already chosen."""
        if self._touched & {"purposes", "term", "years_after_studies"}:
            return
        for purpose, box in self.purpose_boxes.items():
            box.setChecked(purpose in form.purposes)
        self.years_after_studies.setValue(form.years_after_studies)
        self._start_editing(self.given_by)

    def _giver_changed(self) -> None:
        representative = self.given_by.value() is ConsentGiver.REPRESENTATIVE
        self.giver_name.setEnabled(representative)
        self.giver_relation.setEnabled(representative)
        self._changed("given_by", also=("giver_name",))

    def _term_changed(self) -> None:
        self.valid_until.setEnabled(self.until_date.isChecked())
        self.years_after_studies.setEnabled(self.after_studies.isChecked())
        self._changed("term", also=("valid_until", "years_after_studies"))

    def current_input(self) -> ConsentInput:
        until = self.until_date.isChecked()
        return ConsentInput(
            given_by=self.given_by.value(),
            given_on=self.given_on.value(),
            purposes=frozenset(p for p, box in self.purpose_boxes.items() if box.isChecked()),
            term=ConsentTerm.UNTIL_DATE if until else ConsentTerm.AFTER_STUDIES,
            valid_until=self.valid_until.value() if until else None,
            years_after_studies=None if until else self.years_after_studies.value(),
            giver_name=self.giver_name.text() or None,
            giver_relation=self.giver_relation.text() or None,
            form_number=self.form_number.text() or None,
            notes=self.notes.toPlainText() or None,
        )

    def validate(self, data: ConsentInput) -> list[Problem]:
        return check_consent(data, self._birth_date, date.today())[1]

    def discard_question(self) -> str:
        return ConfirmsDiscard.discard_question(self)

    def _field_widget(self, field: str) -> QWidget | None:
        if field == "purposes":
            return self.purpose_boxes[ConsentPurpose.EDUCATION]
        if field == "term":
            return self.after_studies
        return super()._field_widget(field)

    def store(self, session: Session, data: ConsentInput) -> int | None:
        return record_consent(session, self._person_id, data, date.today()).id


class Withdrawal(NamedTuple):
    consent_id: int | None
    purposes: frozenset[ConsentPurpose]
    withdrawn_on: date


class WithdrawDialog(FormDialog[Withdrawal]):
    """Withdraws chosen purposes of one of the learner's consents (``consents``: those with a purpose left)."""

    touches = frozenset({Kind.CONSENTS})

    def __init__(self, database: Database, name: str, consents: Sequence[ConsentView], parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._consents = {c.id: c for c in consents if c.withdrawable}
        self.setWindowTitle(self.tr("Withdraw a consent"))
        self.consent = QComboBox(objectName="consent")
        self.consent.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.consent.setMinimumContentsLength(30)
        for view in self._consents.values():
            giver = labels.consent_giver_name(view.given_by)
            if view.giver_name:
                giver = f"{giver}: {view.giver_name}"
            self.consent.addItem(self.tr("Signed on {day} ({giver})").format(day=numeric_date(view.given_on), giver=giver), view.id)
        purposes_holder = QWidget(objectName="purposes")
        purposes_layout = QVBoxLayout(purposes_holder)
        purposes_layout.setContentsMargins(0, 0, 0, 0)
        self.purpose_boxes = purpose_boxes(purposes_layout, {p: purpose_name(p) for p in ConsentPurpose})
        self.withdrawn_on = DateEdit("withdrawn_on")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Learner"), QLabel(name, objectName="learner", wordWrap=True))
        self._row(form, self.tr("Consent"), "consent_id", self.consent)
        self._row(form, self.tr("Purposes to withdraw"), "purposes", purposes_holder)
        self._row(form, self.tr("Withdrawn on"), "withdrawn_on", self.withdrawn_on)
        self._lay_out(form, stretch=False)
        self.consent.currentIndexChanged.connect(lambda _i: self._consent_changed())
        for box in self.purpose_boxes.values():
            box.toggled.connect(lambda _on: self._changed("purposes"))
        self.withdrawn_on.dateChanged.connect(lambda _d: self._changed("withdrawn_on"))
        self._consent_changed()
        self.resize(680, 380)
        self._start_editing(self.consent)

    def _consent_changed(self) -> None:
        view = self._consents.get(self.consent.currentData())
        left = set(view.withdrawable) if view else set()
        for purpose, box in self.purpose_boxes.items():
            box.setChecked(False)
            box.setVisible(purpose in left)
        self._changed("consent_id", also=("purposes", "withdrawn_on"))

    def current_input(self) -> Withdrawal:
        chosen = frozenset(p for p, box in self.purpose_boxes.items() if box.isChecked() and not box.isHidden())
        return Withdrawal(self.consent.currentData(), chosen, self.withdrawn_on.value())

    def field_messages(self, data: Withdrawal, final: bool) -> dict[str, list[str]]:
        """The other rules (a purpose chosen, the date) are the core's: its refusal is shown beside the fields."""
        if data.consent_id is None:
            return {"consent_id": [self.tr("The learner has no consent with a purpose left to withdraw.")]}
        return {}

    def discard_question(self) -> str:
        return ConfirmsDiscard.discard_question(self)

    def _field_widget(self, field: str) -> QWidget | None:
        if field == "purposes":
            return next((box for box in self.purpose_boxes.values() if not box.isHidden()), None)
        if field == "consent_id":
            return self.consent
        return super()._field_widget(field)

    def store(self, session: Session, data: Withdrawal) -> int | None:
        assert data.consent_id is not None  # field_messages
        return withdraw_purposes(session, data.consent_id, data.purposes, data.withdrawn_on, date.today()).id
