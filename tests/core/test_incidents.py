"""The personal-data incident log: recorded, corrected, notified, listed newest first, and the reminder until notified."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.errors import NotFoundError, ValidationError
from cluster_desktop.models import AuditEntry, Incident
from cluster_desktop.permissions import Actor, PermissionDenied, Role
from cluster_desktop.services.incidents import (
    MAX_RECORDS,
    IncidentInput,
    get_incident,
    list_incidents,
    record_incident,
    record_notification,
    unnotified_incidents,
    update_incident,
)
from tests.core.test_permissions import records

TODAY = date(2026, 12, 4)
LOST_STICK = IncidentInput(
    found_on=date(2026, 11, 20),
    description="  A USB stick with the 2025 intake list was lost on the bus  ",
    records_affected=240,
    affected_description="Applicants of 2025: names, IINs, phones",
    measures="The list's passwords changed; the bus company asked",
)


def _add(database: Database, data: IncidentInput = LOST_STICK) -> int:
    with database.session() as session:
        return record_incident(session, data, TODAY).id


def test_an_incident_is_recorded_trimmed_and_audited(database: Database) -> None:
    incident_id = _add(database)
    with database.session() as session:
        row = get_incident(session, incident_id)
        assert row.description == "A USB stick with the 2025 intake list was lost on the bus"
        assert (row.found_on, row.records_affected, row.notified, row.notified_to) == (date(2026, 11, 20), 240, False, None)
        entry = session.scalars(select(AuditEntry).where(AuditEntry.record_kind == "incident", AuditEntry.action == "create")).one()
        assert entry.record_id == str(incident_id) and "240" in (entry.changes or "")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"found_on": TODAY + timedelta(days=1)}, "found_on"),
        ({"description": "   "}, "description"),
        ({"description": "Жоғалды 😀"}, "description"),  # the log is printable like every other text
        ({"description": "x" * 2001}, "description"),
        ({"measures": "Құпиясөз\x00ауыстырылды"}, "measures"),  # NUL: PostgreSQL could not store it
        ({"records_affected": -1}, "records_affected"),
        ({"records_affected": MAX_RECORDS + 1}, "records_affected"),
        ({"measures": "y" * 2001}, "measures"),
        ({"affected_description": "z" * 1001}, "affected_description"),
    ],
)
def test_bad_input_is_refused_with_nothing_saved(database: Database, change: dict[str, object], field: str) -> None:
    data = IncidentInput(**{**LOST_STICK.__dict__, **change})
    before = records(database)
    with database.session() as session, pytest.raises(ValidationError) as refused:
        record_incident(session, data, TODAY)
    assert refused.value.for_field(field), refused.value.message
    assert records(database) == before


def test_the_limits_themselves_are_accepted(database: Database) -> None:
    for count in (0, MAX_RECORDS):
        _add(database, IncidentInput(**{**LOST_STICK.__dict__, "records_affected": count, "found_on": TODAY}))
    with database.session() as session:
        assert sorted(r.records_affected for r in list_incidents(session)) == [0, MAX_RECORDS]


def test_the_notification_ends_the_reminder(database: Database) -> None:
    older = _add(database, IncidentInput(**{**LOST_STICK.__dict__, "found_on": date(2026, 11, 1)}))
    newer = _add(database)
    with database.session() as session:
        waiting = unnotified_incidents(session, TODAY)
        assert (waiting.count, waiting.oldest_found_on, waiting.oldest_days) == (2, date(2026, 11, 1), 33)
        record_notification(session, older, " Authorised body; the applicants by letter ", date(2026, 11, 3), TODAY)
    with database.session() as session:
        waiting = unnotified_incidents(session, TODAY)
        assert (waiting.count, waiting.oldest_found_on, waiting.oldest_days) == (1, date(2026, 11, 20), 14)
        row = get_incident(session, older)
        assert (row.notified_to, row.notified_on, row.notified) == ("Authorised body; the applicants by letter", date(2026, 11, 3), True)
        record_notification(session, newer, "Authorised body", TODAY, TODAY)
    with database.session() as session:
        assert unnotified_incidents(session, TODAY) == unnotified_incidents(session, TODAY + timedelta(days=400))
        assert unnotified_incidents(session, TODAY).count == 0 and unnotified_incidents(session, TODAY).oldest_found_on is None


@pytest.mark.parametrize(
    ("to", "on", "field"),
    [
        ("Authorised body", date(2026, 11, 19), "notified_on"),  # before it was found
        ("Authorised body", TODAY + timedelta(days=1), "notified_on"),  # in the future
        ("  ", TODAY, "notified_to"),
        ("A" * 301, TODAY, "notified_to"),
    ],
)
def test_a_bad_notification_is_refused(database: Database, to: str, on: date, field: str) -> None:
    incident_id = _add(database)
    before = records(database)
    with database.session() as session, pytest.raises(ValidationError) as refused:
        record_notification(session, incident_id, to, on, TODAY)
    assert refused.value.for_field(field)
    assert records(database) == before
    with database.session() as session:
        assert unnotified_incidents(session, TODAY).count == 1


def test_correcting_keeps_the_notification_after_the_day_found(database: Database) -> None:
    incident_id = _add(database)
    with database.session() as session:
        record_notification(session, incident_id, "Authorised body", date(2026, 11, 21), TODAY)
    later = IncidentInput(**{**LOST_STICK.__dict__, "found_on": date(2026, 11, 25)})
    with database.session() as session, pytest.raises(ValidationError, match="before"):
        update_incident(session, incident_id, later, TODAY)
    corrected = IncidentInput(**{**LOST_STICK.__dict__, "records_affected": 241, "measures": None})
    with database.session() as session:
        row = update_incident(session, incident_id, corrected, TODAY)
        assert (row.records_affected, row.measures, row.notified_on) == (241, None, date(2026, 11, 21))
        entry = session.scalars(select(AuditEntry).where(AuditEntry.record_kind == "incident", AuditEntry.action == "update")).all()
        assert entry, "the correction was not audited"


def test_the_log_lists_newest_first(database: Database) -> None:
    days = [date(2026, 3, 1), date(2026, 11, 30), date(2025, 12, 31), date(2026, 11, 30)]
    ids = [_add(database, IncidentInput(**{**LOST_STICK.__dict__, "found_on": day})) for day in days]
    with database.session() as session:
        assert [r.id for r in list_incidents(session)] == [ids[3], ids[1], ids[0], ids[2]]


def test_an_unknown_incident_is_named_as_gone(database: Database) -> None:
    with database.session() as session, pytest.raises(NotFoundError, match="no longer exists"):
        record_notification(session, 999_999, "Authorised body", TODAY, TODAY)
    with database.session() as session, pytest.raises(NotFoundError):
        update_incident(session, 999_999, LOST_STICK, TODAY)
    for impossible in (0, -1, 2**31, 10**23):  # no record has such a number (PostgreSQL would refuse to look)
        with database.session() as session, pytest.raises(NotFoundError):
            get_incident(session, impossible)


@pytest.mark.parametrize("role", [Role.REGISTRAR, Role.VIEWER])
def test_only_whoever_keeps_the_log_reads_or_writes_it(database: Database, role: Role) -> None:
    incident_id = _add(database)
    database.actor = Actor(f"a-{role.value}", role, "", "test-pc")
    before = records(database)
    calls = [
        lambda s: list_incidents(s),
        lambda s: unnotified_incidents(s, TODAY),
        lambda s: get_incident(s, incident_id),
        lambda s: record_incident(s, LOST_STICK, TODAY),
        lambda s: update_incident(s, incident_id, LOST_STICK, TODAY),
        lambda s: record_notification(s, incident_id, "Authorised body", TODAY, TODAY),
    ]
    for call in calls:
        with database.session() as session, pytest.raises(PermissionDenied, match="incident log"):
            call(session)
    assert records(database) == before
    with database.session() as session:
        assert session.scalar(select(Incident.notified_on).where(Incident.id == incident_id)) is None
