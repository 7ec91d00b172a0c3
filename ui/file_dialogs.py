"""Every file or folder the user picks is asked for here, and each kind of file opens where the last one was.

The dialog opens window-modal without blocking (tests and the event loop keep
running), uses Qt's own dialog where there is no desktop to lend a native one,
and remembers the folder per kind in QSettings under ``<kind>/folder``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDir, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget


class FileKind(enum.Enum):
    """What is picked; the value names the remembered folder's setting."""

    IMPORT = "import"  # spreadsheets of learners, and the import's report
    EXPORT = "export"  # lists and the book of certificates as .xlsx, .csv or .pdf
    REPORT = "reports"  # outcome reports
    BACKUP = "backup"  # the folder that holds the backups
    CERTIFICATES = "certificates"  # the folder issued certificates are written to
    PDF = "pdf"  # a previewed PDF saved, a certificate opened to check
    KEY = "key"  # the installation's public key
    LOGO = "logo"  # the college's logo image


def setting_key(kind: FileKind) -> str:
    return f"{kind.value}/folder"


def last_folder(kind: FileKind, fallback: str | None = None) -> str:
    """The folder the last file of ``kind`` came from, else ``fallback``, else the home folder."""
    return str(QSettings().value(setting_key(kind), "") or fallback or QDir.homePath())


def remember_folder(kind: FileKind, folder: Path) -> None:
    QSettings().setValue(setting_key(kind), str(folder))


def ask_for_path(
    parent: QWidget,
    kind: FileKind,
    title: str,
    on_chosen: Callable[[Path], object],
    *,
    filters: Sequence[str] = (),
    save: bool = False,
    name: str = "",
    folder: bool = False,
    start: str | None = None,
    default_suffix: str = "",
    object_name: str = "",
) -> QFileDialog:
    """Open a dialog for a file to open (``save``: to write, suggesting ``name``) or a ``folder``; ``on_chosen`` gets the choice.

    It starts in ``start`` or the folder remembered for ``kind``; the object name
    defaults to ``<kind>_file_dialog`` so that tests can find it.
    """
    where = start or last_folder(kind)
    dialog = QFileDialog(parent, title, str(Path(where) / name) if name else where)
    dialog.setObjectName(object_name or f"{kind.value}_file_dialog")
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setNameFilters(list(filters))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
        if not save:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, QGuiApplication.platformName() == "offscreen")

    def chosen(text: str) -> None:
        path = Path(text)
        remember_folder(kind, path if folder else path.parent)
        on_chosen(path)

    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog
