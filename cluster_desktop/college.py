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
from .languages import value_in
from .settings_store import get_setting

COLLEGE_KEY = "college"
MISSING_DETAIL = QT_TRANSLATE_NOOP("Errors", "{label} is missing from the college's details (Settings → College details).")

LABELS = {
    "name_kk": QT_TRANSLATE_NOOP("Errors", "College name in Kazakh"),
    "name_ru": QT_TRANSLATE_NOOP("Errors", "College name in Russian"),
    "name_en": QT_TRANSLATE_NOOP("Errors", "College name in English"),
    "bin": QT_TRANSLATE_NOOP("Errors", "BIN"),
    "director_kk": QT_TRANSLATE_NOOP("Errors", "Director's name in Kazakh"),
    "director_ru": QT_TRANSLATE_NOOP("Errors", "Director's name in Russian"),
    "director_en": QT_TRANSLATE_NOOP("Errors", "Director's name in English"),
    "city_kk": QT_TRANSLATE_NOOP("Errors", "City in Kazakh"),
    "city_ru": QT_TRANSLATE_NOOP("Errors", "City in Russian"),
    "city_en": QT_TRANSLATE_NOOP("Errors", "City in English"),
    "address_kk": QT_TRANSLATE_NOOP("Errors", "Address in Kazakh"),
    "address_ru": QT_TRANSLATE_NOOP("Errors", "Address in Russian"),
    "address_en": QT_TRANSLATE_NOOP("Errors", "Address in English"),
    "bank_kk": QT_TRANSLATE_NOOP("Errors", "Bank in Kazakh"),
    "bank_ru": QT_TRANSLATE_NOOP("Errors", "Bank in Russian"),
    "iban": QT_TRANSLATE_NOOP("Errors", "IBAN"),
    "bic": QT_TRANSLATE_NOOP("Errors", "BIC"),
}


@dataclass
class CollegeDetails:
    """What documents print about the college, each text in each language it is printed in (see languages.value_in).

    The director's name reads the same in Kazakh and Russian as a rule, but is kept in each (and in
    Latin letters for English). ``director_sex`` («M»/«F», '' unknown) is for the grammar of Russian
    documents. The logo is PNG or JPEG bytes.
    """

    name_kk: str = ""
    name_ru: str = ""
    name_en: str = ""
    bin: str = ""
    director_kk: str = ""
    director_ru: str = ""
    director_en: str = ""
    director_sex: str = ""
    city_kk: str = ""
    city_ru: str = ""
    city_en: str = ""
    address_kk: str = ""
    address_ru: str = ""
    address_en: str = ""
    bank_kk: str = ""
    bank_ru: str = ""
    iban: str = ""
    bic: str = ""
    logo: bytes | None = None

    def name(self, language: str) -> str:
        return value_in(self, "name", language)

    def missing(self, language: str) -> list[str]:
        """The fields a document in ``language`` needs that are empty, as keys of ``LABELS``."""
        needed = [f"name_{language}", "bin", f"director_{language}", f"city_{language}"]
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
