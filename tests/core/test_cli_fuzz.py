"""Random command lines (issue 15): whatever is typed, an exit code from 0 to 2 and never a traceback or «unexpected error».

The commands and options come from the real parser (``cli.build_parser``), so a
new option is fuzzed as soon as it exists.  Values are drawn from the option's
choices, from numbers, dates and garbage text, and from small hostile files:
empty, binary, a truncated workbook, UTF-16, one huge line, a folder, a path
that does not exist.  Every example runs on a fresh copy of a migrated data
folder, in a scratch working folder, so nothing it writes lands anywhere else;
now and then that copy is tampered with first (a damaged database, garbage in
``connection.json``, a file where a folder belongs).

Deterministic (``derandomize``) and bounded: the same examples on every run, in
CI too.  Most run in-process (``tests.cli.run_cli``); a few start ``main.py``
for real, where an exception at exit or a broken stream would show.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import tests.cli
from cluster_desktop.cli import build_parser
from cluster_desktop.connection_config import CONNECTION_FILE
from cluster_desktop.paths import DATABASE_FILE
from cluster_desktop.spreadsheets.writer import write_table
from tests.cli import ROOT, Result, run_cli

# Exit codes a user may see: done, failed with a message, usage error; ``check`` adds «unhealthy».
ALLOWED = {0, 1, 2}
UNHEALTHY_ALLOWED = {"check": 3}
NEVER = ("unexpected error", "Traceback", "Exception ignored")
PATH_METAVARS = {"FILE", "DIR", "F", "FILE.pdf", "PAYLOAD_PDF_OR_NUMBER"}
# A password asked with no terminal: Python warns that it cannot hide the typing, then the input has ended.
pytestmark = pytest.mark.filterwarnings("ignore::getpass.GetPassWarning")
SKIPPED_GLOBALS = {"--version", "--data-dir", "--quit-when-ready", "--db-url", "-h", "--help"}


@dataclass(frozen=True)
class Option:
    flags: tuple[str, ...]  # empty for a positional argument
    takes_value: bool
    choices: tuple[str, ...]
    path_like: bool
    numeric: bool
    required: bool


@dataclass(frozen=True)
class Command:
    words: tuple[str, ...]
    options: tuple[Option, ...]


def _option(action: argparse.Action) -> Option:
    type_name = getattr(action.type, "__name__", "")
    return Option(
        flags=tuple(action.option_strings),
        takes_value=action.nargs != 0,
        choices=tuple(str(c) for c in action.choices or ()),
        path_like=action.metavar in PATH_METAVARS or action.type is Path,
        numeric=action.type is int or type_name in ("year_argument", "_days", "date_argument"),
        required=action.required,
    )


def _commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> Iterator[Command]:
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if words and not subparsers:
        yield Command(words, tuple(_option(a) for a in parser._actions if not isinstance(a, argparse._HelpAction)))
    for action in subparsers:
        for name, sub in action.choices.items():
            yield from _commands(sub, (*words, name))


PARSER = build_parser()
COMMANDS = tuple(_commands(PARSER))
GLOBALS = tuple(
    _option(a) for a in PARSER._actions if a.option_strings and not set(a.option_strings) & SKIPPED_GLOBALS and a.help != argparse.SUPPRESS
)

# Text a person (or a cat on the keyboard) could type: any character but NUL and lone surrogates, which argv cannot hold.
GARBAGE = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30)
NUMBERS = st.one_of(
    st.integers(-3, 40).map(str),
    st.integers(1985, 2105).map(str),
    st.sampled_from(["0", "1e3", "2026", "1990", "2101", "99999999999999999999", "12,5", "٣"]),
)
DATES = st.sampled_from(["2026-02-30", "30.02.2026", "2026-12-31", "31.12.1899", "yesterday", "2026-1-1"])
NAMES = st.sampled_from(
    [
        "empty.csv",
        "binary.xlsx",
        "truncated.xlsx",
        "utf16.csv",
        "huge-line.csv",
        "good.xlsx",
        "good.csv",
        "a-folder",
        "missing.csv",
        "out.pdf",
        "out.xlsx",
        "out.csv",
        "out.txt",
        "new-folder",
        "a-folder/x.pdf",
        "binary.xlsx/under-a-file.pdf",
    ]
)
DB_URLS = st.sampled_from(
    [
        "postgresql://u@host:abc/db",
        "postgresql://u:secret@127.0.0.1:1/db",
        "mysql://u@localhost/db",
        "sqlite:///a-folder",
        "sqlite:///binary.xlsx",
        "sqlite:///empty.csv",
        "sqlite:///missing-folder/x.sqlite3",
        "sqlite://",
        "sqlite:///x.sqlite3?timeout=abc",
        "postgresql://u@127.0.0.1:1/db?port=x",
        "::::",
        "",
    ]
)


def _tamper(data: Path, how: str) -> None:
    """Spoil the data folder as a careless user, a full disk or a hostile tester could."""
    database = data / DATABASE_FILE
    if how == "connection-garbage":
        (data / CONNECTION_FILE).write_bytes(b"\xff\xfe{not json")
    elif how == "connection-wrong-types":
        (data / CONNECTION_FILE).write_text('{"kind": "postgresql", "port": "abc", "host": 5}', encoding="utf-8")
    elif how == "connection-unreachable":
        (data / CONNECTION_FILE).write_text(
            '{"kind": "postgresql", "host": "127.0.0.1", "port": 1, "database": "x", "user": "u", "password": ""}', encoding="utf-8"
        )
    elif how == "database-truncated":
        database.write_bytes(database.read_bytes()[: database.stat().st_size // 3])
    elif how == "database-zeros":
        database.write_bytes(bytes(database.stat().st_size))
    elif how == "wal-garbage":
        (data / f"{DATABASE_FILE}-wal").write_bytes(bytes(range(256)) * 40)
    elif how in ("keys-file", "logs-file", "safety-copies-file"):
        (data / how.removesuffix("-file")).write_text("a file where a folder belongs", encoding="utf-8")


TAMPERING = st.sampled_from(
    [
        "connection-garbage",
        "connection-wrong-types",
        "connection-unreachable",
        "database-truncated",
        "database-zeros",
        "wal-garbage",
        "keys-file",
        "logs-file",
        "safety-copies-file",
    ]
)
SOMETIMES_TAMPERED = st.integers(0, 4).flatmap(lambda n: TAMPERING if n == 0 else st.just(""))


def _value(option: Option) -> st.SearchStrategy[str]:
    """Mostly a value of the option's kind (so that runs get past the parser), one in six garbage."""
    if option.choices:
        fitting = st.sampled_from(option.choices)
    elif option.path_like:
        fitting = NAMES
    elif option.numeric:
        fitting = st.one_of(NUMBERS, DATES)
    else:
        fitting = GARBAGE
    return st.integers(0, 5).flatmap(lambda n: GARBAGE if n == 0 else fitting)


