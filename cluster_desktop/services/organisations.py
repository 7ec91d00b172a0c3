"""The partner register: employers, universities, schools, state bodies and the rest.

The register holds tens to a few hundred organisations, and the table has no
stored search or sort key: the list is therefore filtered in SQL by kind and
by words (each word in the capitalisations people write names in, because
SQLite folds only ASCII case) and put in Kazakh alphabetical order in Python,
which costs microseconds at this size.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from .. import ids
from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..ids import Sex
from ..languages import shown_in
from ..models import Agreement, Application, Organisation, OrganisationKind, Programme, StageRecord
from ..permissions import Permission, require
from ..text import kazakh_sort_key, search_fold
from . import fields
from .consent_rules import HOME_COUNTRY
from .records import fetch
from .search import contains_word, starts_with

L_BIN = QT_TRANSLATE_NOOP("Errors", "BIN")
L_NAME_EN = QT_TRANSLATE_NOOP("Errors", "Name in English")
L_ADDRESS = {
    "kk": QT_TRANSLATE_NOOP("Errors", "Address in Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Errors", "Address in Russian"),
    "en": QT_TRANSLATE_NOOP("Errors", "Address in English"),
}
L_BANK = {
    "kk": QT_TRANSLATE_NOOP("Errors", "Bank in Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Errors", "Bank in Russian"),
}
L_IBAN = QT_TRANSLATE_NOOP("Errors", "IBAN")
L_BIC = QT_TRANSLATE_NOOP("Errors", "BIC")
L_SIGNATORY_POSITION = {
    "kk": QT_TRANSLATE_NOOP("Errors", "Signatory's position in Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Errors", "Signatory's position in Russian"),
}
L_SIGNATORY_NAME = QT_TRANSLATE_NOOP("Errors", "Signatory's name")
L_CONTACT_PERSON = QT_TRANSLATE_NOOP("Errors", "Contact person")
BAD_COUNTRY = QT_TRANSLATE_NOOP(
    "Errors", "Country: give its two-letter code (ISO 3166), such as KZ for Kazakhstan or RU for Russia, not «{value}»."
)
_COUNTRY = re.compile(r"^[A-Z]{2}$")
DUPLICATE_BIN = QT_TRANSLATE_NOOP("Errors", "An organisation with this BIN is already registered: {name}.")
ORGANISATION_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The organisation no longer exists (perhaps someone deleted it).")
HAS_AGREEMENTS = QT_TRANSLATE_NOOP(
    "Errors", "{name} cannot be deleted: it is a party to {count} agreement(s). Delete or reassign those agreements first."
)
FUNDS_APPLICATIONS = QT_TRANSLATE_NOOP(
    "Errors", "{name} cannot be deleted: it funds {count} applications for admission (employer-funded seats)."
)
IS_REFERENCED = QT_TRANSLATE_NOOP(
    "Errors", "{name} cannot be deleted: learners' stages or programmes refer to it ({count} record(s))."
)


@dataclass(frozen=True)
class OrganisationInput:
    kind: OrganisationKind
    name_kk: str
    name_ru: str
    bin: str | None = None
    address_kk: str | None = None
    address_ru: str | None = None
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    name_en: str | None = None
    address_en: str | None = None
    bank_kk: str | None = None
    bank_ru: str | None = None
    iban: str | None = None
    bic: str | None = None
    signatory_position_kk: str | None = None
    signatory_position_ru: str | None = None
    signatory_name: str | None = None
    signatory_sex: Sex | None = None
    country: str = HOME_COUNTRY  # ISO 3166 code: outside KZ, naming learners to it is a transfer abroad


# The optional texts of the input: (field, label, limit).
_TEXTS = (
    ("name_en", L_NAME_EN, 300),
    *((f"address_{lang}", label, 300) for lang, label in L_ADDRESS.items()),
    *((f"bank_{lang}", label, 300) for lang, label in L_BANK.items()),
    ("iban", L_IBAN, 34),
    ("bic", L_BIC, 11),
    *((f"signatory_position_{lang}", label, 200) for lang, label in L_SIGNATORY_POSITION.items()),
    ("signatory_name", L_SIGNATORY_NAME, 200),
    ("contact_person", L_CONTACT_PERSON, 200),
)


def check_organisation(data: OrganisationInput) -> tuple[OrganisationInput, list[Problem]]:
    """The cleaned input and what is wrong with it without asking the database (the dialog checks as the user types)."""
    problems: list[Problem] = []
    name_kk, name_ru = fields.clean(data.name_kk) or "", fields.clean(data.name_ru) or ""
    fields.check_text(problems, "name_kk", fields.L_NAME_KK, name_kk, 300, required=True)
    fields.check_text(problems, "name_ru", fields.L_NAME_RU, name_ru, 300, required=True)
    bin_value = ids.normalize_id_number(data.bin, restore_leading_zero=False) if fields.clean(data.bin) else None
    if bin_value:
        try:
            bin_value = ids.parse_bin(bin_value)
        except ValidationError as exc:
            problems.extend(exc.problems)
    texts = {name: fields.clean(getattr(data, name)) for name, _label, _limit in _TEXTS}
    for name in ("iban", "bic"):  # written in groups of four on paper; kept without spaces, in capitals
        written = texts[name]
        texts[name] = written.replace(" ", "").upper() if written else None
    cleaned = OrganisationInput(
        kind=OrganisationKind(data.kind), name_kk=name_kk, name_ru=name_ru, bin=bin_value or None,
        phone=fields.clean(data.phone), email=fields.clean(data.email),
        signatory_sex=Sex(data.signatory_sex) if data.signatory_sex else None,
        country=(fields.clean(data.country) or HOME_COUNTRY).upper(), **texts,
    )
    if not _COUNTRY.match(cleaned.country):
        problems.append(Problem("country", BAD_COUNTRY, {"value": cleaned.country}))
    for name, label, limit in _TEXTS:
        fields.check_text(problems, name, label, getattr(cleaned, name), limit)
    fields.check_phone(problems, "phone", fields.L_PHONE, cleaned.phone)
    fields.check_email(problems, "email", fields.L_EMAIL, cleaned.email)
    return cleaned, problems


def validate_organisation(session: Session, data: OrganisationInput, own_id: int | None = None) -> tuple[OrganisationInput, list[Problem]]:
    """:func:`check_organisation`, and a BIN another organisation holds."""
    cleaned, problems = check_organisation(data)
    if cleaned.bin and not any(p.field == "bin" for p in problems):
        other = session.scalar(select(Organisation).where(Organisation.bin == cleaned.bin))
        if other is not None and other.id != own_id:
            problems.append(Problem("bin", DUPLICATE_BIN, {"name": other.name_ru}))
    return cleaned, problems


def _apply(organisation: Organisation, d: OrganisationInput) -> None:
    for name in OrganisationInput.__dataclass_fields__:
        setattr(organisation, name, getattr(d, name))


def create_organisation(session: Session, data: OrganisationInput) -> Organisation:
    require(session, Permission.EDIT_RECORDS)
    d, problems = validate_organisation(session, data)
    if problems:
        raise ValidationError(problems)
    organisation = Organisation()
    _apply(organisation, d)
    session.add(organisation)
    session.flush()
    return organisation


def get_organisation(session: Session, organisation_id: int) -> Organisation:
    return fetch(session, Organisation, organisation_id, ORGANISATION_NOT_FOUND)


def organisation_input(organisation: Organisation) -> OrganisationInput:
    return OrganisationInput(**{name: getattr(organisation, name) for name in OrganisationInput.__dataclass_fields__})


def update_organisation(session: Session, organisation_id: int, data: OrganisationInput) -> Organisation:
    require(session, Permission.EDIT_RECORDS)
    organisation = get_organisation(session, organisation_id)
    d, problems = validate_organisation(session, data, own_id=organisation_id)
    if problems:
        raise ValidationError(problems)
    _apply(organisation, d)
    session.flush()
    return organisation


def delete_organisation(session: Session, organisation_id: int) -> None:
    """Delete a partner; refused while an agreement names it, or a learner's stage or a programme refers to it."""
    require(session, Permission.EDIT_RECORDS)
    organisation = get_organisation(session, organisation_id)
    name = organisation.name_ru
    agreements = session.scalar(select(func.count()).select_from(Agreement).where(Agreement.partner_id == organisation_id)) or 0
    if agreements:
        raise ValidationError([Problem("organisation", HAS_AGREEMENTS, {"name": name, "count": agreements})])
    references = (session.scalar(select(func.count()).select_from(StageRecord).where(StageRecord.organisation_id == organisation_id)) or 0) + (
        session.scalar(select(func.count()).select_from(Programme).where(Programme.partner_id == organisation_id)) or 0
    )
    if references:
        raise ValidationError([Problem("organisation", IS_REFERENCED, {"name": name, "count": references})])
    funded = session.scalar(select(func.count()).select_from(Application).where(Application.employer_id == organisation_id)) or 0
    if funded:
        raise ValidationError([Problem("organisation", FUNDS_APPLICATIONS, {"name": name, "count": funded})])
    session.delete(organisation)
    session.flush()


