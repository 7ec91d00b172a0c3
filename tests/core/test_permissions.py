"""The role matrix: every protected service, called directly, refuses a role without the permission.

A refused call changes nothing (the records are compared before and after) and
leaves a «denied» entry in the audit log; an allowed role gets past the check
(the call may still fail for its junk arguments, and is rolled back).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from cluster_desktop.backup.create import create_backup
from cluster_desktop.backup.restore import restore_backup
from cluster_desktop.college import CollegeDetails
from cluster_desktop.db import Database
from cluster_desktop.demo import fill_demo_data
from cluster_desktop.models import (
    AgreementKind,
    AuditEntry,
    Base,
    Certificate,
    ConsentPurpose,
    Enrolment,
    Group,
    OrganisationKind,
    Person,
    Programme,
    ProgrammeKind,
    Stage,
)
from cluster_desktop.permissions import GRANTS, Actor, Permission, PermissionDenied, Role
from cluster_desktop.services import (
    access_report,
    accounts,
    agreement_documents,
    agreement_list,
    agreements,
    audit_log,
    certificate_blanks,
    certificate_files,
    certificate_registry,
    certificates,
    consent_adults,
    consent_list,
    consents,
    document_texts,
    incidents,
    journey,
    learner_list,
    learners,
    list_export,
    organisations,
    privacy_roles,
    programmes,
)
from cluster_desktop.services.learner_import import ImportOptions, import_learners
from cluster_desktop.services.settings import save_college_details
from cluster_desktop.services.standard_consent import StandardForm, save_standard_form
from cluster_desktop.spreadsheets.reader import Table

P = Permission
TODAY = date(2026, 12, 4)  # the day the calls are dated: the tests never read the clock


class Rollback(Exception):
    """Undo an allowed call's changes."""


Call = Callable[[Any, dict[str, Any]], object]  # (session, ids and paths) → anything

# Reading: personal data only for someone logged in; the log and the accounts only for administrators.
def _retention() -> Any:
    from cluster_desktop.services import retention

    return retention


def _anonymisation() -> Any:
    from cluster_desktop.services import anonymisation

    return anonymisation


