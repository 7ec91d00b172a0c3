"""The program's translations read without Qt: the shipped ``.qm`` files, for the command line.

The window loads ``resources/translations/cluster_desktop_<lang>.qm`` through
``QTranslator``; the core never imports Qt, yet the command line must speak
Kazakh and Russian too (``export --lang kk`` writes Kazakh headers).  This
reads the same compiled files in plain Python: lrelease keeps each message's
context and English source text beside its translation (Qt's ``qm.cpp``
format: a magic number, then tagged blocks; the «messages» block lists tagged
fields — 3 translation in UTF-16BE, 6 source text, 7 context, 8 comment — up to
an end tag 1).  A text without a translation (English, or a file missing) is
returned as it is.
"""

from __future__ import annotations

import functools
import struct
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from .errors import TRANSLATION_CONTEXT, UserError, ValidationError
from .paths import TRANSLATIONS_DIR

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 1, 3, 5, 6, 7, 8, 9
_NULL = 0xFFFFFFFF

Catalog = dict[tuple[str, str], list[str]]  # (context, source text) → the translation (a plural's forms)

# The language of the command line's messages while its arguments are parsed: the global ``--lang``
# (a command's own ``--lang`` names its document's).  An argparse type cannot be handed it otherwise.
MESSAGES_LANGUAGE: ContextVar[str] = ContextVar("messages_language", default="en")


def read_qm(data: bytes) -> Catalog:
    """Every message of a compiled ``.qm`` file by (context, source text); {} for anything that is not one."""
    if not data.startswith(QM_MAGIC):
        return {}
    found: Catalog = {}
    offset = len(QM_MAGIC)
    try:
        while offset + 5 <= len(data):
            tag = data[offset]
            (length,) = struct.unpack_from(">I", data, offset + 1)
            offset += 5
            if tag == _MESSAGES_BLOCK:
                _read_messages(data[offset : offset + length], found)
            offset += length
    except (struct.error, UnicodeDecodeError, IndexError):
        return found  # a damaged file: what was read is still right, the rest stays English
    return found


def _read_messages(block: bytes, found: Catalog) -> None:
    at = 0
    translations: list[str] = []
    source = context = ""
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            if source and translations:
                found[(context, source)] = translations
            translations, source, context = [], "", ""
            continue
        if tag in (_OBSOLETE1, _OBSOLETE2):
            at += 4 if tag == _OBSOLETE1 else 0
            continue
        (length,) = struct.unpack_from(">I", block, at)
        at += 4
        if length == _NULL:
            continue
        raw = block[at : at + length]
        at += length
        if tag == _TRANSLATION:
            translations.append(raw.decode("utf-16-be"))
        elif tag == _SOURCE:
            source = raw.decode("utf-8")
        elif tag == _CONTEXT:
            context = raw.decode("utf-8")
        elif tag != _COMMENT:
            raise IndexError(tag)  # a tag this reader does not know: stop rather than misread


@functools.cache
def catalog(language: str, folder: Path = TRANSLATIONS_DIR) -> Catalog:
    """The messages of ``language``'s shipped translation; {} for English or a missing file."""
    try:
        return read_qm((folder / f"cluster_desktop_{language}.qm").read_bytes())
    except OSError:
        return {}


def translate(language: str, text: str, context: str = TRANSLATION_CONTEXT) -> str:
    """``text`` (an English template marked with ``QT_TRANSLATE_NOOP``) in ``language``; ``text`` itself when untranslated."""
    forms = catalog(language).get((context, text))
    return forms[0] if forms and forms[0] else text


def translator(language: str, context: str = TRANSLATION_CONTEXT) -> Callable[[str], str]:
    """A function that translates marked texts of ``context`` into ``language``."""
    return functools.partial(translate, language, context=context)


def message_in(language: str, error: UserError) -> str:
    """``error``'s message in ``language``: its template translated, then filled in (each problem of a ValidationError).

    String parameters may themselves be marked texts (a purpose of consent, a field's label): translated too, as the window does.
    """

    def params(values: dict[str, Any]) -> dict[str, Any]:
        return {name: translate(language, value) if isinstance(value, str) else value for name, value in values.items()}

    if isinstance(error, ValidationError):
        return " ".join(translate(language, p.template).format(**params(p.params)) for p in error.problems)
    try:
        return translate(language, error.template).format(**params(error.params))
    except (KeyError, IndexError, ValueError):  # a translation that lost or mangled a placeholder: English is still right
        return error.message
