"""The placement dialog's plain data: stored values, the learner's name, the enterprises and agreements offered."""

from __future__ import annotations

from datetime import date

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import Organisation, OrganisationKind, PlacementKind
from cluster_desktop.services.placement_form import placement_form
from cluster_desktop.services.placements import PlacementInput
from tests.core.test_placement_list import fill
from tests.narrowing import present


def test_a_new_placement_offers_the_enterprises_and_their_agreements(database: Database) -> None:
    ids = fill(database)
    with database.session() as s:
        form = placement_form(s, None, "ru")
    assert form.placement is None and form.learner == ""
    assert sorted(form.enterprises) == sorted([(ids["don"], "Донской ГОК"), (ids["erg"], "Учебный центр ERG")])
    assert [a.id for a in form.agreements[ids["don"]]] == [ids["agreement"]]


def test_a_stored_placement_comes_as_plain_values_with_its_enterprise_even_if_no_longer_one(database: Database) -> None:
    ids = fill(database)
    with database.session() as s:
        present(s.get(Organisation, ids["erg"])).kind = OrganisationKind.SCHOOL  # no longer offered for new placements
    with database.session() as s:
        form = placement_form(s, ids["open"], "kk")
    assert form.placement == PlacementInput(ids["Әбілов"], ids["erg"], PlacementKind.DUAL, date(2025, 9, 1), None, None, "Жұмабаев Е.")
    assert form.learner == f"Әбілов Нұрлан — {make_iin(date(2006, 4, 2), Sex.MALE, 2)}"
    assert (ids["erg"], "ERG оқу орталығы") in form.enterprises and (ids["don"], "Дон ТКБК") in form.enterprises
