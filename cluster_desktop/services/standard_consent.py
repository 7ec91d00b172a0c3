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
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from .. import audit
from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import Consent, ConsentPurpose, ConsentPurposeGrant
from ..models.base import utc_now
from ..permissions import Permission, require
from ..settings_store import get_setting, set_setting
from .fields import BAD_NUMBER

if TYPE_CHECKING:  # consents builds on the learner service, which builds on this module
    from .consents import ConsentInput

PURPOSES_KEY = "standard_consent_purposes"
YEARS_KEY = "standard_consent_years"
DEFAULT_PURPOSES = (ConsentPurpose.EDUCATION, ConsentPurpose.JOURNEY, ConsentPurpose.PARTNERS)
DEFAULT_YEARS = 5
MAX_YEARS = 75
CHUNK = 500
NO_PURPOSE = QT_TRANSLATE_NOOP("Errors", "The standard form allows at least one purpose: tick the ones the college's paper form lists.")
L_YEARS = QT_TRANSLATE_NOOP("Errors", "Years after the end of studies")


@dataclass(frozen=True)
class StandardForm:
    purposes: tuple[ConsentPurpose, ...]
    years_after_studies: int


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


def save_standard_form(session: Session, form: StandardForm) -> StandardForm:
    """Store the college's standard form (Settings → Standard consent form); every problem is listed and nothing changes."""
    require(session, Permission.EDIT_SETTINGS)
    purposes = ordered(form.purposes)
    problems: list[Problem] = []
    if not purposes:
        problems.append(Problem("purposes", NO_PURPOSE))
    years = form.years_after_studies
    if isinstance(years, bool) or not isinstance(years, int) or not 0 <= years <= MAX_YEARS:
        problems.append(Problem("years_after_studies", BAD_NUMBER, {"label": L_YEARS, "low": 0, "high": MAX_YEARS}))
    if problems:
        raise ValidationError(problems)
    saved = StandardForm(purposes, years)
    set_setting(session, PURPOSES_KEY, [p.value for p in purposes])
    set_setting(session, YEARS_KEY, years)
    audit.record(session, audit.SETTINGS, "setting", PURPOSES_KEY, {"purposes": [p.value for p in purposes], "years": years})
    return saved


def insert_consents(session: Session, consents: list[tuple[int, ConsentInput]]) -> int:
    """Bulk-insert checked consents of new learners (the import: 10k in a few statements); how many were written."""
    now = utc_now()
    for start in range(0, len(consents), CHUNK):
        chunk = consents[start : start + CHUNK]
        rows = [
            {
                "person_id": person_id,
                "given_by": c.given_by,
                "giver_name": c.giver_name,
                "giver_relation": c.giver_relation,
                "given_on": c.given_on,
                "term": c.term,
                "valid_until": c.valid_until,
                "years_after_studies": c.years_after_studies,
                "form_number": c.form_number,
                "notes": c.notes,
                "created_at": now,
                "updated_at": now,
            }
            for person_id, c in chunk
        ]
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
