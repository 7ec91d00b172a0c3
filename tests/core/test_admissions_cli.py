"""``admissions list`` and ``admissions plan`` run as a user would, in English, Kazakh and Russian."""

from __future__ import annotations

import json

from cluster_desktop.db import Database
from cluster_desktop.models import SeatKind
from cluster_desktop.services import admissions as A
from cluster_desktop.services.demand import DemandInput, create_demand
from tests.cli import run_cli
from tests.core.test_admissions import ORDER, TODAY, application, world


def setup(database: Database) -> None:
    w = world(database, {SeatKind.STATE_ORDER: 2, SeatKind.PAID: 1})
    with database.session() as s:
        admitted = A.create_application(s, application(w), TODAY)
        A.admit(s, admitted.id, "12-к", ORDER, TODAY)
        create_demand(s, DemandInput(w["employer"], "07240100", "Горный мастер", 2026, 5))


def test_list_filters_by_year_and_status(database: Database, database_url: str) -> None:
    setup(database)
    result = run_cli("--db-url", database_url, "admissions", "list", "--year", "2026", "--json")
    assert result.returncode == 0, result.stderr
    [row] = json.loads(result.stdout)
    assert (row["name"], row["status"], row["order_number"], row["seat_kind"]) == ("Серікова Аружан", "admitted", "12-к", "state_order")
    result = run_cli("--db-url", database_url, "admissions", "list", "--status", "applied")
    assert result.returncode == 0 and "Серікова" not in result.stdout and "Applications: 0." in result.stdout
    result = run_cli("--db-url", database_url, "--lang", "kk", "admissions", "list", "--year", "2026")
    assert result.returncode == 0, result.stderr
    assert "Серікова Аружан" in result.stdout and "Жерасты қазу" in result.stdout and "№ 12-к 10.08.2026" in result.stdout


def test_plan_prints_seats_beside_demand(database: Database, database_url: str) -> None:
    setup(database)
    result = run_cli("--db-url", database_url, "--lang", "ru", "admissions", "plan", "--year", "2026")
    assert result.returncode == 0, result.stderr
    header, line = result.stdout.splitlines()
    assert header.split("\t")[:2] == ["Специальность", "Госзаказ"]
    assert line.split("\t") == ["07240100 Подземная разработка", "2", "0", "0", "1", "3", "1", "1", "0", "5", line.split("\t")[-1]]
    result = run_cli("--db-url", database_url, "admissions", "plan", "--year", "2027")
    assert result.returncode == 0 and "\t—\t—\t—\t—\t—\t0\t0\t0\t0\t" in result.stdout


def test_bad_year_and_status_are_refused(database_url: str) -> None:
    result = run_cli("--db-url", database_url, "admissions", "plan", "--year", "twenty")
    assert result.returncode == 2 and "not a year" in result.stderr
    result = run_cli("--db-url", database_url, "admissions", "list", "--status", "maybe")
    assert result.returncode == 2 and "invalid choice" in result.stderr
