"""Initial schema: learners and their stages, organisations, programmes, groups, enrolments.

Learner search uses a trigram index: an FTS5 table kept in step by triggers on
SQLite, pg_trgm on PostgreSQL.  A later revision that rebuilds ``person`` with
``batch_alter_table`` on SQLite drops those triggers and must create them again.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('employer', 'university', 'school', 'kindergarten', 'state_body', 'certification_body', 'training_centre', 'college', name='organisationkind', native_enum=False, length=32), nullable=False),
    sa.Column('name_kk', sa.String(length=300), nullable=False),
    sa.Column('name_ru', sa.String(length=300), nullable=False),
    sa.Column('bin', sa.String(length=12), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('contact_person', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('bin', name=op.f('uq_organisation_bin'))
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('iin', sa.String(length=12), nullable=False),
    sa.Column('surname', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('patronymic', sa.String(length=100), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('sex', sa.Enum('M', 'F', name='sex', native_enum=False), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('representative_name', sa.String(length=200), nullable=True),
    sa.Column('representative_relation', sa.String(length=60), nullable=True),
    sa.Column('representative_phone', sa.String(length=40), nullable=True),
    sa.Column('consent_given_by', sa.Enum('self', 'representative', name='consentgiver', native_enum=False, length=20), nullable=True),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('consent_scope', sa.String(length=300), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('current_stage', sa.Enum('preschool', 'school', 'college', 'employment', name='stage', native_enum=False, length=20), nullable=False),
    sa.Column('search_key', sa.String(length=500), nullable=False),
    sa.Column('sort_key', sa.String(length=400).with_variant(sa.String(length=400, collation='C'), 'postgresql'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('iin', name=op.f('uq_person_iin'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index('ix_person_birth_date', ['birth_date', 'id'], unique=False)
        batch_op.create_index('ix_person_sort_key', ['sort_key', 'id'], unique=False)
        batch_op.create_index('ix_person_stage_sort', ['current_stage', 'sort_key', 'id'], unique=False)

    op.create_table('programme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('career_guidance', 'profile_course', 'professional_course', 'college_specialty', name='programmekind', native_enum=False, length=32), nullable=False),
    sa.Column('name_kk', sa.String(length=300), nullable=False),
    sa.Column('name_ru', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=True),
    sa.Column('qualification_code', sa.String(length=40), nullable=True),
    sa.Column('qualification_name', sa.String(length=300), nullable=True),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('languages', sa.String(length=20), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['organisation.id'], name=op.f('fk_programme_partner_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme'))
    )
    op.create_table('stage_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.Enum('preschool', 'school', 'college', 'employment', name='stage', native_enum=False, length=20), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('school_grade', sa.Integer(), nullable=True),
    sa.Column('detail', sa.String(length=300), nullable=True),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_stage_record_organisation_id_organisation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_stage_record_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_record'))
    )
    with op.batch_alter_table('stage_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_record_person_id'), ['person_id'], unique=False)

    op.create_table('learner_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_learner_group_programme_id_programme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_learner_group')),
    sa.UniqueConstraint('name', name=op.f('uq_learner_group_name'))
    )
    with op.batch_alter_table('learner_group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learner_group_programme_id'), ['programme_id'], unique=False)

    op.create_table('enrolment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('enrolled', 'completed', 'withdrawn', 'failed', name='enrolmentstatus', native_enum=False, length=20), nullable=False),
    sa.Column('enrolled_on', sa.Date(), nullable=False),
    sa.Column('finished_on', sa.Date(), nullable=True),
    sa.Column('result_percent', sa.Numeric(precision=5, scale=2), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['learner_group.id'], name=op.f('fk_enrolment_group_id_learner_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_enrolment_person_id_person'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolment')),
    sa.UniqueConstraint('person_id', 'group_id', name='uq_enrolment_person_group')
    )
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolment_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolment_person_id'), ['person_id'], unique=False)

    _create_search_index()


SQLITE_SEARCH_INDEX = (
    "CREATE VIRTUAL TABLE person_search USING fts5(search_key, content='person', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN "
    "INSERT INTO person_search(rowid, search_key) VALUES (new.id, new.search_key); END",
    "CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN "
    "INSERT INTO person_search(person_search, rowid, search_key) VALUES ('delete', old.id, old.search_key); END",
    "CREATE TRIGGER person_search_update AFTER UPDATE OF search_key ON person BEGIN "
    "INSERT INTO person_search(person_search, rowid, search_key) VALUES ('delete', old.id, old.search_key); "
    "INSERT INTO person_search(rowid, search_key) VALUES (new.id, new.search_key); END",
)


def _create_search_index() -> None:
    """Trigram search over the learners' folded names and IINs (see cluster_desktop.services.learners)."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        version = tuple(int(part) for part in bind.exec_driver_sql("SELECT sqlite_version()").scalar().split("."))
        has_fts5 = bind.exec_driver_sql("SELECT sqlite_compileoption_used('ENABLE_FTS5')").scalar()
        if has_fts5 and version >= (3, 34):  # the trigram tokenizer came in 3.34
            for statement in SQLITE_SEARCH_INDEX:
                op.execute(statement)
    elif bind.dialect.name == "postgresql":
        savepoint = bind.begin_nested()
        try:
            op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            op.execute("CREATE INDEX ix_person_search_trgm ON person USING gin (search_key gin_trgm_ops)")
            savepoint.commit()
        except sa.exc.DBAPIError:
            savepoint.rollback()  # no right to add the extension: search falls back to a scan


def _drop_search_index() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in ("person_search_insert", "person_search_delete", "person_search_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS person_search")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_person_search_trgm")


def downgrade() -> None:
    _drop_search_index()
    with op.batch_alter_table('enrolment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolment_person_id'))
        batch_op.drop_index(batch_op.f('ix_enrolment_group_id'))

    op.drop_table('enrolment')
    with op.batch_alter_table('learner_group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_learner_group_programme_id'))

    op.drop_table('learner_group')
    with op.batch_alter_table('stage_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_record_person_id'))

    op.drop_table('stage_record')
    op.drop_table('programme')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_stage_sort')
        batch_op.drop_index('ix_person_sort_key')
        batch_op.drop_index('ix_person_birth_date')

    op.drop_table('person')
    op.drop_table('organisation')
