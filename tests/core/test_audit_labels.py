"""The audit log names every field it records in words, not by its column name (issue 16)."""

from __future__ import annotations

from cluster_desktop import audit
from cluster_desktop.audit_labels import FIELDS, IN_LANGUAGE, field_label
from cluster_desktop.models import Base


def test_every_audited_column_has_a_label() -> None:
    unnamed = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        if table.name not in audit.NOT_AUDITED_TABLES
        for column in table.columns
        if audit._logged(column.name, table.name) and field_label(column.name) == column.name
    ]
    assert unnamed == []


def test_labels_per_language_and_unknown_names() -> None:
    assert field_label("age_group") == "Age group"
    assert field_label("name_kk") == "Name (Kazakh)" and field_label("workplace_ru") == "Workplace (Russian)"
    assert field_label("no_such_column") == "no_such_column" and field_label("age_group_xx") == "age_group_xx"
    shouted = field_label("surname", lambda context, text: f"{context}:{text.upper()}")
    assert shouted == "AuditFields:SURNAME"
    assert field_label("title_en", lambda _c, text: text.replace("{field}", "[{field}]")) == "[Title] (English)"
    assert all("{field}" in template for template in IN_LANGUAGE.values()) and "{" not in "".join(FIELDS.values())
