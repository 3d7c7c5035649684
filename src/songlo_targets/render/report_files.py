"""The rendered reports on disk: compare them with what would be rendered, write what changed.

Writes are atomic (a temporary file in the same folder, flushed, then renamed) and touch only
the files whose bytes change. Files of the report folders that the rendering no longer makes
(a unit that left) are listed as stale; they are deleted only inside ``don-vi/`` and
``quyet-dinh/``, the folders the tool owns, and only for the formats being rendered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from songlo_targets.store.atomic_file import write_bytes

OWNED_FOLDERS = ("don-vi", "quyet-dinh")


@dataclass
class Difference:
    changed: list[str] = field(default_factory=list)  # differs from disk
    missing: list[str] = field(default_factory=list)  # not on disk yet
    stale: list[str] = field(default_factory=list)  # on disk, no longer rendered

    def paths(self) -> list[str]:
        return sorted([*self.changed, *self.missing, *self.stale])

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.stale)


def encode(content: str | bytes) -> bytes:
    """Text (Markdown, HTML) in UTF-8; documents (docx, pdf) as they are."""
    return content if isinstance(content, bytes) else content.encode("utf-8")


def _stale(out: Path, files: Mapping[str, str | bytes], formats: tuple[str, ...]) -> list[str]:
    found = []
    for folder in OWNED_FOLDERS:
        if not (out / folder).is_dir():
            continue
        for path in sorted((out / folder).iterdir()):
            rel = f"{folder}/{path.name}"
            if path.is_file() and path.suffix.lstrip(".") in formats and rel not in files:
                found.append(rel)
    return found


def compare(out: Path, files: Mapping[str, str | bytes], formats: tuple[str, ...]) -> Difference:
    """What differs between the rendered ``files`` and the folder ``out``."""
    diff = Difference(stale=_stale(out, files, formats))
    for rel, text in sorted(files.items()):
        path = out / rel
        if not path.is_file():
            diff.missing.append(rel)
        elif path.read_bytes() != encode(text):
            diff.changed.append(rel)
    return diff


def write(out: Path, files: Mapping[str, str | bytes], formats: tuple[str, ...]) -> Difference:
    """Bring ``out`` in line with ``files``; returns what it changed."""
    diff = compare(out, files, formats)
    for rel in [*diff.changed, *diff.missing]:
        write_bytes(out / rel, encode(files[rel]))
    for rel in diff.stale:
        (out / rel).unlink()
    return diff
