"""Reading the record files of a repository into records: fast where it can, cached.

Each file is read by the fast path (:mod:`songlo_targets.read.fast`) when it can, else by the
reference path (:mod:`songlo_targets.read.yaml_tree` and :mod:`songlo_targets.read.validate`,
ruamel.yaml round-trip); both give the same records. The outcome of each file is kept in the cache
(:mod:`songlo_targets.read.cache`) under a digest of its path and bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from songlo_targets.diagnostics import Diagnostic, unsafe_file
from songlo_targets.i18n import N_
from songlo_targets.paths import (
    CONFIG,
    TASKS,
    UNIT,
    YEAR,
    FileTooLarge,
    UnsafeFile,
    read_bytes,
    record_files,
    relative,
    scan,
)
from songlo_targets.read import cache as cache_module
from songlo_targets.read.validate import validate
from songlo_targets.read.yaml_tree import MAX_BYTES, ReadResult, decode, read, too_large
from songlo_targets.records.collection import Records, Year
from songlo_targets.records.model import KEY_RE, Config, Task, TaskFile, Unit, YearMeta

# What a file kind reads as: the model of its document (task files: their tasks, one by one).
READ_ONLY = "read-only"
_MODELS: dict[str, type[Config] | type[Unit] | type[YearMeta]] = {
    CONFIG: Config, UNIT: Unit, YEAR: YearMeta}


class _Fallback(Exception):
    """The fast path steps aside: read this file with the reference path."""


def _fast(kind: str, rel: str, text: str, year: int, unit: str) -> Any:
    """The records of one file by the fast path (:mod:`fastread`), or raise _Fallback."""
    from pydantic import ValidationError

    from songlo_targets.read import fast as fastread

    tree = fastread.parse(text)
    if tree is None:
        raise _Fallback
    positions = fastread.FilePositions(rel, text)
    try:
        if kind in _MODELS:
            record = _MODELS[kind].model_validate(tree)
            fastread.attach_lazy(record, tree, positions)
            if isinstance(record, Unit):
                record._id = unit
            return record
        envelope = TaskFile.model_validate(tree)
        tasks = []
        for index, node in enumerate(envelope.tasks):
            task = Task.model_validate(node)
            fastread.attach_lazy(task, node, positions, ("tasks", index))
            task._year, task._unit = year, unit
            tasks.append(task)
        return tasks
    except ValidationError:
        raise _Fallback from None


def _reference(kind: str, rel: str, result: ReadResult, year: int, unit: str
               ) -> tuple[list[Diagnostic], Any]:
    """The records and problems of one file by the reference path (ruamel round-trip)."""
    tree = result.tree
    if kind == READ_ONLY or not result.ok:
        return [], None
    if kind in _MODELS:
        record, problems = validate(_MODELS[kind], tree, rel)
        if isinstance(record, Unit):
            record._id = unit
        return problems, record
    envelope, problems = validate(TaskFile, tree, rel)
    if envelope is None:
        return problems, None
    tasks = []
    for index, node in enumerate(envelope.tasks):
        ref_id = node.get("id") if isinstance(node, dict) else None
        ref = f"{year}/{unit}/{ref_id}" if isinstance(ref_id, str) else None
        task, found = validate(Task, node, rel, root=tree, prefix=("tasks", index), task=ref)
        problems += found
        if task is not None:
            task._year, task._unit = year, unit
            tasks.append(task)
    return problems, tasks


def read_file(kind: str, rel: str, data: bytes, year: int = 0, unit: str = "",
              fast: bool = True) -> tuple[str | None, list[Diagnostic], Any]:
    """(text, diagnostics, records) of one file: the fast path if it can, else the reference."""
    if fast and kind != READ_ONLY and len(data) <= MAX_BYTES:
        text, diagnostics = decode(rel, data)
        if text is not None:
            try:
                return text, diagnostics, _fast(kind, rel, text, year, unit)
            except _Fallback:
                pass
    result = read(rel, data)
    problems, value = _reference(kind, rel, result, year, unit)
    return result.text, result.diagnostics + problems, value


class Loader:
    def __init__(self, root: Path, cache: bool | None = None, fast: bool = True) -> None:
        self.records = Records(root=root)
        self.diagnostics: list[Diagnostic] = []
        self.fast = fast
        self.cache: Any = None
        self.unsafe_folders: dict[str, str] = {}
        if cache_module.enabled(cache):
            self.cache = cache_module.Cache(root)

    def data(self, path: Path) -> bytes:
        """The bytes of a record file, read safely: never through a link, size known first."""
        return read_bytes(self.records.root, relative(self.records.root, path), MAX_BYTES)

    def read(self, path: Path, kind: str, year: int = 0, unit: str = "") -> tuple[str, Any]:
        """Read one file (from the cache when it holds these bytes); keep its text."""
        rel = relative(self.records.root, path)
        self.records.files += 1
        try:
            data = self.data(path)
        except UnsafeFile as exc:
            self.diagnostics.append(unsafe_file(rel, exc.kind))
            return rel, None
        except FileTooLarge as exc:
            self.diagnostics.append(too_large(rel, exc.size))
            return rel, None
        text, diagnostics, value = self._cached(kind, rel, data, year, unit)
        if text is not None:
            self.records.texts[rel] = text
        elif len(data) <= MAX_BYTES:  # show the lines of an undecodable file as best we can
            self.records.texts[rel] = data.decode("utf-8", errors="replace")
        self.diagnostics += diagnostics
        return rel, value

    def _cached(self, kind: str, rel: str, data: bytes, year: int, unit: str
                ) -> tuple[str | None, list[Diagnostic], Any]:
        if self.cache is None:
            return read_file(kind, rel, data, year, unit, self.fast)
        from songlo_targets.read.fast import FilePositions

        name = self.cache.digest(f"{kind}:{rel}", data)
        text = decode(rel, data)[0] if len(data) <= MAX_BYTES else None
        positions: list[FilePositions] = []

        def load(token: Any) -> FilePositions:
            if token != "positions" or text is None:
                raise ValueError(token)
            if not positions:
                positions.append(FilePositions(rel, text))
            return positions[0]

        hit = self.cache.get(name, load)
        if isinstance(hit, tuple) and len(hit) == 2:
            return text, hit[0], hit[1]
        text, diagnostics, value = read_file(kind, rel, data, year, unit, self.fast)
        self.cache.put(name, (diagnostics, value),
                       lambda obj: "positions" if isinstance(obj, FilePositions) else None)
        return text, diagnostics, value

    def config(self, path: Path) -> None:
        _, config = self.read(path, CONFIG)
        self.records.config = config

    def bad_file_name(self, path: Path) -> None:
        """A unit or task file whose name is no unit id: read (for its lines), then refused."""
        rel, _ = self.read(path, READ_ONLY)
        self.diagnostics.append(Diagnostic(
            "invalid-value", rel, 1, 1,
            N_("the file name `{name}` is not a unit id: use lowercase letters, digits and "
               "single hyphens, like `duc-bac.yaml`"), {"name": path.name, "field": ""}))

    def unit(self, path: Path) -> None:
        if not KEY_RE.fullmatch(path.stem):
            self.bad_file_name(path)
            return
        _, unit = self.read(path, UNIT, unit=path.stem)
        self.records.unit_files.add(path.stem)
        if unit is not None:
            self.records.units[path.stem] = unit

    def year_file(self, year: Year, path: Path) -> None:
        rel, meta = self.read(path, YEAR, year.year)
        year.meta_path = rel
        year.meta = meta

    def task_file(self, year: Year, path: Path) -> None:
        unit = path.stem
        if not KEY_RE.fullmatch(unit):
            self.bad_file_name(path)
            return
        rel, tasks = self.read(path, TASKS, year.year, unit)
        year.task_paths[unit] = rel
        if tasks is not None:
            year.tasks.setdefault(unit, []).extend(tasks)

    def paths(self) -> list[str]:
        """The relative paths that may be record files (folders that are not safe aside)."""
        found = scan(self.records.root)
        self.unsafe_folders = found.unsafe
        return found.files

    def run(self) -> tuple[Records, list[Diagnostic]]:
        root = self.records.root
        for file in record_files(self.paths()):
            path = root / file.path
            if file.kind == CONFIG:
                self.config(path)
            elif file.kind == UNIT:
                self.unit(path)
            else:
                assert file.year is not None
                year = self.records.years.setdefault(file.year, Year(file.year))
                if file.kind == YEAR:
                    self.year_file(year, path)
                else:
                    self.task_file(year, path)
        self.diagnostics += [unsafe_file(rel, kind) for rel, kind in self.unsafe_folders.items()]
        if self.cache is not None:
            self.cache.prune()
        return self.records, self.diagnostics


class FilesLoader(Loader):
    """The same loading, from a mapping of path -> bytes (a git revision) instead of the disk."""

    def __init__(self, root: Path, files: Mapping[str, bytes], fast: bool = True) -> None:
        super().__init__(root, cache=False, fast=fast)
        self.files = files

    def data(self, path: Path) -> bytes:
        return self.files[relative(self.records.root, path)]

    def paths(self) -> list[str]:
        return list(self.files)
