"""The core must stay free of Qt: main.py → ui → cluster_desktop, never back."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "cluster_desktop"
FORBIDDEN = ("PySide6", "shiboken6", "ui")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt_or_ui() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(n for n in imported_modules(path) if n.split(".")[0] in FORBIDDEN)
        for path in CORE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if "migrations" not in p.parts
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


SERVICES = "cluster_desktop.services"
IMPORT_FUNCTIONS = ("import_module", "__import__")


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def imports_in(source: str, module: str, is_package: bool = False) -> list[tuple[int, str]]:
    """Every module a source may import, as absolute dotted names with their line, wherever the import stands.

    Relative imports are resolved against ``module``; ``from X import y`` also
    counts ``X.y``, since ``y`` may be a submodule (``from .. import services``);
    a constant string handed to ``importlib.import_module`` counts too.
    """
    package = module.split(".") if is_package else module.split(".")[:-1]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = ".".join([*base, *([node.module] if node.module else [])])
            found.append((node.lineno, target))
            found.extend((node.lineno, f"{target}.{alias.name}") for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
            if called in IMPORT_FUNCTIONS and isinstance(node.args[0].value, str):
                found.append((node.lineno, node.args[0].value))
    return found


def imports_of_package(folder: str, forbidden: str) -> list[str]:
    """«path:line imports name» for each import of ``forbidden`` (or a module under it) below ``folder``."""
    offences: dict[str, str] = {}  # one per import statement: its module, not each name it takes
    for path in sorted((CORE / folder).rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for line, name in imports_in(source, module_name(path), path.name == "__init__.py"):
            if name == forbidden or name.startswith(forbidden + "."):
                offences.setdefault(f"{path.relative_to(ROOT)}:{line}", name)
    return [f"{where} imports {name}" for where, name in offences.items()]


def test_the_import_finder_sees_every_form_of_import() -> None:
    forms = {
        "from ..services.settings import CollegeDetails": "cluster_desktop.services.settings",
        "from .. import services": "cluster_desktop.services",
        "from ..services import settings as s": "cluster_desktop.services",
        "import cluster_desktop.services.settings": "cluster_desktop.services.settings",
        "from cluster_desktop import services": "cluster_desktop.services",
        "def later():\n    from ..services import backup_reminder\n": "cluster_desktop.services",
        "if TYPE_CHECKING:\n    from ..services.outcome_report import ReportTable\n": "cluster_desktop.services.outcome_report",
        "importlib.import_module('cluster_desktop.services.settings')": "cluster_desktop.services.settings",
    }
    for source, expected in forms.items():
        names = [name for _line, name in imports_in(source, "cluster_desktop.backup.create")]
        assert expected in names, f"{source!r} was read as importing {names}"
    package_relative = [name for _line, name in imports_in("from . import archive", "cluster_desktop.backup", True)]
    assert "cluster_desktop.backup.archive" in package_relative
    assert not [n for _l, n in imports_in("from .settings import x", "cluster_desktop.documents.layout") if n.startswith(SERVICES)]


def test_documents_never_import_services() -> None:
    offences = imports_of_package("documents", SERVICES)
    assert not offences, "documents/ lays out values it is given and must not reach into services/:\n" + "\n".join(offences)


def test_backup_never_imports_services() -> None:
    offences = imports_of_package("backup", SERVICES)
    assert not offences, "backup/ must not reach into services/ (its shared values live outside it):\n" + "\n".join(offences)


def test_models_never_import_services() -> None:
    offences = imports_of_package("models", SERVICES)
    assert not offences, "models/ are the bottom layer and must not import services/:\n" + "\n".join(offences)


def mapped_class_imports(source: str, module: str, is_package: bool = False) -> list[str]:
    """«line imports name» for each class the source imports that is mapped by SQLAlchemy (re-exports too).

    A mapped class reached through an imported core module (``models.Person``,
    ``import cluster_desktop.models as m`` … ``m.Person``) counts as imported.
    """
    import importlib

    from cluster_desktop.models import Base

    mapped = {mapper.class_ for mapper in Base.registry.mappers}

    def is_mapped(name: str) -> bool:
        home, _, attribute = name.rpartition(".")
        if not home.startswith("cluster_desktop"):
            return False
        try:
            value = importlib.import_module(home).__dict__.get(attribute)
        except ImportError:
            return False
        return isinstance(value, type) and value in mapped

    offences = [f"{line} imports {name}" for line, name in imports_in(source, module, is_package) if is_mapped(name)]
    tree = ast.parse(source)
    bound: dict[str, str] = {}  # a name the source binds to a core module or name → its dotted path
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            bound.update({a.asname: a.name for a in node.names if a.asname} | {a.name.split(".")[0]: a.name.split(".")[0] for a in node.names if not a.asname})
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            bound.update({a.asname or a.name: f"{node.module}.{a.name}" for a in node.names})
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name | ast.Attribute):
            parts: list[str] = [node.attr]
            value: ast.expr = node.value
            while isinstance(value, ast.Attribute):
                parts.insert(0, value.attr)
                value = value.value
            if isinstance(value, ast.Name) and value.id in bound and is_mapped(".".join([bound[value.id], *parts])):
                offences.append(f"{node.lineno} imports {'.'.join([bound[value.id], *parts])}")
    return offences


def test_no_ui_module_imports_a_mapped_orm_class() -> None:
    """The window gets plain data from services: no ORM object is walked in a worker closure or on the GUI thread."""
    assert mapped_class_imports("def load():\n    from cluster_desktop.models import Person, Stage\n", "ui.pages.x") == [
        "2 imports cluster_desktop.models.Person"
    ]
    through_module = "import cluster_desktop.models as m\nfrom cluster_desktop import models\nm.Stage\nrows = [m.Person, models.Group.id]\n"
    assert sorted(mapped_class_imports(through_module, "ui.pages.x")) == [
        "4 imports cluster_desktop.models.Group", "4 imports cluster_desktop.models.Person"
    ]
    offences = [
        f"{path.relative_to(ROOT)}:{offence}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for offence in mapped_class_imports(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py")
    ]
    assert not offences, "ui/ must not import mapped ORM classes (enums and plain data are fine):\n" + "\n".join(offences)
