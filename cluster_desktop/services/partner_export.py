"""The learners a partner receives: ``export learners --for-partner ID``.

A partner's learners on a day are those named in its agreements in force that
day (signed, not a draft, not terminated, the learner's own period covering
the day) and those on a placement with it that day.  Handing the list to the
partner is a transfer of their data: refused, naming the learners, unless each
one's consent allows it on that day — a transfer abroad for a partner outside
Kazakhstan.  Nothing is written for anyone then.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP
from ..models import Agreement, AgreementLearner, Person, Placement
from ..permissions import Permission, require
from .consent_rules import partner_purpose, require_purpose
from .learner_list import LearnerRow
from .list_export import ExportList, learners_list
from .organisations import get_organisation

T_PARTNER_LEARNERS = QT_TRANSLATE_NOOP("Errors", "Learners for a partner")
_ROW = (
    Person.id,
    Person.iin,
    Person.surname,
    Person.given_name,
    Person.patronymic,
    Person.birth_date,
    Person.sex,
    Person.current_stage,
    Person.phone,
)


def partner_learner_ids(session: Session, organisation_id: int, on: date) -> list[int]:
    """The learners named in the partner's agreements in force on ``on`` or on a placement with it that day."""
    start = func.coalesce(AgreementLearner.starts_on, Agreement.starts_on)
    end = func.coalesce(AgreementLearner.ends_on, Agreement.ends_on)
    in_agreements = (
        select(AgreementLearner.person_id)
        .join(Agreement, Agreement.id == AgreementLearner.agreement_id)
        .where(
            Agreement.partner_id == organisation_id,
            Agreement.is_draft.is_(False),
            Agreement.signed_on <= on,
            or_(Agreement.terminated_on.is_(None), Agreement.terminated_on > on),
            start <= on,
            or_(end.is_(None), end >= on),
        )
    )
    on_placements = select(Placement.person_id).where(
        Placement.enterprise_id == organisation_id, Placement.starts_on <= on, or_(Placement.ends_on.is_(None), Placement.ends_on >= on)
    )
    statement = select(Person.id).where(Person.id.in_(in_agreements.union(on_placements))).order_by(Person.sort_key, Person.id)
    return list(session.scalars(statement))


def learners_for_partner(session: Session, organisation_id: int, on: date) -> ExportList[LearnerRow]:
    """The partner's learners on ``on`` as the learner list exports them; ConsentMissing (naming them) when any lacks consent."""
    require(session, Permission.EXPORT_PERSONAL_DATA)
    partner = get_organisation(session, organisation_id)
    ids = partner_learner_ids(session, organisation_id, on)
    require_purpose(session, ids, partner_purpose(partner), on)

    def rows(current: Session) -> list[LearnerRow]:
        found = {row[0]: LearnerRow(*row) for row in current.execute(select(*_ROW).where(Person.id.in_(ids)))} if ids else {}
        return [found[person_id] for person_id in ids if person_id in found]

    return replace(learners_list(), title=T_PARTNER_LEARNERS, count=lambda _session: len(ids), rows=rows)