# -- the list ---------------------------------------------------------------------
class OrganisationSort(str, enum.Enum):
    NAME = "name"
    KIND = "kind"
    BIN = "bin"


@dataclass(frozen=True)
class OrganisationFilter:
    text: str = ""  # words of either name, the BIN (or its start), the contact person
    kind: OrganisationKind | None = None
    language: str = "kk"  # which name the list shows and sorts by


class OrganisationRow(NamedTuple):
    id: int
    kind: OrganisationKind
    name_kk: str
    name_ru: str
    bin: str | None
    address_kk: str | None
    address_ru: str | None
    address_en: str | None
    contact_person: str | None
    phone: str | None
    email: str | None
    agreements: int
    name_en: str | None
    country: str  # ISO code: not KZ is abroad

    def name(self, language: str) -> str:
        return shown_in(self, "name", language)[0]

    def address(self, language: str) -> tuple[str, str]:
        """The address a screen in ``language`` shows, and the language it is in."""
        return shown_in(self, "address", language)


def _select(flt: OrganisationFilter) -> Select:
    agreements = (
        select(func.count()).select_from(Agreement).where(Agreement.partner_id == Organisation.id).correlate(Organisation).scalar_subquery()
    )
    statement = select(
        Organisation.id, Organisation.kind, Organisation.name_kk, Organisation.name_ru, Organisation.bin,
        Organisation.address_kk, Organisation.address_ru, Organisation.address_en,
        Organisation.contact_person, Organisation.phone, Organisation.email, agreements, Organisation.name_en,
        Organisation.country,
    )
    if flt.kind is not None:
        statement = statement.where(Organisation.kind == flt.kind)
    for word in flt.text.split():
        if word.isdigit():
            statement = statement.where(starts_with(Organisation.bin, word))
        else:
            statement = statement.where(
                contains_word((Organisation.name_kk, Organisation.name_ru, Organisation.name_en, Organisation.contact_person), word)
            )
    return statement


