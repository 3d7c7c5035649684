"""The rendered reports on disk: compare them with what would be rendered, write what changed.

Writes are atomic (a temporary file in the same folder, flushed, then renamed) and touch only
the files whose bytes change; nothing is written through a symlinked folder (SPEC §8). The
tool deletes only files it wrote itself: each report folder keeps a manifest
(``.targets-manifest``: every file the tool wrote there, with its digest). A file of the
manifest that the rendering no longer makes (a unit that left) is stale and deleted, if it
still holds what the tool wrote; a file the tool did not write is never touched.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from songlo_targets.paths import UnsafeFile, file_kind, read_bytes
from songlo_targets.store.atomic import digest, refuse_links, write_bytes

MANIFEST = ".targets-manifest"
MAX_REPORT_BYTES = 256 * 1024 * 1024
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


def _manifest(out: Path) -> dict[str, str]:
    """The files the tool wrote into ``out``: relative path -> digest (empty if none)."""
    if file_kind(out, MANIFEST) != "file":
        return {}
    try:
        data = json.loads(read_bytes(out, MANIFEST, MAX_REPORT_BYTES))
        files = data["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    if not isinstance(files, dict):
        return {}
    return {rel: value for rel, value in files.items()
            if isinstance(rel, str) and isinstance(value, str) and _owned(rel)}


def _owned(rel: str) -> bool:
    """A path the tool may write in a report folder: a name, or a name in its folders."""
    parts = rel.split("/")
    return (len(parts) == 1 or (len(parts) == 2 and parts[0] in OWNED_FOLDERS)) \
        and all(part not in ("", ".", "..") for part in parts)


def _on_disk(out: Path, rel: str) -> bytes | None:
    """The bytes of a plain file of ``out``; None when there is none (a link is refused)."""
    kind = file_kind(out, rel)
    if kind is None:
        return None
    if kind != "file":
        raise UnsafeFile(rel, kind)
    return read_bytes(out, rel, MAX_REPORT_BYTES)


def _stale(out: Path, files: Mapping[str, str | bytes], formats: tuple[str, ...]) -> list[str]:
    found = []
    for rel, written in sorted(_manifest(out).items()):
        if rel in files or rel.rsplit(".", 1)[-1] not in formats:
            continue
        try:
            data = _on_disk(out, rel)
        except UnsafeFile:
            continue
        if data is not None and digest(data) == written:
            found.append(rel)
    return found


def compare(out: Path, files: Mapping[str, str | bytes], formats: tuple[str, ...]) -> Difference:
    """What differs between the rendered ``files`` and the folder ``out``."""
    diff = Difference(stale=_stale(out, files, formats))
    for rel, text in sorted(files.items()):
        try:
            data = _on_disk(out, rel)
        except UnsafeFile:
            data = b""  # differs: writing it is refused, and says why
        if data is None:
            diff.missing.append(rel)
        elif data != encode(text):
            diff.changed.append(rel)
    return diff


def write(out: Path, files: Mapping[str, str | bytes], formats: tuple[str, ...],
          root: Path | None = None) -> Difference:
    """Bring ``out`` in line with ``files``; returns what it changed.

    ``root``: the repository; an ``out`` inside it is reached through plain folders only.
    Raises :class:`UnsafeFile` (before writing anything) for a symlink on the way.
    """
    base = root if root is not None and out.is_relative_to(root) else out
    for rel in [*files, MANIFEST]:
        refuse_links(base, out / rel)
    diff = compare(out, files, formats)
    manifest = _manifest(out)
    for rel in [*diff.changed, *diff.missing]:
        write_bytes(out / rel, encode(files[rel]))
    manifest.update({rel: digest(encode(text)) or "" for rel, text in files.items()})
    for rel in diff.stale:
        (out / rel).unlink()
        manifest.pop(rel, None)
    text = json.dumps({"files": dict(sorted(manifest.items()))}, indent=1) + "\n"
    if _on_disk(out, MANIFEST) != encode(text):
        write_bytes(out / MANIFEST, encode(text))
    return diff
