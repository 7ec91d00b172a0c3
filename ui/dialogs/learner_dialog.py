"""Add or edit a learner, with every problem explained beside its field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop import ids
from cluster_desktop.db import Database
from cluster_desktop.errors import Problem
from cluster_desktop.ids import Sex
from cluster_desktop.models import ConsentGiver, ConsentPurpose, Stage
from cluster_desktop.services import learners
from cluster_desktop.services.learners import LearnerInput
from cluster_desktop.services.standard_consent import DEFAULT_PURPOSES, DEFAULT_YEARS, StandardForm, standard_form

from .. import labels
from ..changes import Kind
from ..operations import query
from ..widgets import EnumCombo, OptionalDateEdit
from .consent_dialog import purpose_boxes, purpose_name
from .form_dialog import FormDialog

TEXT_FIELDS = ("iin", "surname", "given_name", "patronymic", "latin_name", "phone", "email", "address",
               "representative_name", "representative_relation", "representative_phone", "consent_form_number")


class LearnerDialog(FormDialog[LearnerInput]):
    """``person_id=None`` adds a learner; otherwise edits that one.  ``saved_id`` holds the result."""

    touches = frozenset({Kind.LEARNERS})

    def __init__(self, database: Database, person_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._person_id = person_id
        self.setWindowTitle(self.tr("New learner") if person_id is None else self.tr("Edit learner"))
        self._build()
        if person_id is not None:
            self._load(lambda session: learners.learner_input(learners.get_learner(session, person_id)), self._show)
        else:
            self.consent_date.set_value(date.today())
            self._start_editing()
            query(self, self._db, standard_form, self._show_standard_form, on_error=lambda _exc: None)  # the default form stays

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        self.iin = QLineEdit(objectName="iin", maxLength=20, placeholderText=self.tr("12 digits"))
        self.surname = QLineEdit(objectName="surname")
        self.given_name = QLineEdit(objectName="given_name")
        self.patronymic = QLineEdit(objectName="patronymic")
        self.latin_name = QLineEdit(objectName="latin_name", placeholderText=self.tr("only where the passport differs, e.g. Kassymov Nurlan"))
        self.birth_date = OptionalDateEdit()
        self.birth_date.setObjectName("birth_date")
        self.sex = EnumCombo(Sex, labels.sex_name, empty="")
        self.sex.setObjectName("sex")
        self.stage = EnumCombo(Stage, labels.stage_name)
        self.stage.setObjectName("stage")
        self.phone = QLineEdit(objectName="phone", placeholderText="+7 7xx xxx xx xx")
        self.email = QLineEdit(objectName="email")
        self.address = QLineEdit(objectName="address")
        self.representative_name = QLineEdit(objectName="representative_name")
        self.representative_relation = QLineEdit(objectName="representative_relation", placeholderText=self.tr("mother, father, guardian…"))
        self.representative_phone = QLineEdit(objectName="representative_phone")
        self.consent_given_by = EnumCombo(ConsentGiver, labels.consent_giver_name, empty="")
        self.consent_given_by.setObjectName("consent_given_by")
        self.consent_date = OptionalDateEdit()
        self.consent_date.setObjectName("consent_date")
        self.consent_form_number = QLineEdit(objectName="consent_form_number", maxLength=40)
        self.consent_term = QLabel(objectName="consent_term", wordWrap=True)
        self._standard = StandardForm(DEFAULT_PURPOSES, DEFAULT_YEARS)
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setFixedHeight(70)

        person = QGroupBox(self.tr("Learner"))
        form = QFormLayout(person)
        self._row(form, self.tr("IIN"), "iin", self.iin)
        self._row(form, self.tr("Surname"), "surname", self.surname)
        self._row(form, self.tr("Given name"), "given_name", self.given_name)
        self._row(form, self.tr("Patronymic"), "patronymic", self.patronymic)
        self._row(form, self.tr("Name in Latin letters"), "latin_name", self.latin_name)
        self._row(form, self.tr("Birth date"), "birth_date", self.birth_date)
        self._row(form, self.tr("Sex"), "sex", self.sex)
        if self._person_id is None:
            self._row(form, self.tr("Stage"), "stage", self.stage)
        self._row(form, self.tr("Phone"), "phone", self.phone)
        self._row(form, self.tr("E-mail"), "email", self.email)
        self._row(form, self.tr("Address"), "address", self.address)

        representative = QGroupBox(self.tr("Legal representative (for learners under 18)"))
        rep_form = QFormLayout(representative)
        self._row(rep_form, self.tr("Full name"), "representative_name", self.representative_name)
        self._row(rep_form, self.tr("Relation"), "representative_relation", self.representative_relation)
        self._row(rep_form, self.tr("Phone"), "representative_phone", self.representative_phone)

        # The consent signed at registration; later ones, and withdrawals, are recorded on the learner's card.
        consent = QGroupBox(self.tr("Consent signed at registration"))
        consent_form = QFormLayout(consent)
        self._row(consent_form, self.tr("Given by"), "consent_given_by", self.consent_given_by)
        self._row(consent_form, self.tr("Date"), "consent_date", self.consent_date)
        self._row(consent_form, self.tr("Form number"), "consent_form_number", self.consent_form_number)
        purposes = QWidget()
        column = QVBoxLayout(purposes)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.consent_purposes = purpose_boxes(column, {p: purpose_name(p) for p in ConsentPurpose})
        self._check_purposes(self._standard.purposes)
        self._row(consent_form, self.tr("Purposes"), "consent_purposes", purposes)
        self._row(consent_form, self.tr("Term"), "consent_years", self.consent_term)
        consent.setVisible(self._person_id is None)

        notes = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes)
        notes_layout.addWidget(self._field_box("notes", self.notes))

        left = QVBoxLayout()
        left.addWidget(person)
        left.addWidget(notes)
        right = QVBoxLayout()
        right.addWidget(representative)
        right.addWidget(consent)
        if self._person_id is not None:
            hint = QLabel(self.tr("Consents and their withdrawals are recorded on the learner's card."), objectName="consents_hint")
            hint.setWordWrap(True)
            right.addWidget(hint)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self._lay_out(columns, stretch=False)

        for name in TEXT_FIELDS:
            getattr(self, name).textEdited.connect(lambda _text, n=name: self._changed(n))
        self.notes.textChanged.connect(lambda: self._changed("notes"))
        self.birth_date.dateChanged.connect(lambda _d: self._changed("birth_date"))
        self.consent_date.dateChanged.connect(lambda _d: self._changed("consent_date"))
        self.sex.currentIndexChanged.connect(lambda _i: self._changed("sex"))
        self.consent_given_by.currentIndexChanged.connect(lambda _i: self._changed("consent_given_by"))
        for box in self.consent_purposes.values():
            box.toggled.connect(lambda _on: self._changed("consent_purposes"))
        self.iin.textEdited.connect(self._fill_from_iin)
        self.resize(1040, 660)

    # -- values --------------------------------------------------------------
    def current_input(self) -> LearnerInput:
        return LearnerInput(
            iin=self.iin.text(),
            surname=self.surname.text(),
            given_name=self.given_name.text(),
            patronymic=self.patronymic.text() or None,
            latin_name=self.latin_name.text() or None,
            birth_date=self.birth_date.value(),
            sex=self.sex.value(),
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            address=self.address.text() or None,
            representative_name=self.representative_name.text() or None,
            representative_relation=self.representative_relation.text() or None,
            representative_phone=self.representative_phone.text() or None,
            consent_given_by=self.consent_given_by.value(),
            consent_date=self.consent_date.value(),
            consent_form_number=self.consent_form_number.text() or None,
            consent_purposes=tuple(p for p, box in self.consent_purposes.items() if box.isChecked()),
            notes=self.notes.toPlainText() or None,
            stage=self.stage.value() or Stage.PRESCHOOL,
        )

    def _show(self, data: LearnerInput) -> None:
        for name in TEXT_FIELDS:
            getattr(self, name).setText(getattr(data, name) or "")
        self.birth_date.set_value(data.birth_date)
        self.consent_date.set_value(data.consent_date)
        self.sex.set_value(data.sex)
        self.consent_given_by.set_value(data.consent_given_by)
        self.stage.set_value(data.stage)
        self.notes.setPlainText(data.notes or "")

    def _check_purposes(self, purposes: tuple[ConsentPurpose, ...]) -> None:
        for purpose, box in self.consent_purposes.items():
            box.blockSignals(True)
            box.setChecked(purpose in purposes)
            box.blockSignals(False)
        years = self._standard.years_after_studies
        self.consent_term.setText(self.tr("Until the end of studies and %n year(s) after (the college's standard form)", "", years))

    def _show_standard_form(self, form: StandardForm) -> None:
        """The college's standard form ticks its purposes, unless the user has already chosen."""
        self._standard = form
        if "consent_purposes" in self._touched:
            self._check_purposes(tuple(p for p, box in self.consent_purposes.items() if box.isChecked()))
            return
        self._check_purposes(form.purposes)
        if self._initial is not None:
            self._initial = replace(self._initial, consent_purposes=form.purposes)

    def _fill_from_iin(self) -> None:
        """A valid IIN fills the birth date and sex the user has not set."""
        number = ids.normalize_id_number(self.iin.text(), restore_leading_zero=False)
        if not ids.is_valid_iin(number):
            return
        info = ids.parse_iin(number)
        if self.birth_date.value() is None or "birth_date" not in self._touched:
            self.birth_date.blockSignals(True)
            self.birth_date.set_value(info.birth_date)
            self.birth_date.blockSignals(False)
        if self.sex.value() is None or "sex" not in self._touched:
            self.sex.blockSignals(True)
            self.sex.set_value(info.sex)
            self.sex.blockSignals(False)

    # -- hooks ---------------------------------------------------------------
    def validate(self, data: LearnerInput) -> list[Problem]:
        return learners.validate_learner(data, with_consent=self._person_id is None)[1]

    def store(self, session: Session, data: LearnerInput) -> int:
        if self._person_id is None:
            return learners.create_learner(session, data).id  # with the consent; its years are the standard form's
        return learners.update_learner(session, self._person_id, data).id

    def discard_question(self) -> str:
        return self.tr("The learner has unsaved changes. Close without saving?")
