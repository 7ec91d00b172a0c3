"""Opening the database: schema at start, SQLite settings, safety copies, refusals, migrations.

Tests that use the ``database`` / ``database_url`` fixtures run on PostgreSQL too
when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set; the SQLite-file tests build their own
``sqlite:///`` addresses in ``data_dir`` and always run on SQLite.
"""

from __future__ import annotations

import datetime
import os
import random
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from cluster_desktop import migrations
from cluster_desktop.db import (
    BUSY_TIMEOUT_MS,
    Database,
    create_database_engine,
    open_database,
    parse_url,
    read_schema_state,
)
from cluster_desktop.errors import DatabaseError
from cluster_desktop.ids import Sex
from cluster_desktop.models import Base, Person, Stage
from cluster_desktop.paths import DATABASE_FILE, SAFETY_COPIES_DIR
from tests.narrowing import present

PROJECT_ROOT = Path(__file__).resolve().parents[2]
OUR_TABLES = {"organisation", "person", "programme", "stage_record", "learner_group", "enrolment"}


def sqlite_file_url(path: Path) -> str:
    return f"sqlite:///{path}"


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def schema_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """The same filter as migrations/env.py: the raw-SQL search index is not in the models."""
    return not (name or "").startswith("person_search") and name != "ix_person_search_trgm"


def schema_differences(engine: Engine) -> list:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        return compare_metadata(context, Base.metadata)


def add_person(db: Database, iin: str, search_key: str) -> int:
    with db.session() as session:
        person = Person(
            iin=iin,
            surname="Қасымов",
            given_name="Ерлан",
            birth_date=datetime.date(2008, 5, 17),
            sex=Sex.MALE,
            current_stage=Stage.SCHOOL,
            search_key=search_key,
            sort_key="kasymov erlan",
        )
        session.add(person)
        session.flush()
        return person.id


def make_ours_at_head(path: Path) -> None:
    open_database(sqlite_file_url(path), data_dir=path.parent).dispose()


# --- A fresh database -------------------------------------------------------------------


def test_fresh_database_is_created_at_head(database: Database) -> None:
    assert schema_revision(database.engine) == migrations.HEAD
    tables = set(inspect(database.engine).get_table_names())
    assert tables >= OUR_TABLES
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables
    state = read_schema_state(database.engine)
    assert (state.revision, state.has_tables, state.is_ours) == (migrations.HEAD, True, True)
    assert database.safety_copy is None  # nothing to copy in a new database


def test_reopening_a_database_at_head_changes_nothing(database_url: str, data_dir: Path) -> None:
    first = open_database(database_url, data_dir=data_dir)
    first.dispose()
    again = open_database(database_url, data_dir=data_dir)
    try:
        assert again.safety_copy is None
        assert schema_revision(again.engine) == migrations.HEAD
    finally:
        again.dispose()
    copies = data_dir / SAFETY_COPIES_DIR
    assert not copies.exists() or not any(copies.iterdir())


def test_database_in_data_dir_by_default(data_dir: Path) -> None:
    db = open_database(data_dir=data_dir)
    try:
        assert db.backend == "sqlite"
        assert Path(db.engine.url.database or "") == data_dir / DATABASE_FILE
        assert (data_dir / DATABASE_FILE).exists()
    finally:
        db.dispose()


def test_session_commits_and_rolls_back(database: Database) -> None:
    person_id = add_person(database, "080517300011", "қасымов ерлан")
    with pytest.raises(RuntimeError), database.session() as session:
        present(session.get(Person, person_id)).surname = "Changed"
        raise RuntimeError("abandon the unit of work")
    with database.session() as session:
        assert present(session.get(Person, person_id)).surname == "Қасымов"


# --- SQLite settings --------------------------------------------------------------------


def sqlite_settings(conn: Connection) -> dict[str, object]:
    return {
        name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
    }


def test_sqlite_settings_on_every_pooled_connection(data_dir: Path) -> None:
    db = open_database(sqlite_file_url(data_dir / "pragmas.sqlite3"), data_dir=data_dir)
    try:
        with db.engine.connect() as first, db.engine.connect() as second:
            assert first.connection.dbapi_connection is not second.connection.dbapi_connection
            for conn in (first, second):
                settings = sqlite_settings(conn)
                assert settings["foreign_keys"] == 1
                assert str(settings["journal_mode"]).lower() == "wal"
                assert settings["synchronous"] == 2  # FULL
                assert settings["busy_timeout"] == BUSY_TIMEOUT_MS > 0
        db.engine.dispose()  # a connection made after the pool was emptied gets them too
        with db.engine.connect() as conn:
            assert sqlite_settings(conn)["foreign_keys"] == 1
    finally:
        db.dispose()


