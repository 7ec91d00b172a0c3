"""Add or edit a group (cohort) of a programme: name, language of instruction, dates."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.models import StudyForm
from cluster_desktop.services import programmes
from cluster_desktop.services.programmes import GroupInput, ProgrammeChoice

from .. import labels
from ..changes import Kind
from ..i18n import current_language
from ..widgets import DateEdit, EnumCombo, OptionalDateEdit
from .form_dialog import FormDialog


@dataclass(frozen=True)
class _Loaded:
    programmes: list[ProgrammeChoice]
    group: GroupInput | None


class GroupDialog(FormDialog[GroupInput]):
    """A new group of ``programme_id`` (fixed) or of a programme the user chooses; or edits ``group_id``.

    An existing group stays with its programme: its learners were enrolled into
    that programme.  ``saved_id`` holds the result.
    """

    touches = frozenset({Kind.GROUPS})

    def __init__(
        self,
        database: Database,
        group_id: int | None = None,
        programme_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, parent)
        self._group_id = group_id
        self._programme_id = programme_id
        self._choices: dict[int, ProgrammeChoice] = {}
        self.setWindowTitle(self.tr("New group") if group_id is None else self.tr("Edit group"))
        self._build()
        self._load_programmes_and_group()

    @property
    def chooses_programme(self) -> bool:
        return self._group_id is None and self._programme_id is None

    def _build(self) -> None:
        self.programme = QComboBox(objectName="programme")
        self.programme_label = QLabel(objectName="programme_label", wordWrap=True)
        self.name = QLineEdit(objectName="name", placeholderText=self.tr("e.g. ТКР-24-1"))
        self.language = QComboBox(objectName="language")
        self.starts_on = DateEdit("starts_on")
        self.ends_on = OptionalDateEdit()
        self.ends_on.setObjectName("ends_on")
        self.study_form = EnumCombo(StudyForm, labels.study_form_name)
        self.study_form.setObjectName("study_form")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Programme"), "programme_id", self.programme if self.chooses_programme else self.programme_label)
        self._row(form, self.tr("Group name"), "name", self.name)
        self._row(form, self.tr("Language of instruction"), "language", self.language)
        self._row(form, self.tr("Starts on"), "starts_on", self.starts_on)
        self._row(form, self.tr("Ends on"), "ends_on", self.ends_on)
        self._row(form, self.tr("Form of study"), "study_form", self.study_form)
        self._lay_out(form)
        self.programme.currentIndexChanged.connect(lambda _i: self._programme_changed())
        self.resize(560, self.sizeHint().height())

    # -- values --------------------------------------------------------------
    def selected_programme_id(self) -> int | None:
        return self.programme.currentData() if self.chooses_programme else self._programme_id

    def current_input(self) -> GroupInput:
        return GroupInput(
            programme_id=self.selected_programme_id() or 0,
            name=self.name.text(),
            language=self.language.currentData() or "",
            starts_on=self.starts_on.value(),
            ends_on=self.ends_on.value(),
            study_form=self.study_form.value() or StudyForm.FULL_TIME,
        )

    def _programme_changed(self) -> None:
        """The language list is the chosen programme's languages; keep the current one if it is taught."""
        choice = self._choices.get(self.selected_programme_id() or 0)
        previous = self.language.currentData()
        self.language.clear()
        for code in choice.languages if choice else ():
            self.language.addItem(labels.language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(previous)))
        if choice is not None:
            self.programme_label.setText(choice.name)

    def _load_programmes_and_group(self) -> None:
        group_id = self._group_id
        language = current_language()

        def work(session: Session) -> _Loaded:
            group = programmes.group_input(session, group_id) if group_id is not None else None
            return _Loaded(programmes.programme_language_choices(session, language), group)

        def show(loaded: _Loaded) -> None:
            self._choices = {c.id: c for c in loaded.programmes}
            if loaded.group is not None:
                self._programme_id = loaded.group.programme_id
            self.programme.blockSignals(True)
            for choice in loaded.programmes:
                self.programme.addItem(choice.name, choice.id)
            self.programme.blockSignals(False)
            self._programme_changed()
            if loaded.group is not None:
                self.name.setText(loaded.group.name)
                if self.language.findData(loaded.group.language) < 0:
                    # The programme no longer lists it: keep showing it, so that saving does not change it unseen.
                    self.language.addItem(labels.language_name(loaded.group.language), loaded.group.language)
                self.language.setCurrentIndex(self.language.findData(loaded.group.language))
                start = loaded.group.starts_on
                self.starts_on.set_value(start)
                self.ends_on.set_value(loaded.group.ends_on)
                self.study_form.set_value(loaded.group.study_form)

        self._load(work, show, focus=self.name)

    # -- hooks ---------------------------------------------------------------
    def ready_to_save(self, data: GroupInput) -> bool:
        if self.selected_programme_id() is not None:
            return True
        self._show_messages({"programme_id": [self.tr("Choose the programme.")]})
        return False

    def store(self, session: Session, data: GroupInput) -> int:
        if self._group_id is None:
            return programmes.create_group(session, data).id
        return programmes.update_group(session, self._group_id, data).id

    def discard_question(self) -> str:
        return self.tr("The group has unsaved changes. Close without saving?")
