"""The package ships what the program reads, and its version has one home."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path
from typing import Any

from cluster_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_FOLDERS = ("cluster_desktop", "ui", "resources")
NOT_SHIPPED = {".py", ".pyc", ".ts"}  # code is shipped as modules; .ts files are the translators' sources


def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def data_files() -> list[Path]:
    return sorted(
        path
        for folder in PACKAGE_FOLDERS
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and path.suffix not in NOT_SHIPPED and "__pycache__" not in path.parts
    )


def test_every_package_data_pattern_matches_a_file_and_every_resource_is_matched() -> None:
    patterns = pyproject()["tool"]["setuptools"]["package-data"]["*"]
    files = data_files()
    unmatched_patterns = [p for p in patterns if not any(f.match(p) for f in files)]
    unshipped = [str(f.relative_to(ROOT)) for f in files if not any(f.match(p) for p in patterns)]
    assert unmatched_patterns == []
    assert unshipped == []


def test_the_version_lives_in_the_package_alone() -> None:
    project = pyproject()["project"]
    assert "version" not in project
    assert "version" in project["dynamic"]
    assert version("cluster-desktop") == __version__
