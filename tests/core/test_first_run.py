"""Finishing the first start: everything in place, or nothing left behind."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from cluster_desktop import connection_config as cc
from cluster_desktop.college import CollegeDetails, load_college_details
from cluster_desktop.db import open_database
from cluster_desktop.errors import DatabaseError, UserError, ValidationError
from cluster_desktop.first_run import FirstRunInput, NewAdministrator, set_up
from cluster_desktop.ids import make_bin
from cluster_desktop.services.accounts import list_accounts
from cluster_desktop.services.audit_log import audit_page
from cluster_desktop.services.login import authenticate

PASSWORD = "Rudnik-2026!"
ADMIN = NewAdministrator("aigerim", "Әйгерім Сарсенова", PASSWORD)
COLLEGE = CollegeDetails(name_kk="Хромтау тау-кен техникалық колледжі", bin=make_bin(2003, 5, 4, 1234), city_kk="Хромтау")


def leftovers(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.iterdir()) if data_dir.exists() else []


def test_this_pc_sets_up_everything(data_dir: Path) -> None:
    db = set_up(data_dir, FirstRunInput(college=COLLEGE, administrator=ADMIN))
    try:
        assert db.actor.username == "aigerim" and db.backend == "sqlite"
        with db.session() as session:
            assert load_college_details(session) == COLLEGE
            assert [a.username for a in list_accounts(session)] == ["aigerim"]
            actions = {(e.action, e.username) for e in audit_page(session)}
    finally:
        db.dispose()
    assert cc.load_connection(data_dir) == cc.ConnectionChoice()
    assert (data_dir / "cluster.sqlite3").exists()
    assert {("login", "aigerim"), ("settings", "aigerim")} <= actions  # the details are the administrator's first change
    again = open_database(None, data_dir)
    try:
        assert authenticate(again, "aigerim", PASSWORD).username == "aigerim"
    finally:
        again.dispose()


@pytest.mark.parametrize(
    ("given", "field"),
    [
        (FirstRunInput(college=CollegeDetails(bin="123456789012"), administrator=ADMIN), "bin"),
        (FirstRunInput(college=COLLEGE, administrator=NewAdministrator("aigerim", "", "short")), "password"),
        (FirstRunInput(college=COLLEGE, administrator=NewAdministrator("setup", "", PASSWORD)), "username"),
    ],
)
def test_a_refusal_leaves_nothing_behind(data_dir: Path, given: FirstRunInput, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        set_up(data_dir, given)
    assert [p.field for p in refused.value.problems] == [field]
    assert leftovers(data_dir) == []  # no database file, no connection file: the wizard comes again
    assert cc.is_first_start(data_dir)


def test_a_server_that_refuses_leaves_nothing_behind(data_dir: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = cc.ConnectionChoice(cc.POSTGRESQL, "127.0.0.1", port, "cluster", "registrar", "secret")
    with pytest.raises(DatabaseError, match="refuses the connection"):
        set_up(data_dir, FirstRunInput(connection=server, college=COLLEGE, administrator=ADMIN))
    assert leftovers(data_dir) == []


def test_a_data_folder_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder")
    with pytest.raises(UserError, match="Cannot write"):
        set_up(blocker / "data", FirstRunInput(administrator=ADMIN))
    assert blocker.read_text() == "not a folder"


def test_a_shared_server_is_set_up_once_and_joined_afterwards(data_dir: Path, database_url: str, tmp_path: Path) -> None:
    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        pytest.skip("needs CLUSTER_DESKTOP_TEST_DB_URL (a PostgreSQL server)")
    server = cc.ConnectionChoice(cc.POSTGRESQL, url.host or "localhost", url.port or 5432, url.database or "", url.username or "", url.password or "")
    db = set_up(data_dir, FirstRunInput(connection=server, college=COLLEGE, administrator=ADMIN))
    db.dispose()
    assert cc.load_connection(data_dir) == server and not (data_dir / "cluster.sqlite3").exists()

    second_pc = tmp_path / "second-pc"
    with pytest.raises(UserError, match="first administrator exists already"):
        set_up(second_pc, FirstRunInput(connection=server, administrator=NewAdministrator("other", "", PASSWORD)))
    assert leftovers(second_pc) == []
    joined = set_up(second_pc, FirstRunInput(connection=server, join_existing=True))
    try:
        assert joined.actor is None  # the user logs in with an account that exists
        assert authenticate(joined, "aigerim", PASSWORD).username == "aigerim"
    finally:
        joined.dispose()
    assert cc.load_connection(second_pc) == server
