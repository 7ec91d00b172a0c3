"""``python main.py agreements …`` run as a user would run it, on the demo cluster; and the demo agreements themselves."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.demo import fill_demo_data
from cluster_desktop.models import Agreement, AgreementKind, AgreementStatus, Person
from cluster_desktop.services.agreements import (
    agreement_input,
    agreement_status,
    validate_agreement,
)
from cluster_desktop.services.learners import delete_learner
from tests.cli import run_cli, where


@pytest.fixture
def demo(database_url: str, data_dir: Path) -> list[str]:
    args = where(database_url, data_dir)
    result = run_cli(*args, "demo", "--learners", "60")
    assert result.returncode == 0, result.stderr
    return args


def test_list_json_and_expiring(demo: list[str]) -> None:
    listed = run_cli(*demo, "agreements", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    records = json.loads(listed.stdout)
    assert {r["kind"] for r in records} == {k.value for k in AgreementKind}
    assert {r["status"] for r in records} == {s.value for s in AgreementStatus}
    talap = next(r for r in records if r["kind"] == "received_document")
    assert talap["number"] == "01" and "Талап" in talap["partner"]
    assert all(r["learners"] >= 1 for r in records if r["kind"] == "dual_education")

    expiring = run_cli(*demo, "agreements", "list", "--expiring", "60", "--json")
    assert expiring.returncode == 0, expiring.stderr
    soon = json.loads(expiring.stdout)
    assert soon and all(0 <= r["days_left"] <= 60 and r["status"] == "expiring" for r in soon)
    assert [r["days_left"] for r in soon] == sorted(r["days_left"] for r in soon)

    table = run_cli(*demo, "agreements", "list")
    assert table.returncode == 0 and f"Agreements in the register: {len(records)}." in table.stdout
    assert "ДО-1/" in table.stdout


def test_the_table_speaks_the_global_language(demo: list[str]) -> None:
    records = json.loads(run_cli(*demo, "--lang", "kk", "agreements", "list", "--json").stdout)  # JSON stays machine values
    assert {r["status"] for r in records} == {s.value for s in AgreementStatus}
    first = next(r for r in records if r["kind"] == "memorandum")
    kazakh = run_cli(*demo, "--lang", "kk", "agreements", "list")
    line = next(line for line in kazakh.stdout.splitlines() if line.startswith(f"{first['number']}/{first['year']}\t"))
    assert line.split("\t")[1] == "Ынтымақтастық туралы меморандум" and line.split("\t")[-1] == first["partner_kk"]
    assert kazakh.stdout.endswith(f"Тізілімдегі келісімшарттар: {len(records)}.\n")
    russian = run_cli(*demo, "--lang", "ru", "agreements", "list", "--expiring", "60")
    assert len(russian.stdout.splitlines()) > 1  # the demo always has agreements ending within 60 days
    assert all(line.split("\t")[2] == "Скоро истекает" for line in russian.stdout.splitlines()[:-1])
    assert russian.stdout.splitlines()[-1].startswith("Действующих договоров, истекающих в ближайшие 60 дн.: ")


def test_bad_arguments_exit_non_zero(demo: list[str]) -> None:
    bad = run_cli(*demo, "agreements", "list", "--expiring", "soon")
    assert bad.returncode != 0 and "not a number of days" in bad.stderr and "Traceback" not in bad.stderr
    assert run_cli(*demo, "agreements").returncode != 0


def test_demo_agreements_obey_the_rules_and_fill_again(database: Database) -> None:
    today = date(2026, 12, 4)  # the day the 60-learner demo gave a practice agreement one learner
    with database.session() as session:
        counts = fill_demo_data(session, learners=60, seed=5, today=today)
    assert counts["agreements"] >= 15
    with database.session() as session:
        agreements = list(session.scalars(select(Agreement)))
        for agreement in agreements:
            _data, problems = validate_agreement(session, agreement_input(agreement), own_id=agreement.id)
            assert problems == [], (agreement.number, [p.message for p in problems])
        statuses = [agreement_status(a, today) for a in agreements]
        assert statuses.count(AgreementStatus.EXPIRING) >= 3
        assert {AgreementStatus.EXPIRED, AgreementStatus.TERMINATED, AgreementStatus.DRAFT} <= set(statuses)
        practice = [a for a in agreements if a.kind is AgreementKind.PRACTICE]
        assert practice and all(len(a.learners) >= 2 for a in practice)
        for person in session.scalars(select(Person)):
            delete_learner(session, person.id)
    with database.session() as session:
        again = fill_demo_data(session, learners=60, seed=5, today=today)
    assert again["agreements"] == counts["agreements"]
    with database.session() as session:
        dual = [a for a in session.scalars(select(Agreement)) if a.kind is AgreementKind.DUAL_EDUCATION]
        assert dual and all(a.learners for a in dual)


def test_print_writes_a_pdf_or_says_why_not(demo: list[str], tmp_path: Path) -> None:
    target = tmp_path / "ДО-1.pdf"
    printed = run_cli(*demo, "agreements", "print", "ДО-1", "--lang", "kk", "--out", str(target))
    assert printed.returncode == 0, printed.stderr
    assert target.read_bytes().startswith(b"%PDF")
    missing = run_cli(*demo, "agreements", "print", "Х-999", "--lang", "ru", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "Х-999" in missing.stderr and "Traceback" not in missing.stderr
    unwritable = run_cli(*demo, "agreements", "print", "ДО-1", "--lang", "ru", "--out", str(tmp_path / "no" / "such" / "dir" / "x.pdf"))
    assert unwritable.returncode == 1 and "Traceback" not in unwritable.stderr
