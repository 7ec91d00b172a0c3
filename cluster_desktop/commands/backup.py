"""``backup create | verify | restore | list | drives``: encrypted backups for IT staff and the Task Scheduler.

Without ``--passphrase-file`` the passphrase is asked on the terminal without
echo (twice when creating).  A passphrase file holds the passphrase on its
first line.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TextIO

from ..errors import QT_TRANSLATE_NOOP, UserError
from ..secret_files import read_secret_file
from . import EXIT_ERROR, EXIT_OK, Handler, open_database_from_args

MIN_PASSPHRASE = 8

EMPTY_PASSPHRASE = QT_TRANSLATE_NOOP("Errors", "The passphrase must have at least {minimum} characters.")
PASSPHRASES_DIFFER = QT_TRANSLATE_NOOP("Errors", "The two passphrases differ. Nothing was written.")
PASSPHRASE_FILE = QT_TRANSLATE_NOOP("Errors", "The passphrase file {path} cannot be read ({reason}).")
NEEDS_YES = QT_TRANSLATE_NOOP("Errors", "Restoring replaces all current data; add --yes to confirm when not asked on a terminal.")


def register(commands: argparse._SubParsersAction) -> dict[str, Handler]:
    backup = commands.add_parser("backup", help="encrypted backups: create, verify, restore, list, drives")
    actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="back the database and keys up into a new encrypted file in DIR")
    create.add_argument("--to", type=Path, required=True, metavar="DIR", help="folder to write to, e.g. a USB stick")
    create.add_argument("--new-passphrase", action="store_true", help="use a passphrase other than the last backup's")
    verify = actions.add_parser("verify", help="decrypt and check a backup without restoring it")
    verify.add_argument("file", type=Path, metavar="FILE")
    restore = actions.add_parser("restore", help="replace the current data with a backup's (a safety copy is kept)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    for parser in (create, verify, restore):
        parser.add_argument("--passphrase-file", type=Path, metavar="F", help="read the passphrase from the first line of F")
    listing = actions.add_parser("list", help="list the backups in DIR")
    listing.add_argument("folder", type=Path, metavar="DIR")
    actions.add_parser("drives", help="list the removable drives plugged in")
    return {"backup": run_backup}


def read_passphrase(args: argparse.Namespace, twice: bool) -> str:
    if args.passphrase_file is not None:
        passphrase = read_secret_file(args.passphrase_file, PASSPHRASE_FILE)
    else:
        passphrase = getpass.getpass("Backup passphrase: ")
        if twice and getpass.getpass("The same passphrase again: ") != passphrase:
            raise UserError(PASSPHRASES_DIFFER)
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(EMPTY_PASSPHRASE, minimum=MIN_PASSPHRASE)
    return passphrase


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _counts_line(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))


def run_backup(args: argparse.Namespace, out: TextIO) -> int:
    action = {"create": _create, "verify": _verify, "restore": _restore, "list": _list, "drives": _drives}
    return action[args.backup_command](args, out)


def _create(args: argparse.Namespace, out: TextIO) -> int:
    from ..backup.create import create_backup

    passphrase = read_passphrase(args, twice=True)
    db = open_database_from_args(args)
    try:
        result = create_backup(db, args.to, passphrase, new_passphrase=args.new_passphrase)
    finally:
        db.dispose()
    out.write(f"Backup written and verified: {result.path}\n")
    out.write(f"  size {_megabytes(result.path.stat().st_size)}, schema {result.header.schema_revision}\n")
    out.write(f"  records: {_counts_line(result.header.counts)}\n")
    for old in result.rotated:
        out.write(f"  removed old backup (older than the last 8 quarters): {old.name}\n")
    return EXIT_OK


def _verify(args: argparse.Namespace, out: TextIO) -> int:
    from ..backup.create import private_work_dir
    from ..backup.verify import verify_backup

    # The plaintext snapshot waits in the chosen data folder, as private as the database, not the default one.
    report = verify_backup(args.file, read_passphrase(args, twice=False), work_dir=private_work_dir(args.data_dir))
    header = report.header
    out.write(f"OK: {args.file} is complete and authentic.\n")
    out.write(
        f"  made {header.created_at} by Cluster Desktop {header.program_version}, schema {header.schema_revision}, from {header.source_backend}\n"
    )
    out.write(f"  records: {_counts_line(report.counts)}\n")
    out.write(f"  key files: {', '.join(report.key_files) or 'none'}\n")
    return EXIT_OK


def _confirmed(args: argparse.Namespace, out: TextIO, description: str) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise UserError(NEEDS_YES)
    out.write(f"Restore {description}?\nAll current data will be replaced (a safety copy is kept). Type yes to continue [no]: ")
    out.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def _restore(args: argparse.Namespace, out: TextIO) -> int:
    from ..backup.restore import restore_backup
    from ..backup.verify import archive_info

    info = archive_info(args.file)
    passphrase = read_passphrase(args, twice=False)
    made = info.header.created_at if info.header else "?"
    if not _confirmed(args, out, f"{args.file} (made {made})"):
        out.write("Nothing was changed.\n")
        return EXIT_ERROR
    db = open_database_from_args(args)
    try:
        result = restore_backup(db, args.file, passphrase)
    finally:
        db.dispose()
    result.database.dispose()
    out.write(f"Restored {args.file} into {result.database.display_url}.\n")
    out.write(f"  records: {_counts_line(result.header.counts)}\n")
    out.write(f"  safety copy of the data before the restore: {result.safety_copy}\n")
    if result.keys_safety_copy is not None:
        out.write(f"  safety copy of the keys before the restore: {result.keys_safety_copy}\n")
    return EXIT_OK


def _list(args: argparse.Namespace, out: TextIO) -> int:
    from ..backup.verify import list_backups

    found = list_backups(args.folder)
    if not found:
        out.write(f"No backups in {args.folder}.\n")
        return EXIT_OK
    for info in found:
        if info.header is None:
            out.write(f"{info.path.name}  {_megabytes(info.size)}  damaged: {info.problem}\n")
            continue
        header = info.header
        learners = header.counts.get("person", 0)
        out.write(
            f"{info.path.name}  {header.created_at}  {_megabytes(info.size)}  program {header.program_version}  "
            f"schema {header.schema_revision}  learners {learners}\n"
        )
    return EXIT_OK


def _drives(args: argparse.Namespace, out: TextIO) -> int:
    from ..backup.drives import removable_drives

    drives = removable_drives()
    if not drives:
        out.write("No removable drives found. Use «backup create --to DIR» with any folder.\n")
    for drive in drives:
        free = f"{drive.free / 1_000_000_000:.1f} GB free" if drive.free is not None else "free space unknown"
        out.write(f"{drive.path}  {drive.label}  {free}\n")
    return EXIT_OK
