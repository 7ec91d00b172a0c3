"""Recording and withdrawing a learner's consents, and what the learner's card shows of them.

A consent is the paper form the learner (or, for a minor, the legal
representative) signed: who, when, for which purposes, for how long.  Recording
one checks it against the learner (not before birth, not in the future, not in
a minor's own name); a withdrawal ends some or all of its purposes on a day.
Both are changes to personal data and reach the audit log through the
session's flush.  Which purposes are in force on a day is decided in
:mod:`.consent_rules`; the 18-year rule and the Consents list are in
:mod:`.consent_adults` and :mod:`.consent_list`.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..dates import numeric_date
from ..errors import QT_TRANSLATE_NOOP, Problem, UserError, ValidationError
from ..models import Consent, ConsentGiver, ConsentPurpose, ConsentPurposeGrant, ConsentTerm, Person
from ..permissions import Permission, require
from . import fields
from .consent_adults import adult_from, grace_days, needing_own_consent
from .consent_rules import PURPOSE_NAMES, consent_runs_until, studies_end
from .learners import ADULT_AGE, LEARNER_NOT_FOUND, age_on
from .records import fetch

MAX_YEARS_AFTER_STUDIES = 75

L_GIVEN_BY = QT_TRANSLATE_NOOP("Errors", "Consent given by")
L_GIVER_NAME = QT_TRANSLATE_NOOP("Errors", "Legal representative")
L_GIVER_RELATION = QT_TRANSLATE_NOOP("Errors", "Relation to the learner")
L_GIVEN_ON = QT_TRANSLATE_NOOP("Errors", "Consent date")
L_PURPOSES = QT_TRANSLATE_NOOP("Errors", "Purposes")
L_TERM = QT_TRANSLATE_NOOP("Errors", "Term of the consent")
L_VALID_UNTIL = QT_TRANSLATE_NOOP("Errors", "Valid until")
L_YEARS_AFTER = QT_TRANSLATE_NOOP("Errors", "Years after the end of studies")
L_FORM_NUMBER = QT_TRANSLATE_NOOP("Errors", "Form number")
L_NOTES = QT_TRANSLATE_NOOP("Errors", "Notes")
L_WITHDRAWN_ON = QT_TRANSLATE_NOOP("Errors", "Withdrawal date")

BEFORE_BIRTH = QT_TRANSLATE_NOOP("Errors", "The consent date ({value}) is before the learner was born ({birth}).")
NO_PURPOSE = QT_TRANSLATE_NOOP("Errors", "Choose at least one purpose the consent allows.")
UNTIL_BEFORE_GIVEN = QT_TRANSLATE_NOOP("Errors", "The consent cannot end ({until}) before it was given ({given}).")
MINOR_OWN_CONSENT = QT_TRANSLATE_NOOP(
    "Errors", "The learner was under 18 on {given}, so the consent must come from the legal representative."
)
ANONYMISED = QT_TRANSLATE_NOOP("Errors", "This record is anonymised: consents can no longer be recorded or withdrawn.")
CONSENT_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The consent no longer exists (perhaps someone deleted it).")
WITHDRAW_NOTHING = QT_TRANSLATE_NOOP("Errors", "Choose at least one purpose to withdraw.")
WITHDRAW_BEFORE_GIVEN = QT_TRANSLATE_NOOP("Errors", "The withdrawal date ({value}) is before the consent was given ({given}).")
NOT_GRANTED = QT_TRANSLATE_NOOP("Errors", "The consent of {given} does not include «{purpose}».")
ALREADY_WITHDRAWN = QT_TRANSLATE_NOOP("Errors", "«{purpose}» was already withdrawn on {day}.")


class ConsentState(str, enum.Enum):
    """Whether a purpose of a consent is in force on a day, and if not, why."""

    IN_FORCE = "in_force"
    NOT_YET = "not_yet"  # the consent is dated after the day
    EXPIRED = "expired"  # its term ran out
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class ConsentInput:
    """What the consent dialog (or an import row) says about one signed form."""

    given_by: ConsentGiver | None
    given_on: date | None
    purposes: frozenset[ConsentPurpose]
    term: ConsentTerm | None = ConsentTerm.AFTER_STUDIES
    valid_until: date | None = None
    years_after_studies: int | None = 5
    giver_name: str | None = None
    giver_relation: str | None = None
    form_number: str | None = None
    notes: str | None = None

    def cleaned(self) -> ConsentInput:
        representative = self.given_by is ConsentGiver.REPRESENTATIVE
        return replace(
            self,
            purposes=frozenset(self.purposes),
            giver_name=fields.clean(self.giver_name) if representative else None,
            giver_relation=fields.clean(self.giver_relation) if representative else None,
            valid_until=self.valid_until if self.term is ConsentTerm.UNTIL_DATE else None,
            years_after_studies=self.years_after_studies if self.term is ConsentTerm.AFTER_STUDIES else None,
            form_number=fields.clean(self.form_number),
            notes=(self.notes or "").strip() or None,
        )


def check_consent(data: ConsentInput, birth_date: date | None, today: date) -> tuple[ConsentInput, list[Problem]]:
    """Clean ``data`` and list every problem at once; ``birth_date`` is the learner's."""
    d = data.cleaned()
    problems: list[Problem] = []
    if d.given_by is None:
        problems.append(Problem("given_by", fields.REQUIRED, {"label": L_GIVEN_BY}))
    fields.check_past_date(problems, "given_on", L_GIVEN_ON, d.given_on, today, required=True)
    if d.given_on is not None and birth_date is not None and d.given_on < birth_date and d.given_on <= today:
        problems.append(Problem("given_on", BEFORE_BIRTH, {"value": numeric_date(d.given_on), "birth": numeric_date(birth_date)}))
    if not d.purposes:
        problems.append(Problem("purposes", NO_PURPOSE))
    if d.term is None:
        problems.append(Problem("term", fields.REQUIRED, {"label": L_TERM}))
    elif d.term is ConsentTerm.UNTIL_DATE:
        if d.valid_until is None:
            problems.append(Problem("valid_until", fields.REQUIRED, {"label": L_VALID_UNTIL}))
        elif d.given_on is not None and d.valid_until < d.given_on:
            problems.append(
                Problem("valid_until", UNTIL_BEFORE_GIVEN, {"until": numeric_date(d.valid_until), "given": numeric_date(d.given_on)})
            )
    elif d.years_after_studies is None or not 0 <= d.years_after_studies <= MAX_YEARS_AFTER_STUDIES:
        problems.append(
            Problem("years_after_studies", fields.BAD_NUMBER, {"label": L_YEARS_AFTER, "low": 0, "high": MAX_YEARS_AFTER_STUDIES})
        )
    if d.given_by is ConsentGiver.REPRESENTATIVE:
        fields.check_name(problems, "giver_name", L_GIVER_NAME, d.giver_name, 200, required=True)
        fields.check_text(problems, "giver_relation", L_GIVER_RELATION, d.giver_relation, 60)
    elif (
        d.given_by is ConsentGiver.SELF
        and d.given_on is not None
        and birth_date is not None
        and birth_date <= d.given_on
        and age_on(birth_date, d.given_on) < ADULT_AGE
    ):
        problems.append(Problem("given_by", MINOR_OWN_CONSENT, {"given": numeric_date(d.given_on)}))
    fields.check_text(problems, "form_number", L_FORM_NUMBER, d.form_number, 40)
    fields.check_text(problems, "notes", L_NOTES, d.notes, 4000, printed=False)
    return d, problems


def add_consent(session: Session, person: Person, d: ConsentInput) -> Consent:
    """Save a consent already checked by :func:`check_consent` (the import's write path; no permission check)."""
    assert d.given_by is not None and d.given_on is not None and d.term is not None
    consent = Consent(
        person_id=person.id,
        given_by=d.given_by,
        giver_name=d.giver_name,
        giver_relation=d.giver_relation,
        given_on=d.given_on,
        term=d.term,
        valid_until=d.valid_until,
        years_after_studies=d.years_after_studies,
        form_number=d.form_number,
        notes=d.notes,
        purposes=[ConsentPurposeGrant(purpose=p) for p in sorted(d.purposes, key=_purpose_order)],
    )
    session.add(consent)
    session.flush()
    return consent


def record_consent(session: Session, person_id: int, data: ConsentInput, today: date) -> Consent:
    """Record a signed consent for the learner; ValidationError lists every problem and nothing is saved."""
    require(session, Permission.RECORD_CONSENTS)
    person = fetch(session, Person, person_id, LEARNER_NOT_FOUND)
    if person.anonymised_on is not None:
        raise UserError(ANONYMISED)
    d, problems = check_consent(data, person.birth_date, today)
    if problems:
        raise ValidationError(problems)
    return add_consent(session, person, d)


def withdraw_purposes(session: Session, consent_id: int, purposes: Iterable[ConsentPurpose], on: date | None, today: date) -> Consent:
    """Withdraw some or all purposes of a consent from ``on``; every problem is listed and nothing changes."""
    require(session, Permission.RECORD_CONSENTS)
    consent = fetch(session, Consent, consent_id, CONSENT_NOT_FOUND)
    if session.scalar(select(Person.anonymised_on).where(Person.id == consent.person_id)) is not None:
        raise UserError(ANONYMISED)
    chosen = set(purposes)
    problems: list[Problem] = []
    if not chosen:
        problems.append(Problem("purposes", WITHDRAW_NOTHING))
    fields.check_past_date(problems, "withdrawn_on", L_WITHDRAWN_ON, on, today, required=True)
    if on is not None and on < consent.given_on:
        problems.append(
            Problem("withdrawn_on", WITHDRAW_BEFORE_GIVEN, {"value": numeric_date(on), "given": numeric_date(consent.given_on)})
        )
    grants = {grant.purpose: grant for grant in consent.purposes}
    for purpose in sorted(chosen, key=_purpose_order):
        grant = grants.get(purpose)
        if grant is None:
            problems.append(Problem("purposes", NOT_GRANTED, {"given": numeric_date(consent.given_on), "purpose": PURPOSE_NAMES[purpose]}))
        elif grant.withdrawn_on is not None:
            problems.append(
                Problem("purposes", ALREADY_WITHDRAWN, {"purpose": PURPOSE_NAMES[purpose], "day": numeric_date(grant.withdrawn_on)})
            )
    if problems:
        raise ValidationError(problems)
    for purpose in chosen:
        grants[purpose].withdrawn_on = on
    session.flush()
    return consent


# -- the learner's card ---------------------------------------------------------------------


@dataclass(frozen=True)
class PurposeView:
    purpose: ConsentPurpose
    name: str  # a translatable template of consent_rules.PURPOSE_NAMES
    state: ConsentState
    withdrawn_on: date | None


@dataclass(frozen=True)
class ConsentView:
    id: int
    given_by: ConsentGiver
    giver_name: str | None
    giver_relation: str | None
    given_on: date
    term: ConsentTerm
    valid_until: date | None
    years_after_studies: int | None
    runs_until: date | None  # None while studies go on (term AFTER_STUDIES)
    form_number: str | None
    notes: str | None
    purposes: tuple[PurposeView, ...]

    @property
    def state(self) -> ConsentState:
        """In force while any purpose is; otherwise why not (expired before withdrawn)."""
        states = {p.state for p in self.purposes}
        for state in (ConsentState.IN_FORCE, ConsentState.NOT_YET, ConsentState.EXPIRED):
            if state in states:
                return state
        return ConsentState.WITHDRAWN

    @property
    def allows(self) -> tuple[str, ...]:
        """What the consent allows today, in words (translatable templates)."""
        return tuple(p.name for p in self.purposes if p.state is ConsentState.IN_FORCE)

    @property
    def withdrawable(self) -> tuple[ConsentPurpose, ...]:
        return tuple(p.purpose for p in self.purposes if p.withdrawn_on is None)


@dataclass(frozen=True)
class LearnerConsents:
    person_id: int
    birth_date: date
    consents: tuple[ConsentView, ...]  # the latest first
    own_consent_needed: bool  # the 18-year flag
    own_consent_due: date  # the 18th birthday plus the grace period
    anonymised: bool

    @property
    def in_force(self) -> tuple[ConsentView, ...]:
        return tuple(c for c in self.consents if c.state is ConsentState.IN_FORCE)

    @property
    def allowed(self) -> frozenset[ConsentPurpose]:
        return frozenset(p.purpose for c in self.consents for p in c.purposes if p.state is ConsentState.IN_FORCE)


def _purpose_order(purpose: ConsentPurpose) -> int:
    return list(ConsentPurpose).index(purpose)


def purpose_state(consent: Consent, withdrawn_on: date | None, runs_until: date | None, on: date) -> ConsentState:
    """The state of one purpose of ``consent`` on ``on``: the same rule as consent_rules.purposes_in_force."""
    if withdrawn_on is not None and withdrawn_on <= on:
        return ConsentState.WITHDRAWN
    if consent.given_on > on:
        return ConsentState.NOT_YET
    if runs_until is not None and runs_until < on:
        return ConsentState.EXPIRED
    return ConsentState.IN_FORCE


def consents_of(session: Session, person_id: int, today: date) -> LearnerConsents:
    """The learner's consents with the state of each purpose on ``today``, and the 18-year flag."""
    require(session, Permission.READ_PERSONAL_DATA)
    person = fetch(session, Person, person_id, LEARNER_NOT_FOUND)
    ended = studies_end(session, [person.id])[person.id]
    consents = session.scalars(
        select(Consent)
        .where(Consent.person_id == person.id)
        .options(selectinload(Consent.purposes))
        .order_by(Consent.given_on.desc(), Consent.id.desc())
    ).all()
    views: list[ConsentView] = []
    for consent in consents:
        until = consent_runs_until(consent, ended)
        purposes = tuple(
            PurposeView(
                grant.purpose,
                PURPOSE_NAMES[grant.purpose],
                ConsentState.EXPIRED
                if person.anonymised_on is not None and grant.withdrawn_on is None
                else purpose_state(consent, grant.withdrawn_on, until, today),
                grant.withdrawn_on,
            )
            for grant in sorted(consent.purposes, key=lambda g: _purpose_order(g.purpose))
        )
        views.append(
            ConsentView(
                consent.id,
                consent.given_by,
                consent.giver_name,
                consent.giver_relation,
                consent.given_on,
                consent.term,
                consent.valid_until,
                consent.years_after_studies,
                until,
                consent.form_number,
                consent.notes,
                purposes,
            )
        )
    grace = grace_days(session)
    return LearnerConsents(
        person.id,
        person.birth_date,
        tuple(views),
        own_consent_needed=person.id in needing_own_consent(session, [person.id], today, grace),
        own_consent_due=adult_from(person.birth_date) + timedelta(days=grace),
        anonymised=person.anonymised_on is not None,
    )
