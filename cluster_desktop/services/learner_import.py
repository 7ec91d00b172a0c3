"""Import learners from a spreadsheet: check every row, then write all of it (or the valid rows) in one go.

The rules are the learner dialog's (:func:`learners.validate_learner`), plus what
only a file can get wrong: a cell that is not a date, the same IIN twice, a
group that does not exist.  Each problem names the row as Excel numbers it and
the column by its header in the file.

Writing happens in the caller's session (one transaction): by default nothing
is written when any row is invalid; ``skip_invalid`` writes the valid rows.  A
cancel raised by ``on_progress`` or any failure propagates, so the caller's
transaction rolls back and the database stays as it was.  The writing itself
is in :mod:`.learner_import_write`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError
from ..models import (
    ConsentGiver,
    Group,
    Person,
    Stage,
)
from ..permissions import Permission, require
from ..spreadsheets.cells import CellProblem, shown, to_date, to_id_number, to_int, to_text
from ..spreadsheets.reader import Table, Value
from . import fields, learners, programmes
from .import_columns import (
    FIELD_BY_KEY,
    NAME_PARTS,
    parse_consent_giver,
    parse_purposes,
    parse_sex,
    parse_years_after_studies,
    split_full_name,
)
from .learner_import_write import group_language, write_plans

NOT_A_SEX = QT_TRANSLATE_NOOP("Errors", "«{value}» is not a sex: write M or F (ер or әйел, М or Ж).")
NOT_A_CONSENT_GIVER = QT_TRANSLATE_NOOP("Errors", "«{value}» does not say who gave consent: write «self» or «representative».")
NOT_A_PURPOSE = QT_TRANSLATE_NOOP(
    "Errors",
    "«{value}» is not a purpose of consent: write education, journey, partners, abroad or publicity, separated by commas.",
)
NOT_A_TERM = QT_TRANSLATE_NOOP(
    "Errors", "«{value}» is not a term of consent: write the last day (dd.mm.yyyy) or «5 years after studies»."
)
BAD_GRADE = QT_TRANSLATE_NOOP("Errors", "The class must be a number from 0 to 12, not {value}.")
DUPLICATE_IN_FILE = QT_TRANSLATE_NOOP("Errors", "The same IIN is also in row {rows} of the file.")
NO_SUCH_GROUP = QT_TRANSLATE_NOOP(
    "Errors", "There is no group «{name}»: create it first, or choose to create the groups named in the file."
)
NOTHING_MAPPED = QT_TRANSLATE_NOOP("Errors", "No column of the file is matched to the IIN: match the columns first.")

CHUNK = 500
PROGRESS_EVERY = 250
UNKNOWN_WORDS_SHOWN = 3


@dataclass
class ImportOptions:
    mapping: dict[int, str]  # column index → field key (see import_columns.FIELDS)
    skip_invalid: bool = False  # import the valid rows only, instead of nothing when any row is invalid
    update_existing: bool = False  # a learner already registered (same IIN) is updated, or else skipped
    new_group_programme_id: int | None = None  # create groups named in the file in this programme
    # For rows with no consent date: consents collected on paper that day, on the standard form unless the row says its purposes.
    consent_date: date | None = None
    stage: Stage = Stage.PRESCHOOL  # the stage of new learners with neither class nor group
    today: date | None = None


@dataclass(frozen=True)
class RowProblem:
    row: int  # as Excel shows it
    column: str  # the file's header, or the field's label when the file has no such column
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    column_index: int | None = None

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def line(self) -> str:
        return f'row {self.row}, column "{self.column}": {self.message}'


@dataclass
class RowPlan:
    row: int
    data: learners.LearnerInput | None = None
    grade: int | None = None
    group: str | None = None
    existing_id: int | None = None
    problems: list[RowProblem] = field(default_factory=list)


@dataclass
class ImportReport:
    rows: int = 0
    valid: int = 0
    invalid_rows: list[int] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    skipped_existing: int = 0
    enrolled: int = 0
    consents: int = 0  # consent forms recorded with the new learners
    groups_created: list[str] = field(default_factory=list)
    written: bool = False


@dataclass(frozen=True)
class ImportCounts:
    """What a check of the rows found: every row is exactly one of valid, with problems, or skipped.

    ``valid + invalid + skipped_existing == rows``; ``updating`` of the valid rows update
    learners already registered (when the import updates them rather than skipping them).
    The preview in the window and ``import --dry-run`` both count with :func:`count_rows`.
    """

    rows: int
    valid: int
    invalid: int
    skipped_existing: int
    updating: int


def count_rows(plans: list[RowPlan], options: ImportOptions) -> ImportCounts:
    invalid = sum(1 for p in plans if p.problems)
    registered = sum(1 for p in plans if p.existing_id is not None and not p.problems)
    skipped = 0 if options.update_existing else registered
    return ImportCounts(
        rows=len(plans),
        valid=len(plans) - invalid - skipped,
        invalid=invalid,
        skipped_existing=skipped,
        updating=registered if options.update_existing else 0,
    )


Tick = Callable[[int, int], None]


_COLUMN_OF_FIELD = {"consent_valid_until": "consent_term", "consent_years": "consent_term"}


def _column_of(mapping: dict[int, str], headers: list[str], key: str) -> tuple[str, int | None]:
    key = _COLUMN_OF_FIELD.get(key, key)
    for index, mapped in mapping.items():
        if mapped == key or (key in NAME_PARTS and mapped == "full_name" and key not in mapping.values()):
            return headers[index] or f"#{index + 1}", index
    spec = FIELD_BY_KEY.get(key)
    return (spec.label if spec else key), None


def _row_values(mapping: dict[int, str], values: list[Value]) -> dict[str, Value]:
    return {key: (values[i] if i < len(values) else None) for i, key in mapping.items()}


def _parse_row(number: int, cells: dict[str, Value], base: learners.LearnerInput | None, options: ImportOptions,
               bad: Callable[[str, str, dict[str, Any]], None], iin: str | None = None) -> RowPlan:
    """The row as a LearnerInput; ``iin`` is the IIN cell already converted, if it could be."""
    plan = RowPlan(number)
    given: dict[str, Any] = {}

    def convert(key: str, convert_fn: Callable[[Value], Any]) -> Any:
        try:
            return convert_fn(cells[key])
        except CellProblem as exc:
            bad(key, exc.template, exc.params)
            return None

    if "full_name" in cells and cells["full_name"] is not None:
        surname, given_name, patronymic = split_full_name(to_text(cells["full_name"]) or "")
        given.update(surname=surname, given_name=given_name, patronymic=patronymic)
    for key in cells:
        if key == "iin":
            given["iin"] = iin if iin is not None else (convert(key, to_id_number) or "")
        elif key in ("birth_date", "consent_date"):
            given[key] = convert(key, to_date)
        elif key == "school_grade":
            plan.grade = convert(key, to_int)
            if plan.grade is not None and not 0 <= plan.grade <= 12:
                bad(key, BAD_GRADE, {"value": plan.grade})
        elif key == "sex" and cells[key] is not None:
            given["sex"] = parse_sex(to_text(cells[key]) or "")
            if given["sex"] is None:
                bad(key, NOT_A_SEX, {"value": to_text(cells[key])})
        elif key == "consent_given_by" and cells[key] is not None:
            given[key] = parse_consent_giver(to_text(cells[key]) or "")
            if given[key] is None:
                bad(key, NOT_A_CONSENT_GIVER, {"value": to_text(cells[key])})
        elif key == "consent_purposes":
            purposes, unknown = parse_purposes(to_text(cells[key]) or "")
            for word in unknown[:UNKNOWN_WORDS_SHOWN]:  # a cell of junk is one row's problem, not thousands
                bad(key, NOT_A_PURPOSE, {"value": shown(word)})
            given[key] = tuple(purposes) if purposes or unknown else None
        elif key == "consent_term":
            if cells[key] is not None:
                _parse_term(cells[key], given, lambda template, params: bad("consent_term", template, params))
        elif key == "group":
            plan.group = to_text(cells[key])
        elif key != "full_name":
            given[key] = to_text(cells[key])
    if base is not None:  # an update changes only what the file says: a consent only where its row dates one
        data = replace(base, **{k: v for k, v in given.items() if v is not None})
    else:
        data = learners.LearnerInput(**{"iin": "", "surname": "", "given_name": "", **given})
        data.consent_date = data.consent_date or options.consent_date
    if data.consent_given_by is None and data.consent_date is not None:
        data.consent_given_by = ConsentGiver.REPRESENTATIVE if data.representative_name else ConsentGiver.SELF
    plan.data = data
    return plan


def _parse_term(cell: Value, given: dict[str, Any], bad: Callable[[str, dict[str, Any]], None]) -> None:
    """A term cell: a number of years after studies, or the consent's last day."""
    text = to_text(cell) or ""
    years = parse_years_after_studies(text)
    if years is not None:
        given["consent_years"] = years
        return
    try:
        given["consent_valid_until"] = to_date(cell)
    except CellProblem:
        bad(NOT_A_TERM, {"value": text})


