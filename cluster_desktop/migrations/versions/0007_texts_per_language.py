"""Texts per language: every free text a document or a list shows is kept in each language it is printed in.

Today's combined values are split where their letters tell the language
(«Кен шебері / Горный мастер» → kk «Кен шебері», ru «Горный мастер»; a value
with Kazakh-specific letters is Kazakh, other Cyrillic Russian, Latin English).
A part whose language cannot be told stays out, so a document in that language
stops and names the field instead of printing another language's words.
Also adds the bank requisites and signatory of partners and of the college
(printed on agreements) and a learner's name in Latin letters.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from cluster_desktop.languages import split_by_language, transliterate

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# table, old column, languages kept, type
SPLIT: list[tuple[str, str, tuple[str, ...], Any]] = [
    ('organisation', 'address', ('kk', 'ru', 'en'), sa.String(length=300)),
    ('programme', 'qualification_name', ('kk', 'ru', 'en'), sa.String(length=300)),
    ('agreement', 'title', ('kk', 'ru'), sa.String(length=300)),
    ('agreement', 'workplace', ('kk', 'ru'), sa.String(length=300)),
    ('agreement', 'obligations', ('kk', 'ru'), sa.Text()),
    ('guidance_session', 'place', ('kk', 'ru'), sa.String(length=300)),
    ('guidance_session', 'topic', ('kk', 'ru'), sa.String(length=300)),
]
COLLEGE_SPLIT = {'director': ('kk', 'ru', 'en'), 'city': ('kk', 'ru', 'en')}


def split(value: str | None, languages: tuple[str, ...]) -> dict[str, str]:
    """The value's parts by language; a value without letters (a number) belongs to every language."""
    if not value or not value.strip():
        return {}
    parts = split_by_language(value)
    if not parts:
        return {language: value.strip() for language in languages}
    return {language: text for language, text in parts.items() if language in languages}


def upgrade() -> None:
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_en', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('bank_kk', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('bank_ru', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('iban', sa.String(length=34), nullable=True))
        batch_op.add_column(sa.Column('bic', sa.String(length=11), nullable=True))
        batch_op.add_column(sa.Column('signatory_position_kk', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('signatory_position_ru', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('signatory_name', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('signatory_sex', sa.Enum('M', 'F', name='sex', native_enum=False, length=1), nullable=True))
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('latin_name', sa.String(length=300), nullable=True))
    for table, column, languages, type_ in SPLIT:
        with op.batch_alter_table(table, schema=None) as batch_op:
            for language in languages:
                batch_op.add_column(sa.Column(f'{column}_{language}', type_, nullable=True))

    bind = op.get_bind()
    for table, column, languages, _type in SPLIT:
        rows = bind.execute(sa.text(f'SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL')).all()
        for row_id, value in rows:
            parts = split(value, languages)
            if parts:
                assignments = ', '.join(f'{column}_{language} = :{language}' for language in parts)
                bind.execute(sa.text(f'UPDATE {table} SET {assignments} WHERE id = :id'), {**parts, 'id': row_id})

    for table, column, _languages, _type in SPLIT:
        # ALTER TABLE … DROP COLUMN (SQLite 3.35+): a batch copy would drop tables that rows elsewhere refer to.
        with op.batch_alter_table(table, schema=None, recreate='never') as batch_op:
            batch_op.drop_column(column)

    stored = bind.execute(sa.text("SELECT value FROM setting WHERE key = 'college'")).scalar()
    if stored:
        college = json.loads(stored)
        director = (college.pop('director', '') or '').strip()
        if director:
            # A person's name reads the same in Kazakh and Russian documents; English spells it in Latin.
            parts = split_by_language(director)
            cyrillic = parts.get('kk') or parts.get('ru')
            college.setdefault('director_kk', cyrillic or '')
            college.setdefault('director_ru', cyrillic or '')
            college.setdefault('director_en', parts.get('en') or transliterate(cyrillic or ''))
        city = college.pop('city', '')
        for language, text in split(city, COLLEGE_SPLIT['city']).items():
            college.setdefault(f'city_{language}', text)
        _write_college(bind, college)


def _write_college(bind: Any, college: dict[str, Any]) -> None:
    text = json.dumps(college, ensure_ascii=False, sort_keys=True)
    bind.execute(sa.text("UPDATE setting SET value = :value WHERE key = 'college'"), {'value': text})


def downgrade() -> None:
    bind = op.get_bind()
    for table, column, languages, type_ in SPLIT:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, type_, nullable=True))
        names = ', '.join(f'{column}_{language}' for language in languages)
        for row in bind.execute(sa.text(f'SELECT id, {names} FROM {table}')).all():
            combined = ' / '.join(dict.fromkeys(v for v in row[1:] if v))
            if combined:
                bind.execute(sa.text(f'UPDATE {table} SET {column} = :v WHERE id = :id'), {'v': combined, 'id': row[0]})
        with op.batch_alter_table(table, schema=None, recreate='never') as batch_op:
            for language in languages:
                batch_op.drop_column(f'{column}_{language}')
    # Columns that were NOT NULL before 0007 (SQLite keeps them nullable: making them NOT NULL there means copying
    # a table that attendance rows refer to).
    op.execute("UPDATE guidance_session SET place = '' WHERE place IS NULL")
    op.execute("UPDATE guidance_session SET topic = '' WHERE topic IS NULL")
    if bind.dialect.name != 'sqlite':
        op.alter_column('guidance_session', 'place', existing_type=sa.String(length=300), nullable=False)
        op.alter_column('guidance_session', 'topic', existing_type=sa.String(length=300), nullable=False)
    with op.batch_alter_table('person', schema=None, recreate='never') as batch_op:
        batch_op.drop_column('latin_name')
    with op.batch_alter_table('organisation', schema=None, recreate='never') as batch_op:
        for column in ('signatory_sex', 'signatory_name', 'signatory_position_ru', 'signatory_position_kk', 'bic', 'iban',
                       'bank_ru', 'bank_kk', 'name_en'):
            batch_op.drop_column(column)

    stored = bind.execute(sa.text("SELECT value FROM setting WHERE key = 'college'")).scalar()
    if stored:
        college = json.loads(stored)
        college['director'] = college.get('director_ru') or college.get('director_kk') or ''
        college['city'] = ' / '.join(dict.fromkeys(v for v in (college.get('city_kk'), college.get('city_ru')) if v))
        _write_college(bind, college)
