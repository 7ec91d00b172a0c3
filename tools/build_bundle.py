"""Build the one-folder program: ``python tools/build_bundle.py`` → ``dist/ClusterDesktop/``.

Needs the build extra (``pip install -e ".[build]"``, PyInstaller) and, on
Linux, ``objdump`` (Debian: binutils).  PyInstaller's work files go to
``build/``; nothing else in the checkout changes.  Prints the folder's size against
the 150 MB target; exits non-zero if the build failed, or if the folder is larger than
``--max-mb`` (a guard CI uses against an accidental heavy import, such as Qt WebEngine).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "cluster-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "ClusterDesktop"
SIZE_TARGET_MB = 150


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder`` (symbolic links count as nothing)."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def executable(bundle: Path, name: str = NAME) -> Path:
    return bundle / (name + (".exe" if sys.platform == "win32" else ""))


def build(clean: bool = True) -> Path:
    """Run PyInstaller on the spec; returns the built folder."""
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK)]
    if clean:
        command.append("--clean")
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")  # no __pycache__ left in the checkout
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return DIST / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache from an earlier build")
    parser.add_argument("--max-mb", type=float, help="fail if the folder is larger than this many MB")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        bundle = build(clean=not args.no_clean)
    except subprocess.CalledProcessError as exc:
        print(f"build_bundle: PyInstaller failed (exit code {exc.returncode})", file=sys.stderr)
        return 1
    if not executable(bundle).is_file():
        print(f"build_bundle: {executable(bundle)} was not made", file=sys.stderr)
        return 1
    size, files = folder_size(bundle)
    mb = size / 1e6
    verdict = "within" if mb <= SIZE_TARGET_MB else "above"
    print(f"Built {bundle} in {time.perf_counter() - started:.0f} s: {mb:.1f} MB in {files} files ({verdict} the {SIZE_TARGET_MB} MB target)")
    print(f"Run it: {executable(bundle)}")
    if args.max_mb is not None and mb > args.max_mb:
        print(f"build_bundle: the folder is larger than {args.max_mb:g} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
