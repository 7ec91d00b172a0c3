"""Where one year's graduates went: their destination 6 and 12 months after graduation, with the evidence.

The figures are counted from the annex rows themselves (:func:`destination_figures`), so every
rate in the report equals a count of annex rows.  Printed like the outcome report (PDF, kk/ru) or
written as XLSX; the annex names graduates (IIN masked), so writing it is an export of personal data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..college import load_college_details
from ..dates import numeric_date
from ..documents.outcome_tables import OutcomeReport, ReportTable, Share
from ..documents.texts import document_texts
from ..ids import mask_id_number
from ..languages import OFFICIAL_LANGUAGES, value_in
from ..models import DestinationKind, Employment, Person
from ..periods import Period
from ..permissions import Permission, require
from . import destinations as D
from .outcome_data import graduate_rows
from .outcome_report import check_period, write_report
from .outcomes import Rate


@dataclass(frozen=True)
class GraduateDestination:
    """One annex row: a graduate of the year, where they were at 6 and 12 months, and the follow-ups."""

    person_id: int
    full_name: str
    iin: str
    specialty: str
    graduated_on: date
    at_6: D.Census
    at_12: D.Census
    on_day: D.Census  # on the day the report is made for (any date asked): «now»
    follow_ups: tuple[tuple[int, date, bool], ...]  # months, checked on, still employed


@dataclass(frozen=True)
class DestinationFigures:
    year: int
    definition: D.EmploymentDefinition
    rows: list[GraduateDestination]
    employed: dict[int, Rate]  # by census months; ON_DAY: on the report's day
    in_specialty: dict[int, Rate]
    by_kind: dict[int, dict[DestinationKind, int]]


ON_DAY = 0  # the key of the report's own day beside the census months (6, 12)


def _at(row: GraduateDestination, months: int) -> D.Census:
    return {6: row.at_6, 12: row.at_12, ON_DAY: row.on_day}[months]


def graduate_destinations(session: Session, year: int, language: str, today: date) -> list[GraduateDestination]:
    """The graduates of ``year`` (their last completed specialty that year), each at both census dates."""
    require(session, Permission.READ_PERSONAL_DATA)
    check_period(year, None)
    graduates = [g for g in graduate_rows(session, date(year, 12, 31), language) if g.graduated_on.year == year]
    ids = [g.person_id for g in graduates]
    spans = D.spans_of(session, ids, language)
    iins: dict[int, str] = {}
    for person_id, iin in session.execute(select(Person.id, Person.iin).where(Person.id.in_(ids))) if ids else ():
        iins[person_id] = iin
    checks: dict[int, list[tuple[int, date, bool]]] = {}
    jobs = select(Employment).options(selectinload(Employment.follow_ups)).where(Employment.person_id.in_(ids))
    for job in session.scalars(jobs) if ids else ():
        checks.setdefault(job.person_id, []).extend((f.months, f.checked_on, f.still_employed) for f in job.follow_ups)
    return [
        GraduateDestination(
            g.person_id,
            g.full_name,
            iins.get(g.person_id) or "",
            g.specialty,
            g.graduated_on,
            D.census(spans.get(g.person_id, []), g.graduated_on, 6, today),
            D.census(spans.get(g.person_id, []), g.graduated_on, 12, today),
            D.Census(today, True, D.destination_on(spans.get(g.person_id, []), today)),
            tuple(sorted(checks.get(g.person_id, []), key=lambda c: (c[1], c[0]))),
        )
        for g in graduates
    ]


def destination_figures(session: Session, year: int, language: str, today: date) -> DestinationFigures:
    rows = graduate_destinations(session, year, language, today)
    definition = D.employment_definition(session)
    in_specialty = D.EmploymentDefinition(frozenset((DestinationKind.EMPLOYED_IN_SPECIALTY,)), definition.excluded)
    employed: dict[int, Rate] = {}
    specialty: dict[int, Rate] = {}
    by_kind: dict[int, dict[DestinationKind, int]] = {}
    for months in (*D.CENSUS_MONTHS, ON_DAY):
        kinds = [_at(r, months).kind for r in rows]
        employed[months] = D.destination_rate(kinds, definition)
        specialty[months] = D.destination_rate(kinds, in_specialty)
        by_kind[months] = {kind: sum(1 for k in kinds if k is kind) for kind in DestinationKind}
    return DestinationFigures(year, definition, rows, employed, specialty, by_kind)


@dataclass(frozen=True)
class DefinitionRates:
    """Graduates employed as the definition says, at each census (6 and 12 months after graduation): the one
    employment rate of the dashboard, the Employment page and the outcome report."""

    definition: D.EmploymentDefinition
    overall: dict[int, Rate]  # census months → the graduates of every year asked
    by_year: dict[int, dict[int, Rate]]  # graduation year → census months → rate
    by_specialty: dict[str, dict[int, Rate]]  # «code name» → census months → rate, over the years asked

    def rate(self, months: int, year: int | None = None) -> Rate:
        return self.overall[months] if year is None else self.by_year.get(year, {}).get(months, Rate(0, 0))


def definition_rates(session: Session, years: Iterable[int], language: str, today: date) -> DefinitionRates:
    """The graduates of ``years`` at both census dates as known on ``today`` (a census after it is left out)."""
    require(session, Permission.READ_PERSONAL_DATA)
    wanted = set(years)
    definition = D.employment_definition(session)
    graduates = [g for g in graduate_rows(session, date(max(wanted), 12, 31), language) if g.graduated_on.year in wanted] if wanted else []
    spans = D.spans_of(session, [g.person_id for g in graduates], language) if graduates else {}
    kinds: dict[tuple[str, Any], dict[int, list[DestinationKind | None]]] = {}
    for g in graduates:
        for months in D.CENSUS_MONTHS:
            kind = D.census(spans.get(g.person_id, []), g.graduated_on, months, today).kind
            for key in (("all", None), ("year", g.graduated_on.year), ("specialty", g.specialty)):
                kinds.setdefault(key, {m: [] for m in D.CENSUS_MONTHS})[months].append(kind)

    def rates(key: tuple[str, Any]) -> dict[int, Rate]:
        found = kinds.get(key, {})
        return {m: D.destination_rate(found.get(m, []), definition) for m in D.CENSUS_MONTHS}

    return DefinitionRates(
        definition,
        rates(("all", None)),
        {year: rates(("year", year)) for year in sorted(wanted)},
        {name: rates(("specialty", name)) for kind, name in sorted(kinds, key=lambda k: str(k[1])) if kind == "specialty"},
    )


def _share(rate: Rate) -> Share | None:
    return Share(rate.count, rate.total) if rate.total else None  # «—» when there is nobody to count


def _evidence(texts: dict[str, Any], census: D.Census) -> str:
    span = census.span
    if not census.due:
        return texts["not_due"]
    if span is None or span.evidence_kind is None or span.evidence_date is None:
        return texts["no_evidence"] if span is not None else ""
    kind = texts["evidence_kinds"][span.evidence_kind.value]
    if span.evidence_number:
        return texts["evidence"].format(kind=kind, number=span.evidence_number, date=numeric_date(span.evidence_date))
    return texts["evidence_no_number"].format(kind=kind, date=numeric_date(span.evidence_date))


def _where(texts: dict[str, Any], census: D.Census) -> str:
    if census.kind is None:
        return texts["not_due"]
    words = texts["kinds"][census.kind.value]
    return f"{words} ({census.span.place})" if census.span is not None and census.span.place else words


def _kinds(texts: dict[str, Any], kinds: frozenset[DestinationKind]) -> str:
    return "; ".join(texts["kinds"][k.value] for k in DestinationKind if k in kinds) or "—"


def build_destination_report(session: Session, year: int, language: str, today: date) -> OutcomeReport:
    """The report for the graduates of ``year``, texts in ``language`` (kk or ru)."""
    if language not in OFFICIAL_LANGUAGES:
        raise ValueError(f"destination reports are printed in {OFFICIAL_LANGUAGES}, not {language!r}")
    figures = destination_figures(session, year, language, today)
    texts = {**document_texts("outcomes", language), **document_texts("destinations", language)}
    college = load_college_details(session)
    k = texts["kpis"]
    kpis: list[tuple[str, Share | int | None]] = [
        (k["graduates"].format(year=year), len(figures.rows)),
        (k["employed_6"], _share(figures.employed[6])),
        (k["employed_12"], _share(figures.employed[12])),
        (k["specialty_6"], _share(figures.in_specialty[6])),
        (k["specialty_12"], _share(figures.in_specialty[12])),
        (k["employed_on"].format(date=numeric_date(today)), _share(figures.employed[ON_DAY])),
        (k["specialty_on"].format(date=numeric_date(today)), _share(figures.in_specialty[ON_DAY])),
        (k["unknown_6"], figures.by_kind[6][DestinationKind.UNKNOWN] if figures.rows else None),
        (k["unknown_12"], figures.by_kind[12][DestinationKind.UNKNOWN] if figures.rows else None),
    ]
    by_kind = (
        [
            (texts["kinds"][kind.value], figures.by_kind[6][kind], figures.by_kind[12][kind], figures.by_kind[ON_DAY][kind])
            for kind in DestinationKind
        ]
        if figures.rows
        else []
    )
    empty = texts["empty"].format(year=year)
    return OutcomeReport(
        language=language,
        period=Period(year, None),
        title=texts["title"],
        subtitle=texts["subtitle"].format(year=year),
        college=college.name(language),
        printed_on=today,
        kpis=kpis,
        tables=[_table(texts, "destinations", by_kind, empty), _annex(texts, figures), _on_day(texts, figures)],
        definitions_title=texts["definitions_title"],
        definitions=[*_definition(texts, figures.definition), *texts["definitions"]],
        texts=texts,
        director=value_in(college, "director", language),
    )


@dataclass(frozen=True)
class DestinationAnnex:
    """What the outcome report takes from here: the census rates of ``year``'s graduates, the annex behind them,
    and the words naming the definition of «employed» used."""

    kpis: list[tuple[str, Share | int | None]]
    table: ReportTable
    definition: list[str]


def destination_annex(session: Session, year: int, language: str, today: date) -> DestinationAnnex:
    texts = document_texts("destinations", language)
    figures = destination_figures(session, year, language, today)
    k = texts["kpis"]
    kpis: list[tuple[str, Share | int | None]] = [
        (k["employed_6_of"].format(year=year), _share(figures.employed[6])),
        (k["employed_12_of"].format(year=year), _share(figures.employed[12])),
    ]
    return DestinationAnnex(kpis, _annex(texts, figures), _definition(texts, figures.definition))


def _definition(texts: dict[str, Any], definition: D.EmploymentDefinition) -> list[str]:
    return [
        texts["definition_state"] if definition.is_state_method else texts["definition_custom"],
        texts["definition_counted"].format(kinds=_kinds(texts, definition.counted)),
        texts["definition_excluded"].format(kinds=_kinds(texts, definition.excluded)),
    ]


def _annex(texts: dict[str, Any], figures: DestinationFigures) -> ReportTable:
    result = {True: texts["still_employed"], False: texts["left"]}
    annex = [
        (
            i,
            r.full_name,
            mask_id_number(r.iin) if r.iin else None,
            r.specialty,
            r.graduated_on,
            _where(texts, r.at_6),
            _evidence(texts, r.at_6) or None,
            _where(texts, r.at_12),
            _evidence(texts, r.at_12) or None,
            "; ".join(texts["follow_up"].format(months=m, date=numeric_date(d), result=result[s]) for m, d, s in r.follow_ups) or None,
        )
        for i, r in enumerate(figures.rows, start=1)
    ]
    return _table(texts, "destination_annex", annex, texts["empty"].format(year=figures.year))


def _on_day(texts: dict[str, Any], figures: DestinationFigures) -> ReportTable:
    """Each graduate's destination on the report's day, which the census dates may not have reached yet."""
    rows = [
        (i, r.full_name, _where(texts, r.on_day), _evidence(texts, r.on_day) or None)
        for i, r in enumerate(figures.rows, start=1)
    ]
    return _table(texts, "destination_on_day", rows, texts["empty"].format(year=figures.year))


def _table(texts: dict[str, Any], key: str, rows: list[tuple[Any, ...]], empty: str) -> ReportTable:
    spec = texts["tables"][key]
    return ReportTable(key, spec["title"], spec["sheet"], tuple(spec["columns"]), rows, empty)


def write_destination_report(session: Session, path: Path, year: int, language: str, today: date) -> Path:
    """Write the report as PDF or XLSX (chosen by the suffix), whole or not at all."""
    return write_report(
        session, path, lambda: build_destination_report(session, year, language, today), {"list": "destinations report", "year": year}
    )
