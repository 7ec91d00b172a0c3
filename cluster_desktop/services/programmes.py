"""Programmes, their groups, and enrolling learners into groups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..languages import LANGUAGES, OFFICIAL_LANGUAGES, shown_in
from ..models import Application, ConsentPurpose, Enrolment, EnrolmentStatus, Group, Person, Programme, ProgrammeKind, StudyForm
from ..permissions import Permission, require
from ..text import kazakh_sort_key
from . import fields, qualifications
from .consent_rules import require_purpose
from .learners import get_learner, move_to_stage
from .records import fetch

L_NAME_EN = QT_TRANSLATE_NOOP("Errors", "Name in English")
L_QUALIFICATION_CODE = QT_TRANSLATE_NOOP("Errors", "Qualification code")
L_QUALIFICATION_NAME = {
    "kk": QT_TRANSLATE_NOOP("Errors", "Qualification name in Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Errors", "Qualification name in Russian"),
    "en": QT_TRANSLATE_NOOP("Errors", "Qualification name in English"),
}
L_HOURS = QT_TRANSLATE_NOOP("Errors", "Hours")
L_GROUP_NAME = QT_TRANSLATE_NOOP("Errors", "Group name")
L_STARTS_ON = QT_TRANSLATE_NOOP("Errors", "Start date")
L_ENDS_ON = QT_TRANSLATE_NOOP("Errors", "End date")
L_RESULT = QT_TRANSLATE_NOOP("Errors", "Result, %")
L_ENROLLED_ON = QT_TRANSLATE_NOOP("Errors", "Enrolment date")
L_FINISHED_ON = QT_TRANSLATE_NOOP("Errors", "Finish date")

PROGRAMME_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The programme no longer exists (perhaps someone deleted it).")
GROUP_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The group no longer exists (perhaps someone deleted it).")
ENROLMENT_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "The enrolment no longer exists (perhaps someone removed it).")
NO_LANGUAGE = QT_TRANSLATE_NOOP("Errors", "Choose at least one language of instruction.")
SPECIALTY_NEEDS_CODE = QT_TRANSLATE_NOOP("Errors", "A college specialty needs its qualification code.")
DUPLICATE_GROUP = QT_TRANSLATE_NOOP("Errors", "A group named «{name}» already exists.")
LANGUAGE_NOT_TAUGHT = QT_TRANSLATE_NOOP(
    "Errors", "The programme is not taught in the group's language «{language}»."
)
ALREADY_ENROLLED = QT_TRANSLATE_NOOP("Errors", "{name} is already in the group {group}.")
RESULT_NEEDS_FINISH = QT_TRANSLATE_NOOP("Errors", "A finished enrolment (completed, not passed or withdrawn) needs its finish date.")
RESULT_NEEDS_PERCENT = QT_TRANSLATE_NOOP("Errors", "A completed enrolment needs its result in percent.")
COMPLETED_BELOW_PASS = QT_TRANSLATE_NOOP(
    "Errors", "A result of {percent}% is below the pass mark of 50%: choose «Not passed» instead of «Completed»."
)
HAS_ENROLMENTS = QT_TRANSLATE_NOOP(
    "Errors", "«{name}» holds {count} enrolments of learners (current or past); remove them from it first."
)
HAS_APPLICATIONS = QT_TRANSLATE_NOOP(
    "Errors", "«{name}» has {count} applications for admission; it cannot be deleted while they are kept."
)
LANGUAGE_WORDS = {
    "kk": QT_TRANSLATE_NOOP("Errors", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Errors", "Russian"),
    "en": QT_TRANSLATE_NOOP("Errors", "English"),
}
PASS_MARK = Decimal(50)


@dataclass
class ProgrammeInput:
    kind: ProgrammeKind
    name_kk: str
    name_ru: str
    name_en: str | None = None
    qualification_code: str | None = None
    qualification_name_kk: str | None = None
    qualification_name_ru: str | None = None
    qualification_name_en: str | None = None
    hours: int = 0
    languages: tuple[str, ...] = OFFICIAL_LANGUAGES
    partner_id: int | None = None
    description: str | None = None


PROGRAMME_FIELDS = (
    "kind", "name_kk", "name_ru", "name_en", "qualification_code", "qualification_name_kk", "qualification_name_ru",
    "qualification_name_en", "hours", "partner_id", "description",
)


@dataclass
class GroupInput:
    programme_id: int
    name: str
    language: str
    starts_on: date
    ends_on: date | None = None
    study_form: StudyForm = StudyForm.FULL_TIME


def validate_programme(data: ProgrammeInput) -> tuple[ProgrammeInput, list[Problem]]:
    d = ProgrammeInput(
        kind=data.kind,
        name_kk=fields.clean(data.name_kk) or "",
        name_ru=fields.clean(data.name_ru) or "",
        name_en=fields.clean(data.name_en),
        qualification_code=fields.clean(data.qualification_code),
        qualification_name_kk=fields.clean(data.qualification_name_kk),
        qualification_name_ru=fields.clean(data.qualification_name_ru),
        qualification_name_en=fields.clean(data.qualification_name_en),
        hours=data.hours,
        languages=tuple(lang for lang in LANGUAGES if lang in data.languages),
        partner_id=data.partner_id,
        description=data.description.strip() if data.description else None,
    )
    problems: list[Problem] = []
    fields.check_text(problems, "name_kk", fields.L_NAME_KK, d.name_kk, 300, required=True)
    fields.check_text(problems, "name_ru", fields.L_NAME_RU, d.name_ru, 300, required=True)
    fields.check_text(problems, "name_en", L_NAME_EN, d.name_en, 300)
    fields.check_text(problems, "qualification_code", L_QUALIFICATION_CODE, d.qualification_code, 40)
    for language, label in L_QUALIFICATION_NAME.items():
        name = f"qualification_name_{language}"
        fields.check_text(problems, name, label, getattr(d, name), 300)
    if d.kind is ProgrammeKind.COLLEGE_SPECIALTY and not d.qualification_code:
        problems.append(Problem("qualification_code", SPECIALTY_NEEDS_CODE))
    if not 0 <= d.hours <= 10000:
        problems.append(Problem("hours", fields.BAD_NUMBER, {"label": L_HOURS, "low": 0, "high": 10000}))
    if not d.languages:
        problems.append(Problem("languages", NO_LANGUAGE))
    return d, problems


def checked_programme(session: Session, data: ProgrammeInput) -> ProgrammeInput:
    """The input validated, its code checked against the qualification catalogue and spelled as it is there.

    A qualification's names in each language come from the catalogue (a name it lacks stays as typed);
    a specialty's code keeps the qualification names typed, since a specialty leads to several.
    """
    d, problems = validate_programme(data)
    entry = qualifications.check_code(session, problems, "qualification_code", L_QUALIFICATION_CODE, d.qualification_code)
    if problems:
        raise ValidationError(problems)
    if entry is None:
        return d
    d.qualification_code = entry.code
    if entry.specialty_code is not None:
        for language, name in qualifications.qualification_names(entry).items():
            setattr(d, f"qualification_name_{language}", name)
    return d


def _apply_programme(programme: Programme, d: ProgrammeInput) -> None:
    for name in PROGRAMME_FIELDS:
        setattr(programme, name, getattr(d, name))
    programme.languages = ",".join(d.languages)


def create_programme(session: Session, data: ProgrammeInput) -> Programme:
    require(session, Permission.EDIT_RECORDS)
    d = checked_programme(session, data)
    programme = Programme()
    _apply_programme(programme, d)
    session.add(programme)
    session.flush()
    return programme


def get_programme(session: Session, programme_id: int) -> Programme:
    return fetch(session, Programme, programme_id, PROGRAMME_NOT_FOUND)


def update_programme(session: Session, programme_id: int, data: ProgrammeInput) -> Programme:
    require(session, Permission.EDIT_RECORDS)
    programme = get_programme(session, programme_id)
    d = checked_programme(session, data)
    _apply_programme(programme, d)
    session.flush()
    return programme


def programme_input(programme: Programme) -> ProgrammeInput:
    return ProgrammeInput(
        **{name: getattr(programme, name) for name in PROGRAMME_FIELDS}, languages=tuple(programme.languages.split(","))
    )


def _enrolment_count(session: Session, *conditions: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).select_from(Enrolment).join(Group).where(*conditions)) or 0


def delete_programme(session: Session, programme_id: int) -> None:
    """Delete a programme with its empty groups; refused while learners are enrolled."""
    require(session, Permission.EDIT_RECORDS)
    programme = get_programme(session, programme_id)
    count = _enrolment_count(session, Group.programme_id == programme_id)
    if count:
        raise ValidationError([Problem("programme", HAS_ENROLMENTS, {"name": f"{programme.name_kk} / {programme.name_ru}", "count": count})])
    applications = session.scalar(select(func.count()).select_from(Application).where(Application.programme_id == programme_id)) or 0
    if applications:
        raise ValidationError(
            [Problem("programme", HAS_APPLICATIONS, {"name": f"{programme.name_kk} / {programme.name_ru}", "count": applications})]
        )
    session.delete(programme)
    session.flush()


def list_programmes(session: Session) -> list[Programme]:
    programmes = list(session.scalars(select(Programme).options(selectinload(Programme.groups))))
    kinds = list(ProgrammeKind)
    programmes.sort(key=lambda p: (kinds.index(p.kind), kazakh_sort_key(p.name_kk)))
    return programmes


def programme_choices(session: Session, language: str) -> list[tuple[int, str]]:
    """(id, name in ``language``) of every programme, in list order: what a dialog offers."""
    return [(p.id, p.name(language)) for p in list_programmes(session)]


def validate_group(session: Session, data: GroupInput, own_id: int | None = None) -> tuple[GroupInput, list[Problem]]:
    d = GroupInput(
        programme_id=data.programme_id,
        name=fields.clean(data.name) or "",
        language=data.language,
        starts_on=data.starts_on,
        ends_on=data.ends_on,
        study_form=StudyForm(data.study_form),
    )
    problems: list[Problem] = []
    fields.check_text(problems, "name", L_GROUP_NAME, d.name, 100, required=True)
    if d.starts_on is None:
        problems.append(Problem("starts_on", fields.REQUIRED, {"label": L_STARTS_ON}))
    fields.check_date_order(problems, "ends_on", L_STARTS_ON, d.starts_on, L_ENDS_ON, d.ends_on)
    programme = get_programme(session, d.programme_id)
    if d.language not in programme.languages.split(","):
        problems.append(Problem("language", LANGUAGE_NOT_TAUGHT, {"language": LANGUAGE_WORDS.get(d.language, d.language)}))
    if d.name:
        other = session.scalar(select(Group).where(Group.name == d.name))
        if other is not None and other.id != own_id:
            problems.append(Problem("name", DUPLICATE_GROUP, {"name": d.name}))
    return d, problems


def create_group(session: Session, data: GroupInput) -> Group:
    require(session, Permission.EDIT_RECORDS)
    d, problems = validate_group(session, data)
    if problems:
        raise ValidationError(problems)
    group = Group(
        programme_id=d.programme_id,
        name=d.name,
        language=d.language,
        starts_on=d.starts_on,
        ends_on=d.ends_on,
        study_form=d.study_form,
    )
    session.add(group)
    session.flush()
    return group


def get_group(session: Session, group_id: int) -> Group:
    return fetch(session, Group, group_id, GROUP_NOT_FOUND)


def group_input(session: Session, group_id: int) -> GroupInput:
    """A group's stored values, as the form edits them (plain data for the window)."""
    g = get_group(session, group_id)
    return GroupInput(g.programme_id, g.name, g.language, g.starts_on, g.ends_on, g.study_form)


