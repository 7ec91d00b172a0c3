"""The placements list: counts, filters (kind, year, enterprise, status, text) and sorting, all in SQL.

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from datetime import date

import pytest

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_bin, make_iin
from cluster_desktop.models import (
    AgreementKind,
    ConsentGiver,
    OrganisationKind,
    PlacementKind,
    ProgrammeKind,
    Stage,
)
from cluster_desktop.services.agreements import AgreementInput, create_agreement
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.organisations import (
    OrganisationInput,
    create_organisation,
)
from cluster_desktop.services.placement_list import (
    PlacementFilter,
    PlacementSort,
    PlacementStatus,
    count_placements,
    placement_enterprises,
    placement_years,
    placements_page,
    status_of,
)
from cluster_desktop.services.placements import PlacementInput, create_placement
from cluster_desktop.services.programmes import (
    GroupInput,
    ProgrammeInput,
    create_group,
    create_programme,
    enrol,
)

TODAY = date(2026, 3, 10)
SURNAMES = ("Қасымов", "Әбілов", "Серіков", "Ахметов")


def fill(database: Database) -> dict[str, int]:
    """Four students; five placements: finished, current (open end), current, planned, and one spanning New Year."""
    with database.session() as s:
        ids = {
            "don": create_organisation(s, OrganisationInput(OrganisationKind.EMPLOYER, "Дон ТКБК", "Донской ГОК", make_bin(1995, 12, 4, 1))).id,
            "erg": create_organisation(s, OrganisationInput(OrganisationKind.TRAINING_CENTRE, "ERG оқу орталығы", "Учебный центр ERG")).id,
        }
        programme = create_programme(s, ProgrammeInput(
            ProgrammeKind.COLLEGE_SPECIALTY, "Жерасты қазу", "Подземная разработка", qualification_code="07240100", hours=5760,
        ))
        group = create_group(s, GroupInput(programme.id, "ПР-23-1", "kk", date(2023, 9, 1), date(2027, 6, 30)))
        for serial, surname in enumerate(SURNAMES, start=1):
            ids[surname] = create_learner(s, LearnerInput(
                iin=make_iin(date(2006, 4, serial), Sex.MALE, serial), surname=surname, given_name="Нұрлан", stage=Stage.COLLEGE,
                consent_given_by=ConsentGiver.SELF, consent_date=date(2023, 9, 1),
            )).id
            enrol(s, ids[surname], group.id, date(2023, 9, 1))
        ids["agreement"] = create_agreement(s, AgreementInput(
            AgreementKind.PRACTICE, "ПП-17", ids["don"], date(2024, 4, 1), date(2024, 4, 1), date(2027, 6, 30),
        )).id
        for name, person, enterprise, kind, start, end, mentor, agreement in (
            ("finished", "Қасымов", "don", PlacementKind.PRACTICE, date(2024, 5, 1), date(2024, 6, 15), "Петров А.", ids["agreement"]),
            ("open", "Әбілов", "erg", PlacementKind.DUAL, date(2025, 9, 1), None, "Жұмабаев Е.", None),
            ("current", "Серіков", "don", PlacementKind.PRACTICE, date(2026, 3, 1), date(2026, 3, 10), None, None),
            ("planned", "Ахметов", "don", PlacementKind.DUAL, date(2026, 5, 1), date(2026, 6, 30), "Петров А.", None),
            ("new_year", "Қасымов", "erg", PlacementKind.PRACTICE, date(2024, 12, 15), date(2025, 1, 20), None, None),
        ):
            ids[name] = create_placement(s, PlacementInput(ids[person], ids[enterprise], kind, start, end, agreement, mentor)).id
        return ids


def page(database: Database, flt: PlacementFilter, sort: PlacementSort = PlacementSort.STARTS_ON, descending: bool = False,
         offset: int = 0, limit: int = 200) -> list:
    with database.session() as s:
        total = count_placements(s, flt)
        rows = placements_page(s, flt, sort, descending, offset, limit, total)
        assert len(rows) == min(limit, max(0, total - offset))
        return rows


def ids_of(rows: list, ids: dict[str, int]) -> list[str]:
    names = {v: k for k, v in ids.items() if k in ("finished", "open", "current", "planned", "new_year")}
    return [names[r.id] for r in rows]


def test_rows_carry_what_the_list_shows(database: Database) -> None:
    ids = fill(database)
    rows = page(database, PlacementFilter(today=TODAY))
    assert ids_of(rows, ids) == ["finished", "new_year", "open", "current", "planned"]
    first = rows[0]
    assert (first.full_name, first.kind, first.enterprise("kk"), first.enterprise("ru")) == (
        "Қасымов Нұрлан", PlacementKind.PRACTICE, "Дон ТКБК", "Донской ГОК")
    assert (first.agreement, first.mentor, first.status) == ("ПП-17 / 2024", "Петров А.", PlacementStatus.FINISHED)
    assert first.iin == make_iin(date(2006, 4, 1), Sex.MALE, 1)
    assert rows[2].agreement == "" and rows[2].ends_on is None
    assert [r.status for r in rows] == [PlacementStatus.FINISHED, PlacementStatus.FINISHED, PlacementStatus.CURRENT,
                                        PlacementStatus.CURRENT, PlacementStatus.PLANNED]


def test_status_by_date() -> None:
    assert status_of(date(2026, 3, 11), None, TODAY) is PlacementStatus.PLANNED
    assert status_of(TODAY, TODAY, TODAY) is PlacementStatus.CURRENT  # the last day is still a day at the enterprise
    assert status_of(date(2026, 3, 1), date(2026, 3, 9), TODAY) is PlacementStatus.FINISHED
    assert status_of(date(2020, 1, 1), None, TODAY) is PlacementStatus.CURRENT


@pytest.mark.parametrize(("flt", "expected"), [
    (PlacementFilter(kind=PlacementKind.DUAL, today=TODAY), {"open", "planned"}),
    (PlacementFilter(status=PlacementStatus.CURRENT, today=TODAY), {"open", "current"}),
    (PlacementFilter(status=PlacementStatus.PLANNED, today=TODAY), {"planned"}),
    (PlacementFilter(status=PlacementStatus.FINISHED, today=TODAY), {"finished", "new_year"}),
    # A year holds the placements whose period touches it: across New Year, and an open end, count in both.
    (PlacementFilter(year=2024, today=TODAY), {"finished", "new_year"}),
    (PlacementFilter(year=2025, today=TODAY), {"new_year", "open"}),
    (PlacementFilter(year=2026, today=TODAY), {"open", "current", "planned"}),
    (PlacementFilter(year=2028, today=TODAY), {"open"}),
    (PlacementFilter(year=2023, today=TODAY), set()),
    (PlacementFilter(kind=PlacementKind.PRACTICE, year=2026, status=PlacementStatus.CURRENT, today=TODAY), {"current"}),
])
def test_filters(database: Database, flt: PlacementFilter, expected: set[str]) -> None:
    ids = fill(database)
    rows = page(database, flt)
    assert set(ids_of(rows, ids)) == expected
    with database.session() as s:
        assert count_placements(s, flt) == len(expected)


def test_enterprise_filter_and_the_choices_offered(database: Database) -> None:
    ids = fill(database)
    assert set(ids_of(page(database, PlacementFilter(enterprise_id=ids["erg"], today=TODAY)), ids)) == {"open", "new_year"}
    with database.session() as s:
        assert placement_years(s, TODAY) == [2026, 2025, 2024]
        assert placement_years(s, date(2028, 1, 5)) == [2028, 2027, 2026, 2025, 2024]  # the open end is still under way
        assert placement_enterprises(s, "kk") == [(ids["don"], "Дон ТКБК"), (ids["erg"], "ERG оқу орталығы")]
        assert placement_enterprises(s, "ru") == [(ids["don"], "Донской ГОК"), (ids["erg"], "Учебный центр ERG")]


@pytest.mark.parametrize(("text", "expected"), [
    ("қасым", {"finished", "new_year"}),  # Kazakh letters in any case, through the learner's folded key
    ("ӘБІЛОВ", {"open"}),
    ("донской", {"finished", "current", "planned"}),  # either name of the enterprise
    ("ERG", {"open", "new_year"}),
    ("петров", {"finished", "planned"}),  # the mentor
    ("пп-17", {"finished"}),  # the agreement's number
    ("060403", {"current"}),  # part of the IIN
    ("қасым донск", {"finished"}),  # every word must match
    ("100%", set()),  # LIKE wildcards are literal
    ("нұрлан", {"finished", "open", "current", "planned", "new_year"}),
])
def test_text_search(database: Database, text: str, expected: set[str]) -> None:
    ids = fill(database)
    assert set(ids_of(page(database, PlacementFilter(text=text, today=TODAY)), ids)) == expected


def test_sorting_in_sql_and_paging(database: Database) -> None:
    ids = fill(database)
    flt = PlacementFilter(today=TODAY, language="ru")
    by_name = page(database, flt, PlacementSort.LEARNER)
    # Kazakh alphabetical order: А, Ә (after А), Қ (after К), С.
    assert [r.surname for r in by_name] == ["Ахметов", "Әбілов", "Қасымов", "Қасымов", "Серіков"]
    assert ids_of(page(database, flt, PlacementSort.LEARNER, descending=True), ids)[0] == "current"
    assert ids_of(page(database, flt, PlacementSort.STATUS), ids) == ["open", "current", "planned", "finished", "new_year"]
    assert ids_of(page(database, flt, PlacementSort.ENDS_ON, descending=True), ids)[0] == "open"  # the open end last of all
    assert [r.enterprise_ru for r in page(database, flt, PlacementSort.ENTERPRISE)][:3] == ["Донской ГОК"] * 3
    assert [r.kind for r in page(database, flt, PlacementSort.KIND)][:3] == [PlacementKind.DUAL] * 2 + [PlacementKind.PRACTICE]
    assert [r.iin for r in page(database, flt, PlacementSort.IIN)] == sorted(r.iin for r in by_name)
    latest_first = page(database, flt, PlacementSort.STARTS_ON, descending=True)
    assert ids_of(latest_first, ids) == ["planned", "current", "open", "new_year", "finished"]
    assert page(database, flt, PlacementSort.STARTS_ON, True, offset=3, limit=2) == latest_first[3:]
