"""The college's details printed on documents and named in backups, as stored in the settings.

Documents, backups and services all read them, so they live here, below all
three; changing them (checked, permitted, audited) is the use case
:func:`cluster_desktop.services.settings.save_college_details`.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, fields

from sqlalchemy.orm import Session

from .errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from .settings_store import get_setting

COLLEGE_KEY = "college"
MISSING_DETAIL = QT_TRANSLATE_NOOP("Errors", "{label} is missing from the college's details (Settings → College details).")

LABELS = {
    "name_kk": QT_TRANSLATE_NOOP("Errors", "College name in Kazakh"),
    "name_ru": QT_TRANSLATE_NOOP("Errors", "College name in Russian"),
    "name_en": QT_TRANSLATE_NOOP("Errors", "College name in English"),
    "bin": QT_TRANSLATE_NOOP("Errors", "BIN"),
    "director": QT_TRANSLATE_NOOP("Errors", "Director's name"),
    "city": QT_TRANSLATE_NOOP("Errors", "City"),
}


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


def require_college_details(details: CollegeDetails, language: str) -> None:
    """Refuse to print a document in ``language`` while a detail it shows is missing."""
    missing = details.missing(language)
    if missing:
        raise ValidationError([Problem(key, MISSING_DETAIL, {"label": LABELS[key]}) for key in missing])
