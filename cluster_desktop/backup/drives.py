"""Removable drives plugged in: Windows (GetDriveTypeW), Linux (/sys/block removable + mounts), macOS (/Volumes)."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

LINUX_MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/")
DRIVE_REMOVABLE = 2  # GetDriveTypeW


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str
    free: int | None  # bytes


def _free(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return None


def removable_drives() -> list[Drive]:
    if sys.platform == "win32":
        return _windows_drives()
    if sys.platform == "darwin":
        return _mac_drives()
    return linux_drives()


def _windows_drives() -> list[Drive]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    drives = []
    for index in range(26):
        if not mask & (1 << index):
            continue
        root = f"{chr(ord('A') + index)}:\\"
        if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) != DRIVE_REMOVABLE:
            continue
        name = ctypes.create_unicode_buffer(261)
        ok = kernel32.GetVolumeInformationW(ctypes.c_wchar_p(root), name, 261, None, None, None, None, 0)
        if not ok:
            continue  # a card reader with no card in it
        drives.append(Drive(Path(root), name.value or root, _free(Path(root))))
    return drives


def _mac_drives() -> list[Drive]:
    volumes = Path("/Volumes")
    try:
        entries = sorted(volumes.iterdir())
    except OSError:
        return []
    # The start-up disk appears in /Volumes as a link to «/».
    return [Drive(p, p.name, _free(p)) for p in entries if p.is_dir() and not (p.is_symlink() and p.resolve() == Path("/"))]


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes a space as \\040 (and tab, newline, backslash likewise)."""
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def _block_device(device: str) -> str | None:
    """``/dev/sdb1`` → ``sdb``; ``/dev/mmcblk0p1`` → ``mmcblk0``."""
    if not device.startswith("/dev/"):
        return None
    name = os.path.basename(os.path.realpath(device))
    sys_class = Path("/sys/class/block") / name
    if (sys_class / "partition").exists():
        return sys_class.resolve().parent.name
    return name


def linux_drives(mounts: Path = Path("/proc/mounts"), sys_block: Path = Path("/sys/block")) -> list[Drive]:
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    drives: list[Drive] = []
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        device, mount_point = fields[0], _unescape_mount(fields[1])
        if not mount_point.startswith(LINUX_MOUNT_ROOTS):
            continue
        disk = _block_device(device)
        removable = disk is not None and (sys_block / disk / "removable").exists() and (
            (sys_block / disk / "removable").read_text().strip() == "1"
        )
        usb = disk is not None and "usb" in str((sys_block / disk).resolve())
        if removable or usb:
            path = Path(mount_point)
            drives.append(Drive(path, path.name, _free(path)))
    return drives