def _existing(session: Session, iins: Iterable[str]) -> dict[str, Person]:
    wanted = sorted({i for i in iins if i})
    found: dict[str, Person] = {}
    for start in range(0, len(wanted), CHUNK):
        for person in session.scalars(select(Person).where(Person.iin.in_(wanted[start:start + CHUNK]))):
            found[person.iin] = person
    return found


def check_rows(session: Session, table: Table, options: ImportOptions, on_progress: Tick | None = None) -> list[RowPlan]:
    """Validate every row against the rules and the database; nothing is changed."""
    tick = on_progress or (lambda _d, _t: None)
    today = options.today or date.today()
    mapping, headers = options.mapping, table.headers
    if "iin" not in mapping.values():
        raise ValidationError([Problem("mapping", NOTHING_MAPPED)])
    iin_column = next(i for i, k in mapping.items() if k == "iin")
    raw_iins: list[str | None] = []  # None: the cell cannot be an IIN, and _parse_row will say why
    for _n, values in table.rows:
        try:
            raw_iins.append(to_id_number(values[iin_column] if iin_column < len(values) else None))
        except CellProblem:
            raw_iins.append(None)
    existing = _existing(session, (i for i in raw_iins if i))
    plans: list[RowPlan] = []
    total = len(table.rows)
    for done, (number, values) in enumerate(table.rows):
        if done % PROGRESS_EVERY == 0:
            tick(done, total)
        problems: list[RowProblem] = []

        def bad(key: str, template: str, params: dict[str, Any], _n: int = number, _p: list[RowProblem] = problems) -> None:
            column, index = _column_of(mapping, headers, key)
            _p.append(RowProblem(_n, column, template, params, index))

        iin = raw_iins[done]
        person = existing.get(iin) if iin else None
        base = learners.learner_input(person) if person is not None and options.update_existing else None
        plan = _parse_row(number, _row_values(mapping, values), base, options, bad, iin)
        assert plan.data is not None
        if base is None:
            plan.data.stage = Stage.SCHOOL if plan.grade else options.stage
        if person is None or options.update_existing:
            columns_in_trouble = {q.column_index for q in problems}
            with_consent = person is None or plan.data.consent_date is not None  # a registered learner: a consent the row dates
            plan.data, rule_problems = learners.validate_learner(plan.data, today, with_consent=with_consent)
            bad_iin = any(p.field == "iin" for p in rule_problems)
            for p in rule_problems:  # a cell already explained (not a date, say) needs no second message
                if bad_iin and p.field in ("birth_date", "sex") and p.template == fields.REQUIRED and p.field not in mapping.values():
                    continue  # they would have come from the IIN: its own message says enough
                column = _COLUMN_OF_FIELD.get(p.field, p.field)
                if _column_of(mapping, headers, p.field)[1] not in columns_in_trouble or column not in mapping.values():
                    bad(p.field, p.template, p.params)
        else:
            problems.clear()  # skipped anyway: what is wrong with it does not matter
        plan.existing_id = person.id if person is not None else None
        plan.problems = problems
        plans.append(plan)
    _mark_duplicates(plans, mapping, headers)
    _check_groups(session, plans, options, mapping, headers)
    tick(total, total)
    return plans


