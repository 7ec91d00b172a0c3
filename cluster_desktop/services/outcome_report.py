"""The quarterly (or yearly) outcome report for the education department: KPIs and the tables behind them.

:func:`build_outcome_report` reads and counts; the result is printed as PDF
(:mod:`cluster_desktop.documents.outcome_report`) or written as XLSX, one
sheet per table — both whole or not at all.  The report names the graduates
without a recorded job, so writing it is an export of personal data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .. import audit
from ..college import load_college_details
from ..dates import numeric_date
from ..documents.outcome_tables import OutcomeReport, Percent, ReportTable, Share, cell_text
from ..documents.texts import document_texts
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..figures import NONE
from ..files import atomic_write
from ..languages import OFFICIAL_LANGUAGES, printed_name, value_in
from ..models import (
    Agreement,
    AgreementKind,
    DemandRequest,
    Employment,
    Organisation,
    OrganisationKind,
    Placement,
)
from ..periods import Period
from ..permissions import Permission, require
from . import outcome_data as data
from . import outcomes as O

REPORT_FORMAT = QT_TRANSLATE_NOOP("Errors", "Cannot write «{name}»: choose a file ending in .pdf or .xlsx.")
BAD_PERIOD = QT_TRANSLATE_NOOP("Errors", "The report is for a year from {low} to {high} and a quarter from 1 to 4.")
YEARS = (2000, 2100)
FORECAST_YEARS = 4  # the report's year and the next three
AGREEMENT_KINDS = (AgreementKind.DUAL_EDUCATION, AgreementKind.PRACTICE, AgreementKind.TARGET_TRAINING)


def _table(texts: dict[str, Any], key: str, rows: list[tuple[Any, ...]], empty: str | None = None) -> ReportTable:
    spec = texts["tables"][key]
    return ReportTable(key, spec["title"], spec["sheet"], tuple(spec["columns"]), rows, empty or texts["empty"])


def _share(rate: O.Rate) -> Share:
    return Share(rate.count, rate.total)


def _rate_row(label: Any, rate: O.Rate) -> tuple[Any, ...]:
    return (label, rate.total, rate.count, Percent(rate.value))


def _count_row(label: Any, rate: O.Rate) -> tuple[Any, ...]:
    """Graduates and those of them with a job record: raw counts, not an employment rate (that one follows the definition)."""
    return (label, rate.total, rate.count)


def _funnel_table(session: Session, year: int, language: str, day: date, texts: dict[str, Any]) -> ReportTable:
    """The funnel of the cohort the dashboard follows (its own choice, as of ``day``): each step's count and share."""
    from .cohort_report import cohort_name  # both import this module
    from .dashboard import latest_school_cohort

    words = document_texts("cohorts", language)
    spec = texts["tables"]["cohort_funnel"]
    chosen = latest_school_cohort(session, year, language, day)
    if chosen is None:
        title = spec["title"].format(cohort=NONE)
        return ReportTable("cohort_funnel", title, spec["sheet"], tuple(spec["columns"]), [], texts["cohort_funnel_none"])
    funnel = chosen[0]
    rows = [(words["steps"][s.key], s.count, Percent(funnel.share(s))) for s in funnel.steps]  # an empty cohort: «—» shares
    title = spec["title"].format(cohort=cohort_name(session, funnel.definition, words, language))
    return ReportTable("cohort_funnel", title, spec["sheet"], tuple(spec["columns"]), rows, texts["cohort_funnel_none"])


def check_period(year: int, quarter: int | None) -> Period:
    """The period of a report (or of the dashboard), refused with a clear message when out of range."""
    if not isinstance(year, int) or not YEARS[0] <= year <= YEARS[1] or quarter not in (None, 1, 2, 3, 4):
        raise UserError(BAD_PERIOD, low=YEARS[0], high=YEARS[1])
    return Period(year, quarter)


def outcome_figures(session: Session, year: int, quarter: int | None, language: str) -> data.OutcomeFigures:
    """The counted figures of the report for ``year`` (or its ``quarter``), names in ``language`` (kk, ru or en)."""
    return data.gather_figures(session, check_period(year, quarter), year + FORECAST_YEARS - 1, language)


