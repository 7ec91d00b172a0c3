"""Printing an agreement: the editable text of its kind, filled from the record, rendered to PDF.

A placeholder the program does not know, or one the agreement has no value
for (an open-ended agreement has no end date, a memorandum no mentor), stops
printing with a message that names it: a contract with a blank where the
mentor's name should be is worse than no contract.
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..college import CollegeDetails, load_college_details, require_college_details
from ..dates import numeric_date
from ..documents.agreement import AgreementDocument, Party, render_agreement
from ..documents.texts import date_in_words, document_texts, template_fields
from ..errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from ..files import atomic_write
from ..grammar import Case, decline_name, position_genitive, sex_of
from ..languages import LANGUAGES, OFFICIAL_LANGUAGES, printed_name, value_in, written_in
from ..models import Agreement, AgreementKind, AgreementLearner, Organisation
from ..money import amounts_in_words
from ..permissions import Permission, require
from .consent_rules import partner_purpose, require_purpose
from .document_texts import (
    BAD_BRACES,
    CARD,
    UNKNOWN_PLACEHOLDER,
    common_words,
    default_text,
    iter_strings,
    known_placeholders,
    load_text,
    validate_text,
)

MISSING_VALUE = QT_TRANSLATE_NOOP(
    "Errors", "Printing needs {field} (placeholder {name}), which this agreement does not have."
)
MISSING_IN_LANGUAGE = QT_TRANSLATE_NOOP(
    "Errors", "{field} is filled in only in another language, not in {language}: fill it in to print in {language} (placeholder {name})."
)
MISSING_REQUISITE = QT_TRANSLATE_NOOP(
    "Errors", "{field} is filled in only in another language, not in {language}: fill it in to print in {language}."
)
NO_AGREEMENT = QT_TRANSLATE_NOOP("Errors", "There is no agreement with the id {id}.")
NO_NUMBER = QT_TRANSLATE_NOOP("Errors", "There is no agreement No. {number}.")
NO_NUMBER_IN_YEAR = QT_TRANSLATE_NOOP("Errors", "There is no agreement No. {number} of {year}.")
LANGUAGE_REFUSED = QT_TRANSLATE_NOOP("Errors", "Agreements are printed in Kazakh (kk) or Russian (ru), not «{language}».")

FIELD_LABELS = {
    "agreement_number": QT_TRANSLATE_NOOP("Errors", "the agreement's number"),
    "year": QT_TRANSLATE_NOOP("Errors", "the agreement's year"),
    "signed_on": QT_TRANSLATE_NOOP("Errors", "the date of signing"),
    "starts_on": QT_TRANSLATE_NOOP("Errors", "the start date"),
    "ends_on": QT_TRANSLATE_NOOP("Errors", "the end date"),
    "term": QT_TRANSLATE_NOOP("Errors", "the term"),
    "title": QT_TRANSLATE_NOOP("Errors", "the title or subject"),
    "city": QT_TRANSLATE_NOOP("Errors", "the college's city"),
    "college_name": QT_TRANSLATE_NOOP("Errors", "the college's name"),
    "college_bin": QT_TRANSLATE_NOOP("Errors", "the college's BIN"),
    "college_director": QT_TRANSLATE_NOOP("Errors", "the director's name"),
    "partner_name": QT_TRANSLATE_NOOP("Errors", "the partner's name"),
    "partner_bin": QT_TRANSLATE_NOOP("Errors", "the partner's BIN"),
    "partner_address": QT_TRANSLATE_NOOP("Errors", "the partner's address"),
    "partner_contact": QT_TRANSLATE_NOOP("Errors", "the partner's contact person"),
    "partner_phone": QT_TRANSLATE_NOOP("Errors", "the partner's phone"),
    "partner_email": QT_TRANSLATE_NOOP("Errors", "the partner's e-mail"),
    "programme": QT_TRANSLATE_NOOP("Errors", "the programme or specialty"),
    "qualification": QT_TRANSLATE_NOOP("Errors", "the qualification"),
    "hours": QT_TRANSLATE_NOOP("Errors", "the volume in hours"),
    "workplace": QT_TRANSLATE_NOOP("Errors", "the workplace"),
    "obligations": QT_TRANSLATE_NOOP("Errors", "the extra obligations"),
    "mentor": QT_TRANSLATE_NOOP("Errors", "the mentor"),
    "bank": QT_TRANSLATE_NOOP("Errors", "the bank's name"),
    # One label for all: a partner without a signatory lacks both, and the message should send the user to fill both.
    **dict.fromkeys(
        ("partner_signatory", "partner_signatory_genitive", "partner_signatory_position", "partner_signatory_position_genitive",
         "partner_signatory_acting"),
        QT_TRANSLATE_NOOP("Errors", "the name and position of the partner's signatory, kept on the Partners page"),
    ),
    "pay": QT_TRANSLATE_NOOP("Errors", "the pay or stipend"),
    "learner_name": QT_TRANSLATE_NOOP("Errors", "an attached learner"),
    "learner_named": QT_TRANSLATE_NOOP("Errors", "an attached learner"),
    "learner_iin": QT_TRANSLATE_NOOP("Errors", "an attached learner"),
    "learner_birth_date": QT_TRANSLATE_NOOP("Errors", "one attached learner"),
    "learner_address": QT_TRANSLATE_NOOP("Errors", "the learner's address"),
    "learner_phone": QT_TRANSLATE_NOOP("Errors", "the learner's phone"),
    "representative_name": QT_TRANSLATE_NOOP("Errors", "the learner's legal representative"),
    "learners_list": QT_TRANSLATE_NOOP("Errors", "attached learners"),
    "learners_count": QT_TRANSLATE_NOOP("Errors", "attached learners"),
}


LANGUAGE_WORDS = {
    "kk": QT_TRANSLATE_NOOP("Errors", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Errors", "Russian"),
    "en": QT_TRANSLATE_NOOP("Errors", "English"),
}
_ELSEWHERE = "\0elsewhere"  # a value kept only in another language: stops printing where a placeholder asks for it


def _own(record: object, field: str, language: str) -> str | None:
    """``record``'s ``field`` in ``language``; _ELSEWHERE when only other languages have it, None when none does."""
    value = value_in(record, field, language)
    if value:
        return value
    return _ELSEWHERE if any(value_in(record, field, other) for other in LANGUAGES) else None


