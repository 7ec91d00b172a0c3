"""The words printed on documents, one JSON file per document and language under ``resources/documents``.

Texts are data so that a registrar can correct a word without touching code;
each is a ``str.format`` template with named placeholders.  Files are read
once per process.
"""

from __future__ import annotations

import json
import string
import threading
from datetime import date
from typing import Any

from ..languages import LANGUAGES
from ..paths import DOCUMENTS_DIR

_cache: dict[tuple[str, str], dict[str, Any]] = {}
_lock = threading.Lock()


def document_texts(document: str, language: str) -> dict[str, Any]:
    """The texts of ``document`` (``certificate``, ``registry``, ``agreements/memorandum``…) in ``language``.

    Read from disk once; the dict returned is shared, so callers copy it before changing it.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no document texts in language {language!r}; expected one of {LANGUAGES}")
    key = (document, language)
    texts = _cache.get(key)
    if texts is None:
        with _lock:
            texts = _cache.get(key)
            if texts is None:
                path = DOCUMENTS_DIR / document / f"{language}.json"
                texts = json.loads(path.read_text(encoding="utf-8"))
                _cache[key] = texts
    return texts


def date_in_words(texts: dict[str, Any], value: date) -> str:
    """``30 мамыр 2026``-style date built from the language's month names and word order."""
    return texts["date_in_words"].format(day=value.day, month=texts["months"][value.month - 1], year=value.year)


def template_fields(template: str) -> list[str]:
    """The placeholder names ``template`` uses, in order of appearance.

    Raises ValueError for a brace that opens or closes nothing, and for what
    ``str.format`` would read as something other than a plain name (``{0}``,
    ``{a.b}``, ``{a[0]}``, ``{a:>5}``): a text written by staff may only name
    placeholders.
    """
    names: list[str] = []
    for _literal, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise ValueError(f"{{{name}}}")
        names.append(name)
    return names
