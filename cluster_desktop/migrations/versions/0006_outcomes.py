"""Practice placements, employment with follow-ups, guidance sessions with head counts, employers' demand.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('demand_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('qualification_code', sa.String(length=40), nullable=False),
    sa.Column('qualification_name', sa.String(length=300), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('people', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('people >= 1', name=op.f('ck_demand_request_people')),
    sa.ForeignKeyConstraint(['employer_id'], ['organisation.id'], name=op.f('fk_demand_request_employer_id_organisation'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_demand_request'))
    )
    with op.batch_alter_table('demand_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_demand_request_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_demand_request_qualification_code'), ['qualification_code'], unique=False)

    op.create_table('guidance_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('organiser_id', sa.Integer(), nullable=True),
    sa.Column('stage', sa.Enum('preschool', 'school', name='guidancestage', native_enum=False, length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['organiser_id'], ['organisation.id'], name=op.f('fk_guidance_session_organiser_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guidance_session'))
    )
    with op.batch_alter_table('guidance_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guidance_session_held_on'), ['held_on'], unique=False)

    op.create_table('session_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_session_attendance_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['guidance_session.id'], name=op.f('fk_session_attendance_session_id_guidance_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_attendance')),
    sa.UniqueConstraint('session_id', 'person_id', name='uq_session_attendance_session_person')
    )
    with op.batch_alter_table('session_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_attendance_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_attendance_session_id'), ['session_id'], unique=False)

    op.create_table('session_head_count',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('age_group', sa.String(length=40), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.CheckConstraint('count >= 0', name=op.f('ck_session_head_count_count')),
    sa.ForeignKeyConstraint(['session_id'], ['guidance_session.id'], name=op.f('fk_session_head_count_session_id_guidance_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_head_count')),
    sa.UniqueConstraint('session_id', 'age_group', name='uq_session_head_count_session_age_group')
    )
    with op.batch_alter_table('session_head_count', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_head_count_session_id'), ['session_id'], unique=False)

    op.create_table('employment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('employer_id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.String(length=200), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('contract_kind', sa.Enum('permanent', 'fixed_term', 'target', 'apprenticeship', name='contractkind', native_enum=False, length=20), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_employment_agreement_id_agreement'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['employer_id'], ['organisation.id'], name=op.f('fk_employment_employer_id_organisation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_employment_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_employment'))
    )
    with op.batch_alter_table('employment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_employment_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_employment_person_id'), ['person_id'], unique=False)

    op.create_table('placement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('practice', 'dual', name='placementkind', native_enum=False, length=20), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('mentor', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_placement_agreement_id_agreement'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['enterprise_id'], ['organisation.id'], name=op.f('fk_placement_enterprise_id_organisation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_placement_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_placement'))
    )
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_placement_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_placement_person_id'), ['person_id'], unique=False)

    op.create_table('follow_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employment_id', sa.Integer(), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=False),
    sa.Column('still_employed', sa.Boolean(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('works_at', sa.String(length=300), nullable=True),
    sa.CheckConstraint('months IN (6, 12)', name=op.f('ck_follow_up_months')),
    sa.ForeignKeyConstraint(['employment_id'], ['employment.id'], name=op.f('fk_follow_up_employment_id_employment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_follow_up_organisation_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up')),
    sa.UniqueConstraint('employment_id', 'months', name='uq_follow_up_employment_months')
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_employment_id'), ['employment_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_employment_id'))

    op.drop_table('follow_up')
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_placement_person_id'))
        batch_op.drop_index(batch_op.f('ix_placement_enterprise_id'))

    op.drop_table('placement')
    with op.batch_alter_table('employment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_employment_person_id'))
        batch_op.drop_index(batch_op.f('ix_employment_employer_id'))

    op.drop_table('employment')
    with op.batch_alter_table('session_head_count', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_head_count_session_id'))

    op.drop_table('session_head_count')
    with op.batch_alter_table('session_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_attendance_session_id'))
        batch_op.drop_index(batch_op.f('ix_session_attendance_person_id'))

    op.drop_table('session_attendance')
    with op.batch_alter_table('guidance_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guidance_session_held_on'))

    op.drop_table('guidance_session')
    with op.batch_alter_table('demand_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_demand_request_qualification_code'))
        batch_op.drop_index(batch_op.f('ix_demand_request_employer_id'))

    op.drop_table('demand_request')
