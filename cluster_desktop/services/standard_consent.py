"""The college's standard consent form, and the first consent a new learner comes with.

A learner is registered with the consent form signed at registration (the
dialog, an import row, an application): who signed, when, the form's number and
its purposes.  Where purposes are not said (an old spreadsheet, ``import
--consent-date``), the form is the college's standard one: the purposes and the
years after studies in the settings ``standard_consent_purposes`` and
``standard_consent_years`` (by default education records, the cluster journey
and transfer to partner enterprises, until five years after studies).
Later consents, withdrawals and their checks are the consent service's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..models import Consent, ConsentGiver, ConsentPurpose, ConsentPurposeGrant, ConsentTerm
from ..models.base import utc_now
from ..settings_store import get_setting, set_setting

PURPOSES_KEY = "standard_consent_purposes"
YEARS_KEY = "standard_consent_years"
DEFAULT_PURPOSES = (ConsentPurpose.EDUCATION, ConsentPurpose.JOURNEY, ConsentPurpose.PARTNERS)
DEFAULT_YEARS = 5
MAX_YEARS = 75
CHUNK = 500


@dataclass(frozen=True)
class StandardForm:
    purposes: tuple[ConsentPurpose, ...]
    years_after_studies: int


@dataclass(frozen=True)
class FirstConsent:
    """A consent form as registration records it; giver name and relation come from the representative fields."""

    given_by: ConsentGiver
    given_on: date
    purposes: tuple[ConsentPurpose, ...]
    valid_until: date | None = None  # a date term; otherwise the end of studies plus years_after_studies
    years_after_studies: int | None = None
    form_number: str | None = None
    giver_name: str | None = None
    giver_relation: str | None = None
    notes: str | None = None


def ordered(purposes: Iterable[ConsentPurpose]) -> tuple[ConsentPurpose, ...]:
    """Purposes without repeats, in the list's own order."""
    chosen = set(purposes)
    return tuple(p for p in ConsentPurpose if p in chosen)


def standard_form(session: Session) -> StandardForm:
    """The standard form from the settings; a setting that cannot be read falls back to the college's default."""
    stored = get_setting(session, PURPOSES_KEY, None)
    purposes: tuple[ConsentPurpose, ...] = DEFAULT_PURPOSES
    if isinstance(stored, list):
        known = {p.value: p for p in ConsentPurpose}
        found = ordered(known[v] for v in stored if isinstance(v, str) and v in known)
        purposes = found or DEFAULT_PURPOSES
    years = get_setting(session, YEARS_KEY, DEFAULT_YEARS)
    if not isinstance(years, int) or isinstance(years, bool) or not 0 <= years <= MAX_YEARS:
        years = DEFAULT_YEARS
    return StandardForm(purposes, years)


def save_standard_form(session: Session, form: StandardForm) -> None:
    """Store the standard form (the caller checks the permission to change settings)."""
    set_setting(session, PURPOSES_KEY, [p.value for p in ordered(form.purposes)])
    set_setting(session, YEARS_KEY, form.years_after_studies)


def _values(person_id: int, consent: FirstConsent, form: StandardForm) -> dict[str, Any]:
    dated = consent.valid_until is not None
    return {
        "person_id": person_id,
        "given_by": consent.given_by,
        "giver_name": consent.giver_name if consent.given_by is ConsentGiver.REPRESENTATIVE else None,
        "giver_relation": consent.giver_relation if consent.given_by is ConsentGiver.REPRESENTATIVE else None,
        "given_on": consent.given_on,
        "term": ConsentTerm.UNTIL_DATE if dated else ConsentTerm.AFTER_STUDIES,
        "valid_until": consent.valid_until,
        "years_after_studies": None
        if dated
        else (consent.years_after_studies if consent.years_after_studies is not None else form.years_after_studies),
        "form_number": consent.form_number,
        "notes": consent.notes,
    }


def add_first_consent(session: Session, person_id: int, consent: FirstConsent, form: StandardForm) -> Consent:
    """The checked first consent as a record of the session (audited like every record)."""
    values = _values(person_id, consent, form)
    record = Consent(**values)
    record.purposes = [ConsentPurposeGrant(purpose=p) for p in ordered(consent.purposes)]
    session.add(record)
    return record


def insert_first_consents(session: Session, consents: list[tuple[int, FirstConsent]], form: StandardForm) -> int:
    """Bulk-insert checked first consents of new learners (the import); how many were written."""
    now = utc_now()
    for start in range(0, len(consents), CHUNK):
        chunk = consents[start : start + CHUNK]
        rows = [{**_values(person_id, c, form), "created_at": now, "updated_at": now} for person_id, c in chunk]
        session.execute(insert(Consent.__table__), rows)
        found = session.execute(select(Consent.person_id, Consent.id).where(Consent.person_id.in_([p for p, _c in chunk])))
        by_person = {row.person_id: row.id for row in found}
        grants = [
            {"consent_id": by_person[person_id], "purpose": purpose, "withdrawn_on": None}
            for person_id, c in chunk
            for purpose in ordered(c.purposes)
        ]
        if grants:
            session.execute(insert(ConsentPurposeGrant.__table__), grants)
    return len(consents)
