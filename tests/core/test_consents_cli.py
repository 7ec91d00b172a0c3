"""``consents list|record|withdraw`` run as a user would: the same rules as the window, bad input refused with nothing changed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import select

from cluster_desktop.db import Database
from cluster_desktop.models import Consent, ConsentPurpose, ConsentPurposeGrant
from tests.cli import Result, run_cli
from tests.core.test_consents import TODAY, by_parent, person
from tests.core.test_consents import record_consent as record

ADULT = date(2008, 8, 1)  # 18 on 01.08.2026: past the 90 days' grace on 04.12.2026


def consents(database_url: str, data_dir: Path, *args: str) -> Result:
    return run_cli("--db-url", database_url, "consents", *args)


def grants(database: Database) -> list[tuple[int, ConsentPurpose, date | None]]:
    with database.session() as session:
        rows = session.execute(
            select(ConsentPurposeGrant.consent_id, ConsentPurposeGrant.purpose, ConsentPurposeGrant.withdrawn_on).order_by(
                ConsentPurposeGrant.id
            )
        )
        return [(consent_id, purpose, day) for consent_id, purpose, day in rows]


def test_record_list_and_withdraw(database: Database, database_url: str, data_dir: Path) -> None:
    with database.session() as session:
        learner = person(session, born=ADULT, surname="Омарова")
        record(session, learner.id, by_parent(), TODAY)
        iin = learner.iin

    listed = consents(database_url, data_dir, "list", "--view", "adults", "--today", "2026-12-04", "--json")
    assert listed.returncode == 0, listed.stderr
    (row,) = json.loads(listed.stdout)["rows"]
    assert (row["iin"], row["flagged"], row["day"]) == (iin, True, "2026-08-01")

    done = consents(
        database_url,
        data_dir,
        "record",
        iin,
        "--given-by",
        "self",
        "--on",
        "2026-12-01",
        "--purposes",
        "education, publicity",
        "--form",
        "ПД-9",
    )
    assert done.returncode == 0, done.stderr
    assert "Омарова" in done.stdout
    listed = consents(database_url, data_dir, "list", "--view", "adults", "--today", "2026-12-04")
    assert listed.stdout.strip().endswith("Rows: 0.")

    with database.session() as session:
        own = session.scalars(select(Consent).where(Consent.form_number == "ПД-9")).one()
        own_id = own.id
    done = run_cli(
        "--db-url", database_url, "--lang", "ru", "consents", "withdraw", str(own_id), "--purposes", "publicity", "--on", "2026-12-03"
    )
    assert done.returncode == 0, done.stderr
    assert "фотографии и публикации" in done.stdout
    assert (own_id, ConsentPurpose.PUBLICITY, date(2026, 12, 3)) in grants(database)
    shown = consents(database_url, data_dir, "show", iin, "--today", "2026-12-04", "--json")
    assert shown.returncode == 0, shown.stderr
    card = json.loads(shown.stdout)
    assert card["own_consent_needed"] is False
    newest, parents = card["consents"]
    assert (newest["id"], newest["given_by"], newest["state"], parents["given_by"]) == (own_id, "self", "in_force", "representative")
    assert {p["purpose"]: p["state"] for p in newest["purposes"]} == {"education": "in_force", "publicity": "withdrawn"}
    text = run_cli("--db-url", database_url, "--lang", "kk", "consents", "show", iin, "--today", "2026-12-04")
    assert "фотосуреттер мен жариялау (кері қайтарылған)" in text.stdout, text.stdout
    listed = consents(database_url, data_dir, "list", "--view", "withdrawn", "--json")
    assert [(r["consent_id"], r["purpose"], r["day"]) for r in json.loads(listed.stdout)["rows"]] == [(own_id, "publicity", "2026-12-03")]


def test_bad_input_is_refused_and_nothing_changes(database: Database, database_url: str, data_dir: Path) -> None:
    with database.session() as session:
        learner = person(session, born=date(2010, 4, 17), surname="Сейітова")
        consent_id = record(session, learner.id, by_parent(given_on=date(2023, 9, 1)), TODAY).id
        iin = learner.iin
    before = grants(database)
    refusals = [
        ("record", iin, "--given-by", "self", "--on", "2026-12-01", "--purposes", "education"),  # a minor in their own name
        ("record", iin, "--given-by", "representative", "--giver", "Сейітова Гүлнар", "--on", "2009-01-01", "--purposes", "education"),
        ("record", iin, "--given-by", "representative", "--on", "2026-12-01", "--purposes", "education"),  # no representative named
        ("record", "000000000000", "--given-by", "self", "--on", "2026-12-01", "--purposes", "education"),
        ("withdraw", str(consent_id), "--purposes", "journey", "--on", "2023-08-31"),  # before the consent
        ("withdraw", str(consent_id), "--purposes", "abroad", "--on", "2026-12-01"),  # not in it
        ("withdraw", "999999", "--purposes", "journey", "--on", "2026-12-01"),
        ("show", "000000000000"),
        ("list", "--days", "-1"),
    ]
    for args in refusals:
        result = consents(database_url, data_dir, *args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert result.stderr.strip() and "Traceback" not in result.stderr and "unexpected" not in result.stderr.lower(), result.stderr
    assert grants(database) == before
    usage = consents(database_url, data_dir, "record", iin, "--given-by", "self", "--on", "2026-12-01", "--purposes", "everything")
    assert usage.returncode == 2 and "not a purpose" in usage.stderr