def test_sqlite_file_stays_in_wal_mode(data_dir: Path) -> None:
    path = data_dir / "wal.sqlite3"
    make_ours_at_head(path)
    with sqlite3.connect(path) as plain:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    plain.close()


def test_sqlite_foreign_keys_are_enforced(data_dir: Path) -> None:
    db = open_database(sqlite_file_url(data_dir / "fk.sqlite3"), data_dir=data_dir)
    try:
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.execute(text("INSERT INTO stage_record (person_id, stage, started_on) VALUES (999, 'school', '2024-09-01')"))
    finally:
        db.dispose()


# --- Safety copy before a migration -----------------------------------------------------


def test_safety_copy_before_migrating_an_older_schema(data_dir: Path) -> None:
    path = data_dir / DATABASE_FILE
    db = open_database(data_dir=data_dir)
    assert db.safety_copy is None
    db.dispose()

    engine = create_database_engine(parse_url(sqlite_file_url(path)))
    try:
        migrations.downgrade_to(engine, "base")
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 0
            assert not OUR_TABLES & set(inspect(conn).get_table_names())
            # Data kept under the old schema, which the copy must carry.
            conn.execute(text("CREATE TABLE old_schema_data (note TEXT)"))
            conn.execute(text("INSERT INTO old_schema_data VALUES ('Қасымов Ерлан')"))
    finally:
        engine.dispose()

    db = open_database(data_dir=data_dir)
    try:
        assert schema_revision(db.engine) == migrations.HEAD
        copy = db.safety_copy
        assert copy is not None and copy.is_file()
        assert copy.parent == data_dir / SAFETY_COPIES_DIR
        assert "schema-none" in copy.name
    finally:
        db.dispose()

    kept = sqlite3.connect(copy)
    try:
        assert kept.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {row[0] for row in kept.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "alembic_version" in tables
        assert not OUR_TABLES & tables  # taken before the upgrade
        assert kept.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 0
        assert kept.execute("SELECT note FROM old_schema_data").fetchall() == [("Қасымов Ерлан",)]
    finally:
        kept.close()


# --- Refusals: the user's file is left as it was ----------------------------------------


def test_newer_sqlite_database_is_refused_untouched(data_dir: Path) -> None:
    path = data_dir / "newer.sqlite3"
    make_ours_at_head(path)
    plain = sqlite3.connect(path)
    plain.execute("UPDATE alembic_version SET version_num = '9999'")
    plain.commit()
    plain.close()
    before, listing = fingerprint(path), folder_listing(data_dir)

    with pytest.raises(DatabaseError) as refused:
        open_database(sqlite_file_url(path), data_dir=data_dir)

    assert "newer" in refused.value.message
    assert "9999" in refused.value.message
    assert fingerprint(path) == before
    assert folder_listing(data_dir) == listing  # no safety copy, no journal left behind


def test_newer_database_is_refused(database: Database, database_url: str, data_dir: Path) -> None:
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.dispose()
    with pytest.raises(DatabaseError, match="newer"):
        open_database(database_url, data_dir=data_dir)
    assert schema_revision(database.engine) == "9999"
    database.dispose()


@pytest.mark.parametrize(
    "content",
    [
        random.Random(20240901).randbytes(64 * 1024),
        "Тізім: Қасымов Ерлан\n".encode() * 100,
    ],
    ids=["random-bytes", "text"],
)
def test_file_that_is_not_sqlite_is_refused_untouched(data_dir: Path, content: bytes) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "not-a-database.sqlite3"
    path.write_bytes(content)
    before = fingerprint(path)

    with pytest.raises(DatabaseError) as refused:
        open_database(sqlite_file_url(path), data_dir=data_dir)

    assert type(refused.value) is DatabaseError and not isinstance(refused.value, sqlite3.Error)
    assert str(path) in refused.value.message
    assert "not an SQLite database" in refused.value.message
    assert fingerprint(path) == before
    assert folder_listing(data_dir) == [path.name]


def test_sqlite_database_of_another_program_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "other-program.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY, name TEXT)")
    other.execute("INSERT INTO foo (name) VALUES ('theirs')")
    other.commit()
    other.close()
    before = fingerprint(path)

    with pytest.raises(DatabaseError, match="another program"):
        open_database(sqlite_file_url(path), data_dir=data_dir)

    assert fingerprint(path) == before  # not even switched to WAL
    assert folder_listing(data_dir) == [path.name]
    other = sqlite3.connect(path)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert other.execute("SELECT name FROM foo").fetchall() == [("theirs",)]
    finally:
        other.close()


def test_sqlite_header_followed_by_garbage_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "damaged.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + random.Random(7).randbytes(16 * 1024))
    before = fingerprint(path)

    with pytest.raises(DatabaseError) as refused:
        open_database(sqlite_file_url(path), data_dir=data_dir)

    assert "damaged" in refused.value.message
    assert str(path) in refused.value.message
    assert "Traceback" not in refused.value.message and "sqlalche.me" not in refused.value.message
    assert fingerprint(path) == before


