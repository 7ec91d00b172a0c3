"""The college's details as form fields: name, director, city and address in kk/ru/en, BIN, bank requisites and logo.

Shared by Settings → College details (:class:`~ui.dialogs.college_dialog.CollegeDialog`)
and the first-run wizard.  Each field has an error label under it
(:attr:`CollegeFields.errors`, keyed like the core's problems); the owner
decides when to check.  Texts are marked with ``self.tr`` and a literal, so that
lupdate finds them (a wrapper function hides them from it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluster_desktop.college import CollegeDetails
from cluster_desktop.errors import Problem, ValidationError
from cluster_desktop.ids import Sex
from cluster_desktop.services.settings import validate_college_details

from .. import labels
from ..file_dialogs import FileKind, ask_for_path
from ..messages import problem_text
from ..widgets import EnumCombo, ErrorLabel, language_fields, with_error

LOGO_SIZE = 72  # small enough that the first-run wizard, with every row of the college page, fits 1366×768
# Texts kept per language, and the languages each is kept in.
LANGUAGE_TEXTS = {
    "name": ("kk", "ru", "en"), "director": ("kk", "ru", "en"), "city": ("kk", "ru", "en"), "address": ("kk", "ru", "en"),
    "bank": ("kk", "ru"),
}
TEXT_FIELDS = ("bin", "iban", "bic", *(f"{name}_{lang}" for name, languages in LANGUAGE_TEXTS.items() for lang in languages))


def college_problems(details: CollegeDetails) -> list[Problem]:
    """The core's complaints about ``details`` (no database needed); empty when they may be saved."""
    try:
        validate_college_details(details)
    except ValidationError as exc:
        return exc.problems
    return []


class CollegeFields(QWidget):
    """The form rows; :attr:`changed` names each field the user changes (``"logo"`` for the logo)."""

    changed = Signal(str)
    # Made per language in __init__ (LANGUAGE_TEXTS); named here for the type checker and the tests.
    name_kk: QLineEdit
    name_ru: QLineEdit
    name_en: QLineEdit
    director_kk: QLineEdit
    director_ru: QLineEdit
    director_en: QLineEdit
    city_kk: QLineEdit
    city_ru: QLineEdit
    city_en: QLineEdit
    address_kk: QLineEdit
    address_ru: QLineEdit
    address_en: QLineEdit
    bank_kk: QLineEdit
    bank_ru: QLineEdit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, ErrorLabel] = {}
        self._logo: bytes | None = None
        self.bin = QLineEdit(objectName="bin", maxLength=20, placeholderText=self.tr("12 digits"))
        self.iban = QLineEdit(objectName="iban", maxLength=42, placeholderText="KZ00 0000 0000 0000 0000")
        self.bic = QLineEdit(objectName="bic", maxLength=11, placeholderText=self.tr("BIC"))
        self.director_sex: EnumCombo[Sex] = EnumCombo(Sex, labels.sex_name, empty=self.tr("not given"))
        self.director_sex.setObjectName("director_sex")
        self.logo_preview = QLabel(objectName="logo_preview", alignment=Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid);")
        self.choose_logo_button = QPushButton(self.tr("Choose…"), objectName="choose_logo", clicked=self.choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"), objectName="remove_logo", clicked=self._remove_logo)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        self.logo = QWidget(objectName="logo")
        self.logo.setLayout(logo_row)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels_of = {
            "name": self.tr("Name"),
            "director": self.tr("Director (as signed)"),
            "city": self.tr("City"),
            "address": self.tr("Address"),
            "bank": self.tr("Bank"),
        }
        for name, languages in LANGUAGE_TEXTS.items():
            holder, edits = language_fields(labels_of[name], name, languages, self._boxed, QLineEdit)
            for language, edit in zip(languages, edits, strict=True):
                setattr(self, f"{name}_{language}", edit)
            form.addRow(labels_of[name], holder)
            if name == "name":
                form.addRow(self.tr("BIN"), self._boxed("bin", self.bin))
            if name == "director":
                form.addRow(self.tr("Director's sex"), self._boxed("director_sex", self.director_sex))
        accounts = QWidget()
        accounts_row = QHBoxLayout(accounts)
        accounts_row.setContentsMargins(0, 0, 0, 0)
        accounts_row.addWidget(self._boxed("iban", self.iban), 3)
        accounts_row.addWidget(self._boxed("bic", self.bic), 1)
        form.addRow(self.tr("IBAN, BIC"), accounts)
        form.addRow(self.tr("Logo (optional)"), self._boxed("logo", self.logo))
        for name in TEXT_FIELDS:
            getattr(self, name).textEdited.connect(lambda _t, n=name: self.changed.emit(n))
        self.director_sex.currentIndexChanged.connect(lambda _i: self.changed.emit("director_sex"))
        self.set_logo(None)

    def _boxed(self, name: str, field: QWidget) -> QWidget:
        box, error = with_error(field)
        error.setObjectName(f"{name}_error")
        self.errors[name] = error
        return box

    # -- values ------------------------------------------------------------------
    def details(self) -> CollegeDetails:
        sex = self.director_sex.value()
        texts = {name: getattr(self, name).text() for name in TEXT_FIELDS}
        return CollegeDetails(**texts, director_sex=sex.value if sex else "", logo=self._logo)

    def set_details(self, details: CollegeDetails) -> None:
        for name in TEXT_FIELDS:
            getattr(self, name).setText(getattr(details, name))
        self.director_sex.set_value(Sex(details.director_sex) if details.director_sex in ("M", "F") else None)
        self.set_logo(details.logo)

    def field_widget(self, name: str) -> QWidget | None:
        widget = getattr(self, name, None) if name in self.errors else None
        return widget if isinstance(widget, QWidget) else None

    def show_problems(self, problems: list[Problem], only: set[str] | None = None) -> None:
        """Each field's problems under it (only those of ``only``, when given); the others are cleared."""
        for name, label in self.errors.items():
            mine = [problem_text(p) for p in problems if p.field == name]
            label.show_messages(mine if only is None or name in only else [])

    # -- logo --------------------------------------------------------------------
    def set_logo(self, data: bytes | None) -> None:
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

    def _remove_logo(self) -> None:
        self.set_logo(None)
        self.errors["logo"].show_messages([])
        self.changed.emit("logo")

    def choose_logo(self) -> None:
        ask_for_path(self, FileKind.LOGO, self.tr("Choose the logo"), self.load_logo, filters=[self.tr("Images (*.png *.jpg *.jpeg)")])

    def load_logo(self, path: Path) -> bool:
        """Take the image in ``path`` as the logo; a file that cannot be read or is no image is refused beside the field."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.errors["logo"].show_messages([self.tr("«{name}» cannot be read: {reason}").format(name=path.name, reason=reason)])
            return False
        if QPixmap().loadFromData(data) is False:
            self.errors["logo"].show_messages([self.tr("«{name}» is not a PNG or JPEG image.").format(name=path.name)])
            return False
        self.errors["logo"].show_messages([])
        self.set_logo(data)
        self.changed.emit("logo")
        return True