def _requisite(record: object, field: str, language: str, label: str) -> str | None:
    """A row of the requisites in ``language``: its own value, nothing when no language has one, else stop and say so."""
    value = _own(record, field, language)
    if value == _ELSEWHERE:
        raise UserError(MISSING_REQUISITE, field=label, language=LANGUAGE_WORDS[language])
    return value


def _words(language: str) -> dict[str, Any]:
    """Month names and the date's word order: the certificates' texts, shared by every document."""
    return document_texts("certificate", language)


def _learners(agreement: Agreement) -> list[AgreementLearner]:
    return sorted(agreement.learners, key=lambda link: (link.person.sort_key or link.person.full_name, link.person_id))


def placeholder_values(session: Session, agreement: Agreement, language: str, college: CollegeDetails) -> dict[str, str]:
    """Every placeholder the record has a value for, as printed in ``language``; absent keys have no value."""
    words = _words(language)
    common = common_words(language)
    starts = date_in_words(words, agreement.starts_on)
    values: dict[str, str | None] = {
        "agreement_number": agreement.number,
        "year": str(agreement.year),
        "signed_on": date_in_words(words, agreement.signed_on),
        "starts_on": starts,
        "ends_on": date_in_words(words, agreement.ends_on) if agreement.ends_on else None,
        "term": (
            common["term"].format(starts=starts, ends=date_in_words(words, agreement.ends_on))
            if agreement.ends_on
            else common["open_term"].format(starts=starts)
        ),
        "title": _own(agreement, "title", language),
        "city": _city_name(_own(college, "city", language)),
        "college_name": college.name(language),
        "college_bin": college.bin,
        "college_director": _own(college, "director", language),
        "workplace": _own(agreement, "workplace", language),
        "mentor": agreement.mentor,
        "pay": amounts_in_words(agreement.pay, language) if agreement.pay else None,
        "hours": str(agreement.hours) if agreement.hours else None,
    }
    partner = agreement.partner
    values.update(
        partner_name=partner.name(language),
        partner_bin=partner.bin,
        partner_address=_own(partner, "address", language),
        partner_contact=partner.contact_person,
        partner_phone=partner.phone,
        partner_email=partner.email,
    )
    values.update(_signatories(college, partner, language, common["agreeing"]))
    programme = agreement.programme
    if programme is not None:
        values["programme"] = programme.name(language)
        qualification = _own(programme, "qualification_name", language)
        if qualification == _ELSEWHERE or not (qualification and programme.qualification_code):
            values["qualification"] = qualification
        else:
            values["qualification"] = f"{programme.qualification_code} {qualification}"
    links = _learners(agreement)
    if links:
        people = [link.person for link in links]
        values["learner_name"] = ", ".join(printed_name(p.full_name, language) for p in people)
        values["learner_iin"] = ", ".join(p.iin for p in people)
        values["learners_count"] = str(len(people))
        values["learners_list"] = "\n".join(
            common["learner_line"].format(index=i, name=printed_name(link.person.full_name, language), iin=link.person.iin, period=_period(agreement, link))
            for i, link in enumerate(links, start=1)
        )
        if len(people) == 1:
            only = people[0]
            values.update(
                learner_birth_date=numeric_date(only.birth_date),
                learner_address=only.address,
                learner_phone=only.phone,
                representative_name=only.representative_name,
                learner_named=common["agreeing"]["named"][sex_of(only.sex, only.patronymic)],
            )
    return {key: value for key, value in values.items() if value not in (None, "")}


