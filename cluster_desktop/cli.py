"""The command line: global options, and the commands of ``cluster_desktop.commands``.

Errors go to stderr in plain words with a non-zero exit code; a traceback is
never what the user sees.  They are English, or Kazakh or Russian after the
global ``--lang kk|ru`` (given before the command: a command's own ``--lang``
names the language of the file it writes).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path
from typing import TextIO

from . import __version__
from .catalog import MESSAGES_LANGUAGE, message_in
from .commands import EXIT_ERROR, Handler
from .db_failures import plain_failure
from .errors import UserError
from .languages import LANGUAGES

# The modules of cluster_desktop.commands, in the order their commands are listed in --help.
COMMAND_MODULES = ("database", "certificates", "transfer", "backup", "agreements", "admissions", "users", "report", "incidents", "retention", "consents", "roles")


def _register_commands(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    handlers: dict[str, Handler] = {}
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"{__package__}.commands.{name}")
        handlers.update(module.register(commands))
    return handlers


class _InterfaceLanguage(argparse.Action):
    """The global ``--lang``: the window's language, and the language of the command line's messages."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object, option: str | None = None) -> None:
        setattr(namespace, self.dest, values)
        namespace.messages_lang = values  # kept when a command's own --lang replaces ``lang``
        MESSAGES_LANGUAGE.set(str(values))  # for the argparse types' refusals, parsed after it


def build_parser() -> argparse.ArgumentParser:
    MESSAGES_LANGUAGE.set("en")  # until a --lang is parsed
    parser = argparse.ArgumentParser(
        prog="cluster-desktop",
        description="Cluster Desktop: records of the Khromtau mining college's education–production cluster. "
        "Without a command the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"Cluster Desktop {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", type=Path, metavar="DIR", help="keep the SQLite database in DIR (also CLUSTER_DESKTOP_DATA_DIR)")
    where.add_argument("--db-url", metavar="URL", help="use this database, e.g. postgresql://user@server:5432/cluster")
    parser.add_argument("--demo", action="store_true", help="open the window on a separate demo database, creating it on first use")
    parser.add_argument(
        "--lang", choices=LANGUAGES, action=_InterfaceLanguage, help="language of the window, and of the commands' messages"
    )
    parser.add_argument("--user", metavar="NAME", help="act as this staff account (password from CLUSTER_DESKTOP_PASSWORD_FILE or asked)")
    # For the smoke test and the start benchmark: print READY and quit once the window is usable (ui/ready_probe.py).
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parser.set_defaults(handlers=_register_commands(commands))
    return parser


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command named in ``args``; return the exit code.

    The streams default to ``sys.stdout``/``sys.stderr`` as they are at the call, not at import:
    ``main`` may have replaced missing ones, and tests capture them.
    """
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    try:
        code = args.handlers[args.command](args, out)
        out.flush()  # a reader that went away (``| head``) is noticed here, not at exit
        return code
    except BrokenPipeError:
        stop_writing(out)
        return EXIT_ERROR
    except UserError as exc:
        err.write(f"cluster-desktop: {message_in(getattr(args, 'messages_lang', None) or 'en', exc)}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write("cluster-desktop: interrupted; nothing was changed.\n")
        return EXIT_ERROR
    except EOFError:  # a password or a confirmation asked, and the input ended (``< /dev/null``, a script)
        err.write(
            "cluster-desktop: the command asked for an answer (a password or a confirmation) but its input ended; nothing was changed.\n"
        )
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - a bug: logged (masked) with its traceback, told in one line
        plain = plain_failure(exc)  # a locked database or a full disk reached past the session: not a bug
        if plain is None:
            return _report_unexpected(args, exc, err)
        err.write(f"cluster-desktop: {message_in(getattr(args, 'messages_lang', None) or 'en', plain)}\n")
        return EXIT_ERROR


def stop_writing(out: TextIO) -> None:
    """The reader of our output is gone (``audit | head -1``): end quietly, as Unix tools do.

    Python's documented recipe: point the stream's descriptor at the null device,
    so the flush at exit does not raise again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # not a real file (a test's StringIO): nothing will flush it at exit
        pass


def _report_unexpected(args: argparse.Namespace, exc: Exception, err: TextIO) -> int:
    import logging

    from .logs import log_start, setup_logging
    from .paths import default_data_dir

    data_dir = args.data_dir or default_data_dir()
    log_file = setup_logging(data_dir)
    log_start(data_dir, args.db_url, interface=f"command {args.command}")
    logging.getLogger(__name__).error("The command %s failed", args.command, exc_info=exc)
    where = f"the details are in {log_file}" if log_file is not None else "the details are above"
    err.write(f"cluster-desktop: an unexpected error stopped the command ({type(exc).__name__}); {where}.\n")
    return EXIT_ERROR
