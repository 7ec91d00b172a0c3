"""Where the window keeps its settings (language, layout, last folders): the registry, or the stick.

Qt keeps settings in the Windows registry or a file under the home folder.  In
portable mode that would leave traces on the PC, so the settings become an INI
file inside the portable data folder instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from cluster_desktop.paths import portable_data_dir

SETTINGS_SUBDIR = "settings"


def use_portable_settings() -> Path | None:
    """In portable mode, send every ``QSettings()`` to an INI file beside the data; returns its folder.

    Must run before the first ``QSettings()`` is made (``create_application`` calls it).
    """
    data_dir = portable_data_dir()
    if data_dir is None:
        return None
    folder = data_dir / SETTINGS_SUBDIR
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder
