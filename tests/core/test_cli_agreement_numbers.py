"""``agreements print`` takes the number as ``agreements list`` prints it, and answers a mistyped one with the closest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cluster_desktop.db import Database
from cluster_desktop.errors import NotFoundError, UserError
from cluster_desktop.models import Agreement, AgreementKind
from cluster_desktop.services.agreement_numbers import find_agreement, fold_number, split_shown, suggestions
from tests.cli import run_cli
from tests.core.test_agreement_documents import make_agreements
from tests.factories import employer


def test_numbers_fold_what_people_mistype() -> None:
    assert fold_number("ДО-1") == fold_number("ДO-1") == fold_number("до 1") == fold_number("№ ДО–1") == fold_number(" дo—1 ")
    assert fold_number("М-1") == fold_number("M-1") == fold_number("m1")
    assert fold_number("ДО-1") != fold_number("ДО-11")
    assert split_shown("ДО-1/2026") == ("ДО-1", 2026)
    assert split_shown(" ДО-1 / 2026 ") == ("ДО-1", 2026)
    assert split_shown("ДО-1") == ("ДО-1", None)
    assert split_shown("12/3") == ("12/3", None)


def _register(database: Database) -> None:
    with database.session() as session:
        partner = employer(session)
        for number, year in (("ДО-1", 2026), ("ДО-1", 2025), ("ДО-12", 2026), ("М-1", 2026), ("12/3", 2026)):
            signed = date(year, 3, 1)
            session.add(
                Agreement(
                    kind=AgreementKind.MEMORANDUM,
                    number=number,
                    year=year,
                    partner_id=partner.id,
                    signed_on=signed,
                    starts_on=signed,
                    ends_on=date(year + 2, 3, 1),
                )
            )


def test_the_number_as_the_list_prints_it_finds_its_year(database: Database) -> None:
    _register(database)
    with database.session() as session:
        assert (found := find_agreement(session, "ДО-1/2025")).year == 2025 and found.number == "ДО-1"
        assert find_agreement(session, "ДО-1").year == 2026  # the newest of that number
        assert find_agreement(session, "ДО-1", 2025).year == 2025
        assert find_agreement(session, "ДО-1/2026", 2026).year == 2026
        assert find_agreement(session, "12/3").number == "12/3"  # a number with a slash of its own is still itself
        with pytest.raises(UserError, match="says the year 2025, but --year says 2026"):
            find_agreement(session, "ДО-1/2025", 2026)
        for blank in ("", "  ", "№ ", "—"):
            with pytest.raises(UserError, match="Give the agreement's number"):
                find_agreement(session, blank)


@pytest.mark.parametrize(
    ("typed", "message"),
    [("M-1/2026", "There is no agreement No. M-1/2026; did you mean М-1/2026?"),  # Latin M
     ("дo 1/2025", "There is no agreement No. дo 1/2025; did you mean ДО-1/2025?"),  # Latin o, case, a space
     ("ДО-1/2024", "There is no agreement No. ДО-1/2024; did you mean ДО-1/2026, ДО-1/2025?"),  # no such year
     ("ДО-13", "There is no agreement No. ДО-13; did you mean ДО-1/2026, ДО-1/2025, ДО-12/2026?"),
     ("Қ-999", "There is no agreement No. Қ-999.")],
)  # fmt: skip
def test_a_miss_names_the_closest_numbers(database: Database, typed: str, message: str) -> None:
    _register(database)
    with database.session() as session, pytest.raises(NotFoundError) as missed:
        find_agreement(session, typed)
    assert missed.value.message.startswith(message)
    with database.session() as session:
        assert suggestions(session, "") == []


def test_print_takes_the_listed_number_and_suggests_for_a_mistyped_one(database: Database, database_url: str, tmp_path: Path) -> None:
    make_agreements(database)  # numbers «1-ДО» … of 2026
    listed = run_cli("--db-url", database_url, "agreements", "list")
    shown = listed.stdout.split("\t", 1)[0]
    assert shown.endswith("/2026"), listed.stdout + listed.stderr
    out = tmp_path / "a.pdf"
    printed = run_cli("--db-url", database_url, "agreements", "print", shown, "--lang", "ru", "--out", str(out))
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.startswith(f"{shown}\t") and out.read_bytes().startswith(b"%PDF")
    latin = shown.replace("О", "O")  # a Latin O typed for the Cyrillic one
    assert latin != shown
    missed = run_cli("--db-url", database_url, "agreements", "print", latin, "--lang", "kk", "--out", str(tmp_path / "b.pdf"))
    assert missed.returncode == 1
    assert missed.stderr == f"cluster-desktop: There is no agreement No. {latin}; did you mean {shown}?\n"
    assert not (tmp_path / "b.pdf").exists()


def test_the_global_lang_answers_in_kazakh_or_russian_whatever_the_document_language(database: Database, database_url: str,
                                                                                       tmp_path: Path) -> None:  # fmt: skip
    _register(database)
    out = str(tmp_path / "a.pdf")
    kazakh = run_cli("--db-url", database_url, "--lang", "kk", "agreements", "print", "M-1/2026", "--lang", "ru", "--out", out)
    assert kazakh.stderr == "cluster-desktop: № M-1/2026 келісімшарт жоқ; мүмкін, М-1/2026 болар?\n"
    russian = run_cli("--db-url", database_url, "--lang", "ru", "agreements", "print", "Я-1", "--lang", "kk", "--out", out)
    assert russian.stderr == "cluster-desktop: Договора № Я-1 нет.\n"
    english = run_cli("--db-url", database_url, "agreements", "print", "Я-1", "--lang", "kk", "--out", out)
    assert english.stderr == "cluster-desktop: There is no agreement No. Я-1.\n"  # a document's language is not the user's
