"""Which purposes a learner's consents allow on a day, and the refusal when one is missing.

Every use of a learner's data that a purpose governs asks :func:`require_purpose`
first, in the service, so the window and the command line obey alike:

* education records (issuing certificates, enrolling),
* the cluster journey (moving between stages, being named at a session),
* transfer to partner enterprises (agreements naming the learner, placements, exports for a partner),
* transfer abroad (the same with an organisation outside Kazakhstan),
* photos and publicity.

A purpose is in force on a day when a consent giving it was signed on or
before that day, has not run out (its date, or the end of studies plus its
years), and the purpose was not withdrawn on or before that day.  An
anonymised person has no consent in force.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..dates import add_years, numeric_date
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..models import Consent, ConsentPurpose, ConsentPurposeGrant, ConsentTerm, Organisation, Person, Stage, StageRecord

PURPOSE_NAMES = {
    ConsentPurpose.EDUCATION: QT_TRANSLATE_NOOP("Errors", "education records"),
    ConsentPurpose.JOURNEY: QT_TRANSLATE_NOOP("Errors", "the cluster journey across stages"),
    ConsentPurpose.PARTNERS: QT_TRANSLATE_NOOP("Errors", "transfer to partner enterprises"),
    ConsentPurpose.ABROAD: QT_TRANSLATE_NOOP("Errors", "transfer abroad to partner universities"),
    ConsentPurpose.PUBLICITY: QT_TRANSLATE_NOOP("Errors", "photos and publicity"),
}
NO_CONSENT = QT_TRANSLATE_NOOP(
    "Errors", "{names}: no consent in force on {day} for «{purpose}». Record the signed consent first."
)
NO_CONSENT_MANY = QT_TRANSLATE_NOOP(
    "Errors", "{names} and {more} more: no consent in force on {day} for «{purpose}». Record the signed consents first."
)
NAMES_SHOWN = 3
HOME_COUNTRY = "KZ"  # an organisation elsewhere receives learners' data as a transfer abroad
EDUCATION_STAGES = (Stage.PRESCHOOL, Stage.SCHOOL, Stage.COLLEGE)
_CHUNK = 500  # ids per IN list: far below every backend's limit on bound parameters


class ConsentMissing(UserError):
    """No consent in force covers the purpose for one or more learners; nothing was done."""

    def __init__(self, template: str, person_ids: Sequence[int], purpose: ConsentPurpose, **params: object) -> None:
        self.person_ids = tuple(person_ids)
        self.purpose = purpose
        super().__init__(template, purpose=PURPOSE_NAMES[purpose], **params)


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def partner_purpose(organisation: Organisation) -> ConsentPurpose:
    """The purpose naming learners to ``organisation`` needs: a transfer abroad outside Kazakhstan, else to a partner."""
    return ConsentPurpose.PARTNERS if (organisation.country or HOME_COUNTRY) == HOME_COUNTRY else ConsentPurpose.ABROAD


def studies_end(session: Session, person_ids: Iterable[int]) -> dict[int, date | None]:
    """When each person's studies in the cluster ended: None while an education stage is open (or none is known)."""
    ids = sorted(set(person_ids))
    ended: dict[int, date | None] = {}
    studying: set[int] = set()
    for chunk in _chunks(ids):
        rows = session.execute(
            select(StageRecord.person_id, StageRecord.ended_on).where(
                StageRecord.person_id.in_(chunk), StageRecord.stage.in_(EDUCATION_STAGES)
            )
        )
        for person_id, ended_on in rows:
            if ended_on is None:
                studying.add(person_id)
            elif person_id not in ended or (ended[person_id] or date.min) < ended_on:
                ended[person_id] = ended_on
    return {person_id: None if person_id in studying else ended.get(person_id) for person_id in ids}


def consent_runs_until(consent: Consent, studies_ended: date | None) -> date | None:
    """The last day ``consent`` lasts; None while it cannot have run out (studies go on)."""
    if consent.term is ConsentTerm.UNTIL_DATE:
        return consent.valid_until
    if studies_ended is None:
        return None
    return add_years(studies_ended, consent.years_after_studies or 0)


def purposes_in_force(session: Session, person_ids: Iterable[int], on: date) -> dict[int, set[ConsentPurpose]]:
    """The purposes each person's consents allow on ``on``; every asked id is a key."""
    ids = sorted(set(person_ids))
    allowed: dict[int, set[ConsentPurpose]] = {person_id: set() for person_id in ids}
    ends = studies_end(session, ids)
    for chunk in _chunks(ids):
        rows = session.execute(
            select(Consent, ConsentPurposeGrant.purpose, ConsentPurposeGrant.withdrawn_on)
            .join(ConsentPurposeGrant, ConsentPurposeGrant.consent_id == Consent.id)
            .join(Person, Person.id == Consent.person_id)
            .where(Consent.person_id.in_(chunk), Consent.given_on <= on, Person.anonymised_on.is_(None))
        )
        for consent, purpose, withdrawn_on in rows:
            if withdrawn_on is not None and withdrawn_on <= on:
                continue
            until = consent_runs_until(consent, ends[consent.person_id])
            if until is None or until >= on:
                allowed[consent.person_id].add(purpose)
    return allowed


def without_purpose(session: Session, person_ids: Iterable[int], purpose: ConsentPurpose, on: date) -> list[int]:
    """The ids among ``person_ids`` whose consents do not allow ``purpose`` on ``on``, in the order given."""
    given = list(dict.fromkeys(person_ids))
    allowed = purposes_in_force(session, given, on)
    return [person_id for person_id in given if purpose not in allowed[person_id]]


def require_purpose(session: Session, person_ids: Iterable[int], purpose: ConsentPurpose, on: date) -> None:
    """Refuse with :class:`ConsentMissing`, naming the learners, unless each one's consent allows ``purpose``."""
    missing = without_purpose(session, person_ids, purpose, on)
    if not missing:
        return
    names = dict(
        session.execute(select(Person.id, Person.surname + " " + Person.given_name).where(Person.id.in_(missing[:NAMES_SHOWN])))
        .tuples()
        .all()
    )
    shown = ", ".join(names.get(person_id, "?") for person_id in missing[:NAMES_SHOWN])
    if len(missing) > NAMES_SHOWN:
        raise ConsentMissing(NO_CONSENT_MANY, missing, purpose, names=shown, more=len(missing) - NAMES_SHOWN, day=numeric_date(on))
    raise ConsentMissing(NO_CONSENT, missing, purpose, names=shown, day=numeric_date(on))
