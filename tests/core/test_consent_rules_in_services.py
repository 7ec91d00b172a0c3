"""Every use of a learner's data that a purpose of consent governs is refused in the service without it.

For each purpose and each use: allowed with the purpose, refused without it, after its
withdrawal and after the consent's term ran out, and nothing changed by a refusal.
Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import Update, func, select, update

from cluster_desktop.db import Database
from cluster_desktop.errors import UserError, ValidationError
from cluster_desktop.ids import make_bin
from cluster_desktop.models import (
    Agreement,
    AgreementKind,
    Certificate,
    Consent,
    ConsentPurpose,
    ConsentPurposeGrant,
    ConsentTerm,
    Enrolment,
    GuidanceSession,
    GuidanceStage,
    OrganisationKind,
    Person,
    Placement,
    PlacementKind,
    Stage,
    StageRecord,
)
from cluster_desktop.services import agreements as A
from cluster_desktop.services.agreement_documents import write_agreement_pdf
from cluster_desktop.services.certificate_files import issue_to_folder
from cluster_desktop.services.certificates import find_by_number, issue_duplicate
from cluster_desktop.services.consent_rules import ConsentMissing, partner_purpose
from cluster_desktop.services.guidance_sessions import NOT_NAMED, GuidanceSessionInput, HeadCount, create_session, update_session
from cluster_desktop.services.learners import move_to_stage
from cluster_desktop.services.organisations import BAD_COUNTRY, OrganisationInput, check_organisation, create_organisation
from cluster_desktop.services.partner_export import learners_for_partner, partner_learner_ids
from cluster_desktop.services.placements import PlacementInput, create_placement, update_placement
from cluster_desktop.services.programmes import enrol
from cluster_desktop.signing import InstallationKey
from tests import factories as F
from tests.core.test_certificates import COLLEGE, ISSUED, counter, issue, key, make_cluster

__all__ = ["key"]  # the fixture, used by name

STANDARD = (ConsentPurpose.EDUCATION, ConsentPurpose.JOURNEY, ConsentPurpose.PARTNERS)
SIGNED = date(2025, 9, 1)
BEFORE = date(2025, 8, 31)


def _grants(person_id: int, purpose: ConsentPurpose) -> Update:
    return (
        update(ConsentPurposeGrant)
        .where(ConsentPurposeGrant.purpose == purpose)
        .where(ConsentPurposeGrant.consent_id.in_(select(Consent.id).where(Consent.person_id == person_id)))
    )


def withdraw(database: Database, person_id: int, purpose: ConsentPurpose, on: date) -> None:
    with database.session() as session:
        session.execute(_grants(person_id, purpose).values(withdrawn_on=on))


def run_out(database: Database, person_id: int, until: date) -> None:
    """The learner's consents were signed until ``until`` (a date term), which has passed by the action's day."""
    with database.session() as session:
        session.execute(update(Consent).where(Consent.person_id == person_id).values(term=ConsentTerm.UNTIL_DATE, valid_until=until))


def rows(database: Database, model: type) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def learners(database: Database, count: int, purposes: tuple[ConsentPurpose, ...] = STANDARD, first: int = 1) -> list[int]:
    with database.session() as session:
        return [F.learner(session, "Ахметов", f"Ерлан{chr(0x430 + n)}", serial=first + n, purposes=purposes).id for n in range(count)]


def partner(database: Database, country: str = "KZ", serial: int = 7) -> int:
    with database.session() as session:
        return create_organisation(
            session,
            OrganisationInput(
                OrganisationKind.EMPLOYER,
                "Кен орны",
                "Рудник",
                make_bin(1995, 12, 4, serial),
                country=country,
            ),
        ).id


def dual(partner_id: int, people: list[int], **changes: object) -> A.AgreementInput:
    data = A.AgreementInput(
        kind=AgreementKind.DUAL_EDUCATION,
        number="ДО-7",
        partner_id=partner_id,
        signed_on=SIGNED,
        starts_on=SIGNED,
        ends_on=date(2026, 6, 30),
        learners=tuple(A.AttachedLearner(p) for p in people),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def save_agreement(database: Database, data: A.AgreementInput) -> int:
    with database.session() as session:
        return A.create_agreement(session, data).id


def refused(action: Callable[[], object], purpose: ConsentPurpose) -> ConsentMissing:
    with pytest.raises(ConsentMissing) as caught:
        action()
    assert caught.value.purpose is purpose
    return caught.value


# --- PARTNERS and ABROAD: agreements --------------------------------------------------------


def test_an_agreement_names_only_learners_whose_consent_allows_the_transfer(database: Database) -> None:
    [allowed, without, withdrawn, ran_out] = learners(database, 4)
    with database.session() as session:
        session.execute(_grants(without, ConsentPurpose.PARTNERS).values(withdrawn_on=date(2024, 9, 1)))
    withdraw(database, withdrawn, ConsentPurpose.PARTNERS, SIGNED)  # withdrawn on the day of signing: not in force
    run_out(database, ran_out, BEFORE)
    enterprise = partner(database)
    for person in (without, withdrawn, ran_out):
        data = dual(enterprise, [allowed, person])
        error = refused(partial(save_agreement, database, data), ConsentPurpose.PARTNERS)
        assert error.person_ids == (person,)
        assert "01.09.2025" in error.message and "transfer to partner enterprises" in error.message
    assert rows(database, Agreement) == 0  # nothing saved
    agreement_id = save_agreement(database, dual(enterprise, [allowed]))
    with database.session() as session, pytest.raises(ConsentMissing):
        A.attach_learner(session, agreement_id, ran_out)
    with database.session() as session:
        assert [link.person_id for link, _person in A.agreement_learners(session, agreement_id)] == [allowed]


def test_editing_an_agreement_in_force_asks_only_about_the_learners_it_adds(database: Database) -> None:
    [kept, added] = learners(database, 2)
    enterprise = partner(database)
    agreement_id = save_agreement(database, dual(enterprise, [kept]))
    with database.session() as session:  # its consent on file was recorded after the signing (kept from before consents)
        session.execute(update(Consent).where(Consent.person_id.in_([kept, added])).values(given_on=date(2025, 10, 1)))
        data = A.agreement_input(A.get_agreement(session, agreement_id))
    with database.session() as session:
        A.update_agreement(session, agreement_id, replace(data, notes="Тәлімгер ауысты"))
    with database.session() as session:
        error = refused(
            partial(A.update_agreement, session, agreement_id, replace(data, learners=(*data.learners, A.AttachedLearner(added)))),
            ConsentPurpose.PARTNERS,
        )
        assert error.person_ids == (added,)
    other = partner(database, serial=8)
    with database.session() as session:  # another partner: every learner is handed over anew
        error = refused(
            partial(A.update_agreement, session, agreement_id, replace(data, partner_id=other)),
            ConsentPurpose.PARTNERS,
        )
        assert error.person_ids == (kept,)
    with database.session() as session:
        stored = A.get_agreement(session, agreement_id)
        assert (
            stored.partner_id == enterprise and [link.person_id for link in stored.learners] == [kept] and stored.notes == "Тәлімгер ауысты"
        )


def test_a_draft_waits_for_the_consents_and_is_refused_when_it_comes_into_force(database: Database) -> None:
    [person] = learners(database, 1, (ConsentPurpose.EDUCATION,))
    enterprise = partner(database)
    draft = save_agreement(database, dual(enterprise, [person], is_draft=True))
    with database.session() as session:
        data = A.agreement_input(A.get_agreement(session, draft))
    with database.session() as session:
        refused(lambda: A.update_agreement(session, draft, replace(data, is_draft=False)), ConsentPurpose.PARTNERS)
    with database.session() as session:
        assert A.get_agreement(session, draft).is_draft


def test_a_partner_abroad_needs_consent_to_a_transfer_abroad(database: Database) -> None:
    [home_only, abroad] = learners(database, 2)
    with database.session() as session:
        session.execute(
            update(ConsentPurposeGrant)
            .where(  # the second learner's form also allows a transfer abroad
                ConsentPurposeGrant.purpose == ConsentPurpose.PARTNERS,
                ConsentPurposeGrant.consent_id.in_(select(Consent.id).where(Consent.person_id == abroad)),
            )
            .values(purpose=ConsentPurpose.ABROAD)
        )
    russian = partner(database, "RU")
    with database.session() as session:
        from cluster_desktop.models import Organisation

        assert partner_purpose(session.get_one(Organisation, russian)) is ConsentPurpose.ABROAD
    refused(lambda: save_agreement(database, dual(russian, [home_only])), ConsentPurpose.ABROAD)
    save_agreement(database, dual(russian, [abroad]))
    refused(lambda: save_agreement(database, dual(partner(database, serial=8), [abroad], number="ДО-8")), ConsentPurpose.PARTNERS)


def test_a_batch_names_three_learners_and_counts_the_rest(database: Database) -> None:
    people = learners(database, 5, (ConsentPurpose.EDUCATION,))
    error = refused(lambda: save_agreement(database, dual(partner(database), people)), ConsentPurpose.PARTNERS)
    assert error.person_ids == tuple(people)
    assert error.params["more"] == 2 and error.message.count("Ахметов") == 3
    assert rows(database, Agreement) == 0


def test_printing_an_agreement_checks_the_consents_on_the_day_of_printing(database: Database, tmp_path: Path) -> None:
    [person] = learners(database, 1)
    agreement_id = save_agreement(database, dual(partner(database), [person]))
    withdraw(database, person, ConsentPurpose.PARTNERS, date(2026, 1, 10))
    target = tmp_path / "agreement.pdf"
    with database.session() as session:
        refused(lambda: write_agreement_pdf(session, agreement_id, "ru", target, today=date(2026, 1, 10)), ConsentPurpose.PARTNERS)
    assert not target.exists()
    # The day before the withdrawal the consent allowed it: printing goes on, and stops later, for the college's details.
    with database.session() as session, pytest.raises(UserError) as other:
        write_agreement_pdf(session, agreement_id, "ru", target, today=date(2026, 1, 9))
    assert not isinstance(other.value, ConsentMissing)


# --- PARTNERS: placements and the export for a partner --------------------------------------------


def college_student(database: Database, purposes: tuple[ConsentPurpose, ...] = STANDARD) -> int:
    with database.session() as session:
        person = F.learner(session, serial=31, purposes=purposes)
        _programme, group = F.programme_with_group(session)
        enrol(session, person.id, group.id, group.starts_on, today=date(2026, 3, 1))
        return person.id


def placement(person: int, enterprise: int, starts_on: date = date(2026, 2, 1)) -> PlacementInput:
    return PlacementInput(
        person_id=person, enterprise_id=enterprise, kind=PlacementKind.PRACTICE, starts_on=starts_on, ends_on=date(2026, 5, 1)
    )


def save_placement(database: Database, data: PlacementInput) -> int:
    with database.session() as session:
        return create_placement(session, data).id


def test_a_placement_is_recorded_only_with_consent_to_the_transfer(database: Database) -> None:
    person = college_student(database)
    enterprise = partner(database)
    withdraw(database, person, ConsentPurpose.PARTNERS, date(2026, 2, 1))
    refused(lambda: save_placement(database, placement(person, enterprise)), ConsentPurpose.PARTNERS)
    assert rows(database, Placement) == 0
    save_placement(database, placement(person, enterprise, date(2026, 1, 20)))  # before the withdrawal
    run_out(database, person, date(2026, 1, 31))
    refused(lambda: save_placement(database, placement(person, enterprise, date(2026, 2, 2))), ConsentPurpose.PARTNERS)
    refused(lambda: save_placement(database, placement(person, partner(database, "RU", 9), date(2026, 1, 20))), ConsentPurpose.ABROAD)
    assert rows(database, Placement) == 1


def test_the_export_for_a_partner_lists_its_learners_and_refuses_without_consent(database: Database, tmp_path: Path) -> None:
    from cluster_desktop.services.list_export import export_list

    [named, other, refusing] = learners(database, 3)
    enterprise = partner(database)
    save_agreement(database, dual(enterprise, [named, refusing]))
    save_agreement(database, dual(partner(database, serial=8), [other], number="ДО-8"))
    with database.session() as session:
        assert partner_learner_ids(session, enterprise, date(2026, 3, 1)) == sorted(
            [named, refusing], key=lambda i: session.get_one(Person, i).sort_key
        )
        assert partner_learner_ids(session, enterprise, date(2026, 7, 1)) == []  # the agreement has ended
        spec = learners_for_partner(session, enterprise, date(2026, 3, 1))
        assert export_list(session, spec, tmp_path / "ok.csv") == 2
    withdraw(database, refusing, ConsentPurpose.PARTNERS, date(2026, 2, 1))
    with database.session() as session:
        error = refused(lambda: learners_for_partner(session, enterprise, date(2026, 3, 1)), ConsentPurpose.PARTNERS)
        assert error.person_ids == (refusing,)


# --- the organisation's country -----------------------------------------------------------------


@pytest.mark.parametrize("typed", ["", " ru ", "KZ"])
def test_the_country_is_an_iso_code(typed: str) -> None:
    cleaned, problems = check_organisation(OrganisationInput(OrganisationKind.UNIVERSITY, "МГТУ", "МГТУ", country=typed))
    assert problems == [] and cleaned.country == (typed.strip().upper() or "KZ")


@pytest.mark.parametrize("typed", ["R", "RUS", "Ру", "1Z", "КZ"])
def test_a_country_that_is_not_a_code_is_refused_by_name(database: Database, typed: str) -> None:
    data = OrganisationInput(OrganisationKind.UNIVERSITY, "МГТУ", "МГТУ", country=typed)
    assert [p.template for p in check_organisation(data)[1]] == [BAD_COUNTRY]
    with database.session() as session, pytest.raises(ValidationError, match=typed.upper()):
        create_organisation(session, data)


# --- JOURNEY: sessions and stages --------------------------------------------------------------


def guidance(held_on: date, attendees: tuple[int, ...] = (), head_counts: tuple[HeadCount, ...] = ()) -> GuidanceSessionInput:
    return GuidanceSessionInput(
        held_on=held_on,
        place_kk="Колледж",
        topic_kk="Кен мамандықтары",
        stage=GuidanceStage.SCHOOL,
        attendees=attendees,
        head_counts=head_counts,
    )


def test_after_a_withdrawal_of_the_journey_a_learner_is_counted_not_named(database: Database) -> None:
    [person, kept] = learners(database, 2)
    withdraw(database, person, ConsentPurpose.JOURNEY, date(2026, 2, 1))
    today = date(2026, 3, 1)
    with database.session() as session:
        earlier = create_session(session, guidance(date(2026, 1, 20), (person, kept)), today).id  # before: the names stay
    with database.session() as session:
        error = refused(lambda: create_session(session, guidance(date(2026, 2, 1), (person, kept)), today), ConsentPurpose.JOURNEY)
        assert error.template == NOT_NAMED and "head count" in error.message and error.person_ids == (person,)
    assert rows(database, GuidanceSession) == 1
    with database.session() as session:
        create_session(session, guidance(date(2026, 2, 1), head_counts=(HeadCount("9 сынып", 2),)), today)
        update_session(session, earlier, replace(guidance(date(2026, 1, 20), (person, kept)), topic_kk="Кен"), today)
    run_out(database, kept, date(2026, 1, 31))
    with database.session() as session:
        refused(lambda: create_session(session, guidance(date(2026, 2, 3), (kept,)), today), ConsentPurpose.JOURNEY)


def test_moving_to_the_next_stage_needs_the_journey_on_the_day_it_is_recorded(database: Database) -> None:
    [without] = learners(database, 1, (ConsentPurpose.EDUCATION, ConsentPurpose.PARTNERS))
    [withdrawn, ran_out, allowed] = learners(database, 3, first=2)
    withdraw(database, withdrawn, ConsentPurpose.JOURNEY, date(2026, 1, 1))
    run_out(database, ran_out, date(2025, 12, 31))
    for person in (without, withdrawn, ran_out):
        with database.session() as session:
            refused(
                partial(move_to_stage, session, person, Stage.EMPLOYMENT, date(2025, 12, 5), today=date(2026, 1, 5)), ConsentPurpose.JOURNEY
            )
        with database.session() as session:
            assert session.get_one(Person, person).current_stage is Stage.COLLEGE
            assert (
                session.scalar(
                    select(func.count()).select_from(StageRecord).where(StageRecord.person_id == person, StageRecord.ended_on.is_not(None))
                )
                == 0
            )
    with database.session() as session:
        move_to_stage(session, allowed, Stage.EMPLOYMENT, date(2025, 12, 5), today=date(2026, 1, 5))
        assert session.get_one(Person, allowed).current_stage is Stage.EMPLOYMENT


# --- EDUCATION: enrolling and certificates ------------------------------------------------------


def test_enrolling_needs_consent_to_education_records_on_the_day_it_is_recorded(database: Database) -> None:
    """A group of 2021 is filled in from the consents collected since (the factory's are of 2024)."""
    [without] = learners(database, 1, (ConsentPurpose.JOURNEY,))
    [withdrawn, ran_out, allowed] = learners(database, 3, first=2)
    withdraw(database, withdrawn, ConsentPurpose.EDUCATION, date(2026, 3, 1))
    run_out(database, ran_out, date(2026, 2, 28))
    with database.session() as session:
        _programme, group = F.programme_with_group(session)
        group_id, start = group.id, group.starts_on
    for person in (without, withdrawn, ran_out):
        with database.session() as session:
            refused(partial(enrol, session, person, group_id, start, today=date(2026, 3, 1)), ConsentPurpose.EDUCATION)
    assert rows(database, Enrolment) == 0
    with database.session() as session:
        enrol(session, allowed, group_id, start, today=date(2026, 3, 1))
    assert rows(database, Enrolment) == 1


def _holder(database: Database, enrolment_id: int) -> int:
    with database.session() as session:
        return session.get_one(Enrolment, enrolment_id).person_id


def test_a_certificate_takes_no_number_without_consent_to_education_records(database: Database, key: InstallationKey) -> None:
    cluster = make_cluster(database, learners=3)
    first, second, third = cluster.completed
    withdraw(database, _holder(database, first), ConsentPurpose.EDUCATION, ISSUED)
    run_out(database, _holder(database, second), date(2026, 1, 14))
    refused(lambda: issue(database, first, key), ConsentPurpose.EDUCATION)
    refused(lambda: issue(database, second, key), ConsentPurpose.EDUCATION)
    assert counter(database, "KP", 2026) is None and rows(database, Certificate) == 0  # no number taken, none issued
    assert issue(database, third, key) == "KP-2026-000001"  # no gap
    assert issue(database, first, key, on=date(2026, 1, 14)) == "KP-2026-000002"  # issued before the withdrawal


def test_issuing_a_batch_names_who_lacks_consent_and_issues_none(database: Database, key: InstallationKey, tmp_path: Path) -> None:
    cluster = make_cluster(database, learners=6)
    for enrolment in cluster.completed[1:6]:
        withdraw(database, _holder(database, enrolment), ConsentPurpose.EDUCATION, date(2026, 1, 1))
    out = tmp_path / "out"
    error = refused(lambda: issue_to_folder(database, cluster.completed, "kk", out, ISSUED), ConsentPurpose.EDUCATION)
    assert len(error.person_ids) == 5 and error.params["more"] == 2
    assert counter(database, "KP", 2026) is None and rows(database, Certificate) == 0
    assert not out.exists() or list(out.iterdir()) == []


def test_a_duplicate_takes_no_number_once_education_records_are_withdrawn(database: Database, key: InstallationKey) -> None:
    cluster = make_cluster(database, learners=1)
    [enrolment] = cluster.completed
    original = issue(database, enrolment, key)
    withdraw(database, _holder(database, enrolment), ConsentPurpose.EDUCATION, date(2026, 2, 1))
    with database.session() as session:
        source = find_by_number(session, original).id
        refused(partial(issue_duplicate, session, source, key, COLLEGE, date(2026, 2, 1), today=date(2026, 2, 2)), ConsentPurpose.EDUCATION)
    assert counter(database, "KP", 2026) == 1 and rows(database, Certificate) == 1
    with database.session() as session:  # dated before the withdrawal, it was allowed
        assert (
            issue_duplicate(session, source, key, COLLEGE, date(2026, 1, 31), today=date(2026, 2, 2)).registration_number
            == "KP-2026-000002"
        )


def test_editing_a_session_or_a_placement_asks_again_only_about_what_it_changes(database: Database) -> None:
    """Records kept from before consents were recorded (the consent on file is dated later) stay editable."""
    person = college_student(database)
    [added] = learners(database, 1, first=40)
    enterprise = partner(database)
    today = date(2026, 3, 1)
    with database.session() as session:
        held = create_session(session, guidance(date(2026, 1, 20), (person,)), today).id
    placement_id = save_placement(database, placement(person, enterprise, date(2026, 1, 20)))
    with database.session() as session:
        session.execute(update(Consent).where(Consent.person_id.in_([person, added])).values(given_on=date(2026, 2, 1)))
    with database.session() as session:
        update_session(session, held, replace(guidance(date(2026, 1, 20), (person,)), topic_kk="Кен"), today)
        update_placement(session, placement_id, replace(placement(person, enterprise, date(2026, 1, 20)), mentor="Ержанов Б."))
    with database.session() as session:
        error = refused(partial(update_session, session, held, guidance(date(2026, 1, 20), (person, added)), today), ConsentPurpose.JOURNEY)
        assert error.person_ids == (added,)
    with database.session() as session:
        refused(partial(update_session, session, held, guidance(date(2026, 1, 21), (person,)), today), ConsentPurpose.JOURNEY)
    with database.session() as session:
        refused(partial(update_placement, session, placement_id, placement(person, enterprise, date(2026, 1, 25))), ConsentPurpose.PARTNERS)
    with database.session() as session:
        stored = session.get_one(GuidanceSession, held)
        assert (stored.held_on, stored.topic_kk, [a.person_id for a in stored.attendees]) == (date(2026, 1, 20), "Кен", [person])
        assert session.get_one(Placement, placement_id).starts_on == date(2026, 1, 20)
