"""Consents per purpose, personal-data incidents, anonymisation and partners' countries (issue 18).

``consent`` holds each signed consent form (who, when, for how long, the
form's number) and ``consent_purpose`` the purposes it allows, each
withdrawable on its own date.  The one consent a learner's record held
(who, date, free-text scope) becomes a consent form of the college's standard
purposes (education records, the cluster journey, transfer to partner
enterprises) lasting to the end of studies plus five years, its scope kept in
the notes.  ``incident`` is the personal-data incident log.  A person gains
``anonymised_on``, an organisation the country it is in (Kazakhstan for all
existing ones), which tells a transfer abroad.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

STANDARD_PURPOSES = ("education", "journey", "partners")
STANDARD_YEARS_AFTER_STUDIES = 5


def upgrade() -> None:
    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('given_by', sa.Enum('self', 'representative', name='consentgiver', native_enum=False, length=20), nullable=False),
    sa.Column('giver_name', sa.String(length=200), nullable=True),
    sa.Column('giver_relation', sa.String(length=60), nullable=True),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('term', sa.Enum('until_date', 'after_studies', name='consentterm', native_enum=False, length=20), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('years_after_studies', sa.Integer(), nullable=True),
    sa.Column('form_number', sa.String(length=40), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_consent_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_person_id'), ['person_id'], unique=False)
    op.create_table('consent_purpose',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('consent_id', sa.Integer(), nullable=False),
    sa.Column('purpose', sa.Enum('education', 'journey', 'partners', 'abroad', 'publicity', name='consentpurpose', native_enum=False, length=20), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['consent_id'], ['consent.id'], name=op.f('fk_consent_purpose_consent_id_consent'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_purpose')),
    sa.UniqueConstraint('consent_id', 'purpose', name='uq_consent_purpose_purpose')
    )
    with op.batch_alter_table('consent_purpose', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_purpose_consent_id'), ['consent_id'], unique=False)
    op.create_table('incident',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('found_on', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('records_affected', sa.Integer(), nullable=False),
    sa.Column('affected_description', sa.Text(), nullable=True),
    sa.Column('measures', sa.Text(), nullable=True),
    sa.Column('notified_to', sa.String(length=300), nullable=True),
    sa.Column('notified_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_incident'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('anonymised_on', sa.Date(), nullable=True))
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('country', sa.String(length=2), server_default='KZ', nullable=False))
    _carry_consents()


def _carry_consents() -> None:
    """Each learner's one consent becomes a standard form; set-based, so 100 000 learners take seconds."""
    now = datetime.now(UTC)
    op.execute(sa.text(
        "INSERT INTO consent (person_id, given_by, giver_name, giver_relation, given_on, term, years_after_studies,"
        " notes, created_at, updated_at)"
        " SELECT id, COALESCE(consent_given_by, CASE WHEN representative_name IS NULL THEN 'self' ELSE 'representative' END),"
        " CASE WHEN consent_given_by = 'self' THEN NULL ELSE representative_name END,"
        " CASE WHEN consent_given_by = 'self' THEN NULL ELSE representative_relation END,"
        " consent_date, 'after_studies', :years, consent_scope, :now, :now"
        " FROM person WHERE consent_date IS NOT NULL"
    ).bindparams(years=STANDARD_YEARS_AFTER_STUDIES, now=now))
    for purpose in STANDARD_PURPOSES:
        op.execute(sa.text(
            "INSERT INTO consent_purpose (consent_id, purpose) SELECT id, :purpose FROM consent"
        ).bindparams(purpose=purpose))


def downgrade() -> None:
    # The consents go first: a copy of ``person`` (SQLite's batch mode) cannot drop a table that rows refer to.
    with op.batch_alter_table('consent_purpose', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_purpose_consent_id'))
    op.drop_table('consent_purpose')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_person_id'))
    op.drop_table('consent')
    op.drop_table('incident')
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+): a batch copy would also lose person's search triggers.
    with op.batch_alter_table('organisation', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('country')
    with op.batch_alter_table('person', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('anonymised_on')
