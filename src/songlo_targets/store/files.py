"""The record files of a repository, and a snapshot of their bytes."""

from __future__ import annotations

from pathlib import Path

from songlo_targets.loader import YEAR_RE, relative
from songlo_targets.repository import CONFIG_FILE


def record_files(root: Path) -> list[Path]:
    """Every YAML file of the records (examples starting with `_` too), in a stable order."""
    files = [root / CONFIG_FILE, *sorted((root / "units").glob("*.yaml"))]
    targets = root / "targets"
    if targets.is_dir():
        for folder in sorted(p for p in targets.iterdir() if p.is_dir()):
            if YEAR_RE.fullmatch(folder.name):
                files += sorted(folder.glob("*.yaml"))
    return [f for f in files if f.is_file()]


def snapshot(root: Path) -> dict[str, bytes]:
    """Relative path -> bytes of every record file on disk."""
    return {relative(root, path): path.read_bytes() for path in record_files(root)}
