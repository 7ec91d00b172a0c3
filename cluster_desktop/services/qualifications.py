"""The qualification catalogue: look-ups for the forms, the check every coded field passes, and its upkeep.

Programmes, employers' requests and certificates name a qualification only by
a code of the catalogue (:mod:`cluster_desktop.models.qualification`), so a
mistyped code is refused naming its field instead of starting a phantom line in
the demand forecast.  A code is compared as :func:`.normal_code` writes it
(«0724 0100», «3w07240101» find their entries) and stored as the catalogue spells it.
Adding or correcting entries is a settings change (administrators); the audit
log records it as any other change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..languages import value_in
from ..models.qualification import Qualification
from ..permissions import Permission, require
from ..qualification_codes import normal_code
from . import fields
from .records import fetch

L_CODE = QT_TRANSLATE_NOOP("Errors", "Code")
L_SPECIALTY = QT_TRANSLATE_NOOP("Errors", "Specialty")
L_NAME_EN = QT_TRANSLATE_NOOP("Errors", "Name in English")

UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "Errors", "{label}: «{code}» is not in the qualification catalogue; choose it from the list (Settings → Qualifications adds a new one)."
)
BAD_CODE = QT_TRANSLATE_NOOP(
    "Errors", "The code «{code}» is neither a specialty's (8 digits, e.g. 07240100) nor a qualification's (e.g. 3W07240101)."
)
CODE_TAKEN = QT_TRANSLATE_NOOP("Errors", "The catalogue already has the code «{code}».")
CODE_FIXED = QT_TRANSLATE_NOOP("Errors", "An entry's code cannot be changed; add a new entry instead.")
SPECIALTY_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "There is no specialty «{code}» in the catalogue.")
SPECIALTY_NEEDED = QT_TRANSLATE_NOOP("Errors", "A qualification belongs to a specialty: choose it.")
SPECIALTY_NOT_ITS = QT_TRANSLATE_NOOP(
    "Errors", "The qualification «{code}» does not belong to the specialty «{specialty}»: its digits differ."
)
SPECIALTY_HAS_NONE = QT_TRANSLATE_NOOP("Errors", "A specialty's code (8 digits) does not belong to another specialty.")
ENTRY_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The catalogue entry no longer exists (perhaps someone deleted it).")

SPECIALTY_CODE = re.compile(r"\d{8}")
QUALIFICATION_CODE = re.compile(r"\d[A-Z]\d{8}")


@dataclass(frozen=True)
class QualificationChoice:
    code: str
    name: str  # in the language asked, another's when it has none
    shown: str  # «code — name» as a list shows it
    is_specialty: bool
    needs_checking: bool


@dataclass(frozen=True)
class QualificationInput:
    code: str
    name_kk: str
    name_ru: str
    specialty_code: str | None = None  # None: the entry is a specialty
    name_en: str | None = None


def entries(session: Session) -> list[Qualification]:
    """The catalogue by code."""
    return list(session.scalars(select(Qualification).order_by(Qualification.code)))


def find(session: Session, code: str | None) -> Qualification | None:
    """The catalogue's entry for a code as typed (spaces, dots, case and Cyrillic look-alikes aside), or None."""
    if not code or not code.strip():
        return None
    wanted = normal_code(code)
    found = session.scalars(select(Qualification).where(Qualification.code.in_({wanted, code.strip()}))).first()
    return found


def check_code(session: Session, problems: list[Problem], field: str, label: str, code: str | None) -> Qualification | None:
    """The entry a coded field names; an unknown code appends a problem naming the field and the code."""
    if not code:
        return None
    entry = find(session, code)
    if entry is None:
        problems.append(Problem(field, UNKNOWN_CODE, {"label": label, "code": code}))
    return entry


def choices(session: Session, language: str) -> list[QualificationChoice]:
    """Every entry as a form's list offers it, by code: «07240100 — Подземная разработка…»."""
    result = []
    for entry in entries(session):
        name = entry.name(language)
        result.append(QualificationChoice(entry.code, name, f"{entry.code} — {name}", entry.specialty_code is None, entry.needs_checking))
    return result


def names_by_code(session: Session, language: str) -> dict[str, str]:
    """«code name» of every entry, as the forecast labels its lines."""
    return {c.code: f"{c.code} {c.name}" for c in choices(session, language)}


