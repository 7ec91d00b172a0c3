"""Add or edit an agreement: the fields its kind uses, the partners that fit it, and the learners attached."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import Problem
from cluster_desktop.languages import OFFICIAL_LANGUAGES
from cluster_desktop.models import AgreementKind
from cluster_desktop.services import agreements
from cluster_desktop.services.agreement_form import AgreementForm, PartnerChoice, agreement_form
from cluster_desktop.services.agreements import (
    KIND_FIELDS,
    KINDS_WITH_LEARNERS,
    PARTNER_KINDS,
    AgreementInput,
    AttachedLearner,
)

from .. import labels
from ..changes import Kind
from ..i18n import current_language
from ..widgets import DateEdit, EnumCombo, OptionalDateEdit
from .form_dialog import FormDialog
from .learner_picker import LearnerPicker

TEXT_FIELDS = ("number", "title_kk", "title_ru", "workplace_kk", "workplace_ru", "mentor", "pay")
PLAIN_TEXT_FIELDS = ("obligations_kk", "obligations_ru", "notes")
KIND_ROWS = ("programme_id", "workplace", "mentor", "pay", "hours")



class AgreementDialog(FormDialog[AgreementInput]):
    """``agreement_id=None`` adds an agreement (with ``partner_id`` preset, if given); otherwise edits it."""

    touches = frozenset({Kind.AGREEMENTS})

    def __init__(self, database: Database, agreement_id: int | None = None, partner_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._agreement_id = agreement_id
        self._preset_partner = partner_id
        self._partners: list[PartnerChoice] = []
        self._periods: dict[int, AttachedLearner] = {}  # periods of learners as loaded, kept when saving
        self.setWindowTitle(self.tr("New agreement") if agreement_id is None else self.tr("Edit agreement"))
        self._build()
        self._load_everything()

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        self.kind: EnumCombo[AgreementKind] = EnumCombo(AgreementKind, labels.agreement_kind_name)
        self.kind.setObjectName("kind")
        self.number = QLineEdit(objectName="number", placeholderText=self.tr("e.g. ДО-12"))
        self.is_draft = QCheckBox(self.tr("Draft (not signed yet)"), objectName="is_draft")
        number_row = QWidget()
        number_layout = QHBoxLayout(number_row)
        number_layout.setContentsMargins(0, 0, 0, 0)
        number_layout.addWidget(self.number, 1)
        number_layout.addWidget(self.is_draft)
        self.partner_id = QComboBox(objectName="partner")
        titles, (self.title_kk, self.title_ru) = self._language_fields(self.tr("Subject"), "title", OFFICIAL_LANGUAGES, QLineEdit)
        self.signed_on = DateEdit("signed_on")
        self.starts_on = DateEdit("starts_on")
        self.ends_on = OptionalDateEdit()
        self.ends_on.setObjectName("ends_on")
        self.programme_id = QComboBox(objectName="programme")
        self.programme_id.addItem(self.tr("(none)"), None)
        workplaces, (self.workplace_kk, self.workplace_ru) = self._language_fields(
            self.tr("Workplace"), "workplace", OFFICIAL_LANGUAGES, QLineEdit
        )
        self.mentor = QLineEdit(objectName="mentor")
        self.pay = QLineEdit(objectName="pay")
        self.hours = QSpinBox(objectName="hours", minimum=0, maximum=10000, specialValueText=self.tr("—"))
        self.hours.setSuffix(self.tr(" h"))
        obligations, (self.obligations_kk, self.obligations_ru) = self._language_fields(
            self.tr("Obligations"), "obligations", OFFICIAL_LANGUAGES, QPlainTextEdit
        )
        for edit in (self.obligations_kk, self.obligations_ru):
            edit.setFixedHeight(64)
        self.notes = QPlainTextEdit(objectName="notes")
        self.notes.setFixedHeight(48)
        self.learners = LearnerPicker(self._db)
        self.learners.setObjectName("learners")

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._boxes: dict[str, QWidget] = {}
        for label, name, widget in (
            (self.tr("Type"), "kind", self.kind),
            (self.tr("Number"), "number", number_row),
            (self.tr("Partner"), "partner_id", self.partner_id),
            (self.tr("Subject"), "title", titles),
            (self.tr("Date signed"), "signed_on", self.signed_on),
            (self.tr("Start date"), "starts_on", self.starts_on),
            (self.tr("End date"), "ends_on", self.ends_on),
            (self.tr("Specialty or programme"), "programme_id", self.programme_id),
            (self.tr("Workplace"), "workplace", workplaces),
            (self.tr("Mentor"), "mentor", self.mentor),
            (self.tr("Pay or stipend"), "pay", self.pay),
            (self.tr("Hours on the job"), "hours", self.hours),
            (self.tr("Obligations"), "obligations", obligations),
            (self.tr("Notes"), "notes", self.notes),
        ):
            # A row kept per language holds its fields' own problem labels already.
            self._boxes[name] = widget if name in ("title", "workplace", "obligations") else self._field_box(name, widget)
            self.form.addRow(label, self._boxes[name])
        self.learners_box = QGroupBox(self.tr("Learners"), objectName="learners_box")
        learners_layout = QVBoxLayout(self.learners_box)
        learners_layout.addWidget(self._field_box("learners", self.learners), 1)
        self.learner_from = OptionalDateEdit()
        self.learner_from.setObjectName("learner_from")
        self.learner_until = OptionalDateEdit()
        self.learner_until.setObjectName("learner_until")
        for date_edit in (self.learner_from, self.learner_until):
            date_edit.setMinimumWidth(120)
        self.period_row = QWidget(objectName="learner_period")
        period_layout = QHBoxLayout(self.period_row)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addWidget(QLabel(self.tr("Selected learner's period:")))
        period_layout.addStretch(1)
        period_layout.addWidget(self.learner_from)
        period_layout.addWidget(QLabel("–"))
        period_layout.addWidget(self.learner_until)
        self.period_row.setToolTip(self.tr("Leave empty when the learner's period is the agreement's"))
        learners_layout.addWidget(self.period_row)
        fields_column = QVBoxLayout()
        fields_column.addLayout(self.form)
        fields_column.addStretch(1)
        content = QHBoxLayout()
        content.addLayout(fields_column, 3)
        content.addWidget(self.learners_box, 2)
        self._lay_out(content, stretch=False)

        for name in TEXT_FIELDS:
            getattr(self, name).textEdited.connect(lambda _text, n=name: self._changed(n))
        for name in PLAIN_TEXT_FIELDS:
            getattr(self, name).textChanged.connect(lambda n=name: self._changed(n))
        for name in ("signed_on", "starts_on", "ends_on"):
            getattr(self, name).dateChanged.connect(lambda _d, n=name: self._changed(n, also=("ends_on", "learners", "number")))
        self.hours.valueChanged.connect(lambda _v: self._changed("hours"))
        self.partner_id.currentIndexChanged.connect(lambda _i: self._changed("partner_id"))
        self.is_draft.toggled.connect(lambda _on: self._changed("is_draft", also=("learners",)))
        self.learners.changed.connect(self._learners_changed)
        self.learners.attached.currentRowChanged.connect(lambda _row: self._show_period())
        self.learner_from.dateChanged.connect(lambda _d: self._period_edited())
        self.learner_until.dateChanged.connect(lambda _d: self._period_edited())
        self._show_period()
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        self.resize(1120, 680)

    def _kind_changed(self) -> None:
        """Show the fields and partners the chosen kind uses; a received document is named and dated, not signed."""
        kind = self.kind.value() or AgreementKind.MEMORANDUM
        used = KIND_FIELDS[kind]
        for name in KIND_ROWS:
            self.form.setRowVisible(self._boxes[name], name in used or f"{name}_kk" in used)
        # Attached learners stay in sight under a kind that has none, so that the refusal beside them can be acted on.
        self.learners_box.setVisible(kind in KINDS_WITH_LEARNERS or bool(self.learners.person_ids()))
        received = kind is AgreementKind.RECEIVED_DOCUMENT
        cast(QLabel, self.form.labelForField(self._boxes["title"])).setText(self.tr("Document") if received else self.tr("Subject"))
        cast(QLabel, self.form.labelForField(self._boxes["signed_on"])).setText(self.tr("Date of the document") if received else self.tr("Date signed"))
        cast(QLabel, self.form.labelForField(self._boxes["starts_on"])).setText(self.tr("Valid from") if received else self.tr("Start date"))
        cast(QLabel, self.form.labelForField(self._boxes["ends_on"])).setText(self.tr("Valid until") if received else self.tr("End date"))
        self.is_draft.setVisible(not received)
        self._fill_partners(kind)
        self._changed("kind", also=("partner_id", "learners", "title_kk"))

    def _learners_changed(self) -> None:
        kind = self.kind.value() or AgreementKind.MEMORANDUM
        self.learners_box.setVisible(kind in KINDS_WITH_LEARNERS or bool(self.learners.person_ids()))
        self._changed("learners")

    def _selected_learner(self) -> int | None:
        item = self.learners.attached.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_period(self) -> None:
        """The dates under the attached list are those of the learner selected in it."""
        person_id = self._selected_learner()
        period = self._periods.get(person_id) if person_id is not None else None
        self.period_row.setEnabled(person_id is not None)
        for edit, value in ((self.learner_from, period.starts_on if period else None), (self.learner_until, period.ends_on if period else None)):
            edit.blockSignals(True)
            edit.set_value(value)
            edit.blockSignals(False)

    def _period_edited(self) -> None:
        person_id = self._selected_learner()
        if person_id is None:
            return
        self._periods[person_id] = AttachedLearner(person_id, self.learner_from.value(), self.learner_until.value())
        self._changed("learners")

    def _fill_partners(self, kind: AgreementKind) -> None:
        chosen = self.partner_id.currentData() or self._preset_partner
        allowed = PARTNER_KINDS[kind]
        self.partner_id.blockSignals(True)
        self.partner_id.clear()
        self.partner_id.addItem(self.tr("(choose the partner)"), None)
        for partner in self._partners:
            if partner.kind in allowed or partner.id == chosen:
                self.partner_id.addItem(f"{partner.name} ({labels.organisation_kind_name(partner.kind)})", partner.id)
        self.partner_id.setCurrentIndex(max(0, self.partner_id.findData(chosen)))
        self.partner_id.blockSignals(False)

    # -- values --------------------------------------------------------------
    def current_input(self) -> AgreementInput:
        kind = self.kind.value() or AgreementKind.MEMORANDUM
        learners = tuple(self._periods.get(p, AttachedLearner(p)) for p in self.learners.person_ids())
        return AgreementInput(
            kind=kind, number=self.number.text(), partner_id=self.partner_id.currentData() or 0,
            signed_on=self.signed_on.value(), starts_on=self.starts_on.value(), ends_on=self.ends_on.value(),
            title_kk=self.title_kk.text() or None, title_ru=self.title_ru.text() or None,
            is_draft=self.is_draft.isChecked() and kind is not AgreementKind.RECEIVED_DOCUMENT,
            programme_id=self.programme_id.currentData(), workplace_kk=self.workplace_kk.text() or None,
            workplace_ru=self.workplace_ru.text() or None, mentor=self.mentor.text() or None,
            pay=self.pay.text() or None, hours=self.hours.value() or None, obligations_kk=self.obligations_kk.toPlainText() or None,
            obligations_ru=self.obligations_ru.toPlainText() or None, notes=self.notes.toPlainText() or None, learners=learners,
        )

    def _load_everything(self) -> None:
        agreement_id = self._agreement_id
        language = current_language()

        def show(loaded: AgreementForm) -> None:
            self._partners = loaded.partners
            for programme_id, name in loaded.programmes:
                self.programme_id.addItem(name, programme_id)
            data = loaded.agreement
            if data is None:
                self._fill_partners(self.kind.value() or AgreementKind.MEMORANDUM)
                return
            self._preset_partner = data.partner_id
            self.kind.set_value(data.kind)
            self._fill_partners(data.kind)
            for name in TEXT_FIELDS:
                getattr(self, name).setText(getattr(data, name) or "")
            self.is_draft.setChecked(data.is_draft)
            self.signed_on.set_value(data.signed_on)
            self.starts_on.set_value(data.starts_on)
            self.ends_on.set_value(data.ends_on)
            self.programme_id.setCurrentIndex(max(0, self.programme_id.findData(data.programme_id)))
            self.hours.setValue(data.hours or 0)
            for name in PLAIN_TEXT_FIELDS:
                getattr(self, name).setPlainText(getattr(data, name) or "")
            self._periods = {item.person_id: item for item in data.learners}
            self.learners.set_attached([(item.person_id, loaded.learner_names.get(item.person_id, "?")) for item in data.learners])

        self._load(lambda session: agreement_form(session, agreement_id, language), show, focus=self.number)

    # -- hooks ---------------------------------------------------------------
    def validate(self, data: AgreementInput) -> list[Problem]:
        problems = agreements.check_input(agreements.clean_input(data))
        if not data.partner_id:
            problems.append(Problem("partner_id", agreements.PARTNER_NOT_FOUND))
        ids = [item.person_id for item in data.learners]
        for row, person_id in enumerate(ids):
            if person_id in ids[:row]:
                problems.append(Problem("learners", agreements.LEARNER_TWICE, {"name": self.learners.attached.item(row).text()}))
        return problems

    def ready_to_save(self, data: AgreementInput) -> bool:
        problems = self.validate(data)
        if problems:
            self._show_problems(problems)
        return not problems

    def store(self, session: Session, data: AgreementInput) -> int:
        if self._agreement_id is None:
            return agreements.create_agreement(session, data).id
        return agreements.update_agreement(session, self._agreement_id, data).id

    def _field_widget(self, field: str) -> QWidget | None:
        widgets = {"learners": self.learners.search, "partner_id": self.partner_id, "number": self.number}
        return widgets.get(field) or super()._field_widget(field)

    def discard_question(self) -> str:
        return self.tr("The agreement has unsaved changes. Close without saving?")
