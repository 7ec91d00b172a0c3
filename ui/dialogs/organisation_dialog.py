"""Add or edit a partner organisation: kind, names in Kazakh and Russian, BIN, contacts."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import Problem
from cluster_desktop.models import OrganisationKind
from cluster_desktop.services import organisations
from cluster_desktop.services.organisations import OrganisationInput

from .. import labels
from ..changes import Kind
from ..widgets import EnumCombo
from .form_dialog import FormDialog

TEXT_FIELDS = ("name_kk", "name_ru", "bin", "address", "contact_person", "phone", "email")


class OrganisationDialog(FormDialog[OrganisationInput]):
    """``organisation_id=None`` adds a partner; otherwise edits it.  ``saved_id`` holds the result."""

    touches = frozenset({Kind.ORGANISATIONS})

    def __init__(self, database: Database, organisation_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._organisation_id = organisation_id
        self.setWindowTitle(self.tr("New partner") if organisation_id is None else self.tr("Edit partner"))
        self._build()
        if organisation_id is None:
            self._start_editing(self.name_kk)
        else:
            self._load_organisation(organisation_id)

    def _build(self) -> None:
        self.kind: EnumCombo[OrganisationKind] = EnumCombo(OrganisationKind, labels.organisation_kind_name)
        self.kind.setObjectName("kind")
        self.name_kk = QLineEdit(objectName="name_kk")
        self.name_ru = QLineEdit(objectName="name_ru")
        self.bin = QLineEdit(objectName="bin", maxLength=14, placeholderText=self.tr("12 digits"))
        self.address = QLineEdit(objectName="address")
        self.contact_person = QLineEdit(objectName="contact_person")
        self.phone = QLineEdit(objectName="phone", placeholderText="+7 7xx xxx xx xx")
        self.email = QLineEdit(objectName="email")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Kind"), "kind", self.kind)
        self._row(form, self.tr("Name in Kazakh"), "name_kk", self.name_kk)
        self._row(form, self.tr("Name in Russian"), "name_ru", self.name_ru)
        self._row(form, self.tr("BIN"), "bin", self.bin)
        self._row(form, self.tr("Address"), "address", self.address)
        self._row(form, self.tr("Contact person"), "contact_person", self.contact_person)
        self._row(form, self.tr("Phone"), "phone", self.phone)
        self._row(form, self.tr("E-mail"), "email", self.email)
        self._lay_out(form, stretch=False)
        for name in TEXT_FIELDS:
            getattr(self, name).textEdited.connect(lambda _text, n=name: self._changed(n))
        self.kind.currentIndexChanged.connect(lambda _i: self._changed("kind"))
        self.resize(660, 440)

    def current_input(self) -> OrganisationInput:
        return OrganisationInput(
            kind=self.kind.value() or OrganisationKind.EMPLOYER,
            name_kk=self.name_kk.text(),
            name_ru=self.name_ru.text(),
            bin=self.bin.text() or None,
            address=self.address.text() or None,
            contact_person=self.contact_person.text() or None,
            phone=self.phone.text() or None,
            email=self.email.text() or None,
        )

    def _load_organisation(self, organisation_id: int) -> None:
        def work(session: Session) -> OrganisationInput:
            return organisations.organisation_input(organisations.get_organisation(session, organisation_id))

        def show(data: OrganisationInput) -> None:
            self.kind.set_value(data.kind)
            for name in TEXT_FIELDS:
                getattr(self, name).setText(getattr(data, name) or "")

        self._load(work, show, focus=self.name_kk)

    # -- hooks ---------------------------------------------------------------
    def validate(self, data: OrganisationInput) -> list[Problem]:
        return organisations.check_organisation(data)[1]

    def ready_to_save(self, data: OrganisationInput) -> bool:
        problems = self.validate(data)
        if problems:
            self._show_problems(problems)
        return not problems

    def store(self, session: Session, data: OrganisationInput) -> int:
        if self._organisation_id is None:
            return organisations.create_organisation(session, data).id
        return organisations.update_organisation(session, self._organisation_id, data).id

    def discard_question(self) -> str:
        return self.tr("The partner has unsaved changes. Close without saving?")
