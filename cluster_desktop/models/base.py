"""Declarative base shared by every mapped class."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import ClassVar

from sqlalchemy import DateTime, Enum, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# An ASCII key compared byte by byte on both backends (see cluster_desktop.text).
SortKey = String(400).with_variant(String(400, collation="C"), "postgresql")


def enum_column(enum_class: type[enum.Enum], length: int = 32) -> Enum:
    """A portable enum column that stores the members' values (short lower-case strings)."""
    return Enum(
        enum_class,
        native_enum=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Every model here is mapped to a Table (SQLAlchemy types it as any FromClause, which insert() refuses).
    __table__: ClassVar[Table]


class Timestamped:
    """When a row was created and last changed (UTC)."""

    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)
