"""Keeping periods, the list of records past them, and anonymisation that keeps the figures (issue 18)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from cluster_desktop.db import Database
from cluster_desktop.demo import fill_demo_data
from cluster_desktop.errors import UserError, ValidationError
from cluster_desktop.ids import is_valid_iin
from cluster_desktop.models import (
    Agreement,
    AgreementKind,
    AgreementLearner,
    AuditEntry,
    Certificate,
    Consent,
    Enrolment,
    EnrolmentStatus,
    Person,
    Stage,
    StageRecord,
)
from cluster_desktop.permissions import Actor, PermissionDenied, Role
from cluster_desktop.services import certificate_files, certificates, learner_list
from cluster_desktop.services.anonymisation import ANONYMISED_SURNAME, anonymise, is_placeholder_iin, placeholder_iin
from cluster_desktop.services.certificate_blanks import blanks_for_ids
from cluster_desktop.services.certificate_checks import Verdict, check_number, verify
from cluster_desktop.services.cohort_report import build_cohort_report
from cluster_desktop.services.cohorts import COLLEGE, SCHOOL, CohortDefinition
from cluster_desktop.services.destination_report import build_destination_report
from cluster_desktop.services.learner_list import LearnerFilter, count_learners
from cluster_desktop.services.outcome_report import build_outcome_report
from cluster_desktop.services.retention import (
    DEFAULT_PERIODS,
    KeepingPeriods,
    RecordKind,
    count_past_period,
    keeping_periods,
    past_period_ids,
    past_period_page,
    save_keeping_periods,
    validate_periods,
)
from tests.core.test_certificates import COLLEGE as COLLEGE_DETAILS
from tests.core.test_permissions import records
from tests.factories import graduate, learner, programme_with_group

DEMO_DAY = date(2026, 10, 1)
LATER = date(2031, 9, 1)  # five years on: the demo's early graduates are past a 2-year period


def test_defaults_are_kept_until_an_administrator_changes_them(database: Database) -> None:
    with database.session() as session:
        assert keeping_periods(session) == DEFAULT_PERIODS == KeepingPeriods(5, 1, 3, 5)
        save_keeping_periods(session, KeepingPeriods(learners=10, applicants=2, attendance=4, incidents=6))
    with database.session() as session:
        assert keeping_periods(session) == KeepingPeriods(10, 2, 4, 6)


@pytest.mark.parametrize("typed", [0, 76, "", "три", "1.5", "-3", True, None])
def test_a_period_that_is_not_whole_years_in_range_is_refused(database: Database, typed: Any) -> None:
    with pytest.raises(ValidationError) as raised:
        validate_periods({RecordKind.LEARNERS: 5, RecordKind.APPLICANTS: typed})
    assert [p.field for p in raised.value.problems] == ["applicants"]
    with database.session() as session:
        before = keeping_periods(session)
        with pytest.raises(ValidationError):
            save_keeping_periods(session, KeepingPeriods(applicants=typed))
        assert keeping_periods(session) == before


def test_a_viewer_may_not_change_the_periods_nor_anonymise(database: Database) -> None:
    database.actor = Actor("vera", Role.VIEWER, "", "pc")
    with database.session() as session, pytest.raises(PermissionDenied):
        save_keeping_periods(session, KeepingPeriods(learners=10))
    with database.session() as session, pytest.raises(PermissionDenied):
        anonymise(session, [1], DEMO_DAY)


def _graduated(database: Database, ended: date, serial: int, surname: str = "Қасымов") -> int:
    with database.session() as session:
        _programme, group = programme_with_group(session, f"ПР-{serial}", starts_on=date(ended.year - 3, 9, 1), ends_on=ended)
        person = learner(
            session,
            surname,
            serial=serial,
            consent_date=date(ended.year - 3, 9, 1),
            representative="Қасымова Гүлнар",
            phone="+7 701 555 12 34",
            address="Хромтау, Абай к-сі 5",
        )
        graduate(session, person, group)
        session.execute(
            StageRecord.__table__.update()
            .where(StageRecord.person_id == person.id)
            .values(started_on=date(ended.year - 3, 9, 1), ended_on=ended)
        )
        return person.id


def test_who_is_past_the_period_and_until_when(database: Database) -> None:
    old = _graduated(database, date(2019, 6, 30), 1, "Әлиев")
    recent = _graduated(database, date(2024, 6, 30), 2, "Бекова")
    with database.session() as session:
        studying = learner(session, "Сейітова", serial=3, stage=Stage.COLLEGE).id
        assert past_period_ids(session, date(2024, 6, 30)) == []  # 30.06.2019 + 5 years: still kept on 30.06.2024
        assert past_period_ids(session, date(2024, 7, 1)) == [old]  # past from the next day
        assert count_past_period(session, date(2029, 7, 2)) == 2
        rows = past_period_page(session, date(2029, 7, 2))
        assert [r.id for r in rows] == [old, recent]  # by name: Ә before Б
        assert rows[0].kept_until == date(2024, 6, 30) and rows[0].reasons == (RecordKind.LEARNERS,)
        assert studying not in past_period_ids(session, date(2090, 1, 1))


def _snapshot(database: Database, today: date) -> dict[str, Any]:
    """The figures of the three reports, in Russian: every KPI and every table that counts (none names a learner)."""
    with database.session() as session:
        reports = {
            "outcomes": build_outcome_report(session, 2025, None, "ru", today),
            "destinations": build_destination_report(session, 2025, "ru", today),
            "college cohort": build_cohort_report(session, CohortDefinition(COLLEGE, 2022), "ru", today),
            "school cohort": build_cohort_report(session, CohortDefinition(SCHOOL, 2021, *_a_school(session), None), "ru", today),
        }
        return {name: (report.kpis, [_figures(asdict(t)) for t in report.tables]) for name, report in reports.items()}


IDENTITY_COLUMNS = ("№", "Ф. И. О.", "ИИН")  # the running number follows the order by name


def _figures(table: dict[str, Any]) -> dict[str, Any]:
    """A table's figures: a list of people by name keeps its other columns, as a multiset (the names changed, so the order)."""
    columns = list(table["columns"])
    if "Ф. И. О." not in columns:
        return table
    dropped = {i for i, c in enumerate(columns) if c in IDENTITY_COLUMNS}
    rows = sorted(repr(tuple(v for i, v in enumerate(row) if i not in dropped)) for row in table["rows"])
    assert len(dropped) < len(columns) - 1, "the list must keep columns with figures to compare"
    return {**table, "rows": rows}


