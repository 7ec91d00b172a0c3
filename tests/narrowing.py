"""``present(x)``: a test's assertion that a lookup found something, which also tells mypy it is not None."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def present(value: T | None) -> T:
    assert value is not None, "expected a value, found None"
    return value
