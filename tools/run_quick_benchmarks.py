"""Run every benchmark in benchmarks/ with ``--quick``, so that none can rot unnoticed (CI runs this).

    .venv/bin/python tools/run_quick_benchmarks.py [--timeout SECONDS] [NAME ...]

A benchmark is a ``benchmarks/*.py`` with an ``if __name__ == "__main__":``
block; a module without one (``population.py``) is a helper and is skipped.
So a new benchmark is run from the day it is added, and it must take
``--quick``.  Each runs in its own process with this Python, offscreen Qt and
no standard input, and fails if it exits non-zero, prints a traceback, or
takes longer than ``--timeout`` seconds.  The figures are not judged: on a
shared machine they say little, and a quick run is too small to mean much.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
TIMEOUT_S = 300
MAIN_BLOCK = re.compile(r"^if __name__ == [\"']__main__[\"']:", re.M)


def benchmark_scripts(folder: Path = BENCHMARKS) -> list[Path]:
    """The runnable scripts of ``folder``, by name."""
    return [path for path in sorted(folder.glob("*.py")) if MAIN_BLOCK.search(path.read_text(encoding="utf-8"))]


def run_quick(script: Path, timeout_s: float) -> tuple[str | None, float, str]:
    """(why it failed or None, seconds, what it printed)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "PYTHONUNBUFFERED": "1"}
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, str(script), "--quick"], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=timeout_s, check=False,
        )
    except subprocess.TimeoutExpired as exc:
        output = exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else exc.stdout or ""
        return f"took longer than {timeout_s:.0f} s", time.perf_counter() - started, output
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        return f"exit code {done.returncode}", seconds, done.stdout
    if "Traceback" in done.stdout:
        return "a traceback was printed", seconds, done.stdout
    return None, seconds, done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--timeout", type=float, default=TIMEOUT_S, help=f"seconds each benchmark may take (default {TIMEOUT_S})")
    parser.add_argument("names", nargs="*", help="only these benchmarks (file names without .py)")
    args = parser.parse_args(argv)
    scripts = [s for s in benchmark_scripts() if not args.names or s.stem in args.names]
    if not scripts:
        print("No benchmark found.", file=sys.stderr)
        return 1
    failures: list[str] = []
    for script in scripts:
        print(f"---- benchmarks/{script.name} --quick", flush=True)
        failure, seconds, output = run_quick(script, args.timeout)
        print(output.rstrip(), flush=True)
        verdict = f"FAILED ({failure})" if failure else "ok"
        print(f"---- benchmarks/{script.name}: {verdict} in {seconds:.1f} s\n", flush=True)
        if failure:
            failures.append(f"{script.name}: {failure}")
    if failures:
        print("Benchmarks that do not run:\n  " + "\n  ".join(failures), file=sys.stderr)
        return 1
    print(f"All {len(scripts)} benchmarks ran with --quick: {', '.join(s.stem for s in scripts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
