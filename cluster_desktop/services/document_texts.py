"""The editable texts of agreements: defaults in ``resources/documents/agreements``, the copy in the database.

Each kind of agreement has one text per language (a JSON object: title, heading
lines, numbered sections of clauses, party and signature labels) with named
placeholders such as ``{partner_name}``.  The database holds only the texts
staff saved; a kind never saved prints from the shipped default, so reading a
text (opening Settings → Document texts, printing) writes nothing.  A text is
saved only when its structure is sound and every placeholder is one the
program can fill for that kind.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy.orm import Session

from ..documents.texts import document_texts, template_fields
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..languages import OFFICIAL_LANGUAGES
from ..models import AgreementKind, DocumentText
from ..permissions import Permission, require

CONTRACT = "contract"
CARD = "card"

UNKNOWN_PLACEHOLDER = QT_TRANSLATE_NOOP("Errors", "The text uses {name}, which the program does not know.")
BAD_BRACES = QT_TRANSLATE_NOOP("Errors", "«{text}» has a brace that opens or closes nothing; write placeholders as {example}.")
MISSING_PART = QT_TRANSLATE_NOOP("Errors", "The document text has no «{part}»; nothing was saved.")
NO_CLAUSES = QT_TRANSLATE_NOOP("Errors", "Every section needs a title and at least one clause; «{section}» has none.")
NO_SECTIONS = QT_TRANSLATE_NOOP("Errors", "The document text needs at least one section.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Errors", "There is no document text for «{kind}» in «{language}».")

COMMON = frozenset(
    {
        "agreement_number",
        "year",
        "signed_on",
        "starts_on",
        "ends_on",
        "term",
        "title",
        "city",
        "college_name",
        "college_bin",
        "college_director",
        # The forms a clause needs (see services.agreement_documents): «в лице директора {college_director_genitive},
        # {college_director_acting} на основании Устава» — declined in Russian by the person's sex, as written in Kazakh.
        "college_director_genitive",
        "college_director_acting",
        "partner_signatory",
        "partner_signatory_genitive",
        "partner_signatory_position",
        "partner_signatory_position_genitive",
        "partner_signatory_acting",
        "partner_name",
        "partner_bin",
        "partner_address",
        "partner_contact",
        "partner_phone",
        "partner_email",
    }
)
TRAINING = frozenset({"programme", "qualification", "hours", "workplace", "mentor", "pay"})
ONE_LEARNER = frozenset(
    {"learner_name", "learner_named", "learner_iin", "learner_birth_date", "learner_address", "learner_phone", "representative_name"}
)
LEARNERS = frozenset({"learners_list", "learners_count"})
PLACEHOLDERS: dict[AgreementKind, frozenset[str]] = {
    AgreementKind.MEMORANDUM: COMMON | {"programme"},
    AgreementKind.DUAL_EDUCATION: COMMON | TRAINING | ONE_LEARNER,
    AgreementKind.PRACTICE: COMMON | TRAINING | LEARNERS,
    AgreementKind.TARGET_TRAINING: COMMON | TRAINING | ONE_LEARNER | LEARNERS,
    AgreementKind.ACADEMIC: COMMON | {"programme", "qualification", "hours"},
    AgreementKind.RECEIVED_DOCUMENT: COMMON,
}
PAGE_FIELDS = frozenset({"page", "pages"})  # filled by the renderer, only in labels.page
PARTY_ROLES = ("college", "partner", "learner")
HEADING_KEYS = ("title", "number", "place", "date", "preamble")
LABEL_KEYS = (
    "requisites",
    "name",
    "full_name",
    "bin",
    "iin",
    "address",
    "phone",
    "email",
    "contact",
    "representative",
    "director",
    "signatory",
    "learner_signatory",
    "signature",
    "seal",
    "extra_conditions",
    "page",
)
CARD_LABEL_KEYS = (
    "requisites",
    "name",
    "bin",
    "address",
    "phone",
    "email",
    "contact",
    "signature",
    "registered_by",
    "registered_on",
    "notes",
    "page",
)


def _kind(kind: AgreementKind | str) -> AgreementKind:
    return kind if isinstance(kind, AgreementKind) else AgreementKind(kind)


def known_placeholders(kind: AgreementKind | str) -> set[str]:
    """The placeholders a text of ``kind`` may use (without braces)."""
    return set(PLACEHOLDERS[_kind(kind)])


def default_text(kind: AgreementKind | str, language: str) -> dict[str, Any]:
    """The shipped text (a private copy: the loader's cache stays untouched)."""
    if language not in OFFICIAL_LANGUAGES:
        raise UserError(UNKNOWN_KIND, kind=str(kind), language=language)
    return copy.deepcopy(document_texts(f"agreements/{_kind(kind).value}", language))


def common_words(language: str) -> dict[str, Any]:
    """Words every agreement shares and staff do not edit: the term's wording, a learner's line."""
    return document_texts("agreements/common", language)


def load_text(session: Session, kind: AgreementKind | str, language: str) -> dict[str, Any]:
    """The text the program prints from: the copy staff saved, else the default (nothing is written)."""
    kind = _kind(kind)
    row = session.get(DocumentText, (kind.value, language))
    if row is None:
        return default_text(kind, language)
    return json.loads(row.content)


def save_text(session: Session, kind: AgreementKind | str, language: str, content: dict[str, Any]) -> dict[str, Any]:
    """Validate ``content`` and store it as the text of ``kind`` in ``language``; UserError if it is refused."""
    require(session, Permission.EDIT_SETTINGS)
    kind = _kind(kind)
    default_text(kind, language)  # refuses an unknown language
    validate_text(kind, content)
    row = session.get(DocumentText, (kind.value, language))
    if row is None:
        session.add(DocumentText(kind=kind.value, language=language, content=_dump(content)))
    else:
        row.content = _dump(content)
    session.flush()
    return content


def reset_text(session: Session, kind: AgreementKind | str, language: str) -> dict[str, Any]:
    """Put the shipped default back in place of the edited text."""
    return save_text(session, kind, language, default_text(kind, language))


def is_default(session: Session, kind: AgreementKind | str, language: str) -> bool:
    return load_text(session, kind, language) == default_text(kind, language)


def _dump(content: dict[str, Any]) -> str:
    return json.dumps(content, ensure_ascii=False, indent=1)


# -- validation ---------------------------------------------------------------
def validate_text(kind: AgreementKind | str, content: Any) -> None:
    """Refuse a text whose structure the renderer cannot print or that names an unknown placeholder."""
    kind = _kind(kind)
    if not isinstance(content, dict):
        raise UserError(MISSING_PART, part="title")
    layout = content.get("layout", CONTRACT)
    if layout == CARD:
        _need_strings(content, ("title",))
        rows = content.get("fields")
        if not isinstance(rows, list) or not rows or not all(_is_pair(row) for row in rows):
            raise UserError(MISSING_PART, part="fields")
        label_keys: tuple[str, ...] = CARD_LABEL_KEYS
    else:
        _need_strings(content, HEADING_KEYS)
        sections = content.get("sections")
        if not isinstance(sections, list) or not sections:
            raise UserError(NO_SECTIONS)
        for section in sections:
            title = section.get("title") if isinstance(section, dict) else None
            clauses = section.get("clauses") if isinstance(section, dict) else None
            if not isinstance(title, str) or not title.strip() or not isinstance(clauses, list) or not clauses:
                raise UserError(NO_CLAUSES, section=str(title or ""))
            if not all(isinstance(c, str) and c.strip() for c in clauses):
                raise UserError(NO_CLAUSES, section=title)
        label_keys = LABEL_KEYS
    parties = content.get("parties")
    if not isinstance(parties, dict) or not parties or any(r not in PARTY_ROLES for r in parties):
        raise UserError(MISSING_PART, part="parties")
    _need_strings(parties, tuple(parties))
    labels = content.get("labels")
    if not isinstance(labels, dict):
        raise UserError(MISSING_PART, part="labels")
    _need_strings(labels, label_keys)
    known = PLACEHOLDERS[kind]
    for path, text in iter_strings(content):
        allowed = PAGE_FIELDS if path == ("labels", "page") else known
        for name in _fields(text):
            if name not in allowed:
                raise UserError(UNKNOWN_PLACEHOLDER, name=f"{{{name}}}")


def _need_strings(mapping: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in keys:
        value = mapping.get(key)
        if not isinstance(value, str) or not value.strip():
            raise UserError(MISSING_PART, part=key)


def _is_pair(row: Any) -> bool:
    return isinstance(row, list) and len(row) == 2 and all(isinstance(v, str) for v in row) and bool(row[0].strip())


def _fields(text: str) -> list[str]:
    try:
        return template_fields(text)
    except ValueError:
        raise UserError(BAD_BRACES, text=_shorten(text), example="{partner_name}") from None


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def iter_strings(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every string inside ``value`` with the path of keys and indexes that leads to it."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from iter_strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from iter_strings(item, (*path, index))


# -- the plain-text form the window edits ----------------------------------------
SECTION_MARK = "=="
PAIR_MARK = " = "


def sections_as_text(sections: list[dict[str, Any]]) -> str:
    """Sections as plain text: ``== Title`` on its own line, then one clause per paragraph.

    A clause that runs over several lines (a list of learners) keeps its line
    breaks; an empty line ends it.
    """
    blocks = []
    for section in sections:
        clauses = "\n\n".join(section["clauses"])
        blocks.append(f"{SECTION_MARK} {section['title']}\n{clauses}")
    return "\n\n".join(blocks) + "\n"


def sections_from_text(text: str) -> list[dict[str, Any]]:
    """The inverse of :func:`sections_as_text`; text before the first ``==`` line starts an untitled section."""
    sections: list[dict[str, Any]] = []
    clause: list[str] = []

    def end_clause() -> None:
        if clause:
            if not sections:
                sections.append({"title": "", "clauses": []})
            sections[-1]["clauses"].append("\n".join(clause))
            clause.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(SECTION_MARK):
            end_clause()
            sections.append({"title": stripped[len(SECTION_MARK) :].strip(), "clauses": []})
        elif not stripped:
            end_clause()
        else:
            clause.append(stripped)
    end_clause()
    return sections


def fields_as_text(rows: list[list[str]]) -> str:
    """A card's rows as ``Label = value`` lines."""
    return "".join(f"{label}{PAIR_MARK}{value}\n" for label, value in rows)


def fields_from_text(text: str) -> list[list[str]]:
    """The inverse of :func:`fields_as_text`; a line without `` = `` is a label with an empty value."""
    rows = []
    for line in text.splitlines():
        if line.strip():
            label, _sep, value = line.partition(PAIR_MARK.strip())
            rows.append([label.strip(), value.strip()])
    return rows