_CITY_WORD = re.compile(r"^(?:г\.|город)\s*|\s*(?:қ\.|қаласы)$", re.IGNORECASE)


def _city_name(city: str | None) -> str | None:
    """The city's bare name for a text that says «г. {city}» / «{city} қаласы»: «г. Хромтау», «Хромтау қ.» → «Хромтау»."""
    if not city or city == _ELSEWHERE:
        return city
    return _CITY_WORD.sub("", city.strip()).strip() or city


def _signatories(college: CollegeDetails, partner: Organisation, language: str, agreeing: dict[str, dict[str, str]]) -> dict[str, str | None]:
    """Who signs for the college and for the partner, in the forms a clause needs.

    «…в лице директора {college_director_genitive}, {college_director_acting} на основании Устава»: in Russian the
    name and position in the genitive and «действующего»/«действующей» by the person's sex; in Kazakh the name as
    written («… атынан») and the position starting in lower case, as inside a sentence.
    """
    director = _own(college, "director", language)
    signatory = (partner.signatory_name or "").strip() or None
    position = _own(partner, "signatory_position", language)

    def genitive(name: str | None, sex: object) -> str | None:
        if language != "ru" or not name or name == _ELSEWHERE:
            return name
        return decline_name(name, Case.GENITIVE, sex)

    def in_sentence(text: str | None) -> str | None:
        if not text or text == _ELSEWHERE:
            return text
        if language == "ru":
            return position_genitive(text)
        return text if text.split()[0].isupper() else text[:1].lower() + text[1:]

    director_sex = sex_of(college.director_sex, director if director != _ELSEWHERE else None)
    signatory_sex = sex_of(partner.signatory_sex, signatory)
    return {
        "college_director_genitive": genitive(director, director_sex),
        "college_director_acting": agreeing["acting"][director_sex],
        "partner_signatory": signatory,
        "partner_signatory_genitive": genitive(signatory, signatory_sex),
        "partner_signatory_position": position,
        "partner_signatory_position_genitive": in_sentence(position),
        "partner_signatory_acting": agreeing["acting"][signatory_sex] if signatory else None,
    }


