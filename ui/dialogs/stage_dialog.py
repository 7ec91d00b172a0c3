"""Move a learner on to a later stage of the cluster, on the same record."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.models import OrganisationKind, Stage
from cluster_desktop.services import learners, organisations

from .. import labels
from ..changes import Kind
from ..i18n import current_language
from ..operations import query
from ..unsaved import ConfirmsDiscard
from ..widgets import DateEdit, EnumCombo
from .form_dialog import FormDialog

ORGANISATION_KINDS: dict[Stage, tuple[OrganisationKind, ...]] = {
    Stage.SCHOOL: (OrganisationKind.SCHOOL,),
    Stage.COLLEGE: (OrganisationKind.COLLEGE,),
    Stage.EMPLOYMENT: (OrganisationKind.EMPLOYER,),
}


class StageMove(NamedTuple):
    stage: Stage | None
    started_on: date
    organisation: int | None
    school_grade: int | None
    detail: str | None


class StageDialog(FormDialog[StageMove]):
    touches = frozenset({Kind.LEARNERS})

    def __init__(self, database: Database, person_id: int, name: str, current: Stage, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._person_id = person_id
        self.setWindowTitle(self.tr("Next stage"))
        self.stage = EnumCombo(Stage, labels.stage_name, [s for s in Stage if s.rank > current.rank])
        self.stage.setObjectName("stage")
        self.started_on = DateEdit("started_on")
        self.organisation = QComboBox(objectName="organisation")
        self.school_grade = QSpinBox(minimum=0, maximum=11, specialValueText=" ", objectName="school_grade")
        self.detail = QLineEdit(objectName="detail", placeholderText=self.tr("Specialty, position…"))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("Learner"), QLabel(name))
        form.addRow(self.tr("Now at"), QLabel(labels.stage_name(current)))
        self._row(form, self.tr("Moves to"), "stage", self.stage)
        self._row(form, self.tr("From"), "started_on", self.started_on)
        self._row(form, self.tr("Organisation"), "organisation", self.organisation)
        self._row(form, self.tr("School grade"), "school_grade", self.school_grade)
        self._row(form, self.tr("Details"), "detail", self.detail)
        self._lay_out(form, stretch=False)
        if self.stage.count() == 0:
            self.summary.show_messages([self.tr("The learner is already at the last stage.")])
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.stage.currentIndexChanged.connect(lambda _i: self._load_organisations())
        self._load_organisations()
        self._start_editing(self.stage)

    def current_input(self) -> StageMove:
        return StageMove(
            self.stage.value(), self.started_on.value(), self.organisation.currentData(),
            self.school_grade.value() or None, self.detail.text() or None,
        )

    def discard_question(self) -> str:
        return ConfirmsDiscard.discard_question(self)

    def ready_to_save(self, data: StageMove) -> bool:
        return data.stage is not None

    def store(self, session: Session, data: StageMove) -> int | None:
        assert data.stage is not None  # ready_to_save
        learners.move_to_stage(
            session, self._person_id, data.stage, data.started_on, data.organisation, data.school_grade, data.detail, today=date.today()
        )
        return None

    def _load_organisations(self) -> None:
        stage = self.stage.value()
        self.school_grade.setEnabled(stage is Stage.SCHOOL)
        kinds = ORGANISATION_KINDS.get(stage, ()) if stage is not None else ()
        language = current_language()

        def read(session: Session) -> list[tuple[int, str]]:
            return organisations.organisation_choices(session, language, kinds) if kinds else []

        def done(items: list[tuple[int, str]]) -> None:
            self.organisation.clear()
            self.organisation.addItem("", None)
            for organisation_id, name in items:
                self.organisation.addItem(name, organisation_id)

        query(self, self._db, read, done)
