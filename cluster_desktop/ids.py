"""Kazakhstan's individual (IIN) and business (BIN) identification numbers.

Both are 12 digits whose last digit is a check digit over the first eleven.
An IIN ``YYMMDD C NNNN K`` also encodes the date of birth and the sex: the 7th
digit ``C`` gives the century (1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s) and the sex
(odd = male, even = female).  A BIN ``YYMM T A NNNNN K`` starts with the year and
month of registration and the type of legal entity ``T``.

Spreadsheets store these numbers as numbers and so drop the leading zero of
everyone born in 2000-2009.  Only :func:`normalize_id_number` puts it back, and
only when asked, so that a number typed with a digit missing is not silently
"repaired" by the validators.
"""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass

from cluster_desktop.dates import numeric_date
from cluster_desktop.errors import QT_TRANSLATE_NOOP, Problem, ValidationError

ID_LENGTH = 12
VISIBLE_DIGITS = 4  # of a masked IIN or BIN
HIDDEN = "•"  # stands for a hidden character wherever personal data is masked

_DIGITS = frozenset("0123456789")
_FIRST_WEIGHTS = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
# Characters that creep in from copy-paste (Excel, Word, web pages) besides ordinary whitespace.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")

_CENTURY_BY_DIGIT = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}
_BIN_KINDS = frozenset({4, 5, 6})
_IIN_SERIALS = 10_000
_BIN_SERIALS = 1_000_000

IIN_EMPTY = QT_TRANSLATE_NOOP("Errors", "Enter the IIN: 12 digits.")
IIN_WRONG_LENGTH = QT_TRANSLATE_NOOP("Errors", "The IIN must have 12 digits; {count} were entered.")
IIN_NOT_DIGITS = QT_TRANSLATE_NOOP(
    "Errors", "The IIN may contain only digits 0–9; it contains “{chars}”."
)
IIN_BAD_DATE = QT_TRANSLATE_NOOP(
    "Errors", "The first six digits of the IIN ({digits}) are not a real date of birth."
)
IIN_BAD_CENTURY = QT_TRANSLATE_NOOP(
    "Errors", "The 7th digit of the IIN must be 1–6 (century and sex); it is {digit}."
)
IIN_FUTURE_DATE = QT_TRANSLATE_NOOP(
    "Errors", "The IIN gives a date of birth in the future ({date}): check it for a typing error."
)
IIN_BAD_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "Errors", "The IIN's last digit does not match the others: check it for a typing error."
)

BIN_EMPTY = QT_TRANSLATE_NOOP("Errors", "Enter the BIN: 12 digits.")
BIN_WRONG_LENGTH = QT_TRANSLATE_NOOP("Errors", "The BIN must have 12 digits; {count} were entered.")
BIN_NOT_DIGITS = QT_TRANSLATE_NOOP(
    "Errors", "The BIN may contain only digits 0–9; it contains “{chars}”."
)
BIN_BAD_MONTH = QT_TRANSLATE_NOOP(
    "Errors",
    "The 3rd and 4th digits of the BIN ({digits}) must be the month of registration, 01 to 12.",
)
BIN_BAD_KIND = QT_TRANSLATE_NOOP(
    "Errors", "The 5th digit of the BIN must be 4, 5 or 6 (type of organisation); it is {digit}."
)
BIN_BAD_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "Errors", "The BIN's last digit does not match the others: check it for a typing error."
)

BIRTH_DATE_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "The birth date {given} does not match the IIN, which says {expected}."
)
SEX_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "The sex {given} does not match the IIN, which says {expected}."
)

# The words filled into SEX_MISMATCH; marked so the window can translate them before formatting.
SEX_WORDS = {
    "M": QT_TRANSLATE_NOOP("Errors", "male"),
    "F": QT_TRANSLATE_NOOP("Errors", "female"),
}


class Sex(str, enum.Enum):
    MALE = "M"
    FEMALE = "F"


@dataclass(frozen=True)
class IinInfo:
    """What a valid IIN says about its holder."""

    iin: str
    birth_date: datetime.date
    sex: Sex


