"""Changing the college's details: checked, permitted and audited.

The details themselves, and reading them, live in :mod:`cluster_desktop.college`.
"""

from __future__ import annotations

import base64
from dataclasses import asdict

from sqlalchemy.orm import Session

from .. import audit
from ..college import COLLEGE_KEY, LABELS, CollegeDetails
from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..ids import parse_bin
from ..languages import LANGUAGES
from ..permissions import Permission, require
from ..settings_store import set_setting
from .fields import check_text, clean

LOGO_TOO_BIG = QT_TRANSLATE_NOOP("Errors", "The logo is too large: {size} KB, at most {limit} KB.")
LOGO_LIMIT_KB = 512


def validate_college_details(details: CollegeDetails) -> CollegeDetails:
    """The details trimmed, or ValidationError naming each field that is wrong.  Empty fields are allowed."""
    cleaned = CollegeDetails(
        **{k: clean(v) or "" for k, v in asdict(details).items() if k != "logo"}, logo=details.logo or None
    )
    problems: list[Problem] = []
    for key in ("name_kk", "name_ru", "name_en"):
        check_text(problems, key, LABELS[key], getattr(cleaned, key), 300)
    for language in LANGUAGES:
        check_text(problems, f"director_{language}", LABELS[f"director_{language}"], getattr(cleaned, f"director_{language}"), 200)
        check_text(problems, f"city_{language}", LABELS[f"city_{language}"], getattr(cleaned, f"city_{language}"), 100)
        check_text(problems, f"address_{language}", LABELS[f"address_{language}"], getattr(cleaned, f"address_{language}"), 300)
    for key, limit in (("bank_kk", 300), ("bank_ru", 300), ("iban", 34), ("bic", 11)):
        check_text(problems, key, LABELS[key], getattr(cleaned, key), limit)
    if cleaned.director_sex not in ("", "M", "F"):
        cleaned.director_sex = ""
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

