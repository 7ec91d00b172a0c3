"""Admissions (issue 17): the intake plan per college specialty, year and kind of seat, and applications to it.

An applicant is a ``person`` row like every learner; an application names the
specialty (a ``programme``), the intake year, the kind of seat (with the employer
for an employer-funded one), its status and the admission order.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

SEAT_KINDS = ('state_order', 'local_order', 'employer', 'paid')
STATUSES = ('applied', 'admitted', 'declined', 'enrolled')


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=20)


def upgrade() -> None:
    op.create_table('intake_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seat_kind', _enum(SEAT_KINDS, 'seatkind'), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('seats >= 0', name=op.f('ck_intake_plan_seats')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_intake_plan_programme_id_programme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intake_plan')),
    sa.UniqueConstraint('programme_id', 'year', 'seat_kind', name=op.f('uq_intake_plan_programme_id')),
    )
    with op.batch_alter_table('intake_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_plan_programme_id'), ['programme_id'], unique=False)

    op.create_table('application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seat_kind', _enum(SEAT_KINDS, 'seatkind'), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=True),
    sa.Column('status', _enum(STATUSES, 'applicationstatus'), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('order_number', sa.String(length=60), nullable=True),
    sa.Column('order_date', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('stage_record_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status NOT IN ('admitted', 'enrolled') OR order_number IS NOT NULL", name=op.f('ck_application_order')),
    sa.ForeignKeyConstraint(['employer_id'], ['organisation.id'], name=op.f('fk_application_employer_id_organisation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_application_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_application_programme_id_programme'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['stage_record_id'], ['stage_record.id'], name=op.f('fk_application_stage_record_id_stage_record'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application')),
    sa.UniqueConstraint('person_id', 'programme_id', 'year', name=op.f('uq_application_person_id')),
    )
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_year'), ['year'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('application', schema=None) as batch_op:
        for index in ('ix_application_year', 'ix_application_programme_id', 'ix_application_person_id'):
            batch_op.drop_index(batch_op.f(index))
    op.drop_table('application')
    with op.batch_alter_table('intake_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_plan_programme_id'))
    op.drop_table('intake_plan')
