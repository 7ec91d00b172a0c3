"""Encrypted backup + verification of a 100k-learner database, side by side with a plain file copy.

    .venv/bin/python benchmarks/backup.py [--learners 100000] [--out DIR] [--reuse] [--runs 3] [--quick]

``--quick`` (CI): 2,000 learners, one run.  The backup is taken as a logged-in
administrator (``population.ADMINISTRATOR``), as the program requires.

The database is built as ``learner_list.py`` builds it (``population.py``'s
people through the real migrations, FTS5 index included).  Then, in one run,
each ``--runs`` times:

- *copy*: ``shutil.copyfile`` of the database file to the target folder, then fsync —
  what a user dragging the file to a stick gets (no consistency, no encryption);
- *key derivation*: one scrypt with the production parameters (n=2**17, r=8, p=1);
- *backup*: ``create_backup`` with the production parameters: snapshot, integrity check,
  encryption, fsync, rename, read-back and authentication (one scrypt);
- *verify*: ``verify_backup``: scrypt, decryption, SHA-256, snapshot unpacked,
  ``PRAGMA integrity_check``, counts compared.

Target: backup + verify ≤ 2 × copy + the two key derivations.  The figures depend on the
machine's load; the header prints the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PASSPHRASE = "benchmark passphrase"


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def plain_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with target.open("rb+") as f:
        os.fsync(f.fileno())


def measure(data_dir: Path, target: Path, runs: int) -> dict[str, Any]:
    from population import ADMINISTRATOR

    from cluster_desktop.backup.archive import STRONG_KDF, derive_keys
    from cluster_desktop.backup.create import create_backup
    from cluster_desktop.backup.verify import verify_backup
    from cluster_desktop.db import open_database
    from cluster_desktop.paths import DATABASE_FILE

    source = data_dir / DATABASE_FILE
    db = open_database(data_dir=data_dir)
    db.actor = ADMINISTRATOR
    samples: dict[str, list[float]] = {"copy": [], "kdf": [], "backup": [], "verify": []}
    sizes: dict[str, int] = {}
    try:
        for run in range(runs):
            copy_path = target / f"copy-{run}.sqlite3"
            samples["copy"].append(timed(partial(plain_copy, source, copy_path))[0])
            samples["kdf"].append(timed(lambda: derive_keys(PASSPHRASE, os.urandom(16), STRONG_KDF))[0])
            seconds, result = timed(lambda: create_backup(db, target, PASSPHRASE))
            samples["backup"].append(seconds)
            samples["verify"].append(timed(partial(verify_backup, result.path, PASSPHRASE))[0])
            sizes = {"database": source.stat().st_size, "archive": result.path.stat().st_size}
            copy_path.unlink()
            result.path.unlink()
    finally:
        db.dispose()
    return {"samples": samples, "sizes": sizes}


def report(n: int, build: dict[str, Any], measured: dict[str, Any]) -> list[str]:
    med = {k: statistics.median(v) for k, v in measured["samples"].items()}
    ours = med["backup"] + med["verify"]
    budget = 2 * med["copy"] + 2 * med["kdf"]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        (f"Backup benchmark: {n:,} learners, database {measured['sizes']['database'] / 1e6:.1f} MB, "
        f"archive {measured['sizes']['archive'] / 1e6:.1f} MB, load average {load:.2f}, "
        f"medians of {len(measured['samples']['copy'])} runs"),
        "",
        "| step | median | all runs |",
        "|---|---|---|",
    ]
    for key, label in (("copy", "plain file copy + fsync"), ("kdf", "scrypt n=2**17 r=8 p=1 (once)"),
                       ("backup", "backup (snapshot, check, encrypt, fsync, read back)"),
                       ("verify", "verify (decrypt, hash, integrity check, counts)")):
        runs = ", ".join(f"{s:.2f}" for s in measured["samples"][key])
        lines.append(f"| {label} | {med[key]:.2f} s | {runs} |")
    verdict = "met" if ours <= budget else "NOT met"
    lines += [
        "",
        f"backup + verify = {ours:.2f} s; target 2 × copy + 2 × scrypt = {budget:.2f} s: {verdict}",
        f"without the two key derivations: {ours - 2 * med['kdf']:.2f} s = {(ours - 2 * med['kdf']) / med['copy']:.1f} × the copy",
        f"(database built in {build.get('total_s', 0):.1f} s from {build.get('source', '?')})",
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, help="keep the database and results.json here")
    parser.add_argument("--reuse", action="store_true", help="reuse the database in --out when it holds --learners learners")
    parser.add_argument("--quick", action="store_true", help="2,000 learners, one run: does it still work? (CI)")
    args = parser.parse_args(argv)
    if args.quick:
        args.learners, args.runs = 2_000, 1
    from learner_list import build_database, count_people  # beside this script; uses population.py

    from cluster_desktop.paths import DATABASE_FILE

    workdir = args.out or Path(tempfile.mkdtemp(prefix="backup-bench-"))
    data_dir, target = workdir / "data", workdir / "stick"
    data_dir.mkdir(parents=True, exist_ok=True)
    target.mkdir(parents=True, exist_ok=True)
    if args.reuse and count_people(data_dir / DATABASE_FILE) == args.learners:
        build: dict[str, Any] = {"source": "reused"}
    else:
        build = build_database(data_dir, args.learners, 2025)
    measured = measure(data_dir, target, args.runs)
    lines = report(args.learners, build, measured)
    print("\n".join(lines))
    if args.out:
        (args.out / "results.json").write_text(json.dumps({"build": build, **measured}, indent=2))
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