def _a_school(session: Any) -> tuple[int, int]:
    row = session.execute(
        text(
            "SELECT organisation_id, school_grade FROM stage_record WHERE stage = 'school' AND organisation_id IS NOT NULL "
            "AND school_grade IS NOT NULL ORDER BY id LIMIT 1"
        )
    ).one()
    return int(row[0]), 9


def test_anonymising_every_past_period_learner_keeps_the_report_figures(database: Database) -> None:
    with database.session() as session:
        fill_demo_data(session, learners=160, today=DEMO_DAY)
        save_keeping_periods(session, KeepingPeriods(learners=1, applicants=1, attendance=1, incidents=1))
    before = _snapshot(database, LATER)
    with database.session() as session:
        chosen = past_period_ids(session, LATER)
        before_learners = count_learners(session, LearnerFilter())
        assert len(chosen) >= 10, "the demo must give the test learners to anonymise"
        report_year = session.scalars(
            select(StageRecord.person_id).where(
                StageRecord.person_id.in_(chosen),
                StageRecord.stage == Stage.COLLEGE,
                StageRecord.ended_on >= date(2025, 1, 1),
                StageRecord.ended_on <= date(2025, 12, 31),
            )
        ).all()
        assert report_year, "some of them must be graduates the 2025 reports count"
        old = {p.id: (p.iin, p.surname) for p in session.scalars(select(Person).where(Person.id.in_(chosen)))}
        anonymise(session, chosen, LATER)
    after = _snapshot(database, LATER)
    assert before == after
    with database.session() as session:
        assert count_learners(session, LearnerFilter()) == before_learners
        assert past_period_ids(session, LATER) == []
    _identity_is_gone(database, old)


