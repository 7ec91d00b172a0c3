"""Add or edit a programme: what the cluster teaches, in which languages, with which partner."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import Problem
from cluster_desktop.models import ProgrammeKind
from cluster_desktop.services import organisations, programmes, qualifications
from cluster_desktop.services.programmes import ProgrammeInput
from cluster_desktop.services.qualifications import QualificationChoice

from .. import labels
from ..changes import Kind
from ..i18n import current_language
from ..qualification_combo import QualificationCombo
from ..widgets import EnumCombo
from .form_dialog import FormDialog

MAX_HOURS = 10000
TEXT_FIELDS = (
    "name_kk", "name_ru", "name_en", "qualification_name_kk", "qualification_name_ru", "qualification_name_en",
)


@dataclass(frozen=True)
class _Loaded:
    partners: list[tuple[int, str]]
    qualifications: list[QualificationChoice]
    programme: ProgrammeInput | None


class ProgrammeDialog(FormDialog[ProgrammeInput]):
    """``programme_id=None`` adds a programme (of ``kind``, if given); otherwise edits it.  ``saved_id`` holds the result."""

    touches = frozenset({Kind.PROGRAMMES})

    def __init__(
        self,
        database: Database,
        programme_id: int | None = None,
        kind: ProgrammeKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, parent)
        self._programme_id = programme_id
        self.setWindowTitle(self.tr("New programme") if programme_id is None else self.tr("Edit programme"))
        self._build()
        if kind is not None:
            self.kind.set_value(kind)
        self._load_partners_and_programme()

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        self.kind: EnumCombo[ProgrammeKind] = EnumCombo(ProgrammeKind, labels.programme_kind_name)
        self.kind.setObjectName("kind")
        self.qualification_code = QualificationCombo("qualification_code")
        self.qualification_code.setToolTip(self.tr("A qualification's names in each language come from the catalogue when the programme is saved"))
        self.hours = QSpinBox(objectName="hours", minimum=0, maximum=MAX_HOURS)
        self.hours.setSuffix(self.tr(" h"))
        self.lang_kk = QCheckBox(labels.language_name("kk"), objectName="lang_kk")
        self.lang_ru = QCheckBox(labels.language_name("ru"), objectName="lang_ru")
        self.lang_en = QCheckBox(labels.language_name("en"), objectName="lang_en")
        self.languages = QWidget(objectName="languages")
        languages_layout = QHBoxLayout(self.languages)
        languages_layout.setContentsMargins(0, 0, 0, 0)
        for box in self._language_boxes().values():
            languages_layout.addWidget(box)
        languages_layout.addStretch(1)
        self.partner_id = QComboBox(objectName="partner")
        self.partner_id.addItem(self.tr("(none)"), None)
        self.description = QPlainTextEdit(objectName="description")
        self.description.setFixedHeight(80)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Kind"), "kind", self.kind)
        self.name_kk, self.name_ru, self.name_en = self._language_row(form, self.tr("Name"), "name")
        self._row(form, self.tr("Qualification code"), "qualification_code", self.qualification_code)
        self.qualification_name_kk, self.qualification_name_ru, self.qualification_name_en = self._language_row(
            form, self.tr("Qualification name"), "qualification_name"
        )
        self._row(form, self.tr("Hours"), "hours", self.hours)
        self._row(form, self.tr("Languages of instruction"), "languages", self.languages)
        self._row(form, self.tr("Partner"), "partner_id", self.partner_id)
        self._row(form, self.tr("Description"), "description", self.description)

        self._lay_out(form)

        for name in TEXT_FIELDS:
            getattr(self, name).textEdited.connect(lambda _text, n=name: self._changed(n))
        self.qualification_code.editTextChanged.connect(lambda _text: self._changed("qualification_code"))
        self.description.textChanged.connect(lambda: self._changed("description"))
        self.hours.valueChanged.connect(lambda _v: self._changed("hours"))
        self.kind.currentIndexChanged.connect(lambda _i: self._changed("kind", also=("qualification_code",)))
        for box in self._language_boxes().values():
            box.toggled.connect(lambda _on: self._changed("languages"))
        self.resize(820, self.sizeHint().height())

    def _language_boxes(self) -> dict[str, QCheckBox]:
        return {"kk": self.lang_kk, "ru": self.lang_ru, "en": self.lang_en}

    # -- values --------------------------------------------------------------
    def current_input(self) -> ProgrammeInput:
        return ProgrammeInput(
            kind=self.kind.value(),  # type: ignore[arg-type]
            name_kk=self.name_kk.text(),
            name_ru=self.name_ru.text(),
            name_en=self.name_en.text() or None,
            qualification_code=self.qualification_code.code() or None,
            qualification_name_kk=self.qualification_name_kk.text() or None,
            qualification_name_ru=self.qualification_name_ru.text() or None,
            qualification_name_en=self.qualification_name_en.text() or None,
            hours=self.hours.value(),
            languages=tuple(code for code, box in self._language_boxes().items() if box.isChecked()),
            partner_id=self.partner_id.currentData(),
            description=self.description.toPlainText() or None,
        )

    def _show(self, data: ProgrammeInput) -> None:
        self.kind.set_value(data.kind)
        for name in TEXT_FIELDS:
            getattr(self, name).setText(getattr(data, name) or "")
        self.qualification_code.set_code(data.qualification_code)
        self.hours.setValue(data.hours)
        for code, box in self._language_boxes().items():
            box.setChecked(code in data.languages)
        self.partner_id.setCurrentIndex(max(0, self.partner_id.findData(data.partner_id)))
        self.description.setPlainText(data.description or "")

    def _load_partners_and_programme(self) -> None:
        """Partners for the combo and, when editing, the programme itself: one trip to the database."""
        programme_id = self._programme_id
        language = current_language()

        def work(session: Session) -> _Loaded:
            partners = organisations.organisation_choices(session, language)
            data = None
            if programme_id is not None:
                data = programmes.programme_input(programmes.get_programme(session, programme_id))
            return _Loaded(partners, qualifications.choices(session, language), data)

        def show(loaded: _Loaded) -> None:
            for partner_id, name in loaded.partners:
                self.partner_id.addItem(name, partner_id)
            self.qualification_code.set_choices(loaded.qualifications)
            if loaded.programme is not None:
                self._show(loaded.programme)

        self._load(work, show, focus=self.name_kk)

    # -- hooks ---------------------------------------------------------------
    def validate(self, data: ProgrammeInput) -> list[Problem]:
        return programmes.validate_programme(data)[1]

    def ready_to_save(self, data: ProgrammeInput) -> bool:
        """The rules are checked here first: only a clean programme goes to the database."""
        problems = self.validate(data)
        if problems:
            self._show_problems(problems)
        return not problems

    def store(self, session: Session, data: ProgrammeInput) -> int:
        if self._programme_id is None:
            return programmes.create_programme(session, data).id
        return programmes.update_programme(session, self._programme_id, data).id

    def _field_widget(self, field: str) -> QWidget | None:
        return self.lang_kk if field == "languages" else super()._field_widget(field)

    def discard_question(self) -> str:
        return self.tr("The programme has unsaved changes. Close without saving?")
