"""The record files of a repository, and a snapshot of their bytes."""

from __future__ import annotations

from pathlib import Path

from songlo_targets.paths import listing, relative
from songlo_targets.paths import record_files as classified


def record_files(root: Path) -> list[Path]:
    """Every YAML file of the records (examples starting with `_` too), in a stable order."""
    files = [root / f.path for f in classified(listing(root), examples=True)]
    return [f for f in files if f.is_file()]


def snapshot(root: Path) -> dict[str, bytes]:
    """Relative path -> bytes of every record file on disk."""
    return {relative(root, path): path.read_bytes() for path in record_files(root)}
