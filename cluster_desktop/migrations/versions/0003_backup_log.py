"""The backup log: backups made, verified and restored, for the quarterly reminder.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('backup_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('happened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('quarter', sa.String(length=7), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('folder', sa.String(length=1000), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('verified', sa.Boolean(), nullable=False),
    sa.Column('program_version', sa.String(length=20), nullable=False),
    sa.Column('schema_revision', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_backup_log'))
    )
    with op.batch_alter_table('backup_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_backup_log_happened_at'), ['happened_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('backup_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_backup_log_happened_at'))

    op.drop_table('backup_log')
