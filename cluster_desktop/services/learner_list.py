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

from sqlalchemy import ColumnElement, Engine, Select, and_, func, or_, select, text
from sqlalchemy.orm import Session

from ..ids import Sex
from ..models import Person, Stage
from ..text import search_fold, word_sort_key

TRIGRAM = 3
_fts_by_engine: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


class LearnerSort(str, enum.Enum):
    NAME = "name"
    IIN = "iin"
    BIRTH_DATE = "birth_date"


@dataclass(frozen=True)
class LearnerFilter:
    text: str = ""
    stage: Stage | None = None


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


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _prefix_condition(word: str) -> ColumnElement[bool]:
    """A short word matches the start of the surname (Kazakh sort key) or of the IIN: both indexed ranges."""
    conditions = []
    key = word_sort_key(word)
    if key:
        conditions.append(and_(Person.sort_key >= key, Person.sort_key < key + "~"))
    if word.isdigit():
        conditions.append(and_(Person.iin >= word, Person.iin < word + ":"))
    return or_(*conditions) if conditions else Person.search_key.like(f"%{_escape_like(word)}%", escape="\\")


def _conditions(session: Session, flt: LearnerFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if flt.stage is not None:
        conditions.append(Person.current_stage == flt.stage)
    words = search_fold(flt.text).split()
    long_words = [w for w in words if len(w) >= TRIGRAM]
    short_words = [w for w in words if len(w) < TRIGRAM]
    dialect = session.get_bind().dialect.name
    if long_words and dialect == "sqlite" and _has_sqlite_fts(session):
        match = " AND ".join(_fts_phrase(w) for w in long_words)
        conditions.append(Person.id.in_(text("SELECT rowid FROM person_search WHERE person_search MATCH :match").bindparams(match=match)))
    else:
        conditions.extend(Person.search_key.like(f"%{_escape_like(w)}%", escape="\\") for w in long_words)
    if long_words:
        conditions.extend(Person.search_key.like(f"%{_escape_like(w)}%", escape="\\") for w in short_words)
    else:
        conditions.extend(_prefix_condition(w) for w in short_words)
    return conditions


def _filtered(statement: Select, session: Session, flt: LearnerFilter) -> Select:
    conditions = _conditions(session, flt)
    return statement.where(*conditions) if conditions else statement


def count_learners(session: Session, flt: LearnerFilter = LearnerFilter()) -> int:
    return session.scalar(_filtered(select(func.count()).select_from(Person), session, flt)) or 0


def learner_page(
    session: Session,
    flt: LearnerFilter = LearnerFilter(),
    sort: LearnerSort = LearnerSort.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[LearnerRow]:
    order = [c.desc() if descending else c.asc() for c in _ORDER[sort]]
    statement = _filtered(select(*_COLUMNS), session, flt).order_by(*order).offset(offset).limit(limit)
    return [LearnerRow(*row) for row in session.execute(statement)]
