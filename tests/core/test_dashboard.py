"""The dashboard's figures: «—» for nothing, hand-counted on a small cluster, and the same as the printed report."""

from __future__ import annotations

from datetime import date

import pytest

from cluster_desktop.db import Database
from cluster_desktop.documents.outcome_tables import Share
from cluster_desktop.errors import UserError
from cluster_desktop.figures import format_ratio
from cluster_desktop.ids import Sex, make_bin, make_iin
from cluster_desktop.models import (
    ConsentGiver,
    EnrolmentStatus,
    GuidanceStage,
    OrganisationKind,
    ProgrammeKind,
    Stage,
)
from cluster_desktop.services import demand as D
from cluster_desktop.services import employment as E
from cluster_desktop.services import guidance_sessions as G
from cluster_desktop.services.dashboard import YEARS_SHOWN, dashboard_figures
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
)
from cluster_desktop.services.outcome_report import build_outcome_report
from cluster_desktop.services.outcomes import Rate
from cluster_desktop.services.programmes import (
    GroupInput,
    ProgrammeInput,
    create_group,
    create_programme,
    enrol,
    record_result,
)

TODAY = date(2026, 3, 10)


def small_cluster(database: Database) -> dict[str, int]:
    """Қасымов graduated in June 2025 (no job yet), Әбілов studies until 2028; one kindergarten session in 2025."""
    with database.session() as s:
        ids = {
            "employer": create_organisation(s, OrganisationInput(OrganisationKind.EMPLOYER, "Дон ТКБК", "Донской ГОК", make_bin(1995, 12, 4, 1))).id,
            "kindergarten": create_organisation(s, OrganisationInput(OrganisationKind.KINDERGARTEN, "Балдырған", "Балдырган")).id,
        }
        programme = create_programme(s, ProgrammeInput(
            ProgrammeKind.COLLEGE_SPECIALTY, "Жерасты қазу", "Подземная разработка", qualification_code="07240100", qualification_name_ru="Горный мастер", hours=5760,
        ))
        old = create_group(s, GroupInput(programme.id, "ПР-21-1", "kk", date(2021, 9, 1), date(2025, 6, 30)))
        new = create_group(s, GroupInput(programme.id, "ПР-24-1", "kk", date(2024, 9, 1), date(2028, 6, 30)))
        for serial, surname in enumerate(("Қасымов", "Әбілов"), start=1):
            ids[surname] = create_learner(s, LearnerInput(
                iin=make_iin(date(2005, 4, 1), Sex.MALE, serial), surname=surname, given_name="Нұрлан", stage=Stage.COLLEGE,
                consent_given_by=ConsentGiver.SELF, consent_date=date(2021, 9, 1),
            )).id
        graduated = enrol(s, ids["Қасымов"], old.id, date(2021, 9, 1))
        record_result(s, graduated.id, EnrolmentStatus.COMPLETED, date(2025, 6, 28), 82)
        enrol(s, ids["Әбілов"], new.id, date(2024, 9, 1))
        G.create_session(s, G.GuidanceSessionInput(
            held_on=date(2025, 2, 12), place_kk="«Балдырған» балабақшасы", place_ru=None, topic_kk="Кішкентай зертханашы", topic_ru=None, stage=GuidanceStage.PRESCHOOL,
            organiser_id=ids["kindergarten"], head_counts=(G.HeadCount("5–6 жас", 20),),
        ), today=TODAY)
        D.create_demand(s, D.DemandInput(ids["employer"], "07240100", "Горный мастер", 2025, 3))
        D.create_demand(s, D.DemandInput(ids["employer"], "07240100", "Горный мастер", 2028, 4))
        return ids


def test_an_empty_database_shows_dashes_and_does_not_fail(database: Database) -> None:
    with database.session() as s:
        f = dashboard_figures(s, 2026, None, "kk", TODAY)
    assert f.graduates == 0 and f.state_method
    for rate in (f.employed_6, f.employed_12, f.practice, f.retention_6, f.retention_12, f.demand_coverage):
        assert rate == Rate(0, 0) and rate.value is None and format_ratio(rate.value) == "—"
    assert f.by_year == () and f.by_specialty == () and f.unplaced == () and f.demand == ()
    assert [(s.stage, s.total, s.from_previous) for s in f.stages] == [
        ("preschool", 0, None), ("school", 0, None), ("college", 0, None), ("employment", 0, None)
    ]
    assert f.shortfall == 0 and f.last_year == 2029


