"""Certificates (registry, gap-free counters, signing keys), settings, and groups' form of study.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('certificate_counter',
    sa.Column('series', sa.String(length=10), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', 'year', name=op.f('pk_certificate_counter'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('signing_key',
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('public_key', sa.LargeBinary(length=32), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('key_id', name=op.f('pk_signing_key'))
    )
    op.create_table('certificate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series', sa.String(length=10), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('issued', 'revoked', name='certificatestatus', native_enum=False, length=20), nullable=False),
    sa.Column('duplicate_of_id', sa.Integer(), nullable=True),
    sa.Column('enrolment_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('programme_id', sa.Integer(), nullable=True),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('programme_kind', sa.Enum('career_guidance', 'profile_course', 'professional_course', 'college_specialty', name='programmekind', native_enum=False, length=32), nullable=False),
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('search_key', sa.String(length=500), nullable=False),
    sa.Column('sort_key', sa.String(length=400).with_variant(sa.String(length=400, collation='C'), 'postgresql'), nullable=False),
    sa.Column('iin', sa.String(length=12), nullable=False),
    sa.Column('programme_name', sa.String(length=300), nullable=False),
    sa.Column('qualification_code', sa.String(length=40), nullable=True),
    sa.Column('qualification_name', sa.String(length=300), nullable=True),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('study_form', sa.Enum('full_time', 'part_time', 'distance', name='studyform', native_enum=False, length=20), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('result_percent', sa.Numeric(precision=5, scale=2), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('revoked_on', sa.Date(), nullable=True),
    sa.Column('revoke_reason', sa.String(length=500), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['duplicate_of_id'], ['certificate.id'], name=op.f('fk_certificate_duplicate_of_id_certificate'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolment.id'], name=op.f('fk_certificate_enrolment_id_enrolment'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['key_id'], ['signing_key.key_id'], name=op.f('fk_certificate_key_id_signing_key'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_certificate_person_id_person'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_certificate_programme_id_programme'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate')),
    sa.UniqueConstraint('series', 'year', 'number', name='uq_certificate_series_year_number')
    )
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificate_duplicate_of_id'), ['duplicate_of_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificate_enrolment_id'), ['enrolment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificate_issued_on'), ['issued_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificate_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_certificate_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index('ix_certificate_sort_key', ['sort_key', 'id'], unique=False)
        batch_op.create_index(
            'uq_certificate_original_in_force',
            ['enrolment_id'],
            unique=True,
            sqlite_where=sa.text("duplicate_of_id IS NULL AND status = 'issued'"),
            postgresql_where=sa.text("duplicate_of_id IS NULL AND status = 'issued'"),
        )

    with op.batch_alter_table('learner_group', schema=None) as batch_op:
        batch_op.add_column(sa.Column('study_form', sa.Enum('full_time', 'part_time', 'distance', name='studyform', native_enum=False, length=20), nullable=False, server_default='full_time'))



def downgrade() -> None:
    with op.batch_alter_table('learner_group', schema=None) as batch_op:
        batch_op.drop_column('study_form')

    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_index('uq_certificate_original_in_force')
        batch_op.drop_index('ix_certificate_sort_key')
        batch_op.drop_index(batch_op.f('ix_certificate_programme_id'))
        batch_op.drop_index(batch_op.f('ix_certificate_person_id'))
        batch_op.drop_index(batch_op.f('ix_certificate_issued_on'))
        batch_op.drop_index(batch_op.f('ix_certificate_enrolment_id'))
        batch_op.drop_index(batch_op.f('ix_certificate_duplicate_of_id'))

    op.drop_table('certificate')
    op.drop_table('signing_key')
    op.drop_table('setting')
    op.drop_table('certificate_counter')
