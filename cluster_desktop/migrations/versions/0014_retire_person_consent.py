"""A learner's record no longer holds a consent of its own: consents are records of their own (issue 18).

Revision 0013 turned each learner's one consent (who, date, free-text scope)
into a consent form with purposes; the three columns it came from are dropped
here, so that no one reads or writes a consent that acts on nothing.  A
downgrade gives them back from each learner's earliest consent form (its notes
as the scope), which is what the older program showed.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

COLUMNS = ('consent_given_by', 'consent_date', 'consent_scope')
_EARLIEST = "(SELECT {value} FROM consent c WHERE c.person_id = person.id ORDER BY c.given_on, c.id LIMIT 1)"


def upgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+): a batch copy of ``person`` would lose its search triggers.
    with op.batch_alter_table('person', schema=None, recreate='never') as batch_op:
        for column in COLUMNS:
            batch_op.drop_column(column)


def downgrade() -> None:
    with op.batch_alter_table('person', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column(
            'consent_given_by', sa.Enum('self', 'representative', name='consentgiver', native_enum=False, length=20), nullable=True
        ))
        batch_op.add_column(sa.Column('consent_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('consent_scope', sa.String(length=300), nullable=True))
    op.execute(sa.text(
        "UPDATE person SET"
        f" consent_given_by = {_EARLIEST.format(value='c.given_by')},"
        f" consent_date = {_EARLIEST.format(value='c.given_on')},"
        f" consent_scope = {_EARLIEST.format(value='SUBSTR(c.notes, 1, 300)')}"
    ))
