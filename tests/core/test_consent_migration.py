"""Migration 0014: a learner's record loses its own consent columns; a downgrade gives them back from the earliest form.

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import inspect, text

from cluster_desktop import migrations
from cluster_desktop.db import Database
from cluster_desktop.models import ConsentGiver, ConsentPurpose
from cluster_desktop.services.consents import ConsentInput, record_consent
from tests import factories

RETIRED = {"consent_given_by", "consent_date", "consent_scope"}


def _day(value: object) -> date | None:
    """A date read with plain SQL: SQLite gives its text."""
    return None if value is None else date.fromisoformat(str(value))


def _person_columns(database: Database) -> set[str]:
    return {c["name"] for c in inspect(database.engine).get_columns("person")}


def test_the_old_columns_are_gone_and_come_back_from_the_earliest_consent(database: Database) -> None:
    assert not RETIRED & _person_columns(database)
    with database.session() as session:
        minor = factories.learner(
            session, "Сейітова", "Әсем", serial=1, born=date(2010, 4, 17), representative="Сейітова Гүлнар", consent_date=date(2024, 9, 2)
        ).id
        adult = factories.learner(session, "Омаров", "Нұрлан", serial=2, consent_date=date(2023, 9, 1)).id
        bare = factories.learner(session, "Қасымов", "Ерлан", serial=3, purposes=()).id
        later = ConsentInput(ConsentGiver.SELF, date(2025, 1, 10), frozenset({ConsentPurpose.PUBLICITY}), notes="Фото и публикации")
        record_consent(session, adult, later, date(2026, 12, 4))
        session.execute(
            text("UPDATE consent SET notes = :n WHERE person_id = :p AND given_on = :d"),
            {"n": "Ескі келісім: " + "ө" * 400, "p": adult, "d": date(2023, 9, 1)},
        )
    migrations.downgrade_to(database.engine, "0013")
    assert _person_columns(database) >= RETIRED
    with database.engine.connect() as conn:
        rows = {
            row[0]: (row[1], _day(row[2]), row[3])
            for row in conn.execute(text("SELECT id, consent_given_by, consent_date, consent_scope FROM person"))
        }
    assert rows[minor] == ("representative", date(2024, 9, 2), None)
    given_by, given_on, scope = rows[adult]
    assert (given_by, given_on) == ("self", date(2023, 9, 1))  # the earliest form, not the later one
    assert scope == ("Ескі келісім: " + "ө" * 400)[:300]
    assert rows[bare] == (None, None, None)
    migrations.upgrade_to_head(database.engine)
    assert not RETIRED & _person_columns(database)
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM consent")).scalar() == 3
        if database.backend == "sqlite":  # dropped in place: the search index's triggers on person are still there
            triggers = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'person'")).scalar()
            assert triggers == 3


def test_an_older_database_with_consents_on_the_record_reaches_the_head(database: Database) -> None:
    """0013 turns each record's consent into a form; 0014 then drops the record's columns."""
    with database.session() as session:
        person = factories.learner(session, "Омаров", "Нұрлан", serial=2, purposes=()).id
    migrations.downgrade_to(database.engine, "0012")
    with database.engine.begin() as conn:
        conn.execute(
            text("UPDATE person SET consent_given_by = 'self', consent_date = :d, consent_scope = 'Білім беру'"), {"d": date(2022, 9, 1)}
        )
    migrations.upgrade_to_head(database.engine)
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT person_id, given_by, given_on, notes FROM consent")).all()
        purposes = set(conn.execute(text("SELECT purpose FROM consent_purpose")).scalars())
    assert [(r[0], r[1], _day(r[2]), r[3]) for r in rows] == [(person, "self", date(2022, 9, 1), "Білім беру")]
    assert purposes == {"education", "journey", "partners"}
