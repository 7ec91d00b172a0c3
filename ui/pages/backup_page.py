"""The Backup page: pick a stick (or any folder), see the backups on it, back up, verify, restore.

Every slow step (scrypt, encryption, the integrity check, the restore) runs
through :func:`ui.tasks.run_in_background` with a cancellable progress dialog;
the page itself only shows what the core returns.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cluster_desktop.backup import ProgressCallback
from cluster_desktop.backup.archive import STRONG_KDF, KdfParams
from cluster_desktop.backup.log import LoggedBackup
from cluster_desktop.backup.verify import ArchiveInfo, VerifyReport
from cluster_desktop.dates import local_time
from cluster_desktop.db import Database
from cluster_desktop.permissions import Permission

from ..changes import Kind, change_bus, subscribe
from ..dialogs.passphrase_dialog import PassphraseDialog
from ..dialogs.restore_dialog import RestoreDialog, describe_archive
from ..file_dialogs import FileKind, ask_for_path, remember_folder, setting_key
from ..list_table_model import ListTableModel
from ..messages import show_error
from ..numbers import decimal_number
from ..operations import query
from ..permissions_ui import allow
from ..sql_table_model import Column, list_view
from ..tasks import Cancelled, Progress, run_in_background

if TYPE_CHECKING:  # imported when a backup or restore starts
    from cluster_desktop.backup.create import BackupResult
    from cluster_desktop.backup.restore import RestoreResult

PERMILLE = 1000
translate = QCoreApplication.translate


def _scaled(progress: Progress) -> ProgressCallback:
    """Byte counts overflow Qt's int: report thousandths instead."""

    def report(done: int, total: int, text: str = "") -> None:
        progress.update(done * PERMILLE // max(total, 1), PERMILLE, text)

    return report


def backup_columns() -> list[Column[ArchiveInfo]]:
    """The archives in the chosen folder: when, how large, by which program, how many learners."""
    return [
        Column(lambda: translate("BackupPage", "Made"), lambda info: local_time(info.created_at) or translate("BackupPage", "damaged")),
        Column(
            lambda: translate("BackupPage", "Size"),
            lambda info: translate("BackupPage", "{size} MB").format(size=decimal_number(info.size / 1e6)),
        ),
        Column(lambda: translate("BackupPage", "Program"), lambda info: info.header.program_version if info.header else ""),
        Column(lambda: translate("BackupPage", "Schema"), lambda info: info.header.schema_revision if info.header else ""),
        Column(lambda: translate("BackupPage", "Learners"), lambda info: str(info.header.counts.get("person", 0)) if info.header else ""),
        Column(lambda: translate("BackupPage", "File"), lambda info: info.path.name),
    ]


class BackupPage(QWidget):
    database_replaced = Signal(object)  # the restored Database

    def __init__(self, database: Database, parent: QWidget | None = None, kdf: KdfParams = STRONG_KDF) -> None:
        super().__init__(parent)
        self._db = database
        self._kdf = kdf
        self._first_backup = True
        self._infos: list[ArchiveInfo] = []
        self.folder: Path | None = None
        self.drives = QListWidget(objectName="drives")
        self.drives.setMaximumHeight(80)
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="refresh_button")
        self.choose_button = QPushButton(self.tr("Choose folder…"), objectName="choose_button")
        self.folder_label = QLabel(objectName="folder_label", wordWrap=True)
        self.model = ListTableModel(backup_columns(), self)
        self.table = list_view(self.model, "backups_table", sortable=False)
        self.details = QLabel(objectName="details", wordWrap=True, alignment=Qt.AlignmentFlag.AlignTop)
        self.last_label = QLabel(objectName="last_label")
        self.status = QLabel(objectName="status", wordWrap=True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2)
        self.backup_button = QPushButton(self.tr("&Back up now"), objectName="backup_button")
        self.verify_button = QPushButton(self.tr("&Verify…"), objectName="verify_button")
        self.restore_button = QPushButton(self.tr("&Restore…"), objectName="restore_button")
        self._lay_out()
        self.refresh_button.clicked.connect(self.refresh_drives)
        self.choose_button.clicked.connect(lambda: self.choose_folder())
        self.drives.currentItemChanged.connect(self._drive_chosen)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.backup_button.clicked.connect(self.back_up_now)
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        allow(database, Permission.BACKUP, self.backup_button, self.verify_button, self.choose_button)
        allow(database, Permission.RESTORE, self.restore_button)
        saved = QSettings().value(setting_key(FileKind.BACKUP))
        self.refresh_drives()
        if saved and Path(str(saved)).is_dir() and self.folder is None:
            self.set_folder(Path(str(saved)))
        self._selection_changed()
        subscribe(self, {Kind.BACKUPS}, lambda _kinds: self.load_status())
        self.load_status()

    def _lay_out(self) -> None:
        where = QGroupBox(self.tr("Where to keep backups"))
        where_layout = QVBoxLayout(where)
        row = QHBoxLayout()
        row.addWidget(self.drives, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        where_layout.addWidget(QLabel(self.tr("Removable drives plugged in:")))
        where_layout.addLayout(row)
        where_layout.addWidget(self.folder_label)
        found = QGroupBox(self.tr("Backups in this folder"))
        found_layout = QHBoxLayout(found)
        found_layout.addWidget(self.table, 3)
        details = QScrollArea()
        details.setWidget(self.details)
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.Shape.NoFrame)
        found_layout.addWidget(details, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(found, 1)
        layout.addWidget(self.last_label)
        layout.addLayout(actions)
        layout.addWidget(self.status)

    # -- where -----------------------------------------------------------------
    def refresh_drives(self) -> None:
        from cluster_desktop.backup.drives import removable_drives

        self.drives.clear()
        for drive in removable_drives():
            free = self.tr("{size} GB free").format(size=decimal_number(drive.free / 1e9)) if drive.free is not None else ""
            item = QListWidgetItem(f"{drive.label} — {drive.path}  {free}")
            item.setData(Qt.ItemDataRole.UserRole, str(drive.path))
            self.drives.addItem(item)
        if self.drives.count() == 0:
            item = QListWidgetItem(self.tr("No removable drive found. Plug a USB stick in, or choose any folder."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.drives.addItem(item)
        elif self.folder is None:
            self.drives.setCurrentRow(0)

    def _drive_chosen(self, item: QListWidgetItem | None) -> None:
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if path:
            self.set_folder(Path(path))

    def choose_folder(self, then: Callable[[], object] | None = None) -> QFileDialog:
        """Ask for a folder (without blocking); ``then`` runs once one is chosen."""

        def chosen(folder: Path) -> None:
            self.set_folder(folder)
            if then is not None:
                then()

        return ask_for_path(
            self,
            FileKind.BACKUP,
            self.tr("Folder for backups"),
            chosen,
            folder=True,
            start=str(self.folder or Path.home()),
            object_name="folder_dialog",
        )

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        remember_folder(FileKind.BACKUP, folder)
        self.folder_label.setText(self.tr("Folder: {folder}").format(folder=str(folder)))
        self.refresh_backups()

    # -- what is there ---------------------------------------------------------
    def refresh_backups(self) -> None:
        from cluster_desktop.backup.verify import list_backups

        folder = self.folder
        if folder is None:
            return
        run_in_background(lambda _p: list_backups(folder), self._show_backups, parent=self)

    def _show_backups(self, infos: list[ArchiveInfo]) -> None:
        self._infos = infos
        self.model.set_rows(infos)
        self.table.resizeColumnsToContents()
        if infos:
            self.table.selectRow(0)
        self._selection_changed()

    def selected_info(self) -> ArchiveInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._infos[rows[0].row()] if rows and rows[0].row() < len(self._infos) else None

    def _selection_changed(self) -> None:
        info = self.selected_info()
        self.details.setText(describe_archive(info) if info is not None else "")
        readable = info is not None and info.header is not None
        self.verify_button.setEnabled(readable)
        self.restore_button.setEnabled(readable)

    def load_status(self) -> None:
        from cluster_desktop.backup.log import last_verified_backup
        from cluster_desktop.backup.passphrase_check import has_passphrase

        db = self._db
        query(self, db, lambda session: (last_verified_backup(session), has_passphrase(db)), self._show_status)

    def _show_status(self, status: tuple[LoggedBackup | None, bool]) -> None:
        last, has_passphrase = status
        self._first_backup = not has_passphrase
        if last is None:
            self.last_label.setText(self.tr("No verified backup has been made yet."))
        else:
            when = local_time(last.happened_at)
            self.last_label.setText(self.tr("Last verified backup: {when}, {file}").format(when=when, file=last.file_name))
            self.last_label.setToolTip(last.folder)

    # -- actions ---------------------------------------------------------------
    def back_up_now(self) -> PassphraseDialog | QFileDialog:
        """Ask for the passphrase (first for a folder, when none is chosen yet) and back up."""
        if self.folder is None:
            return self.choose_folder(then=self.back_up_now)
        explanation = (
            self.tr("Choose a passphrase for the backups and type it twice. Keep it safe: without it no backup can be restored.")
            if self._first_backup
            else self.tr("Type the passphrase of the backups.")
        )
        dialog = PassphraseDialog(self._first_backup, explanation, self, offer_new=not self._first_backup)
        dialog.accepted.connect(lambda: self._create(dialog.value(), dialog.is_new()))
        dialog.open()
        return dialog

    def _create(self, passphrase: str, new: bool) -> None:
        from cluster_desktop.backup.create import create_backup

        folder, kdf = self.folder, self._kdf
        assert folder is not None  # back_up_now asks for a folder first
        self.status.setText(self.tr("Backing up…"))

        def work(progress: Progress) -> BackupResult:
            return create_backup(self._db, folder, passphrase, kdf=kdf, progress=_scaled(progress), new_passphrase=new)

        def done(result: BackupResult) -> None:
            self.status.setText(self.tr("Done: the backup {file} was written and verified.").format(file=result.path.name))
            self.refresh_backups()
            change_bus().announce({Kind.BACKUPS})  # the backup log gained a verified entry: the reminder looks again

        run_in_background(work, done, self._failed, parent=self, label=self.tr("Backing up…"))

    def verify_selected(self) -> PassphraseDialog | None:
        info = self.selected_info()
        if info is None:
            return None
        dialog = PassphraseDialog(False, self.tr("Type the passphrase of the backup {file}.").format(file=info.path.name), self)
        dialog.accepted.connect(lambda: self._verify(info, dialog.value()))
        dialog.open()
        return dialog

    def _verify(self, info: ArchiveInfo, passphrase: str) -> None:
        from cluster_desktop.backup.create import private_work_dir
        from cluster_desktop.backup.verify import log_verified, verify_backup

        work_dir = private_work_dir(self._db.data_dir)  # the plaintext snapshot waits in this database's data folder

        def work(progress: Progress) -> VerifyReport:
            report = verify_backup(info.path, passphrase, work_dir=work_dir, progress=_scaled(progress))
            log_verified(self._db, info.path, report.header)
            return report

        def done(_report: VerifyReport) -> None:
            self.status.setText(self.tr("The backup {file} is complete and authentic.").format(file=info.path.name))
            change_bus().announce({Kind.BACKUPS})

        run_in_background(work, done, self._failed, parent=self, label=self.tr("Verifying…"))

    def restore_selected(self) -> RestoreDialog | None:
        info = self.selected_info()
        if info is None or info.header is None:
            return None
        dialog = RestoreDialog(info, self)
        dialog.accepted.connect(lambda: self._restore(info, dialog.value()))
        dialog.open()
        return dialog

    def _restore(self, info: ArchiveInfo, passphrase: str) -> None:
        from cluster_desktop.backup.restore import restore_backup

        def work(progress: Progress) -> RestoreResult:
            return restore_backup(self._db, info.path, passphrase, progress=_scaled(progress))

        def done(result: RestoreResult) -> None:
            self._db = result.database
            self.status.setText(
                self.tr("Restored from {file}. A safety copy of the previous data: {copy}").format(
                    file=info.path.name, copy=str(result.safety_copy)
                )
            )
            self.database_replaced.emit(result.database)

        run_in_background(work, done, self._failed, parent=self, label=self.tr("Restoring…"))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled: nothing was changed, earlier backups are untouched."))
            return
        self.status.setText("")
        show_error(self, exc)