def _period(agreement: Agreement, link: AgreementLearner) -> str:
    starts = link.starts_on or agreement.starts_on
    ends = link.ends_on or agreement.ends_on
    return f"{numeric_date(starts)} – {numeric_date(ends)}" if ends else numeric_date(starts)


def fill(template: str, kind: AgreementKind, values: dict[str, str], language: str) -> str:
    """``template`` with its placeholders replaced; UserError naming the first unknown or missing one."""
    known = known_placeholders(kind)
    try:
        names = template_fields(template)
    except ValueError:
        raise UserError(BAD_BRACES, text=template[:80], example="{partner_name}") from None
    for name in names:
        if name not in known:
            raise UserError(UNKNOWN_PLACEHOLDER, name=f"{{{name}}}")
        if name not in values:
            raise UserError(MISSING_VALUE, field=FIELD_LABELS.get(name, name), name=f"{{{name}}}")
        if values[name] == _ELSEWHERE:
            raise UserError(MISSING_IN_LANGUAGE, field=FIELD_LABELS.get(name, name), language=LANGUAGE_WORDS[language], name=f"{{{name}}}")
        if values[name].endswith("."):  # «… 2027 г.» closing a sentence: one full stop, not two
            template = template.replace(f"{{{name}}}.", f"{{{name}}}")
    return template.format_map(values)


def fill_text(content: dict[str, Any], kind: AgreementKind, values: dict[str, str], language: str) -> dict[str, Any]:
    """A copy of ``content`` with every string filled (the page label keeps its {page} of {pages})."""
    filled: dict[str, Any] = {}
    for path, text in iter_strings(content):
        value = text if path == ("labels", "page") else fill(text, kind, values, language)
        _put(filled, path, value)
    return filled


def _put(target: Any, path: tuple[Any, ...], value: str) -> None:
    for step, following in itertools.pairwise(path):
        if isinstance(target, dict):
            target = target.setdefault(step, [] if isinstance(following, int) else {})
        else:
            if step == len(target):
                target.append([] if isinstance(following, int) else {})
            target = target[step]
    last = path[-1]
    if isinstance(target, dict):
        target[last] = value
    else:
        target.append(value)


def build_document(session: Session, agreement: Agreement, language: str) -> AgreementDocument:
    """The agreement's document in ``language``, ready to render; UserError naming what stops printing."""
    if language not in OFFICIAL_LANGUAGES:
        raise UserError(LANGUAGE_REFUSED, language=language)
    college = load_college_details(session)
    require_college_details(college, language)
    content = load_text(session, agreement.kind, language)
    validate_text(agreement.kind, content)
    text = fill_text(content, agreement.kind, placeholder_values(session, agreement, language, college), language)
    labels = text["labels"]
    sections = [(s["title"], list(s["clauses"])) for s in text.get("sections", [])]
    obligations = _requisite(agreement, "obligations", language, FIELD_LABELS["obligations"]) or ""
    extra = [line.strip() for line in obligations.splitlines() if line.strip()]
    if extra and sections:
        sections.insert(max(len(sections) - 1, 0), (labels["extra_conditions"], extra))
    return AgreementDocument(
        layout=text.get("layout", "contract"),
        title=text["title"],
        subtitle=text.get("subtitle", ""),
        number=text.get("number", ""),
        place=text.get("place", ""),
        date=text.get("date", ""),
        preamble=text.get("preamble", ""),
        sections=sections,
        fields=[(label, value) for label, value in text.get("fields", [])],
        notes=(agreement.notes or "").strip() if text.get("layout") == CARD else "",
        labels=labels,
        parties=_parties(agreement, text["parties"], labels, college, language, text.get("place") or value_in(college, "city", language)),
        author=college.name(language),
    )


