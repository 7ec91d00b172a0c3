"""Run the command line inside the test process: ``main.main(argv)`` with its streams captured.

A fresh interpreter per command cost about a second each (Python, SQLAlchemy and
the command's imports); the suite ran some two hundred of them.  ``run_cli`` runs
the same ``main.main`` the program runs and hands back what a subprocess would:
the exit code, stdout and stderr.  Whatever a run could leave behind for the
next test is undone after it: the environment, stdin, the streams, the current
folder and the log handler a failing command installs.

The few tests about the process itself (the real interpreter's exit code and
streams, the entry point) still start one; see ``tests/core/test_cli.py``.
"""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

import main
from cluster_desktop import logs

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Result:
    """What ``subprocess.run(..., capture_output=True, text=True)`` would have returned."""

    returncode: int
    stdout: str
    stderr: str


def _exit_code(exc: SystemExit, err: io.StringIO) -> int:
    """The exit code of ``sys.exit(code)`` as the interpreter would report it (argparse exits this way)."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    err.write(f"{exc.code}\n")
    return 1


def run_cli(*args: str, input: str | None = None, env: Mapping[str, str | None] | None = None) -> Result:
    """``python main.py *args`` in this process; ``input`` is stdin (empty, never a terminal, when None).

    ``env`` sets variables for this run only; a value of None removes the variable.
    """
    out, err = io.StringIO(), io.StringIO()
    root = logging.getLogger()
    handlers_before = list(root.handlers)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in (env or {}).items():
            if value is None:
                patch.delenv(name, raising=False)
            else:
                patch.setenv(name, value)
        patch.chdir(ROOT)
        patch.setattr(sys, "stdin", io.StringIO(input or ""))
        patch.setattr(sys, "stdout", out)
        patch.setattr(sys, "stderr", err)
        try:
            code = main.main(list(args))
        except SystemExit as exc:
            code = _exit_code(exc, err)
        finally:
            if root.handlers != handlers_before:  # an unexpected error set up the log file: close it
                logs.stop_logging()
                logging.captureWarnings(False)
    return Result(code, out.getvalue(), err.getvalue())


def where(database_url: str, data_dir: Path) -> list[str]:
    """The global options that name the test's database: ``--db-url`` on PostgreSQL, else ``--data-dir``."""
    return ["--db-url", database_url] if database_url.startswith("postgresql") else ["--data-dir", str(data_dir)]