READS: list[tuple[str, Permission, Call]] = [
    ("learner_page", P.READ_PERSONAL_DATA, lambda s, c: learner_list.learner_page(s)),
    ("count_learners", P.READ_PERSONAL_DATA, lambda s, c: learner_list.count_learners(s, learner_list.LearnerFilter(text="Қасымов"))),
    ("get_learner", P.READ_PERSONAL_DATA, lambda s, c: learners.get_learner(s, c["person"])),
    ("group_members", P.READ_PERSONAL_DATA, lambda s, c: programmes.group_members(s, c["group"])),
    ("organisation_page", P.READ_PERSONAL_DATA, lambda s, c: organisations.organisation_page(s)),
    ("journey_of", P.READ_PERSONAL_DATA, lambda s, c: journey.journey_of(s, c["person"])),
    ("registry_page", P.READ_PERSONAL_DATA, lambda s, c: certificate_registry.registry_page(s)),
    ("agreement_page", P.READ_PERSONAL_DATA, lambda s, c: agreement_list.agreement_page(s)),
    ("past_period_page", P.READ_PERSONAL_DATA, lambda s, c: _retention().past_period_page(s, TODAY)),
    ("consents_of", P.READ_PERSONAL_DATA, lambda s, c: consents.consents_of(s, c["person"], TODAY)),
    ("consent_page", P.READ_PERSONAL_DATA, lambda s, c: consent_list.consent_page(s, consent_list.ConsentFilter(TODAY))),
    ("audit_page", P.READ_AUDIT_LOG, lambda s, c: audit_log.audit_page(s)),
    ("count_audit", P.READ_AUDIT_LOG, lambda s, c: audit_log.count_audit(s)),
    ("list_accounts", P.MANAGE_ACCOUNTS, lambda s, c: accounts.list_accounts(s)),
    ("write_agreement_pdf", P.PRINT_DOCUMENTS, lambda s, c: agreement_documents.write_agreement_pdf(s, 999_999, "kk", c["tmp"] / "a.pdf")),
    ("blanks_for_ids", P.PRINT_DOCUMENTS, lambda s, c: certificate_blanks.blanks_for_ids(s, [c["certificate"]], CollegeDetails())),
]
SERVICES: list[tuple[str, Permission, Call]] = [
    *READS,
    ("create_learner", P.EDIT_RECORDS, lambda s, c: learners.create_learner(s, learners.LearnerInput(iin="", surname="", given_name=""))),
    ("update_learner", P.EDIT_RECORDS, lambda s, c: learners.update_learner(s, c["person"], learners.LearnerInput(iin="", surname="", given_name=""))),
    ("delete_learner", P.EDIT_RECORDS, lambda s, c: learners.delete_learner(s, c["person"])),
    ("move_to_stage", P.EDIT_RECORDS, lambda s, c: learners.move_to_stage(s, c["person"], Stage.EMPLOYMENT, TODAY, today=TODAY)),
    ("create_programme", P.EDIT_RECORDS, lambda s, c: programmes.create_programme(s, programmes.ProgrammeInput(ProgrammeKind.PROFILE_COURSE, "", ""))),
    ("update_programme", P.EDIT_RECORDS, lambda s, c: programmes.update_programme(s, c["programme"], programmes.ProgrammeInput(ProgrammeKind.PROFILE_COURSE, "", ""))),
    ("delete_programme", P.EDIT_RECORDS, lambda s, c: programmes.delete_programme(s, c["programme"])),
    ("create_group", P.EDIT_RECORDS, lambda s, c: programmes.create_group(s, programmes.GroupInput(c["programme"], "", "kk", TODAY))),
    ("update_group", P.EDIT_RECORDS, lambda s, c: programmes.update_group(s, c["group"], programmes.GroupInput(c["programme"], "", "kk", TODAY))),
    ("delete_group", P.EDIT_RECORDS, lambda s, c: programmes.delete_group(s, c["group"])),
    ("enrol", P.EDIT_RECORDS, lambda s, c: programmes.enrol(s, c["person"], c["group"], TODAY)),
    ("record_result", P.EDIT_RECORDS, lambda s, c: programmes.record_result(s, c["enrolment"], None, None, None)),  # type: ignore[arg-type]  # refused before the arguments matter
    ("remove_enrolment", P.EDIT_RECORDS, lambda s, c: programmes.remove_enrolment(s, c["enrolment"])),
    ("record_consent", P.RECORD_CONSENTS, lambda s, c: consents.record_consent(s, c["person"], consents.ConsentInput(None, None, frozenset()), TODAY)),
    ("withdraw_purposes", P.RECORD_CONSENTS, lambda s, c: consents.withdraw_purposes(s, 999_999, (), TODAY, TODAY)),
    ("set_grace_days", P.EDIT_SETTINGS, lambda s, c: consent_adults.set_grace_days(s, 30)),
    ("save_standard_form", P.EDIT_SETTINGS, lambda s, c: save_standard_form(s, StandardForm((ConsentPurpose.EDUCATION,), 5))),
    ("save_college_details", P.EDIT_SETTINGS, lambda s, c: save_college_details(s, CollegeDetails(name_kk="Басқа"))),
    ("save_keeping_periods", P.EDIT_SETTINGS, lambda s, c: _retention().save_keeping_periods(s, _retention().KeepingPeriods(learners=7))),
    ("anonymise", P.ANONYMISE, lambda s, c: _anonymisation().anonymise(s, [c["person"]], TODAY)),
    ("reset_document_text", P.EDIT_SETTINGS, lambda s, c: document_texts.reset_text(s, AgreementKind.MEMORANDUM, "kk")),
    ("create_organisation", P.EDIT_RECORDS, lambda s, c: organisations.create_organisation(
        s, organisations.OrganisationInput(OrganisationKind.SCHOOL, "Мектеп", "Школа"))),
    ("delete_organisation", P.EDIT_RECORDS, lambda s, c: organisations.delete_organisation(s, 999_999)),
    ("delete_agreement", P.MANAGE_AGREEMENTS, lambda s, c: agreements.delete_agreement(s, 999_999)),
    ("terminate_agreement", P.MANAGE_AGREEMENTS, lambda s, c: agreements.terminate_agreement(s, 999_999, "a reason")),
    ("issue_certificate", P.ISSUE_CERTIFICATES, lambda s, c: certificates.issue_certificate(s, c["enrolment"], "kk", TODAY, c["key"], CollegeDetails())),
    ("issue_duplicate", P.ISSUE_CERTIFICATES, lambda s, c: certificates.issue_duplicate(s, c["certificate"], c["key"], CollegeDetails())),
    ("revoke", P.ISSUE_CERTIFICATES, lambda s, c: certificates.revoke(s, c["certificate"], "a reason")),
    ("write_registry_report", P.EXPORT_PERSONAL_DATA, lambda s, c: certificate_files.write_registry_report(s, c["tmp"] / "registry.csv")),
    ("export_list", P.EXPORT_PERSONAL_DATA, lambda s, c: list_export.export_list(s, list_export.learners_list(), c["tmp"] / "learners.csv")),
    ("write_access_report", P.PRINT_ACCESS_REPORTS, lambda s, c: access_report.write_access_report(
        s, c["tmp"] / "access.pdf", s.get(Person, c["person"]).iin, "kk", TODAY)),
    ("import_learners", P.IMPORT, lambda s, c: import_learners(s, Table(["IIN"], []), ImportOptions(mapping={}))),
    ("create_account", P.MANAGE_ACCOUNTS, lambda s, c: accounts.create_account(s, "newcomer", "", Role.VIEWER, "viewer-pass-1")),
    ("set_role", P.MANAGE_ACCOUNTS, lambda s, c: accounts.set_role(s, "demo", Role.VIEWER)),
    ("set_active", P.MANAGE_ACCOUNTS, lambda s, c: accounts.set_active(s, "demo", False)),
    ("reset_password", P.MANAGE_ACCOUNTS, lambda s, c: accounts.reset_password(s, "demo", "a-new-password")),
    ("delete_account", P.MANAGE_ACCOUNTS, lambda s, c: accounts.delete_account(s, "demo")),
    ("list_incidents", P.MANAGE_INCIDENTS, lambda s, c: incidents.list_incidents(s)),
    ("record_incident", P.MANAGE_INCIDENTS, lambda s, c: incidents.record_incident(s, incidents.IncidentInput(TODAY, "", 0), TODAY)),
    ("record_notification", P.MANAGE_INCIDENTS, lambda s, c: incidents.record_notification(s, 999_999, "", TODAY, TODAY)),
    ("save_privacy_roles", P.EDIT_SETTINGS, lambda s, c: privacy_roles.save_privacy_roles(s, {P.ANONYMISE: [Role.REGISTRAR]})),
]
DATABASE_SERVICES: list[tuple[str, Permission, Callable[[Database, dict[str, Any]], object]]] = [
    ("create_backup", P.BACKUP, lambda db, c: create_backup(db, c["tmp"] / "no-such-stick", "correct horse battery")),
    ("restore_backup", P.RESTORE, lambda db, c: restore_backup(db, c["tmp"] / "none.cdbackup", "correct horse battery")),
]
ROLES = {role: Actor(f"a-{role.value}", role, "", "test-pc") for role in Role}


