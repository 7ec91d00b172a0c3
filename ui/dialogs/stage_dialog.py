"""Move a learner on to a later stage of the cluster, on the same record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.models import OrganisationKind, Stage
from cluster_desktop.services import learners, organisations

from .. import labels
from ..changes import Kind
from ..i18n import current_language
from ..messages import error_text
from ..operations import change, query
from ..unsaved import ConfirmsDiscard, InputSnapshot
from ..widgets import DATE_FORMAT, EnumCombo, ErrorLabel

ORGANISATION_KINDS: dict[Stage, tuple[OrganisationKind, ...]] = {
    Stage.SCHOOL: (OrganisationKind.SCHOOL,),
    Stage.COLLEGE: (OrganisationKind.COLLEGE,),
    Stage.EMPLOYMENT: (OrganisationKind.EMPLOYER,),
}


class StageDialog(ConfirmsDiscard, QDialog):
    def __init__(self, database: Database, person_id: int, name: str, current: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._person_id = person_id
        self._saving = False
        self.setWindowTitle(self.tr("Next stage"))
        self.stage = EnumCombo(Stage, labels.stage_name, [s for s in Stage if s.rank > current.rank])
        self.stage.setObjectName("stage")
        self.started_on = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat=DATE_FORMAT, objectName="started_on")
        self.organisation = QComboBox(objectName="organisation")
        self.school_grade = QSpinBox(minimum=0, maximum=11, specialValueText=" ", objectName="school_grade")
        self.detail = QLineEdit(objectName="detail", placeholderText=self.tr("Specialty, position…"))
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Learner"), QLabel(name))
        form.addRow(self.tr("Now at"), QLabel(labels.stage_name(current)))
        form.addRow(self.tr("Moves to"), self.stage)
        form.addRow(self.tr("From"), self.started_on)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("School grade"), self.school_grade)
        form.addRow(self.tr("Details"), self.detail)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if self.stage.count() == 0:
            self.error.show_messages([self.tr("The learner is already at the last stage.")])
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.stage.currentIndexChanged.connect(lambda _i: self._load_organisations())
        self._load_organisations()
        self._typed = InputSnapshot(self.stage, self.started_on, self.organisation, self.school_grade, self.detail)

    def has_unsaved_changes(self) -> bool:
        return self._typed.changed()

    def closing_refused(self) -> bool:
        return self._saving

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

    def save(self) -> None:
        stage = self.stage.value()
        if stage is None:
            return
        started_on: date = self.started_on.date().toPython()
        organisation_id = self.organisation.currentData()
        grade = self.school_grade.value() or None
        detail = self.detail.text() or None
        self._saving = True
        self.buttons.setEnabled(False)

        def move(session: Session) -> None:
            learners.move_to_stage(session, self._person_id, stage, started_on, organisation_id, grade, detail)

        def fail(exc: BaseException) -> None:
            self._saving = False
            self.buttons.setEnabled(True)
            self.error.show_messages([error_text(exc)])

        change(self, self._db, move, lambda _r: self.accept(), touches={Kind.LEARNERS}, on_error=fail)
