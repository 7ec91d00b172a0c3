"""Export any list to XLSX or CSV: a list is its columns and a way to walk its rows.

A new list (the certificates registry, agreements…) needs only an
:class:`ExportList`: a title, its columns (an Errors-context header and a value
per row) and two functions of a session, the row count and the rows in screen
order.  :func:`export_list` does the rest through the one table writer.

Headers and words such as «female» are English templates; the caller passes
``translate`` so that the file speaks the user's language: the window its Qt
translator, ``export --lang`` the same translations read by ``catalog.translator``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import audit
from ..errors import QT_TRANSLATE_NOOP
from ..ids import SEX_WORDS
from ..models import Enrolment, Group, Programme
from ..permissions import Permission, require
from ..spreadsheets.writer import Cell, write_table
from ..text import kazakh_sort_key
from . import learners as L
from .learner_list import (
    LearnerFilter,
    LearnerRow,
    LearnerSort,
    count_learners,
    learner_page,
)
from .programmes import L_ENDS_ON, L_GROUP_NAME, L_STARTS_ON, LANGUAGE_WORDS

R = TypeVar("R")
PAGE = 2000

T_LEARNERS = QT_TRANSLATE_NOOP("Errors", "Learners")
T_GROUPS = QT_TRANSLATE_NOOP("Errors", "Groups")
H_FULL_NAME = QT_TRANSLATE_NOOP("Errors", "Full name")
H_STAGE = QT_TRANSLATE_NOOP("Errors", "Stage")
H_PROGRAMME = QT_TRANSLATE_NOOP("Errors", "Programme")
H_LANGUAGE = QT_TRANSLATE_NOOP("Errors", "Language")
H_LEARNERS = QT_TRANSLATE_NOOP("Errors", "Learners")
H_PHONE = QT_TRANSLATE_NOOP("Errors", "Phone")


@dataclass(frozen=True)
class ExportColumn(Generic[R]):
    header: str  # an Errors template
    value: Callable[[R], Cell]
    words: bool = False  # the value is itself a marked English word, translated like the header


@dataclass(frozen=True)
class ExportList(Generic[R]):
    title: str
    columns: Sequence[ExportColumn[R]]
    count: Callable[[Session], int]
    rows: Callable[[Session], Iterable[R]]


def _same(text: str) -> str:
    return text


def export_list(
    session: Session,
    spec: ExportList[Any],
    path: Path,
    translate: Callable[[str], str] = _same,
    on_progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write ``spec`` to ``path``; returns the number of rows.  ``on_progress`` may raise to cancel."""
    require(session, Permission.EXPORT_PERSONAL_DATA)
    total = spec.count(session)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if on_progress is not None and done % 500 == 1:
            on_progress(done, total)

    def values(row: Any) -> list[Cell]:
        out = []
        for column in spec.columns:
            value = column.value(row)
            out.append(translate(value) if column.words and isinstance(value, str) else value)
        return out

    # The audit entry first: a database that another program or PC keeps locked stops the export
    # before any file is written, so no personal data leaves without its entry (it rolls back with a failed write).
    audit.record(session, audit.EXPORT, None, None, {"list": spec.title, "file": Path(path).name, "rows": total})
    rows = (values(row) for row in spec.rows(session))
    write_table(Path(path), [translate(c.header) for c in spec.columns], rows, title=translate(spec.title), on_row=tick)
    if on_progress is not None:
        on_progress(done, total)
    return done


# -- learners, as filtered and sorted on the Learners page ---------------------------
def learners_list(flt: LearnerFilter = LearnerFilter(), sort: LearnerSort = LearnerSort.NAME, descending: bool = False) -> ExportList[LearnerRow]:
    """The learner list with the page's filter and sort, read in pages by the page's own query."""

    def rows(session: Session) -> Iterator[LearnerRow]:
        total = count_learners(session, flt)
        for offset in range(0, total, PAGE):
            yield from learner_page(session, flt, sort, descending, offset, PAGE, total)

    columns: list[ExportColumn[LearnerRow]] = [
        ExportColumn(H_FULL_NAME, lambda r: r.full_name),
        ExportColumn(L.L_IIN, lambda r: r.iin),
        ExportColumn(L.L_BIRTH_DATE, lambda r: r.birth_date),
        ExportColumn(L.L_SEX, lambda r: SEX_WORDS[r.sex.value], words=True),
        ExportColumn(H_STAGE, lambda r: L.STAGE_NAMES[r.stage], words=True),
        ExportColumn(H_PHONE, lambda r: r.phone),
    ]
    return ExportList(T_LEARNERS, columns, lambda s: count_learners(s, flt), rows)


# -- groups ------------------------------------------------------------------
class GroupRow(NamedTuple):
    name: str
    programme: str
    language: str
    starts_on: date
    ends_on: date | None
    learners: int


def groups_list(language: str = "ru") -> ExportList[GroupRow]:
    """Every group with its programme (named in ``language``) and head count, in Kazakh alphabetical order."""

    def rows(session: Session) -> list[GroupRow]:
        sizes = select(Enrolment.group_id, func.count().label("n")).group_by(Enrolment.group_id).subquery()
        statement = (
            select(Group, Programme, func.coalesce(sizes.c.n, 0))
            .join(Programme, Group.programme_id == Programme.id)
            .outerjoin(sizes, sizes.c.group_id == Group.id)
        )
        found = [
            GroupRow(g.name, p.name(language), LANGUAGE_WORDS.get(g.language, g.language), g.starts_on, g.ends_on, n)
            for g, p, n in session.execute(statement)
        ]
        found.sort(key=lambda r: kazakh_sort_key(r.name))
        return found

    columns: list[ExportColumn[GroupRow]] = [
        ExportColumn(L_GROUP_NAME, lambda r: r.name),
        ExportColumn(H_PROGRAMME, lambda r: r.programme),
        ExportColumn(H_LANGUAGE, lambda r: r.language, words=True),
        ExportColumn(L_STARTS_ON, lambda r: r.starts_on),
        ExportColumn(L_ENDS_ON, lambda r: r.ends_on),
        ExportColumn(H_LEARNERS, lambda r: r.learners),
    ]
    return ExportList(T_GROUPS, columns, lambda s: s.scalar(select(func.count()).select_from(Group)) or 0, rows)
