"""Where the data lives: the saved choice, the URL it makes, and «test connection» in plain words."""

from __future__ import annotations

import os
import socket
import stat
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from cluster_desktop import connection_config as cc
from cluster_desktop.cli import build_parser
from cluster_desktop.commands import open_database_from_args
from cluster_desktop.errors import DatabaseError

SERVER = cc.ConnectionChoice(cc.POSTGRESQL, "db.college.local", 5433, "cluster", "registrar", "p@ss:/w?#% ord")


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts TCP connections and never says a word, as a server behind a dropping firewall seems."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield listener.getsockname()[1]


def server_url() -> str | None:
    return os.environ.get("CLUSTER_DESKTOP_TEST_DB_URL") or None


# --- the saved choice ------------------------------------------------------------------


def test_nothing_saved_means_none(tmp_path: Path) -> None:
    assert cc.load_connection(tmp_path / "data") is None


@pytest.mark.parametrize("choice", [cc.ConnectionChoice(), SERVER])
def test_a_choice_comes_back_as_saved(tmp_path: Path, choice: cc.ConnectionChoice) -> None:
    data_dir = tmp_path / "new" / "data"  # created on saving
    cc.save_connection(data_dir, choice)
    assert cc.load_connection(data_dir) == choice
    assert [p.name for p in data_dir.iterdir()] == [cc.CONNECTION_FILE]  # no temporary file left


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    cc.save_connection(tmp_path, SERVER)
    assert stat.S_IMODE(cc.connection_file(tmp_path).stat().st_mode) == 0o600
    cc.save_connection(tmp_path, cc.ConnectionChoice())  # replaced, still private
    assert stat.S_IMODE(cc.connection_file(tmp_path).stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[1, 2]", b'{"kind": "oracle"}', b'{"kind": "postgresql", "port": "5432"}', b"\xff\xfe\x00garbage"],
)
def test_a_damaged_file_is_named_with_what_to_do(tmp_path: Path, content: bytes) -> None:
    cc.connection_file(tmp_path).write_bytes(content)
    with pytest.raises(DatabaseError) as refused:
        cc.load_connection(tmp_path)
    message = refused.value.message
    assert str(cc.connection_file(tmp_path)) in message
    assert "cannot be read" in message and "Delete that file" in message


