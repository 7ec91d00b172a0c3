"""LIKE patterns built from typed words: wildcards are found as characters, on SQLite as on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import create_engine, literal, select

from cluster_desktop.services.search import contains, contains_word, starts_with, starts_with_word


def matches(condition: object) -> bool:
    with create_engine("sqlite://").connect() as connection:
        return bool(connection.execute(select(condition)).scalar())  # type: ignore[call-overload]


def test_a_typed_percent_or_underscore_is_a_character_not_a_wildcard() -> None:
    assert matches(contains(literal("скидка 50% на всё"), "50%"))
    assert not matches(contains(literal("скидка 50 на всё"), "50%"))
    assert not matches(contains(literal("ab"), "_"))
    assert matches(contains(literal(r"C:\папка_1"), r"\папка_"))


def test_starts_with_anchors_at_the_start() -> None:
    assert matches(starts_with(literal("980512300123"), "9805"))
    assert not matches(starts_with(literal("980512300123"), "0512"))


def test_words_match_in_their_usual_capitalisations() -> None:
    name = literal("ТОО «Қазақмыс»")
    assert matches(contains_word((literal("—"), name), "қазақмыс"))
    assert matches(starts_with_word(literal("ДС-12/2026"), "дс-12"))
    assert not matches(starts_with_word(literal("ДС-12/2026"), "12"))
