"""Putting bytes on disk safely: one writer at a time, no half-written file, no lost edit.

* :func:`repository_lock` holds ``.targets.lock`` in the root (created with ``O_EXCL``) while a
  command writes; a second writer is refused, and a lock left by a dead process is taken over.
* :func:`replace_files` first writes every new content to a temporary file in the same folder
  (flushed and fsynced), then checks that no file changed on disk since it was read, then
  renames each temporary file over its target. An interruption before the renames leaves every
  original untouched; temporary files are removed on any failure.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from songlo_targets.errors import TargetsError
from songlo_targets.i18n import N_

LOCK_NAME = ".targets.lock"


class WriteRefused(TargetsError):
    """Another writer holds the repository, or a file changed under us: nothing was written."""


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


@contextlib.contextmanager
def repository_lock(root: Path) -> Iterator[None]:
    lock = root / LOCK_NAME
    for _attempt in range(2):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            break
        except FileExistsError:
            try:
                holder = int(lock.read_text(encoding="ascii").strip() or "0")
            except (OSError, ValueError):
                holder = 0
            if holder and not _alive(holder):
                with contextlib.suppress(FileNotFoundError):
                    lock.unlink()  # left by a process that died: take it over
                continue
            raise WriteRefused(
                N_("another `targets` command is writing the records (lock file {lock}, "
                   "process {pid}); nothing was written: try again when it has finished, or "
                   "delete {lock} if no such command is running"),
                lock=LOCK_NAME, pid=holder or "?") from None
    else:
        raise WriteRefused(N_("could not take the lock file {lock}; nothing was written"),
                           lock=LOCK_NAME)
    try:
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        os.close(fd)
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            lock.unlink()


@dataclass(frozen=True)
class Pending:
    """A file to write: its new bytes and the digest of what was read (None: a new file)."""

    content: bytes
    read_digest: str | None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_temporary(target: Path, content: bytes) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        temporary.chmod(mode)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _current_digest(target: Path) -> str | None:
    try:
        return digest(target.read_bytes())
    except FileNotFoundError:
        return None


def replace_files(root: Path, files: Mapping[str, Pending]) -> list[str]:
    """Write ``files`` (relative path -> pending) atomically; return the paths written."""
    temporaries: dict[str, Path] = {}
    try:
        for rel, pending in files.items():
            temporaries[rel] = _write_temporary(root / rel, pending.content)
        changed = [rel for rel, pending in files.items()
                   if _current_digest(root / rel) != pending.read_digest]
        if changed:
            raise WriteRefused(
                N_("{files} changed on disk since it was read (another program or person "
                   "edited it); nothing was written: run the command again"),
                files=", ".join(sorted(changed)))
        for rel, temporary in list(temporaries.items()):
            temporary.replace(root / rel)
            del temporaries[rel]
            _sync_folder((root / rel).parent)
    finally:
        for temporary in temporaries.values():
            temporary.unlink(missing_ok=True)
    return list(files)


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
