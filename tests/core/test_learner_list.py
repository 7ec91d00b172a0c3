"""The learner list's fast paths give exactly what the plain queries give."""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.demo import random_person
from cluster_desktop.models import Stage
from cluster_desktop.services import learner_list
from cluster_desktop.services.learner_list import LearnerFilter, LearnerRow, LearnerSort, count_learners, learner_page
from cluster_desktop.services.learners import create_learner

QUERIES = ["", "а", "қа", "қас", "нұрлан", "ов", "0", "05", "050", "ова а", "ерл ов", "е"]


@pytest.fixture
def filled(database: Database) -> Database:
    rng = random.Random(7)
    taken: set[str] = set()
    with database.session() as session:
        for number in range(120):
            stage = list(Stage)[number % 4]
            create_learner(session, random_person(rng, date(2026, 11, 1), stage, taken=taken))
    return database


def plain_count(session: Session, flt: LearnerFilter) -> int:
    return len(learner_page(session, flt, LearnerSort.NAME, False, 0, 10_000))


def test_fast_count_equals_counting_the_rows(filled: Database) -> None:
    with filled.session() as session:
        for text in QUERIES:
            for stage in (None, Stage.SCHOOL):
                flt = LearnerFilter(text, stage)
                assert count_learners(session, flt) == plain_count(session, flt), (text, stage)


def test_walking_the_sort_index_gives_the_same_pages(filled: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def pages(session: Session, text: str, sort: LearnerSort, total: int) -> list[list[LearnerRow]]:
        flt = LearnerFilter(text)
        return [learner_page(session, flt, sort, desc, offset, 7, total) for desc in (False, True) for offset in (0, 7)]

    with filled.session() as session:
        for text in QUERIES:
            total = count_learners(session, LearnerFilter(text))
            for sort in LearnerSort:
                collected = pages(session, text, sort, total)
                monkeypatch.setattr(learner_list, "WALK_SORT_INDEX_ABOVE", -1)
                walked = pages(session, text, sort, total)
                monkeypatch.undo()
                assert walked == collected, (text, sort)


def test_short_digits_match_the_start_of_the_iin_only(filled: Database) -> None:
    with filled.session() as session:
        rows = learner_page(session, LearnerFilter("05"), limit=10_000)
    assert rows and all(r.iin.startswith("05") for r in rows)
