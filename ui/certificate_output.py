"""Where certificate PDFs go, and showing printed blanks in the preview.

Issued certificates are written one PDF per certificate into a folder the user
chooses (remembered); for printing, the blanks of a batch are also rendered
into one temporary PDF that the preview shows and prints.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTemporaryDir
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from cluster_desktop.college import load_college_details
from cluster_desktop.db import Database
from cluster_desktop.documents.blank import BlankData
from cluster_desktop.services.certificate_blanks import blanks_for_ids
from cluster_desktop.services.certificate_files import write_pdf
from cluster_desktop.services.certificates import find_by_number

from .file_dialogs import FileKind, last_folder
from .messages import show_error
from .operations import query
from .pdf_preview import PdfPreview
from .tasks import Progress


def default_folder() -> Path:
    """Where certificates were written last, else «Certificates» in the user's documents."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(last_folder(FileKind.CERTIFICATES, str(Path(documents) / "Certificates")))


class BlankPreviewer(QObject):
    """Renders blanks into temporary PDFs (removed with the owner) and opens them in the preview."""

    def __init__(self, database: Database, owner: QWidget) -> None:
        super().__init__(owner)
        self._db = database
        self._owner = owner
        self._folder = QTemporaryDir()
        self._count = 0
        self.last_preview: PdfPreview | None = None

    def show(self, make_blanks: Callable[[Session], Sequence[BlankData]], title: str, name: str, label: str | None = None) -> None:
        """Build the blanks in a session off the GUI thread, render them, then open the preview."""
        self._count += 1
        target = Path(self._folder.path()) / f"{self._count:04d}-{name}"

        def work(session: Session, progress: Progress | None = None) -> Path:  # progress only with a label
            blanks = list(make_blanks(session))
            done = 0

            def page() -> None:
                nonlocal done
                done += 1
                if progress is not None:
                    progress.update(done, len(blanks))

            write_pdf(blanks, target, page)
            return target

        query(self._owner, self._db, work, lambda path: self._open(path, title, name), on_error=self._failed, label=label)

    def show_issued(self, numbers: Sequence[str], title: str, name: str) -> None:
        """The blanks of certificates already in the registry, by registration number (same numbers again)."""
        wanted = list(numbers)

        def blanks(session: Session) -> Sequence[BlankData]:
            ids = [find_by_number(session, number).id for number in wanted]
            return blanks_for_ids(session, ids, load_college_details(session))

        self.show(blanks, title, name, label=self.tr("Preparing the pages…") if len(wanted) > 20 else None)

    def _open(self, path: Path, title: str, name: str) -> None:
        preview = PdfPreview(path, title, name, self._owner)
        preview.setObjectName("certificate_preview")
        self.last_preview = preview
        preview.open()

    def _failed(self, exc: BaseException) -> None:
        show_error(self._owner, exc)
