"""Checking a certificate by its printed number, as a registrar types it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cluster_desktop.db import Database
from cluster_desktop.errors import UserError
from cluster_desktop.permissions import PermissionDenied
from cluster_desktop.services.certificate_checks import Verdict, check_number, read_number
from cluster_desktop.services.certificate_files import duplicate_to_folder, issue_to_folder
from cluster_desktop.services.certificates import find_by_number, revoke
from tests.core.test_certificates import ISSUED, make_cluster
from tests.narrowing import present


@pytest.mark.parametrize(
    "typed",
    [
        "KP-2026-000042",
        "kp-2026-000042",
        " KP - 2026 - 000 042 ",
        "КР-2026-000042",  # Cyrillic К and Р, as typed on a Russian or Kazakh keyboard layout
        "кр–2026—42",  # lower case, other dashes, no leading zeros
        "№ KP-2026-000042",
        "No. KP-2026-000042",
        "KP2026000042",
    ],
)
def test_a_number_is_read_however_it_is_typed(typed: str) -> None:
    assert read_number(typed) == "KP-2026-000042"


@pytest.mark.parametrize(
    "typed", ["", "hello", "KP-26-000042", "KPX-2026-000042", "Иванов", "CD1.S0FQ.c2ln", "https://example.kz/42", "ҚП-2026-000042"]
)
def test_what_is_not_a_number_is_not_read_as_one(typed: str) -> None:
    assert read_number(typed) is None


def test_a_number_finds_its_record_and_status(database: Database, tmp_path: Path) -> None:
    cluster = make_cluster(database, learners=2)
    first, second = issue_to_folder(database, cluster.completed, "kk", tmp_path / "out", ISSUED)
    with database.session() as session:
        result = check_number(session, "кр 2026 1")
        assert result.verdict is Verdict.VALID and result.asked_number == first.number
        stated = present(result.fields)
        certificate = find_by_number(session, first.number)
        assert (stated.registration_number, stated.full_name, stated.programme_name, stated.issued_on) == (
            first.number,
            certificate.full_name,
            certificate.programme_name,
            ISSUED,
        )
        revoke(session, find_by_number(session, second.number).id, "Қате", ISSUED)
    with database.session() as session:
        revoked = check_number(session, second.number.lower())
        assert revoked.verdict is Verdict.REVOKED and present(revoked.certificate).revoke_reason == "Қате"
        unknown = check_number(session, "KP-2026-000999")
        assert unknown.verdict is Verdict.UNKNOWN and unknown.fields is None and unknown.asked_number == "KP-2026-000999"
        original_id = find_by_number(session, first.number).id
    copy = duplicate_to_folder(database, original_id, tmp_path / "dup", issued_on=date(2026, 2, 1))
    with database.session() as session:
        duplicate = check_number(session, copy.number)
        assert duplicate.verdict is Verdict.VALID
        assert present(present(duplicate.certificate).duplicate_of).registration_number == first.number
        revoke(session, original_id, "Жоғалған", date(2026, 3, 1))
    with database.session() as session:
        assert check_number(session, copy.number).verdict is Verdict.REVOKED  # a duplicate of a revoked original


def test_a_number_lookup_needs_a_login_and_a_number(database: Database) -> None:
    with database.session() as session, pytest.raises(UserError, match="not a certificate number"):
        check_number(session, "Бекболатов")
    database.actor = None
    with database.session() as session, pytest.raises(PermissionDenied):
        check_number(session, "KP-2026-000001")