def _identity_is_gone(database: Database, old: dict[int, tuple[str, str]]) -> None:
    """No table row but the sealed audit log still holds an anonymised person's IIN; their names are gone from their rows."""
    dump = records(database)
    for rows in dump.values():
        for row in rows:
            for iin, _surname in old.values():
                assert iin not in map(str, row)
    with database.session() as session:
        for person in session.scalars(select(Person).where(Person.id.in_(old))):
            assert person.surname == ANONYMISED_SURNAME and person.given_name == f"№{person.id}"
            assert person.iin == placeholder_iin(person.id) and not is_valid_iin(person.iin) and is_placeholder_iin(person.iin)
            assert (person.phone, person.email, person.address, person.representative_name, person.notes) == (None,) * 5
            assert person.birth_date.month == 7 and person.birth_date.day == 1
            assert person.anonymised_on == LATER
        assert session.scalars(select(Consent.giver_name).where(Consent.person_id.in_(old), Consent.giver_name.is_not(None))).all() == []
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "anonymise")).all()
        assert sorted(int(e.record_id or 0) for e in entries) == sorted(old)
        for entry in entries:
            assert all(surname not in entry.changes for _iin, surname in old.values())


def test_the_certificate_registry_says_anonymised_and_the_paper_still_checks(database: Database) -> None:
    person_id = _graduated(database, date(2019, 6, 30), 1)
    key = certificate_files.installation_key(database)
    with database.session() as session:
        enrolment = session.scalars(select(Enrolment.id).where(Enrolment.person_id == person_id)).one()
        college = COLLEGE_DETAILS
        issued = certificates.issue_certificate(session, enrolment, "kk", date(2019, 7, 1), key, college)
        payload, number, certificate_id = issued.payload, issued.registration_number, issued.id
    with database.session() as session:
        anonymise(session, [person_id], LATER)
    with database.session() as session:
        row = session.get(Certificate, certificate_id)
        assert row is not None and "Қасымов" not in row.full_name and "Қасымов" not in row.payload
        assert row.full_name.startswith(ANONYMISED_SURNAME) and row.status.value == "issued"
        assert verify(session, payload).verdict is Verdict.VALID  # the holder's paper is genuine
        found = check_number(session, number)
        assert found.verdict is Verdict.VALID and found.fields is not None and found.fields.full_name.startswith(ANONYMISED_SURNAME)
        with pytest.raises(UserError, match="anonymised"):
            blanks_for_ids(session, [certificate_id], college)
        with pytest.raises(UserError, match="anonymised record"):
            certificates.issue_duplicate(session, certificate_id, key, college, LATER, today=LATER)


def _refused(database: Database, ids: list[int], today: date, match: str) -> None:
    before = records(database)
    with database.session() as session, pytest.raises(UserError, match=match):
        anonymise(session, ids, today)
    assert records(database) == before