def check_digit(first_eleven: str) -> int | None:
    """The check digit for ``first_eleven`` digits, or None when no digit can be valid.

    Such numbers are never issued: the issuer skips the serial and takes the next.
    """
    if len(first_eleven) != ID_LENGTH - 1 or not _DIGITS.issuperset(first_eleven):
        raise ValueError(f"check_digit needs exactly 11 digits, got {first_eleven!r}")
    digits = [int(c) for c in first_eleven]
    for weights in (_FIRST_WEIGHTS, _SECOND_WEIGHTS):
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if remainder != 10:
            return remainder
    return None


def normalize_id_number(value: str | int | None, restore_leading_zero: bool = True) -> str:
    """Strip spaces (also non-breaking and inner ones) from an IIN or BIN as entered.

    With ``restore_leading_zero`` an int is zero-padded to 12 digits (a number cell
    loses *all* leading zeros, e.g. three for someone born in January 2000) and a
    string of exactly 11 digits gets one zero in front.  Anything else is returned
    as is, stripped of spaces, for the validators to judge.
    """
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"an IIN or BIN must be given as str or int, not {type(value).__name__}")
    if isinstance(value, int):
        text = str(value)
        if restore_leading_zero and value >= 0:
            text = text.zfill(ID_LENGTH)
        return text
    text = "".join(c for c in value if not c.isspace() and c not in _INVISIBLE)
    if restore_leading_zero and len(text) == ID_LENGTH - 1 and _DIGITS.issuperset(text):
        text = "0" + text
    return text


def _basic_problem(
    value: str | None, field: str, empty: str, not_digits: str, wrong_length: str
) -> tuple[str, Problem | None]:
    """Checks shared by IIN and BIN: something entered, digits only, twelve of them."""
    text = normalize_id_number(value, restore_leading_zero=False)
    if not text:
        return text, Problem(field, empty)
    bad = "".join(dict.fromkeys(c for c in text if c not in _DIGITS))
    if bad:
        return text, Problem(field, not_digits, {"chars": bad})
    if len(text) != ID_LENGTH:
        return text, Problem(field, wrong_length, {"count": str(len(text))})
    return text, None


def _has_valid_check_digit(number: str) -> bool:
    return check_digit(number[:-1]) == int(number[-1])


def _iin_problem(value: str | None, field: str, today: datetime.date | None = None) -> tuple[IinInfo | None, Problem | None]:
    text, problem = _basic_problem(value, field, IIN_EMPTY, IIN_NOT_DIGITS, IIN_WRONG_LENGTH)
    if problem is not None:
        return None, problem
    century_digit = int(text[6])
    century = _CENTURY_BY_DIGIT.get(century_digit)
    if century is None:
        return None, Problem(field, IIN_BAD_CENTURY, {"digit": str(century_digit)})
    try:
        birth_date = datetime.date(century + int(text[0:2]), int(text[2:4]), int(text[4:6]))
    except ValueError:
        return None, Problem(field, IIN_BAD_DATE, {"digits": text[:6]})
    if birth_date > (today or datetime.date.today()):
        return None, Problem(field, IIN_FUTURE_DATE, {"date": numeric_date(birth_date)})
    if not _has_valid_check_digit(text):
        return None, Problem(field, IIN_BAD_CHECK_DIGIT)
    sex = Sex.MALE if century_digit % 2 else Sex.FEMALE
    return IinInfo(text, birth_date, sex), None


def parse_iin(value: str, field: str = "iin", today: datetime.date | None = None) -> IinInfo:
    """Decode an IIN, or raise ValidationError with the one thing that is wrong.

    Spaces are ignored, but a lost leading zero is not restored here: call
    :func:`normalize_id_number` first for values read from spreadsheets.
    A birth date after ``today`` (default: the real date) is refused.
    """
    info, problem = _iin_problem(value, field, today)
    if problem is not None:
        raise ValidationError([problem])
    assert info is not None
    return info


def is_valid_iin(value: str) -> bool:
    return _iin_problem(value, "iin")[1] is None


def mask_id_number(number: str) -> str:
    """«••••••••0017»: every character but the last four hidden, as logs, the audit and the registry book show an IIN or BIN."""
    return HIDDEN * max(0, len(number) - VISIBLE_DIGITS) + number[-VISIBLE_DIGITS:]


