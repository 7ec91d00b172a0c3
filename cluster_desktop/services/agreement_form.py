"""What the agreement dialog shows, as plain data: the stored values, the partners and programmes offered, the learners' names."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..models import OrganisationKind
from ..permissions import Permission, require
from . import agreements, organisations, programmes
from .agreements import AgreementInput


@dataclass(frozen=True)
class PartnerChoice:
    id: int
    name: str  # in the language asked for
    kind: OrganisationKind  # which kinds of agreement it may sign


@dataclass(frozen=True)
class AgreementForm:
    partners: list[PartnerChoice]
    programmes: list[tuple[int, str]]
    agreement: AgreementInput | None  # None for a new agreement
    learner_names: dict[int, str]  # «Surname Given name — IIN» of the attached learners, by id


def agreement_form(session: Session, agreement_id: int | None, language: str) -> AgreementForm:
    require(session, Permission.READ_PERSONAL_DATA)
    partners = [PartnerChoice(o.id, o.name(language), o.kind) for o in organisations.list_organisations(session)]
    data, names = None, {}
    if agreement_id is not None:
        data = agreements.agreement_input(agreements.get_agreement(session, agreement_id))
        names = {p.id: f"{p.full_name} — {p.iin}" for _link, p in agreements.agreement_learners(session, agreement_id)}
    return AgreementForm(partners, programmes.programme_choices(session, language), data, names)