@dataclass(frozen=True)
class ProgrammeChoice:
    """A programme a group may belong to, with the languages it is taught in."""

    id: int
    name: str
    languages: tuple[str, ...]


def programme_language_choices(session: Session, language: str) -> list[ProgrammeChoice]:
    return [ProgrammeChoice(p.id, p.name(language), tuple(p.languages.split(","))) for p in list_programmes(session)]


def qualification_choices(session: Session, language: str) -> list[tuple[str, str, str]]:
    """(code, qualification name, «code name») of the college specialties with a qualification code, by code."""
    return sorted(
        (p.qualification_code, shown_in(p, "qualification_name", language)[0] or p.name(language), f"{p.qualification_code} {p.name(language)}")
        for p in list_programmes(session) if p.kind is ProgrammeKind.COLLEGE_SPECIALTY and p.qualification_code
    )


def update_group(session: Session, group_id: int, data: GroupInput) -> Group:
    require(session, Permission.EDIT_RECORDS)
    group = get_group(session, group_id)
    d, problems = validate_group(session, data, own_id=group_id)
    if problems:
        raise ValidationError(problems)
    for name in ("programme_id", "name", "language", "starts_on", "ends_on", "study_form"):
        setattr(group, name, getattr(d, name))
    session.flush()
    return group


