"""``import learners`` and ``export learners|groups|agreements|partners``: spreadsheets in and out."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from ..dates import DATE_FORMS, date_argument
from ..errors import QT_TRANSLATE_NOOP
from ..languages import LANGUAGES
from . import EXIT_ERROR, EXIT_OK, Handler, open_database_from_args

if TYPE_CHECKING:  # imported where used, to keep the start of every command fast
    from datetime import date

    from ..services.list_export import ExportList

PROBLEM_LINES_SHOWN = 200
ROWS_WRITTEN = QT_TRANSLATE_NOOP("Errors", "Rows written to {file}: {count}.")
ONLY_LEARNERS = QT_TRANSLATE_NOOP("Errors", "--school and --grade choose pupils: they filter only the learners list.")
NO_SCHOOL = QT_TRANSLATE_NOOP("Errors", "There is no school with the number {school} (--school).")
FOR_PARTNER_ALONE = QT_TRANSLATE_NOOP(
    "Errors", "--for-partner exports the learners that partner receives today: it goes with «export learners» only, without --search, --school or --grade."
)
EXPORTS = ("learners", "groups", "agreements", "partners")


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    importer = commands.add_parser("import", help="import learners from an XLSX or CSV file")
    what = importer.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    learners = what.add_parser("learners", help="learners, one per row, with a header row")
    learners.add_argument("file", metavar="FILE", help="an .xlsx or .csv file")
    learners.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first)")
    learners.add_argument("--encoding", metavar="NAME", help="CSV text encoding (default: detected: utf-8, utf-16, cp1251)")
    learners.add_argument("--delimiter", type=delimiter_argument, metavar="CHAR", help="CSV delimiter: , ; or tab (default: detected)")
    learners.add_argument("--dry-run", action="store_true", help="check every row and report; change nothing")
    learners.add_argument("--skip-invalid", action="store_true", help="import the valid rows even if some rows are invalid")
    learners.add_argument(
        "--update-existing", action="store_true", help="update learners already registered (same IIN) instead of skipping them"
    )
    learners.add_argument(
        "--consent-date",
        type=date_argument,
        metavar="DATE",
        help=f"rows without a consent date: consent was collected on paper on this day, for the purposes of the college's "
        f"standard form unless the row lists them, {DATE_FORMS}",
    )
    learners.add_argument(
        "--create-groups-in", type=int, metavar="PROGRAMME_ID", help="create the groups named in the file in this programme"
    )
    exporter = commands.add_parser("export", help="export a list to an XLSX or CSV file")
    exporter.add_argument("what", choices=EXPORTS, help="which list")
    exporter.add_argument("file", metavar="FILE", help="FILE.xlsx or FILE.csv")
    exporter.add_argument("--search", default="", help="only those matching this text, as the list's search box (not groups)")
    exporter.add_argument("--school", type=int, metavar="ID", help="learners: only the pupils of this school today")
    exporter.add_argument(
        "--grade", type=int, choices=range(1, 12), metavar="N", help="learners: only the pupils in grade N today (1–11; it moves up on 1 September)"
    )
    exporter.add_argument(
        "--for-partner", type=int, metavar="ORG_ID",
        help="learners: only those the partner receives today (its agreements in force, its placements), each with consent to the transfer",
    )
    # Not defaulted here, so that the global ``--lang`` before the command counts too.
    exporter.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the headers, words and names (default: en)"
    )
    return {"import": run_import, "export": run_export}


def delimiter_argument(text: str) -> str:
    """An argparse type: one character (``tab`` or ``\\t`` for a tab), as the CSV reader takes it."""
    if text in ("tab", "\\t"):
        return "\t"
    if len(text) != 1 or text in "\r\n":
        raise argparse.ArgumentTypeError(f"«{text}» is not one character: write , or ; or tab")
    return text


def run_import(args: argparse.Namespace, out: TextIO) -> int:
    from pathlib import Path

    from ..services.import_columns import FIELD_BY_KEY, looks_like_header, match_columns
    from ..services.learner_import import ImportOptions, import_learners
    from ..spreadsheets.reader import read_table

    table = read_table(Path(args.file), sheet=args.sheet, encoding=args.encoding, delimiter=args.delimiter, header_score=looks_like_header)
    mapping = match_columns(table.headers)
    options = ImportOptions(
        mapping,
        skip_invalid=args.skip_invalid,
        update_existing=args.update_existing,
        new_group_programme_id=args.create_groups_in,
        consent_date=args.consent_date,
    )
    where = f"sheet «{table.sheet}»" if table.sheet else f"{table.encoding}, delimiter {table.delimiter!r}"
    out.write(f"{Path(args.file).name} ({where}): {len(table.rows)} rows.\n")
    out.write("Columns: " + ", ".join(f"«{table.headers[i]}» → {FIELD_BY_KEY[k].label}" for i, k in sorted(mapping.items())) + "\n")
    db = open_database_from_args(args)
    try:
        with db.session() as session:
            report = import_learners(session, table, options, dry_run=args.dry_run)
    finally:
        db.dispose()
    out.writelines(problem.line() + "\n" for problem in report.problems[:PROBLEM_LINES_SHOWN])
    if len(report.problems) > PROBLEM_LINES_SHOWN:
        out.write(f"… and {len(report.problems) - PROBLEM_LINES_SHOWN} more problems.\n")
    out.write(
        f"Rows: {report.rows}; valid: {report.valid}; with problems: {len(report.invalid_rows)}; "
        f"already registered and skipped: {report.skipped_existing}.\n"
    )
    if report.written:
        out.write(f"Imported: {report.created} new, {report.updated} updated, {report.enrolled} enrolled, {report.consents} consent forms")
        out.write(f"; groups created: {', '.join(report.groups_created)}.\n" if report.groups_created else ".\n")
    elif args.dry_run:
        out.write("Dry run: nothing was changed.\n")
    else:
        out.write("Nothing was imported: fix the rows above, or use --skip-invalid to import only the valid rows.\n")
    if report.invalid_rows and not report.written:
        return EXIT_ERROR
    return EXIT_OK


def run_export(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import date
    from pathlib import Path

    from ..catalog import translate, translator
    from ..errors import UserError
    from ..services.list_export import export_list

    language = getattr(args, "lang", None) or "en"
    if (args.school is not None or args.grade is not None) and args.what != "learners":
        raise UserError(ONLY_LEARNERS)
    partner = args.for_partner
    if partner is not None and (args.what != "learners" or args.search or args.school is not None or args.grade is not None):
        raise UserError(FOR_PARTNER_ALONE)
    today = date.today()
    spec = _export_list(args.what, args.search, language, args.school, args.grade, today)
    db = open_database_from_args(args)
    try:
        with db.session() as session:
            if partner is not None:
                from ..services.partner_export import learners_for_partner

                spec = learners_for_partner(session, partner, today)
            if args.school is not None:
                from ..models import Organisation, OrganisationKind

                school = session.get(Organisation, args.school)
                if school is None or school.kind is not OrganisationKind.SCHOOL:
                    raise UserError(NO_SCHOOL, school=args.school)
            count = export_list(session, spec, Path(args.file), translator(language))
    finally:
        db.dispose()
    said = translate(getattr(args, "messages_lang", None) or "en", ROWS_WRITTEN)  # the user's language, not the file's
    out.write(said.format(file=args.file, count=count) + "\n")
    return EXIT_OK


def _export_list(
    what: str, search: str, language: str, school: int | None = None, grade: int | None = None, today: date | None = None
) -> ExportList[Any]:
    """The list ``what`` as its page shows it, names (and a list's order) in ``language``; learners of a school and grade today."""
    from datetime import date

    from ..services.agreement_list import AgreementFilter, agreements_list, partners_list
    from ..services.learner_list import LearnerFilter
    from ..services.list_export import groups_list, learners_list
    from ..services.organisations import OrganisationFilter

    if what == "learners":
        by_school = school is not None or grade is not None
        return learners_list(LearnerFilter(text=search, school_id=school, grade=grade, on=(today or date.today()) if by_school else None))
    if what == "agreements":  # statuses as of today, as the page and ``agreements list`` show them
        return agreements_list(AgreementFilter(text=search, language=language, today=date.today()))
    if what == "partners":
        return partners_list(OrganisationFilter(text=search, language=language))
    return groups_list(language)