def _parties(
    agreement: Agreement, roles: dict[str, str], labels: dict[str, str], college: CollegeDetails, language: str, place: str
) -> list[Party]:
    """Each party's requisites (bank details too) and signatories; the college's address is its city when it has none."""
    shipped = default_text(agreement.kind, language)["labels"]  # labels a text saved before they existed lacks

    def present(rows: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
        return [(label, value) for label, value in rows if value]

    parties: list[Party] = []
    for role, label in roles.items():
        if role == "college":
            address = value_in(college, "address", language) or place
            rows = present([
                (labels["name"], college.name(language)), (labels["bin"], college.bin), (labels["address"], address),
                *_bank_rows(college, labels, language, shipped),
            ])
            parties.append(Party(label, rows, [(labels["director"], value_in(college, "director", language))]))
        elif role == "partner":
            p = agreement.partner
            rows = present([
                (labels["name"], p.name(language)), (labels["bin"], p.bin),
                (labels["address"], _requisite(p, "address", language, FIELD_LABELS["partner_address"])),
                *_bank_rows(p, labels, language, shipped),
                (labels["contact"], p.contact_person), (labels["phone"], p.phone), (labels["email"], p.email),
            ])
            position = value_in(p, "signatory_position", language) or labels.get("signatory", "")
            parties.append(Party(label, rows, [(position, (p.signatory_name or "").strip())]))
        elif role == "learner":
            for link in _learners(agreement):
                person = link.person
                relation = written_in(person.representative_relation, language)  # «әкесі / отец» prints the document's
                representative = ", ".join(v for v in (person.representative_name, relation, person.representative_phone) if v)
                rows = present([
                    (labels["full_name"], printed_name(person.full_name, language)), (labels["iin"], person.iin), (labels["address"], person.address),
                    (labels["phone"], person.phone), (labels["representative"], representative),
                ])
                signatures = [(labels["learner_signatory"], printed_name(person.full_name, language))]
                if person.representative_name:
                    signatures.append((labels["representative"], person.representative_name))
                parties.append(Party(label, rows, signatures, seal=False))
    return parties


def _bank_rows(record: object, labels: dict[str, str], language: str, shipped: dict[str, str]) -> list[tuple[str, str | None]]:
    """Bank, IBAN and BIC rows of the requisites (the bank's name in the document's language)."""
    def label(key: str) -> str:
        return labels.get(key) or shipped.get(key) or key.upper()

    bank = _requisite(record, "bank", language, FIELD_LABELS["bank"])
    return [(label("bank"), bank), (label("iban"), getattr(record, "iban", None)), (label("bic"), getattr(record, "bic", None))]


def write_agreement_pdf(session: Session, agreement_id: int, language: str, path: Path, today: date | None = None) -> Path:
    """Print agreement ``agreement_id`` in ``language`` to ``path``, whole or not at all.

    The paper hands the learners it names to the partner: refused (naming them) unless each one's consent
    allows it on the day of printing, ``today`` — a transfer abroad for a partner outside Kazakhstan.
    """
    require(session, Permission.PRINT_DOCUMENTS)
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFoundError(NO_AGREEMENT, id=agreement_id)
    if agreement.learners:
        on = today or date.today()
        require_purpose(session, [link.person_id for link in _learners(agreement)], partner_purpose(agreement.partner), on)
    document = build_document(session, agreement, language)
    path = Path(path)
    atomic_write(path, lambda stream: render_agreement(document, stream))
    return path


def find_by_number(session: Session, number: str, year: int | None = None) -> Agreement:
    """Agreement ``number`` of ``year``, or the newest of that number when no year is given."""
    statement = select(Agreement).where(Agreement.number == number.strip())
    if year is not None:
        statement = statement.where(Agreement.year == year)
    found = session.scalars(statement.order_by(Agreement.year.desc()).limit(1)).first()
    if found is None:
        if year is not None:
            raise NotFoundError(NO_NUMBER_IN_YEAR, number=number.strip(), year=year)
        raise NotFoundError(NO_NUMBER, number=number.strip())
    return found