def build_outcome_report(session: Session, year: int, quarter: int | None, language: str, today: date | None = None) -> OutcomeReport:
    """Every figure of the report for ``year`` (or its ``quarter``), with texts in ``language``."""
    if language not in OFFICIAL_LANGUAGES:
        raise ValueError(f"outcome reports are printed in {OFFICIAL_LANGUAGES}, not {language!r}")
    figures = outcome_figures(session, year, quarter, language)
    texts = document_texts("outcomes", language)
    college = load_college_details(session)
    period = figures.period
    start, end = period.start, period.end
    last_year = figures.last_year
    if quarter is None:
        subtitle = texts["period_year"].format(year=year)
    else:
        subtitle = texts["period_quarter"].format(year=year, quarter=quarter, start=numeric_date(start), end=numeric_date(end))

    graduates, employment, retention, practice = figures.graduates, figures.employment, figures.retention, figures.practice
    counts, steps, names, forecasts = figures.counts, figures.steps, figures.names, figures.forecasts
    requests, coverage = figures.requests, figures.coverage
    forecast_by_key = {(f.qualification, f.year): f for f in forecasts}

    k = texts["kpis"]
    shortfall = sum(-c.balance for c in coverage if c.balance is not None and c.balance < 0)
    expected = [c.expected for c in coverage if c.expected is not None]
    from .destination_report import destination_annex  # imports this module

    annex = destination_annex(session, year, language, min(today or date.today(), end))  # as known at the period's end, as the dashboard
    kpis: list[tuple[str, Share | int | None]] = [
        *annex.kpis,  # «employed» as the definition printed under the tables says: the report's one employment rate
        (k["retention_6"], _share(retention[6])),
        (k["retention_12"], _share(retention[12])),
        (k["practice"], _share(practice.overall)),
        (k["unplaced"], len(employment.unplaced)),
        (k["demand"].format(year=year, last=last_year), sum(r.people for r in requests)),
        (k["forecast"].format(year=year, last=last_year), sum(expected) if expected or not coverage else None),
        (k["shortfall"], shortfall),
    ]
    unplaced = [(i, r.full_name, r.specialty, r.graduated_on) for i, r in enumerate(employment.unplaced, start=1)]
    counted = {c.stage: c.counted for c in counts}
    forecast_rows = []
    for c in coverage:
        f = forecast_by_key.get((c.qualification, c.year))
        forecast_rows.append((
            names.get(c.qualification, c.qualification), c.year, f.studying if f else 0, f.completed if f else 0,
            Percent(f.completion_rate if f else None), c.expected, c.requested,
            c.balance, Percent(c.coverage), ", ".join(c.employers),
        ))
    tables = [
        _table(texts, "employment_year", [_count_row(y, r) for y, r in employment.by_year.items()]),
        _table(texts, "employment_specialty", [_count_row(s, r) for s, r in employment.by_specialty.items()]),
        _table(texts, "unplaced", unplaced, texts["nobody_unplaced"] if graduates else None),
        _table(texts, "practice", [_rate_row(s, r) for s, r in practice.by_specialty.items()]),
        _table(texts, "conversion", [
            (texts["stages"][s.stage], s.total, counted.get(s.stage, 0), Percent(s.from_previous)) for s in steps
        ]),
        _table(texts, "forecast", forecast_rows),
        _table(texts, "employers", _employer_rows(session, start, end, year, last_year, language)),
        _table(texts, "agreements", _agreement_rows(session, start, end, language, texts)),
        _funnel_table(session, year, language, end, texts),
        annex.table,
    ]
    return OutcomeReport(
        language=language, period=period, title=texts["title"], subtitle=subtitle,
        college=college.name(language), printed_on=today or date.today(), kpis=kpis, tables=tables,
        definitions_title=texts["definitions_title"], definitions=[*texts["definitions"], *annex.definition], texts=texts,
        director=value_in(college, "director", language),
    )


def _employer_rows(session: Session, start: date, end: date, year: int, last_year: int, language: str) -> list[tuple[Any, ...]]:
    """Employers (and training centres) with anything in the report: placements, jobs, requests."""
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for p in session.scalars(select(Placement).where(Placement.starts_on.between(start, end))):
        counts[p.enterprise_id][0] += 1
    for e in session.scalars(select(Employment).where(Employment.starts_on <= end)):
        counts[e.employer_id][1] += start <= e.starts_on
        counts[e.employer_id][2] += 1
    for r in session.scalars(select(DemandRequest).where(DemandRequest.year.between(year, last_year))):
        counts[r.employer_id][3] += r.people
    if not counts:
        return []
    organisations = session.scalars(
        select(Organisation).where(Organisation.id.in_(counts), Organisation.kind.in_((OrganisationKind.EMPLOYER, OrganisationKind.TRAINING_CENTRE)))
    )
    rows = [(o.name(language), *counts[o.id]) for o in organisations]
    return sorted(rows, key=lambda r: (-r[3], -r[4], r[0]))


