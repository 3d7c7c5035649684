"""The layout of a data repository (SPEC §2): the one module that knows where each file lives.

Finding the root (`--root`, `TARGETS_ROOT`, or the nearest folder upwards with targets.yaml),
the path of every kind of record file, and which kind a path is. Kept free of heavy imports:
every command, `--help` included, may need it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

CONFIG_FILE = "targets.yaml"
UNITS_DIR = "units"
TARGETS_DIR = "targets"
YEAR_FILE = "_year.yaml"
REPORTS_DIR = "reports"
TEMPLATES_DIR = "templates"
EVIDENCE_DIR = "evidence"
CACHE_DIR = ".targets-cache"
CODEOWNERS_FILE = ".github/CODEOWNERS"
SCHEMA_DIR = "schema"
SUFFIX = ".yaml"
YEAR_RE = re.compile(r"\d{4}")
# Everything a record file can be: these are read, written and cached.
RECORD_ROOTS = (CONFIG_FILE, UNITS_DIR, TARGETS_DIR)

CONFIG, UNIT, YEAR, TASKS = "config", "unit", "year", "tasks"


class NoRepository(Exception):
    """No data repository (a folder with targets.yaml) was found."""

    def __init__(self, start: Path) -> None:
        super().__init__(str(start))
        self.start = start


def find_root(explicit: Path | None = None, start: Path | None = None) -> Path:
    """``--root``, else ``TARGETS_ROOT``, else the nearest folder upwards with targets.yaml."""
    chosen = explicit or (Path(os.environ["TARGETS_ROOT"]) if os.environ.get("TARGETS_ROOT")
                          else None)
    if chosen is not None:
        if (chosen / CONFIG_FILE).is_file():
            return chosen.resolve()
        raise NoRepository(chosen)
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise NoRepository(here)


def relative(root: Path, path: Path) -> str:
    """A path as the diagnostics and the records show it: relative to the root, with `/`."""
    return path.relative_to(root).as_posix()


def unit_file(unit: str) -> str:
    return f"{UNITS_DIR}/{unit}{SUFFIX}"


def year_file(year: int) -> str:
    return f"{TARGETS_DIR}/{year}/{YEAR_FILE}"


def task_file(year: int, unit: str) -> str:
    return f"{TARGETS_DIR}/{year}/{unit}{SUFFIX}"


def reports_dir(root: Path, year: int) -> Path:
    return root / REPORTS_DIR / str(year)


@dataclass(frozen=True)
class RecordFile:
    """What a relative path holds: its kind, and the year and unit it belongs to."""

    path: str
    kind: str
    year: int | None = None
    unit: str | None = None
    example: bool = False  # a name starting with `_` (but `_year.yaml`): not read as records

    def sort_key(self) -> tuple[int, int, int, str]:
        order = {CONFIG: 0, UNIT: 1, YEAR: 2, TASKS: 2}[self.kind]
        return (order, self.year or 0, 0 if self.kind == YEAR else 1, self.path)


def classify(path: str) -> RecordFile | None:
    """The record file a relative path is, or None when the layout gives it no meaning."""
    if path == CONFIG_FILE:
        return RecordFile(path, CONFIG)
    parts = path.split("/")
    if not parts[-1].endswith(SUFFIX):
        return None
    stem = parts[-1][: -len(SUFFIX)]
    if len(parts) == 2 and parts[0] == UNITS_DIR:
        return RecordFile(path, UNIT, unit=stem, example=stem.startswith("_"))
    if len(parts) == 3 and parts[0] == TARGETS_DIR and YEAR_RE.fullmatch(parts[1]):
        year = int(parts[1])
        if parts[2] == YEAR_FILE:
            return RecordFile(path, YEAR, year=year)
        return RecordFile(path, TASKS, year=year, unit=stem, example=stem.startswith("_"))
    return None


def year_of(path: str) -> int | None:
    """The year a file of ``targets/<year>/`` belongs to; None for the files of every year."""
    found = classify(path)
    return found.year if found is not None else None


def record_files(paths: Iterable[str], examples: bool = False) -> list[RecordFile]:
    """The record files among ``paths`` (relative), in reading order: config, units, years."""
    found = (classify(p) for p in paths)
    return sorted((f for f in found if f is not None and (examples or not f.example)),
                  key=RecordFile.sort_key)


def listing(root: Path) -> list[str]:
    """The relative paths of every candidate record file on disk (not following folders that
    are symlinks out of the layout)."""
    out: list[str] = []
    if (root / CONFIG_FILE).exists() or (root / CONFIG_FILE).is_symlink():
        out.append(CONFIG_FILE)
    units = root / UNITS_DIR
    if units.is_dir():
        out += [f"{UNITS_DIR}/{p.name}" for p in units.iterdir() if p.name.endswith(SUFFIX)]
    targets = root / TARGETS_DIR
    if targets.is_dir():
        for folder in targets.iterdir():
            if YEAR_RE.fullmatch(folder.name) and folder.is_dir():
                out += [f"{TARGETS_DIR}/{folder.name}/{p.name}" for p in folder.iterdir()
                        if p.name.endswith(SUFFIX)]
    return sorted(out)


EVIDENCE = "evidence:"  # what `look` is asked about an evidence file: "evidence:NAME"


def look(root: Path, key: str) -> bool:
    """What the disk says about ``key``; ``evidence:NAME``: whether NAME is a file of the
    repository (never one outside it). Rules ask through their context, which notes the
    answer, so that a kept check result is reused only while every answer still holds."""
    if not key.startswith(EVIDENCE):
        raise ValueError(key)
    base = root.resolve()
    name = key[len(EVIDENCE):]
    if not name or Path(name).is_absolute() or "\\" in name:
        return False
    target = (base / name).resolve()
    return target.is_relative_to(base) and target.is_file()
