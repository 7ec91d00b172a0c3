"""The built one-folder program against the source: size on disk and start time to a usable window.

    python tools/build_bundle.py                                    # first: dist/ClusterDesktop
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bundle.py [--bundle DIR] [--runs 7] [--json FILE]

In one run:

- *size*: every file under the bundle folder (symbolic links count nothing), as bytes and as
  the disk blocks they occupy; the largest parts are listed.
- *start*: ``ClusterDesktop --demo --quit-when-ready`` against ``python main.py --demo
  --quit-when-ready`` on the same demo database (filled once, before timing), alternating the
  two so that the machine's load falls on both alike.  Each start is timed by this script from
  ``Popen`` until the child prints READY: the main window is on screen and the Learners page
  shows its first rows from the database (ui/ready_probe.py).  One untimed warm-up each, then
  ``--runs`` timed starts each; the median is compared.  Every child gets a fresh home folder,
  so saved window settings never differ between the two.

Targets: size ≤ 150 MB (10^6 bytes); bundle start ≤ 1.5 × source start.  Measures only:
the exit code is 0 whatever the figures.

``--quick`` (CI): one timed start of each, no warm-up.  Without a built program it times
the source's start alone and says that the bundle was skipped (exit code 0); without
``--quick`` a missing bundle is an error (exit code 2).  The demo database needs no login.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SIZE_TARGET_MB = 150
START_TARGET_RATIO = 1.5
CHILD_TIMEOUT_S = 300
WINDOWS = sys.platform == "win32"


def bundle_size(folder: Path) -> dict[str, Any]:
    apparent = allocated = files = 0
    parts: dict[str, int] = {}
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        stat = path.stat()
        apparent += stat.st_size
        allocated += getattr(stat, "st_blocks", 0) * 512 or stat.st_size
        files += 1
        relative = path.relative_to(folder).parts
        key = "/".join(relative[:2])
        if relative[:2] == ("_internal", "PySide6"):
            key = "Qt's ICU (Linux only)" if path.name.startswith("libicu") else "/".join(relative[:3])
        elif len(relative) == 2 and path.name.startswith("lib") and ".so" in path.name and "python" not in path.name:
            key = "system libraries copied from the build machine (Linux)"
        parts[key] = parts.get(key, 0) + stat.st_size
    largest = sorted(parts.items(), key=lambda item: -item[1])[:12]
    return {"files": files, "apparent_mb": apparent / 1e6, "on_disk_mb": allocated / 1e6, "largest_mb": {k: v / 1e6 for k, v in largest}}


def child_env(home: Path) -> dict[str, str]:
    # Without PYTHONDONTWRITEBYTECODE: the source, like the bundle and any installed program, starts from cached bytecode.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLUSTER_DESKTOP_", "XDG_")) and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "Roaming"), LOCALAPPDATA=str(home / "Local"),
        XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"), QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
    )
    return env


def time_to_ready(command: list[str], home: Path) -> float:
    """Seconds from starting ``command`` until it prints READY; raises if it never does."""
    home.mkdir(parents=True)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                               text=True, env=child_env(home))
    assert process.stdout is not None
    ready = None
    watchdog = threading.Timer(CHILD_TIMEOUT_S, process.kill)  # READY may never come: never wait for ever
    watchdog.start()
    try:
        for line in process.stdout:
            if line.startswith("READY"):
                ready = time.perf_counter() - started
                break
        _out, err = process.communicate()
    finally:
        watchdog.cancel()
    if ready is None or process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed (exit code {process.returncode}):\n{err}")
    return ready


def executable(bundle: Path) -> Path:
    return bundle / ("ClusterDesktop.exe" if WINDOWS else "ClusterDesktop")


def measure_start(bundle: Path | None, runs: int, work: Path, warm_up: bool = True) -> dict[str, Any]:
    data = work / "data"
    window_args = ["--data-dir", str(data), "--demo", "--lang", "kk", "--quit-when-ready"]
    commands = {"source": [sys.executable, str(ROOT / "main.py"), *window_args]}
    if bundle is not None:
        commands = {"bundle": [str(executable(bundle)), *window_args], **commands}
    counter = iter(range(10**6))
    if warm_up:
        print("Filling the demo database and warming up …", flush=True)
        for command in commands.values():
            time_to_ready(command, work / f"home-{next(counter)}")
    times: dict[str, list[float]] = {name: [] for name in commands}
    for run in range(runs):
        order = list(commands) if run % 2 == 0 else list(reversed(commands))
        for name in order:
            times[name].append(time_to_ready(commands[name], work / f"home-{next(counter)}"))
        print(f"  run {run + 1}/{runs}: " + ", ".join(f"{n} {times[n][-1]:.2f} s" for n in commands), flush=True)
    return {name: {"median_s": statistics.median(t), "min_s": min(t), "max_s": max(t), "runs_s": t} for name, t in times.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Size and start time of the built program against the source.")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "ClusterDesktop", help="the built folder (default dist/ClusterDesktop)")
    parser.add_argument("--runs", type=int, default=7, help="timed starts of each (default 7)")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--quick", action="store_true", help="one start of each, no warm-up; no bundle is no error (CI)")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs = 1
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    if not executable(args.bundle).is_file():
        print(f"No built program in {args.bundle}: run python tools/build_bundle.py first.", file=sys.stderr)
        if not args.quick:
            return 2
        with tempfile.TemporaryDirectory(prefix="cluster-bundle-bench-") as work:
            source = measure_start(None, args.runs, Path(work), warm_up=False)["source"]
        print(f"skipped: the built program (size and start); from source, start → usable window {source['median_s']:.2f} s "
              f"(one start, which also fills the demo database; load average {load:.2f})")
        return 0
    print(f"Bundle {args.bundle} · {os.cpu_count()} CPUs · load average {load:.2f} · {time.strftime('%d %b %Y')}")
    size = bundle_size(args.bundle)
    with tempfile.TemporaryDirectory(prefix="cluster-bundle-bench-") as work:
        start = measure_start(args.bundle, args.runs, Path(work), warm_up=not args.quick)
    ratio = start["bundle"]["median_s"] / start["source"]["median_s"]
    size_ok = "✔" if size["apparent_mb"] <= SIZE_TARGET_MB else "✘"
    start_ok = "✔" if ratio <= START_TARGET_RATIO else "✘"
    print()
    print("| metric | built program | from source | target |")
    print("|---|---|---|---|")
    print(f"| size ({size['files']} files) | {size['apparent_mb']:.1f} MB ({size['on_disk_mb']:.1f} MB in disk blocks) | — | ≤ {SIZE_TARGET_MB} MB {size_ok} |")
    print(
        f"| start → usable window, median of {args.runs} (min–max) | {start['bundle']['median_s']:.2f} s "
        f"({start['bundle']['min_s']:.2f}–{start['bundle']['max_s']:.2f}) | {start['source']['median_s']:.2f} s "
        f"({start['source']['min_s']:.2f}–{start['source']['max_s']:.2f}) | ≤ {START_TARGET_RATIO}× {start_ok} ({ratio:.2f}×) |"
    )
    print("\nLargest parts:")
    for name, mb in size["largest_mb"].items():
        print(f"  {mb:6.1f} MB  {name}")
    if args.json:
        args.json.write_text(json.dumps({"size": size, "start": start, "ratio": ratio, "load": load}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