def delete_group(session: Session, group_id: int) -> None:
    require(session, Permission.EDIT_RECORDS)
    group = get_group(session, group_id)
    count = _enrolment_count(session, Enrolment.group_id == group_id)
    if count:
        raise ValidationError([Problem("group", HAS_ENROLMENTS, {"name": group.name, "count": count})])
    session.delete(group)
    session.flush()


def enrol(session: Session, person_id: int, group_id: int, enrolled_on: date, today: date | None = None) -> Enrolment:
    """Put a learner in a group; a programme of a later stage moves the learner on to it.

    ``enrolled_on`` may not be later than ``today`` (default: the real date) or the group's start.  The learner's
    consent must allow education records on ``today``, the day the record is made (and the journey, for a move to a
    later stage): an enrolment is often recorded after the fact, from the consent collected since.
    """
    require(session, Permission.EDIT_RECORDS)
    person = get_learner(session, person_id)
    group = get_group(session, group_id)
    existing = session.scalar(select(Enrolment).where(Enrolment.person_id == person_id, Enrolment.group_id == group_id))
    if existing is not None:
        raise ValidationError([Problem("person", ALREADY_ENROLLED, {"name": person.full_name, "group": group.name})])
    problems: list[Problem] = []
    fields.check_past_date(problems, "enrolled_on", L_ENROLLED_ON, enrolled_on, max(today or date.today(), group.starts_on), required=True)
    if problems:
        raise ValidationError(problems)
    require_purpose(session, [person_id], ConsentPurpose.EDUCATION, today or date.today())
    stage = group.programme.kind.stage
    if stage.rank > person.current_stage.rank:
        move_to_stage(session, person_id, stage, max(enrolled_on, _current_start(person)), today=today or date.today())
    enrolment = Enrolment(person_id=person_id, group_id=group_id, enrolled_on=enrolled_on, status=EnrolmentStatus.ENROLLED)
    session.add(enrolment)
    session.flush()
    return enrolment


