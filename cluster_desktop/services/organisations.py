"""Partner organisations (the full partner register comes with the partners capability)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import ids
from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import Organisation, OrganisationKind
from ..text import kazakh_sort_key
from . import fields

L_BIN = QT_TRANSLATE_NOOP("Errors", "BIN")
L_ADDRESS = QT_TRANSLATE_NOOP("Errors", "Address")
L_CONTACT_PERSON = QT_TRANSLATE_NOOP("Errors", "Contact person")
DUPLICATE_BIN = QT_TRANSLATE_NOOP("Errors", "An organisation with this BIN is already registered: {name}.")


@dataclass
class OrganisationInput:
    kind: OrganisationKind
    name_kk: str
    name_ru: str
    bin: str | None = None
    address: str | None = None
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None


def create_organisation(session: Session, data: OrganisationInput) -> Organisation:
    problems: list[Problem] = []
    name_kk, name_ru = fields.clean(data.name_kk), fields.clean(data.name_ru)
    fields.check_text(problems, "name_kk", fields.L_NAME_KK, name_kk, 300, required=True)
    fields.check_text(problems, "name_ru", fields.L_NAME_RU, name_ru, 300, required=True)
    bin_value = ids.normalize_id_number(data.bin, restore_leading_zero=False) if data.bin else None
    if bin_value:
        try:
            bin_value = ids.parse_bin(bin_value)
        except ValidationError as exc:
            problems.extend(exc.problems)
        else:
            other = session.scalar(select(Organisation).where(Organisation.bin == bin_value))
            if other is not None:
                problems.append(Problem("bin", DUPLICATE_BIN, {"name": other.name_ru}))
    fields.check_text(problems, "address", L_ADDRESS, fields.clean(data.address), 300)
    fields.check_text(problems, "contact_person", L_CONTACT_PERSON, fields.clean(data.contact_person), 200)
    fields.check_phone(problems, "phone", fields.L_PHONE, fields.clean(data.phone))
    fields.check_email(problems, "email", fields.L_EMAIL, fields.clean(data.email))
    if problems:
        raise ValidationError(problems)
    organisation = Organisation(
        kind=data.kind, name_kk=name_kk, name_ru=name_ru, bin=bin_value or None,
        address=fields.clean(data.address), contact_person=fields.clean(data.contact_person),
        phone=fields.clean(data.phone), email=fields.clean(data.email),
    )
    session.add(organisation)
    session.flush()
    return organisation


def list_organisations(session: Session, kinds: tuple[OrganisationKind, ...] = ()) -> list[Organisation]:
    statement = select(Organisation)
    if kinds:
        statement = statement.where(Organisation.kind.in_(kinds))
    return sorted(session.scalars(statement), key=lambda o: kazakh_sort_key(o.name_kk))
