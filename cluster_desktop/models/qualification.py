"""The catalogue of specialties and qualifications (Kazakhstan's classifier of TVET specialties and qualifications).

A specialty has an eight-digit code («07240100»); its qualifications carry the
specialty's digits with a level letter in front and a number after («3W07240101»:
a worker's qualification, «4S07240105»: a mid-level specialist's).  Programmes,
employers' requests and certificates name a qualification by a code of this
catalogue.  A code found in the data before the catalogue existed and not in
the classifier is kept with ``needs_checking`` set, so nothing is lost.
"""

from __future__ import annotations

from sqlalchemy import Boolean, String, false
from sqlalchemy.orm import Mapped, mapped_column

from ..languages import shown_in
from .base import Base, Timestamped


class Qualification(Timestamped, Base):
    __tablename__ = "qualification"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    specialty_code: Mapped[str | None] = mapped_column(String(40), index=True)  # None: the entry is a specialty
    name_kk: Mapped[str | None] = mapped_column(String(300))
    name_ru: Mapped[str | None] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    needs_checking: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    def name(self, language: str) -> str:
        """The name a screen in ``language`` shows (another language's, marked, when missing)."""
        return shown_in(self, "name", language)[0]
