"""Keep the Qt Linguist files in step with the code.

    python tools/translations.py update    # collect new texts into resources/translations/*.ts
    python tools/translations.py release   # compile .ts → .qm (shipped with the program)
    python tools/translations.py check     # list texts still without a translation
    python tools/translations.py apply FILE.json   # update, fill in translations from FILE, release

FILE.json maps context → source text → {"kk": text, "ru": text}; a plural
(``%n``) text takes a list of forms instead (kk: 2, ru: 3, and "en": 2 — the
source texts are English, but «%n learner(s)» must read «1 learner», «420 learners»,
so English has a file of its own holding only the plural texts).  ``apply`` holds a
lock on the translation folder, so several people (or sessions) adding texts
at once do not overwrite each other's work.

Texts come from ``self.tr``/``translate`` in ui/ and main.py, and from the
core's ``QT_TRANSLATE_NOOP("Errors", …)`` marks in cluster_desktop/.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru")  # every text translated
PLURALS_ONLY = ("en",)  # the source language: only the %n texts, for their singular and plural forms
ALL = LANGUAGES + PLURALS_ONLY
SOURCE_DIRS = ("ui", "cluster_desktop")


def qt_tool(name: str) -> str:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"{name} not found beside PySide6 in {folder}")


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"cluster_desktop_{language}.ts"


def source_files() -> list[str]:
    files = [ROOT / "main.py"]
    for folder in SOURCE_DIRS:
        files.extend(sorted((ROOT / folder).rglob("*.py")))
    return [str(f.relative_to(ROOT)) for f in files if "migrations" not in f.parts]


def update(folder: Path = TRANSLATIONS) -> None:
    options = [qt_tool("lupdate"), "-locations", "none", "-no-obsolete", "-silent", *source_files()]
    targets = [str(ts_file(lang, folder)) for lang in LANGUAGES]
    subprocess.run([*options, "-ts", *targets], cwd=ROOT, check=True)
    plural_targets = [str(ts_file(lang, folder)) for lang in PLURALS_ONLY]
    subprocess.run([*options, "-pluralonly", "-ts", *plural_targets], cwd=ROOT, check=True)


def release(folder: Path = TRANSLATIONS, output: Path = TRANSLATIONS) -> None:
    for language in ALL:
        qm = output / f"cluster_desktop_{language}.qm"
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file(language, folder)), "-qm", str(qm)], check=True)


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """Every message of a .ts file by (context, source text)."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def unfinished(path: Path) -> list[tuple[str, str]]:
    missing = []
    for key, message in messages(path).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            missing.append(key)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        if not all(t and t.strip() for t in texts):
            missing.append(key)
    return missing


@contextlib.contextmanager
def locked(folder: Path = TRANSLATIONS) -> Iterator[None]:
    import fcntl  # POSIX only: adding translations is done on the developers' Linux machines

    # The lock lives outside the package folder, which ships whole (tests/core/test_packaging.py).
    with open(Path(tempfile.gettempdir()) / f"cluster-desktop-translations-{folder.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def fill(path: Path, language: str, texts: dict[str, dict[str, dict[str, str | list[str]]]]) -> list[str]:
    """Set the translations ``texts`` gives for ``language``; returns the keys not found in ``path``."""
    tree = ET.parse(path)
    found = set()
    for context in tree.getroot().iter("context"):
        wanted = texts.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source not in wanted or language not in wanted[source]:
                continue
            found.add((context.findtext("name"), source))
            value = wanted[source][language]
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if isinstance(value, list):
                translation.text = None
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return [
        f"[{c}] {s}" for c, by_source in texts.items() for s, by_language in by_source.items()
        if language in by_language and (c, s) not in found
    ]


def apply(source: Path) -> list[str]:
    texts = json.loads(source.read_text(encoding="utf-8"))
    with locked():
        update()
        missing: list[str] = []
        for language in ALL:
            missing += fill(ts_file(language), language, texts)
        update()
        release()
    return sorted(set(missing))


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "apply" and len(argv) > 2:
        for key in apply(Path(argv[2])):
            print(f"not in the code: {key}")
    elif command == "check":
        missing = {lang: unfinished(ts_file(lang)) for lang in ALL}
        for lang, keys in missing.items():
            for context, source in keys:
                print(f"{lang}: [{context}] {source}")
        return 1 if any(missing.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
