"""The Demand page's list (filter and sort in SQL) and its forecast per qualification and year."""

from __future__ import annotations

from datetime import date

from cluster_desktop.db import Database
from cluster_desktop.models import EnrolmentStatus, ProgrammeKind
from cluster_desktop.services import demand as D
from cluster_desktop.services.demand_forecast import demand_forecast, forecast_years
from cluster_desktop.services.demand_list import (
    DemandFilter,
    DemandSort,
    count_demand,
    demand_page,
    demand_years,
)
from cluster_desktop.services.programmes import GroupInput, ProgrammeInput, create_group, enrol, record_result
from tests import factories

TODAY = date(2026, 3, 10)


def setup(database: Database) -> dict[str, int]:
    """Two employers; a mining specialty with one graduate (of two finished) and two students graduating in 2028."""
    with database.session() as s:
        ids = {"donskoy": factories.employer(s).id, "kazchrome": factories.employer(s, "Қазхром", "Казхром", serial=2).id}
        programme, old = factories.programme_with_group(s)  # the mining specialty, ПР-21-1
        new = create_group(s, GroupInput(programme.id, "ПР-24-1", "kk", date(2024, 9, 1), date(2028, 6, 30)))
        people = [
            factories.learner(s, surname, serial=serial, consent_date=date(2021, 9, 1))
            for serial, surname in enumerate(("Қасымов", "Әбілов", "Серіков", "Омаров"), start=1)
        ]
        factories.graduate(s, people[0], old, finished_on=date(2025, 6, 28), percent=82)
        record_result(s, enrol(s, people[1].id, old.id, date(2021, 9, 1)).id, EnrolmentStatus.WITHDRAWN, date(2022, 6, 28), None)
        enrol(s, people[2].id, new.id, date(2024, 9, 1))
        enrol(s, people[3].id, new.id, date(2024, 9, 1))
        for employer, code, name, year, people_asked in (
            ("donskoy", "07240100", "Горный мастер", 2028, 3),
            ("kazchrome", "07240100", "Горный мастер", 2028, 2),
            ("kazchrome", "07130200", "Электромонтёр", 2027, 4),
            ("donskoy", "07130200", "Электромонтёр", 2026, 1),
        ):
            D.create_demand(s, D.DemandInput(ids[employer], code, name, year, people_asked))
        return ids


def test_the_list_filters_and_sorts_in_sql(database: Database) -> None:
    setup(database)
    with database.session() as s:
        assert count_demand(s) == 4
        assert demand_years(s) == [2026, 2027, 2028]
        rows = demand_page(s, DemandFilter(language="ru"), DemandSort.YEAR)
        assert [(r.year, r.qualification_code) for r in rows] == [(2026, "07130200"), (2027, "07130200"), (2028, "07240100"), (2028, "07240100")]
        assert [r.employer("ru") for r in rows[2:]] == ["Донской ГОК", "Казхром"]
        by_people = demand_page(s, DemandFilter(), DemandSort.PEOPLE, descending=True)
        assert [r.people for r in by_people] == [4, 3, 2, 1]
        assert count_demand(s, DemandFilter(year=2028)) == 2
        assert [r.qualification for r in demand_page(s, DemandFilter(year=2027))] == ["07130200 Электрмен жабдықтау (салалар бойынша)"]  # the catalogue names a code no programme teaches
        # Stored in Russian, shown in the screen's language where the specialty has its qualification in it.
        assert {r.qualification for r in demand_page(s, DemandFilter(language="kk", year=2028))} == {"07240100 Кен шебері"}
        assert {r.qualification for r in demand_page(s, DemandFilter(language="en", year=2028))} == {"07240100 Mining Foreman"}
        assert count_demand(s, DemandFilter(text="казхром")) == 2  # a Russian name typed in lower case
        assert count_demand(s, DemandFilter(text="0713")) == 2  # the start of a qualification code
        assert count_demand(s, DemandFilter(text="горный", year=2026)) == 0
        assert demand_page(s, DemandFilter(), DemandSort.EMPLOYER, offset=3, limit=10)[0].people in (1, 2, 3, 4)
        assert count_demand(s, DemandFilter(text="100%")) == 0  # LIKE wildcards are literal


def test_the_forecast_per_qualification_and_year(database: Database) -> None:
    ids = setup(database)
    with database.session() as s:
        D.create_demand(s, D.DemandInput(ids["donskoy"], "07240100", "Горный мастер", 2029, 6))
        lines = {(line.qualification, line.year): line for line in demand_forecast(s, "ru", today=TODAY)}
        mining = lines[("07240100", 2028)]
        # two study, one of two finished enrolments completed: 2 × 0.5 = 1 expected against 3 + 2 requested
        assert (mining.requested, mining.studying, mining.expected, mining.balance) == (5, 2, 1, -4)
        assert mining.coverage == 0.2 and mining.employers == ("Донской ГОК", "Казхром")
        assert mining.label == "07240100 Подземная разработка"  # the specialty's own name, in Russian here
        electric = lines[("07130200", 2027)]  # taught nowhere: nothing in the pipeline, named by the catalogue
        assert (electric.expected, electric.balance, electric.label) == (0, -4, "07130200 Электроснабжение (по отраслям)")
        assert electric.completion_rate is None  # no history of its own: the college's rate would mislead
        later = lines[("07240100", 2029)]  # nobody graduates then yet; the qualification's rate is still shown
        assert (later.studying, later.expected, later.balance, later.completion_rate) == (0, 0, -6, 0.5)
        assert ("07240100", 2025) not in lines  # before this year, with no request
        only = demand_forecast(s, "kk", year=2028, today=TODAY)
        assert [(line.qualification, line.year) for line in only] == [("07240100", 2028)]
        assert forecast_years(s, None, TODAY) == range(2026, 2030)
        D.create_demand(s, D.DemandInput(ids["donskoy"], "07240100", "Горный мастер", 2031, 1))
        assert forecast_years(s, None, TODAY) == range(2026, 2032)
        assert forecast_years(s, None, date(2029, 1, 1)) == range(2026, 2033)


def test_the_forecast_says_dash_without_requests_or_history(database: Database) -> None:
    with database.session() as s:
        assert demand_forecast(s, "kk", today=TODAY) == []
        _programme, group = factories.programme_with_group(
            s, "М-25-1", language="ru", starts_on=date(2025, 9, 1), ends_on=date(2027, 6, 30), programme=ProgrammeInput(
                ProgrammeKind.COLLEGE_SPECIALTY, "Металлургия", "Металлургия", qualification_code="07150100", qualification_name_ru="Металлург", hours=4000,
            ),
        )
        person = factories.learner(s, "Ахметова", "Айгерім", serial=7, born=date(2007, 4, 1), consent_date=date(2025, 9, 1))
        enrol(s, person.id, group.id, date(2025, 9, 1))
        [line] = demand_forecast(s, "kk", today=TODAY)
        # one student, no finished enrolment anywhere: no rate to forecast with, and nothing requested
        assert (line.year, line.requested, line.studying, line.expected, line.balance, line.coverage) == (2027, 0, 1, None, None, None)
