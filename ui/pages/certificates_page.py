"""The Certificates page: issue to those who completed a programme, keep the registry, check a certificate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from cluster_desktop.db import Database

from .. import layout_memory
from ..dialogs.verify_dialog import VerifyDialog
from .pending_certificates import PendingCertificates
from .registry_panel import RegistryPanel


class CertificatesPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self.pending = PendingCertificates(database, self)
        self.registry = RegistryPanel(database, self)
        self.tabs = QTabWidget(objectName="certificate_tabs")
        self.tabs.addTab(self.pending, self.tr("To issue"))
        self.tabs.addTab(self.registry, self.tr("Registry"))
        self.verify_button = QPushButton(self.tr("&Check a certificate…"), objectName="verify_button")
        self.verify_button.setToolTip(self.tr("Scan or paste a QR code, or open a PDF (Ctrl+K)"))
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 2)
        corner_layout.addWidget(self.verify_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.verify_button.clicked.connect(self.open_verify)  # the tabs hear each other's changes on the change bus
        local = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+K"), self, activated=self.open_verify, context=local)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search, context=local)
        self._remembered = layout_memory.RememberedLayout(
            "certificates", {"tab": self.tabs, "pending_header": self.pending.table, "registry_header": self.registry.table}
        )
        self.pending.model.refresh()
        self.registry.model.refresh()

    def open_verify(self) -> VerifyDialog:
        dialog = VerifyDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.payload.setFocus()
        return dialog

    def _focus_search(self) -> None:
        panel = self.tabs.currentWidget()
        panel.search.setFocus()  # type: ignore[attr-defined]
        panel.search.selectAll()  # type: ignore[attr-defined]

    def save_layout(self) -> None:
        self._remembered.save()
