"""Developer tools for the message catalogs (``make messages``): compile and audit.

``python -m songlo_targets.i18n_tools`` compiles every ``.po`` to ``.mo`` and lists the
messages of the code that no catalog translates. The tests call :func:`audit` too.
Needs Babel (a dev dependency); the tool itself only reads the compiled ``.mo`` files.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from songlo_targets.i18n import LOCALE_DIR

PACKAGE_DIR = Path(__file__).parent
KEYWORDS = {"_": None, "N_": None, "_n": (1, 2), "_p": ((1, "c"), 2),
            "NP_": ((1, "c"), 2)}


@dataclass
class Audit:
    missing: list[str]  # used in the code, translated by no catalog
    untranslated: list[str]  # in a catalog with an empty or fuzzy translation


def _key(message: str | tuple[str, ...] | list[str], context: str | None) -> str:
    """A message as the audit names it: its id, after its context where it has one
    (``[status] Done``: the glossary's labels are told apart by their context)."""
    text = message if isinstance(message, str) else message[0]
    return f"[{context}] {text}" if context else text


def code_messages() -> set[str]:
    found: set[str] = set()
    for _file, _line, message, _comments, context in extract_from_dir(
        str(PACKAGE_DIR), method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        found.add(_key(message, context))
    return found


def read_catalogs(language: str = "vi") -> dict[Path, Catalog]:
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    catalogs = {}
    for po in sorted(folder.glob("*.po")):
        with po.open("rb") as handle:
            catalogs[po] = read_po(handle, locale=language)
    return catalogs


def audit(language: str = "vi") -> Audit:
    translated: set[str] = set()
    untranslated: list[str] = []
    for catalog in read_catalogs(language).values():
        for message in catalog:
            if not message.id:
                continue
            key = _key(message.id, message.context)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if message.fuzzy or not all(strings):
                untranslated.append(key)
            else:
                translated.add(key)
    missing = sorted(code_messages() - translated - set(untranslated))
    return Audit(missing=missing, untranslated=sorted(untranslated))


def compile_all(language: str = "vi") -> list[Path]:
    written = []
    for po, catalog in read_catalogs(language).items():
        mo = po.with_suffix(".mo")
        with mo.open("wb") as handle:
            write_mo(handle, catalog)
        written.append(mo)
    return written


def main() -> int:
    for mo in compile_all():
        print(f"compiled {mo.relative_to(PACKAGE_DIR)}")
    result = audit()
    for message in result.missing:
        print(f"missing translation: {message!r}", file=sys.stderr)
    for message in result.untranslated:
        print(f"empty or fuzzy translation: {message!r}", file=sys.stderr)
    return 1 if result.missing or result.untranslated else 0


if __name__ == "__main__":
    sys.exit(main())