def test_our_database_with_damaged_pages_is_refused(data_dir: Path) -> None:
    path = data_dir / "damaged-pages.sqlite3"
    make_ours_at_head(path)
    good = path.read_bytes()
    # Keep the 100-byte header (valid page size and counts), scramble everything after it.
    path.write_bytes(good[:100] + random.Random(11).randbytes(len(good) - 100))

    with pytest.raises(DatabaseError, match="damaged"):
        open_database(sqlite_file_url(path), data_dir=data_dir)


# --- Addresses and folders --------------------------------------------------------------


@pytest.mark.parametrize("url", ["mysql://x/y", "nonsense", "", "oracle+cx_oracle://u@h/d"])
def test_unknown_address_is_refused(url: str) -> None:
    with pytest.raises(DatabaseError) as refused:
        open_database(url)
    assert "sqlite:///" in refused.value.message  # tells what would be understood


@pytest.mark.parametrize(
    ("url", "driver"),
    [
        ("sqlite:///some/file.sqlite3", "sqlite+pysqlite"),
        ("postgresql://user@host:5432/db", "postgresql+psycopg"),
        ("postgres://user@host/db", "postgresql+psycopg"),
        ("postgresql+psycopg2://user@host/db", "postgresql+psycopg"),
    ],
)
def test_understood_addresses_get_our_drivers(url: str, driver: str) -> None:
    assert parse_url(url).drivername == driver


def test_unreachable_postgresql_is_refused_quickly() -> None:
    started = time.monotonic()
    with pytest.raises(DatabaseError) as refused:
        open_database("postgresql://nobody@127.0.0.1:1/x")
    assert time.monotonic() - started < 10
    message = refused.value.message
    assert "127.0.0.1:1" in message
    assert "\n" not in message and "sqlalche.me" not in message


def test_missing_postgresql_database_is_refused() -> None:
    server = os.environ.get("CLUSTER_DESKTOP_TEST_DB_URL")
    if not server:
        pytest.skip("needs CLUSTER_DESKTOP_TEST_DB_URL (a PostgreSQL server)")
    from sqlalchemy.engine import make_url

    url = make_url(server).set(database="cd_test_no_such_database").render_as_string(hide_password=False)
    with pytest.raises(DatabaseError, match="PostgreSQL"):
        open_database(url)


def test_unwritable_data_folder_is_refused(tmp_path: Path) -> None:
    # Tests may run as root, whom permissions do not stop: a folder under a plain file cannot exist.
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseError, match="Cannot write to the data folder"):
        open_database(data_dir=blocker / "sub")
    with pytest.raises(DatabaseError, match="Cannot write to the data folder"):
        open_database(sqlite_file_url(blocker / "sub" / "cluster.sqlite3"))
    assert blocker.read_text() == "not a folder"


# --- Migrations -------------------------------------------------------------------------


def test_known_revisions_agree_with_alembic() -> None:
    script = ScriptDirectory.from_config(migrations.alembic_config())
    assert script.get_heads() == [migrations.HEAD]
    assert sorted(rev.revision for rev in script.walk_revisions()) == migrations.known_revisions()

    python_files = sorted(p.name for p in migrations.VERSIONS_DIR.glob("*.py") if p.name != "__init__.py")
    assert all(re.fullmatch(r"\d{4}_[a-z0-9_]+\.py", name) for name in python_files), python_files
    assert len(python_files) == len(migrations.known_revisions())

    previous = None
    for revision_id in migrations.known_revisions():  # one straight line, in file-name order
        revision = script.get_revision(revision_id)
        assert Path(revision.path).name.split("_", 1)[0] == revision.revision
        assert revision.down_revision == previous
        previous = revision_id


def test_migrated_schema_matches_the_models(database: Database) -> None:
    assert schema_differences(database.engine) == []


def test_schema_comparison_notices_a_difference(database: Database) -> None:
    with database.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_person_birth_date"))
    differences = schema_differences(database.engine)
    assert any(diff[0] == "add_index" and diff[1].name == "ix_person_birth_date" for diff in differences)


def test_downgrade_to_base_and_upgrade_again(database: Database) -> None:
    migrations.downgrade_to(database.engine, "base")
    remaining = set(inspect(database.engine).get_table_names())
    assert remaining == {"alembic_version"}
    if database.backend == "sqlite":
        with database.engine.connect() as conn:
            leftovers = conn.execute(text("SELECT name FROM sqlite_master WHERE name LIKE 'person_search%'")).all()
        assert leftovers == []
    migrations.upgrade_to_head(database.engine)
    assert schema_revision(database.engine) == migrations.HEAD
    assert schema_differences(database.engine) == []


