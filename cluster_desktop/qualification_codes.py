"""Codes of the qualification catalogue as compared, and its shipped seed (``resources/catalogue/qualifications.json``).

Kept apart from the services so that the migration creating the catalogue
reads the same seed and compares codes the same way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .paths import RESOURCES_DIR

SEED_FILE = RESOURCES_DIR / "catalogue" / "qualifications.json"
_SEPARATORS = re.compile(r"[\s.\-‐-―]")
# A code's level letters («3W…», «4S…») typed on a Kazakh or Russian keyboard: Ц and Ы sit on W and S;
# other Cyrillic capitals that look like Latin ones are read as those.
_LOOK_ALIKES = str.maketrans("ЦЫАВЕКМНОРСТХ", "WSABEKMHOPCTX")


def normal_code(code: str) -> str:
    """A code as the catalogue compares it: no spaces, dots or dashes, capital Latin letters."""
    return _SEPARATORS.sub("", code).upper().translate(_LOOK_ALIKES)


@dataclass(frozen=True)
class SeedEntry:
    code: str
    specialty_code: str | None  # None: a specialty
    name_kk: str
    name_ru: str
    name_en: str | None


def seed_entries() -> list[SeedEntry]:
    """The specialties of the seed, each followed by its qualifications."""
    seed = json.loads(SEED_FILE.read_text(encoding="utf-8"))
    entries: list[SeedEntry] = []
    for specialty in seed["specialties"]:
        entries.append(SeedEntry(specialty["code"], None, specialty["kk"], specialty["ru"], specialty.get("en")))
        entries.extend(SeedEntry(q["code"], specialty["code"], q["kk"], q["ru"], q.get("en")) for q in specialty["qualifications"])
    return entries
