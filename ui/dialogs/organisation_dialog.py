"""Add or edit a partner organisation: kind, country, names and address in Kazakh, Russian and English, BIN, contacts, bank and signatory.

The country is its ISO code, picked (KZ, RU and the neighbours) or typed: naming learners to
an organisation outside Kazakhstan is a transfer abroad, which needs its own consent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSizePolicy, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import Problem
from cluster_desktop.ids import Sex
from cluster_desktop.models import OrganisationKind
from cluster_desktop.services import organisations
from cluster_desktop.services.organisations import OrganisationInput

from .. import labels
from ..changes import Kind
from ..widgets import EnumCombo
from .form_dialog import FormDialog

TEXT_FIELDS = (
    "name_kk", "name_ru", "name_en", "bin", "address_kk", "address_ru", "address_en", "contact_person", "phone", "email",
    "bank_kk", "bank_ru", "iban", "bic", "signatory_position_kk", "signatory_position_ru", "signatory_name",
)


COUNTRIES = ("KZ", "RU", "UZ", "KG", "CN", "BY", "TR", "DE")  # the combo's list; any other code is typed


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
        self.bin = QLineEdit(objectName="bin", maxLength=14, placeholderText=self.tr("12 digits"))
        self.contact_person = QLineEdit(objectName="contact_person")
        self.phone = QLineEdit(objectName="phone", placeholderText="+7 7xx xxx xx xx")
        self.email = QLineEdit(objectName="email")
        self.iban = QLineEdit(objectName="iban", maxLength=42, placeholderText="KZ00 0000 0000 0000 0000")
        self.bic = QLineEdit(objectName="bic", maxLength=11)
        self.signatory_name = QLineEdit(objectName="signatory_name", placeholderText=self.tr("Surname, name, patronymic"))
        self.signatory_sex: EnumCombo[Sex] = EnumCombo(Sex, labels.sex_name, empty=self.tr("not given"))
        self.signatory_sex.setObjectName("signatory_sex")
        self.country = QComboBox(objectName="country", editable=True)
        self.country.addItems(COUNTRIES)
        for index, name in enumerate(self._country_names()):
            self.country.setItemData(index, name, Qt.ItemDataRole.ToolTipRole)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.setMinimumContentsLength(4)
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.country.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # two letters: no need of the row
        line = self.country.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setMaxLength(2)
        line.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), line))
        self.country.setToolTip(self.tr("The country's two-letter code (ISO 3166): outside KZ, naming learners to it is a transfer abroad"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Kind"), "kind", self.kind)
        self._row(form, self.tr("Country"), "country", self.country)
        self.name_kk, self.name_ru, self.name_en = self._language_row(form, self.tr("Name"), "name")
        self._row(form, self.tr("BIN"), "bin", self.bin)
        self.address_kk, self.address_ru, self.address_en = self._language_row(form, self.tr("Address"), "address")
        self._row(form, self.tr("Contact person"), "contact_person", self.contact_person)
        self._row(form, self.tr("Phone"), "phone", self.phone)
        self._row(form, self.tr("E-mail"), "email", self.email)
        self.bank_kk, self.bank_ru = self._language_row(form, self.tr("Bank"), "bank", ("kk", "ru"))
        self._row(form, self.tr("IBAN"), "iban", self.iban)
        self._row(form, self.tr("BIC"), "bic", self.bic)
        self.signatory_position_kk, self.signatory_position_ru = self._language_row(
            form, self.tr("Signatory's position"), "signatory_position", ("kk", "ru")
        )
        self._row(form, self.tr("Signatory"), "signatory_name", self.signatory_name)
        self._row(form, self.tr("Signatory's sex"), "signatory_sex", self.signatory_sex)
        self._lay_out(form, stretch=False)
        for name in TEXT_FIELDS:
            getattr(self, name).textEdited.connect(lambda _text, n=name: self._changed(n))
        self.kind.currentIndexChanged.connect(lambda _i: self._changed("kind"))
        self.signatory_sex.currentIndexChanged.connect(lambda _i: self._changed("signatory_sex"))
        self.country.currentTextChanged.connect(lambda _text: self._changed("country"))
        self.resize(860, 680)

    def current_input(self) -> OrganisationInput:
        texts: dict[str, Any] = {name: getattr(self, name).text() or None for name in TEXT_FIELDS}
        texts["name_kk"], texts["name_ru"] = self.name_kk.text(), self.name_ru.text()
        return OrganisationInput(
            kind=self.kind.value() or OrganisationKind.EMPLOYER, signatory_sex=self.signatory_sex.value(),
            country=self.country.currentText().strip().upper(), **texts,
        )

    def _country_names(self) -> list[str]:
        return [
            self.tr("Kazakhstan"), self.tr("Russia"), self.tr("Uzbekistan"), self.tr("Kyrgyzstan"), self.tr("China"),
            self.tr("Belarus"), self.tr("Türkiye"), self.tr("Germany"),
        ]

    def _load_organisation(self, organisation_id: int) -> None:
        def work(session: Session) -> OrganisationInput:
            return organisations.organisation_input(organisations.get_organisation(session, organisation_id))

        def show(data: OrganisationInput) -> None:
            self.kind.set_value(data.kind)
            self.signatory_sex.set_value(data.signatory_sex)
            self.country.setCurrentText(data.country)
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
