"""Cluster Desktop: run a headless command, or open the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from cluster_desktop.cli import build_parser, run

    args = build_parser().parse_args(argv)
    if args.command:
        return run(args)
    from ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
