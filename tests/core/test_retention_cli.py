"""``retention list`` and ``retention anonymise`` run as a user would (issue 18)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.models import Person
from cluster_desktop.services.anonymisation import ANONYMISED_SURNAME
from tests.cli import run_cli
from tests.core.test_permissions import records
from tests.core.test_retention import _graduated


def _surname(database: Database, person_id: int) -> str:
    with database.session() as session:
        return str(session.scalar(select(Person.surname).where(Person.id == person_id)))


def test_list_then_anonymise_with_yes(database: Database, database_url: str) -> None:
    old = _graduated(database, date(2019, 6, 30), 1, "Әлиев")
    recent = _graduated(database, date(2024, 6, 30), 2, "Бекова")
    listed = run_cli("--db-url", database_url, "retention", "list", "--today", "2026-12-04")
    assert listed.returncode == 0, listed.stderr
    assert f"{old}\tӘлиев Нұрлан\t30.06.2024\tleft the cluster" in listed.stdout
    assert "Бекова" not in listed.stdout and "Past their keeping period on 04.12.2026: 1." in listed.stdout
    in_russian = run_cli("--db-url", database_url, "--lang", "ru", "retention", "list", "--today", "04.12.2026")
    assert "выбыл из кластера" in in_russian.stdout and "Срок хранения истёк на 04.12.2026: 1." in in_russian.stdout

    done = run_cli("--db-url", database_url, "retention", "anonymise", "--all", "--today", "2026-12-04", "--yes")
    assert done.returncode == 0, done.stderr
    assert "Anonymised: 1." in done.stdout
    assert _surname(database, old) == ANONYMISED_SURNAME and _surname(database, recent) == "Бекова"
    again = run_cli("--db-url", database_url, "retention", "anonymise", "--all", "--today", "2026-12-04", "--yes")
    assert again.returncode == 0 and "Nothing is past its keeping period on 04.12.2026" in again.stdout


def test_refusals_change_nothing(database: Database, database_url: str) -> None:
    old = _graduated(database, date(2019, 6, 30), 1, "Әлиев")
    recent = _graduated(database, date(2024, 6, 30), 2, "Бекова")
    before = records(database)
    for argv, said in (
        (["retention", "anonymise", str(old), "--today", "2026-12-04"], "add --yes to confirm"),
        (["retention", "anonymise", "--today", "2026-12-04", "--yes"], "Name the records to anonymise"),
        (["retention", "anonymise", "12a", "--yes"], "«12a» is not a record id"),
        (["retention", "anonymise", str(old), str(recent), "--today", "2026-12-04", "--yes"], "kept until 30.06.2029"),
        (["--lang", "kk", "retention", "anonymise", str(recent), "--today", "2026-12-04", "--yes"], "30.06.2029 дейін сақталады"),
    ):
        result = run_cli("--db-url", database_url, *argv)
        assert result.returncode == 1 and said in result.stderr, (argv, result.stderr)
        assert "unexpected" not in result.stderr
    assert records(database) == before


def test_the_list_tells_the_incident_keeper_of_incidents_past_their_period(database: Database, database_url: str) -> None:
    from cluster_desktop.services.incidents import IncidentInput, record_incident, record_notification

    with database.session() as session:
        found = record_incident(session, IncidentInput(date(2019, 3, 1), "Флешка жоғалды", 12), date(2019, 3, 2))
        record_notification(session, found.id, "Уәкілетті орган", date(2019, 3, 3), date(2019, 3, 3))
    listed = run_cli("--db-url", database_url, "--lang", "kk", "retention", "list", "--today", "2026-12-04")
    assert listed.returncode == 0, listed.stderr
    assert "Сақтау мерзімі өткен дербес деректер инциденттері: 1" in listed.stdout and "01.03.2019" in listed.stdout
