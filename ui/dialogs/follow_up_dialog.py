"""The follow-up of a job six or twelve months after its start: is the graduate still employed, and where."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from cluster_desktop.dates import numeric_date
from cluster_desktop.db import Database
from cluster_desktop.errors import Problem
from cluster_desktop.services import employment, fields
from cluster_desktop.services.destinations import add_months
from cluster_desktop.services.employment import FOLLOW_UP_MONTHS, FollowUpForm, FollowUpInput

from ..changes import Kind
from ..i18n import current_language
from ..widgets import DateEdit
from .form_dialog import FormDialog


class FollowUpDialog(FormDialog[FollowUpInput]):
    """``follow_up_id=None`` records the next follow-up of ``employment_id``; otherwise edits that follow-up."""

    touches = frozenset({Kind.EMPLOYMENT})

    def __init__(self, database: Database, employment_id: int, follow_up_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._employment_id = employment_id
        self._follow_up_id = follow_up_id
        self._starts_on: date | None = None
        self._graduated_on: date | None = None
        self._recorded: tuple[int, ...] = ()
        self.setWindowTitle(self.tr("Follow-up") if follow_up_id is None else self.tr("Edit the follow-up"))
        self._build()
        self._load_everything()

    def _build(self) -> None:
        self.job = QLabel(objectName="job", wordWrap=True)
        self.months = QComboBox(objectName="months")
        for months in FOLLOW_UP_MONTHS:
            self.months.addItem(self.tr("after %n month(s)", "", months), months)
        self.checked_on = DateEdit("checked_on")
        self.still_employed = QCheckBox(self.tr("Still employed"), objectName="still_employed", checked=True)
        self.organisation_id = QComboBox(objectName="organisation")
        self.works_at = QLineEdit(objectName="works_at", placeholderText=self.tr("…or in words, when not in the list"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Job"), self.job)
        self._row(form, self.tr("Follow-up"), "months", self.months)
        self._row(form, self.tr("Date"), "checked_on", self.checked_on)
        self._row(form, "", "still_employed", self.still_employed)
        self._row(form, self.tr("Works at"), "organisation_id", self.organisation_id)
        self._row(form, "", "works_at", self.works_at)
        self._lay_out(form, stretch=False)

        self.months.currentIndexChanged.connect(lambda _i: self._months_changed())
        self.checked_on.dateChanged.connect(lambda _d: self._changed("checked_on"))
        self.still_employed.toggled.connect(lambda _on: self._still_changed())
        self.organisation_id.currentIndexChanged.connect(lambda _i: self._changed("organisation_id", also=("works_at",)))
        self.works_at.textEdited.connect(lambda _t: self._changed("works_at"))
        self.resize(600, 330)

    def _months_changed(self) -> None:
        """A new follow-up is dated when it is due after graduation (not before the start, not after today)."""
        if self._follow_up_id is None and self._starts_on is not None:
            months = self.months.currentData()
            due = add_months(self._graduated_on, months) if self._graduated_on else add_months(self._starts_on, months)
            self.checked_on.set_value(min(max(due, self._starts_on), date.today()))
        self._changed("months", also=("checked_on",))

    def _still_changed(self) -> None:
        still = self.still_employed.isChecked()
        self.organisation_id.setEnabled(still)
        self.works_at.setEnabled(still)
        self._changed("still_employed", also=("works_at", "organisation_id"))

    def current_input(self) -> FollowUpInput:
        still = self.still_employed.isChecked()
        return FollowUpInput(
            months=self.months.currentData(), checked_on=self.checked_on.value(), still_employed=still,
            organisation_id=self.organisation_id.currentData() if still else None,
            works_at=(self.works_at.text().strip() or None) if still else None,
        )

    def _load_everything(self) -> None:
        employment_id, follow_up_id, language = self._employment_id, self._follow_up_id, current_language()

        def show(loaded: FollowUpForm) -> None:
            self._starts_on, self._recorded, self._graduated_on = loaded.starts_on, loaded.recorded, loaded.graduated_on
            self.job.setText(self.tr("{job}, since {date}").format(job=loaded.job, date=numeric_date(loaded.starts_on)))
            self.organisation_id.addItem(self.tr("(not in the list)"), None)
            for organisation_id, name in loaded.organisations:
                self.organisation_id.addItem(name, organisation_id)
            data = loaded.follow_up
            if data is None:
                due = next((m for m in FOLLOW_UP_MONTHS if m not in loaded.recorded), FOLLOW_UP_MONTHS[-1])
                self.months.setCurrentIndex(self.months.findData(due))
                self._months_changed()
                self.organisation_id.setCurrentIndex(max(0, self.organisation_id.findData(loaded.employer_id)))
                return
            self.months.setCurrentIndex(max(0, self.months.findData(data.months)))
            self.checked_on.set_value(data.checked_on)
            self.still_employed.setChecked(data.still_employed)
            self.organisation_id.setCurrentIndex(max(0, self.organisation_id.findData(data.organisation_id)))
            self.works_at.setText(data.works_at or "")
            self._still_changed()

        self._load(lambda session: employment.follow_up_form(session, employment_id, follow_up_id, language), show, focus=self.checked_on)

    # -- hooks ---------------------------------------------------------------
    def validate(self, data: FollowUpInput) -> list[Problem]:
        """The service's rules that need no database (it checks them again when saving)."""
        problems: list[Problem] = []
        if data.months in self._recorded:
            problems.append(Problem("months", employment.FOLLOW_UP_TWICE, {"months": data.months}))
        if self._starts_on is not None and data.checked_on < self._starts_on:
            problems.append(Problem("checked_on", employment.FOLLOW_UP_BEFORE_START, {
                "checked": numeric_date(data.checked_on), "start": numeric_date(self._starts_on),
            }))
        elif data.checked_on > date.today():
            problems.append(Problem("checked_on", fields.DATE_IN_FUTURE, {"label": employment.L_CHECKED_ON, "value": numeric_date(data.checked_on)}))
        else:
            employment.check_follow_up_window(problems, self._graduated_on, data)
        fields.check_text(problems, "works_at", employment.L_WORKS_AT, data.works_at, 300)
        if data.still_employed and data.organisation_id is None and not data.works_at:
            problems.append(Problem("works_at", employment.WHERE_NEEDED))
        return problems

    def ready_to_save(self, data: FollowUpInput) -> bool:
        problems = self.validate(data)
        if problems:
            self._show_problems(problems)
        return not problems

    def store(self, session: Session, data: FollowUpInput) -> int:
        if self._follow_up_id is None:
            return employment.record_follow_up(session, self._employment_id, data, date.today()).id
        return employment.update_follow_up(session, self._follow_up_id, data, date.today()).id

    def discard_question(self) -> str:
        return self.tr("The follow-up has not been saved. Close without saving?")
