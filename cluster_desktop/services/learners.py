"""Learners: validate, create, update, delete, find; and their journey through the stages."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import ids
from ..dates import numeric_date
from ..errors import QT_TRANSLATE_NOOP, Problem, UserError, ValidationError
from ..ids import Sex
from ..models import ConsentGiver, ConsentPurpose, ConsentTerm, Person, Stage, StageRecord
from ..permissions import Permission, require
from ..school_grades import academic_year_of
from ..text import kazakh_sort_key, search_fold
from . import fields
from .consent_rules import require_purpose
from .records import fetch
from .standard_consent import DEFAULT_PURPOSES, DEFAULT_YEARS, StandardForm, ordered, standard_form

if TYPE_CHECKING:
    from .consents import ConsentInput

ADULT_AGE = 18

L_IIN = QT_TRANSLATE_NOOP("Errors", "IIN")
L_SURNAME = QT_TRANSLATE_NOOP("Errors", "Surname")
L_GIVEN_NAME = QT_TRANSLATE_NOOP("Errors", "Given name")
L_PATRONYMIC = QT_TRANSLATE_NOOP("Errors", "Patronymic")
L_LATIN_NAME = QT_TRANSLATE_NOOP("Errors", "Name in Latin letters")
NOT_LATIN = QT_TRANSLATE_NOOP(
    "Errors", "{label} takes Latin letters only (A–Z), as in the passport; leave it empty to spell the name from the Cyrillic."
)
_LATIN_NAME = re.compile(r"^[A-Za-z]+(?:[ \-'’][A-Za-z]+)*$")
L_BIRTH_DATE = QT_TRANSLATE_NOOP("Errors", "Birth date")
L_SEX = QT_TRANSLATE_NOOP("Errors", "Sex")
L_ADDRESS = QT_TRANSLATE_NOOP("Errors", "Address")
L_REPRESENTATIVE = QT_TRANSLATE_NOOP("Errors", "Legal representative")
L_RELATION = QT_TRANSLATE_NOOP("Errors", "Relation to the learner")
L_REPRESENTATIVE_PHONE = QT_TRANSLATE_NOOP("Errors", "Representative's phone")
L_CONSENT_BY = QT_TRANSLATE_NOOP("Errors", "Consent given by")
L_CONSENT_DATE = QT_TRANSLATE_NOOP("Errors", "Consent date")
L_CONSENT_FORM_NUMBER = QT_TRANSLATE_NOOP("Errors", "Consent form number")
L_CONSENT_PURPOSES = QT_TRANSLATE_NOOP("Errors", "Purposes of the consent")
L_NOTES = QT_TRANSLATE_NOOP("Errors", "Notes")
L_STAGE_START = QT_TRANSLATE_NOOP("Errors", "Start of the stage")
L_STAGE_DETAIL = QT_TRANSLATE_NOOP("Errors", "Position or details")

DUPLICATE_IIN = QT_TRANSLATE_NOOP(
    "Errors", "A learner with this IIN is already registered: {name}, born {birth_date}."
)
MINOR_NEEDS_REPRESENTATIVE = QT_TRANSLATE_NOOP(
    "Errors", "The learner is under 18: enter the legal representative who gave consent."
)
MINOR_CANNOT_CONSENT = QT_TRANSLATE_NOOP(
    "Errors", "The learner is under 18, so consent must come from the legal representative."
)
LEARNER_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The learner no longer exists (perhaps someone deleted it).")
ANONYMISED_NO_EDIT = QT_TRANSLATE_NOOP(
    "Errors", "This record was anonymised on {day}: it holds no one's identity to edit. Nothing was saved."
)
STAGE_BACKWARDS = QT_TRANSLATE_NOOP(
    "Errors", "{name} is already at the stage «{current}»; a journey only moves forward."
)
STAGE_BEFORE_CURRENT = QT_TRANSLATE_NOOP(
    "Errors", "The new stage cannot start ({start}) before the current one began ({current_start})."
)
STAGE_NAMES = {
    Stage.PRESCHOOL: QT_TRANSLATE_NOOP("Errors", "Preschool"),
    Stage.SCHOOL: QT_TRANSLATE_NOOP("Errors", "School"),
    Stage.COLLEGE: QT_TRANSLATE_NOOP("Errors", "College"),
    Stage.EMPLOYMENT: QT_TRANSLATE_NOOP("Errors", "Employment"),
}


@dataclass
class LearnerInput:
    """What the add/edit dialog (or an import row) says about a learner."""

    iin: str
    surname: str
    given_name: str
    patronymic: str | None = None
    birth_date: date | None = None
    sex: Sex | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    representative_name: str | None = None
    representative_relation: str | None = None
    representative_phone: str | None = None
    # The consent signed at registration; only a new learner's input has it (later ones: the consent service).
    consent_given_by: ConsentGiver | None = None
    consent_date: date | None = None
    consent_form_number: str | None = None
    consent_purposes: tuple[ConsentPurpose, ...] | None = None  # None: the college's standard form
    consent_valid_until: date | None = None  # a consent to a date; otherwise to the end of studies plus years
    consent_years: int | None = None  # years after studies; None: the standard form's
    notes: str | None = None
    stage: Stage = Stage.PRESCHOOL  # the stage a new learner starts at
    latin_name: str | None = None  # as in the passport, where it differs from the transliteration English certificates use

    def cleaned(self) -> LearnerInput:
        texts = {
            name: fields.clean(getattr(self, name))
            for name in (
                "surname", "given_name", "patronymic", "phone", "email", "address", "representative_name",
                "representative_relation", "representative_phone", "consent_form_number", "latin_name",
            )
        }
        notes = self.notes.strip() if self.notes else None
        return LearnerInput(
            **{**self.__dict__, **texts, "iin": ids.normalize_id_number(self.iin, restore_leading_zero=False), "notes": notes or None}
        )


def age_on(birth_date: date, day: date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


CONSENT_FIELDS = (
    "consent_given_by", "consent_date", "consent_form_number", "consent_purposes", "consent_valid_until", "consent_years",
)


def validate_learner(
    data: LearnerInput, today: date | None = None, with_consent: bool = True
) -> tuple[LearnerInput, list[Problem]]:
    """Clean ``data`` and list every problem at once, so the dialog can show them all.

    Birth date and sex left empty are taken from a valid IIN.  ``with_consent``
    (a new learner) checks the consent signed at registration too; a learner's
    later consents are recorded on their own.
    """
    today = today or date.today()
    d = data.cleaned()
    problems: list[Problem] = []
    info: ids.IinInfo | None = None
    try:
        info = ids.parse_iin(d.iin, field="iin", today=today)
    except ValidationError as exc:
        problems.extend(exc.problems)
    if info is not None:
        d.birth_date = d.birth_date or info.birth_date
        d.sex = d.sex or info.sex
    fields.check_name(problems, "surname", L_SURNAME, d.surname, 100, required=True)
    fields.check_name(problems, "given_name", L_GIVEN_NAME, d.given_name, 100, required=True)
    fields.check_name(problems, "patronymic", L_PATRONYMIC, d.patronymic, 100, required=False)
    fields.check_text(problems, "latin_name", L_LATIN_NAME, d.latin_name, 300)
    if d.latin_name and len(d.latin_name) <= 300 and not _LATIN_NAME.match(d.latin_name):
        problems.append(Problem("latin_name", NOT_LATIN, {"label": L_LATIN_NAME}))
    fields.check_past_date(problems, "birth_date", L_BIRTH_DATE, d.birth_date, today, required=True)
    if d.sex is None:
        problems.append(Problem("sex", fields.REQUIRED, {"label": L_SEX}))
    if info is not None:
        problems.extend(ids.check_consistency(info, d.birth_date, d.sex))
    fields.check_phone(problems, "phone", fields.L_PHONE, d.phone)
    fields.check_text(problems, "phone", fields.L_PHONE, d.phone, 40)
    fields.check_email(problems, "email", fields.L_EMAIL, d.email)
    fields.check_text(problems, "address", L_ADDRESS, d.address, 300)
    fields.check_name(problems, "representative_name", L_REPRESENTATIVE, d.representative_name, 200, required=False)
    fields.check_text(problems, "representative_relation", L_RELATION, d.representative_relation, 60)
    fields.check_phone(problems, "representative_phone", L_REPRESENTATIVE_PHONE, d.representative_phone)
    fields.check_text(problems, "notes", L_NOTES, d.notes, 4000, printed=False)
    minor = d.birth_date is not None and d.birth_date <= today and age_on(d.birth_date, today) < ADULT_AGE
    if minor and not d.representative_name:
        problems.append(Problem("representative_name", MINOR_NEEDS_REPRESENTATIVE))
    if with_consent:
        _check_first_consent(problems, d, today, minor)
    return d, problems


# The consent service's names for a consent's fields → the learner form's (a representative signs in the representative fields).
FIRST_CONSENT_FIELDS = {
    "given_by": "consent_given_by", "given_on": "consent_date", "purposes": "consent_purposes", "term": "consent_years",
    "valid_until": "consent_valid_until", "years_after_studies": "consent_years", "form_number": "consent_form_number",
    "giver_name": "representative_name", "giver_relation": "representative_relation", "notes": "notes",
}


def _check_first_consent(problems: list[Problem], d: LearnerInput, today: date, minor: bool) -> None:
    """The consent service's rules for a signed form, named by the learner form's fields; a field already explained gets no second message."""
    from .consents import MINOR_OWN_CONSENT, check_consent  # consents builds on this module

    if d.consent_purposes is not None:
        d.consent_purposes = ordered(d.consent_purposes)
    if minor and d.consent_given_by is ConsentGiver.SELF:
        problems.append(Problem("consent_given_by", MINOR_CANNOT_CONSENT))
    checked = StandardForm(DEFAULT_PURPOSES, DEFAULT_YEARS)  # the settings' form is valid whatever it says
    birth_date = d.birth_date if d.birth_date is not None and d.birth_date <= today else None
    explained = {p.field for p in problems}
    for problem in check_consent(first_consent(d, checked), birth_date, today)[1]:
        field = FIRST_CONSENT_FIELDS[problem.field]
        # Who may sign is judged on the day of registration (MINOR_CANNOT_CONSENT above), as records and files
        # made before per-purpose consents have it; a consent recorded later is judged on its own date.
        if field not in explained and problem.template != MINOR_OWN_CONSENT:
            problems.append(replace(problem, field=field))


def first_consent(d: LearnerInput, form: StandardForm) -> ConsentInput:
    """The input's consent as the consent service takes it: purposes and years not said are the standard form's."""
    from .consents import ConsentInput

    dated = d.consent_valid_until is not None
    return ConsentInput(
        given_by=d.consent_given_by,
        given_on=d.consent_date,
        purposes=frozenset(form.purposes if d.consent_purposes is None else d.consent_purposes),
        term=ConsentTerm.UNTIL_DATE if dated else ConsentTerm.AFTER_STUDIES,
        valid_until=d.consent_valid_until,
        years_after_studies=None if dated else (form.years_after_studies if d.consent_years is None else d.consent_years),
        giver_name=d.representative_name,
        giver_relation=d.representative_relation,
        form_number=d.consent_form_number,
    ).cleaned()


def apply_input(person: Person, d: LearnerInput) -> None:
    """Copy checked input onto ``person`` with its search and sort keys (the dialog and the import both save this way)."""
    for name in (
        "iin", "surname", "given_name", "patronymic", "birth_date", "sex", "phone", "email", "address",
        "representative_name", "representative_relation", "representative_phone", "notes", "latin_name",
    ):
        setattr(person, name, getattr(d, name))
    person.search_key = search_fold(" ".join(p for p in (d.surname, d.given_name, d.patronymic, d.iin) if p))
    person.sort_key = kazakh_sort_key(d.surname, d.given_name, d.patronymic)


def _duplicate_problem(session: Session, iin: str, own_id: int | None) -> Problem | None:
    other = session.scalar(select(Person).where(Person.iin == iin))
    if other is None or other.id == own_id:
        return None
    return Problem("iin", DUPLICATE_IIN, {"name": other.full_name, "birth_date": numeric_date(other.birth_date)})


def create_learner(session: Session, data: LearnerInput, today: date | None = None) -> Person:
    """Register a learner at their first stage, with the consent they came with."""
    from .consents import add_consent  # consents builds on this module

    require(session, Permission.EDIT_RECORDS)
    d, problems = validate_learner(data, today)
    duplicate = _duplicate_problem(session, d.iin, None) if not any(p.field == "iin" for p in problems) else None
    if duplicate:
        problems.insert(0, duplicate)
    if problems:
        raise ValidationError(problems)
    person = Person(current_stage=d.stage)
    apply_input(person, d)
    start = max(d.consent_date or today or date.today(), d.birth_date or date.min)
    person.stages.append(StageRecord(stage=d.stage, started_on=start))
    session.add(person)
    session.flush()
    form = standard_form(session)
    add_consent(session, person, first_consent(d, form))  # flushes
    return person


def get_learner(session: Session, person_id: int) -> Person:
    require(session, Permission.READ_PERSONAL_DATA)
    return fetch(session, Person, person_id, LEARNER_NOT_FOUND)


def learner_input(person: Person) -> LearnerInput:
    """The learner's current values, as the edit dialog starts with them (consents are recorded on their own)."""
    return LearnerInput(
        **{name: getattr(person, name) for name in LearnerInput.__dataclass_fields__ if name not in ("stage", *CONSENT_FIELDS)},
        stage=person.current_stage,
    )


