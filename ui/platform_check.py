"""Before the window: can Qt's X11 platform plugin load on this Linux desktop?

When a library that the xcb plugin links is missing (``libxcb-icccm4`` and
``libxcb-keysyms1`` are not on every desktop), Qt prints a misleading hint
about ``libxcb-cursor0`` and aborts the process, so nothing can be caught
afterwards.  This check runs first, asks ``ldd`` which libraries of the plugin
cannot be found, and says in plain words which Debian/Ubuntu packages bring
them.  Elsewhere (Windows, Wayland, offscreen) it says nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

# Debian names that the usual rule (soname → name + version) does not give.
_PACKAGE_EXCEPTIONS = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0"}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def debian_package(soname: str) -> str:
    """The Debian package that usually ships ``soname`` (``libxcb-icccm.so.4`` → ``libxcb-icccm4``)."""
    if soname in _PACKAGE_EXCEPTIONS:
        return _PACKAGE_EXCEPTIONS[soname]
    base, _, version = soname.partition(".so.")
    base = base.lower()
    if not version:
        return base
    major = version.split(".")[0]
    return f"{base}-{major}" if base[-1].isdigit() else f"{base}{major}"


def missing_in_ldd_output(output: str) -> list[str]:
    """The sonames that ``ldd`` reports as ``not found``, each once, in its order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(output)))


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will pick its X11 (xcb) platform plugin."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def xcb_plugin() -> Path | None:
    from PySide6.QtCore import QLibraryInfo  # QtCore only: no platform plugin is loaded by this

    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_libraries(plugin: Path) -> list[str]:
    """The libraries ``plugin`` links that this system lacks; empty when ``ldd`` cannot tell."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return missing_in_ldd_output(result.stdout)


def problem_message(environ: Mapping[str, str] = os.environ) -> str | None:
    """A plain description of why the window cannot open here, or None when nothing is known to stop it."""
    if not uses_xcb(environ):
        return None
    if not environ.get("DISPLAY"):
        return (
            "Cluster Desktop cannot open its window: there is no graphical display (DISPLAY is not set).\n"
            "Start it from a desktop session, or use the command line (python main.py --help)."
        )
    plugin = xcb_plugin()
    missing = missing_libraries(plugin) if plugin is not None else []
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
    return (
        "Cluster Desktop cannot open its window: the X11 desktop lacks libraries that Qt needs:\n"
        f"    {', '.join(missing)}\n"
        "On Debian or Ubuntu install them with:\n"
        f"    sudo apt-get install {packages}\n"
        "(Qt's own message about libxcb-cursor0 names only one of them.)"
    )
