"""School grades that move with the year (issue 17): a school record's grade gets the academic year it was true in.

``stage_record.grade_year`` is the academic year (its first calendar year; the year starts on 1 September)
in which ``school_grade`` held; existing records take the academic year of their start, which is when the
grade was typed.  ``grade_repeat`` records a repeated year.  An index on the school and stage lets lists
find one school's pupils.

Revision ID: 0011
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('stage_record', schema=None) as batch_op:
        batch_op.add_column(sa.Column('grade_year', sa.Integer(), nullable=True))
        batch_op.create_index('ix_stage_record_school', ['organisation_id', 'stage'], unique=False)
    record = sa.table(
        'stage_record', sa.column('id', sa.Integer()), sa.column('started_on', sa.Date()),
        sa.column('school_grade', sa.Integer()), sa.column('grade_year', sa.Integer()),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(record.c.id, record.c.started_on).where(record.c.school_grade.is_not(None))).all()
    for record_id, started_on in rows:
        year = started_on.year if (started_on.month, started_on.day) >= (9, 1) else started_on.year - 1
        connection.execute(record.update().where(record.c.id == record_id).values(grade_year=year))
    op.create_table('grade_repeat',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stage_record_id', sa.Integer(), nullable=False),
    sa.Column('academic_year', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['stage_record_id'], ['stage_record.id'], name=op.f('fk_grade_repeat_stage_record_id_stage_record'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grade_repeat')),
    sa.UniqueConstraint('stage_record_id', 'academic_year', name='uq_grade_repeat_year'),
    )
    with op.batch_alter_table('grade_repeat', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grade_repeat_stage_record_id'), ['stage_record_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('grade_repeat', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grade_repeat_stage_record_id'))
    op.drop_table('grade_repeat')
    with op.batch_alter_table('stage_record', schema=None) as batch_op:
        batch_op.drop_index('ix_stage_record_school')
        batch_op.drop_column('grade_year')
