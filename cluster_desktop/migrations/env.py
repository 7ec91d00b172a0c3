"""Alembic environment: runs on the connection the program hands over."""

from __future__ import annotations

from alembic import context

from cluster_desktop.models import Base

SEARCH_INDEX_OBJECTS = ("person_search",)


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Leave the search index (created by raw SQL) out of autogenerate's comparison."""
    return not (name or "").startswith(SEARCH_INDEX_OBJECTS) and name != "ix_person_search_trgm"


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
