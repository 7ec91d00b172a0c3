"""Writing an import's checked rows: updates through the learner service, new learners in bulk.

Split from :mod:`.learner_import` (which checks the rows) because writing 10k
learners one ORM object at a time takes seconds: new learners go in as a few
executemany statements per 500 rows instead, with the same derived keys
(:func:`learners.apply_input`) as a learner saved from the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import QT_TRANSLATE_NOOP, UserError
from ..models import Consent, Enrolment, EnrolmentStatus, Group, Person, Stage, StageRecord
from ..school_grades import academic_year_of
from . import learners, programmes
from .consents import add_consent
from .standard_consent import StandardForm, insert_consents, standard_form

if TYPE_CHECKING:
    from .learner_import import ImportOptions, ImportReport, RowPlan

CHUNK = 500
PROGRESS_EVERY = 250

ADDED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Errors",
    "Some of these learners or groups were just added or changed by someone else (another import or another PC); "
    "nothing of this import was saved. Import the file again: the learners now registered will be recognised.",
)


class ImportConflictError(UserError):
    """Another session wrote the same learners or groups between this import's check and its write."""


def group_language(session: Session, options: ImportOptions) -> str:
    assert options.new_group_programme_id is not None
    return programmes.get_programme(session, options.new_group_programme_id).languages.split(",")[0]


def write_plans(session: Session, plans: list[RowPlan], options: ImportOptions, report: ImportReport, tick: Callable[[int], None]) -> None:
    """Write the checked rows; a unique or foreign key that another writer took meanwhile is :class:`ImportConflictError`.

    The caller's transaction then rolls back whole: nothing of the import is left half-written.
    """
    try:
        _write_plans(session, plans, options, report, tick)
    except IntegrityError as exc:
        raise ImportConflictError(ADDED_MEANWHILE) from exc


def _write_plans(session: Session, plans: list[RowPlan], options: ImportOptions, report: ImportReport, tick: Callable[[int], None]) -> None:
    today = options.today or date.today()
    form = standard_form(session)
    groups = _groups_for(session, {p.group for p in plans if p.group}, options, report)
    ids = [p.existing_id for p in plans if p.existing_id] if options.update_existing else []
    existing: dict[int, Person] = {}
    for start in range(0, len(ids), CHUNK):
        existing.update((p.id, p) for p in session.scalars(select(Person).where(Person.id.in_(ids[start:start + CHUNK]))))
    new: list[RowPlan] = []
    for done, plan in enumerate(plans):
        if done % PROGRESS_EVERY == 0:
            tick(done)
        assert plan.data is not None
        if plan.existing_id is None:
            new.append(plan)
        elif options.update_existing:
            person = existing[plan.existing_id]
            learners.apply_input(person, plan.data)
            report.updated += 1
            report.consents += _add_dated_consent(session, person, plan.data, form)
            if plan.group:
                group = groups[plan.group]
                if not any(e.group_id == group.id for e in person.enrolments):
                    session.flush()
                    programmes.enrol(session, person.id, group.id, today)
                    report.enrolled += 1
    _insert_new(session, new, groups, options, report, lambda done: tick(len(plans) - len(new) + done))
    session.flush()


def _add_dated_consent(session: Session, person: Person, data: learners.LearnerInput, form: StandardForm) -> int:
    """A registered learner's row that dates a consent records it, unless one of that day is on file (an import run again)."""
    if data.consent_date is None:
        return 0
    on_file = session.scalar(select(Consent.id).where(Consent.person_id == person.id, Consent.given_on == data.consent_date).limit(1))
    if on_file is not None:
        return 0
    add_consent(session, person, learners.first_consent(data, form))
    return 1


_PERSON_COLUMNS = tuple(c.key for c in Person.__table__.columns if c.key not in ("id", "created_at", "updated_at"))


