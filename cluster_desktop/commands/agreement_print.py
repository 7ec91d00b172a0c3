"""``agreements print NUMBER --lang kk|ru --out FILE.pdf [--year YEAR]``: one agreement as PDF.

NUMBER as ``agreements list`` prints it («ДО-1/2026») or without its year («ДО-1»);
a mistyped one is answered with the closest numbers of the register.

Registered by ``commands.agreements`` under its ``agreements`` command.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from ..languages import OFFICIAL_LANGUAGES
from . import EXIT_OK, Handler, open_database_from_args, year_argument


def register_print(agreement_commands: argparse._SubParsersAction) -> dict[str, Handler]:
    printing = agreement_commands.add_parser("print", help="write one agreement as PDF in Kazakh or Russian")
    printing.add_argument("number", metavar="NUMBER", help="the agreement's number as the list shows it, e.g. ДО-1/2026 (or ДО-1)")
    printing.add_argument("--lang", choices=OFFICIAL_LANGUAGES, required=True, help="language of the document")
    printing.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    printing.add_argument("--year", type=year_argument, metavar="YEAR", help="the year of signing, when numbers repeat (default: the newest)")
    return {"print": run_print}


def run_print(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import date
    from pathlib import Path

    from ..services.agreement_documents import write_agreement_pdf
    from ..services.agreement_numbers import find_agreement

    db = open_database_from_args(args)  # the document names the learners, with IINs and addresses: a login first
    try:
        with db.session() as session:
            agreement = find_agreement(session, args.number, args.year)
            path = write_agreement_pdf(session, agreement.id, args.lang, Path(args.out), date.today())
            out.write(f"{agreement.number}/{agreement.year}\t{path}\n")
    finally:
        db.dispose()
    return EXIT_OK
