"""What the Programmes page shows, read in background work as plain snapshots.

The loaders run on a worker thread inside a session; what they return holds no
ORM objects, so the GUI thread can keep it after the session has closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from ..dates import numeric_date
from ..languages import LANGUAGES, shown_in, value_in
from ..models import EnrolmentStatus, ProgrammeKind
from ..text import kazakh_sort_key
from . import programmes


@dataclass(frozen=True)
class GroupSummary:
    id: int
    programme_id: int
    name: str
    language: str
    starts_on: date
    ends_on: date | None
    learners: int


@dataclass(frozen=True)
class ProgrammeSummary:
    id: int
    kind: ProgrammeKind
    names: dict[str, str]  # kk, ru, en (en may be empty)
    qualification_code: str | None
    qualification_names: dict[str, str]  # kk, ru, en: the ones kept
    hours: int
    languages: tuple[str, ...]
    partner: dict[str, str] | None  # kk, ru
    description: str | None
    groups: tuple[GroupSummary, ...]

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["ru"]

    def shown_name(self, language: str) -> tuple[str, str]:
        """The name a screen in ``language`` shows, and the language it is in (see languages.shown_in)."""
        return shown_in({f"name_{lang}": text for lang, text in self.names.items()}, "name", language)

    def qualification_name(self, language: str) -> tuple[str, str]:
        """The qualification a screen in ``language`` shows, and the language it is in."""
        return shown_in({f"q_{lang}": text for lang, text in self.qualification_names.items()}, "q", language)

    @property
    def learners(self) -> int:
        return sum(g.learners for g in self.groups)


@dataclass(frozen=True)
class MemberRow:
    enrolment_id: int
    full_name: str
    iin: str
    status: EnrolmentStatus
    result_percent: Decimal | None
    letter_grade: str | None
    five_point_grade: int | None
    enrolled_on: date
    finished_on: date | None


def load_programmes(session: Session) -> list[ProgrammeSummary]:
    """Plain snapshots of every programme with its groups, safe to hand to the GUI thread."""
    result = []
    sizes = programmes.group_sizes(session)
    for p in programmes.list_programmes(session):
        groups = tuple(
            GroupSummary(g.id, p.id, g.name, g.language, g.starts_on, g.ends_on, sizes.get(g.id, 0))
            for g in sorted(p.groups, key=lambda g: (g.starts_on, kazakh_sort_key(g.name)))
        )
        result.append(
            ProgrammeSummary(
                id=p.id,
                kind=p.kind,
                names={"kk": p.name_kk, "ru": p.name_ru, "en": p.name_en or ""},
                qualification_code=p.qualification_code,
                qualification_names={lang: value for lang in LANGUAGES if (value := value_in(p, "qualification_name", lang))},
                hours=p.hours,
                languages=tuple(code for code in p.languages.split(",") if code),
                partner={"kk": p.partner.name_kk, "ru": p.partner.name_ru} if p.partner else None,
                description=p.description,
                groups=groups,
            )
        )
    return result


def load_members(session: Session, group_id: int) -> list[MemberRow]:
    """Plain rows of one group's enrolments, safe to hand to the GUI thread."""
    return [
        MemberRow(
            e.id, e.person.full_name, e.person.iin, e.status, e.result_percent,
            e.letter_grade, e.five_point_grade, e.enrolled_on, e.finished_on,
        )
        for e in programmes.group_members(session, group_id)
    ]


def period_text(start: date | None, end: date | None) -> str:
    return f"{numeric_date(start)} – {numeric_date(end) or '…'}"
