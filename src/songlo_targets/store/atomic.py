"""Putting bytes on disk safely (SPEC §8): the one writer of the tool.

* :func:`write_bytes` / :func:`write_text` replace one output file (a report, a schema,
  CODEOWNERS, an export): a temporary file in the same folder, flushed and fsynced, renamed.
* :func:`replace_files` replaces several record files all or nothing, through a journal:

  1. every new content goes to a temporary file next to its target (flushed, fsynced); the
     targets are checked to be unchanged since they were read, and writable;
  2. the journal ``.targets-journal`` (the list of planned renames) is written atomically: from
     this moment the change is decided;
  3. each temporary file is renamed over its target, then the journal is removed.

  A kill before step 2 leaves every record as it was (and temporary files that the next command
  removes); a kill during step 3 leaves a journal whose remaining renames the next command
  completes (:func:`recover`), since every temporary file it names is complete. Either way the
  records are as before or as after, never a mix.
* :func:`repository_lock` holds ``.targets.lock`` in the root (created with ``O_EXCL``) while a
  command writes; a second writer is refused, and a lock left by a dead process is taken over.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from songlo_targets.errors import EXIT_RECORDS, TargetsError
from songlo_targets.i18n import N_
from songlo_targets.paths import (
    CODEOWNERS_FILE,
    PEOPLE_DIR,
    REPORTS_DIR,
    SCHEMA_DIR,
    TARGETS_DIR,
    UNITS_DIR,
    YEAR_RE,
    file_kind,
)

LOCK_NAME = ".targets.lock"
JOURNAL_NAME = ".targets-journal"
TEMPORARY_SUFFIX = ".targets-tmp"
# Temporary files of this tool: `.NAME.PID-TOKEN.targets-tmp` (PID: the process writing it),
# and those of older versions (`.NAME.XXXXXXXX.tmp`, from tempfile.mkstemp).
_TEMPORARY = re.compile(r"\..+\.(?:(?P<pid>[0-9]+)-[0-9a-f]{16}\.targets-tmp|[A-Za-z0-9_]{8}\.tmp)")
_OLD_TEMPORARY_AGE = 600  # seconds: an old-style temporary file this old is left by a dead run


class WriteRefused(TargetsError):
    """Another writer holds the repository, or a file changed under us: nothing was written."""

    exit_code = EXIT_RECORDS


def digest(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _take_lock(root: Path) -> int | None:
    """The descriptor of a new lock file, or None when a live process holds the lock."""
    lock = root / LOCK_NAME
    for _attempt in range(2):
        try:
            return os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW, 0o644)
        except FileExistsError:
            try:
                holder = int(lock.read_text(encoding="ascii").strip() or "0")
            except (OSError, ValueError):
                holder = 0
            if holder and not _alive(holder):
                with contextlib.suppress(FileNotFoundError):
                    lock.unlink()  # left by a process that died: take it over
                continue
            return None
    return None


def _lock_holder(root: Path) -> str:
    try:
        return (root / LOCK_NAME).read_text(encoding="ascii").strip() or "?"
    except OSError:
        return "?"


@contextlib.contextmanager
def repository_lock(root: Path) -> Iterator[None]:
    fd = _take_lock(root)
    if fd is None:
        raise WriteRefused(
            N_("another `targets` command is writing the records (lock file {lock}, "
               "process {pid}); nothing was written: try again when it has finished, or "
               "delete {lock} if no such command is running"),
            lock=LOCK_NAME, pid=_lock_holder(root))
    try:
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        os.close(fd)
        recover(root, locked=True)
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            (root / LOCK_NAME).unlink()


@dataclass(frozen=True)
class Pending:
    """A file to write: its new bytes and the digest of what was read (None: a new file)."""

    content: bytes
    read_digest: str | None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temporary_path(target: Path) -> Path:
    return target.parent / (f".{target.name}.{os.getpid()}-{secrets.token_hex(8)}"
                            f"{TEMPORARY_SUFFIX}")


def _write_temporary(target: Path, content: bytes) -> Path:
    """``content`` in a new temporary file next to ``target``, flushed to the disk."""
    temporary = _temporary_path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
                     | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        if exc.errno is None or exc.filename is not None:
            raise
        raise OSError(exc.errno, exc.strerror, str(target)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            mode = os.lstat(target).st_mode & 0o777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        temporary.chmod(mode)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno is not None and exc.filename is None:
            # a full disk names no file: name the one being written
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        raise
    return temporary


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_bytes(path: Path, data: bytes, root: Path | None = None) -> None:
    """Replace ``path`` with ``data`` so that readers see the old file or the new, never half.

    ``root``: the repository ``path`` lies in; then no part of the path below the root may be a
    symlink (:class:`songlo_targets.paths.UnsafeFile`), so nothing is written outside it.
    """
    if root is not None:
        refuse_links(root, path)
    temporary = _write_temporary(path, data)
    try:
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def write_text(path: Path, text: str, root: Path | None = None) -> None:
    """UTF-8, with the line endings as given."""
    write_bytes(path, text.encode("utf-8"), root)


def refuse_links(root: Path, path: Path) -> None:
    """Raise :class:`UnsafeFile` when a part of ``path`` below ``root`` is not a plain folder
    (or, for the last part, not a plain file)."""
    from songlo_targets.paths import UnsafeFile

    try:
        rel = path.relative_to(root)
    except ValueError:
        return  # a path the user named (--out): theirs to choose
    parts = rel.parts
    for index in range(1, len(parts) + 1):
        sub = "/".join(parts[:index])
        kind = file_kind(root, sub)
        last = index == len(parts)
        if kind is None:
            return
        if kind not in (("file",) if last else ("folder",)):
            raise UnsafeFile(sub, kind)


def _current_digest(target: Path) -> str | None:
    try:
        return digest(target.read_bytes())
    except FileNotFoundError:
        return None


def _check_writable(target: Path) -> None:
    """A write-protected record (no write permission, or no write bit at all, which stops
    even the administrator) is not replaced behind its owner's back, as a rename could."""
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    if not os.access(target, os.W_OK) or not mode & 0o222:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))


