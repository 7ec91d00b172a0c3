"""The names the audit log shows for the fields of a record, in the user's language.

The log keeps a change under the column's name («session_head_count»'s «age_group»);
people read «Age group».  Each name here is an English label marked for
translation in the context ``AuditFields`` (the window looks it up with
``QCoreApplication.translate("AuditFields", …)``); a field kept per language
(``name_kk``) reads «Name (Kazakh)».  A name not in the table is shown as it is,
so a column added later is never hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from .errors import QT_TRANSLATE_NOOP

CONTEXT = "AuditFields"

FIELDS: dict[str, str] = {
    "action": QT_TRANSLATE_NOOP("AuditFields", "Action"),
    "active": QT_TRANSLATE_NOOP("AuditFields", "Active"),
    "address": QT_TRANSLATE_NOOP("AuditFields", "Address"),
    "age_group": QT_TRANSLATE_NOOP("AuditFields", "Age group"),
    "agreement_id": QT_TRANSLATE_NOOP("AuditFields", "Agreement (No.)"),
    "bank": QT_TRANSLATE_NOOP("AuditFields", "Bank"),
    "bic": QT_TRANSLATE_NOOP("AuditFields", "BIC"),
    "bin": QT_TRANSLATE_NOOP("AuditFields", "BIN"),
    "birth_date": QT_TRANSLATE_NOOP("AuditFields", "Birth date"),
    "checked_on": QT_TRANSLATE_NOOP("AuditFields", "Checked on"),
    "consent_date": QT_TRANSLATE_NOOP("AuditFields", "Consent date"),
    "consent_given_by": QT_TRANSLATE_NOOP("AuditFields", "Consent given by"),
    "consent_scope": QT_TRANSLATE_NOOP("AuditFields", "Consent scope"),
    "contact_person": QT_TRANSLATE_NOOP("AuditFields", "Contact person"),
    "content": QT_TRANSLATE_NOOP("AuditFields", "Content"),
    "contract_kind": QT_TRANSLATE_NOOP("AuditFields", "Kind of contract"),
    "count": QT_TRANSLATE_NOOP("AuditFields", "Number of people"),
    "created": QT_TRANSLATE_NOOP("AuditFields", "Created"),
    "created_on": QT_TRANSLATE_NOOP("AuditFields", "Created on"),
    "current_stage": QT_TRANSLATE_NOOP("AuditFields", "Current stage"),
    "description": QT_TRANSLATE_NOOP("AuditFields", "Description"),
    "detail": QT_TRANSLATE_NOOP("AuditFields", "Detail"),
    "director": QT_TRANSLATE_NOOP("AuditFields", "Director"),
    "display_name": QT_TRANSLATE_NOOP("AuditFields", "Name shown"),
    "duplicate_of_id": QT_TRANSLATE_NOOP("AuditFields", "Duplicate of (No.)"),
    "email": QT_TRANSLATE_NOOP("AuditFields", "E-mail"),
    "employer_id": QT_TRANSLATE_NOOP("AuditFields", "Employer (No.)"),
    "employment_id": QT_TRANSLATE_NOOP("AuditFields", "Employment (No.)"),
    "ended_on": QT_TRANSLATE_NOOP("AuditFields", "Ended on"),
    "ends_on": QT_TRANSLATE_NOOP("AuditFields", "Ends on"),
    "enrolled": QT_TRANSLATE_NOOP("AuditFields", "Enrolled"),
    "enrolled_on": QT_TRANSLATE_NOOP("AuditFields", "Enrolled on"),
    "enrolment_id": QT_TRANSLATE_NOOP("AuditFields", "Enrolment (No.)"),
    "enterprise_id": QT_TRANSLATE_NOOP("AuditFields", "Enterprise (No.)"),
    "evidence": QT_TRANSLATE_NOOP("AuditFields", "Evidence"),
    "evidence_date": QT_TRANSLATE_NOOP("AuditFields", "Date of the evidence"),
    "evidence_kind": QT_TRANSLATE_NOOP("AuditFields", "Kind of evidence"),
    "evidence_number": QT_TRANSLATE_NOOP("AuditFields", "Document number"),
    "file_name": QT_TRANSLATE_NOOP("AuditFields", "File name"),
    "finished_on": QT_TRANSLATE_NOOP("AuditFields", "Finished on"),
    "folder": QT_TRANSLATE_NOOP("AuditFields", "Folder"),
    "full_name": QT_TRANSLATE_NOOP("AuditFields", "Full name"),
    "given_name": QT_TRANSLATE_NOOP("AuditFields", "Given name"),
    "group_id": QT_TRANSLATE_NOOP("AuditFields", "Group (No.)"),
    "groups_created": QT_TRANSLATE_NOOP("AuditFields", "Groups created"),
    "happened_at": QT_TRANSLATE_NOOP("AuditFields", "Happened at"),
    "held_on": QT_TRANSLATE_NOOP("AuditFields", "Held on"),
    "hours": QT_TRANSLATE_NOOP("AuditFields", "Hours"),
    "iban": QT_TRANSLATE_NOOP("AuditFields", "IBAN"),
    "id": QT_TRANSLATE_NOOP("AuditFields", "No."),
    "iin": QT_TRANSLATE_NOOP("AuditFields", "IIN"),
    "in_specialty": QT_TRANSLATE_NOOP("AuditFields", "In the specialty"),
    "is_draft": QT_TRANSLATE_NOOP("AuditFields", "Draft"),
    "issued_on": QT_TRANSLATE_NOOP("AuditFields", "Issued on"),
    "key": QT_TRANSLATE_NOOP("AuditFields", "Setting"),
    "key_id": QT_TRANSLATE_NOOP("AuditFields", "Signing key"),
    "kind": QT_TRANSLATE_NOOP("AuditFields", "Kind"),
    "language": QT_TRANSLATE_NOOP("AuditFields", "Language"),
    "languages": QT_TRANSLATE_NOOP("AuditFields", "Languages"),
    "last_number": QT_TRANSLATE_NOOP("AuditFields", "Last number"),
    "latin_name": QT_TRANSLATE_NOOP("AuditFields", "Name in Latin letters"),
    "mentor": QT_TRANSLATE_NOOP("AuditFields", "Mentor"),
    "months": QT_TRANSLATE_NOOP("AuditFields", "Months"),
    "name": QT_TRANSLATE_NOOP("AuditFields", "Name"),
    "note": QT_TRANSLATE_NOOP("AuditFields", "Note"),
    "notes": QT_TRANSLATE_NOOP("AuditFields", "Notes"),
    "number": QT_TRANSLATE_NOOP("AuditFields", "Number"),
    "obligations": QT_TRANSLATE_NOOP("AuditFields", "Obligations"),
    "organisation_id": QT_TRANSLATE_NOOP("AuditFields", "Organisation (No.)"),
    "organiser_id": QT_TRANSLATE_NOOP("AuditFields", "Organiser (No.)"),
    "partner_id": QT_TRANSLATE_NOOP("AuditFields", "Partner (No.)"),
    "password_changed_at": QT_TRANSLATE_NOOP("AuditFields", "Password changed at"),
    "patronymic": QT_TRANSLATE_NOOP("AuditFields", "Patronymic"),
    "pay": QT_TRANSLATE_NOOP("AuditFields", "Pay"),
    "people": QT_TRANSLATE_NOOP("AuditFields", "People"),
    "person_id": QT_TRANSLATE_NOOP("AuditFields", "Learner (No.)"),
    "phone": QT_TRANSLATE_NOOP("AuditFields", "Phone"),
    "place": QT_TRANSLATE_NOOP("AuditFields", "Place"),
    "position": QT_TRANSLATE_NOOP("AuditFields", "Position"),
    "programme_id": QT_TRANSLATE_NOOP("AuditFields", "Programme (No.)"),
    "programme_kind": QT_TRANSLATE_NOOP("AuditFields", "Kind of programme"),
    "programme_name": QT_TRANSLATE_NOOP("AuditFields", "Programme"),
    "qualification_code": QT_TRANSLATE_NOOP("AuditFields", "Qualification code"),
    "qualification_name": QT_TRANSLATE_NOOP("AuditFields", "Qualification"),
    "quarter": QT_TRANSLATE_NOOP("AuditFields", "Quarter"),
    "recorded_by": QT_TRANSLATE_NOOP("AuditFields", "Recorded by"),
    "representative_name": QT_TRANSLATE_NOOP("AuditFields", "Legal representative"),
    "representative_phone": QT_TRANSLATE_NOOP("AuditFields", "Representative's phone"),
    "representative_relation": QT_TRANSLATE_NOOP("AuditFields", "Representative is the learner's"),
    "result_percent": QT_TRANSLATE_NOOP("AuditFields", "Result, %"),
    "revoke_reason": QT_TRANSLATE_NOOP("AuditFields", "Reason for revoking"),
    "revoked_on": QT_TRANSLATE_NOOP("AuditFields", "Revoked on"),
    "role": QT_TRANSLATE_NOOP("AuditFields", "Role"),
    "rows": QT_TRANSLATE_NOOP("AuditFields", "Rows"),
    "school_grade": QT_TRANSLATE_NOOP("AuditFields", "School grade"),
    "series": QT_TRANSLATE_NOOP("AuditFields", "Series"),
    "session_id": QT_TRANSLATE_NOOP("AuditFields", "Session (No.)"),
    "sex": QT_TRANSLATE_NOOP("AuditFields", "Sex"),
    "signatory_name": QT_TRANSLATE_NOOP("AuditFields", "Signatory"),
    "signatory_position": QT_TRANSLATE_NOOP("AuditFields", "Signatory's position"),
    "signatory_sex": QT_TRANSLATE_NOOP("AuditFields", "Signatory's sex"),
    "signed_on": QT_TRANSLATE_NOOP("AuditFields", "Signed on"),
    "size": QT_TRANSLATE_NOOP("AuditFields", "Size"),
    "stage": QT_TRANSLATE_NOOP("AuditFields", "Stage"),
    "started_on": QT_TRANSLATE_NOOP("AuditFields", "Started on"),
    "starts_on": QT_TRANSLATE_NOOP("AuditFields", "Starts on"),
    "status": QT_TRANSLATE_NOOP("AuditFields", "Status"),
    "still_employed": QT_TRANSLATE_NOOP("AuditFields", "Still employed"),
    "study_form": QT_TRANSLATE_NOOP("AuditFields", "Form of study"),
    "surname": QT_TRANSLATE_NOOP("AuditFields", "Surname"),
    "terminated_on": QT_TRANSLATE_NOOP("AuditFields", "Terminated on"),
    "termination_reason": QT_TRANSLATE_NOOP("AuditFields", "Reason for termination"),
    "title": QT_TRANSLATE_NOOP("AuditFields", "Title"),
    "topic": QT_TRANSLATE_NOOP("AuditFields", "Topic"),
    "updated": QT_TRANSLATE_NOOP("AuditFields", "Updated"),
    "username": QT_TRANSLATE_NOOP("AuditFields", "Username"),
    "value": QT_TRANSLATE_NOOP("AuditFields", "Value"),
    "verified": QT_TRANSLATE_NOOP("AuditFields", "Verified"),
    "workplace": QT_TRANSLATE_NOOP("AuditFields", "Workplace"),
    "works_at": QT_TRANSLATE_NOOP("AuditFields", "Works at"),
    "workstation": QT_TRANSLATE_NOOP("AuditFields", "Workstation"),
    "year": QT_TRANSLATE_NOOP("AuditFields", "Year"),
}
IN_LANGUAGE: dict[str, str] = {
    "kk": QT_TRANSLATE_NOOP("AuditFields", "{field} (Kazakh)"),
    "ru": QT_TRANSLATE_NOOP("AuditFields", "{field} (Russian)"),
    "en": QT_TRANSLATE_NOOP("AuditFields", "{field} (English)"),
}


def field_label(name: str, translate: Callable[[str, str], str] = lambda _context, text: text) -> str:
    """The label of the field ``name`` through ``translate(context, text)``; the name itself when unknown."""
    if name in FIELDS:
        return translate(CONTEXT, FIELDS[name])
    base, _sep, language = name.rpartition("_")
    if base in FIELDS and language in IN_LANGUAGE:
        return translate(CONTEXT, IN_LANGUAGE[language]).format(field=translate(CONTEXT, FIELDS[base]))
    return name
