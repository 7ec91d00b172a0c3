"""The partner register: BIN rules, edit, delete refused while agreements name the partner, the lazy list.

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cluster_desktop.db import Database
from cluster_desktop.errors import NotFoundError, ValidationError
from cluster_desktop.ids import make_bin
from cluster_desktop.models import AgreementKind, OrganisationKind
from cluster_desktop.services.agreements import AgreementInput, create_agreement
from cluster_desktop.services.organisations import (
    HAS_AGREEMENTS,
    OrganisationFilter,
    OrganisationInput,
    OrganisationSort,
    count_organisations,
    create_organisation,
    delete_organisation,
    get_organisation,
    list_organisations,
    organisation_page,
    update_organisation,
)

DONSKOY_BIN = make_bin(1995, 12, 4, 1546)
DONSKOY = OrganisationInput(
    kind=OrganisationKind.EMPLOYER, name_kk="Дон тау-кен байыту комбинаты", name_ru="Донской ГОК",
    bin=DONSKOY_BIN, address_kk="Хромтау қ.", contact_person="Смағұлова Әсел", phone="+7 71336 2 11 11",
    email="hr@donskoy.kz",
)
SCHOOL = OrganisationInput(kind=OrganisationKind.SCHOOL, name_kk="Әбай атындағы №3 мектеп", name_ru="Школа №3 имени Абая")
UNIVERSITY = OrganisationInput(kind=OrganisationKind.UNIVERSITY, name_kk="Носов атындағы МГТУ", name_ru="МГТУ им. Носова")


def test_create_cleans_and_validates_bin(database: Database) -> None:
    with database.session() as session:
        org = create_organisation(session, replace(DONSKOY, name_ru="  Донской   ГОК ", bin=" " + DONSKOY_BIN + " "))
        assert org.name_ru == "Донской ГОК" and org.bin == DONSKOY.bin
    bad = DONSKOY_BIN[:-1] + str((int(DONSKOY_BIN[-1]) + 1) % 10)
    with database.session() as session:
        with pytest.raises(ValidationError) as caught:
            create_organisation(session, replace(SCHOOL, bin=bad))
        assert [p.field for p in caught.value.problems] == ["bin"]
        with pytest.raises(ValidationError) as caught:
            create_organisation(session, replace(SCHOOL, bin=DONSKOY.bin))
        assert "Донской ГОК" in caught.value.message
        with pytest.raises(ValidationError) as caught:
            create_organisation(session, replace(SCHOOL, name_kk=" ", email="not-mail", phone="abc"))
        assert {p.field for p in caught.value.problems} == {"name_kk", "email", "phone"}


def test_update_keeps_own_bin_and_delete(database: Database) -> None:
    with database.session() as session:
        org_id = create_organisation(session, DONSKOY).id
    with database.session() as session:
        update_organisation(session, org_id, replace(DONSKOY, phone="+7 701 000 00 00"))
    with database.session() as session:
        assert get_organisation(session, org_id).phone == "+7 701 000 00 00"
        delete_organisation(session, org_id)
    with database.session() as session, pytest.raises(NotFoundError):
        get_organisation(session, org_id)


def test_delete_refused_while_agreements_name_the_partner(database: Database) -> None:
    with database.session() as session:
        org_id = create_organisation(session, DONSKOY).id
        create_agreement(session, AgreementInput(AgreementKind.MEMORANDUM, "М-1", org_id, date(2025, 3, 1), date(2025, 3, 1)))
    with database.session() as session, pytest.raises(ValidationError) as caught:
        delete_organisation(session, org_id)
    assert caught.value.problems[0].template == HAS_AGREEMENTS
    assert "1 agreement" in caught.value.message
    with database.session() as session:
        assert get_organisation(session, org_id) is not None


def test_list_filters_by_kind_and_words_in_kazakh_order(database: Database) -> None:
    with database.session() as session:
        for data in (DONSKOY, SCHOOL, UNIVERSITY):
            create_organisation(session, data)
    with database.session() as session:
        assert count_organisations(session) == 3
        names = [r.name_kk for r in organisation_page(session, OrganisationFilter(language="kk"))]
        assert names == ["Әбай атындағы №3 мектеп", "Дон тау-кен байыту комбинаты", "Носов атындағы МГТУ"]
        assert count_organisations(session, OrganisationFilter(kind=OrganisationKind.SCHOOL)) == 1
        # Lower-case Cyrillic finds capitalised names on SQLite as on PostgreSQL.
        found = organisation_page(session, OrganisationFilter(text="донской"))
        assert [r.name_ru for r in found] == ["Донской ГОК"]
        assert count_organisations(session, OrganisationFilter(text="абая")) == 1
        assert count_organisations(session, OrganisationFilter(text=DONSKOY_BIN[:6])) == 1
        by_kind = organisation_page(session, OrganisationFilter(), OrganisationSort.KIND)
        assert [r.kind for r in by_kind] == [OrganisationKind.EMPLOYER, OrganisationKind.UNIVERSITY, OrganisationKind.SCHOOL]
        assert [o.name_ru for o in list_organisations(session, (OrganisationKind.UNIVERSITY,))] == ["МГТУ им. Носова"]
        assert [o.name_ru for o in list_organisations(session, text="носов")] == ["МГТУ им. Носова"]
