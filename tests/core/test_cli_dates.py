"""Every date option of the command line takes DD.MM.YYYY and YYYY-MM-DD through the one type in ``dates``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest

from cluster_desktop.cli import build_parser
from cluster_desktop.dates import DATE_FORMS, NOT_A_DATE_ARGUMENT, DateArgumentError, date_argument, parse_date
from tests.cli import run_cli, where


@pytest.mark.parametrize(
    ("text", "day"),
    [("04.12.2026", date(2026, 12, 4)), ("4.1.2026", date(2026, 1, 4)), (" 2026-12-04 ", date(2026, 12, 4)),
     ("29.02.2028", date(2028, 2, 29)), ("2026-1-9", date(2026, 1, 9))],
)  # fmt: skip
def test_both_forms_are_read(text: str, day: date) -> None:
    assert parse_date(text) == day
    assert date_argument(text) == day


@pytest.mark.parametrize("text", ["31.02.2026", "29.02.2027", "04.12.26", "04/12/2026", "2026.12.04", "yesterday", "", "12.04.2026x",
                                  "٠٤.١٢.٢٠٢٦", "04.13.2026", "00.01.2026", "99999-01-01"])  # fmt: skip
def test_anything_else_is_refused_with_the_accepted_forms(text: str) -> None:
    assert parse_date(text) is None
    with pytest.raises(DateArgumentError) as refused:
        date_argument(text)
    assert str(refused.value) == NOT_A_DATE_ARGUMENT.format(text=text)
    assert "DD.MM.YYYY or YYYY-MM-DD" in str(refused.value)


def _date_options(parser: argparse.ArgumentParser, path: str = "") -> list[tuple[str, argparse.Action]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _date_options(sub, f"{path} {name}")
        elif set(action.dest.split("_")) & {"date", "day", "on", "since", "until"}:
            found.append((f"{path} {action.option_strings}", action))
    return found


def test_every_date_option_uses_the_one_type_and_says_the_forms_in_its_help() -> None:
    options = _date_options(build_parser())
    assert len(options) >= 4  # certificates issue/revoke --date, import learners --consent-date, audit --since
    for where_, action in options:
        assert action.type is date_argument, where_
        assert action.metavar == "DATE" and DATE_FORMS in (action.help or ""), where_


def test_the_help_of_a_command_names_the_forms() -> None:
    shown = run_cli("certificates", "revoke", "--help")
    assert shown.returncode == 0
    assert "DD.MM.YYYY or YYYY-MM-DD" in " ".join(shown.stdout.split())


@pytest.mark.parametrize(
    "command",
    [["certificates", "issue", "--pending", "--lang", "kk", "--out", "x", "--date", "31.02.2026"],
     ["certificates", "revoke", "KP-2026-000001", "--reason", "r", "--date", "2026/02/01"],
     ["import", "learners", "x.csv", "--consent-date", "1.9.25"],
     ["audit", "--since", "yesterday"]],
)  # fmt: skip
def test_a_wrong_date_is_a_usage_error_naming_the_option(command: list[str], data_dir: Path) -> None:
    result = run_cli(*command)
    assert result.returncode == 2
    option = command[-2]
    assert f"argument {option}: «{command[-1]}» is not a date: write it as DD.MM.YYYY or YYYY-MM-DD" in result.stderr
    assert not data_dir.exists()  # refused before anything was opened


def test_audit_since_takes_either_form(database_url: str, data_dir: Path) -> None:
    run_cli(*where(database_url, data_dir), "check")  # makes the database; its start is in the log
    for since in ("01.01.2000", "2000-01-01"):
        result = run_cli(*where(database_url, data_dir), "audit", "--since", since, "--json")
        assert result.returncode == 0, result.stderr
    for since in ("31.12.2999", "2999-12-31"):
        assert run_cli(*where(database_url, data_dir), "audit", "--since", since, "--json").stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("language", "said"),
    [("kk", "argument --since: «31.02.2026» — күн емес: КК.АА.ЖЖЖЖ немесе ЖЖЖЖ-АА-КК түрінде жазыңыз"),
     ("ru", "argument --since: «31.02.2026» — не дата: напишите её в виде ДД.ММ.ГГГГ или ГГГГ-ММ-ДД"),
     ("en", "argument --since: «31.02.2026» is not a date: write it as DD.MM.YYYY or YYYY-MM-DD")],
)  # fmt: skip
def test_the_refusal_speaks_the_global_language(language: str, said: str, data_dir: Path) -> None:
    result = run_cli("--lang", language, "audit", "--since", "31.02.2026")
    assert result.returncode == 2 and said in result.stderr
    after = run_cli("audit", "--since", "31.02.2026")  # the next command line starts in English again
    assert "is not a date" in after.stderr
