"""Add or edit an application for admission; and the admission order that admits one.

The applicant is found by IIN in the one register of people; someone not yet in it
is added from the surname and given names typed here (with the legal
representative who consents for a minor), through the same checks as any learner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.models import ConsentGiver, SeatKind
from cluster_desktop.services import admissions, organisations
from cluster_desktop.services.admissions import ApplicationInput
from cluster_desktop.services.demand import YEARS
from cluster_desktop.services.intake_plan import specialty_choices
from cluster_desktop.services.learners import LearnerInput
from cluster_desktop.services.placements import ENTERPRISE_KINDS

from ..changes import Kind
from ..i18n import current_language
from ..widgets import DateEdit
from .form_dialog import FormDialog

translate = QCoreApplication.translate


def seat_kind_names() -> dict[SeatKind, str]:
    """Each kind of seat in the interface language (the page, the dialogs and the plan editor share them)."""
    return {
        SeatKind.STATE_ORDER: translate("Admissions", "State educational order"),
        SeatKind.LOCAL_ORDER: translate("Admissions", "Local order"),
        SeatKind.EMPLOYER: translate("Admissions", "Employer-funded (target)"),
        SeatKind.PAID: translate("Admissions", "Paid"),
    }


@dataclass(frozen=True)
class ApplicationForm:
    """What the form says: the application, and the names of someone not yet registered."""

    application: ApplicationInput
    surname: str
    given_name: str
    patronymic: str
    representative: str


@dataclass(frozen=True)
class _Loaded:
    specialties: list[tuple[int, str]]
    employers: list[tuple[int, str]]
    application: ApplicationInput | None


class ApplicationDialog(FormDialog[ApplicationForm]):
    """``application_id=None`` takes a new application; otherwise edits one still being considered."""

    touches = frozenset({Kind.ADMISSIONS, Kind.LEARNERS})

    def __init__(
        self, database: Database, application_id: int | None = None, parent: QWidget | None = None, year: int | None = None
    ) -> None:
        super().__init__(database, parent)
        self._application_id = application_id
        self.setWindowTitle(self.tr("New application") if application_id is None else self.tr("Edit application"))
        self._build(year or date.today().year)
        self._load_everything()

    def _build(self, year: int) -> None:
        self.iin = QLineEdit(objectName="iin", maxLength=14, placeholderText=self.tr("12 digits"))
        self.surname = QLineEdit(objectName="surname", placeholderText=self.tr("only for someone not yet in the register"))
        self.given_name = QLineEdit(objectName="given_name")
        self.patronymic = QLineEdit(objectName="patronymic")
        self.representative = QLineEdit(objectName="representative", placeholderText=self.tr("for an applicant under 18"))
        self.programme_id = QComboBox(objectName="programme_id")
        self.year = QSpinBox(objectName="year", minimum=YEARS[0], maximum=YEARS[1], value=year)
        self.year.setMaximumWidth(160)
        self.seat_kind = QComboBox(objectName="seat_kind")
        for kind, name in seat_kind_names().items():
            self.seat_kind.addItem(name, kind)
        self.employer_id = QComboBox(objectName="employer_id")
        self.applied_on = DateEdit("applied_on")
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setFixedHeight(56)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("IIN"), "iin", self.iin)
        self._row(form, self.tr("Surname"), "surname", self.surname)
        self._row(form, self.tr("Given name"), "given_name", self.given_name)
        self._row(form, self.tr("Patronymic"), "patronymic", self.patronymic)
        self._row(form, self.tr("Legal representative"), "representative_name", self.representative)
        self._row(form, self.tr("Specialty"), "programme_id", self.programme_id)
        self._row(form, self.tr("Intake year"), "year", self.year)
        self._row(form, self.tr("Kind of seat"), "seat_kind", self.seat_kind)
        self._row(form, self.tr("Employer"), "employer_id", self.employer_id)
        self._row(form, self.tr("Application date"), "applied_on", self.applied_on)
        self._row(form, self.tr("Notes"), "notes", self.notes)
        content = QVBoxLayout()
        content.addLayout(form)
        content.addStretch(1)
        self._lay_out(content, stretch=False)

        for name in ("iin", "surname", "given_name", "patronymic", "representative"):
            getattr(self, name).textEdited.connect(lambda _text, n=name: self._changed(n))
        self.programme_id.currentIndexChanged.connect(lambda _i: self._changed("programme_id"))
        self.seat_kind.currentIndexChanged.connect(lambda _i: self._seat_kind_changed())
        self.employer_id.currentIndexChanged.connect(lambda _i: self._changed("employer_id"))
        self.year.valueChanged.connect(lambda _v: self._changed("year"))
        self.applied_on.dateChanged.connect(lambda _d: self._changed("applied_on"))
        self.notes.textChanged.connect(lambda: self._changed("notes"))
        self._seat_kind_changed()
        self.resize(720, 560)

    def _seat_kind_changed(self) -> None:
        self.employer_id.setEnabled(self.seat_kind.currentData() is SeatKind.EMPLOYER)
        self._changed("seat_kind")

    def current_input(self) -> ApplicationForm:
        return ApplicationForm(
            ApplicationInput(
                iin=self.iin.text(),
                programme_id=self.programme_id.currentData(),
                year=self.year.value(),
                seat_kind=self.seat_kind.currentData(),
                applied_on=self.applied_on.value(),
                employer_id=self.employer_id.currentData(),
                notes=self.notes.toPlainText() or None,
            ),
            self.surname.text(),
            self.given_name.text(),
            self.patronymic.text(),
            self.representative.text(),
        )

    def _load_everything(self) -> None:
        application_id = self._application_id
        language = current_language()

        def work(session: Session) -> _Loaded:
            employers = organisations.organisation_choices(session, language, ENTERPRISE_KINDS)
            found = admissions.application_input(session, application_id) if application_id is not None else None
            return _Loaded(specialty_choices(session, language), employers, found)

        def show(loaded: _Loaded) -> None:
            self.programme_id.addItem(self.tr("(choose the specialty)"), None)
            for programme_id, name in loaded.specialties:
                self.programme_id.addItem(name, programme_id)
            self.employer_id.addItem(self.tr("(choose the employer)"), None)
            for employer_id, name in loaded.employers:
                self.employer_id.addItem(name, employer_id)
            data = loaded.application
            if data is None:
                return
            self.iin.setText(data.iin)
            self.iin.setReadOnly(True)  # the applicant stays who they are
            for name in ("surname", "given_name", "patronymic", "representative"):
                getattr(self, name).setEnabled(False)
            self.programme_id.setCurrentIndex(max(0, self.programme_id.findData(data.programme_id)))
            self.year.setValue(data.year)
            self.seat_kind.setCurrentIndex(max(0, self.seat_kind.findData(data.seat_kind)))
            self.employer_id.setCurrentIndex(max(0, self.employer_id.findData(data.employer_id)))
            self.applied_on.set_value(data.applied_on)
            self.notes.setPlainText(data.notes or "")

        self._load(work, show, focus=self.iin)

    def store(self, session: Session, data: ApplicationForm) -> int:
        if self._application_id is not None:
            return admissions.update_application(session, self._application_id, data.application, date.today()).id
        applicant = None
        if data.surname.strip() or data.given_name.strip():
            representative = data.representative.strip() or None
            applicant = LearnerInput(
                iin=data.application.iin,
                surname=data.surname,
                given_name=data.given_name,
                patronymic=data.patronymic or None,
                representative_name=representative,
                consent_given_by=ConsentGiver.REPRESENTATIVE if representative else ConsentGiver.SELF,
                consent_date=data.application.applied_on,
            )
        return admissions.create_application(session, data.application, date.today(), applicant).id

    def discard_question(self) -> str:
        return self.tr("The application has unsaved changes. Close without saving?")


@dataclass(frozen=True)
class AdmissionOrder:
    number: str
    day: date


class AdmitDialog(FormDialog[AdmissionOrder]):
    """Admit one application by the admission order: its number and date."""

    touches = frozenset({Kind.ADMISSIONS})

    def __init__(self, database: Database, application_id: int, applicant: str, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._application_id = application_id
        self.setWindowTitle(self.tr("Admit {name}").format(name=applicant))
        self.order_number = QLineEdit(objectName="order_number", maxLength=80)
        self.order_date = DateEdit("order_date")
        form = QFormLayout()
        self._row(form, self.tr("Admission order number"), "order_number", self.order_number)
        self._row(form, self.tr("Admission order date"), "order_date", self.order_date)
        content = QVBoxLayout()
        content.addLayout(form)
        self._lay_out(content)
        self.order_number.textEdited.connect(lambda _t: self._changed("order_number"))
        self.order_date.dateChanged.connect(lambda _d: self._changed("order_date"))
        self.resize(520, 220)
        self._start_editing(self.order_number)

    def current_input(self) -> AdmissionOrder:
        return AdmissionOrder(self.order_number.text(), self.order_date.value())

    def store(self, session: Session, data: AdmissionOrder) -> int:
        return admissions.admit(session, self._application_id, data.number, data.day, date.today()).id

    def discard_question(self) -> str:
        return self.tr("The admission order is not saved. Close without admitting?")