def _sorted(rows: list[OrganisationRow], flt: OrganisationFilter, sort: OrganisationSort, descending: bool) -> list[OrganisationRow]:
    kinds = list(OrganisationKind)

    def key(row: OrganisationRow) -> tuple[object, ...]:
        name = kazakh_sort_key(row.name(flt.language))
        if sort is OrganisationSort.KIND:
            return (kinds.index(row.kind), name)
        if sort is OrganisationSort.BIN:
            return (row.bin or "", name)
        return (name, row.id)

    return sorted(rows, key=key, reverse=descending)


def count_organisations(session: Session, flt: OrganisationFilter = OrganisationFilter()) -> int:
    return session.scalar(select(func.count()).select_from(_select(flt).subquery())) or 0


def organisation_page(
    session: Session,
    flt: OrganisationFilter = OrganisationFilter(),
    sort: OrganisationSort = OrganisationSort.NAME,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    total: int | None = None,
) -> list[OrganisationRow]:
    require(session, Permission.READ_PERSONAL_DATA)
    rows = [OrganisationRow(*row) for row in session.execute(_select(flt))]
    return _sorted(rows, flt, sort, descending)[offset : offset + limit]


def organisation_choices(
    session: Session, language: str, kinds: tuple[OrganisationKind, ...] = (), keep: int | None = None
) -> list[tuple[int, str]]:
    """(id, name in ``language``) of the organisations of ``kinds`` (all if empty), in Kazakh order: what a dialog offers.

    ``keep``, the organisation a stored record names, is offered too (last) when its kind has changed since.
    """
    choices = [(o.id, o.name(language)) for o in list_organisations(session, kinds)]
    if keep is not None and all(choice_id != keep for choice_id, _name in choices):
        kept = get_organisation(session, keep)
        choices.append((kept.id, kept.name(language)))
    return choices


def list_organisations(session: Session, kinds: tuple[OrganisationKind, ...] = (), text: str = "") -> list[Organisation]:
    """Organisations of ``kinds`` (all if empty) whose names contain every word of ``text``, in Kazakh order."""
    statement = select(Organisation)
    if kinds:
        statement = statement.where(Organisation.kind.in_(kinds))
    found = list(session.scalars(statement))
    words = search_fold(text).split()
    if words:
        found = [o for o in found if all(w in search_fold(f"{o.name_kk} {o.name_ru} {o.name_en or ''} {o.bin or ''}") for w in words)]
    return sorted(found, key=lambda o: kazakh_sort_key(o.name_kk))