def replace_files(root: Path, files: Mapping[str, Pending]) -> list[str]:
    """Write ``files`` (relative path -> pending) all or nothing; return the paths written."""
    temporaries: dict[str, Path] = {}
    journal = root / JOURNAL_NAME
    try:
        for rel, pending in files.items():
            refuse_links(root, root / rel)
            _check_writable(root / rel)
            temporaries[rel] = _write_temporary(root / rel, pending.content)
        changed = [rel for rel, pending in files.items()
                   if _current_digest(root / rel) != pending.read_digest]
        if changed:
            raise WriteRefused(
                N_("{files} changed on disk since it was read (another program or person "
                   "edited it); nothing was written: run the command again"),
                files=", ".join(sorted(changed)))
        plan = [{"target": rel, "temporary": temporaries[rel].name} for rel in files]
        write_bytes(journal, json.dumps({"renames": plan}, indent=1).encode("utf-8"))
        # From here the change is decided: the temporary files belong to the journal, and
        # whatever stops the renames (a kill, a fault), the next command completes them.
        temporaries.clear()
        _complete(root, plan)
        journal.unlink()
        _sync_folder(root)
    finally:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
    return list(files)


def _complete(root: Path, plan: list[dict[str, str]]) -> None:
    """Do the renames of a journal that are not done yet (a missing temporary file is one that
    was renamed already)."""
    folders = set()
    for entry in plan:
        target = root / entry["target"]
        temporary = target.parent / entry["temporary"]
        if temporary.exists():
            temporary.replace(target)
            folders.add(target.parent)
    for folder in folders:
        _sync_folder(folder)


class Recovery(TargetsError):
    """An interrupted change could not be completed."""

    exit_code = EXIT_RECORDS


