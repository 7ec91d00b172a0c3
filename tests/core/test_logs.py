"""The log file: personal data masked wherever it hides, rotation, one handler, and no stop on a read-only folder."""

from __future__ import annotations

import argparse
import io
import logging
import sys
from datetime import date
from pathlib import Path

import pytest

from cluster_desktop import __version__, logs
from cluster_desktop.cli import build_parser, run
from cluster_desktop.commands import EXIT_ERROR
from cluster_desktop.ids import Sex, make_iin

IIN = make_iin(date(2006, 3, 14), Sex.FEMALE, 4321)
MASKED_IIN = "••••••••" + IIN[-4:]
log = logging.getLogger("cluster_desktop.tests")


@pytest.fixture(autouse=True)
def no_handler_left() -> None:  # type: ignore[misc]
    logs.stop_logging()
    yield
    logs.stop_logging()


def written(data_dir: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (data_dir / "logs" / "cluster-desktop.log").read_text(encoding="utf-8")


def test_mask_text_hides_ids_e_mails_phones_and_sql_parameters() -> None:
    text = (
        f"IIN {IIN}, BIN 080240012345, mail aigerim.s@mail.kz, phone +7 701 123 45 67 or 87771234567\n"
        "[SQL: INSERT INTO person (iin, surname) VALUES (?, ?)]\n"
        "[parameters: ('Сейітова', 'Әсем Қайратқызы')]\n"
        "not ids: 12345678901 and 1234567890123, line 120"
    )
    masked = logs.mask_text(text)
    assert IIN not in masked and MASKED_IIN in masked
    assert "080240012345" not in masked and "••••••••2345" in masked
    assert "aigerim.s" not in masked and "•••@mail.kz" in masked
    assert "+7 ••• ••• •• 67" in masked and "8••••••••67" in masked
    assert "Сейітова" not in masked and "[parameters: hidden]" in masked
    assert "INSERT INTO person" in masked  # the statement itself helps and holds no data
    assert "12345678901 and 1234567890123, line 120" in masked


def test_message_arguments_and_traceback_are_masked_in_the_file(data_dir: Path) -> None:
    path = logs.setup_logging(data_dir)
    assert path == data_dir / "logs" / "cluster-desktop.log"
    log.info("Learner %s saved, e-mail %s", IIN, "dana@example.kz")
    try:
        raise ValueError(f"cannot enrol the learner with IIN {IIN}")
    except ValueError:
        log.exception("Enrolment of %s failed", IIN)
    text = written(data_dir)
    assert IIN not in text
    assert "dana@" not in text
    assert text.count(MASKED_IIN) == 3
    assert "Traceback (most recent call last)" in text and "ValueError: cannot enrol the learner with IIN " + MASKED_IIN in text


def test_other_libraries_log_only_warnings(data_dir: Path) -> None:
    logs.setup_logging(data_dir)
    logging.getLogger("fontTools.subset").info("chatty detail")
    logging.getLogger("sqlalchemy.pool").warning("connection lost")
    log.info("own detail")
    text = written(data_dir)
    assert "chatty detail" not in text
    assert "connection lost" in text and "own detail" in text


def test_calling_setup_twice_adds_no_second_handler(data_dir: Path, tmp_path: Path) -> None:
    before = len(logging.getLogger().handlers)
    first = logs.setup_logging(data_dir)
    assert logs.setup_logging(data_dir) == first
    assert len(logging.getLogger().handlers) == before + 1
    log.warning("once")
    assert written(data_dir).count("once") == 1
    other = logs.setup_logging(tmp_path / "elsewhere")  # another data folder: the log moves there
    assert other == tmp_path / "elsewhere" / "logs" / "cluster-desktop.log"
    assert len(logging.getLogger().handlers) == before + 1
    assert logs.log_file() == other


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    logs.setup_logging(data_dir)
    for number in range(400):
        log.info("record %04d %s", number, "x" * 40)
    names = sorted(p.name for p in (data_dir / "logs").iterdir())
    assert names == ["cluster-desktop.log"] + [f"cluster-desktop.log.{n}" for n in range(1, logs.BACKUP_COUNT + 1)]
    assert all(p.stat().st_size <= 2_000 for p in (data_dir / "logs").iterdir())
    assert "record 0399" in written(data_dir)


def test_a_folder_that_cannot_be_written_falls_back_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "stick"
    blocker.write_text("a file where the data folder should be")
    assert logs.setup_logging(blocker / "data") is None
    assert logs.log_file() is None
    log.info("not shown on stderr")
    log.error("Learner %s failed", IIN)
    err = capsys.readouterr().err
    assert "cannot write the log" in err
    assert MASKED_IIN in err and IIN not in err
    assert "not shown on stderr" not in err


def test_no_stderr_at_all_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "stick"
    blocker.write_text("")
    monkeypatch.setattr(sys, "stderr", None)  # a windowed program on Windows
    assert logs.setup_logging(blocker / "data") is None
    log.error("nowhere to go")


def test_a_database_address_is_logged_without_its_password(data_dir: Path) -> None:
    logs.setup_logging(data_dir)
    logs.log_start(data_dir, "postgresql://cluster:Secret-42@db.college.kz:5432/cluster")
    logs.log_start(data_dir, "postgresql://cluster:Secret-42@[not a url")
    text = written(data_dir)
    assert "Secret-42" not in text
    assert f"Cluster Desktop {__version__} starts" in text and "db.college.kz:5432/cluster" in text
    assert str(data_dir) in text


def test_an_unexpected_command_failure_is_logged_and_told_in_one_line(data_dir: Path) -> None:
    def broken(_args: argparse.Namespace, _out: object) -> int:
        raise RuntimeError(f"bug while reading {IIN}")

    args = build_parser().parse_args(["--data-dir", str(data_dir), "check"])
    args.handlers = {"check": broken}
    err = io.StringIO()
    assert run(args, io.StringIO(), err) == EXIT_ERROR
    assert "unexpected error" in err.getvalue() and "RuntimeError" in err.getvalue()
    assert str(data_dir / "logs" / "cluster-desktop.log") in err.getvalue()
    assert "Traceback" not in err.getvalue()
    text = written(data_dir)
    assert "The command check failed" in text and f"bug while reading {MASKED_IIN}" in text and IIN not in text
