"""The audit log: written with the change or not at all, IINs masked, a hash chain that shows tampering."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from cluster_desktop import audit
from cluster_desktop.backup.create import create_backup
from cluster_desktop.backup.restore import restore_backup
from cluster_desktop.college import CollegeDetails
from cluster_desktop.db import Database
from cluster_desktop.demo import fill_demo_data
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import AuditEntry, ConsentGiver, Person, Stage
from cluster_desktop.services import certificate_files, certificates, learners, list_export
from cluster_desktop.services.audit_log import AuditFilter, AuditSort, audit_choices, audit_list, audit_page, count_audit
from cluster_desktop.services.settings import save_college_details
from tests.cli import run_cli
from tests.conftest import FAST_KDF

BIRTH = date(2000, 3, 14)
IIN = make_iin(BIRTH, Sex.MALE, 1234)
MASKED = "••••••••" + IIN[-4:]


def entries(db: Database, **where: str) -> list[AuditEntry]:
    with db.session() as session:
        statement = select(AuditEntry).filter_by(**where).order_by(AuditEntry.id)
        found = list(session.scalars(statement))
        session.expunge_all()
        return found


def add_learner(db: Database) -> int:
    data = learners.LearnerInput(
        iin=IIN, surname="Қасымов", given_name="Ерлан", birth_date=BIRTH, sex=Sex.MALE,
        consent_given_by=ConsentGiver.SELF, consent_date=date(2024, 9, 1), stage=Stage.COLLEGE,
    )
    with db.session() as session:
        return learners.create_learner(session, data, today=date(2026, 11, 1)).id


def test_an_entry_per_change_in_the_same_transaction(database: Database) -> None:
    person_id = add_learner(database)
    created = entries(database, record_kind="person", action="create")
    assert len(created) == 1 and created[0].record_id == str(person_id) and created[0].username == "tester"
    assert created[0].workstation == "test-pc"
    changes = json.loads(created[0].changes)
    assert changes["iin"] == MASKED and changes["surname"] == "Қасымов"
    assert "search_key" not in changes and "sort_key" not in changes
    with pytest.raises(RuntimeError), database.session() as session:
        person = session.get(Person, person_id)
        person.surname = "Сейітов"  # type: ignore[union-attr]
        session.flush()
        raise RuntimeError("rolled back")
    assert entries(database, record_kind="person", action="update") == []
    with database.session() as session:
        session.get(Person, person_id).phone = "+7 701 000 00 01"  # type: ignore[union-attr]
    (update,) = entries(database, record_kind="person", action="update")
    assert json.loads(update.changes) == {"phone": [None, "+7 701 000 00 01"]}
    with database.session() as session:
        learners.delete_learner(session, person_id)
    (deleted,) = entries(database, record_kind="person", action="delete")
    assert json.loads(deleted.changes)["iin"] == MASKED
    for entry in entries(database):
        assert IIN not in entry.changes


def test_no_password_or_hash_is_logged(database: Database) -> None:
    from cluster_desktop.services import accounts

    with database.session() as session:
        accounts.create_first_administrator(session, "aigul", "", "secret-pass-1")
        accounts.reset_password(session, "aigul", "secret-pass-2")
    for entry in entries(database):
        assert "secret-pass" not in entry.changes and "argon2" not in entry.changes and "password_hash" not in entry.changes


def test_each_action_kind_is_recorded(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        fill_demo_data(session, learners=12, today=date(2026, 10, 1))
        save_college_details(session, CollegeDetails(name_en="Khromtau Mining College", name_ru="Хромтауский колледж",
                                                     name_kk="Хромтау колледжі", bin="980840012074", director_kk="Директор", city_kk="Хромтау"))
    key = certificate_files.installation_key(database)
    with database.session() as session:
        from cluster_desktop.services.certificate_registry import pending_ids

        enrolment_id = pending_ids(session)[0]
        certificate = certificates.issue_certificate(session, enrolment_id, "kk", date(2026, 10, 1), key,
                                                     certificate_files.load_college_details(session))
        certificates.revoke(session, certificate.id, "printed with a typo", on=date(2026, 10, 2))
        list_export.export_list(session, list_export.learners_list(), tmp_path / "learners.csv")
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = create_backup(database, stick, "correct horse battery", kdf=FAST_KDF)
    actions = {e.action for e in entries(database)}
    assert {"create", "update", "settings", "issue", "revoke", "export", "backup"} <= actions
    restored = restore_backup(database, backup.path, "correct horse battery").database
    try:
        # The restored log is the archive's (made before the backup's own entry) and the restore's entry.
        restored_actions = [e.action for e in entries(restored)]
        assert restored_actions[-1] == "restore" and "backup" not in restored_actions
        with restored.session() as session:
            assert audit.verify_chain(session) == []
    finally:
        restored.dispose()


def _drop_guard(db: Database) -> None:
    with db.engine.begin() as conn:
        if db.backend == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
            conn.exec_driver_sql("DROP TRIGGER audit_entry_no_delete")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_entry_no_change ON audit_entry")


def test_the_table_refuses_updates_and_deletes(database: Database) -> None:
    add_learner(database)
    for statement in ("UPDATE audit_entry SET username = 'someone'", "DELETE FROM audit_entry"):
        with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as conn:
            conn.execute(text(statement))


def test_the_chain_verifies_and_shows_a_changed_row(database: Database) -> None:
    add_learner(database)
    with database.session() as session:
        learners.update_learner(session, 1, learners.learner_input(session.get(Person, 1)))  # type: ignore[arg-type]
        assert audit.verify_chain(session) == []
        middle = session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()[1]
    _drop_guard(database)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET username = 'someone' WHERE id = :id"), {"id": middle})
    with database.session() as session:
        problems = audit.verify_chain(session)
    assert len(problems) == 1 and f"entry {middle} " in problems[0] and "changed" in problems[0]


def test_a_removed_row_is_reported(database: Database) -> None:
    add_learner(database)
    with database.session() as session:
        audit.record(session, audit.EXPORT, details={"file": "x.csv"})
        audit.record(session, audit.EXPORT, details={"file": "y.csv"})
        ids = session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()
    _drop_guard(database)
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE id = :id"), {"id": ids[-1]})
    with database.session() as session:
        assert "entries were removed" in audit.verify_chain(session)[0]
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE id = :id"), {"id": ids[0]})
    with database.session() as session:
        assert f"entry {ids[1]} does not follow" in audit.verify_chain(session)[0]


def test_check_reports_a_broken_chain(database: Database, database_url: str) -> None:
    add_learner(database)
    where = ["--db-url", database_url]
    healthy = run_cli(*where, "check")
    assert healthy.returncode == 0, healthy.stdout + healthy.stderr
    assert "Audit log: ok" in healthy.stdout
    _drop_guard(database)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET changes = '{}' WHERE id = 1"))
    broken = run_cli(*where, "check", "--json")
    assert broken.returncode == 3
    assert "Audit entry 1 was changed" in json.loads(broken.stdout)["audit_log"]


def test_audit_list_filters_sorts_and_exports(database: Database, tmp_path: Path) -> None:
    add_learner(database)
    with database.session() as session:
        audit.record(session, audit.EXPORT, "person", None, {"file": "learners.xlsx"})
        everything = count_audit(session)
        assert everything >= 3
        newest = audit_page(session, AuditFilter(), AuditSort.AT, True, 0, 1)
        assert newest[0].action == "export" and newest[0].details() == {"file": "learners.xlsx"}
        assert count_audit(session, AuditFilter(action="export")) == 1
        assert count_audit(session, AuditFilter(record_kind="person", action="create")) == 1
        assert count_audit(session, AuditFilter(username="tester")) == everything
        assert count_audit(session, AuditFilter(username="nobody")) == 0
        assert count_audit(session, AuditFilter(text="learners.xlsx")) == 1
        assert count_audit(session, AuditFilter(text="қасымов")) == 1  # Kazakh case folded by the spellings tried
        written_on = audit_page(session, AuditFilter(), AuditSort.AT, False, 0, 1)[0].at.astimezone().date()  # the local day, not the clock's
        assert count_audit(session, AuditFilter(since=written_on)) == everything
        assert count_audit(session, AuditFilter(since=newest[0].at.astimezone().date() + timedelta(days=1))) == 0
        assert count_audit(session, AuditFilter(until=date(2020, 1, 1))) == 0
        assert "tester" in audit_choices(session)["users"]
        rows = list_export.export_list(session, audit_list(AuditFilter(record_kind="person", action="create")), tmp_path / "audit.csv")
    assert rows == 1
    assert MASKED in (tmp_path / "audit.csv").read_text(encoding="utf-8-sig")
