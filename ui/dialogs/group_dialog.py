"""Add or edit a group (cohort) of a programme: name, language of instruction, dates."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cluster_desktop.db import Database
from cluster_desktop.errors import Problem, ValidationError
from cluster_desktop.services import programmes
from cluster_desktop.services.programmes import GroupInput

from .. import labels
from ..i18n import current_language
from ..messages import confirm, error_text, problem_text, show_error
from ..tasks import run_in_background
from ..widgets import DATE_FORMAT, ErrorLabel, OptionalDateEdit, with_error


@dataclass(frozen=True)
class ProgrammeChoice:
    id: int
    name: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class _Loaded:
    programmes: list[ProgrammeChoice]
    group: GroupInput | None


class GroupDialog(QDialog):
    """A new group of ``programme_id`` (fixed) or of a programme the user chooses; or edits ``group_id``.

    An existing group stays with its programme: its learners were enrolled into
    that programme.  ``saved_id`` holds the result.
    """

    def __init__(
        self,
        database: Database,
        group_id: int | None = None,
        programme_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = database
        self._group_id = group_id
        self._programme_id = programme_id
        self._choices: dict[int, ProgrammeChoice] = {}
        self._initial: GroupInput | None = None
        self._saving = False
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New group") if group_id is None else self.tr("Edit group"))
        self._errors: dict[str, ErrorLabel] = {}
        self._build()
        self._load()

    def _row(self, form: QFormLayout, label: str, name: str, field: QWidget) -> None:
        box, error = with_error(field)
        error.setObjectName(f"{name}_error")
        self._errors[name] = error
        form.addRow(label, box)

    @property
    def chooses_programme(self) -> bool:
        return self._group_id is None and self._programme_id is None

    def _build(self) -> None:
        self.programme = QComboBox(objectName="programme")
        self.programme_label = QLabel(objectName="programme_label", wordWrap=True)
        self.name = QLineEdit(objectName="name", placeholderText=self.tr("e.g. ТКР-24-1"))
        self.language = QComboBox(objectName="language")
        self.starts_on = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat=DATE_FORMAT, objectName="starts_on")
        self.ends_on = OptionalDateEdit()
        self.ends_on.setObjectName("ends_on")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Programme"), "programme_id", self.programme if self.chooses_programme else self.programme_label)
        self._row(form, self.tr("Group name"), "name", self.name)
        self._row(form, self.tr("Language of instruction"), "language", self.language)
        self._row(form, self.tr("Starts on"), "starts_on", self.starts_on)
        self._row(form, self.tr("Ends on"), "ends_on", self.ends_on)
        self.summary = ErrorLabel(self)
        self.summary.setObjectName("summary")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
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
            starts_on=self.starts_on.date().toPython(),
            ends_on=self.ends_on.value(),
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

    def _load(self) -> None:
        self.setEnabled(False)
        group_id = self._group_id
        language = current_language()

        def work(_p: object) -> _Loaded:
            with self._db.session() as session:
                group = None
                if group_id is not None:
                    found = programmes.get_group(session, group_id)
                    group = GroupInput(found.programme_id, found.name, found.language, found.starts_on, found.ends_on)
                choices = [
                    ProgrammeChoice(p.id, p.name(language), tuple(p.languages.split(",")))
                    for p in programmes.list_programmes(session)
                ]
                return _Loaded(choices, group)

        def done(loaded: _Loaded) -> None:
            if not isValid(self):
                return
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
                self.starts_on.setDate(QDate(start.year, start.month, start.day))
                self.ends_on.set_value(loaded.group.ends_on)
            self._initial = self.current_input()
            self.setEnabled(True)
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)

        def fail(exc: BaseException) -> None:
            if not isValid(self):
                return
            show_error(self.parentWidget(), exc)
            super(GroupDialog, self).reject()

        run_in_background(work, done, fail, parent=self)

    # -- saving ------------------------------------------------------------------
    def _show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem_text(problem))
        for name, label in self._errors.items():
            label.show_messages(by_field.get(name, []))
        unplaced = [m for f, msgs in by_field.items() if f not in self._errors for m in msgs]
        self.summary.show_messages([self.tr("Nothing was saved: correct the fields marked in red.")] + unplaced)
        first = next((getattr(self, p.field) for p in problems if p.field in self._errors and hasattr(self, p.field)), None)
        if isinstance(first, QWidget):
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        if self._saving or self._initial is None:
            return
        if self.selected_programme_id() is None:
            self._show_problems([])
            self._errors["programme_id"].show_messages([self.tr("Choose the programme.")])
            return
        self._saving = True
        self.buttons.setEnabled(False)
        data = self.current_input()
        group_id = self._group_id

        def work(_p: object) -> int:
            with self._db.session() as session:
                if group_id is None:
                    return programmes.create_group(session, data).id
                return programmes.update_group(session, group_id, data).id

        def done(saved_id: int) -> None:
            if not isValid(self):
                return
            self.saved_id = saved_id
            self._initial = self.current_input()
            self.accept()

        def fail(exc: BaseException) -> None:
            if not isValid(self):
                return
            self._saving = False
            self.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                self._show_problems(exc.problems)
            else:
                self.summary.show_messages([error_text(exc)])

        run_in_background(work, done, fail, parent=self)

    def has_unsaved_changes(self) -> bool:
        return self._initial is not None and self.current_input() != self._initial

    def reject(self) -> None:
        if self._saving:
            return
        if self.has_unsaved_changes() and not confirm(
            self, self.tr("Discard changes?"), self.tr("The group has unsaved changes. Close without saving?")
        ):
            return
        super().reject()
