"""Add or edit a practice placement or dual-education period: the learner, the enterprise and its agreement, dates, mentor.

Only students of a college specialty can be placed; the learner search finds
everyone, and the service refuses the others with a message beside the field.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import Problem
from cluster_desktop.models import PlacementKind
from cluster_desktop.services import fields, placements
from cluster_desktop.services.agreement_list import AgreementChoice
from cluster_desktop.services.placement_form import PlacementForm, placement_form
from cluster_desktop.services.placements import PlacementInput

from .. import labels
from ..changes import Kind
from ..i18n import current_language
from ..widgets import DateEdit, EnumCombo, OptionalDateEdit
from .form_dialog import FormDialog
from .learner_picker import LearnerPicker

MENTOR_LIMIT = 200
FOUND_ROWS_SHOWN = 7  # enough matches to pick from without a tall empty list



class PlacementDialog(FormDialog[PlacementInput]):
    """``placement_id=None`` adds a placement; otherwise edits it.  ``saved_id`` holds the result."""

    touches = frozenset({Kind.PLACEMENTS})

    def __init__(self, database: Database, placement_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._placement_id = placement_id
        self._agreements: dict[int, list[AgreementChoice]] = {}
        self.setWindowTitle(self.tr("New placement") if placement_id is None else self.tr("Edit placement"))
        self._build()
        self._load_everything()

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        self.learner = LearnerPicker(self._db)
        self.learner.setObjectName("learner")
        self.learner.attached_label.hide()  # one learner: the field's label says what the list is
        self.learner.remove_button.hide()
        row_height = self.learner.attached.fontMetrics().height() + 12
        self.learner.attached.setMinimumHeight(row_height)
        self.learner.attached.setMaximumHeight(row_height)
        self.learner.attach_button.setText(self.tr("&Choose ↓"))
        self.learner.found.setMaximumHeight(FOUND_ROWS_SHOWN * self.learner.found.fontMetrics().height() + 12)
        self.kind: EnumCombo[PlacementKind] = EnumCombo(PlacementKind, labels.placement_kind_name)
        self.kind.setObjectName("kind")
        self.enterprise = QComboBox(objectName="enterprise")
        self.agreement = QComboBox(objectName="agreement")
        self.starts_on = DateEdit("starts_on")
        self.ends_on = OptionalDateEdit()
        self.ends_on.setObjectName("ends_on")
        self.ends_on.setToolTip(self.tr("Leave empty while the end is not known"))
        self.mentor = QLineEdit(objectName="mentor", maxLength=MENTOR_LIMIT)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Learner"), "person_id", self.learner)
        self._row(form, self.tr("Kind"), "kind", self.kind)
        self._row(form, self.tr("Enterprise"), "enterprise_id", self.enterprise)
        self._row(form, self.tr("Agreement"), "agreement_id", self.agreement)
        self._row(form, self.tr("Start date"), "starts_on", self.starts_on)
        self._row(form, self.tr("End date"), "ends_on", self.ends_on)
        self._row(form, self.tr("Mentor"), "mentor", self.mentor)
        self._lay_out(form, stretch=False)

        self.learner.changed.connect(self._learner_changed)
        self.kind.currentIndexChanged.connect(lambda _i: self._changed("kind"))
        self.enterprise.currentIndexChanged.connect(lambda _i: self._enterprise_changed())
        self.agreement.currentIndexChanged.connect(lambda _i: self._changed("agreement_id"))
        self.starts_on.dateChanged.connect(lambda _d: self._changed("starts_on", also=("ends_on",)))
        self.ends_on.dateChanged.connect(lambda _d: self._changed("ends_on"))
        self.mentor.textEdited.connect(lambda _t: self._changed("mentor"))
        self.resize(680, 560)

    def _learner_changed(self) -> None:
        """The picker attaches; here the one chosen last replaces the one before."""
        attached = self.learner.attached
        if attached.count() > 1:
            last = attached.item(attached.count() - 1)
            self.learner.set_attached([(self.learner.person_ids()[-1], last.text())])
        self._changed("person_id")

    def _enterprise_changed(self) -> None:
        self._fill_agreements(self.agreement.currentData())
        self._changed("enterprise_id", also=("agreement_id",))

    def _fill_agreements(self, chosen: int | None) -> None:
        """The agreements of the enterprise chosen (none is a valid answer: not every placement has one)."""
        self.agreement.blockSignals(True)
        self.agreement.clear()
        self.agreement.addItem(self.tr("(none)"), None)
        for item in self._agreements.get(self.enterprise.currentData() or 0, []):
            self.agreement.addItem(f"№ {item.number} / {item.year} — {labels.agreement_kind_name(item.kind)}", item.id)
        self.agreement.setCurrentIndex(max(0, self.agreement.findData(chosen)))
        self.agreement.setEnabled(self.agreement.count() > 1)
        self.agreement.blockSignals(False)

    # -- values ----------------------------------------------------------------
    def current_input(self) -> PlacementInput:
        ids = self.learner.person_ids()
        return PlacementInput(
            person_id=ids[-1] if ids else 0, enterprise_id=self.enterprise.currentData() or 0,
            kind=self.kind.value() or PlacementKind.PRACTICE, starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(), agreement_id=self.agreement.currentData(), mentor=self.mentor.text() or None,
        )

    def _load_everything(self) -> None:
        placement_id = self._placement_id
        language = current_language()

        def show(loaded: PlacementForm) -> None:
            self._agreements = loaded.agreements
            self.enterprise.blockSignals(True)
            self.enterprise.addItem(self.tr("(choose the enterprise)"), None)
            for enterprise_id, name in loaded.enterprises:
                self.enterprise.addItem(name, enterprise_id)
            data = loaded.placement
            if data is not None:
                self.learner.set_attached([(data.person_id, loaded.learner)])
                self.kind.set_value(data.kind)
                self.enterprise.setCurrentIndex(max(0, self.enterprise.findData(data.enterprise_id)))
                self.starts_on.set_value(data.starts_on)
                self.ends_on.set_value(data.ends_on)
                self.mentor.setText(data.mentor or "")
            self.enterprise.blockSignals(False)
            self._fill_agreements(data.agreement_id if data is not None else None)

        self._load(lambda session: placement_form(session, placement_id, language), show, focus=self.learner.search if placement_id is None else self.enterprise)

    # -- hooks -----------------------------------------------------------------
    def validate(self, data: PlacementInput) -> list[Problem]:
        problems: list[Problem] = []
        if not data.person_id:
            problems.append(Problem("person_id", placements.LEARNER_MISSING))
        if not data.enterprise_id:
            problems.append(Problem("enterprise_id", placements.ORGANISATION_MISSING, {"label": placements.L_ENTERPRISE}))
        fields.check_date_order(problems, "ends_on", placements.L_START, data.starts_on, placements.L_END, data.ends_on)
        fields.check_text(problems, "mentor", placements.L_MENTOR, fields.clean(data.mentor), MENTOR_LIMIT)
        return problems

    def ready_to_save(self, data: PlacementInput) -> bool:
        problems = self.validate(data)
        if problems:
            self._show_problems(problems)
        return not problems

    def store(self, session: Session, data: PlacementInput) -> int:
        if self._placement_id is None:
            return placements.create_placement(session, data).id
        return placements.update_placement(session, self._placement_id, data).id

    def _field_widget(self, field: str) -> QWidget | None:
        widgets = {"person_id": self.learner.search, "enterprise_id": self.enterprise, "agreement_id": self.agreement}
        return widgets.get(field) or super()._field_widget(field)

    def discard_question(self) -> str:
        return self.tr("The placement has unsaved changes. Close without saving?")
