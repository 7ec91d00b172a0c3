"""A cohort followed through, as a report: its steps with counts and shares, and every person behind them.

Laid out as the outcome report (PDF, kk/ru, «page X of Y») or written as XLSX with numbers as numbers
and frozen headers; the annex names each person of the cohort (IIN masked) with the steps they reached,
so each count can be traced to names.  Writing it is an export of personal data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..college import load_college_details
from ..documents.outcome_tables import OutcomeReport, Percent, ReportTable, Share
from ..documents.texts import document_texts
from ..ids import mask_id_number
from ..languages import OFFICIAL_LANGUAGES, value_in
from ..periods import Period
from . import cohorts as C
from .outcome_report import write_report


def cohort_name(session: Session, definition: C.CohortDefinition, texts: dict[str, Any], language: str) -> str:
    """«Школа-гимназия №1, 10 класс в 2024/25 учебном году»."""
    place, year = C.cohort_title(session, definition, language)
    words = texts["cohort"][definition.kind]
    return words.format(school=place, specialty=place, grade=definition.grade, year=year)


def build_cohort_report(session: Session, definition: C.CohortDefinition, language: str, today: date) -> OutcomeReport:
    if language not in OFFICIAL_LANGUAGES:
        raise ValueError(f"cohort reports are printed in {OFFICIAL_LANGUAGES}, not {language!r}")
    funnel = C.cohort_funnel(session, definition, today)
    texts = {**document_texts("outcomes", language), **document_texts("cohorts", language)}
    college = load_college_details(session)
    names = texts["steps"]
    start = funnel.start
    kpis: list[tuple[str, Share | int | None]] = [
        (names[s.key], s.count if s.key == C.START else (Share(s.count, start) if start else None)) for s in funnel.steps
    ]
    rows = (
        [(names[s.key], s.count, Percent(funnel.share(s)), s.pending if s.key in C.CENSUS else None) for s in funnel.steps] if start else []
    )
    spec = texts["tables"]["steps"]
    steps = ReportTable("steps", spec["title"], spec["sheet"], tuple(spec["columns"]), rows, texts["empty"])
    people = C.cohort_people(session, funnel.steps[0].people)
    marks = {True: texts["yes"], False: texts["no"]}
    annex_rows = [
        (i, p.full_name, mask_id_number(p.iin), *(marks[p.id in s.people] for s in funnel.steps[1:])) for i, p in enumerate(people, start=1)
    ]
    spec = texts["tables"]["people"]
    columns = (*spec["columns"], *(names[s.key] for s in funnel.steps[1:]))
    annex = ReportTable("cohort_people", spec["title"], spec["sheet"], columns, annex_rows, texts["empty"])
    notes = [texts["head_count"].format(count=funnel.head_count)] if funnel.head_count else []
    return OutcomeReport(
        language=language,
        period=Period(definition.year, None),
        title=texts["title"],
        subtitle=cohort_name(session, definition, texts, language),
        college=college.name(language),
        printed_on=today,
        kpis=kpis,
        tables=[steps, annex],
        definitions_title=texts["definitions_title"],
        definitions=[*notes, *texts["definitions"]],
        texts=texts,
        director=value_in(college, "director", language),
    )


def write_cohort_report(session: Session, path: Path, definition: C.CohortDefinition, language: str, today: date) -> Path:
    """Write the report as PDF or XLSX (chosen by the suffix), whole or not at all."""
    return write_report(
        session, path, lambda: build_cohort_report(session, definition, language, today), {"list": "cohort report", "cohort": str(definition)}
    )
