"""Demo consents of every kind: what a consents list and the rules acting on them have to show.

Most learners signed the college's standard form when they were registered (a
parent for a minor).  Some forms are partial (a pupil's parent allowing no
transfer to partners), some add photos and publicity, the students of the
programme taught with the partner university abroad consented to the transfer
abroad, learners registered as minors signed in their own name after turning
18 — except a few, who still have to — and one withdrew a purpose.  A few
parents allowed photos for a term that ends in the coming weeks.  Pupils
turning 18 in the coming months are there because the school cohorts are.

Choices come from a generator of their own, so the rest of the demo (names,
journeys, results) is the same as without consents.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from .dates import add_years
from .models import Consent, ConsentGiver, ConsentPurpose, ConsentPurposeGrant, ConsentTerm, Person
from .services.consents import ConsentInput, record_consent
from .services.learners import ADULT_AGE, age_on
from .services.standard_consent import StandardForm, ordered, standard_form

PARTIAL_SHARE = 0.12  # of pupils and preschoolers: education and journey only
PUBLICITY_SHARE = 0.3  # standard form plus photos and publicity
OWN_CONSENT_MISSING_SHARE = 0.1  # of learners registered as minors and now adults
WITHDRAWN_DAYS_AGO = 24
EXPIRING_IN_DAYS = (9, 16, 23)  # photo consents for a term that runs out soon: the Consents list's first view


class DemoConsents:
    """The consent side of one demo fill."""

    def __init__(self, session: Session, seed: int, today: date) -> None:
        self.session = session
        self.rng = random.Random(f"consents-{seed}")
        self.today = today
        self.form: StandardForm = standard_form(session)
        self.abroad_programmes: set[str] = set()

    def first_purposes(self, may_be_partial: bool) -> tuple[ConsentPurpose, ...]:
        """The purposes of the form signed at registration."""
        draw = self.rng.random()
        if may_be_partial and draw < PARTIAL_SHARE:
            return (ConsentPurpose.EDUCATION, ConsentPurpose.JOURNEY)
        if draw > 1 - PUBLICITY_SHARE:
            return ordered((*self.form.purposes, ConsentPurpose.PUBLICITY))
        return self.form.purposes

    def own_name_at_18(self, person: Person, days_after: int, purposes: tuple[ConsentPurpose, ...]) -> None:
        """A learner registered as a minor, an adult now, signed in their own name ``days_after`` turning 18 (most did)."""
        if self.rng.random() < OWN_CONSENT_MISSING_SHARE:
            return
        signed = min(self.today, add_years(person.birth_date, ADULT_AGE) + timedelta(days=days_after))
        self._record(person, ConsentGiver.SELF, signed, purposes)

    def abroad(self, person: Person, programme_key: str, entered: date) -> None:
        """A student of a programme taught with a partner abroad consents to the transfer abroad on entering college."""
        if programme_key not in self.abroad_programmes:
            return
        signed = min(self.today, entered)
        adult = age_on(person.birth_date, signed) >= ADULT_AGE
        self._record(person, ConsentGiver.SELF if adult else ConsentGiver.REPRESENTATIVE, signed, (ConsentPurpose.ABROAD,))

    def _record(
        self, person: Person, given_by: ConsentGiver, signed: date, purposes: tuple[ConsentPurpose, ...], until: date | None = None
    ) -> None:
        """A further signed form, through the consent service's checks; the term is ``until`` or the standard form's."""
        consent = ConsentInput(
            given_by,
            signed,
            frozenset(purposes),
            ConsentTerm.AFTER_STUDIES if until is None else ConsentTerm.UNTIL_DATE,
            valid_until=until,
            years_after_studies=self.form.years_after_studies if until is None else None,
            giver_name=person.representative_name if given_by is ConsentGiver.REPRESENTATIVE else None,
            giver_relation=person.representative_relation if given_by is ConsentGiver.REPRESENTATIVE else None,
        )
        record_consent(self.session, person.id, consent, self.today)

    def withdraw_one(self) -> None:
        """One learner withdraws photos and publicity (the other purposes stay in force)."""
        day = self.today - timedelta(days=WITHDRAWN_DAYS_AGO)
        grant = self.session.scalars(
            select(ConsentPurposeGrant)
            .join(Consent, Consent.id == ConsentPurposeGrant.consent_id)
            .where(ConsentPurposeGrant.purpose == ConsentPurpose.PUBLICITY, Consent.given_on <= day)
            .order_by(Consent.given_on, Consent.id)
            .limit(1)
        ).first()
        if grant is not None:
            grant.withdrawn_on = day


    def photos_for_a_term(self) -> None:
        """Parents of a few minors allowed photos until a day in the coming weeks (a school year's album)."""
        with_publicity = (
            select(Consent.person_id)
            .join(ConsentPurposeGrant, ConsentPurposeGrant.consent_id == Consent.id)
            .where(ConsentPurposeGrant.purpose == ConsentPurpose.PUBLICITY)
        )
        signed = self.today - timedelta(days=60)
        registered_before = select(Consent.person_id).where(Consent.given_on <= signed)  # the later form follows the first
        minors = self.session.scalars(
            select(Person)
            .where(Person.representative_name.is_not(None), Person.id.not_in(with_publicity), Person.id.in_(registered_before))
            .where(Person.birth_date > add_years(self.today, -ADULT_AGE + 1))
            .order_by(Person.id)
            .limit(len(EXPIRING_IN_DAYS))
        ).all()
        for person, days in zip(minors, EXPIRING_IN_DAYS, strict=False):
            self._record(person, ConsentGiver.REPRESENTATIVE, signed, (ConsentPurpose.PUBLICITY,), self.today + timedelta(days=days))


def abroad_programmes(agreements: Iterable[tuple[str, str | None]], foreign: set[str]) -> set[str]:
    """The programmes of the academic agreements with partners abroad, from (partner key, programme key) pairs."""
    return {programme for partner, programme in agreements if partner in foreign and programme}
