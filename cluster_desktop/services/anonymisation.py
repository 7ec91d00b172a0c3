"""Anonymising the records of people past their keeping period: identity goes, counts and outcomes stay.

What goes: surname, given name, patronymic, the Latin name, the IIN (replaced
by :func:`placeholder_iin`, which is never a valid IIN: it starts with letters,
so IIN checks, look-ups and the import can never match it), phone, e-mail,
address, the legal representative, notes, the consents' signer names, form
numbers and notes, the notes of applications and destinations, the free text
of job evidence; on certificates the holder's name and IIN as printed, and the
signed QR payload (which states the name) is kept only as its SHA-256 digest,
so a paper certificate the holder shows still checks as genuine
(:func:`cluster_desktop.signing.payload_matches`) while nothing readable of
the name is left.  The name becomes «Анонимделген / Обезличен №<id>» (both
official languages, so every list, report and export shows it as it is).

What stays: sex, the birth YEAR (the date becomes 1 July of the year: ages
are off by at most half a year, so age groups stay right while the exact date,
which with sex identifies a person, is gone), stages, enrolments and results,
certificate numbers and statuses, placements, jobs, follow-ups and
destinations, agreements (which name the person only through the link row).
So every count and outcome figure is the same before and after.

The audit log is not rewritten: its entries are sealed in a chain (rewriting
one would break it) and the law keeps the log of processing; it already holds
an IIN only by its last four digits and is shown to administrators only.  The
anonymisation writes its own changes with Core statements (the usual
per-field entries would quote the old name) and one ``anonymise`` entry per
person naming only the id and what was cleared.  It cannot be undone except
by restoring a backup made before it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy import Table, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from .. import audit
from ..dates import numeric_date
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..languages import ANONYMISED_NAME
from ..models import (
    Agreement,
    AgreementLearner,
    Application,
    Certificate,
    Consent,
    Destination,
    Employment,
    Enrolment,
    EnrolmentStatus,
    Group,
    Person,
)
from ..permissions import Permission, require
from ..signing import PAYLOAD_DIGEST_PREFIX
from ..text import kazakh_sort_key, search_fold
from .retention import is_past_period, person_kept_until

ANONYMISE = "anonymise"  # the audit action
ANONYMISED_SURNAME = ANONYMISED_NAME  # «Anonymised», in Kazakh and Russian; documents print one (languages.printed_name)
PLACEHOLDER_PREFIX = "ANON"

NOTHING_CHOSEN = QT_TRANSLATE_NOOP("Errors", "Choose the records to anonymise; nothing was changed.")
NO_SUCH_PERSON = QT_TRANSLATE_NOOP("Errors", "There is no person with id {id}; nothing was changed.")
ALREADY = QT_TRANSLATE_NOOP("Errors", "Record {id} was already anonymised on {day}; nothing was changed.")
STILL_ENROLLED = QT_TRANSLATE_NOOP(
    "Errors", "{name} is still studying in group {group}: a record with an open enrolment cannot be anonymised; nothing was changed."
)
IN_AGREEMENT = QT_TRANSLATE_NOOP(
    "Errors", "{name} is named in agreement No. {number}, which is in force: it cannot be anonymised; nothing was changed."
)
NOT_PAST_UNTIL = QT_TRANSLATE_NOOP(
    "Errors", "{name}: the records are kept until {day}; only records past their keeping period may be anonymised. Nothing was changed."
)
NOT_PAST = QT_TRANSLATE_NOOP(
    "Errors", "{name} is not past the keeping period (still studying, or no record that ends it); nothing was changed."
)
_CHUNK = 500


def placeholder_iin(person_id: int) -> str:
    """The 12 characters that take an anonymised person's IIN place: unique (from the id), never a valid IIN."""
    text = f"{PLACEHOLDER_PREFIX}{person_id:08d}"
    return text if len(text) <= 12 else f"A{person_id:011d}"


def is_placeholder_iin(value: str | None) -> bool:
    """Whether ``value`` is an anonymised person's placeholder (every IIN starts with a digit)."""
    return bool(value) and str(value).startswith("A")


def anonymised_name(person_id: int) -> tuple[str, str]:
    """The surname and given name an anonymised person is shown by."""
    return ANONYMISED_SURNAME, f"№{person_id}"


def payload_digest(payload: str) -> str:
    return PAYLOAD_DIGEST_PREFIX + hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _refuse(session: Session, ids: list[int], today: date) -> None:
    """Raise :class:`UserError` for the first person that may not be anonymised; return when all may."""
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}
    for person_id in ids:
        person = people.get(person_id)
        if person is None:
            raise UserError(NO_SUCH_PERSON, id=person_id)
        if person.anonymised_on is not None:
            raise UserError(ALREADY, id=person_id, day=numeric_date(person.anonymised_on))
    open_group = session.execute(
        select(Enrolment.person_id, Group.name)
        .join(Group, Group.id == Enrolment.group_id)
        .where(Enrolment.person_id.in_(ids), Enrolment.status == EnrolmentStatus.ENROLLED)
        .order_by(Enrolment.person_id)
    ).first()
    if open_group is not None:
        raise UserError(STILL_ENROLLED, name=people[open_group[0]].full_name, group=open_group[1])
    in_force = session.execute(
        select(AgreementLearner.person_id, Agreement.number)
        .join(Agreement, Agreement.id == AgreementLearner.agreement_id)
        .where(
            AgreementLearner.person_id.in_(ids),
            Agreement.is_draft.is_(False),
            Agreement.terminated_on.is_(None),
            or_(Agreement.ends_on.is_(None), Agreement.ends_on >= today),
            or_(AgreementLearner.ends_on.is_(None), AgreementLearner.ends_on >= today),
        )
        .order_by(AgreementLearner.person_id)
    ).first()
    if in_force is not None:
        raise UserError(IN_AGREEMENT, name=people[in_force[0]].full_name, number=in_force[1])
    past = is_past_period(session, ids, today)
    for person_id in ids:
        if person_id not in past:
            until = person_kept_until(session, person_id)
            name = people[person_id].full_name
            if until is not None and until >= today:
                raise UserError(NOT_PAST_UNTIL, name=name, day=numeric_date(until))
            raise UserError(NOT_PAST, name=name)


