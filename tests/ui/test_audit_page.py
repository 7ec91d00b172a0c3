"""The Audit page: entries appear after a change, filter, show what changed, say whether the chain holds."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import ConsentGiver, Stage
from cluster_desktop.services.learners import LearnerInput, create_learner, get_learner
from tests.narrowing import present
from tests.ui.conftest import wait_idle
from ui.app import Controller
from ui.pages.audit_page import AuditPage

IIN = make_iin(date(2009, 4, 17), Sex.FEMALE, 321)


def add_learner(database: Database) -> int:
    with database.session() as session:
        return create_learner(
            session,
            LearnerInput(
                iin=IIN,
                surname="Қасымова",
                given_name="Әсел",
                stage=Stage.SCHOOL,
                consent_given_by=ConsentGiver.REPRESENTATIVE,
                consent_date=date(2024, 9, 2),
                representative_name="Сейітова Гүлнар",
            ),
        ).id


@pytest.fixture
def page(qtbot: QtBot, database: Database) -> AuditPage:
    widget = AuditPage(database)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    wait_idle(qtbot)
    return widget


def test_a_change_is_listed_with_its_fields_and_the_iin_masked(qtbot: QtBot, page: AuditPage, database: Database) -> None:
    assert page.model.rowCount() == 0
    assert "intact" in page.chain_label.text()
    person_id = add_learner(database)
    with database.session() as session:
        get_learner(session, person_id).phone = "+7 701 000 00 00"
    page.refresh()
    wait_idle(qtbot)
    assert page.model.rowCount() >= 2
    newest = page.model.row(0)
    assert newest is not None
    assert (newest.action, newest.record_kind, newest.username) == ("update", "person", "tester")
    assert page.model.data(page.model.index(0, 2)) == "Changed"
    assert page.model.data(page.model.index(0, 3)) == "Learner"
    page.table.selectRow(0)
    assert "Phone" in [page.changes.text(r, 0) for r in range(page.changes.rowCount())]
    created = next(
        r
        for r in (page.model.row(i) for i in range(page.model.rowCount()))
        if r is not None and r.action == "create" and r.record_kind == "person"
    )
    page.table.selectRow([page.model.row(i) for i in range(page.model.rowCount())].index(created))
    fields = {page.changes.text(r, 0): page.changes.text(r, 2) for r in range(page.changes.rowCount())}
    assert fields["IIN"].endswith(IIN[-4:]) and IIN[:8] not in fields["IIN"]
    assert fields["Surname"] == "Қасымова"  # fields by their names, not their columns' (issue 16)


def test_filters_narrow_the_list(qtbot: QtBot, page: AuditPage, database: Database) -> None:
    add_learner(database)
    page.refresh()
    wait_idle(qtbot)
    total = page.model.rowCount()
    assert page.user_filter.findData("tester") > 0 and page.kind_filter.findData("person") > 0
    page.action_filter.setCurrentIndex(page.action_filter.findData("create"))
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("person"))
    wait_idle(qtbot)
    assert page.model.rowCount() == 1 and page.count_label.text() == "1 entry"
    page.action_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(0)
    page.until.set_value(date(2000, 1, 1))
    wait_idle(qtbot)
    assert page.model.rowCount() == 0
    page.until.set_value(None)
    wait_idle(qtbot)
    assert page.model.rowCount() == total


def test_a_broken_chain_is_reported(qtbot: QtBot, page: AuditPage, database: Database) -> None:
    if database.engine.dialect.name != "sqlite":
        pytest.skip("breaks the chain past SQLite's triggers")
    add_learner(database)
    with database.session() as session:  # as someone editing the file directly would, past the triggers
        session.execute(text("DROP TRIGGER audit_entry_no_update"))
        session.execute(text("UPDATE audit_entry SET username = 'someone' WHERE id = 1"))
    page.check_chain()
    wait_idle(qtbot)
    assert "altered" in page.chain_label.text() and "Audit entry 1" in page.chain_label.text()


def test_entries_removed_at_the_end_are_reported(qtbot: QtBot, page: AuditPage, database: Database) -> None:
    """The attacker deletes the last entries and moves the head back; the anchor outside the database says so."""
    from cluster_desktop import audit, audit_seal

    add_learner(database)
    with database.session() as session:
        audit.record(session, audit.EXPORT, details={"file": "learners.csv"})
    with database.engine.begin() as conn:
        if database.engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER audit_entry_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER audit_entry_no_change ON audit_entry"))
        last = conn.execute(text("SELECT max(id) FROM audit_entry")).scalar()
        conn.execute(text("DELETE FROM audit_entry WHERE id = :id"), {"id": last})
        previous = present(conn.execute(text("SELECT id, hash FROM audit_entry ORDER BY id DESC")).first())
        conn.execute(text("UPDATE audit_head SET last_id = :id, last_hash = :hash"), {"id": previous.id, "hash": previous.hash})
    page.check_chain()
    wait_idle(qtbot)
    assert "altered" in page.chain_label.text() and "entries were removed at the end" in page.chain_label.text()
    key = audit_seal.seal_for(database.engine).key_path
    assert key is not None
    key.write_text("not a key\n")
    page.check_chain()
    wait_idle(qtbot)
    assert "The audit log key" in page.chain_label.text() and "cannot be read" in page.chain_label.text()
    assert "unexpected" not in page.chain_label.text()


def test_an_audit_table_that_cannot_be_read_is_said_plainly(qtbot: QtBot, page: AuditPage, database: Database) -> None:
    with database.engine.begin() as conn:
        conn.execute(text("DROP TABLE audit_entry"))
    page.check_chain()
    wait_idle(qtbot)
    assert "cannot be read: it is damaged" in page.chain_label.text() and "audit_entry" in page.chain_label.text()
    assert "unexpected" not in page.chain_label.text()


def test_audit_and_accounts_pages_are_for_administrators_only(qtbot: QtBot, database: Database) -> None:
    window = Controller(database, demo=False).show()
    qtbot.addWidget(window)
    window.show_page("audit")
    wait_idle(qtbot)
    assert isinstance(window.pages["audit"], AuditPage) and window.current_page_key() == "audit"
    assert "users" in [e.key for e in window.entries]


def test_every_audited_kind_of_record_has_a_name() -> None:
    from cluster_desktop import audit
    from cluster_desktop.models import Base
    from ui.pages.audit_page import record_kind_name

    tables = [t.name for t in Base.metadata.sorted_tables if t.name not in audit.NOT_AUDITED_TABLES]
    assert [name for name in tables if record_kind_name(name) == name] == []  # «destination» reads as words (issue 16)
