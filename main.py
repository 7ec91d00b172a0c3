"""Cluster Desktop: run a headless command, or open the window."""

from __future__ import annotations

import io
import os
import sys


def give_streams_a_home() -> None:
    """The windowed Windows build has no console: ``sys.stdout``/``stderr`` are None there.

    Printing (``--version``, a command's output) would then raise; sent to
    the null device it is silently dropped instead.  ``ClusterDesktop-cli.exe``
    is the build that shows it.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the program
    # Output redirected on Windows is in the ANSI code page (cp1251 has no ә, ғ, қ…): a letter it cannot
    # hold is written as \u04d9 rather than stopping the command (as Python does for stderr already).
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.errors == "strict":
        sys.stdout.reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    give_streams_a_home()
    from cluster_desktop.cli import build_parser, run, stop_writing

    try:
        args = build_parser().parse_args(argv)
    except SystemExit:  # --help, --version or a usage error: printed already, unless the reader went away
        try:
            sys.stdout.flush()
        except BrokenPipeError:  # ``--help | head -1``
            stop_writing(sys.stdout)
        raise
    if args.command:
        return run(args)
    from ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
