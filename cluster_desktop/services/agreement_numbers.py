"""An agreement found by its number as people write it: «ДО-1/2026» as ``agreements list`` prints it, or «ДО-1».

A number that matches nothing is compared with the register's numbers after
folding what people mistype: a Latin letter that looks like a Cyrillic one
(«M-1» typed for «М-1»), case, spaces, dashes of every kind, a «№» in front.
The message then names the closest: «There is no agreement No. M-1/2026; did
you mean М-1/2026?».  Nothing is printed in its place: the user decides.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from ..models import Agreement
from .agreement_documents import find_by_number

NO_NUMBER_GUESS = QT_TRANSLATE_NOOP("Errors", "There is no agreement No. {number}; did you mean {suggestions}?")
NO_NUMBER_GIVEN = QT_TRANSLATE_NOOP("Errors", "Give the agreement's number as the list shows it, e.g. ДО-1/2026.")
YEARS_DIFFER = QT_TRANSLATE_NOOP("Errors", "The number {number} says the year {shown}, but --year says {year}: give one of them.")
SUGGESTIONS = 3

# Latin letters (and a few others) that look like Cyrillic ones, as a keyboard left in the wrong layout types them.
_LOOK_ALIKES = str.maketrans(
    {"a": "а", "b": "в", "c": "с", "e": "е", "h": "н", "k": "к", "m": "м", "o": "о", "p": "р", "t": "т", "x": "х",
     "y": "у", "i": "і", "ё": "е", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "_": "-",
     "\\": "/"}
)  # fmt: skip
_SHOWN = re.compile(r"(?P<number>.+?)\s*/\s*(?P<year>\d{4})")
_NUMBER_SIGN = re.compile(r"^(№|no\.?|n\.)\s*", re.IGNORECASE)


def fold_number(text: str) -> str:
    """The form two numbers are compared in: «№ dо 1» and «ДО-1» fold alike (look-alikes, case, spaces and dashes)."""
    text = _NUMBER_SIGN.sub("", unicodedata.normalize("NFKC", text).strip())
    return "".join(text.casefold().translate(_LOOK_ALIKES).replace("-", " ").split())


def split_shown(text: str) -> tuple[str, int | None]:
    """«ДО-1/2026» → («ДО-1», 2026); a number without a year → (it, None)."""
    match = _SHOWN.fullmatch(text.strip())
    if match is None:
        return text.strip(), None
    return match["number"], int(match["year"])


def find_agreement(session: Session, text: str, year: int | None = None) -> Agreement:
    """The agreement ``text`` names (the number alone, or «number/year» as the list shows it); ``year`` narrows a bare number.

    A miss raises :class:`NotFoundError` naming the closest numbers of the register, if any is close.
    """
    stripped = text.strip()
    if not fold_number(stripped):
        raise UserError(NO_NUMBER_GIVEN)
    exact = session.scalar(select(Agreement.id).where(Agreement.number == stripped).limit(1))
    number, shown_year = (stripped, None) if exact is not None else split_shown(stripped)
    if shown_year is not None and year is not None and shown_year != year:
        raise UserError(YEARS_DIFFER, number=stripped, shown=shown_year, year=year)
    wanted_year = shown_year if shown_year is not None else year
    try:
        return find_by_number(session, number, wanted_year)
    except NotFoundError:
        guesses = suggestions(session, number, wanted_year)
        if not guesses:
            raise
        asked = f"{number}/{wanted_year}" if wanted_year is not None else number
        raise NotFoundError(NO_NUMBER_GUESS, number=asked, suggestions=", ".join(guesses)) from None


def suggestions(session: Session, number: str, year: int | None = None) -> list[str]:
    """The register's numbers («М-1/2026») closest to ``number``: the same once folded first, then the most alike."""
    rows = session.execute(select(Agreement.number, Agreement.year).order_by(Agreement.year.desc(), Agreement.number)).all()
    known = sorted(rows, key=lambda row: row[1] != year)  # the year asked for first, then the newest
    wanted = fold_number(number)
    if not wanted:
        return []
    same = [(n, y) for n, y in known if fold_number(n) == wanted]
    if same:
        that_year = [(n, y) for n, y in same if y == year] or same  # «дo 1/2025»: only ДО-1/2025, not every year's ДО-1
        return [f"{n}/{y}" for n, y in that_year][:SUGGESTIONS]
    by_fold: dict[str, list[str]] = {}
    for n, y in known:
        by_fold.setdefault(fold_number(n), []).append(f"{n}/{y}")
    close = difflib.get_close_matches(wanted, list(by_fold), n=SUGGESTIONS, cutoff=0.6)
    return [shown for key in close for shown in by_fold[key]][:SUGGESTIONS]