def _agreement_rows(session: Session, start: date, end: date, language: str, texts: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Dual-education, practice and target-training agreements in force at some time in the period."""
    statement = (
        select(Agreement).options(selectinload(Agreement.partner), selectinload(Agreement.learners))
        .where(
            Agreement.kind.in_(AGREEMENT_KINDS), Agreement.is_draft.is_(False), Agreement.starts_on <= end,
            (Agreement.ends_on.is_(None)) | (Agreement.ends_on >= start),
            (Agreement.terminated_on.is_(None)) | (Agreement.terminated_on >= start),
        )
        .order_by(Agreement.starts_on, Agreement.number)
    )
    return [
        (
            f"{a.number}/{a.year}", texts["agreement_kinds"][a.kind.value], a.partner.name(language), a.starts_on,
            a.terminated_on or a.ends_on or texts["open_ended"], len(a.learners),
        )
        for a in session.scalars(statement)
    ]


def write_outcome_report(
    session: Session, path: Path, year: int, quarter: int | None, language: str, today: date | None = None
) -> Path:
    """Write the report as PDF or XLSX (chosen by the suffix), whole or not at all."""
    return write_report(
        session, path, lambda: build_outcome_report(session, year, quarter, language, today),
        {"list": "outcome report", "year": year, "quarter": quarter},
    )


def write_report(session: Session, path: Path, build: Callable[[], OutcomeReport], details: dict[str, Any]) -> Path:
    """Write a report built by ``build`` as PDF or XLSX (chosen by the suffix), whole or not at all.

    The audit entry is written first: if the database refuses it (busy, lost), no personal data
    leaves in a file; if the file cannot be written, the entry goes back with the transaction.
    """
    require(session, Permission.EXPORT_PERSONAL_DATA)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError(REPORT_FORMAT, name=path.name)
    report = build()
    audit.record(session, audit.EXPORT, None, None, {**details, "file": path.name})
    session.flush()
    if suffix == ".pdf":
        from ..documents.outcome_report import render_outcome_report

        atomic_write(path, lambda stream: render_outcome_report(report, stream))
    else:
        atomic_write(path, lambda stream: _write_xlsx(report, stream))
    return path


PERCENT_FORMAT = "0.0%"
WHOLE_FORMAT = "0"
DATE_FORMAT = "DD.MM.YYYY"


def _xlsx_value(value: Any) -> tuple[Any, str | None]:
    """A cell's value as a number, date or text, and its number format: a share is a percentage, «—» an empty cell."""
    if isinstance(value, Percent | Share):
        return (None, None) if value.value is None else (round(value.value, 4), PERCENT_FORMAT)
    if isinstance(value, bool):
        return str(value), None
    if isinstance(value, int):
        return value, WHOLE_FORMAT
    if isinstance(value, date):
        return value, DATE_FORMAT
    return value, None


def _append(sheet: Any, values: list[Any], language: str) -> None:
    """A row of typed cells (see :func:`_xlsx_value`) of a report in ``language``; text that looks like a formula stays text."""
    from ..spreadsheets.writer import xlsx_cell

    typed = [_xlsx_value(printed_name(v, language) if isinstance(v, str) else v) for v in values]
    sheet.append([xlsx_cell(sheet, value) for value, _format in typed])
    for cell, (_value, number_format) in zip(sheet[sheet.max_row], typed, strict=False):  # the sheet may be wider than this row
        if number_format:
            cell.number_format = number_format


def _header(sheet: Any, values: list[str] | tuple[str, ...]) -> None:
    """A bold header row that stays in view when scrolling (frozen above the next row)."""
    from openpyxl.styles import Alignment, Font

    from ..spreadsheets.writer import xlsx_cell

    sheet.append([xlsx_cell(sheet, v) for v in values])
    row = sheet.max_row
    for cell in sheet[row]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = f"A{row + 1}"


def _write_xlsx(report: OutcomeReport, stream: BinaryIO) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from ..spreadsheets.writer import xlsx_cell

    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = report.texts["kpi_title"][:31]
    summary.append([xlsx_cell(summary, report.title)])
    summary.append([xlsx_cell(summary, report.college), xlsx_cell(summary, report.subtitle)])
    _header(summary, report.texts["kpi_sheet_columns"])
    for label, value in report.kpis:
        if isinstance(value, Share):
            _append(summary, [label, value, value.count, value.total], report.language)
        else:
            _append(summary, [label, value], report.language)
    summary.column_dimensions["A"].width = 70
    for letter in "BCD":
        summary.column_dimensions[letter].width = 16
    summary["A1"].font = Font(bold=True, size=13)
    for table in report.tables:
        sheet = book.create_sheet(table.sheet[:31])
        _header(sheet, table.columns)
        for row in table.rows:
            _append(sheet, list(row), report.language)
        for index, header in enumerate(table.columns):
            longest = max([*(len(word) for word in header.split()), *(len(cell_text(row[index], report.language)) for row in table.rows)])
            sheet.column_dimensions[get_column_letter(index + 1)].width = min(60, max(longest, len(header) // 2) + 2)
    book.save(stream)
