"""The learner list: filter and sort in SQL, one page at a time.

Kept apart from the learner rules because it is about speed: at 100k learners
every keystroke in the search box runs :func:`count_learners` and one
:func:`learner_page`, so both must be index look-ups (see DESIGN.md traps).
Words of three or more letters go to the trigram index (FTS5 on SQLite, pg_trgm
on PostgreSQL); a search of only short words matches the start of the surname or
of the IIN through their ordinary indexes.
"""

from __future__ import annotations

import enum
import weakref
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import ColumnElement, Engine, and_, func, select, text
from sqlalchemy.orm import Session

from ..ids import Sex
from ..models import Person, Stage
from ..permissions import Permission, require
from ..text import search_fold, word_sort_key
from .school_grades import pupils_on
from .search import contains

TRIGRAM = 3
# Above this many matches it is cheaper to walk the sort index and test each row
# than to collect every match and sort it (measured in benchmarks/learner_list.py).
WALK_SORT_INDEX_ABOVE = 3000
_fts_by_engine: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


class LearnerSort(str, enum.Enum):
    NAME = "name"
    IIN = "iin"
    BIRTH_DATE = "birth_date"


@dataclass(frozen=True)
class LearnerFilter:
    text: str = ""
    stage: Stage | None = None
    school_id: int | None = None  # pupils of this school on ``on``
    grade: int | None = None  # pupils in this grade on ``on`` (the grade moves with the academic year)
    on: date | None = None  # the day the school and grade are read on (the caller's today)

    @property
    def by_school(self) -> bool:
        return self.school_id is not None or self.grade is not None


class LearnerRow(NamedTuple):
    id: int
    iin: str
    surname: str
    given_name: str
    patronymic: str | None
    birth_date: date
    sex: Sex
    stage: Stage
    phone: str | None

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


_COLUMNS = (
    Person.id, Person.iin, Person.surname, Person.given_name, Person.patronymic,
    Person.birth_date, Person.sex, Person.current_stage, Person.phone,
)
_ORDER = {
    LearnerSort.NAME: (Person.sort_key, Person.id),
    LearnerSort.IIN: (Person.iin,),
    LearnerSort.BIRTH_DATE: (Person.birth_date, Person.id),
}


def _has_sqlite_fts(session: Session) -> bool:
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    if engine not in _fts_by_engine:
        found = session.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'person_search'")).first()
        _fts_by_engine[engine] = found is not None
    return _fts_by_engine[engine]


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _prefix_condition(word: str, walk: bool) -> ColumnElement[bool]:
    """A short word matches the start of the IIN (digits) or of the surname (letters): indexed ranges."""
    if word.isdigit():
        iin = Person.iin + "" if walk else Person.iin  # «+ ''» keeps SQLite on the sort index
        return and_(iin >= word, iin < word + ":")
    key = word_sort_key(word)
    if key and word.isalpha():
        return and_(Person.sort_key >= key, Person.sort_key < key + "~")
    return contains(Person.search_key, word)


def _words(flt: LearnerFilter) -> tuple[list[str], list[str]]:
    words = search_fold(flt.text).split()
    return [w for w in words if len(w) >= TRIGRAM], [w for w in words if len(w) < TRIGRAM]


def _fts_match(words: list[str]) -> str:
    return " AND ".join(_fts_phrase(w) for w in words)


def _conditions(session: Session, flt: LearnerFilter, walk: bool = False) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.stage is not None:
        conditions.append(Person.current_stage == flt.stage)
    if flt.by_school:
        if flt.on is None:
            raise ValueError("a school or grade filter needs the day it is read on")
        conditions.append(Person.id.in_(pupils_on(flt.school_id, flt.grade, flt.on)))
    long_words, short_words = _words(flt)
    dialect = session.get_bind().dialect.name
    walk = walk and dialect == "sqlite"
    if long_words and dialect == "sqlite" and _has_sqlite_fts(session):
        matching = text("SELECT rowid FROM person_search WHERE person_search MATCH :match").bindparams(match=_fts_match(long_words))
        person_id = Person.id + 0 if walk else Person.id  # «+ 0» keeps SQLite on the sort index
        conditions.append(person_id.in_(matching))
    else:
        conditions.extend(contains(Person.search_key, w) for w in long_words)
    if long_words:
        conditions.extend(contains(Person.search_key, w) for w in short_words)
    else:
        conditions.extend(_prefix_condition(w, walk) for w in short_words)
    return conditions


def count_learners(session: Session, flt: LearnerFilter = LearnerFilter()) -> int:
    require(session, Permission.READ_PERSONAL_DATA)
    long_words, short_words = _words(flt)
    if long_words and not short_words and flt.stage is None and not flt.by_school and session.get_bind().dialect.name == "sqlite" and _has_sqlite_fts(session):
        # The trigram index alone knows how many rows match; no need to visit them.
        statement = text("SELECT count(*) FROM person_search WHERE person_search MATCH :match")
        return session.scalar(statement, {"match": _fts_match(long_words)}) or 0
    conditions = _conditions(session, flt)
    return session.scalar(select(func.count()).select_from(Person).where(*conditions)) or 0


def learner_page(
    session: Session,
    flt: LearnerFilter = LearnerFilter(),
    sort: LearnerSort = LearnerSort.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
) -> list[LearnerRow]:
    """One page of the list; ``total`` (the count just taken) lets a broad search walk the sort index."""
    require(session, Permission.READ_PERSONAL_DATA)
    order = [c.desc() if descending else c.asc() for c in _ORDER[sort]]
    walk = total is not None and total > WALK_SORT_INDEX_ABOVE
    statement = select(*_COLUMNS).where(*_conditions(session, flt, walk)).order_by(*order).offset(offset).limit(limit)
    return [LearnerRow(*row) for row in session.execute(statement)]
