"""The audit log names every field it records in words, not by its column name (issue 16)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cluster_desktop import audit
from cluster_desktop.audit_labels import FIELDS, IN_LANGUAGE, field_label
from cluster_desktop.ids import Sex, make_iin
from cluster_desktop.models import Base
from tests.cli import run_cli, where


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


def test_audit_on_the_command_line_names_fields_in_the_chosen_language(database_url: str, data_dir: Path) -> None:
    place = where(database_url, data_dir)
    run_cli(*place, "check")  # makes the database
    path = data_dir.parent / "one.csv"
    path.write_text(f"ИИН;Фамилия;Имя\n{make_iin(date(2004, 1, 5), Sex.MALE, 7)};Омаров;Нұрлан\n", encoding="utf-8")
    assert run_cli(*place, "import", "learners", str(path), "--consent-date", "01.09.2025").returncode == 0
    kazakh = run_cli("--lang", "kk", *place, "audit").stdout
    russian = run_cli("--lang", "ru", *place, "audit").stdout
    english = run_cli(*place, "audit").stdout  # last: the next command line starts in English again
    assert '"rows": 1' in english and '"created": 1' in english  # as kept, for scripts
    assert '"Жолдар": 1' in kazakh and '"Құрылды": 1' in kazakh and '"rows"' not in kazakh
    assert '"Строки": 1' in russian and '"Создано": 1' in russian