def _identity_removed(person_id: int, birth_date: date, today: date) -> dict[str, Any]:
    """The person row's new values: a name and IIN that say nothing, no contacts, the birth year only."""
    surname, given_name = anonymised_name(person_id)
    iin = placeholder_iin(person_id)
    return {
        "surname": surname,
        "given_name": given_name,
        "patronymic": None,
        "latin_name": None,
        "iin": iin,
        "birth_date": date(birth_date.year, 7, 1),
        "phone": None,
        "email": None,
        "address": None,
        "representative_name": None,
        "representative_relation": None,
        "representative_phone": None,
        "notes": None,
        "anonymised_on": today,
        "search_key": search_fold(f"{surname} {given_name} {iin}"),
        "sort_key": kazakh_sort_key(surname, given_name),
    }


# The person's free texts and signers' names kept in other tables: (mapped class, columns cleared, the audit entry's count).
CLEARED_ELSEWHERE = (
    (Consent, ("giver_name", "form_number", "notes"), "consents"),
    (Application, ("notes",), "applications"),
    (Destination, ("note",), "destinations"),
    (Employment, ("evidence",), "jobs"),
)


def _table(mapped: type) -> Table:
    table = mapped.__table__  # type: ignore[attr-defined]  # every mapped class here has one table
    assert isinstance(table, Table)
    return table


def _set(table: Table, values: Iterable[str]) -> Any:
    """``UPDATE table SET column = :v_column … WHERE id = :v_id`` for an executemany (Core: no per-field audit entries,
    which would quote the old values; the anonymisation writes one entry per person instead)."""
    return update(table).where(table.c.id == bindparam("v_id")).values({name: bindparam(f"v_{name}") for name in values})


def _anonymise_chunk(session: Session, ids: list[int], today: date) -> dict[int, dict[str, int]]:
    """Remove the identity of ``ids`` (at most _CHUNK) in a few statements; what was cleared, per person."""
    person = _table(Person)
    births = {row[0]: row[1] for row in session.execute(select(person.c.id, person.c.birth_date).where(person.c.id.in_(ids)))}
    rows = [_identity_removed(person_id, births[person_id], today) | {"id": person_id} for person_id in ids]
    present = [name for name in rows[0] if name != "id" and name in person.c]
    session.execute(_set(person, present), [{f"v_{k}": row[k] for k in ("id", *present)} for row in rows])
    counts: dict[int, dict[str, int]] = {person_id: {} for person_id in ids}
    for mapped, columns, label in CLEARED_ELSEWHERE:
        table = _table(mapped)
        found = session.execute(select(table.c.person_id, func.count()).where(table.c.person_id.in_(ids)).group_by(table.c.person_id))
        for person_id, number in found:
            counts[person_id][label] = number
        session.execute(update(table).where(table.c.person_id.in_(ids)).values({name: None for name in columns if name in table.c}))
    certificate = _table(Certificate)
    issued = session.execute(
        select(certificate.c.id, certificate.c.person_id, certificate.c.payload).where(certificate.c.person_id.in_(ids))
    ).all()
    changed = []
    for certificate_id, person_id, payload in issued:
        name = " ".join(anonymised_name(person_id))
        iin = placeholder_iin(person_id)
        digest = payload if payload.startswith(PAYLOAD_DIGEST_PREFIX) else payload_digest(payload)
        values = {"id": certificate_id, "full_name": name, "iin": iin, "payload": digest, "search_key": search_fold(f"{name} {iin}")}
        changed.append({f"v_{key}": value for key, value in (values | {"sort_key": kazakh_sort_key(name)}).items()})
        counts[person_id]["certificates"] = counts[person_id].get("certificates", 0) + 1
    if changed:
        session.execute(_set(certificate, ("full_name", "iin", "payload", "search_key", "sort_key")), changed)
    return counts


def anonymise(session: Session, person_ids: Iterable[int], today: date, on_step: Callable[[int, int], None] | None = None) -> int:
    """Remove the identity of each of ``person_ids`` (all or none); the number anonymised.

    Refuses, with nothing changed, an unknown or already anonymised person, one
    with an open enrolment or named in an agreement in force, and one not past
    the keeping period on ``today``.  ``on_step(done, total)`` follows the chunks; it may
    raise to stop, and then nothing is anonymised (the caller rolls the transaction back).
    """
    require(session, Permission.ANONYMISE)
    ids = list(dict.fromkeys(int(i) for i in person_ids))
    if not ids:
        raise UserError(NOTHING_CHOSEN)
    session.flush()
    for start in range(0, len(ids), _CHUNK):
        _refuse(session, ids[start : start + _CHUNK], today)
    for start in range(0, len(ids), _CHUNK):
        counts = _anonymise_chunk(session, ids[start : start + _CHUNK], today)
        for person_id, cleared in counts.items():
            audit.record(session, ANONYMISE, "person", person_id, {"anonymised_on": today, **cleared})
        if on_step is not None:
            on_step(min(start + _CHUNK, len(ids)), len(ids))
    session.expire_all()  # the objects loaded before hold the old values
    return len(ids)
