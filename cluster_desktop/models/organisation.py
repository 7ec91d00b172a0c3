"""Partner organisations: employers, universities, schools, state bodies."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from ..ids import Sex
from ..languages import shown_in
from .base import Base, Timestamped, enum_column
from .enums import OrganisationKind


class Organisation(Timestamped, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[OrganisationKind] = mapped_column(enum_column(OrganisationKind, 32))
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    # ISO 3166 code of the country it is in: sending data to one outside «KZ» is a transfer abroad.
    country: Mapped[str] = mapped_column(String(2), default="KZ", server_default="KZ")
    bin: Mapped[str | None] = mapped_column(String(12), unique=True)
    # Kept per language (see cluster_desktop.languages): documents print their own language's.
    address_kk: Mapped[str | None] = mapped_column(String(300))
    address_ru: Mapped[str | None] = mapped_column(String(300))
    address_en: Mapped[str | None] = mapped_column(String(300))
    # Bank requisites and who signs for the organisation, as agreements print them.
    bank_kk: Mapped[str | None] = mapped_column(String(300))
    bank_ru: Mapped[str | None] = mapped_column(String(300))
    iban: Mapped[str | None] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    signatory_position_kk: Mapped[str | None] = mapped_column(String(200))
    signatory_position_ru: Mapped[str | None] = mapped_column(String(200))
    signatory_name: Mapped[str | None] = mapped_column(String(200))
    signatory_sex: Mapped[Sex | None] = mapped_column(enum_column(Sex, 1))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(120))

    def name(self, language: str) -> str:
        """The name a screen in ``language`` shows (English falls back to Russian, then Kazakh)."""
        return shown_in(self, "name", language)[0]
