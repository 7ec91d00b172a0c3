"""Graduates' destinations at census dates, with evidence (issue 17).

A job stays the one record of an «employed» destination: it gains an end date,
whether it is in the graduate's specialty, and its evidence (kind, document
number and date, who recorded it).  Every other destination (further study,
military service, childcare leave, self-employment, not employed) is a row of
the new ``destination`` table.  Jobs recorded before this revision are not
marked as in the specialty: someone has to say so (with evidence).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

EVIDENCE_KINDS = ('employment_order', 'contract', 'employer_letter', 'pension_statement', 'enrolment_letter', 'phone_call')
DESTINATION_KINDS = (
    'employed_in_specialty', 'employed_outside', 'further_study', 'military', 'childcare', 'self_employed', 'not_employed', 'unknown',
)


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=30)


def upgrade() -> None:
    with op.batch_alter_table('employment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ends_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('in_specialty', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('evidence_kind', _enum(EVIDENCE_KINDS, 'evidencekind'), nullable=True))
        batch_op.add_column(sa.Column('evidence_number', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('evidence_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('recorded_by', sa.String(length=100), nullable=True))

    op.create_table('destination',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('kind', _enum(DESTINATION_KINDS, 'destinationkind'), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('evidence_kind', _enum(EVIDENCE_KINDS, 'evidencekind'), nullable=False),
    sa.Column('evidence_number', sa.String(length=60), nullable=True),
    sa.Column('evidence_date', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('ends_on IS NULL OR ends_on >= starts_on', name=op.f('ck_destination_period')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_destination_organisation_id_organisation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_destination_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_destination'))
    )
    with op.batch_alter_table('destination', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_destination_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('destination', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_destination_person_id'))
    op.drop_table('destination')
    with op.batch_alter_table('employment', schema=None) as batch_op:
        for column in ('recorded_by', 'evidence_date', 'evidence_number', 'evidence_kind', 'in_specialty', 'ends_on'):
            batch_op.drop_column(column)