def test_figures_counted_by_hand_and_after_an_employment(database: Database) -> None:
    ids = small_cluster(database)
    with database.session() as s:
        before = dashboard_figures(s, 2025, None, "kk", TODAY)
    # graduated 28.06.2025: the 6-month census (28.12.2025) is in the year, the 12-month one (28.06.2026) is not
    assert before.employed_6 == Rate(0, 1) and format_ratio(before.employed_6.value) == "0.0 %"  # unknown counts as not employed
    assert before.employed_12 == Rate(0, 0) and before.graduates == 1
    assert [g.full_name for g in before.unplaced] == ["Қасымов Нұрлан"]
    assert before.by_specialty == (("07240100 Жерасты қазу", Rate(0, 1)),)
    assert before.practice == Rate(0, 2)  # both studied during 2025, neither had a placement
    assert (before.stages[0].stage, before.stages[0].total, before.stages[0].counted) == ("preschool", 20, 20)
    # 2025: 3 requested, Қасымов completed → 1 expected; 2028: 4 requested, Әбілов × completion rate 1/1 → 1 expected
    [qualification] = before.demand
    assert (qualification.requested, qualification.expected, qualification.covered) == (7, 2, 2)
    assert before.demand_coverage == Rate(2, 7) and before.shortfall == 5 and before.requested == 7

    with database.session() as s:
        E.create_employment(s, E.EmploymentInput(ids["Қасымов"], ids["employer"], "Горнорабочий", date(2025, 8, 1)), today=TODAY)
    with database.session() as s:
        after = dashboard_figures(s, 2025, None, "ru", TODAY)
        spring = dashboard_figures(s, 2025, 2, "ru", TODAY)
        first_quarter = dashboard_figures(s, 2025, 1, "ru", TODAY)
        december = dashboard_figures(s, 2025, None, "ru", date(2025, 12, 1))
    assert after.employed_6 == Rate(1, 1) and format_ratio(after.employed_6.value) == "100.0 %"
    assert after.unplaced == () and after.by_specialty == (("07240100 Подземная разработка", Rate(1, 1)),)
    assert after.by_year == ((2025, Rate(1, 1)),)
    assert [(s.stage, s.total) for s in after.stages][-1] == ("employment", 1)
    assert spring.employed_6 == Rate(0, 0) and spring.graduates == 1  # graduated in June: no census reached by 30 June
    assert december.employed_6 == Rate(0, 0)  # as known on 1 December 2025: the census of 28 December is still to come
    assert first_quarter.employed_6 == Rate(0, 0) and first_quarter.by_year == ()  # not yet graduated by March


def test_the_rate_follows_the_definition(database: Database) -> None:
    """A graduate in the army is taken out of the graduates by the state method: nobody left to count."""
    from cluster_desktop.models import DestinationKind, EvidenceKind
    from cluster_desktop.services import destinations as DS

    ids = small_cluster(database)
    with database.session() as s:
        DS.record_destination(s, DS.DestinationInput(
            ids["Қасымов"], DestinationKind.MILITARY, date(2025, 9, 1), EvidenceKind.PHONE_CALL, date(2025, 9, 2),
        ), TODAY)
    with database.session() as s:
        f = dashboard_figures(s, 2025, None, "kk", TODAY)
    assert f.employed_6 == Rate(0, 0) and f.state_method and f.graduates == 1
    assert f.unplaced  # the raw list of graduates without a job record still names him

def test_a_bad_period_is_refused(database: Database) -> None:
    with database.session() as s:
        for year, quarter in ((1999, None), (2101, None), (2025, 0), (2025, 5)):
            with pytest.raises(UserError, match="from 2000 to 2100 and a quarter from 1 to 4"):
                dashboard_figures(s, year, quarter, "kk")


def test_the_dashboard_says_what_the_report_says(database: Database) -> None:
    from cluster_desktop.demo import fill_demo_data

    with database.session() as s:
        fill_demo_data(s, learners=160, today=date(2026, 10, 1))
    for year, quarter, language in ((2026, None, "ru"), (2026, 3, "kk"), (2025, None, "kk")):
        with database.session() as s:
            f = dashboard_figures(s, year, quarter, language, date(2026, 10, 1))
            report = build_outcome_report(s, year, quarter, language, date(2026, 10, 1))
        kpis = [str(value) for _label, value in report.kpis]
        tables = {t.key: t.rows for t in report.tables}
        for months, (_label, share) in zip((6, 12), report.kpis[:2], strict=True):  # the one rate, by the definition
            rate = f.employed_6 if months == 6 else f.employed_12
            assert (share.count, share.total) == (rate.count, rate.total) if isinstance(share, Share) else rate.total == 0
        assert kpis[2:5] == [str(f.retention_6), str(f.retention_12), str(f.practice)]
        assert kpis[5] == str(len(f.unplaced)) and kpis[6] == str(f.requested) and kpis[8] == str(f.shortfall)
        assert sum(row[1] for row in tables["employment_year"]) == f.graduates  # raw counts: graduates by the period's end
        assert [row[0] for row in tables["employment_year"]][-YEARS_SHOWN:] == [y for y, _rate in f.by_year]
        assert [row[1] for row in tables["unplaced"]] == [g.full_name for g in f.unplaced]
        assert [(row[1], row[2]) for row in tables["conversion"]] == [(s.total, s.counted) for s in f.stages]
        forecast = sum(row[5] for row in tables["forecast"] if isinstance(row[5], int))
        assert kpis[7] == str(forecast) == str(sum(q.expected or 0 for q in f.demand))
    assert f.graduates and any(rate.total for _year, rate in f.by_year)  # the demo has graduates to show