def _current_start(person: Person) -> date:
    current = next((s for s in person.stages if s.ended_on is None), None)
    return current.started_on if current else date.min


def parse_percent(value: str | float | Decimal | None) -> Decimal | None:
    """A result typed as «87», «87,5» or «87.5»; None when empty; ValueError when not 0–100."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValueError(value) from None
    if not number.is_finite() or not Decimal(0) <= number <= Decimal(100):  # NaN cannot be compared
        raise ValueError(value)
    return number.quantize(Decimal("0.01"))


def record_result(
    session: Session,
    enrolment_id: int,
    status: EnrolmentStatus,
    finished_on: date | None,
    result_percent: str | float | Decimal | None,
    today: date | None = None,
) -> Enrolment:
    """Record how the enrolment ended (or that it goes on); ``finished_on`` may not be later than ``today`` (default: the real date)."""
    require(session, Permission.EDIT_RECORDS)
    enrolment = fetch(session, Enrolment, enrolment_id, ENROLMENT_NOT_FOUND)
    problems: list[Problem] = []
    try:
        percent = parse_percent(result_percent)
    except ValueError:
        percent = None
        problems.append(Problem("result_percent", fields.BAD_NUMBER, {"label": L_RESULT, "low": 0, "high": 100}))
    if status in (EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED, EnrolmentStatus.WITHDRAWN) and finished_on is None:
        problems.append(Problem("finished_on", RESULT_NEEDS_FINISH))
    if status is EnrolmentStatus.COMPLETED and not any(p.field == "result_percent" for p in problems):
        if percent is None:
            problems.append(Problem("result_percent", RESULT_NEEDS_PERCENT))
        elif percent < PASS_MARK:
            problems.append(Problem("result_percent", COMPLETED_BELOW_PASS, {"percent": f"{percent:g}"}))
    fields.check_date_order(problems, "finished_on", L_ENROLLED_ON, enrolment.enrolled_on, L_FINISHED_ON, finished_on)
    if finished_on is not None:
        fields.check_past_date(problems, "finished_on", L_FINISHED_ON, finished_on, today or date.today())
    if problems:
        raise ValidationError(problems)
    enrolment.status = status
    still_studying = status is EnrolmentStatus.ENROLLED
    enrolment.finished_on = None if still_studying else finished_on
    enrolment.result_percent = None if still_studying else percent
    session.flush()
    return enrolment


def remove_enrolment(session: Session, enrolment_id: int) -> None:
    require(session, Permission.EDIT_RECORDS)
    enrolment = fetch(session, Enrolment, enrolment_id, ENROLMENT_NOT_FOUND)
    session.delete(enrolment)
    session.flush()


def group_sizes(session: Session) -> dict[int, int]:
    """How many enrolments each group holds, counted in SQL."""
    rows = session.execute(select(Enrolment.group_id, func.count()).group_by(Enrolment.group_id))
    return dict(rows.all())  # dict(rows) would take the Result, which has keys(), for a mapping


def group_members(session: Session, group_id: int) -> list[Enrolment]:
    """The group's enrolments with their learners, in Kazakh alphabetical order."""
    require(session, Permission.READ_PERSONAL_DATA)
    return list(
        session.scalars(
            select(Enrolment)
            .join(Person)
            .where(Enrolment.group_id == group_id)
            .options(selectinload(Enrolment.person))
            .order_by(Person.sort_key, Person.id)
        )
    )
