"""Password hashing (Argon2id) and the rules a new password must meet."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..errors import QT_TRANSLATE_NOOP, Problem, ValidationError

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256
TOO_SHORT = QT_TRANSLATE_NOOP("Errors", "The password is too short: at least {minimum} characters.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "The password is too long: at most {maximum} characters.")
TOO_COMMON = QT_TRANSLATE_NOOP("Errors", "This password is too common; choose one that is harder to guess.")
SAME_AS_NAME = QT_TRANSLATE_NOOP("Errors", "The password must not be the user name.")

# The most used passwords (and the local favourites) that pass the length rule.
COMMON_PASSWORDS = frozenset({
    "12345678", "123456789", "1234567890", "87654321", "11111111", "00000000", "12341234", "11223344",
    "password", "password1", "password123", "passw0rd", "qwertyui", "qwerty123", "qwertyuiop", "1q2w3e4r",
    "1qaz2wsx", "zaq12wsx", "abcd1234", "abc12345", "iloveyou", "sunshine", "football", "baseball",
    "princess", "welcome1", "admin123", "administrator", "letmein1", "trustno1", "superman", "starwars",
    "пароль123", "йцукенгш", "qwerty12", "asdfghjk", "zxcvbnm1", "kazakhstan", "astana2024", "almaty123",
    "college1", "college123", "khromtau", "changeme",
})

# argon2-cffi's defaults are Argon2id with RFC 9106's low-memory profile; a test may swap the hasher.
hasher = PasswordHasher()


def validate_password(password: str, username: str = "") -> None:
    """ValidationError when ``password`` is too short, too long, too common or the user name."""
    problems: list[Problem] = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(Problem("password", TOO_SHORT, {"minimum": MIN_PASSWORD_LENGTH}))
    elif len(password) > MAX_PASSWORD_LENGTH:
        problems.append(Problem("password", TOO_LONG, {"maximum": MAX_PASSWORD_LENGTH}))
    elif password.casefold() in COMMON_PASSWORDS:
        problems.append(Problem("password", TOO_COMMON))
    elif username and password.casefold() == username.casefold():
        problems.append(Problem("password", SAME_AS_NAME))
    if problems:
        raise ValidationError(problems)


def hash_password(password: str) -> str:
    return hasher.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    try:
        return hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """Whether the hash was made with other parameters than the current hasher's."""
    try:
        return hasher.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


_DUMMY_HASH: str | None = None


def spend_verification_time(password: str) -> None:
    """Verify against a throwaway hash, so an unknown user name takes as long as a wrong password."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hasher.hash("not a password of anyone")
    password_matches(_DUMMY_HASH, password)
