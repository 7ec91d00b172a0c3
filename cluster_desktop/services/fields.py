"""Checks shared by every edit form: required text, lengths, dates, contacts."""

from __future__ import annotations

import re
from datetime import date

from ..dates import numeric_date
from ..documents.fonts import code_point, unprintable
from ..errors import QT_TRANSLATE_NOOP, Problem

REQUIRED = QT_TRANSLATE_NOOP("Errors", "{label} is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "{label} is too long: {length} characters, at most {limit}.")
NOT_A_NAME = QT_TRANSLATE_NOOP("Errors", "{label} may contain only letters, spaces, hyphens and apostrophes.")
DATE_IN_FUTURE = QT_TRANSLATE_NOOP("Errors", "{label} ({value}) is in the future.")
DATE_TOO_EARLY = QT_TRANSLATE_NOOP("Errors", "{label} ({value}) is before {earliest}: check the year.")
DATE_ORDER = QT_TRANSLATE_NOOP("Errors", "{later_label} ({later}) is before {earlier_label} ({earlier}).")
BAD_PHONE = QT_TRANSLATE_NOOP("Errors", "{label} «{value}» is not a phone number: use digits, spaces, +, ( ) and -.")
BAD_EMAIL = QT_TRANSLATE_NOOP("Errors", "{label} «{value}» is not an e-mail address.")
BAD_NUMBER = QT_TRANSLATE_NOOP("Errors", "{label} must be a number from {low} to {high}.")
UNPRINTABLE = QT_TRANSLATE_NOOP(
    "Errors", "{label} contains «{char}» ({code}), which the printed documents cannot show: use Kazakh, Russian or Latin letters."
)

L_NAME_KK = QT_TRANSLATE_NOOP("Errors", "Name in Kazakh")
L_NAME_RU = QT_TRANSLATE_NOOP("Errors", "Name in Russian")
L_PHONE = QT_TRANSLATE_NOOP("Errors", "Phone")
L_EMAIL = QT_TRANSLATE_NOOP("Errors", "E-mail")

EARLIEST_DATE = date(1900, 1, 1)
_NAME = re.compile(r"^[^\W\d_]+(?:[ \-'’][^\W\d_]+)*$")
_PHONE = re.compile(r"^\+?[\d\s()\-]{5,20}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def clean(value: str | None) -> str | None:
    """Trim spaces (including non-breaking ones); empty text becomes None."""
    if value is None:
        return None
    text = " ".join(value.replace("\u00a0", " ").split())
    return text or None


def check_text(
    problems: list[Problem], field: str, label: str, value: str | None, limit: int, required: bool = False, printed: bool = True
) -> None:
    """Required, at most ``limit`` characters and, unless ``printed`` is False (notes), printable by the documents' fonts."""
    if not value:
        if required:
            problems.append(Problem(field, REQUIRED, {"label": label}))
        return
    if len(value) > limit:
        problems.append(Problem(field, TOO_LONG, {"label": label, "length": len(value), "limit": limit}))
    elif printed:
        check_printable(problems, field, label, value)


def check_printable(problems: list[Problem], field: str, label: str, value: str | None) -> None:
    """A character the documents cannot print (a Georgian letter, an emoji…) is named, with its code."""
    # NUL is in the fonts' character map, but no text holds it and PostgreSQL refuses to store it
    char = ("\x00" if "\x00" in value else unprintable(value)) if value else None
    if char is not None:
        problems.append(Problem(field, UNPRINTABLE, {"label": label, "char": char, "code": code_point(char)}))


def check_name(problems: list[Problem], field: str, label: str, value: str | None, limit: int, required: bool) -> None:
    before = len(problems)
    check_text(problems, field, label, value, limit, required)
    if value and len(problems) == before and not _NAME.match(value):
        problems.append(Problem(field, NOT_A_NAME, {"label": label}))


def check_past_date(problems: list[Problem], field: str, label: str, value: date | None, today: date, required: bool = False) -> None:
    if value is None:
        if required:
            problems.append(Problem(field, REQUIRED, {"label": label}))
        return
    if value > today:
        problems.append(Problem(field, DATE_IN_FUTURE, {"label": label, "value": numeric_date(value)}))
    elif value < EARLIEST_DATE:
        problems.append(
            Problem(field, DATE_TOO_EARLY, {"label": label, "value": numeric_date(value), "earliest": "01.01.1900"})
        )


def check_date_order(problems: list[Problem], field: str, earlier_label: str, earlier: date | None, later_label: str, later: date | None) -> None:
    if earlier and later and later < earlier:
        problems.append(
            Problem(
                field,
                DATE_ORDER,
                {
                    "earlier_label": earlier_label,
                    "earlier": numeric_date(earlier),
                    "later_label": later_label,
                    "later": numeric_date(later),
                },
            )
        )


def check_phone(problems: list[Problem], field: str, label: str, value: str | None) -> None:
    if value and not _PHONE.match(value):
        problems.append(Problem(field, BAD_PHONE, {"label": label, "value": value}))


def check_email(problems: list[Problem], field: str, label: str, value: str | None, limit: int = 120) -> None:
    check_text(problems, field, label, value, limit)
    if value and len(value) <= limit and not _EMAIL.match(value):
        problems.append(Problem(field, BAD_EMAIL, {"label": label, "value": value}))
