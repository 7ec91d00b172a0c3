"""Partnership agreements, the learners attached to them, and editable document texts.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('document_text',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'language', name=op.f('pk_document_text'))
    )
    op.create_table('agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('memorandum', 'dual_education', 'practice', 'target_training', 'academic', 'received_document', name='agreementkind', native_enum=False, length=32), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('is_draft', sa.Boolean(), nullable=False),
    sa.Column('terminated_on', sa.Date(), nullable=True),
    sa.Column('termination_reason', sa.String(length=500), nullable=True),
    sa.Column('programme_id', sa.Integer(), nullable=True),
    sa.Column('workplace', sa.String(length=300), nullable=True),
    sa.Column('mentor', sa.String(length=200), nullable=True),
    sa.Column('pay', sa.String(length=200), nullable=True),
    sa.Column('hours', sa.Integer(), nullable=True),
    sa.Column('obligations', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['organisation.id'], name=op.f('fk_agreement_partner_id_organisation'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_agreement_programme_id_programme'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement')),
    sa.UniqueConstraint('number', 'year', name='uq_agreement_number_year')
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_ends_on'), ['ends_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_partner_id'), ['partner_id'], unique=False)

    op.create_table('agreement_learner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_agreement_learner_agreement_id_agreement'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_agreement_learner_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_learner')),
    sa.UniqueConstraint('agreement_id', 'person_id', name='uq_agreement_learner_agreement_person')
    )
    with op.batch_alter_table('agreement_learner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_learner_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_learner_person_id'), ['person_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('agreement_learner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_learner_person_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_learner_agreement_id'))

    op.drop_table('agreement_learner')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_partner_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_ends_on'))

    op.drop_table('agreement')
    op.drop_table('document_text')