def test_reading_the_revision_at_head_does_not_import_alembic(data_dir: Path) -> None:
    path = data_dir / "at-head.sqlite3"
    make_ours_at_head(path)
    program = (
        "import sys\n"
        "from cluster_desktop.db import open_database\n"
        f"open_database({sqlite_file_url(path)!r}).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "False", result.stderr


# --- Learner search index ---------------------------------------------------------------


def search_matches(db: Database, fragment: str) -> list[int]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT rowid FROM person_search WHERE person_search MATCH :q ORDER BY rowid"),
            {"q": f'"{fragment}"'},
        ).all()
        # For an external-content table this also checks the index against the person rows.
        conn.exec_driver_sql("INSERT INTO person_search(person_search, rank) VALUES ('integrity-check', 1)")
    return [row[0] for row in rows]


def test_sqlite_search_index_follows_person_rows(database: Database) -> None:
    if database.backend != "sqlite":
        pytest.skip("the FTS5 trigram table exists on SQLite only")
    with database.engine.connect() as conn:
        kinds: dict[str, str] = dict(conn.execute(text("SELECT name, type FROM sqlite_master WHERE name LIKE 'person_search%'")).all())
    assert kinds["person_search"] == "table"
    assert {"person_search_insert", "person_search_update", "person_search_delete"} <= set(kinds)

    first = add_person(database, "080517300011", "қасымов ерлан 080517300011")
    other = add_person(database, "090101400022", "әлиева гүлнар 090101400022")
    assert search_matches(database, "асым") == [first]
    assert search_matches(database, "гүлн") == [other]
    assert search_matches(database, "0517300") == [first]

    with database.session() as session:
        present(session.get(Person, first)).search_key = "нұрланов ерлан 080517300011"
    assert search_matches(database, "асым") == []
    assert search_matches(database, "нұрлан") == [first]

    with database.session() as session:
        present(session.get(Person, first)).notes = "a change that leaves search_key alone"
    assert search_matches(database, "нұрлан") == [first]

    with database.session() as session:
        session.delete(session.get(Person, first))
    assert search_matches(database, "нұрлан") == []
    assert search_matches(database, "ерлан") == []
    assert search_matches(database, "гүлн") == [other]


def test_postgresql_search_index_exists(database: Database) -> None:
    if database.backend != "postgresql":
        pytest.skip("pg_trgm is PostgreSQL's")
    with database.engine.connect() as conn:
        definition = conn.execute(
            text("SELECT indexdef FROM pg_indexes WHERE tablename = 'person' AND indexname = 'ix_person_search_trgm'")
        ).scalar()
        assert conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).scalar() == 1
    assert definition is not None and "gin" in definition and "gin_trgm_ops" in definition
    add_person(database, "080517300011", "қасымов ерлан 080517300011")
    with database.session() as session:
        found = session.scalars(select(Person.id).where(Person.search_key.like("%асым%"))).all()
    assert len(found) == 1


def test_postgresql_sort_key_uses_the_c_collation(database: Database) -> None:
    # Alembic's comparison does not look at collations, so check this one by hand.
    if database.backend != "postgresql":
        pytest.skip("SQLite compares text byte by byte already")
    with database.engine.connect() as conn:
        collation = conn.execute(
            text(
                "SELECT collation_name FROM information_schema.columns"
                " WHERE table_name = 'person' AND column_name = 'sort_key'"
            )
        ).scalar()
    assert collation == "C"


def test_postgresql_without_the_right_to_add_pg_trgm_still_migrates(database_url: str, data_dir: Path) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("a PostgreSQL permission")
    engine = create_engine(parse_url(database_url))
    try:
        with engine.begin() as conn:
            if conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar():
                pytest.skip("a superuser may always add extensions")
            database_name = conn.execute(text("SELECT current_database()")).scalar()
            conn.execute(text(f'REVOKE CREATE ON DATABASE "{database_name}" FROM CURRENT_USER'))
    finally:
        engine.dispose()

    db = open_database(database_url, data_dir=data_dir)
    try:
        assert schema_revision(db.engine) == migrations.HEAD
        indexes = {index["name"] for index in inspect(db.engine).get_indexes("person")}
        assert "ix_person_search_trgm" not in indexes
        assert "ix_person_sort_key" in indexes  # the rest of the revision went through
        assert schema_differences(db.engine) == []
    finally:
        db.dispose()


def test_two_programs_proving_the_data_folder_at_once_both_succeed(tmp_path: Path) -> None:
    """The Task Scheduler's backup and a window start together: each proves the folder with a probe of its own."""
    from concurrent.futures import ThreadPoolExecutor

    from cluster_desktop.db import ensure_writable_folder

    folder = tmp_path / "data"
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda _n: ensure_writable_folder(folder), range(400)))
    assert results == [None] * 400
    assert list(folder.iterdir()) == []  # no probe left behind