def _wanted(option: Option) -> st.SearchStrategy[bool]:
    """A required option or argument is given nine times in ten, any other one time in three."""
    return st.integers(0, 9).map(lambda n: n > 0 if option.required else n < 3)


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    argv: list[str] = []
    for option in draw(st.lists(st.sampled_from(GLOBALS), max_size=2, unique=True)):
        argv += [option.flags[0], draw(_value(option))] if option.takes_value else [option.flags[0]]
    if draw(st.integers(0, 9)) == 0:
        argv += ["--db-url", draw(DB_URLS)]
    command = draw(st.sampled_from(COMMANDS))
    argv += command.words
    for option in command.options:
        if not draw(_wanted(option)):
            continue
        if not option.flags:
            argv.append(draw(_value(option)))
            continue
        flag = draw(st.sampled_from(option.flags))
        argv += [flag, draw(_value(option))] if option.takes_value else [flag]
    if draw(st.integers(0, 14)) == 0:
        argv.append(draw(GARBAGE))  # one too many
    return argv


def _hostile_files(folder: Path) -> None:
    (folder / "empty.csv").write_bytes(b"")
    (folder / "binary.xlsx").write_bytes(bytes(range(256)) * 8)
    write_table(folder / "good.xlsx", ["ИИН", "Фамилия", "Имя"], [["040105500071", "Омаров", "Нұрлан"]])
    whole = (folder / "good.xlsx").read_bytes()
    (folder / "truncated.xlsx").write_bytes(whole[: len(whole) // 2])
    assert not zipfile.is_zipfile(folder / "truncated.xlsx")
    (folder / "good.csv").write_text("ИИН;Фамилия;Имя\n040105500071;Омаров;Нұрлан\n", encoding="utf-8")
    (folder / "utf16.csv").write_text("ИИН\tФамилия\tИмя\n040105500071\tОмаров\tНұрлан\n", encoding="utf-16")
    (folder / "huge-line.csv").write_text("ИИН," + "Ә" * 300_000 + "\n1,2\n", encoding="utf-8")
    (folder / "a-folder").mkdir()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch folder with the hostile files and ``data/``, a migrated data folder; each example gets a copy."""
    root = tmp_path_factory.mktemp("fuzz-template")
    _hostile_files(root)
    made = run_cli("--data-dir", str(root / "data"), "check", env={"CLUSTER_DESKTOP_DATA_DIR": str(root / "data")})
    assert made.returncode == 0, made
    return root


@pytest.fixture
def scratch(template: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Where an example runs: ``run_cli`` changes into it instead of the repository (a relative FILE lands here)."""
    parent = Path(tempfile.mkdtemp(prefix="fuzz-", dir=template.parent))
    monkeypatch.setattr(tests.cli, "ROOT", parent / "work")
    yield parent / "work"
    shutil.rmtree(parent, ignore_errors=True)


def _fresh(template: Path, work: Path) -> None:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(template, work)


def _environment(work: Path) -> dict[str, str | None]:
    return {"CLUSTER_DESKTOP_DATA_DIR": str(work / "data"), "CLUSTER_DESKTOP_PASSWORD_FILE": None, "HOME": str(work)}


def _assert_calm(argv: list[str], result: Result) -> None:
    command = next((word for word in argv if word in {c.words[0] for c in COMMANDS}), "")
    allowed = ALLOWED | ({UNHEALTHY_ALLOWED[command]} if command in UNHEALTHY_ALLOWED else set())
    said = result.stdout + result.stderr
    assert result.returncode in allowed, (argv, result)
    assert not any(words in said for words in NEVER), (argv, result)


@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],  # shrinking a CLI run takes minutes: the failing argv is in the message
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(argv=command_lines(), tampering=SOMETIMES_TAMPERED)
def test_random_command_lines_in_process(template: Path, scratch: Path, argv: list[str], tampering: str) -> None:
    _fresh(template, scratch)
    _tamper(scratch / "data", tampering)
    result = run_cli(*argv, env=_environment(scratch))
    _assert_calm([*argv, f"(data folder: {tampering or 'as made'})"], result)


@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],  # shrinking a CLI run takes minutes: the failing argv is in the message
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(argv=command_lines())
def test_random_command_lines_as_a_real_process(template: Path, scratch: Path, argv: list[str]) -> None:
    _fresh(template, scratch)
    environment = {**os.environ, **{k: v for k, v in _environment(scratch).items() if v is not None}}
    environment.pop("QT_QPA_PLATFORM", None)
    environment.pop("CLUSTER_DESKTOP_PASSWORD_FILE", None)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        cwd=scratch,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=environment,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    _assert_calm(argv, Result(done.returncode, done.stdout, done.stderr))


def test_every_command_is_fuzzed() -> None:
    """The parser walk finds the commands (a rename would otherwise leave them out silently)."""
    found = {" ".join(c.words) for c in COMMANDS}
    assert {"import learners", "export", "audit", "check", "backup create", "report outcomes", "users add"} <= found
