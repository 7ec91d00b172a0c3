"""Record or edit a graduate's job: employer, position, start, contract, agreement and how the college knows.

Opened from the Employment page the graduate is fixed; without one the
dialog offers every graduate by name.  The graduation day is loaded with the
form, so a start before it is named beside the date as the user picks it (the
service checks again when saving).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.errors import Problem
from cluster_desktop.models import ContractKind, EvidenceKind
from cluster_desktop.services import employment, fields, organisations
from cluster_desktop.services.agreement_list import AgreementChoice, agreements_by_partner
from cluster_desktop.services.destinations import EVIDENCE_LABELS
from cluster_desktop.services.employment import EmploymentInput, GraduateChoice
from cluster_desktop.services.graduate_list import (
    GraduateFilter,
    GraduateSort,
    count_graduates,
    graduates_page,
)
from cluster_desktop.services.placements import (
    ENTERPRISE_KINDS,
    ORGANISATION_MISSING,
)

from .. import labels
from ..changes import Kind
from ..i18n import current_language
from ..widgets import DateEdit, EnumCombo, OptionalDateEdit
from .form_dialog import FormDialog


@dataclass
class _Loaded:
    graduates: list[GraduateChoice]
    employers: list[tuple[int, str]]
    agreements: dict[int, list[AgreementChoice]]  # employer → its agreements
    employment: EmploymentInput | None



class EmploymentDialog(FormDialog[EmploymentInput]):
    """``employment_id=None`` records a job (of ``person_id`` if given, else of a graduate chosen here); otherwise edits it."""

    touches = frozenset({Kind.EMPLOYMENT, Kind.LEARNERS})

    def __init__(self, database: Database, person_id: int | None = None, employment_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._employment_id = employment_id
        self._fixed = person_id is not None or employment_id is not None
        self._graduates: dict[int, GraduateChoice] = {}
        self._agreements: dict[int, list[AgreementChoice]] = {}
        self.setWindowTitle(self.tr("Record a job") if employment_id is None else self.tr("Edit the job"))
        self._build()
        self._load_everything(person_id)

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        self.person_id: QComboBox | QLabel
        if self._fixed:
            label = QLabel(objectName="graduate")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.person_id = label
        else:
            combo = QComboBox(objectName="graduate", editable=True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = combo.completer()
            assert completer is not None  # an editable combo box has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.person_id = combo
        self.graduated_on = QLabel(objectName="graduated_on")
        self.employer_id = QComboBox(objectName="employer")
        self.position = QLineEdit(objectName="position", placeholderText=self.tr("e.g. underground miner, 4th grade"))
        self.starts_on = DateEdit("starts_on")
        self.contract_kind: EnumCombo[ContractKind] = EnumCombo(ContractKind, labels.contract_kind_name)
        self.contract_kind.setObjectName("contract_kind")
        self.agreement_id = QComboBox(objectName="agreement")
        self.evidence = QPlainTextEdit(objectName="evidence")
        self.evidence.setPlaceholderText(self.tr("How the college knows: hiring order No. …, a letter from the employer…"))
        self.evidence.setFixedHeight(72)
        self.in_specialty = QCheckBox(self.tr("In the graduate's specialty (the position matches their qualification)"), objectName="in_specialty")
        self.ends_on = OptionalDateEdit()
        self.ends_on.setObjectName("ends_on")
        self.evidence_kind = QComboBox(objectName="evidence_kind")
        self.evidence_kind.addItem(self.tr("(not given)"), None)
        for evidence in EvidenceKind:
            self.evidence_kind.addItem(QCoreApplication.translate("Errors", EVIDENCE_LABELS[evidence]), evidence.value)
        self.evidence_number = QLineEdit(objectName="evidence_number", maxLength=60)
        self.evidence_date = OptionalDateEdit()
        self.evidence_date.setObjectName("evidence_date")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Graduate"), "person_id", self.person_id)
        form.addRow(self.tr("Graduated"), self.graduated_on)
        self._row(form, self.tr("Employer"), "employer_id", self.employer_id)
        self._row(form, self.tr("Position"), "position", self.position)
        self._row(form, self.tr("Start date"), "starts_on", self.starts_on)
        self._row(form, "", "in_specialty", self.in_specialty)
        self._row(form, self.tr("Left on"), "ends_on", self.ends_on)
        self._row(form, self.tr("Contract"), "contract_kind", self.contract_kind)
        self._row(form, self.tr("Agreement"), "agreement_id", self.agreement_id)
        self._row(form, self.tr("Evidence"), "evidence_kind", self.evidence_kind)
        self._row(form, self.tr("Document number"), "evidence_number", self.evidence_number)
        self._row(form, self.tr("Document date"), "evidence_date", self.evidence_date)
        self._row(form, self.tr("Evidence note"), "evidence", self.evidence)
        content = QVBoxLayout()  # extra height goes below the form, not between its rows
        content.addLayout(form)
        content.addStretch(1)
        self._lay_out(content, stretch=False)

        self.position.textEdited.connect(lambda _t: self._changed("position"))
        self.evidence.textChanged.connect(lambda: self._changed("evidence"))
        self.in_specialty.toggled.connect(lambda _on: self._changed("in_specialty"))
        self.ends_on.dateChanged.connect(lambda _d: self._changed("ends_on"))
        self.evidence_kind.currentIndexChanged.connect(lambda _i: self._changed("evidence_kind"))
        self.evidence_number.textEdited.connect(lambda _t: self._changed("evidence_number"))
        self.evidence_date.dateChanged.connect(lambda _d: self._changed("evidence_date"))
        self.starts_on.dateChanged.connect(lambda _d: self._changed("starts_on"))
        self.contract_kind.currentIndexChanged.connect(lambda _i: self._changed("contract_kind"))
        self.employer_id.currentIndexChanged.connect(lambda _i: self._employer_changed())
        self.agreement_id.currentIndexChanged.connect(lambda _i: self._changed("agreement_id"))
        if isinstance(self.person_id, QComboBox):
            self.person_id.currentIndexChanged.connect(lambda _i: self._graduate_changed())
        self.resize(640, 600)

    def _chosen_person(self) -> int | None:
        if isinstance(self.person_id, QComboBox):
            return self.person_id.currentData()
        return next(iter(self._graduates), None)

    def _graduate_changed(self) -> None:
        graduate = self._graduates.get(self._chosen_person() or 0)
        day = graduate.graduated_on if graduate is not None else None
        self.graduated_on.setText(numeric_date(day) if day else "—")
        self._changed("person_id", also=("starts_on",))

    def _employer_changed(self) -> None:
        """Offer the chosen employer's agreements only."""
        chosen = self.agreement_id.currentData()
        self.agreement_id.blockSignals(True)
        self.agreement_id.clear()
        self.agreement_id.addItem(self.tr("(none)"), None)
        for agreement in self._agreements.get(self.employer_id.currentData() or 0, []):
            number = f"{agreement.number}/{agreement.year}"
            label = self.tr("{kind} No. {number}").format(kind=labels.agreement_kind_name(agreement.kind), number=number)
            self.agreement_id.addItem(label, agreement.id)
        self.agreement_id.setCurrentIndex(max(0, self.agreement_id.findData(chosen)))
        self.agreement_id.blockSignals(False)
        self._changed("employer_id", also=("agreement_id",))

    # -- values --------------------------------------------------------------
    def current_input(self) -> EmploymentInput:
        return EmploymentInput(
            person_id=self._chosen_person() or 0, employer_id=self.employer_id.currentData() or 0, position=self.position.text(),
            starts_on=self.starts_on.value(), contract_kind=self.contract_kind.value() or ContractKind.PERMANENT,
            agreement_id=self.agreement_id.currentData(), evidence=self.evidence.toPlainText() or None,
            ends_on=self.ends_on.value(), in_specialty=self.in_specialty.isChecked(),
            evidence_kind=EvidenceKind(self.evidence_kind.currentData()) if self.evidence_kind.currentData() else None,
            evidence_number=self.evidence_number.text().strip() or None, evidence_date=self.evidence_date.value(),
        )

    def _load_everything(self, person_id: int | None) -> None:
        employment_id, language, fixed = self._employment_id, current_language(), self._fixed

        def work(session: Session) -> _Loaded:
            data = None
            if employment_id is not None:
                data = employment.employment_input(session, employment_id)
            if fixed:
                graduates = [employment.graduate_choice(session, data.person_id if data is not None else person_id or 0)]
            else:
                flt = GraduateFilter(language=language)
                rows = graduates_page(session, flt, GraduateSort.NAME, False, 0, count_graduates(session, flt))
                graduates = [GraduateChoice(r.person_id, f"{r.full_name} — {r.iin}", r.full_name, r.graduated_on) for r in rows]
            employers = organisations.organisation_choices(session, language, ENTERPRISE_KINDS, keep=data.employer_id if data else None)
            agreements = agreements_by_partner(session, [e[0] for e in employers])
            return _Loaded(graduates, employers, agreements, data)

        def show(loaded: _Loaded) -> None:
            self._graduates = {g.id: g for g in loaded.graduates}
            self._agreements = loaded.agreements
            if isinstance(self.person_id, QComboBox):
                self.person_id.addItem("", None)
                for graduate in loaded.graduates:
                    self.person_id.addItem(graduate.name, graduate.id)
            else:
                self.person_id.setText(loaded.graduates[0].name)
            self.employer_id.addItem(self.tr("(choose the employer)"), None)
            for employer_id, name in loaded.employers:
                self.employer_id.addItem(name, employer_id)
            self._employer_changed()
            self._graduate_changed()
            data = loaded.employment
            if data is not None:
                self.employer_id.setCurrentIndex(max(0, self.employer_id.findData(data.employer_id)))
                self.agreement_id.setCurrentIndex(max(0, self.agreement_id.findData(data.agreement_id)))
                self.position.setText(data.position)
                self.starts_on.set_value(data.starts_on)
                self.contract_kind.set_value(data.contract_kind)
                self.evidence.setPlainText(data.evidence or "")
                self.in_specialty.setChecked(data.in_specialty)
                self.ends_on.set_value(data.ends_on)
                self.evidence_kind.setCurrentIndex(max(0, self.evidence_kind.findData(data.evidence_kind.value if data.evidence_kind else None)))
                self.evidence_number.setText(data.evidence_number or "")
                self.evidence_date.set_value(data.evidence_date)

        self._load(work, show, focus=self.employer_id if self._fixed else self.person_id)

    # -- hooks ---------------------------------------------------------------
    def validate(self, data: EmploymentInput) -> list[Problem]:
        """The service's own rules that need no database: required fields, lengths, no start before graduation."""
        problems: list[Problem] = []
        if not data.person_id:
            problems.append(Problem("person_id", employment.LEARNER_MISSING))
        if not data.employer_id:
            problems.append(Problem("employer_id", ORGANISATION_MISSING, {"label": employment.L_EMPLOYER}))
        fields.check_text(problems, "position", employment.L_POSITION, fields.clean(data.position), 200, required=True)
        fields.check_text(problems, "evidence", employment.L_EVIDENCE, (data.evidence or "").strip() or None, 2000)
        graduate = self._graduates.get(data.person_id)
        if graduate is not None and graduate.graduated_on is not None and data.starts_on < graduate.graduated_on:
            problems.append(Problem("starts_on", employment.BEFORE_GRADUATION, {
                "start": numeric_date(data.starts_on), "name": graduate.full_name, "graduation": numeric_date(graduate.graduated_on),
            }))
        return problems

    def ready_to_save(self, data: EmploymentInput) -> bool:
        problems = self.validate(data)
        if problems:
            self._show_problems(problems)
        return not problems

    def store(self, session: Session, data: EmploymentInput) -> int:
        if self._employment_id is None:
            return employment.create_employment(session, data, date.today()).id
        return employment.update_employment(session, self._employment_id, data).id

    def discard_question(self) -> str:
        return self.tr("The job has not been saved. Close without saving?")
