"""Fetching a record the user chose, which someone else may have deleted meanwhile."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from ..errors import NotFoundError

Model = TypeVar("Model")


def fetch(session: Session, model: type[Model], record_id: int, gone: str) -> Model:
    """The record, or :class:`NotFoundError` with the ``gone`` message (a translatable template)."""
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(gone)
    return record
