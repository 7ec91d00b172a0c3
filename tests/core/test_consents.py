"""Consent records: every rule of recording and withdrawing, the state of each purpose, the 18-year flag and the Consents list.

Runs on PostgreSQL too when ``CLUSTER_DESKTOP_TEST_DB_URL`` is set.  Every day is fixed: nothing reads the clock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import UserError, ValidationError
from cluster_desktop.models import (
    AuditEntry,
    Consent,
    ConsentGiver,
    ConsentPurpose,
    ConsentPurposeGrant,
    ConsentTerm,
    Person,
    Stage,
)
from cluster_desktop.permissions import Actor, PermissionDenied, Role
from cluster_desktop.services import consent_adults
from cluster_desktop.services.consent_list import ConsentFilter, ConsentListView, ConsentSort, consent_page, count_consents
from cluster_desktop.services.consent_rules import purposes_in_force
from cluster_desktop.services.consents import (
    ConsentInput,
    ConsentState,
    consents_of,
    record_consent,
    withdraw_purposes,
)
from cluster_desktop.services.learners import move_to_stage
from tests import factories

TODAY = date(2026, 12, 4)
P = ConsentPurpose
ALL = frozenset(ConsentPurpose)
STANDARD = frozenset({P.EDUCATION, P.JOURNEY, P.PARTNERS})


def person(session: Session, born: date = date(2005, 4, 1), serial: int = 1, surname: str = "Қасымов", **more: object) -> Person:
    """A learner with no consent yet (whatever the learner form records on its own is removed)."""
    learner = factories.learner(
        session,
        surname=surname,
        born=born,
        serial=serial,
        representative="Қасымова Гүлнар",
        **more,  # type: ignore[arg-type]
    )
    for consent in session.scalars(select(Consent).where(Consent.person_id == learner.id)):
        session.delete(consent)
    session.flush()
    return learner


def by_self(given_on: date | None = date(2025, 9, 1), purposes: frozenset[ConsentPurpose] = STANDARD, **more: object) -> ConsentInput:
    return replace(ConsentInput(ConsentGiver.SELF, given_on, purposes), **more)  # type: ignore[arg-type]


def by_parent(given_on: date = date(2022, 9, 1), purposes: frozenset[ConsentPurpose] = STANDARD, **more: object) -> ConsentInput:
    data = ConsentInput(ConsentGiver.REPRESENTATIVE, given_on, purposes, giver_name="Қасымова Гүлнар", giver_relation="анасы")
    return replace(data, **more)  # type: ignore[arg-type]


def consent_rows(session: Session) -> list[tuple[object, ...]]:
    return [tuple(r) for r in session.execute(select(Consent.id, Consent.given_on).order_by(Consent.id))] + [
        tuple(r) for r in session.execute(select(ConsentPurposeGrant.id, ConsentPurposeGrant.withdrawn_on).order_by(ConsentPurposeGrant.id))
    ]


# -- recording ------------------------------------------------------------------------------


def test_a_consent_is_recorded_with_its_purposes_and_audited(database: Database) -> None:
    with database.session() as session:
        learner = person(session)
        consent = record_consent(
            session,
            learner.id,
            by_self(form_number=" №  17 ", notes="  қағаз  ", term=ConsentTerm.UNTIL_DATE, valid_until=date(2030, 6, 30)),
            TODAY,
        )
        assert consent.form_number == "№ 17" and consent.notes == "қағаз"
        assert consent.giver_name is None and consent.years_after_studies is None
        assert [g.purpose for g in consent.purposes] == [P.EDUCATION, P.JOURNEY, P.PARTNERS]
        assert purposes_in_force(session, [learner.id], TODAY)[learner.id] == set(STANDARD)
        consent_id = consent.id
    with database.session() as session:
        tables = set(session.scalars(select(AuditEntry.record_kind).where(AuditEntry.action == "create")))
        assert {"consent", "consent_purpose"} <= tables
        assert session.get(Consent, consent_id) is not None


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (by_self(given_on=date(2004, 1, 1)), "given_on"),  # before the learner was born (2005)
        (by_self(given_on=TODAY + timedelta(days=1)), "given_on"),
        (by_self(given_on=None), "given_on"),
        (by_self(purposes=frozenset()), "purposes"),
        (by_self(term=ConsentTerm.UNTIL_DATE, valid_until=None), "valid_until"),
        (by_self(term=ConsentTerm.UNTIL_DATE, valid_until=date(2025, 8, 31)), "valid_until"),
        (by_self(years_after_studies=None), "years_after_studies"),
        (by_self(years_after_studies=-1), "years_after_studies"),
        (by_self(years_after_studies=76), "years_after_studies"),
        (by_self(term=None), "term"),
        (by_self(given_by=None), "given_by"),
        (by_parent(giver_name="   "), "giver_name"),
        (by_parent(giver_name="Қасымова 𝔊үлнар"), "giver_name"),
        (by_parent(giver_relation="ана" * 30), "giver_relation"),
        (by_self(given_on=date(2022, 9, 1)), "given_by"),  # 17 on that day: only a representative may consent
        (by_self(form_number="№ 1 \u200b😀"), "form_number"),
        (by_self(form_number="7" * 41), "form_number"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(database: Database, data: ConsentInput, field: str) -> None:
    with database.session() as session:
        learner = person(session)
        before = consent_rows(session)
        with pytest.raises(ValidationError) as caught:
            record_consent(session, learner.id, data, TODAY)
        assert caught.value.for_field(field), caught.value.problems
        assert all(p.message for p in caught.value.problems)
        assert consent_rows(session) == before


def test_the_minor_check_uses_the_consent_date_not_today(database: Database) -> None:
    with database.session() as session:
        learner = person(session)  # born 1.4.2005: 18 on 1.4.2023
        record_consent(session, learner.id, by_self(given_on=date(2023, 4, 1)), TODAY)
        with pytest.raises(ValidationError):
            record_consent(session, learner.id, by_self(given_on=date(2023, 3, 31)), TODAY)


def test_a_representative_consent_keeps_its_giver_and_a_self_consent_drops_one(database: Database) -> None:
    with database.session() as session:
        learner = person(session)
        parent = record_consent(session, learner.id, by_parent(giver_name="  Қасымова   Гүлнар "), TODAY)
        assert (parent.giver_name, parent.giver_relation) == ("Қасымова Гүлнар", "анасы")
        own = record_consent(session, learner.id, by_self(giver_name="Someone", giver_relation="x"), TODAY)
        assert (own.giver_name, own.giver_relation) == (None, None)


def test_an_unknown_learner_and_an_anonymised_one_are_refused(database: Database) -> None:
    with database.session() as session:
        learner = person(session)
        with pytest.raises(UserError):
            record_consent(session, 999_999, by_self(), TODAY)
        kept = record_consent(session, learner.id, by_self(), TODAY)
        learner.anonymised_on = date(2026, 1, 1)
        session.flush()
        before = consent_rows(session)
        with pytest.raises(UserError):
            record_consent(session, learner.id, by_self(), TODAY)
        with pytest.raises(UserError):
            withdraw_purposes(session, kept.id, {P.EDUCATION}, TODAY, TODAY)
        assert consent_rows(session) == before
        card = consents_of(session, learner.id, TODAY)
        assert card.anonymised and card.allowed == frozenset() and not card.own_consent_needed
        assert card.consents[0].state is ConsentState.EXPIRED


# -- withdrawing ----------------------------------------------------------------------------


def test_some_purposes_are_withdrawn_and_the_others_stay(database: Database) -> None:
    with database.session() as session:
        learner = person(session)
        consent = record_consent(session, learner.id, by_self(purposes=ALL), TODAY)
        withdraw_purposes(session, consent.id, {P.PUBLICITY, P.ABROAD}, date(2026, 3, 1), TODAY)
        assert purposes_in_force(session, [learner.id], date(2026, 2, 28))[learner.id] == set(ALL)
        assert purposes_in_force(session, [learner.id], date(2026, 3, 1))[learner.id] == set(STANDARD)
        card = consents_of(session, learner.id, TODAY)
        (view,) = card.consents
        assert view.state is ConsentState.IN_FORCE
        assert {p.purpose: p.state for p in view.purposes}[P.ABROAD] is ConsentState.WITHDRAWN
        assert view.allows == ("education records", "the cluster journey across stages", "transfer to partner enterprises")
        assert view.withdrawable == (P.EDUCATION, P.JOURNEY, P.PARTNERS)
        withdraw_purposes(session, consent.id, view.withdrawable, TODAY, TODAY)
        assert consents_of(session, learner.id, TODAY).consents[0].state is ConsentState.WITHDRAWN
        assert purposes_in_force(session, [learner.id], TODAY)[learner.id] == set()


@pytest.mark.parametrize(
    ("purposes", "on", "field"),
    [
        ({P.EDUCATION}, date(2025, 8, 31), "withdrawn_on"),  # before the consent was given
        ({P.EDUCATION}, TODAY + timedelta(days=1), "withdrawn_on"),
        ({P.EDUCATION}, None, "withdrawn_on"),
        (set(), TODAY, "purposes"),
        ({P.PUBLICITY}, TODAY, "purposes"),  # not in the consent
        ({P.JOURNEY}, TODAY, "purposes"),  # withdrawn already
    ],
)
def test_a_bad_withdrawal_changes_nothing(database: Database, purposes: set[ConsentPurpose], on: date | None, field: str) -> None:
    with database.session() as session:
        learner = person(session)
        consent = record_consent(session, learner.id, by_self(), TODAY)
        withdraw_purposes(session, consent.id, {P.JOURNEY}, date(2026, 1, 10), TODAY)
        before = consent_rows(session)
        with pytest.raises(ValidationError) as caught:
            withdraw_purposes(session, consent.id, purposes, on, TODAY)
        assert caught.value.for_field(field)
        if purposes == {P.JOURNEY}:
            assert "10.01.2026" in caught.value.message
        assert consent_rows(session) == before
        with pytest.raises(UserError):
            withdraw_purposes(session, 999_999, {P.EDUCATION}, TODAY, TODAY)


# -- in force: terms and the end of studies -------------------------------------------------


def test_a_dated_term_runs_out_after_its_day(database: Database) -> None:
    with database.session() as session:
        learner = person(session)
        record_consent(session, learner.id, by_self(term=ConsentTerm.UNTIL_DATE, valid_until=date(2026, 6, 30)), TODAY)
        assert purposes_in_force(session, [learner.id], date(2026, 6, 30))[learner.id] == set(STANDARD)
        card = consents_of(session, learner.id, TODAY)
        assert card.consents[0].state is ConsentState.EXPIRED and card.consents[0].runs_until == date(2026, 6, 30)
        assert card.in_force == () and card.allowed == frozenset()
        assert consents_of(session, learner.id, date(2026, 6, 30)).allowed == STANDARD


def test_an_after_studies_term_runs_until_the_end_of_studies_plus_its_years(database: Database) -> None:
    with database.session() as session:
        learner = person(session, stage=Stage.COLLEGE)
        record_consent(session, learner.id, by_self(given_on=date(2024, 9, 1), years_after_studies=1), TODAY)
        assert consents_of(session, learner.id, date(2040, 1, 1)).consents[0].runs_until is None  # still studying
        move_to_stage(session, learner.id, Stage.EMPLOYMENT, date(2024, 12, 31), today=TODAY)
        view = consents_of(session, learner.id, TODAY).consents[0]
        assert view.runs_until == date(2025, 12, 31) and view.state is ConsentState.EXPIRED
        assert purposes_in_force(session, [learner.id], date(2025, 12, 31))[learner.id] == set(STANDARD)
        assert purposes_in_force(session, [learner.id], date(2026, 1, 1))[learner.id] == set()


def test_a_consent_dated_later_is_not_yet_in_force(database: Database) -> None:
    with database.session() as session:
        learner = person(session)
        record_consent(session, learner.id, by_self(given_on=date(2026, 5, 1)), TODAY)
        assert consents_of(session, learner.id, date(2026, 4, 30)).consents[0].state is ConsentState.NOT_YET


# -- the 18-year flag ----------------------------------------------------------------------


def _turned_18_days_ago(days: int) -> date:
    return date(TODAY.year - 18, TODAY.month, TODAY.day) - timedelta(days=days)


@pytest.mark.parametrize(("days_adult", "flagged"), [(-5, False), (0, False), (90, False), (91, True), (400, True)])
def test_own_consent_is_needed_after_the_grace_period(database: Database, days_adult: int, flagged: bool) -> None:
    with database.session() as session:
        learner = person(session, born=_turned_18_days_ago(days_adult))
        record_consent(session, learner.id, by_parent(given_on=date(2023, 9, 1)), TODAY)
        card = consents_of(session, learner.id, TODAY)
        assert card.own_consent_needed is flagged
        assert card.own_consent_due == consent_adults.adult_from(learner.birth_date) + timedelta(days=90)
        assert card.own_consent_due - timedelta(days=90) in (TODAY - timedelta(days=days_adult), TODAY - timedelta(days=days_adult - 1))
        assert consent_adults.needing_own_consent(session, [learner.id], TODAY) == ({learner.id} if flagged else set())


def test_the_grace_period_is_a_setting(database: Database) -> None:
    with database.session() as session:
        learner = person(session, born=_turned_18_days_ago(100))
        record_consent(session, learner.id, by_parent(given_on=date(2023, 9, 1)), TODAY)
        assert consents_of(session, learner.id, TODAY).own_consent_needed
        consent_adults.set_grace_days(session, 120)
        assert not consents_of(session, learner.id, TODAY).own_consent_needed
        for bad in (-1, 731, True):
            with pytest.raises(ValidationError):
                consent_adults.set_grace_days(session, bad)
        assert consent_adults.grace_days(session) == 120
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.record_id == "consent_grace_days"))


def test_an_own_consent_after_18_clears_the_flag_and_one_before_does_not_count(database: Database) -> None:
    with database.session() as session:
        learner = person(session, born=_turned_18_days_ago(200))
        parent = record_consent(session, learner.id, by_parent(given_on=date(2023, 9, 1)), TODAY)
        assert consents_of(session, learner.id, TODAY).own_consent_needed
        own = record_consent(session, learner.id, by_self(given_on=TODAY, purposes=frozenset({P.PUBLICITY})), TODAY)
        assert not consents_of(session, learner.id, TODAY).own_consent_needed
        withdraw_purposes(session, own.id, {P.PUBLICITY}, TODAY, TODAY)
        assert not consents_of(session, learner.id, TODAY).own_consent_needed  # they consented as an adult, then withdrew
        withdraw_purposes(session, parent.id, STANDARD, TODAY, TODAY)
        assert not consents_of(session, learner.id, TODAY).own_consent_needed


def test_without_any_consent_in_force_there_is_no_18_flag(database: Database) -> None:
    with database.session() as session:
        learner = person(session, born=_turned_18_days_ago(200))
        record_consent(
            session, learner.id, by_parent(given_on=date(2023, 9, 1), term=ConsentTerm.UNTIL_DATE, valid_until=date(2026, 1, 1)), TODAY
        )
        assert not consents_of(session, learner.id, TODAY).own_consent_needed


def test_born_on_29_february_turns_18_on_1_march_in_sql_too(database: Database) -> None:
    with database.session() as session:
        learner = person(session, born=date(2008, 2, 29))  # 18 on 01.03.2026, as learners.age_on counts
        assert consent_adults.adult_from(learner.birth_date) == date(2026, 3, 1)
        record_consent(session, learner.id, by_parent(given_on=date(2023, 9, 1)), TODAY)
        consent_adults.set_grace_days(session, 0)
        assert consent_adults.needing_own_consent(session, [learner.id], date(2026, 3, 1)) == set()
        assert consent_adults.needing_own_consent(session, [learner.id], date(2026, 3, 2)) == {learner.id}
        with pytest.raises(ValidationError):
            record_consent(session, learner.id, by_self(given_on=date(2026, 2, 28)), TODAY)
        record_consent(session, learner.id, by_self(given_on=date(2026, 3, 1), purposes=frozenset({P.PUBLICITY})), TODAY)
        assert consent_adults.needing_own_consent(session, [learner.id], date(2026, 3, 2)) == set()


# -- the Consents list ----------------------------------------------------------------------


def test_the_three_views(database: Database) -> None:
    with database.session() as session:
        soon = person(session, serial=1, surname="Әлиев")
        record_consent(session, soon.id, by_self(term=ConsentTerm.UNTIL_DATE, valid_until=TODAY + timedelta(days=20)), TODAY)
        later = person(session, serial=2, surname="Бекова")
        record_consent(session, later.id, by_self(term=ConsentTerm.UNTIL_DATE, valid_until=TODAY + timedelta(days=200)), TODAY)
        graduate = person(session, serial=3, surname="Жұмабаев")
        record_consent(
            session, graduate.id, by_self(years_after_studies=1, purposes=frozenset({P.EDUCATION, P.JOURNEY, P.PUBLICITY})), TODAY
        )
        move_to_stage(session, graduate.id, Stage.EMPLOYMENT, date(2025, 12, 20), today=TODAY)  # runs until 20.12.2026
        withdrawn = person(session, serial=4, surname="Нұрова")
        gone = record_consent(session, withdrawn.id, by_self(term=ConsentTerm.UNTIL_DATE, valid_until=TODAY + timedelta(days=5)), TODAY)
        withdraw_purposes(session, gone.id, STANDARD, date(2026, 11, 1), TODAY)  # nothing left to expire
        adult = person(session, serial=5, surname="Омаров", born=_turned_18_days_ago(120))
        record_consent(session, adult.id, by_parent(), TODAY)
        turning = person(session, serial=6, surname="Серікова", born=_turned_18_days_ago(-10))
        record_consent(session, turning.id, by_parent(), TODAY)
        child = person(session, serial=7, surname="Төлеуова", born=date(2012, 5, 5))
        record_consent(session, child.id, by_parent(), TODAY)

        expiring = ConsentFilter(TODAY, ConsentListView.EXPIRING, days=30)
        assert count_consents(session, expiring) == 2
        rows = consent_page(session, expiring)
        assert [(r.person_id, r.day) for r in rows] == [(graduate.id, date(2026, 12, 20)), (soon.id, date(2026, 12, 24))]
        assert {r.person_id: r.purposes for r in rows}[graduate.id] == (P.EDUCATION, P.JOURNEY, P.PUBLICITY)
        assert [r.person_id for r in consent_page(session, expiring, ConsentSort.NAME)] == [soon.id, graduate.id]
        assert count_consents(session, replace(expiring, days=365)) == 3

        adults = ConsentFilter(TODAY, ConsentListView.ADULTS, days=30)
        rows = consent_page(session, adults)
        assert [(r.person_id, r.flagged) for r in rows] == [(adult.id, True), (turning.id, False)]
        assert rows[0].day is not None and rows[0].due == rows[0].day + timedelta(days=90)
        assert rows[0].given_on == date(2022, 9, 1)  # the representative's form
        assert count_consents(session, replace(adults, days=5)) == 1
        assert count_consents(session, replace(adults, text="серік")) == 1

        withdrawals = ConsentFilter(TODAY, ConsentListView.WITHDRAWN)
        rows = consent_page(session, withdrawals, ConsentSort.DAY, descending=True)
        assert {(r.person_id, r.purpose, r.day) for r in rows} == {(withdrawn.id, p, date(2026, 11, 1)) for p in STANDARD}
        assert count_consents(session, withdrawals) == 3
        with pytest.raises(ValidationError):
            count_consents(session, replace(withdrawals, days=-1))


def test_the_list_pages_agree_with_the_count(database: Database) -> None:
    with database.session() as session:
        for serial in range(1, 8):
            learner = person(session, serial=serial, born=_turned_18_days_ago(100 + serial))
            record_consent(session, learner.id, by_parent(), TODAY)
        flt = ConsentFilter(TODAY, ConsentListView.ADULTS)
        pages = [consent_page(session, flt, ConsentSort.NAME, offset=o, limit=3) for o in (0, 3, 6)]
        assert [len(p) for p in pages] == [3, 3, 1]
        assert len({r.key for p in pages for r in p}) == count_consents(session, flt) == 7
        assert consent_adults.count_needing_own_consent(session, TODAY) == 7


# -- permissions ----------------------------------------------------------------------------


def test_a_viewer_reads_but_may_not_record_or_withdraw(database: Database) -> None:
    with database.session() as session:
        learner = person(session)
        consent_id = record_consent(session, learner.id, by_self(), TODAY).id
        learner_id = learner.id
    database.actor = Actor("viewer", Role.VIEWER, "", "pc")
    with database.session() as session:
        assert consents_of(session, learner_id, TODAY).consents
        with pytest.raises(PermissionDenied):
            record_consent(session, learner_id, by_self(), TODAY)
        with pytest.raises(PermissionDenied):
            withdraw_purposes(session, consent_id, {P.EDUCATION}, TODAY, TODAY)
        with pytest.raises(PermissionDenied):
            consent_adults.set_grace_days(session, 30)
