"""A graduate's destination other than a job (further study, military service, leave, self-employed, not employed),
with its evidence: the kind, the document's number and date.  Jobs have their own dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.errors import Problem
from cluster_desktop.models import DestinationKind, EvidenceKind
from cluster_desktop.services import destinations, fields
from cluster_desktop.services.destinations import EVIDENCE_LABELS, KIND_LABELS, RECORDED_KINDS, DestinationForm, DestinationInput

from ..changes import Kind
from ..i18n import current_language
from ..widgets import DateEdit, OptionalDateEdit
from .form_dialog import FormDialog


class DestinationDialog(FormDialog[DestinationInput]):
    """Records where ``person_id`` went, if not to a job; the logged-in account is recorded with it."""

    touches = frozenset({Kind.EMPLOYMENT})

    def __init__(self, database: Database, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._person_id = person_id
        self._graduated_on: date | None = None
        self.setWindowTitle(self.tr("Record a destination"))
        self._build()
        language = current_language()
        self._load(lambda session: destinations.destination_form(session, person_id, language), self._show, focus=self.kind)

    def _build(self) -> None:
        self.graduate = QLabel(objectName="graduate", wordWrap=True)
        self.kind = QComboBox(objectName="kind")
        for kind in RECORDED_KINDS:
            self.kind.addItem(QCoreApplication.translate("Errors", KIND_LABELS[kind]), kind.value)
        self.starts_on = DateEdit("starts_on")
        self.ends_on = OptionalDateEdit()
        self.ends_on.setObjectName("ends_on")
        self.organisation_id = QComboBox(objectName="organisation")
        self.evidence_kind = QComboBox(objectName="evidence_kind")
        for evidence in EvidenceKind:
            self.evidence_kind.addItem(QCoreApplication.translate("Errors", EVIDENCE_LABELS[evidence]), evidence.value)
        self.evidence_number = QLineEdit(objectName="evidence_number", maxLength=60)
        self.evidence_date = DateEdit("evidence_date")
        self.note = QPlainTextEdit(objectName="note")
        self.note.setFixedHeight(60)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Graduate"), self.graduate)
        self._row(form, self.tr("Destination"), "kind", self.kind)
        self._row(form, self.tr("From"), "starts_on", self.starts_on)
        self._row(form, self.tr("Until (if it ended)"), "ends_on", self.ends_on)
        self._row(form, self.tr("University or college"), "organisation_id", self.organisation_id)
        self._row(form, self.tr("Evidence"), "evidence_kind", self.evidence_kind)
        self._row(form, self.tr("Document number"), "evidence_number", self.evidence_number)
        self._row(form, self.tr("Document date"), "evidence_date", self.evidence_date)
        self._row(form, self.tr("Note"), "note", self.note)
        self._lay_out(form, stretch=False)

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.starts_on.dateChanged.connect(lambda _d: self._changed("starts_on"))
        self.ends_on.dateChanged.connect(lambda _d: self._changed("ends_on"))
        self.organisation_id.currentIndexChanged.connect(lambda _i: self._changed("organisation_id"))
        self.evidence_kind.currentIndexChanged.connect(lambda _i: self._changed("evidence_kind", also=("evidence_number",)))
        self.evidence_number.textEdited.connect(lambda _t: self._changed("evidence_number"))
        self.evidence_date.dateChanged.connect(lambda _d: self._changed("evidence_date"))
        self.note.textChanged.connect(lambda: self._changed("note"))
        self.resize(620, 440)

    def _show(self, loaded: DestinationForm) -> None:
        self._graduated_on = loaded.graduated_on
        graduated = numeric_date(loaded.graduated_on) if loaded.graduated_on else "—"
        self.graduate.setText(self.tr("{name}, graduated {date}").format(name=loaded.graduate, date=graduated))
        self.organisation_id.addItem(self.tr("(choose)"), None)
        for organisation_id, name in loaded.study_places:
            self.organisation_id.addItem(name, organisation_id)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.organisation_id.setEnabled(self.kind.currentData() == DestinationKind.FURTHER_STUDY.value)
        self._changed("kind", also=("organisation_id",))

    # -- hooks ---------------------------------------------------------------
    def current_input(self) -> DestinationInput:
        return DestinationInput(
            person_id=self._person_id,
            kind=DestinationKind(self.kind.currentData()),
            starts_on=self.starts_on.value(),
            evidence_kind=EvidenceKind(self.evidence_kind.currentData()),
            evidence_date=self.evidence_date.value(),
            evidence_number=self.evidence_number.text().strip() or None,
            ends_on=self.ends_on.value(),
            organisation_id=self.organisation_id.currentData() if self.organisation_id.isEnabled() else None,
            note=self.note.toPlainText().strip() or None,
        )

    def validate(self, data: DestinationInput) -> list[Problem]:
        """The service's rules that need no database (it checks them all again when saving)."""
        problems: list[Problem] = []
        if self._graduated_on is not None and data.starts_on < self._graduated_on:
            problems.append(
                Problem(
                    "starts_on",
                    destinations.DESTINATION_BEFORE_GRADUATION,
                    {
                        "start": numeric_date(data.starts_on),
                        "name": self.graduate.text().split(",")[0],
                        "graduation": numeric_date(self._graduated_on),
                    },
                )
            )
        fields.check_date_order(problems, "ends_on", destinations.L_START, data.starts_on, destinations.L_END, data.ends_on)
        if not data.evidence_number and data.evidence_kind is not EvidenceKind.PHONE_CALL:
            problems.append(Problem("evidence_number", destinations.NUMBER_NEEDED))
        if data.kind is DestinationKind.FURTHER_STUDY and data.organisation_id is None:
            problems.append(Problem("organisation_id", destinations.STUDY_PLACE_NEEDED))
        return problems

    def ready_to_save(self, data: DestinationInput) -> bool:
        problems = self.validate(data)
        if problems:
            self._show_problems(problems)
        return not problems

    def store(self, session: Session, data: DestinationInput) -> int:
        return destinations.record_destination(session, data, date.today()).id

    def discard_question(self) -> str:
        return self.tr("The destination has not been saved. Close without saving?")
