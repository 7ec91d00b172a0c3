"""A failure in the middle of a change leaves the database as it was: no row, no audit entry, no half-update.

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import AuditEntry, ConsentGiver, Person, Stage
from cluster_desktop.services.learners import LearnerInput, create_learner, get_learner, update_learner


class Bug(Exception):
    """Stands for any programming error after the change was flushed."""


def learner(serial: int) -> LearnerInput:
    return LearnerInput(
        iin=make_iin(date(2001, 2, 3), Sex.MALE, serial),
        surname="Қасымов",
        given_name="Нұрлан",
        birth_date=date(2001, 2, 3),
        sex=Sex.MALE,
        consent_given_by=ConsentGiver.SELF,
        consent_date=date(2024, 9, 1),
        stage=Stage.COLLEGE,
    )


def counts(database: Database) -> tuple[int, int]:
    with database.session() as session:
        people = session.scalar(select(func.count()).select_from(Person)) or 0
        entries = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return people, entries


def test_an_exception_after_a_flushed_insert_saves_nothing(database: Database) -> None:
    with pytest.raises(Bug), database.session() as session:
        create_learner(session, learner(1))
        session.flush()  # the row and its audit entry are in the transaction
        assert session.scalar(select(func.count()).select_from(Person)) == 1
        raise Bug()
    assert counts(database) == (0, 0)


def test_an_exception_after_an_update_keeps_the_old_values(database: Database) -> None:
    with database.session() as session:
        person_id = create_learner(session, learner(2)).id
    before = counts(database)
    with pytest.raises(Bug), database.session() as session:
        changed = learner(2)
        changed.surname = "Омаров"
        update_learner(session, person_id, changed)
        session.flush()
        raise Bug()
    with database.session() as session:
        assert get_learner(session, person_id).surname == "Қасымов"
    assert counts(database) == before