def qualification_names(entry: Qualification) -> dict[str, str]:
    """The entry's names in the languages it has them (kk, ru, en)."""
    return {lang: value_in(entry, "name", lang) for lang in ("kk", "ru", "en") if value_in(entry, "name", lang)}


def validate_entry(session: Session, data: QualificationInput, entry_id: int | None = None) -> tuple[QualificationInput, list[Problem]]:
    d = QualificationInput(
        code=normal_code(data.code or ""),
        name_kk=fields.clean(data.name_kk) or "",
        name_ru=fields.clean(data.name_ru) or "",
        specialty_code=normal_code(data.specialty_code) if data.specialty_code and data.specialty_code.strip() else None,
        name_en=fields.clean(data.name_en),
    )
    problems: list[Problem] = []
    fields.check_text(problems, "name_kk", fields.L_NAME_KK, d.name_kk, 300, required=True)
    fields.check_text(problems, "name_ru", fields.L_NAME_RU, d.name_ru, 300, required=True)
    fields.check_text(problems, "name_en", L_NAME_EN, d.name_en, 300)
    existing = session.get(Qualification, entry_id) if entry_id is not None else None
    if existing is not None:
        if d.code and d.code != normal_code(existing.code):
            problems.append(Problem("code", CODE_FIXED))
        d = QualificationInput(existing.code, d.name_kk, d.name_ru, d.specialty_code, d.name_en)
        return d, problems + _specialty_problems(session, d)
    if not d.code:
        problems.append(Problem("code", fields.REQUIRED, {"label": L_CODE}))
        return d, problems
    if not (SPECIALTY_CODE.fullmatch(d.code) or QUALIFICATION_CODE.fullmatch(d.code)):
        problems.append(Problem("code", BAD_CODE, {"code": d.code}))
        return d, problems
    if find(session, d.code) is not None:
        problems.append(Problem("code", CODE_TAKEN, {"code": d.code}))
    return d, problems + _specialty_problems(session, d)


def _specialty_problems(session: Session, d: QualificationInput) -> list[Problem]:
    if SPECIALTY_CODE.fullmatch(d.code):
        return [Problem("specialty_code", SPECIALTY_HAS_NONE)] if d.specialty_code else []
    if d.specialty_code is None:
        return [Problem("specialty_code", SPECIALTY_NEEDED)]
    specialty = find(session, d.specialty_code)
    if specialty is None or specialty.specialty_code is not None:
        return [Problem("specialty_code", SPECIALTY_UNKNOWN, {"code": d.specialty_code})]
    if QUALIFICATION_CODE.fullmatch(d.code) and d.code[2:8] != specialty.code[:6]:
        return [Problem("specialty_code", SPECIALTY_NOT_ITS, {"code": d.code, "specialty": specialty.code})]
    return []


def _apply(entry: Qualification, d: QualificationInput) -> None:
    entry.code = d.code
    entry.specialty_code = d.specialty_code
    entry.name_kk, entry.name_ru, entry.name_en = d.name_kk, d.name_ru, d.name_en
    entry.needs_checking = False  # saved by someone entitled to: checked


def create_entry(session: Session, data: QualificationInput) -> Qualification:
    require(session, Permission.EDIT_SETTINGS)
    d, problems = validate_entry(session, data)
    if problems:
        raise ValidationError(problems)
    entry = Qualification()
    _apply(entry, d)
    session.add(entry)
    session.flush()
    return entry


def get_entry(session: Session, entry_id: int) -> Qualification:
    return fetch(session, Qualification, entry_id, ENTRY_NOT_FOUND)


def entry_input(session: Session, entry_id: int) -> QualificationInput:
    e = get_entry(session, entry_id)
    return QualificationInput(e.code, e.name_kk or "", e.name_ru or "", e.specialty_code, e.name_en)


def update_entry(session: Session, entry_id: int, data: QualificationInput) -> Qualification:
    """Corrects an entry's names or specialty (its code stays); saving marks an entry «needs checking» as checked."""
    require(session, Permission.EDIT_SETTINGS)
    entry = get_entry(session, entry_id)
    d, problems = validate_entry(session, data, entry_id)
    if problems:
        raise ValidationError(problems)
    _apply(entry, d)
    session.flush()
    return entry