def test_a_folder_that_cannot_be_written_is_refused_in_words(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder")  # a folder under a plain file cannot exist, even for root
    with pytest.raises(DatabaseError, match="Cannot write"):
        cc.save_connection(blocker / "data", SERVER)


def test_the_url_keeps_every_character_of_the_password() -> None:
    url = make_url(SERVER.url() or "")
    assert (url.drivername, url.host, url.port, url.database, url.username) == (
        "postgresql+psycopg", "db.college.local", 5433, "cluster", "registrar",
    )
    assert url.password == "p@ss:/w?#% ord"
    assert cc.ConnectionChoice().url() is None  # this PC: the SQLite file


def test_missing_server_details_are_named() -> None:
    problems = cc.check_choice(cc.ConnectionChoice(cc.POSTGRESQL, " ", 0, "", ""))
    assert sorted(p.field for p in problems) == ["database", "host", "port", "user"]
    assert cc.check_choice(SERVER) == [] and cc.check_choice(cc.ConnectionChoice()) == []


def test_a_first_start_is_an_empty_data_folder(tmp_path: Path) -> None:
    assert cc.is_first_start(tmp_path / "data")
    (tmp_path / "demo.sqlite3").write_bytes(b"")
    assert cc.is_first_start(tmp_path)
    cc.save_connection(tmp_path, SERVER)
    assert not cc.is_first_start(tmp_path)
    cc.remove_connection(tmp_path)
    assert cc.is_first_start(tmp_path)
    (tmp_path / "cluster.sqlite3").write_bytes(b"")
    assert not cc.is_first_start(tmp_path)


def test_the_saved_server_is_used_unless_an_address_is_given(data_dir: Path) -> None:
    assert cc.resolve_database(None, data_dir) == (None, data_dir)  # nothing saved: the SQLite file
    cc.save_connection(data_dir, cc.ConnectionChoice())
    assert cc.resolve_database(None, None) == (None, None)
    cc.save_connection(data_dir, SERVER)
    assert cc.resolve_database(None, None) == (SERVER.url(), data_dir)  # the folder of the file (keys stay there)
    assert cc.resolve_database("sqlite:///x.sqlite3", None) == ("sqlite:///x.sqlite3", None)


def test_commands_honour_the_saved_server(data_dir: Path) -> None:
    port = closed_port()
    cc.save_connection(data_dir, cc.ConnectionChoice(cc.POSTGRESQL, "127.0.0.1", port, "cluster", "registrar", ""))
    with pytest.raises(DatabaseError) as refused:
        open_database_from_args(build_parser().parse_args(["check"]), acting=False)
    assert f"127.0.0.1:{port}: it refuses the connection" in refused.value.message
    assert not (data_dir / "cluster.sqlite3").exists()
    db = open_database_from_args(build_parser().parse_args(["--db-url", f"sqlite:///{data_dir / 'other.sqlite3'}", "check"]), acting=False)
    try:
        assert db.backend == "sqlite"  # --db-url wins over the saved choice
    finally:
        db.dispose()


# --- test connection -------------------------------------------------------------------


def test_a_closed_port_is_refused_in_plain_words() -> None:
    port = closed_port()
    started = time.monotonic()
    with pytest.raises(DatabaseError) as refused:
        cc.test_connection(cc.postgres_url("127.0.0.1", port, "cluster", "registrar", "secret"))
    assert time.monotonic() - started < 5
    assert refused.value.template == cc.SERVER_UNREACHABLE
    assert refused.value.message.startswith(f"Cannot connect to the PostgreSQL server at 127.0.0.1:{port}: it refuses the connection or cannot be reached.")
    assert "secret" not in refused.value.message


def test_an_unknown_host_name_is_named() -> None:
    with pytest.raises(DatabaseError) as refused:
        cc.test_connection(cc.postgres_url("no-such-server.invalid", 5432, "cluster", "registrar", ""))
    assert refused.value.template == cc.UNKNOWN_HOST
    assert "«no-such-server.invalid»" in refused.value.message


def test_a_server_that_never_answers_times_out(silent_port: int) -> None:
    started = time.monotonic()
    with pytest.raises(DatabaseError) as refused:
        cc.test_connection(cc.postgres_url("127.0.0.1", silent_port, "cluster", "registrar", ""), timeout_s=2)
    assert time.monotonic() - started < 10
    assert refused.value.template == cc.TIMED_OUT
    assert "did not answer within 2 seconds" in refused.value.message


@pytest.mark.parametrize(
    ("reason", "template"),
    [
        ('connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  no pg_hba.conf entry for host "10.0.0.9"', cc.NOT_ALLOWED_FROM_HERE),
        ('connection failed: connection to server at "10.0.0.5", port 5432 failed: received invalid response to SSL negotiation: H', cc.OTHER_FAILURE),
    ],
)
def test_other_server_refusals_keep_their_reason(reason: str, template: str) -> None:
    """Messages that need a server configured in a way the test server is not (read from psycopg here)."""
    error = cc.explain_connection_failure(make_url("postgresql://registrar@10.0.0.5/cluster"), Exception(reason))
    assert error.template == template
    if template == cc.OTHER_FAILURE:
        assert error.message == "Cannot connect to the PostgreSQL server at 10.0.0.5:5432: received invalid response to SSL negotiation: H"


@pytest.mark.skipif(server_url() is None, reason="needs CLUSTER_DESKTOP_TEST_DB_URL (a PostgreSQL server)")
def test_a_missing_database_is_named() -> None:
    url = make_url(server_url() or "").set(database=f"cd_missing_{uuid.uuid4().hex[:8]}")
    with pytest.raises(DatabaseError) as refused:
        cc.test_connection(url.render_as_string(hide_password=False))
    assert refused.value.template == cc.NO_SUCH_DATABASE
    assert f"has no database «{url.database}»" in refused.value.message


@pytest.mark.skipif(server_url() is None, reason="needs CLUSTER_DESKTOP_TEST_DB_URL (a PostgreSQL server)")
def test_a_wrong_password_is_named() -> None:
    url = make_url(server_url() or "").set(password="surely-not-the-password")
    try:
        cc.test_connection(url.render_as_string(hide_password=False))
    except DatabaseError as refused:
        assert refused.template == cc.WRONG_LOGIN
        assert f"does not accept the user «{url.username}» with this password" in refused.message
    else:
        pytest.skip("this server trusts its clients (trust authentication): any password is accepted")


@pytest.mark.skipif(server_url() is None, reason="needs CLUSTER_DESKTOP_TEST_DB_URL (a PostgreSQL server)")
def test_a_database_in_use_is_recognised(database_url: str) -> None:
    from cluster_desktop.db import open_database
    from cluster_desktop.services.accounts import create_first_administrator

    assert cc.test_connection(database_url) is False  # empty: the wizard will prepare it
    db = open_database(database_url)
    try:
        assert cc.test_connection(database_url) is False  # our tables, no account yet
        with db.session() as session:
            create_first_administrator(session, "aigerim", "", "Rudnik-2026!")
    finally:
        db.dispose()
    assert cc.test_connection(database_url) is True  # another PC set it up: join it
