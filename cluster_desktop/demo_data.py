"""The demo data tables: names, contact details, organisations and programmes from ``resources/demo``.

The files are UTF-8 JSON, read once on import.  Their order matters: the demo
picks entries by position, so reordering a list changes what a seed gives.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from . import ids
from .models import OrganisationKind, ProgrammeKind
from .paths import DEMO_DIR


def read_table(name: str) -> dict[str, Any]:
    """The JSON object in the demo data file ``name``."""
    with (DEMO_DIR / name).open(encoding="utf-8") as file:
        table: dict[str, Any] = json.load(file)
    return table


@dataclass(frozen=True)
class OrganisationSpec:
    """A partner organisation of the demo cluster; ``key`` is how the demo refers to it."""

    key: str
    kind: OrganisationKind
    name_kk: str
    name_ru: str
    bin: str | None  # None for a foreign organisation
    contact_person: str | None
    phone: str
    texts: dict[str, Any]  # name_en, address_kk/ru/en, bank requisites and signatory: as OrganisationInput names them


@dataclass(frozen=True)
class ProgrammeSpec:
    """A programme of the demo cluster and, for a college specialty, where its graduates go."""

    key: str
    kind: ProgrammeKind
    prefix: str  # group names: «ПР-24-1»
    name_kk: str
    name_ru: str
    name_en: str
    hours: int
    partner: str | None
    code: str | None
    qualifications: dict[str, str | None]  # qualification_name_kk/ru/en
    weight: float  # how popular it is
    positions: tuple[str, ...]  # jobs its graduates get (college specialties)
    employers: tuple[str, ...]  # organisation keys


ORGANISATION_TEXTS = (
    "name_en", "address_kk", "address_ru", "address_en", "bank_kk", "bank_ru", "iban", "bic", "signatory_position_kk",
    "signatory_position_ru", "signatory_name", "signatory_sex", "country",
)


def _organisation(row: dict[str, Any]) -> OrganisationSpec:
    return OrganisationSpec(
        key=row["key"],
        kind=OrganisationKind(row["kind"]),
        name_kk=row["name_kk"],
        name_ru=row["name_ru"],
        bin=ids.make_bin(**row["bin"]) if row["bin"] else None,
        contact_person=row["contact_person"],
        phone=row["phone"],
        texts={key: row.get(key) for key in ORGANISATION_TEXTS},
    )


def _programme(row: dict[str, Any]) -> ProgrammeSpec:
    return ProgrammeSpec(
        key=row["key"],
        kind=ProgrammeKind(row["kind"]),
        prefix=row["group_prefix"],
        name_kk=row["name_kk"],
        name_ru=row["name_ru"],
        name_en=row["name_en"],
        hours=int(row["hours"]),
        partner=row["partner"],
        code=row["qualification_code"],
        qualifications={f"qualification_name_{lang}": row[f"qualification_name_{lang}"] for lang in ("kk", "ru", "en")},
        weight=float(row["weight"]),
        positions=tuple(row["positions"]),
        employers=tuple(row["employers"]),
    )


_names = read_table("names.json")
KAZAKH_MALE_NAMES: tuple[str, ...] = tuple(_names["kazakh"]["male"])
KAZAKH_FEMALE_NAMES: tuple[str, ...] = tuple(_names["kazakh"]["female"])
KAZAKH_FATHER_NAMES: tuple[str, ...] = tuple(_names["kazakh"]["fathers"])  # all end in a consonant
KAZAKH_SURNAMES: tuple[str, ...] = tuple(_names["kazakh"]["surnames"])  # masculine
RUSSIAN_MALE_NAMES: tuple[str, ...] = tuple(_names["russian"]["male"])
RUSSIAN_FEMALE_NAMES: tuple[str, ...] = tuple(_names["russian"]["female"])
# Father's name → (son's patronymic, daughter's patronymic).
RUSSIAN_PATRONYMICS: dict[str, tuple[str, str]] = {
    father: (son, daughter) for father, (son, daughter) in _names["russian"]["patronymics"].items()
}
RUSSIAN_SURNAMES: tuple[str, ...] = tuple(_names["russian"]["surnames"])  # masculine

_contacts = read_table("contacts.json")
RELATIONS: dict[str, str] = dict(_contacts["relations"])  # "father", "mother", "guardian" → as stored
MOBILE_CODES: tuple[str, ...] = tuple(_contacts["mobile_codes"])
MAIL_DOMAINS: tuple[str, ...] = tuple(_contacts["mail_domains"])
STREETS: tuple[tuple[str, str], ...] = tuple((s["kk"], s["ru"]) for s in _contacts["streets"])  # (Kazakh, Russian)
VILLAGES: tuple[tuple[str, str], ...] = tuple((v["kk"], v["ru"]) for v in _contacts["villages"])

ORGANISATIONS: tuple[OrganisationSpec, ...] = tuple(
    _organisation(row) for row in read_table("organisations.json")["organisations"]
)
SCHOOLS: tuple[str, ...] = tuple(o.key for o in ORGANISATIONS if o.kind is OrganisationKind.SCHOOL)
KINDERGARTENS: tuple[str, ...] = tuple(o.key for o in ORGANISATIONS if o.kind is OrganisationKind.KINDERGARTEN)
PROGRAMMES: tuple[ProgrammeSpec, ...] = tuple(_programme(row) for row in read_table("programmes.json")["programmes"])
