"""The loader (SPEC §2): find the data repository, read every file, never stop at the first.

``load(root)`` returns the records that could be read and the diagnostics of every file that
could not: a bad file costs its own records, never the others'.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.model import KEY_RE, Config, Task, TaskFile, Unit, YearMeta
from songlo_targets.records import Records, Year
from songlo_targets.repository import CONFIG_FILE, NoRepository, find_root
from songlo_targets.validate import validate
from songlo_targets.yamlread import MAX_BYTES, read

YEAR_FILE = "_year.yaml"
YEAR_RE = re.compile(r"\d{4}")


def relative(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


class _Loader:
    def __init__(self, root: Path) -> None:
        self.records = Records(root=root)
        self.diagnostics: list[Diagnostic] = []

    def data(self, path: Path) -> bytes:
        return path.read_bytes()

    def read(self, path: Path) -> tuple[str, Any, bool]:
        rel = relative(self.records.root, path)
        data = self.data(path)
        result = read(rel, data)
        self.records.files += 1
        if result.text is not None:
            self.records.texts[rel] = result.text
        elif len(data) <= MAX_BYTES:  # show the lines of an undecodable file as best we can
            self.records.texts[rel] = data.decode("utf-8", errors="replace")
        self.diagnostics += result.diagnostics
        return rel, result.tree, result.ok

    def config(self, path: Path) -> None:
        rel, tree, ok = self.read(path)
        if ok:
            config, problems = validate(Config, tree, rel)
            self.records.config = config
            self.diagnostics += problems

    def unit(self, path: Path) -> None:
        rel, tree, ok = self.read(path)
        if not KEY_RE.fullmatch(path.stem):
            self.diagnostics.append(Diagnostic(
                "invalid-value", rel, 1, 1,
                N_("the file name `{name}` is not a unit id: use lowercase letters, digits and "
                   "single hyphens, like `duc-bac.yaml`"), {"name": path.name, "field": ""}))
            return
        self.records.unit_files.add(path.stem)
        if ok:
            unit, problems = validate(Unit, tree, rel)
            self.diagnostics += problems
            if unit is not None:
                unit._id = path.stem
                self.records.units[path.stem] = unit

    def year_file(self, year: Year, path: Path) -> None:
        rel, tree, ok = self.read(path)
        year.meta_path = rel
        if ok:
            meta, problems = validate(YearMeta, tree, rel)
            year.meta = meta
            self.diagnostics += problems

    def task_file(self, year: Year, path: Path) -> None:
        rel, tree, ok = self.read(path)
        unit = path.stem
        if not KEY_RE.fullmatch(unit):
            self.diagnostics.append(Diagnostic(
                "invalid-value", rel, 1, 1,
                N_("the file name `{name}` is not a unit id: use lowercase letters, digits and "
                   "single hyphens, like `duc-bac.yaml`"), {"name": path.name, "field": ""}))
            return
        year.task_paths[unit] = rel
        if not ok:
            return
        envelope, problems = validate(TaskFile, tree, rel)
        self.diagnostics += problems
        if envelope is None:
            return
        tasks = year.tasks.setdefault(unit, [])
        for index, node in enumerate(envelope.tasks):
            ref_id = node.get("id") if isinstance(node, dict) else None
            ref = f"{year.year}/{unit}/{ref_id}" if isinstance(ref_id, str) else None
            task, problems = validate(Task, node, rel, root=tree, prefix=("tasks", index),
                                      task=ref)
            self.diagnostics += problems
            if task is not None:
                task._year, task._unit = year.year, unit
                tasks.append(task)

    def run(self) -> tuple[Records, list[Diagnostic]]:
        root = self.records.root
        self.config(root / CONFIG_FILE)
        for path in sorted((root / "units").glob("*.yaml")):
            if not path.name.startswith("_"):
                self.unit(path)
        targets = root / "targets"
        folders = sorted(p for p in targets.iterdir() if p.is_dir()) if targets.is_dir() else []
        for folder in folders:
            if not YEAR_RE.fullmatch(folder.name):
                continue
            year = self.records.years.setdefault(int(folder.name), Year(int(folder.name)))
            if (folder / YEAR_FILE).is_file():
                self.year_file(year, folder / YEAR_FILE)
            for path in sorted(folder.glob("*.yaml")):
                if not path.name.startswith("_"):
                    self.task_file(year, path)
        return self.records, self.diagnostics


__all__ = ["CONFIG_FILE", "NoRepository", "find_root", "load"]


def load(root: Path) -> tuple[Records, list[Diagnostic]]:
    return _Loader(root).run()


class _FilesLoader(_Loader):
    """The same loading, from a mapping of path -> bytes (a git revision) instead of the disk."""

    def __init__(self, root: Path, files: Mapping[str, bytes]) -> None:
        super().__init__(root)
        self.files = files

    def data(self, path: Path) -> bytes:
        return self.files[relative(self.records.root, path)]

    def children(self, folder: str) -> list[str]:
        """Names of the ``*.yaml`` files directly in ``folder``, sorted."""
        prefix = folder + "/"
        return sorted(p[len(prefix):] for p in self.files
                      if p.startswith(prefix) and "/" not in p[len(prefix):]
                      and p.endswith(".yaml"))

    def run(self) -> tuple[Records, list[Diagnostic]]:
        root = self.records.root
        if CONFIG_FILE in self.files:
            self.config(root / CONFIG_FILE)
        for name in self.children("units"):
            if not name.startswith("_"):
                self.unit(root / "units" / name)
        folders = sorted({p.split("/")[1] for p in self.files
                          if p.startswith("targets/") and p.count("/") == 2})
        for name in folders:
            if not YEAR_RE.fullmatch(name):
                continue
            year = self.records.years.setdefault(int(name), Year(int(name)))
            folder = f"targets/{name}"
            if f"{folder}/{YEAR_FILE}" in self.files:
                self.year_file(year, root / folder / YEAR_FILE)
            for file in self.children(folder):
                if not file.startswith("_"):
                    self.task_file(year, root / folder / file)
        return self.records, self.diagnostics


def load_files(root: Path, files: Mapping[str, bytes]) -> tuple[Records, list[Diagnostic]]:
    """Load records from ``files`` (path relative to ``root`` -> bytes), e.g. of a git revision.

    ``root`` only anchors the paths; nothing is read from the disk.
    """
    return _FilesLoader(root, files).run()
