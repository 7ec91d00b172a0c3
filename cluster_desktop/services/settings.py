"""Installation settings kept in the database, and the college's details printed on documents.

Settings live in the database (not in a per-PC file) so that every PC on a
shared database prints the same details and a backup carries them.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy.orm import Session

from .. import audit
from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..ids import parse_bin
from ..models import Setting
from ..permissions import Permission, require
from .fields import check_text, clean

COLLEGE_KEY = "college"
MISSING_DETAIL = QT_TRANSLATE_NOOP("Errors", "{label} is missing from the college's details (Settings → College details).")
LOGO_TOO_BIG = QT_TRANSLATE_NOOP("Errors", "The logo is too large: {size} KB, at most {limit} KB.")

LABELS = {
    "name_kk": QT_TRANSLATE_NOOP("Errors", "College name in Kazakh"),
    "name_ru": QT_TRANSLATE_NOOP("Errors", "College name in Russian"),
    "name_en": QT_TRANSLATE_NOOP("Errors", "College name in English"),
    "bin": QT_TRANSLATE_NOOP("Errors", "BIN"),
    "director": QT_TRANSLATE_NOOP("Errors", "Director's name"),
    "city": QT_TRANSLATE_NOOP("Errors", "City"),
}
LOGO_LIMIT_KB = 512


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value)


def set_setting(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
    session.flush()


@dataclass
class CollegeDetails:
    """What documents print about the college; the logo is PNG or JPEG bytes."""

    name_kk: str = ""
    name_ru: str = ""
    name_en: str = ""
    bin: str = ""
    director: str = ""
    city: str = ""
    logo: bytes | None = None

    def name(self, language: str) -> str:
        return {"kk": self.name_kk, "ru": self.name_ru, "en": self.name_en}[language]

    def missing(self, language: str) -> list[str]:
        """The fields a document in ``language`` needs that are empty, as keys of ``LABELS``."""
        needed = [f"name_{language}", "bin", "director", "city"]
        return [key for key in needed if not getattr(self, key)]


def load_college_details(session: Session) -> CollegeDetails:
    stored = get_setting(session, COLLEGE_KEY, {})
    known = {f.name for f in fields(CollegeDetails)}
    values = {k: v for k, v in stored.items() if k in known}
    if values.get("logo"):
        values["logo"] = base64.b64decode(values["logo"])
    return CollegeDetails(**values)


def validate_college_details(details: CollegeDetails) -> CollegeDetails:
    """The details trimmed, or ValidationError naming each field that is wrong.  Empty fields are allowed."""
    cleaned = CollegeDetails(
        **{k: clean(v) or "" for k, v in asdict(details).items() if k != "logo"}, logo=details.logo or None
    )
    problems: list[Problem] = []
    for key in ("name_kk", "name_ru", "name_en"):
        check_text(problems, key, LABELS[key], getattr(cleaned, key), 300)
    check_text(problems, "director", LABELS["director"], cleaned.director, 200)
    check_text(problems, "city", LABELS["city"], cleaned.city, 100)
    if cleaned.bin:
        try:
            cleaned.bin = parse_bin(cleaned.bin)
        except ValidationError as exc:
            problems.extend(exc.problems)
    if cleaned.logo and len(cleaned.logo) > LOGO_LIMIT_KB * 1024:
        problems.append(Problem("logo", LOGO_TOO_BIG, {"size": len(cleaned.logo) // 1024, "limit": LOGO_LIMIT_KB}))
    if problems:
        raise ValidationError(problems)
    return cleaned


def save_college_details(session: Session, details: CollegeDetails) -> CollegeDetails:
    require(session, Permission.EDIT_SETTINGS)
    cleaned = validate_college_details(details)
    value = asdict(cleaned)
    value["logo"] = base64.b64encode(cleaned.logo).decode("ascii") if cleaned.logo else None
    set_setting(session, COLLEGE_KEY, value)
    audit.record(session, audit.SETTINGS, "setting", COLLEGE_KEY)
    return cleaned


def require_college_details(details: CollegeDetails, language: str) -> None:
    """Refuse to print a document in ``language`` while a detail it shows is missing."""
    missing = details.missing(language)
    if missing:
        raise ValidationError([Problem(key, MISSING_DETAIL, {"label": LABELS[key]}) for key in missing])
