"""The record files of a repository, and a snapshot of their bytes."""

from __future__ import annotations

from pathlib import Path

from songlo_targets.paths import FileTooLarge, UnsafeFile, listing, read_bytes, relative
from songlo_targets.paths import record_files as classified
from songlo_targets.read.yaml_tree import MAX_BYTES


def record_files(root: Path) -> list[Path]:
    """Every YAML file of the records (examples starting with `_` too), in a stable order."""
    return [root / f.path for f in classified(listing(root), examples=True)]


def snapshot(root: Path) -> dict[str, bytes]:
    """Relative path -> bytes of every record file on disk that can be read safely (a link, a
    pipe or an oversized file is left out: loading the disk reports it)."""
    found = {}
    for path in record_files(root):
        rel = relative(root, path)
        try:
            found[rel] = read_bytes(root, rel, MAX_BYTES)
        except (UnsafeFile, FileTooLarge):
            continue
    return found