def interrupted(root: Path) -> bool:
    """Whether an interrupted command left a journal there (:func:`recover` completes it)."""
    journal = root / JOURNAL_NAME
    return journal.exists() or journal.is_symlink()


def recover(root: Path, locked: bool = False) -> list[str]:
    """Finish what an interrupted command left (SPEC §8): complete the renames of its journal,
    then remove the temporary files of runs that died. A journal is left alone while a live
    command holds the lock (it is that command's own). Returns the records completed."""
    journal = root / JOURNAL_NAME
    done: list[str] = []
    if interrupted(root):
        fd = None if locked else _take_lock(root)
        if not locked and fd is None:
            return []
        try:
            if fd is not None:
                os.write(fd, f"{os.getpid()}\n".encode("ascii"))
                os.close(fd)
            try:
                plan = _read_plan(journal)
            except (OSError, ValueError, KeyError, TypeError):
                raise Recovery(N_("the journal {journal} of an interrupted change cannot be "
                                  "read; nothing was changed: look at the records with `git "
                                  "status`, then delete {journal}"),
                               journal=JOURNAL_NAME) from None
            for entry in plan:  # a journal planted in a pull request leads nowhere outside
                refuse_links(root, root / entry["target"])
            _complete(root, plan)
            done = [entry["target"] for entry in plan]
            journal.unlink()
            _sync_folder(root)
        finally:
            if fd is not None:
                with contextlib.suppress(FileNotFoundError):
                    (root / LOCK_NAME).unlink()
    for path in _stale_temporaries(root):
        path.unlink(missing_ok=True)
    holder = _lock_holder(root)
    if holder.isdigit() and not _alive(int(holder)):  # the lock of a run that died
        with contextlib.suppress(FileNotFoundError):
            (root / LOCK_NAME).unlink()
    return done


def _read_plan(journal: Path) -> list[dict[str, str]]:
    data = json.loads(journal.read_text(encoding="utf-8"))
    plan = data["renames"]
    for entry in plan:
        for key in ("target", "temporary"):
            value = entry[key]
            if not isinstance(value, str) or ".." in Path(value).parts or value.startswith("/"):
                raise ValueError(value)
        if "/" in entry["temporary"] or not _TEMPORARY.fullmatch(entry["temporary"]):
            raise ValueError(entry["temporary"])
    return [{"target": e["target"], "temporary": e["temporary"]} for e in plan]


def _write_folders(root: Path) -> list[Path]:
    """The folders this tool writes into (plain folders only: never through a link)."""
    candidates = ["", UNITS_DIR, PEOPLE_DIR, TARGETS_DIR, SCHEMA_DIR,
                  CODEOWNERS_FILE.rsplit("/", 1)[0]]
    for parent in (TARGETS_DIR, REPORTS_DIR):
        if file_kind(root, parent) == "folder":
            for name in sorted(os.listdir(root / parent)):  # noqa: PTH208 - names only
                if YEAR_RE.fullmatch(name):
                    candidates.append(f"{parent}/{name}")
                    if parent == REPORTS_DIR:
                        candidates += [f"{parent}/{name}/don-vi", f"{parent}/{name}/quyet-dinh"]
    return [root / rel for rel in candidates if file_kind(root, rel) == "folder"]


def _stale_temporaries(root: Path) -> list[Path]:
    """The temporary files of runs that died (a live run's own are not stale)."""
    import time

    found = []
    for folder in _write_folders(root):
        with contextlib.suppress(OSError):
            for name in os.listdir(folder):  # noqa: PTH208 - names only
                if not name.startswith("."):  # (cheap first: a folder may hold 100,000 names)
                    continue
                match = _TEMPORARY.fullmatch(name)
                if match is None or file_kind(folder, name) != "file":
                    continue
                pid = match.group("pid")
                if pid is not None:
                    if int(pid) == os.getpid() or _alive(int(pid)):
                        continue
                elif time.time() - os.lstat(folder / name).st_mtime < _OLD_TEMPORARY_AGE:
                    continue
                found.append(folder / name)
    return sorted(found)
