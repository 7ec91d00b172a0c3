"""Builders for the records tests make again and again: a learner, an employer, a programme with a group, a graduate.

And ``count``, the number of rows a test checks after an action.

Each goes through the services (validation, permissions, the audit log), inside the
caller's session, and takes only what a test usually varies; everything else is a
plausible fixed value, dated in the past so that no builder depends on the real date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.ids import Sex, make_bin, make_iin
from cluster_desktop.models import (
    Base,
    Consent,
    ConsentGiver,
    ConsentPurpose,
    Enrolment,
    EnrolmentStatus,
    Group,
    Organisation,
    OrganisationKind,
    Person,
    Programme,
    ProgrammeKind,
    Stage,
)
from cluster_desktop.services.learners import LearnerInput, create_learner
from cluster_desktop.services.organisations import OrganisationInput, create_organisation
from cluster_desktop.services.programmes import GroupInput, ProgrammeInput, create_group, create_programme, enrol, record_result

BORN = date(2005, 4, 1)
CONSENT_DATE = date(2024, 9, 1)
ALL_PURPOSES = tuple(ConsentPurpose)


def learner(
    session: Session,
    surname: str = "Қасымов",
    given_name: str = "Нұрлан",
    *,
    serial: int = 1,
    born: date = BORN,
    sex: Sex | None = None,
    stage: Stage = Stage.COLLEGE,
    consent_date: date = CONSENT_DATE,
    representative: str | None = None,
    purposes: Sequence[ConsentPurpose] = ALL_PURPOSES,
    **more: Any,
) -> Person:
    """A learner with a valid IIN for ``born``, ``sex`` and ``serial`` (vary ``serial`` for a second one).

    ``sex`` defaults from the surname (Kazakh and Russian women's surnames end in «а»);
    ``representative`` names who consented for a minor, otherwise the learner did.
    The consent signed on ``consent_date`` allows ``purposes`` (every purpose, so
    that what the consent rules guard works; ``()``: no consent on file at all).
    ``more`` are further :class:`LearnerInput` fields.
    """
    sex = sex or (Sex.FEMALE if surname.endswith("а") else Sex.MALE)
    more.setdefault("consent_purposes", tuple(purposes) or None)
    person = create_learner(session, LearnerInput(
        iin=make_iin(born, sex, serial), surname=surname, given_name=given_name, stage=stage,
        consent_given_by=ConsentGiver.REPRESENTATIVE if representative else ConsentGiver.SELF,
        consent_date=consent_date, representative_name=representative, **more,
    ))
    if not purposes:
        session.execute(delete(Consent).where(Consent.person_id == person.id))
    return person


def employer(session: Session, name_kk: str = "Дон ТКБК", name_ru: str = "Донской ГОК", *, serial: int = 1) -> Organisation:
    """An employer with a valid BIN (vary ``serial`` for a second one)."""
    return create_organisation(session, OrganisationInput(OrganisationKind.EMPLOYER, name_kk, name_ru, make_bin(1995, 12, 4, serial)))


def programme_with_group(
    session: Session,
    group_name: str = "ПР-21-1",
    *,
    starts_on: date = date(2021, 9, 1),
    ends_on: date | None = date(2025, 6, 30),
    language: str = "kk",
    programme: ProgrammeInput | None = None,
) -> tuple[Programme, Group]:
    """A programme (by default the college's mining specialty) and one group of it."""
    made = create_programme(session, programme or ProgrammeInput(
        ProgrammeKind.COLLEGE_SPECIALTY, "Жерасты қазу", "Подземная разработка",
        qualification_code="07240100", qualification_name_kk="Кен шебері", qualification_name_ru="Горный мастер",
        qualification_name_en="Mining Foreman", hours=5760,
    ))
    return made, create_group(session, GroupInput(made.id, group_name, language, starts_on, ends_on))


def graduate(session: Session, person: Person, group: Group, *, finished_on: date | None = None, percent: int = 80) -> Enrolment:
    """Enrol ``person`` in ``group`` from its start and complete it on ``finished_on`` (by default the group's last day)."""
    finished_on = finished_on or group.ends_on
    assert finished_on is not None, "a graduate needs a group that has ended, or a finishing date"
    enrolment = enrol(session, person.id, group.id, group.starts_on)
    return record_result(session, enrolment.id, EnrolmentStatus.COMPLETED, finished_on, percent)


def count(database: Database, model: type[Base]) -> int:
    """How many rows of ``model`` the database holds."""
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0
