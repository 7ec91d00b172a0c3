"""What the placement dialog shows, as plain data: the stored values and the choices, read in one session.

The window never walks ORM objects (a worker thread would load their
relationships after the session has closed); it gets this frozen value instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..permissions import Permission, require
from . import organisations, placements
from .agreement_list import AgreementChoice, agreements_by_partner
from .placements import ENTERPRISE_KINDS, PlacementInput


@dataclass(frozen=True)
class PlacementForm:
    enterprises: tuple[tuple[int, str], ...]  # (id, name) in the language asked for
    agreements: dict[int, list[AgreementChoice]]  # by partner
    placement: PlacementInput | None  # None for a new placement
    learner: str  # «Surname Given name — IIN» of the stored placement's learner


def placement_form(session: Session, placement_id: int | None, language: str) -> PlacementForm:
    require(session, Permission.READ_PERSONAL_DATA)
    data, learner = None, ""
    if placement_id is not None:
        placement = placements.get_placement(session, placement_id)
        data = PlacementInput(placement.person_id, placement.enterprise_id, placement.kind, placement.starts_on,
                              placement.ends_on, placement.agreement_id, placement.mentor)
        learner = f"{placement.person.full_name} — {placement.person.iin}"
    enterprises = organisations.organisation_choices(session, language, ENTERPRISE_KINDS, keep=data.enterprise_id if data else None)
    return PlacementForm(tuple(enterprises), agreements_by_partner(session), data, learner)
