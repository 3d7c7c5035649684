"""The layout of a data repository (SPEC §2): the one module that knows where each file lives.

Finding the root (`--root`, `TARGETS_ROOT`, or the nearest folder upwards with targets.yaml),
the path of every kind of record file, and which kind a path is. Kept free of heavy imports:
every command, `--help` included, may need it.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

CONFIG_FILE = "targets.yaml"
UNITS_DIR = "units"
PEOPLE_DIR = "people"
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
RECORD_ROOTS = (CONFIG_FILE, UNITS_DIR, TARGETS_DIR, PEOPLE_DIR)

CONFIG, UNIT, YEAR, TASKS = "config", "unit", "year", "tasks"
PERSON = "person"


class NoRepository(Exception):
    """No data repository (a folder with targets.yaml) was found."""

    def __init__(self, start: Path) -> None:
        super().__init__(str(start))
        self.start = start


def find_root(explicit: Path | None = None, start: Path | None = None) -> Path:
    """``--root``, else ``TARGETS_ROOT``, else the nearest folder upwards with targets.yaml."""
    chosen = explicit or (Path(os.environ["TARGETS_ROOT"]) if os.environ.get("TARGETS_ROOT")
                          else None)
    # Any entry named targets.yaml marks the root (one that is no plain file is then reported
    # as `unsafe-file`, not taken for a missing repository).
    if chosen is not None:
        if os.path.lexists(chosen / CONFIG_FILE):
            return chosen.resolve()
        raise NoRepository(chosen)
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if os.path.lexists(folder / CONFIG_FILE):
            return folder
    raise NoRepository(here)


def relative(root: Path, path: Path) -> str:
    """A path as the diagnostics and the records show it: relative to the root, with `/`."""
    return path.relative_to(root).as_posix()


def unit_file(unit: str) -> str:
    return f"{UNITS_DIR}/{unit}{SUFFIX}"


def person_file(person: str) -> str:
    return f"{PEOPLE_DIR}/{person}{SUFFIX}"


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
    unit: str | None = None  # (a person file: the person's id)
    example: bool = False  # a name starting with `_` (but `_year.yaml`): not read as records

    def sort_key(self) -> tuple[int, int, int, str]:
        order = {CONFIG: 0, UNIT: 1, PERSON: 1, YEAR: 2, TASKS: 2}[self.kind]
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
    if len(parts) == 2 and parts[0] == PEOPLE_DIR:
        return RecordFile(path, PERSON, unit=stem, example=stem.startswith("_"))
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


class UnsafeFile(Exception):
    """A path of the repository is not a plain file (or a plain folder) where one is expected:
    a symlink, a FIFO, a device, a socket, or a folder. It is never followed nor opened."""

    def __init__(self, rel: str, kind: str) -> None:
        super().__init__(f"{rel}: {kind}")
        self.rel = rel
        self.kind = kind  # symlink | fifo | device | socket | folder | file


class FileTooLarge(Exception):
    """A file is larger than the limit it is read with; its size is known, its bytes unread."""

    def __init__(self, rel: str, size: int) -> None:
        super().__init__(f"{rel}: {size} bytes")
        self.rel = rel
        self.size = size


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "symlink"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "file"


def file_kind(root: Path, rel: str) -> str | None:
    """What ``rel`` is, looked at with ``lstat`` on every part of the path (nothing followed):
    ``file`` or ``folder`` for plain ones, ``symlink``, ``fifo``, ``device``, ``socket``, or
    None when it does not exist. A part of the path that is not a plain folder gives its own
    kind (a path through a symlinked folder is ``symlink``)."""
    here = root
    parts = PurePosixPath(rel).parts
    for index, part in enumerate(parts):
        here = here / part
        try:
            mode = os.lstat(here).st_mode
        except (FileNotFoundError, NotADirectoryError):
            return None
        except (OSError, ValueError):  # a name the system cannot take (NUL, too long)
            return None
        kind = _kind(mode)
        if index < len(parts) - 1 and kind != "folder":
            return kind if kind != "file" else None
    return _kind(mode) if parts else "folder"


def _open_folder(root: Path, parts: tuple[str, ...], rel: str) -> int:
    """A descriptor of the folder ``root/parts``, every part opened without following links."""
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        for part in parts:
            try:
                child = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW
                                | os.O_CLOEXEC, dir_fd=fd)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise UnsafeFile(rel, _kind(os.lstat(part, dir_fd=fd).st_mode)) from None
                raise
            os.close(fd)
            fd = child
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_bytes(root: Path, rel: str, limit: int) -> bytes:
    """The bytes of the repository file ``rel``, read safely (SPEC §8).

    Every part of the path is opened relative to the one before, never following a symlink;
    what is not a plain file (a symlink, FIFO, device, socket or folder) raises
    :class:`UnsafeFile` before it is opened for reading; a file over ``limit`` bytes raises
    :class:`FileTooLarge` before any byte is read; the read itself is bounded to ``limit``
    (a file growing meanwhile is cut, never read without end).
    """
    parts = PurePosixPath(rel).parts
    folder = _open_folder(root, parts[:-1], rel)
    try:
        mode = os.lstat(parts[-1], dir_fd=folder).st_mode
        if not stat.S_ISREG(mode):
            raise UnsafeFile(rel, _kind(mode))
        try:
            fd = os.open(parts[-1], os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC,
                         dir_fd=folder)
        except OSError as exc:
            if exc.errno == errno.ELOOP:  # replaced by a symlink since the lstat
                raise UnsafeFile(rel, "symlink") from None
            raise
    finally:
        os.close(folder)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile(rel, _kind(info.st_mode))
        if info.st_size > limit:
            raise FileTooLarge(rel, info.st_size)
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > limit:
            raise FileTooLarge(rel, max(len(data), info.st_size))
        return data
    finally:
        os.close(fd)


def _shown_as_is(name: str) -> bool:
    """Whether a file name read from the disk is text (not bytes that are no UTF-8)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass
class Listing:
    """The candidate record files on disk, and the parts of the layout that are not safe."""

    files: list[str]  # relative paths ending in .yaml, of any kind (each read safely later)
    unsafe: dict[str, str]  # relative path of a folder of the layout -> its kind


def scan(root: Path) -> Listing:
    """The relative paths of every candidate record file, found with ``lstat`` only: a folder
    of the layout (``units/``, ``people/``, ``targets/``, ``targets/<year>/``) that is a
    symlink or not a folder is listed as unsafe and never entered."""
    files: list[str] = []
    unsafe: dict[str, str] = {}
    if file_kind(root, CONFIG_FILE) is not None:
        files.append(CONFIG_FILE)

    def folder(rel: str) -> list[str]:
        kind = file_kind(root, rel)
        if kind in (None, "file"):  # absent, or a plain file the layout gives no meaning
            return []
        if kind != "folder":
            unsafe[rel] = kind
            return []
        try:
            fd = _open_folder(root, PurePosixPath(rel).parts, rel)
        except UnsafeFile as exc:  # changed since the lstat
            unsafe[rel] = exc.kind
            return []
        try:
            names = sorted(os.listdir(fd))  # noqa: PTH208 - a descriptor: no link is followed
        finally:
            os.close(fd)
        for name in names:
            if not _shown_as_is(name):  # bytes that are no UTF-8: no record, no path to show
                unsafe[f"{rel}/{name}"] = "name"
        return [name for name in names if _shown_as_is(name)]

    files += [f"{UNITS_DIR}/{name}" for name in folder(UNITS_DIR) if name.endswith(SUFFIX)]
    files += [f"{PEOPLE_DIR}/{name}" for name in folder(PEOPLE_DIR) if name.endswith(SUFFIX)]
    for name in folder(TARGETS_DIR):
        if YEAR_RE.fullmatch(name):
            year = f"{TARGETS_DIR}/{name}"
            files += [f"{year}/{n}" for n in folder(year) if n.endswith(SUFFIX)]
    return Listing(sorted(files), unsafe)


def listing(root: Path) -> list[str]:
    """The relative paths of every candidate record file on disk (see :func:`scan`)."""
    return scan(root).files


EVIDENCE = "evidence:"  # what `look` is asked about an evidence file: "evidence:NAME"


def look(root: Path, key: str) -> str | None:
    """What the disk says about ``key``. ``evidence:NAME``: what the evidence file NAME is in
    the repository (see :func:`file_kind`), None when it does not exist or lies outside (an
    absolute path, `..`, a backslash). Rules ask through their context, which notes the answer,
    so that a kept check result is reused only while every answer still holds."""
    if not key.startswith(EVIDENCE):
        raise ValueError(key)
    name = key[len(EVIDENCE):]
    if not name or Path(name).is_absolute() or "\\" in name or ".." in PurePosixPath(name).parts:
        return None
    return file_kind(root, name)
