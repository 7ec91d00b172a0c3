"""A Linux desktop without the libraries of Qt's X11 plugin hears which packages to install."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import main
from ui import platform_check

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd5b7e9000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f9954d4d000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f9954d30000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
"""


def test_ldd_output_names_each_missing_library_once() -> None:
    assert platform_check.missing_in_ldd_output(LDD_OUTPUT) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libEGL.so.1", "libegl1"),
    ],
)
def test_sonames_map_to_debian_packages(soname: str, package: str) -> None:
    assert platform_check.debian_package(soname) == package


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({}, "win32", False),
    ],
)
def test_only_the_x11_platform_is_checked(environ: dict[str, str], platform: str, expected: bool) -> None:
    assert platform_check.uses_xcb(environ, platform) is expected


def test_the_message_names_libraries_and_the_install_command(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(platform_check, "xcb_plugin", lambda: tmp_path / "libqxcb.so")
    monkeypatch.setattr(platform_check, "missing_libraries", lambda plugin: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    message = platform_check.problem_message({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"})
    assert message is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message


def test_no_display_is_said_plainly() -> None:
    message = platform_check.problem_message({"QT_QPA_PLATFORM": "xcb"})
    assert message is not None and "no graphical display" in message


@pytest.mark.skipif(shutil.which("ldd") is None or platform_check.xcb_plugin() is None, reason="needs ldd and the xcb plugin")
def test_this_machine_has_what_the_plugin_links() -> None:
    """CI installs the packages the README names; with them nothing is missing."""
    plugin = platform_check.xcb_plugin()
    assert plugin is not None
    assert platform_check.missing_libraries(plugin) == []


def test_the_program_says_so_and_exits_before_any_window(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("ui.app.QApplication.instance", staticmethod(lambda: None))
    monkeypatch.setattr(platform_check, "problem_message", lambda environ=None: "the X11 desktop lacks libxcb-icccm4")
    created: list[object] = []
    monkeypatch.setattr("ui.app.create_application", lambda *a: created.append(a))
    assert main.main(["--demo"]) == 1
    assert "lacks libxcb-icccm4" in capsys.readouterr().err
    assert created == []