def _insert_new(session: Session, plans: list[RowPlan], groups: dict[str, Group], options: ImportOptions,
                report: ImportReport, tick: Callable[[int], None]) -> None:
    """Insert new learners with their first stage (and group) as bulk statements: 10k rows in about a second."""
    today = options.today or date.today()
    form = standard_form(session)
    fts_trigger = _suspend_search_trigger(session) if plans else None
    first_new_id = (session.scalar(select(func.max(Person.id))) or 0) + 1
    for start in range(0, len(plans), CHUNK):
        tick(start)
        chunk = plans[start:start + CHUNK]
        people: list[dict[str, Any]] = []
        stages: list[dict[str, Any]] = []
        for plan in chunk:
            d = plan.data
            assert d is not None
            group = groups.get(plan.group) if plan.group else None
            stage = d.stage
            if group is not None and group.programme.kind.stage.rank > stage.rank:
                stage = group.programme.kind.stage
            values = SimpleNamespace(current_stage=stage)
            learners.apply_input(values, d)  # type: ignore[arg-type]
            people.append({name: getattr(values, name, None) for name in _PERSON_COLUMNS})
            start_on = max(d.consent_date or today, d.birth_date or date.min)
            grade = plan.grade if stage is Stage.SCHOOL else None
            # The file gives the grade the pupil is in now: true in the academic year of the import.
            stages.append(
                {"stage": stage, "started_on": start_on, "school_grade": grade, "grade_year": academic_year_of(today) if grade else None}
            )
        session.execute(insert(Person.__table__), people)  # one executemany; RETURNING would go row by row
        id_by_iin = dict(session.execute(select(Person.iin, Person.id).where(Person.iin.in_([p["iin"] for p in people]))).all())
        ids = [id_by_iin[p["iin"]] for p in people]
        for person_id, stage_row in zip(ids, stages, strict=True):
            stage_row["person_id"] = person_id
        session.execute(insert(StageRecord.__table__), stages)
        consents = [(person_id, learners.first_consent(plan.data, form)) for person_id, plan in zip(ids, chunk, strict=True) if plan.data]
        report.consents += insert_consents(session, consents)
        enrolments = [
            {"person_id": person_id, "group_id": groups[plan.group].id, "enrolled_on": today, "status": EnrolmentStatus.ENROLLED}
            for person_id, plan in zip(ids, chunk, strict=True) if plan.group
        ]
        if enrolments:
            session.execute(insert(Enrolment.__table__), enrolments)
        report.created += len(chunk)
        report.enrolled += len(enrolments)
    if fts_trigger is not None:
        session.execute(text("INSERT INTO person_search(rowid, search_key) SELECT id, search_key FROM person WHERE id >= :first"),
                        {"first": first_new_id})
        session.execute(text(fts_trigger))


def _suspend_search_trigger(session: Session) -> str | None:
    """On SQLite, take the trigger that feeds the FTS5 search index off for the bulk insert; return its SQL.

    Fed row by row the trigram index costs about 0.1 ms a learner (1 s for 10k,
    three quarters of the write); filled with one INSERT … SELECT afterwards it
    costs 0.05 s.  The DROP is part of the import's transaction, so a cancel or a
    failure brings the trigger back with everything else.  Python's sqlite3
    opens its transaction only at the first INSERT/UPDATE/DELETE, hence the
    empty UPDATE first: without it the DROP would be committed on its own.
    """
    if session.get_bind().dialect.name != "sqlite":
        return None
    sql = session.scalar(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'person_search_insert'"))
    if sql is None:
        return None
    session.execute(text("UPDATE person SET id = id WHERE 0"))
    session.execute(text("DROP TRIGGER person_search_insert"))
    return str(sql)


def _groups_for(session: Session, names: set[str], options: ImportOptions, report: ImportReport) -> dict[str, Group]:
    groups = {g.name: g for g in session.scalars(select(Group).where(Group.name.in_(sorted(names))))} if names else {}
    for name in sorted(names - set(groups)):
        assert options.new_group_programme_id is not None
        data = programmes.GroupInput(options.new_group_programme_id, name, group_language(session, options), options.today or date.today())
        groups[name] = programmes.create_group(session, data)
        report.groups_created.append(name)
    return groups
