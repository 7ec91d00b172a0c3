"""Graduates' destinations (issue 17): on a day, at the census dates, the follow-up windows, the definition of
«employed», and the report's figures equal to its annex rows.

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cluster_desktop.db import Database
from cluster_desktop.documents.outcome_tables import cell_text
from cluster_desktop.errors import UserError, ValidationError
from cluster_desktop.models import Destination, DestinationKind, EvidenceKind, FollowUp, OrganisationKind
from cluster_desktop.services import destinations as D
from cluster_desktop.services import employment as E
from cluster_desktop.services.destination_report import ON_DAY, build_destination_report, destination_figures
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from tests import factories as F
from tests.factories import count

K = DestinationKind
GRADUATED = date(2026, 6, 30)
TODAY = date(2027, 7, 15)  # both census dates (30.12.2026 and 30.06.2027) are due


def setup(database: Database) -> dict[str, int]:
    """Five graduates of 2026: a job in the specialty, a job outside it, MGTU, the army, and nothing known."""
    with database.session() as s:
        _programme, group = F.programme_with_group(s, "ГР-22-1", starts_on=date(2022, 9, 1), ends_on=GRADUATED)
        ids = {"employer": F.employer(s).id}
        ids["mgtu"] = create_organisation(
            s,
            OrganisationInput(
                OrganisationKind.UNIVERSITY,
                "Г. И. Носов атындағы МГТУ",
                "МГТУ им. Г. И. Носова",
            ),
        ).id
        for serial, surname in enumerate(("Қасымов", "Әбілов", "Серікова", "Жұмабаев", "Ахметов"), start=1):
            person = F.learner(s, surname, serial=serial)
            F.graduate(s, person, group)
            ids[surname] = person.id
        in_specialty = E.create_employment(
            s,
            E.EmploymentInput(
                ids["Қасымов"],
                ids["employer"],
                "Горный мастер",
                date(2026, 8, 1),
                in_specialty=True,
                evidence_kind=EvidenceKind.EMPLOYMENT_ORDER,
                evidence_number="45-к",
                evidence_date=date(2026, 8, 1),
            ), today=TODAY
        )
        ids["job"] = in_specialty.id
        outside = E.create_employment(s, E.EmploymentInput(ids["Әбілов"], ids["employer"], "Водитель", date(2026, 9, 1)), today=TODAY)
        ids["outside"] = outside.id
        study = D.record_destination(
            s,
            D.DestinationInput(
                ids["Серікова"],
                K.FURTHER_STUDY,
                date(2026, 9, 1),
                EvidenceKind.ENROLMENT_LETTER,
                date(2026, 9, 5),
                "118",
                organisation_id=ids["mgtu"],
            ),
            TODAY,
        )
        assert study.recorded_by == "tester"  # the logged-in account
        D.record_destination(
            s,
            D.DestinationInput(
                ids["Жұмабаев"],
                K.MILITARY,
                date(2026, 11, 20),
                EvidenceKind.PHONE_CALL,
                date(2026, 12, 1),
            ),
            TODAY,
        )
    return ids


def test_destination_on_a_day_and_at_the_census_dates(database: Database) -> None:
    ids = setup(database)
    with database.session() as s:
        assert D.destination_on_day(s, ids["Қасымов"], date(2026, 7, 31), "ru") is None  # before the job: unknown
        at = D.destination_on_day(s, ids["Қасымов"], date(2026, 8, 1), "ru")
        assert at is not None and at.kind is K.EMPLOYED_IN_SPECIALTY and at.place == "Донской ГОК"
        assert at.evidence_number == "45-к" and at.recorded_by == "tester"
        at = D.destination_on_day(s, ids["Серікова"], date(2027, 1, 1), "kk")
        assert at is not None and at.kind is K.FURTHER_STUDY and at.place == "Г. И. Носов атындағы МГТУ"
        # A 6-month follow-up that found Әбілов gone ends the job the day before it.
        E.record_follow_up(s, ids["outside"], E.FollowUpInput(6, date(2027, 1, 10), False), TODAY)
        assert D.destination_on_day(s, ids["Әбілов"], date(2027, 1, 9), "ru").kind is K.EMPLOYED_OUTSIDE  # type: ignore[union-attr]
        assert D.destination_on_day(s, ids["Әбілов"], date(2027, 1, 10), "ru") is None
        figures = destination_figures(s, 2026, "ru", TODAY)
    at_6 = {r.full_name.split()[0]: r.at_6.kind for r in figures.rows}
    at_12 = {r.full_name.split()[0]: r.at_12.kind for r in figures.rows}
    assert at_6 == {
        "Қасымов": K.EMPLOYED_IN_SPECIALTY,
        "Әбілов": K.EMPLOYED_OUTSIDE,
        "Серікова": K.FURTHER_STUDY,
        "Жұмабаев": K.MILITARY,
        "Ахметов": K.UNKNOWN,
    }
    assert at_12["Әбілов"] is K.UNKNOWN and at_12["Жұмабаев"] is K.MILITARY
    assert {r.at_6.day for r in figures.rows} == {date(2026, 12, 30)}
    assert {r.at_12.day for r in figures.rows} == {date(2027, 6, 30)}


def test_a_census_date_still_to_come_is_not_counted(database: Database) -> None:
    setup(database)
    with database.session() as s:
        figures = destination_figures(s, 2026, "ru", date(2027, 1, 5))
    assert all(r.at_6.due and not r.at_12.due and r.at_12.kind is None for r in figures.rows)
    assert figures.employed[12].total == 0 and figures.employed[12].value is None
    assert figures.employed[6].total == 3  # 5 graduates, less MGTU and the army (the state method)


def test_the_rate_equals_the_annex_rows_under_each_definition(database: Database) -> None:
    setup(database)
    with database.session() as s:
        assert D.employment_definition(s) == D.STATE_METHOD
        report = build_destination_report(s, 2026, "ru", TODAY)
        figures = destination_figures(s, 2026, "ru", TODAY)
    annex = next(t for t in report.tables if t.key == "destination_annex")
    assert len(annex.rows) == 5
    assert all(row[2].endswith(row[2][-4:]) and "•" in row[2] for row in annex.rows)  # the IIN is masked
    employed = [r for r in annex.rows if r[5].startswith(("Работает по специальности", "Работает не по специальности"))]
    away = [r for r in annex.rows if r[5].startswith(("Продолжает обучение", "Служба в армии"))]
    assert figures.employed[6].count == len(employed) == 2
    assert figures.employed[6].total == len(annex.rows) - len(away) == 3
    kpis = dict(report.kpis)
    assert cell_text(kpis["Трудоустроены через 6 месяцев после выпуска"], "ru") == "2 / 3 (66,7\u00a0%)"
    assert report.definitions[0].startswith("Определение трудоустройства: государственная методика")
    evidence = {row[1].split()[0]: row[6] for row in annex.rows}
    assert evidence["Қасымов"] == "приказ о приёме на работу № 45-к от 01.08.2026"
    assert evidence["Жұмабаев"] == "телефонный звонок от 01.12.2026"
    assert evidence["Әбілов"] == "подтверждение не внесено"

    further_study_counts = D.EmploymentDefinition(
        frozenset((K.EMPLOYED_IN_SPECIALTY, K.EMPLOYED_OUTSIDE, K.SELF_EMPLOYED, K.FURTHER_STUDY)),
        frozenset((K.MILITARY,)),
    )
    with database.session() as s:
        D.save_employment_definition(s, further_study_counts)
    with database.session() as s:
        assert D.employment_definition(s) == further_study_counts
        figures = destination_figures(s, 2026, "ru", TODAY)
        report = build_destination_report(s, 2026, "kk", TODAY)
    assert (figures.employed[6].count, figures.employed[6].total) == (3, 4)
    assert report.definitions[0].startswith("Жұмысқа орналасу анықтамасы: колледж")
    with database.session() as s, pytest.raises(UserError, match="not both"):
        D.save_employment_definition(s, D.EmploymentDefinition(frozenset((K.MILITARY,)), frozenset((K.MILITARY,))))


def test_no_graduates_show_a_dash(database: Database) -> None:
    setup(database)
    with database.session() as s:
        report = build_destination_report(s, 2031, "ru", TODAY)
    values = dict(report.kpis)
    assert values["Выпускники 2031 года"] == 0
    assert all(v is None for label, v in report.kpis[1:])
    assert all(not t.rows and t.empty_text == "Выпускников 2031 года нет." for t in report.tables)


def test_bad_destinations_are_refused_whole(database: Database) -> None:
    ids = setup(database)
    good = D.DestinationInput(ids["Ахметов"], K.CHILDCARE, date(2026, 10, 1), EvidenceKind.EMPLOYER_LETTER, date(2026, 10, 2), "7")
    cases = [
        (replace(good, starts_on=date(2026, 6, 1)), {"starts_on"}, r"starts \(01.06.2026\) before .* graduates \(30.06.2026\)"),
        (replace(good, starts_on=date(2027, 8, 1), evidence_date=date(2027, 8, 1)), {"starts_on", "evidence_date"}, "in the future"),
        (replace(good, kind=K.EMPLOYED_IN_SPECIALTY), {"kind"}, "recorded as a job"),
        (replace(good, kind=K.FURTHER_STUDY), {"organisation_id"}, "needs the university"),
        (replace(good, kind=K.FURTHER_STUDY, organisation_id=ids["employer"]), {"organisation_id"}, "not a university"),
        (replace(good, evidence_number=" "), {"evidence_number"}, "only a phone call"),
        (replace(good, ends_on=date(2026, 9, 1)), {"ends_on"}, "is before"),
    ]
    for data, wrong, message in cases:
        with database.session() as s, pytest.raises(ValidationError, match=message) as error:
            D.record_destination(s, data, TODAY)
        assert {p.field for p in error.value.problems} == wrong, data
    assert count(database, Destination) == 2  # only setup's


def test_follow_ups_only_in_their_window_and_never_in_the_future(database: Database) -> None:
    ids = setup(database)
    job = ids["job"]
    refused = [
        (
            E.FollowUpInput(12, date(2026, 9, 1), True, works_at="Донской ГОК"),
            "11 to 14 months after graduation",
        ),  # 17 days after the start
        (E.FollowUpInput(6, date(2026, 11, 29), True, works_at="Донской ГОК"), r"from 30.11.2026 to 28.02.2027"),
        (E.FollowUpInput(6, date(2027, 3, 1), True, works_at="Донской ГОК"), "5 to 8 months"),
        (E.FollowUpInput(12, date(2027, 8, 1), True, works_at="Донской ГОК"), "in the future"),
    ]
    for data, message in refused:
        with database.session() as s, pytest.raises(ValidationError, match=message) as error:
            E.record_follow_up(s, job, data, TODAY)
        assert [p.field for p in error.value.problems] == ["checked_on"]
    assert count(database, FollowUp) == 0
    with database.session() as s:
        E.record_follow_up(s, job, E.FollowUpInput(6, date(2026, 11, 30), True, organisation_id=ids["employer"]), TODAY)
        E.record_follow_up(s, job, E.FollowUpInput(12, date(2027, 6, 30), True, organisation_id=ids["employer"]), TODAY)
    assert count(database, FollowUp) == 2
    with database.session() as s:
        report = build_destination_report(s, 2026, "ru", TODAY)
    annex = next(t for t in report.tables if t.key == "destination_annex")
    row = next(r for r in annex.rows if r[1].startswith("Қасымов"))
    assert row[9] == "6 мес., 30.11.2026: работает; 12 мес., 30.06.2027: работает"


def test_add_months_keeps_the_month_end() -> None:
    assert D.add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert D.add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert D.add_months(date(2026, 6, 30), 12) == date(2027, 6, 30)


def test_demo_graduates_go_everywhere_with_evidence(database: Database) -> None:
    from cluster_desktop.demo import fill_demo_data

    with database.session() as s:
        fill_demo_data(s, today=date(2026, 12, 4))
    with database.session() as s:
        figures = destination_figures(s, 2026, "ru", TODAY)
    kinds = {r.at_6.kind for r in figures.rows}
    assert {K.EMPLOYED_IN_SPECIALTY, K.EMPLOYED_OUTSIDE, K.FURTHER_STUDY, K.MILITARY, K.CHILDCARE, K.UNKNOWN} <= kinds
    study = next(r.at_6.span for r in figures.rows if r.at_6.kind is K.FURTHER_STUDY)
    assert study is not None and "Носова" in study.place and study.evidence_kind is EvidenceKind.ENROLMENT_LETTER
    assert all(r.at_6.span.evidence_date for r in figures.rows if r.at_6.span is not None)  # every known destination has evidence


def test_before_the_census_dates_the_report_says_where_graduates_are_on_its_day(database: Database) -> None:
    """On 4 December 2026 neither census date of the June 2026 graduates has come; the report's own day has."""
    setup(database)
    day = date(2026, 12, 4)
    with database.session() as s:
        figures = destination_figures(s, 2026, "ru", day)
        report = build_destination_report(s, 2026, "ru", day)
    assert all(not r.at_6.due for r in figures.rows)
    assert figures.employed[6].value is None
    on_day = figures.employed[ON_DAY]
    assert (on_day.count, on_day.total) == (2, 3)  # two jobs; MGTU and the army out of the graduates; one unknown
    kpis = dict(report.kpis)
    assert cell_text(kpis["Трудоустроены на 04.12.2026 (по определению ниже)"], "ru") == "2 / 3 (66,7\u00a0%)"
    table = next(t for t in report.tables if t.key == "destination_on_day")
    assert table.title == "Где выпускники на дату отчёта" and all(len(row) == len(table.columns) for row in table.rows)
    now = {row[1].split()[0]: row[2] for row in table.rows}
    assert now["Қасымов"].startswith("Работает по специальности") and now["Ахметов"] == "Нет сведений"
    assert now["Серікова"].startswith("Продолжает обучение")
