"""LIKE conditions for the words typed in a list's search box, the same on SQLite and PostgreSQL.

A typed ``%`` or ``_`` is a character to find, not a wildcard: every pattern is
escaped here and nowhere else.  Columns without a case-folded search key are
matched in the ways a word is usually capitalised, since SQLite folds only ASCII.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, or_
from sqlalchemy.orm import QueryableAttribute

ESCAPE = "\\"
# A mapped column (Person.search_key) or any SQL text expression.
TextColumn = ColumnElement[Any] | QueryableAttribute[Any]


def escape_like(word: str) -> str:
    """``word`` with LIKE's wildcards and the escape character itself taken literally."""
    return word.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")


def contains(column: TextColumn, word: str) -> ColumnElement[bool]:
    return column.like(f"%{escape_like(word)}%", escape=ESCAPE)


def starts_with(column: TextColumn, word: str) -> ColumnElement[bool]:
    return column.like(f"{escape_like(word)}%", escape=ESCAPE)


def spellings(word: str) -> set[str]:
    """The ways a word is usually capitalised in a name: as typed, lower, Capitalised, UPPER."""
    return {word, word.lower(), word.capitalize(), word.upper()}


def contains_word(columns: tuple[TextColumn, ...], word: str) -> ColumnElement[bool]:
    """Any of ``columns`` contains ``word`` in one of its usual capitalisations."""
    return or_(*(contains(c, w) for c in columns for w in spellings(word)))


def starts_with_word(column: TextColumn, word: str) -> ColumnElement[bool]:
    """``column`` starts with ``word`` in one of its usual capitalisations (a number such as «ДС-12»)."""
    return or_(*(starts_with(column, w) for w in spellings(word)))