def test_refusals_change_nothing(database: Database) -> None:
    old = _graduated(database, date(2019, 6, 30), 1, "Әлиев")
    recent = _graduated(database, date(2024, 6, 30), 2, "Бекова")
    day = date(2028, 1, 1)  # the first is past its 5 years, the second is kept until 30.06.2029
    _refused(database, [], day, "Choose")
    _refused(database, [old, 999_999], day, "no person with id 999999")
    _refused(database, [old, recent], day, "Бекова.*kept until 30.06.2029")
    with database.session() as session:
        enrolment = session.scalars(select(Enrolment).where(Enrolment.person_id == old)).one()
        enrolment.status = EnrolmentStatus.ENROLLED
    _refused(database, [old], day, "still studying in group ПР-1")
    with database.session() as session:
        session.scalars(select(Enrolment).where(Enrolment.person_id == old)).one().status = EnrolmentStatus.COMPLETED
        partner = session.scalars(select(Agreement.partner_id)).first()
        if partner is None:
            from tests.factories import employer

            partner = employer(session).id
        agreement = Agreement(
            kind=AgreementKind.TARGET_TRAINING,
            number="17-ТД",
            year=2027,
            partner_id=partner,
            signed_on=date(2027, 6, 1),
            starts_on=date(2027, 6, 1),
            ends_on=date(2028, 5, 31),
        )
        session.add(agreement)
        session.flush()
        session.add(AgreementLearner(agreement_id=agreement.id, person_id=old))
    _refused(database, [old], day, "agreement No. 17-ТД")
    with database.session() as session:
        session.scalars(select(Agreement).where(Agreement.number == "17-ТД")).one().ends_on = date(2027, 12, 31)
        assert anonymise(session, [old], day) == 1
    _refused(database, [old], day, "already anonymised on 01.01.2028")


def test_an_anonymised_person_still_shows_in_lists_journey_registry_exports_and_the_access_report(
    database: Database, tmp_path: Path
) -> None:
    from cluster_desktop.services import access_report, certificate_registry, journey, list_export

    person_id = _graduated(database, date(2019, 6, 30), 1)
    key = certificate_files.installation_key(database)
    with database.session() as session:
        enrolment = session.scalars(select(Enrolment.id).where(Enrolment.person_id == person_id)).one()
        certificates.issue_certificate(session, enrolment, "kk", date(2019, 7, 1), key, COLLEGE_DETAILS)
        holder = session.get(Person, person_id)
        assert holder is not None
        old_iin = holder.iin
        anonymise(session, [person_id], LATER)
    with database.session() as session:
        found = learner_list.learner_page(session, LearnerFilter(text="обезличен"))
        assert [(r.id, r.full_name) for r in found] == [(person_id, f"{ANONYMISED_SURNAME} №{person_id}")]
        assert learner_list.learner_page(session, LearnerFilter(text="Қасымов")) == []
        assert journey.journey_of(session, person_id, LATER).steps  # the stages stay
        registry = certificate_registry.registry_page(session, certificate_registry.RegistryFilter(text="анонимделген"))
        assert len(registry) == 1 and registry[0].full_name.startswith(ANONYMISED_SURNAME)
        report = access_report.build_access_report(session, person_id, "ru", LATER)
        assert "Қасымов" not in repr(report) and old_iin[-4:] not in repr(report)
        with pytest.raises(UserError, match="•"):  # the old IIN finds nobody: nothing is held under it any more
            access_report.find_person(session, old_iin, LATER)
        assert list_export.export_list(session, list_export.learners_list(), tmp_path / "learners.csv") == 1
    written = (tmp_path / "learners.csv").read_text(encoding="utf-8-sig")
    assert ANONYMISED_SURNAME in written and "Қасымов" not in written and old_iin not in written


def test_stopping_part_way_anonymises_nobody(database: Database) -> None:
    old = _graduated(database, date(2019, 6, 30), 1, "Әлиев")
    before = records(database)
    steps: list[tuple[int, int]] = []

    def stop(done: int, total: int) -> None:
        steps.append((done, total))
        raise RuntimeError("cancelled")  # what Cancel does to the work: an exception out of the progress report

    with pytest.raises(RuntimeError), database.session() as session:
        anonymise(session, [old], LATER, on_step=stop)
    assert steps == [(1, 1)] and records(database) == before


