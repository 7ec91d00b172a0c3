"""Settings → College details: the names, BIN, director, city and logo printed on documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from cluster_desktop.db import Database
from cluster_desktop.errors import Problem, ValidationError
from cluster_desktop.services.settings import (
    CollegeDetails,
    load_college_details,
    save_college_details,
    validate_college_details,
)

from ..messages import show_error
from .form_dialog import FormDialog

LOGO_SIZE = 96


class CollegeDialog(FormDialog[CollegeDetails]):
    """Edits the one set of college details; an empty field is allowed but stops printing where it is needed."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.setWindowTitle(self.tr("College details"))
        self._logo: bytes | None = None
        self._build()
        self._load(load_college_details, self._show, focus=self.name_kk)

    def _build(self) -> None:
        self.name_kk = QLineEdit(objectName="name_kk")
        self.name_ru = QLineEdit(objectName="name_ru")
        self.name_en = QLineEdit(objectName="name_en")
        self.bin = QLineEdit(objectName="bin", maxLength=20, placeholderText=self.tr("12 digits"))
        self.director = QLineEdit(objectName="director", placeholderText=self.tr("Surname and initials, as signed"))
        self.city = QLineEdit(objectName="city")
        self.logo_preview = QLabel(objectName="logo_preview", alignment=Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        choose = QPushButton(self.tr("Choose…"), objectName="choose_logo", clicked=self._choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"), objectName="remove_logo", clicked=lambda: self._set_logo(None))
        buttons = QVBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        logo = QWidget(objectName="logo")
        logo.setLayout(logo_row)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Name in Kazakh"), "name_kk", self.name_kk)
        self._row(form, self.tr("Name in Russian"), "name_ru", self.name_ru)
        self._row(form, self.tr("Name in English"), "name_en", self.name_en)
        self._row(form, self.tr("BIN"), "bin", self.bin)
        self._row(form, self.tr("Director"), "director", self.director)
        self._row(form, self.tr("City"), "city", self.city)
        self._row(form, self.tr("Logo (optional)"), "logo", logo)
        hint = QLabel(self.tr("These details are printed on certificates and agreements."), wordWrap=True)
        outer = QVBoxLayout()
        outer.addWidget(hint)
        outer.addLayout(form)
        outer.addStretch(1)
        self._lay_out(outer, stretch=False)
        for name in ("name_kk", "name_ru", "name_en", "bin", "director", "city"):
            getattr(self, name).textEdited.connect(lambda _t, n=name: self._changed(n))
        self._set_logo(None)
        self.resize(640, 460)

    def _show(self, details: CollegeDetails) -> None:
        for name in ("name_kk", "name_ru", "name_en", "bin", "director", "city"):
            getattr(self, name).setText(getattr(details, name))
        self._set_logo(details.logo)

    def _set_logo(self, data: bytes | None) -> None:
        self._logo = data
        pixmap = QPixmap()
        if data:
            pixmap.loadFromData(data)
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(LOGO_SIZE - 4, LOGO_SIZE - 4, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        self.remove_logo.setEnabled(bool(data))

    def _choose_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.load_logo(Path(name))

    def load_logo(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            show_error(self, exc)
            return
        if QPixmap().loadFromData(data) is False:
            self._show_messages({"logo": [self.tr("«{name}» is not a PNG or JPEG image.").format(name=path.name)]})
            return
        self._set_logo(data)
        self._changed("logo")

    # -- hooks ---------------------------------------------------------------
    def current_input(self) -> CollegeDetails:
        return CollegeDetails(
            name_kk=self.name_kk.text(),
            name_ru=self.name_ru.text(),
            name_en=self.name_en.text(),
            bin=self.bin.text(),
            director=self.director.text(),
            city=self.city.text(),
            logo=self._logo,
        )

    def validate(self, data: CollegeDetails) -> list[Problem]:
        try:
            validate_college_details(data)
        except ValidationError as exc:
            return exc.problems
        return []

    def store(self, session: Session, data: CollegeDetails) -> None:
        save_college_details(session, data)
        return None

    def discard_question(self) -> str:
        return self.tr("The college details have unsaved changes. Close without saving?")
