"""Add or edit a learner, with every problem explained beside its field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cluster_desktop import ids
from cluster_desktop.db import Database
from cluster_desktop.errors import TRANSLATION_CONTEXT, ValidationError
from cluster_desktop.ids import Sex
from cluster_desktop.models import ConsentGiver, Stage
from cluster_desktop.services import learners
from cluster_desktop.services.learners import LearnerInput

from .. import labels
from ..messages import confirm, error_text, problem_text, show_error
from ..tasks import run_in_background
from ..widgets import EnumCombo, ErrorLabel, OptionalDateEdit, with_error

VALIDATE_DELAY_MS = 300


class LearnerDialog(QDialog):
    """``person_id=None`` adds a learner; otherwise edits that one.  ``saved_id`` holds the result."""

    def __init__(self, database: Database, person_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._person_id = person_id
        self._touched: set[str] = set()
        self._initial: LearnerInput | None = None
        self._saving = False
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New learner") if person_id is None else self.tr("Edit learner"))
        self._errors: dict[str, ErrorLabel] = {}
        self._build()
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self._validate_inline)
        if person_id is not None:
            self._load(person_id)
        else:
            self.consent_date.set_value(date.today())
            # stored as the user reads it, not in the source language
            self.consent_scope.setText(QCoreApplication.translate(TRANSLATION_CONTEXT, learners.DEFAULT_CONSENT_SCOPE))
            self._initial = self.current_input()

    # -- layout --------------------------------------------------------------
    def _row(self, form: QFormLayout, label: str, name: str, field: QWidget) -> None:
        box, error = with_error(field)
        self._errors[name] = error
        form.addRow(label, box)

    def _build(self) -> None:
        self.iin = QLineEdit(objectName="iin", maxLength=20, placeholderText=self.tr("12 digits"))
        self.surname = QLineEdit(objectName="surname")
        self.given_name = QLineEdit(objectName="given_name")
        self.patronymic = QLineEdit(objectName="patronymic")
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
        self.consent_scope = QLineEdit(objectName="consent_scope", placeholderText=self.tr("Education, certificates and employment within the cluster"))
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setFixedHeight(70)

        person = QGroupBox(self.tr("Learner"))
        form = QFormLayout(person)
        self._row(form, self.tr("IIN"), "iin", self.iin)
        self._row(form, self.tr("Surname"), "surname", self.surname)
        self._row(form, self.tr("Given name"), "given_name", self.given_name)
        self._row(form, self.tr("Patronymic"), "patronymic", self.patronymic)
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

        consent = QGroupBox(self.tr("Consent to personal-data processing"))
        consent_form = QFormLayout(consent)
        self._row(consent_form, self.tr("Given by"), "consent_given_by", self.consent_given_by)
        self._row(consent_form, self.tr("Date"), "consent_date", self.consent_date)
        self._row(consent_form, self.tr("Scope"), "consent_scope", self.consent_scope)

        notes = QGroupBox(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes)
        notes_box, self._errors["notes"] = with_error(self.notes)
        notes_layout.addWidget(notes_box)

        right = QVBoxLayout()
        right.addWidget(representative)
        right.addWidget(consent)
        right.addWidget(notes)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(person, 1)
        columns.addLayout(right, 1)

        self.summary = ErrorLabel(self)
        self.summary.setObjectName("summary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        for name in ("iin", "surname", "given_name", "patronymic", "phone", "email", "address",
                     "representative_name", "representative_relation", "representative_phone", "consent_scope"):
            getattr(self, name).textEdited.connect(lambda _text, n=name: self._changed(n))
        self.notes.textChanged.connect(lambda: self._changed("notes"))
        self.birth_date.dateChanged.connect(lambda _d: self._changed("birth_date"))
        self.consent_date.dateChanged.connect(lambda _d: self._changed("consent_date"))
        self.sex.currentIndexChanged.connect(lambda _i: self._changed("sex"))
        self.consent_given_by.currentIndexChanged.connect(lambda _i: self._changed("consent_given_by"))
        self.iin.textEdited.connect(self._fill_from_iin)
        self.resize(980, 620)

    # -- values --------------------------------------------------------------
    def current_input(self) -> LearnerInput:
        return LearnerInput(
            iin=self.iin.text(),
            surname=self.surname.text(),
            given_name=self.given_name.text(),
            patronymic=self.patronymic.text() or None,
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
            consent_scope=self.consent_scope.text() or None,
            notes=self.notes.toPlainText() or None,
            stage=self.stage.value() or Stage.PRESCHOOL,
        )

    def _show(self, data: LearnerInput) -> None:
        for name in ("iin", "surname", "given_name", "patronymic", "phone", "email", "address",
                     "representative_name", "representative_relation", "representative_phone", "consent_scope"):
            getattr(self, name).setText(getattr(data, name) or "")
        self.birth_date.set_value(data.birth_date)
        self.consent_date.set_value(data.consent_date)
        self.sex.set_value(data.sex)
        self.consent_given_by.set_value(data.consent_given_by)
        self.stage.set_value(data.stage)
        self.notes.setPlainText(data.notes or "")

    def _load(self, person_id: int) -> None:
        self.setEnabled(False)

        def work(_p: object) -> LearnerInput:
            with self._db.session() as session:
                return learners.learner_input(learners.get_learner(session, person_id))

        def done(data: LearnerInput) -> None:
            self._show(data)
            self._initial = self.current_input()
            self._touched.clear()
            self.setEnabled(True)

        def fail(exc: BaseException) -> None:
            show_error(self.parentWidget(), exc)
            self.reject()

        run_in_background(work, done, fail, parent=self)

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

    # -- validation ------------------------------------------------------------
    def _changed(self, name: str) -> None:
        self._touched.add(name)
        self._validate_timer.start()

    def _validate_inline(self) -> None:
        """Re-check as the user types (rules only, no database); show problems of touched fields."""
        _clean, problems = learners.validate_learner(self.current_input())
        self._show_problems(problems, only=self._touched)

    def _show_problems(self, problems: list, only: set[str] | None = None) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem_text(problem))
        for name, label in self._errors.items():
            label.show_messages(by_field.get(name, []) if only is None or name in only else [])
        if only is None:
            unplaced = [m for f, msgs in by_field.items() if f not in self._errors for m in msgs]
            self.summary.show_messages(
                [self.tr("Nothing was saved: correct the fields marked in red.")] + unplaced if problems else []
            )
            first = next((getattr(self, p.field) for p in problems if hasattr(self, p.field)), None)
            if isinstance(first, QWidget):
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving ------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        self._saving = True
        self.buttons.setEnabled(False)
        data = self.current_input()
        person_id = self._person_id

        def work(_p: object) -> int:
            with self._db.session() as session:
                if person_id is None:
                    return learners.create_learner(session, data).id
                return learners.update_learner(session, person_id, data).id

        def done(saved_id: int) -> None:
            self.saved_id = saved_id
            self._initial = self.current_input()
            self.accept()

        def fail(exc: BaseException) -> None:
            self._saving = False
            self.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                self._show_problems(exc.problems)
            else:
                self.summary.show_messages([error_text(exc)])

        run_in_background(work, done, fail, parent=self)

    def has_unsaved_changes(self) -> bool:
        return self._initial is not None and self.current_input() != self._initial

    def reject(self) -> None:
        if self.has_unsaved_changes() and not confirm(
            self, self.tr("Discard changes?"), self.tr("The learner has unsaved changes. Close without saving?")
        ):
            return
        super().reject()
