"""The qualification catalogue, and guidance activity kinds (issue 17).

Creates ``qualification`` (specialties and qualifications of the classifier,
names per language) seeded from ``resources/catalogue/qualifications.json``,
then maps the codes already typed into programmes, employers' requests and
certificates onto it: a code that differs from a catalogue code only by
spaces, dots or letter case is rewritten to the catalogue's; any other code
is added to the catalogue marked «needs checking», named as the data named it,
so nothing is lost.  Guidance sessions gain a kind (talk by default for those
already recorded), hours and an instructor.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from cluster_desktop.languages import detect_language
from cluster_desktop.qualification_codes import normal_code, seed_entries

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SESSION_KINDS = ("talk", "master_class", "excursion", "practical_lesson", "competition")
INSTRUCTOR_KINDS = ("staff", "specialist")
# Where codes were typed before the catalogue: table, code column, name columns (kk, ru, en).
CODED = (
    ("programme", ("qualification_name_kk", "qualification_name_ru", "qualification_name_en")),
    ("demand_request", (None, "qualification_name", None)),
    ("certificate", (None, "qualification_name", None)),
)


def _named(row: dict[str, object], names: tuple[str | None, ...]) -> dict[str, str | None]:
    """The names a row gave its code, per language; a single name goes to the language its letters show."""
    values = {lang: str(row[n]).strip() if n and row[n] else "" for lang, n in zip(("kk", "ru", "en"), names, strict=True)}
    if names[0] is None and names[2] is None and values["ru"]:
        language = detect_language(values["ru"]) or "ru"
        values = {"kk": "", "ru": "", "en": "", language: values["ru"]}
    return {f"name_{lang}": value or None for lang, value in values.items()}


def upgrade() -> None:
    table = op.create_table(
        "qualification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("specialty_code", sa.String(length=40), nullable=True),
        sa.Column("name_kk", sa.String(length=300), nullable=True),
        sa.Column("name_ru", sa.String(length=300), nullable=True),
        sa.Column("name_en", sa.String(length=300), nullable=True),
        sa.Column("needs_checking", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_qualification")),
        sa.UniqueConstraint("code", name=op.f("uq_qualification_code")),
    )
    with op.batch_alter_table("qualification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_qualification_specialty_code"), ["specialty_code"], unique=False)
    with op.batch_alter_table("guidance_session", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "kind", sa.Enum(*SESSION_KINDS, name="sessionkind", native_enum=False, length=30), server_default="talk", nullable=False
            )
        )
        batch_op.add_column(sa.Column("hours", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("instructor_kind", sa.Enum(*INSTRUCTOR_KINDS, name="instructorkind", native_enum=False, length=20), nullable=True)
        )
        batch_op.add_column(sa.Column("instructor_name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("instructor_position", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("instructor_organisation_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_guidance_session_instructor_organisation_id_organisation"),
            "organisation",
            ["instructor_organisation_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(batch_op.f("ix_guidance_session_kind"), ["kind"], unique=False)
    _seed_and_map(table)


def _seed_and_map(table: sa.Table) -> None:
    bind = op.get_bind()
    now = datetime.now(UTC)
    rows = [vars(e) for e in seed_entries()]
    known = {normal_code(str(r["code"])): str(r["code"]) for r in rows}
    added: dict[str, dict[str, object]] = {}
    for table_name, names in CODED:
        coded = sa.table(table_name, sa.column("id"), sa.column("qualification_code"), *(sa.column(n) for n in names if n))
        for row in bind.execute(sa.select(coded).where(coded.c.qualification_code.is_not(None))).mappings():
            typed = row["qualification_code"]
            normal = normal_code(typed)
            if not normal:
                continue
            code = known.get(normal) or added.get(normal, {}).get("code") or typed.strip()
            if normal not in known and normal not in added:
                added[normal] = {"code": code, "specialty_code": None, **_named(dict(row), names)}
            if code != typed:
                bind.execute(sa.update(coded).where(coded.c.id == row["id"]).values(qualification_code=code))
    op.bulk_insert(table, [{**r, "needs_checking": False, "created_at": now, "updated_at": now} for r in rows])
    if added:
        op.bulk_insert(table, [{**r, "needs_checking": True, "created_at": now, "updated_at": now} for r in added.values()])


def downgrade() -> None:
    with op.batch_alter_table("guidance_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guidance_session_kind"))
        batch_op.drop_constraint(batch_op.f("fk_guidance_session_instructor_organisation_id_organisation"), type_="foreignkey")
        for column in ("instructor_organisation_id", "instructor_position", "instructor_name", "instructor_kind", "hours", "kind"):
            batch_op.drop_column(column)
    with op.batch_alter_table("qualification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_qualification_specialty_code"))
    op.drop_table("qualification")