def update_learner(session: Session, person_id: int, data: LearnerInput, today: date | None = None) -> Person:
    require(session, Permission.EDIT_RECORDS)
    person = get_learner(session, person_id)
    if person.anonymised_on is not None:  # a name or IIN typed in would give the record an identity back
        raise UserError(ANONYMISED_NO_EDIT, day=numeric_date(person.anonymised_on))
    d, problems = validate_learner(data, today, with_consent=False)
    duplicate = _duplicate_problem(session, d.iin, person.id) if not any(p.field == "iin" for p in problems) else None
    if duplicate:
        problems.insert(0, duplicate)
    if problems:
        raise ValidationError(problems)
    apply_input(person, d)
    session.flush()
    return person


def delete_learner(session: Session, person_id: int) -> None:
    require(session, Permission.EDIT_RECORDS)
    session.delete(get_learner(session, person_id))
    session.flush()


def move_to_stage(
    session: Session,
    person_id: int,
    stage: Stage,
    started_on: date,
    organisation_id: int | None = None,
    school_grade: int | None = None,
    detail: str | None = None,
    *,
    today: date,
) -> StageRecord:
    """Move a learner on to a later stage on the same record, closing the current one.

    The journey across stages is a purpose of consent: refused unless the learner's consent allows it on the day
    the move is recorded, ``today`` (a move is often recorded after the fact).
    """
    require(session, Permission.EDIT_RECORDS)
    person = get_learner(session, person_id)
    if stage.rank <= person.current_stage.rank:
        raise ValidationError(
            [Problem("stage", STAGE_BACKWARDS, {"name": person.full_name, "current": STAGE_NAMES[person.current_stage]})]
        )
    current = next((s for s in person.stages if s.ended_on is None), None)
    if current is not None and started_on < current.started_on:
        raise ValidationError(
            [
                Problem(
                    "started_on",
                    STAGE_BEFORE_CURRENT,
                    {"start": numeric_date(started_on), "current_start": numeric_date(current.started_on)},
                )
            ]
        )
    detail = fields.clean(detail)
    too_long: list[Problem] = []
    fields.check_text(too_long, "detail", L_STAGE_DETAIL, detail, 300)
    if too_long:
        raise ValidationError(too_long)
    require_purpose(session, [person_id], ConsentPurpose.JOURNEY, today)
    if current is not None:
        current.ended_on = started_on
    record = StageRecord(
        stage=stage, started_on=started_on, organisation_id=organisation_id, school_grade=school_grade, detail=fields.clean(detail),
        grade_year=academic_year_of(started_on) if school_grade is not None else None,
    )
    person.stages.append(record)
    person.current_stage = stage
    session.flush()
    return record
