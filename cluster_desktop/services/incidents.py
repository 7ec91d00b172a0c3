"""The personal-data incident log: what happened, how many records, what was done, who was told and when.

Law No. 94-V asks the holder of personal data to notify the authorised body
(and, where it applies, the subjects) of a breach.  The log keeps each incident
with its notification; until the notification is recorded the incident is
*unnotified*, and the window reminds whoever keeps the log
(:func:`unnotified_incidents`).  Only those with ``MANAGE_INCIDENTS`` read or
change the log (administrators, and the roles the college chose).  Every change
is audited by the session's flush (the record's fields, before and after).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import Incident
from ..permissions import Permission, require
from . import fields
from .records import fetch

MAX_RECORDS = 10_000_000  # more than any college holds: a bigger figure is a typing slip
DESCRIPTION_LIMIT = 2000
AFFECTED_LIMIT = 1000
MEASURES_LIMIT = 2000
NOTIFIED_TO_LIMIT = 300

L_FOUND_ON = QT_TRANSLATE_NOOP("Errors", "Found on")
L_DESCRIPTION = QT_TRANSLATE_NOOP("Errors", "What happened")
L_RECORDS = QT_TRANSLATE_NOOP("Errors", "Records affected")
L_AFFECTED = QT_TRANSLATE_NOOP("Errors", "Which records")
L_MEASURES = QT_TRANSLATE_NOOP("Errors", "Measures taken")
L_NOTIFIED_TO = QT_TRANSLATE_NOOP("Errors", "Notified")
L_NOTIFIED_ON = QT_TRANSLATE_NOOP("Errors", "Notified on")

INCIDENT_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The incident no longer exists (perhaps someone deleted it).")


@dataclass(frozen=True)
class IncidentInput:
    found_on: date
    description: str
    records_affected: int
    affected_description: str | None = None
    measures: str | None = None


@dataclass(frozen=True)
class IncidentRow:
    id: int
    found_on: date
    description: str
    records_affected: int
    affected_description: str | None
    measures: str | None
    notified_to: str | None
    notified_on: date | None

    @property
    def notified(self) -> bool:
        return self.notified_on is not None


@dataclass(frozen=True)
class Unnotified:
    """The incidents whose notification is not recorded yet, and how long the oldest has waited."""

    count: int
    oldest_found_on: date | None
    oldest_days: int  # days since the oldest was found (0 when there is none)


def _row(incident: Incident) -> IncidentRow:
    return IncidentRow(
        incident.id,
        incident.found_on,
        incident.description,
        incident.records_affected,
        incident.affected_description,
        incident.measures,
        incident.notified_to,
        incident.notified_on,
    )


def _checked(data: IncidentInput, today: date) -> IncidentInput:
    """``data`` with its texts trimmed, or ValidationError naming each field that is wrong."""
    cleaned = IncidentInput(
        found_on=data.found_on,
        description=fields.clean(data.description) or "",
        records_affected=data.records_affected,
        affected_description=fields.clean(data.affected_description),
        measures=fields.clean(data.measures),
    )
    problems: list[Problem] = []
    fields.check_past_date(problems, "found_on", L_FOUND_ON, cleaned.found_on, today, required=True)
    fields.check_text(problems, "description", L_DESCRIPTION, cleaned.description, DESCRIPTION_LIMIT, required=True)
    if not isinstance(cleaned.records_affected, int) or not 0 <= cleaned.records_affected <= MAX_RECORDS:
        problems.append(Problem("records_affected", fields.BAD_NUMBER, {"label": L_RECORDS, "low": 0, "high": MAX_RECORDS}))
    fields.check_text(problems, "affected_description", L_AFFECTED, cleaned.affected_description, AFFECTED_LIMIT)
    fields.check_text(problems, "measures", L_MEASURES, cleaned.measures, MEASURES_LIMIT)
    if problems:
        raise ValidationError(problems)
    return cleaned


def _check_notification(found_on: date, notified_to: str | None, notified_on: date | None, today: date) -> None:
    problems: list[Problem] = []
    fields.check_text(problems, "notified_to", L_NOTIFIED_TO, notified_to, NOTIFIED_TO_LIMIT, required=True)
    fields.check_past_date(problems, "notified_on", L_NOTIFIED_ON, notified_on, today, required=True)
    fields.check_date_order(problems, "notified_on", L_FOUND_ON, found_on, L_NOTIFIED_ON, notified_on)
    if problems:
        raise ValidationError(problems)


def record_incident(session: Session, data: IncidentInput, today: date) -> IncidentRow:
    """Add an incident to the log (not yet notified)."""
    require(session, Permission.MANAGE_INCIDENTS)
    cleaned = _checked(data, today)
    incident = Incident(
        found_on=cleaned.found_on,
        description=cleaned.description,
        records_affected=cleaned.records_affected,
        affected_description=cleaned.affected_description,
        measures=cleaned.measures,
    )
    session.add(incident)
    session.flush()
    return _row(incident)


def update_incident(session: Session, incident_id: int, data: IncidentInput, today: date) -> IncidentRow:
    """Correct an incident's record; a notification already recorded must still come on or after the day it was found."""
    require(session, Permission.MANAGE_INCIDENTS)
    incident = fetch(session, Incident, incident_id, INCIDENT_NOT_FOUND)
    cleaned = _checked(data, today)
    if incident.notified_on is not None:
        _check_notification(cleaned.found_on, incident.notified_to, incident.notified_on, max(today, incident.notified_on))
    incident.found_on = cleaned.found_on
    incident.description = cleaned.description
    incident.records_affected = cleaned.records_affected
    incident.affected_description = cleaned.affected_description
    incident.measures = cleaned.measures
    session.flush()
    return _row(incident)


def record_notification(session: Session, incident_id: int, notified_to: str, notified_on: date, today: date) -> IncidentRow:
    """Record who was notified of the incident (the authorised body, the subjects…) and when; ends its reminder."""
    require(session, Permission.MANAGE_INCIDENTS)
    incident = fetch(session, Incident, incident_id, INCIDENT_NOT_FOUND)
    to = fields.clean(notified_to)
    _check_notification(incident.found_on, to, notified_on, today)
    incident.notified_to = to
    incident.notified_on = notified_on
    session.flush()
    return _row(incident)


def get_incident(session: Session, incident_id: int) -> IncidentRow:
    require(session, Permission.MANAGE_INCIDENTS)
    return _row(fetch(session, Incident, incident_id, INCIDENT_NOT_FOUND))


def list_incidents(session: Session) -> list[IncidentRow]:
    """The whole log, newest first (by the day found, then by when it was entered)."""
    require(session, Permission.MANAGE_INCIDENTS)
    incidents = session.scalars(select(Incident).order_by(Incident.found_on.desc(), Incident.id.desc()))
    return [_row(i) for i in incidents]


def unnotified_incidents(session: Session, today: date) -> Unnotified:
    """How many incidents wait for their notification, and since when the oldest of them."""
    require(session, Permission.MANAGE_INCIDENTS)
    count, oldest = session.execute(
        select(func.count(Incident.id), func.min(Incident.found_on)).where(Incident.notified_on.is_(None))
    ).one()
    return Unnotified(int(count), oldest, max(0, (today - oldest).days) if oldest is not None else 0)