def _mark_duplicates(plans: list[RowPlan], mapping: dict[int, str], headers: list[str]) -> None:
    rows_by_iin: dict[str, list[int]] = {}
    for plan in plans:
        if plan.data is not None and plan.data.iin:
            rows_by_iin.setdefault(plan.data.iin, []).append(plan.row)
    column, index = _column_of(mapping, headers, "iin")
    for plan in plans:
        rows = rows_by_iin.get(plan.data.iin if plan.data else "", [])
        if len(rows) > 1:
            others = ", ".join(str(r) for r in rows if r != plan.row)
            plan.problems.insert(0, RowProblem(plan.row, column, DUPLICATE_IN_FILE, {"rows": others}, index))


def _check_groups(session: Session, plans: list[RowPlan], options: ImportOptions, mapping: dict[int, str], headers: list[str]) -> None:
    names = {p.group for p in plans if p.group}
    if not names:
        return
    known = set(session.scalars(select(Group.name).where(Group.name.in_(sorted(names)))))
    column, index = _column_of(mapping, headers, "group")
    for name in sorted(names - known):
        if options.new_group_programme_id is None:
            continue
        data = programmes.GroupInput(options.new_group_programme_id, name, group_language(session, options), options.today or date.today())
        _d, problems = programmes.validate_group(session, data)
        for plan in plans:
            if plan.group == name:
                plan.problems.extend(RowProblem(plan.row, column, p.template, p.params, index) for p in problems)
        known.add(name)
    for plan in plans:
        if plan.group and plan.group not in known:
            plan.problems.append(RowProblem(plan.row, column, NO_SUCH_GROUP, {"name": plan.group}, index))


def import_learners(session: Session, table: Table, options: ImportOptions, on_progress: Tick | None = None,
                    dry_run: bool = False) -> ImportReport:
    """Check ``table`` and, unless ``dry_run`` or (without ``skip_invalid``) any row is invalid, write it.

    ``on_progress(done, total)`` counts checking and writing together (2 × rows).
    """
    require(session, Permission.IMPORT)
    tick = on_progress or (lambda _d, _t: None)
    total = 2 * len(table.rows)
    plans = check_rows(session, table, options, lambda done, _t: tick(done, total))
    counts = count_rows(plans, options)
    report = ImportReport(rows=counts.rows, valid=counts.valid, skipped_existing=counts.skipped_existing)
    for plan in plans:
        if plan.problems:
            report.invalid_rows.append(plan.row)
            report.problems.extend(plan.problems)
    if dry_run or (report.invalid_rows and not options.skip_invalid):
        return report
    write_plans(session, [p for p in plans if not p.problems], options, report, lambda done: tick(len(plans) + done, total))
    report.written = True
    audit.record(session, audit.IMPORT, "person", None, {
        "rows": report.rows, "created": report.created, "updated": report.updated,
        "enrolled": report.enrolled, "consents": report.consents, "groups_created": len(report.groups_created),
    })
    tick(total, total)
    return report