def records(db: Database) -> dict[str, list[tuple]]:
    with db.engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
            for t in Base.metadata.sorted_tables if t.name not in ("audit_entry", "audit_head")
        }


@pytest.fixture
def context(database: Database, tmp_path: Path) -> dict[str, Any]:
    with database.session() as session:
        fill_demo_data(session, learners=15, today=date(2026, 10, 1))
    key = certificate_files.installation_key(database)
    with database.session() as session:
        enrolment = session.scalars(select(Enrolment).where(Enrolment.result_percent.is_not(None))).first()
        assert enrolment is not None
        college = certificate_files.load_college_details(session)
        certificate = certificates.issue_certificate(session, enrolment.id, "kk", date(2026, 10, 1), key, college)
        return {
            "person": session.scalars(select(Person.id)).first(),
            "programme": session.scalars(select(Programme.id)).first(),
            "group": session.scalars(select(Group.id)).first(),
            "enrolment": enrolment.id,
            "certificate": certificate.id,
            "key": key,
            "tmp": tmp_path,
        }


def denied_entries(db: Database) -> int:
    with db.session() as session:
        return len(session.scalars(select(AuditEntry.id).where(AuditEntry.action == "denied")).all())


def _attempt(db: Database, call: Call, ctx: dict[str, Any]) -> BaseException | None:
    try:
        with db.session() as session:
            call(session, ctx)
            raise Rollback
    except Rollback:
        return None
    except Exception as exc:  # noqa: BLE001 - any refusal is what is looked at
        return exc


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_role_matrix(database: Database, context: dict[str, Any], role: Role) -> None:
    before = records(database)
    database.actor = ROLES[role]
    for name, permission, call in SERVICES:
        denied_before = denied_entries(database)
        outcome = _attempt(database, call, context)
        if permission in GRANTS[role]:
            assert not isinstance(outcome, PermissionDenied), f"{role.value} was refused {name}"
        else:
            assert isinstance(outcome, PermissionDenied), f"{role.value} could call {name}: {outcome!r}"
            assert records(database) == before, f"{name} changed records for {role.value}"
            assert denied_entries(database) == denied_before + 1, f"{name}'s refusal was not audited"
    for name, permission, db_call in DATABASE_SERVICES:
        try:
            db_call(database, context)
            outcome = None
        except Exception as exc:  # noqa: BLE001
            outcome = exc
        assert isinstance(outcome, PermissionDenied) == (permission not in GRANTS[role]), name
    if role is Role.VIEWER:
        assert records(database) == before


def test_the_matrix_covers_every_permission() -> None:
    covered = {p for _n, p, _c in SERVICES} | {p for _n, p, _c in DATABASE_SERVICES}
    assert covered == set(Permission)


def test_registrar_may_not_edit_settings_or_manage_accounts(database: Database) -> None:
    database.actor = ROLES[Role.REGISTRAR]
    with database.session() as session, pytest.raises(PermissionDenied, match=r"registrar.*may not change settings"):
        save_college_details(session, CollegeDetails(name_kk="Басқа"))
    with database.session() as session, pytest.raises(PermissionDenied, match="may not manage staff accounts"):
        accounts.create_account(session, "newcomer", "", Role.VIEWER, "viewer-pass-1")


def test_nobody_logged_in_is_refused(database: Database) -> None:
    database.actor = None
    for _name, _permission, call in READS:  # nothing personal without a login, whatever the permission
        with database.session() as session, pytest.raises(PermissionDenied, match="Nobody is logged in"):
            call(session, {"person": 1, "group": 1, "certificate": 1, "tmp": Path("/nonexistent")})
    with database.session() as session, pytest.raises(PermissionDenied, match="Nobody is logged in"):
        learners.delete_learner(session, 1)
    with database.session() as session:
        assert session.scalars(select(Certificate)).first() is None
