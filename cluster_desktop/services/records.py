"""Fetching a record the user chose, which someone else may have deleted meanwhile."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from ..errors import NotFoundError

Model = TypeVar("Model")
LARGEST_ID = 2**31 - 1  # ids are INTEGER columns: PostgreSQL refuses a larger number, SQLite overflows past 2**63


def fetch(session: Session, model: type[Model], record_id: int, gone: str) -> Model:
    """The record, or :class:`NotFoundError` with the ``gone`` message (a translatable template).

    A number no record can have (typed on the command line: «notified 99999999999») is not found either.
    """
    record = session.get(model, record_id) if 0 < record_id <= LARGEST_ID else None
    if record is None:
        raise NotFoundError(gone)
    return record