def test_incidents_past_their_period_are_told_only_to_whoever_keeps_the_log(database: Database) -> None:
    from cluster_desktop.services.incidents import IncidentInput, record_incident, record_notification
    from cluster_desktop.services.retention import incidents_past_period

    with database.session() as session:
        old = record_incident(session, IncidentInput(date(2019, 3, 1), "Флешка жоғалды", 12), date(2019, 3, 2))
        record_notification(session, old.id, "Уәкілетті орган", date(2019, 3, 3), date(2019, 3, 3))
        record_incident(session, IncidentInput(date(2019, 4, 1), "Not yet notified: kept until it is", 3), date(2019, 4, 2))
        recent = record_incident(session, IncidentInput(date(2023, 5, 1), "Хат қате адреске жіберілді", 1), date(2023, 5, 2))
        record_notification(session, recent.id, "Уәкілетті орган", date(2023, 5, 3), date(2023, 5, 3))
        assert incidents_past_period(session, date(2024, 3, 1)) == []  # found 01.03.2019 + 5 years: kept through that day
        assert incidents_past_period(session, date(2024, 3, 2)) == [(old.id, date(2019, 3, 1))]
    database.actor = Actor("bolat", Role.REGISTRAR, "", "pc")
    with database.session() as session:
        assert incidents_past_period(session, date(2024, 3, 2)) is None


def test_an_anonymised_record_cannot_be_given_an_identity_again(database: Database) -> None:
    from cluster_desktop.services.learners import learner_input, update_learner

    old = _graduated(database, date(2019, 6, 30), 1, "Әлиев")
    with database.session() as session:
        person = session.get(Person, old)
        assert person is not None
        typed = learner_input(person)
        anonymise(session, [old], LATER)
    before = records(database)
    with database.session() as session, pytest.raises(UserError, match=r"anonymised on 01\.09\.2031"):
        update_learner(session, old, typed, LATER)
    assert records(database) == before


def test_a_registrar_anonymises_once_the_college_allows_it(database: Database) -> None:
    from cluster_desktop.permissions import Permission
    from cluster_desktop.services.privacy_roles import save_privacy_roles

    old = _graduated(database, date(2019, 6, 30), 1, "Әлиев")
    database.actor = Actor("bolat", Role.REGISTRAR, "", "pc")
    with database.session() as session, pytest.raises(PermissionDenied):
        anonymise(session, [old], LATER)
    database.actor = Actor("aigul", Role.ADMINISTRATOR, "", "pc")
    with database.session() as session:
        save_privacy_roles(session, {Permission.ANONYMISE: [Role.REGISTRAR]})
    database.actor = Actor("bolat", Role.REGISTRAR, "", "pc")
    with database.session() as session:
        assert anonymise(session, [old], LATER) == 1


@pytest.mark.parametrize(("language", "word", "other"), [("kk", "Анонимделген", "Обезличен"), ("ru", "Обезличен", "Анонимделген")])
def test_a_document_names_an_anonymised_person_in_its_own_language_only(
    database: Database, tmp_path: Path, language: str, word: str, other: str
) -> None:
    """Screens keep both words (a search in either finds the record); the registry book and the reports print one."""
    from openpyxl import load_workbook

    from cluster_desktop.documents.outcome_tables import cell_text

    person_id = _graduated(database, date(2019, 6, 30), 1)
    key = certificate_files.installation_key(database)
    with database.session() as session:
        enrolment = session.scalars(select(Enrolment.id).where(Enrolment.person_id == person_id)).one()
        certificates.issue_certificate(session, enrolment, "kk", date(2019, 7, 1), key, COLLEGE_DETAILS)
        anonymise(session, [person_id], LATER)
    with database.session() as session:
        names = [row[2] for row in certificate_files.registry_table(session, language)]
        certificate_files.write_registry_report(session, tmp_path / "registry.xlsx", language)
    assert names == [f"{word} №{person_id}"]
    sheet = load_workbook(tmp_path / "registry.xlsx").active
    assert sheet is not None
    cells = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)
    assert f"{word} №{person_id}" in cells and other not in cells
    assert cell_text(f"{ANONYMISED_SURNAME} №{person_id}", language) == f"{word} №{person_id}"