def make_iin(birth_date: datetime.date, sex: Sex, serial: int) -> str:
    """A valid IIN for ``birth_date`` and ``sex`` (for demo data and tests).

    When ``serial`` (0-9999) admits no check digit, the next serial is taken, as
    the issuer does.
    """
    century = birth_date.year // 100 * 100
    digit_by_century = {1800: 1, 1900: 3, 2000: 5}
    if century not in digit_by_century:
        raise ValueError(f"an IIN can encode birth years 1800-2099 only, not {birth_date.year}")
    if not 0 <= serial < _IIN_SERIALS:
        raise ValueError(f"serial must be 0..9999, not {serial}")
    c = digit_by_century[century] + (0 if Sex(sex) is Sex.MALE else 1)
    prefix = f"{birth_date:%y%m%d}{c}"
    return _complete(prefix, serial, _IIN_SERIALS, 4)


def _complete(prefix: str, serial: int, modulus: int, width: int) -> str:
    """Append the first serial from ``serial`` on (wrapping) that has a check digit."""
    for step in range(modulus):
        first_eleven = f"{prefix}{(serial + step) % modulus:0{width}d}"
        digit = check_digit(first_eleven)
        if digit is not None:
            return f"{first_eleven}{digit}"
    raise AssertionError("no serial admits a check digit")  # pragma: no cover - impossible


def _bin_problem(value: str | None, field: str) -> tuple[str, Problem | None]:
    text, problem = _basic_problem(value, field, BIN_EMPTY, BIN_NOT_DIGITS, BIN_WRONG_LENGTH)
    if problem is not None:
        return text, problem
    if not 1 <= int(text[2:4]) <= 12:
        return text, Problem(field, BIN_BAD_MONTH, {"digits": text[2:4]})
    if int(text[4]) not in _BIN_KINDS:
        return text, Problem(field, BIN_BAD_KIND, {"digit": text[4]})
    if not _has_valid_check_digit(text):
        return text, Problem(field, BIN_BAD_CHECK_DIGIT)
    return text, None


def parse_bin(value: str, field: str = "bin") -> str:
    """The BIN without spaces, or ValidationError with the one thing that is wrong."""
    text, problem = _bin_problem(value, field)
    if problem is not None:
        raise ValidationError([problem])
    return text


def is_valid_bin(value: str) -> bool:
    return _bin_problem(value, "bin")[1] is None


def make_bin(year: int, month: int, kind: int, serial: int) -> str:
    """A valid BIN (for demo data and tests).

    Only the last two digits of ``year`` are encoded.  ``kind`` is the 5th digit
    (4, 5 or 6); ``serial`` (0-999999) fills digits 6-11, the first of which
    officially marks head office, branch or representative office.  A serial that
    admits no check digit is replaced by the next one.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month}")
    if kind not in _BIN_KINDS:
        raise ValueError(f"kind must be 4, 5 or 6, not {kind}")
    if not 0 <= serial < _BIN_SERIALS:
        raise ValueError(f"serial must be 0..999999, not {serial}")
    if year < 0:
        raise ValueError(f"year must not be negative, not {year}")
    return _complete(f"{year % 100:02d}{month:02d}{kind}", serial, _BIN_SERIALS, 6)


def check_consistency(
    info: IinInfo,
    birth_date: datetime.date | None,
    sex: Sex | None,
    field_birth: str = "birth_date",
    field_sex: str = "sex",
) -> list[Problem]:
    """Problems for a birth date or sex entered separately that contradicts the IIN.

    Missing values (None) are not contradictions.  The sex words in the
    parameters are the English ``SEX_WORDS``; the window translates them.
    """
    problems: list[Problem] = []
    if birth_date is not None and birth_date != info.birth_date:
        problems.append(
            Problem(
                field_birth,
                BIRTH_DATE_MISMATCH,
                {"given": numeric_date(birth_date), "expected": numeric_date(info.birth_date)},
            )
        )
    if sex is not None and Sex(sex) is not info.sex:
        problems.append(
            Problem(
                field_sex,
                SEX_MISMATCH,
                {"given": SEX_WORDS[Sex(sex).value], "expected": SEX_WORDS[info.sex.value]},
            )
        )
    return problems
