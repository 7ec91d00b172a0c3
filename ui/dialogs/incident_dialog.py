"""A personal-data incident: when it was found, what happened, which records, what was done, and who was notified when.

One dialog adds and edits an incident and records its notification: ticking
«Notified» asks whom and on which day (the authorised body, the subjects…),
which ends the window's reminder.  A recorded notification is kept as it is
(the log is evidence), so an edit can no longer untick it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import Problem
from cluster_desktop.services import fields, incidents
from cluster_desktop.services.incidents import IncidentInput, IncidentRow

from ..changes import Kind
from ..widgets import DateEdit
from .form_dialog import FormDialog


@dataclass(frozen=True)
class IncidentForm:
    incident: IncidentInput
    notified: bool
    notified_to: str | None
    notified_on: date | None


def _core_label(text: str) -> str:
    """A field label the core marked (its problems name the field the same way)."""
    return QCoreApplication.translate("Errors", text)


def _plain(edit: QPlainTextEdit) -> str | None:
    return edit.toPlainText().strip() or None


class IncidentDialog(FormDialog[IncidentForm]):
    """``incident_id=None`` adds an incident; otherwise edits it (and may record its notification)."""

    touches = frozenset({Kind.INCIDENTS})

    def __init__(self, database: Database, incident_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self._incident_id = incident_id
        self._notified_before = False
        self.setWindowTitle(self.tr("New personal-data incident") if incident_id is None else self.tr("Personal-data incident"))
        self.found_on = DateEdit("found_on")
        self.description = QPlainTextEdit(objectName="description")
        self.description.setPlaceholderText(self.tr("e.g. a USB stick with the intake list was lost"))
        self.records_affected = QSpinBox(objectName="records_affected", minimum=0, maximum=incidents.MAX_RECORDS)
        self.records_affected.setGroupSeparatorShown(True)
        self.affected_description = QPlainTextEdit(objectName="affected_description")
        self.affected_description.setPlaceholderText(self.tr("e.g. applicants of 2025: names, IINs, phones"))
        self.measures = QPlainTextEdit(objectName="measures")
        self.notified = QCheckBox(self.tr("The notification has been made"), objectName="notified")
        self.notified_to = QLineEdit(objectName="notified_to")
        self.notified_to.setPlaceholderText(self.tr("the authorised body; the subjects or their representatives"))
        self.notified_on = DateEdit("notified_on")
        for edit in (self.description, self.affected_description, self.measures):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)

        label = _core_label
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, label(incidents.L_FOUND_ON), "found_on", self.found_on)
        self._row(form, label(incidents.L_DESCRIPTION), "description", self.description)
        self._row(form, label(incidents.L_RECORDS), "records_affected", self.records_affected)
        self._row(form, label(incidents.L_AFFECTED), "affected_description", self.affected_description)
        self._row(form, label(incidents.L_MEASURES), "measures", self.measures)
        self._row(form, "", "notified", self.notified)
        self._row(form, label(incidents.L_NOTIFIED_TO), "notified_to", self.notified_to)
        self._row(form, label(incidents.L_NOTIFIED_ON), "notified_on", self.notified_on)
        self._lay_out(form, stretch=False)

        self.found_on.dateChanged.connect(lambda _d: self._changed("found_on", also=("notified_on",)))
        self.description.textChanged.connect(lambda: self._changed("description"))
        self.records_affected.valueChanged.connect(lambda _v: self._changed("records_affected"))
        self.affected_description.textChanged.connect(lambda: self._changed("affected_description"))
        self.measures.textChanged.connect(lambda: self._changed("measures"))
        self.notified.toggled.connect(lambda _on: self._notified_changed())
        self.notified_to.textEdited.connect(lambda _t: self._changed("notified_to"))
        self.notified_on.dateChanged.connect(lambda _d: self._changed("notified_on"))
        self.resize(640, 600)
        self._notified_changed()
        if incident_id is None:
            self._start_editing(self.description)
        else:
            self._load(lambda session: incidents.get_incident(session, incident_id), self._show, focus=self.description)

    def _show(self, row: IncidentRow) -> None:
        self.found_on.set_value(row.found_on)
        self.description.setPlainText(row.description)
        self.records_affected.setValue(row.records_affected)
        self.affected_description.setPlainText(row.affected_description or "")
        self.measures.setPlainText(row.measures or "")
        self._notified_before = row.notified
        self.notified.setChecked(row.notified)
        self.notified.setEnabled(not row.notified)
        self.notified_to.setText(row.notified_to or "")
        if row.notified_on is not None:
            self.notified_on.set_value(row.notified_on)
        self._notified_changed()

    def _notified_changed(self) -> None:
        on = self.notified.isChecked()
        self.notified_to.setEnabled(on and not self._notified_before)
        self.notified_on.setEnabled(on and not self._notified_before)
        self._changed("notified", also=("notified_to", "notified_on"))

    # -- hooks ---------------------------------------------------------------
    def current_input(self) -> IncidentForm:
        notified = self.notified.isChecked()
        return IncidentForm(
            IncidentInput(
                found_on=self.found_on.value(),
                description=self.description.toPlainText().strip(),
                records_affected=self.records_affected.value(),
                affected_description=_plain(self.affected_description),
                measures=_plain(self.measures),
            ),
            notified,
            (self.notified_to.text().strip() or None) if notified else None,
            self.notified_on.value() if notified else None,
        )

    def validate(self, data: IncidentForm) -> list[Problem]:
        """The service's rules that need no database (it checks them again when saving)."""
        today = date.today()
        incident = data.incident
        problems: list[Problem] = []
        fields.check_past_date(problems, "found_on", incidents.L_FOUND_ON, incident.found_on, today, required=True)
        fields.check_text(
            problems, "description", incidents.L_DESCRIPTION, incident.description, incidents.DESCRIPTION_LIMIT, required=True
        )
        fields.check_text(problems, "affected_description", incidents.L_AFFECTED, incident.affected_description, incidents.AFFECTED_LIMIT)
        fields.check_text(problems, "measures", incidents.L_MEASURES, incident.measures, incidents.MEASURES_LIMIT)
        if data.notified and not self._notified_before:
            fields.check_text(
                problems, "notified_to", incidents.L_NOTIFIED_TO, data.notified_to, incidents.NOTIFIED_TO_LIMIT, required=True
            )
            fields.check_past_date(problems, "notified_on", incidents.L_NOTIFIED_ON, data.notified_on, today, required=True)
            fields.check_date_order(
                problems, "notified_on", incidents.L_FOUND_ON, incident.found_on, incidents.L_NOTIFIED_ON, data.notified_on
            )
        return problems

    def ready_to_save(self, data: IncidentForm) -> bool:
        problems = self.validate(data)
        if problems:
            self._show_problems(problems)
        return not problems

    def store(self, session: Session, data: IncidentForm) -> int:
        """The incident and, when newly ticked, its notification, in one transaction: all saved or nothing."""
        today = date.today()
        if self._incident_id is None:
            incident_id = incidents.record_incident(session, data.incident, today).id
        else:
            incident_id = incidents.update_incident(session, self._incident_id, data.incident, today).id
        if data.notified and not self._notified_before and data.notified_on is not None:
            incidents.record_notification(session, incident_id, data.notified_to or "", data.notified_on, today)
        return incident_id

    def discard_question(self) -> str:
        return self.tr("The incident has not been saved. Close without saving?")
