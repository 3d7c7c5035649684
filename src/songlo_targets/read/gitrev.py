"""Record files at a git revision, read with the `git` command (SPEC §7).

Two processes whatever the size of the repository: ``git ls-tree`` lists the record files of
the revision, ``git cat-file --batch`` reads all their blobs. Works in shallow clones (as in
CI) as long as the revision itself was fetched. Paths are relative to the data repository's
root, which may be a folder inside the git work tree.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

from songlo_targets.errors import RepositoryError
from songlo_targets.i18n import N_

if TYPE_CHECKING:
    from songlo_targets.diagnostics import Diagnostic
    from songlo_targets.records.collection import Records

RECORD_PATHS = ("targets.yaml", "units", "targets")


def _git(root: Path, *args: str, data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(root), *args], input=data,
                              capture_output=True, check=False)
    except FileNotFoundError:
        raise RepositoryError(N_("the `git` command is not installed: --against and `targets "
                                 "diff` need it")) from None


def _first_line(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace").strip()
    return text.splitlines()[0] if text else ""


def resolve(root: Path, ref: str) -> str:
    """The commit id of ``ref``; a revision that does not exist is a one-line error (exit 3)."""
    inside = _git(root, "rev-parse", "--is-inside-work-tree")
    if inside.returncode != 0:
        raise RepositoryError(N_("{root} is not inside a git repository: cannot read the "
                                 "revision `{ref}`"), root=root, ref=ref)
    found = _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options",
                 f"{ref}^{{commit}}")
    if found.returncode != 0 or not found.stdout.strip():
        raise RepositoryError(N_("the git revision `{ref}` does not exist here (in a shallow "
                                 "clone, fetch it first, e.g. `git fetch --depth=1 origin "
                                 "{ref}`)"), ref=ref)
    return found.stdout.decode("ascii").strip()


def _prefix(root: Path) -> str:
    """The data repository's folder inside the git work tree (`` or `data/`)."""
    shown = _git(root, "rev-parse", "--show-prefix")
    return shown.stdout.decode("utf-8").strip()


def _list(root: Path, commit: str, prefix: str) -> list[tuple[str, str]]:
    """(object id, path relative to root) of every blob under the record paths."""
    listed = _git(root, "ls-tree", "-r", "-z", "--full-tree", commit, "--",
                  *(prefix + p for p in RECORD_PATHS))
    if listed.returncode != 0:
        raise RepositoryError(N_("git could not list the files of `{ref}`: {error}"),
                              ref=commit, error=_first_line(listed.stderr))
    found = []
    for entry in listed.stdout.split(b"\0"):
        if not entry:
            continue
        meta, _tab, raw_path = entry.partition(b"\t")
        _mode, kind, oid = meta.decode("ascii").split()
        path = raw_path.decode("utf-8", "surrogateescape")
        if kind == "blob" and path.startswith(prefix):
            found.append((oid, path[len(prefix):]))
    return found


def _read_blobs(root: Path, oids: list[str]) -> list[bytes]:
    """The contents of ``oids``, in order, from one `git cat-file --batch` process."""
    if not oids:
        return []
    batch = _git(root, "cat-file", "--batch", data="".join(o + "\n" for o in oids).encode())
    if batch.returncode != 0:
        raise RepositoryError(N_("git could not read the files of the revision: {error}"),
                              error=_first_line(batch.stderr))
    out, position, blobs = batch.stdout, 0, []
    for oid in oids:
        end = out.index(b"\n", position)
        header = out[position:end].decode("ascii").split()
        if len(header) != 3 or header[0] != oid:
            raise RepositoryError(N_("git could not read the object {oid}"), oid=oid)
        size = int(header[2])
        blobs.append(out[end + 1:end + 1 + size])
        position = end + 1 + size + 1  # the blob is followed by a newline
    return blobs


def files_at(root: Path, ref: str) -> dict[str, bytes]:
    """Every record file of the revision ``ref``: path relative to ``root`` -> bytes."""
    commit = resolve(root, ref)
    listed = _list(root, commit, _prefix(root))
    blobs = _read_blobs(root, [oid for oid, _path in listed])
    return {path: blob for (_oid, path), blob in zip(listed, blobs, strict=True)}


def load_revision(root: Path, ref: str) -> tuple[Records, list[Diagnostic]]:
    """The records of the data repository at ``root`` as they were at the git revision ``ref``."""
    from songlo_targets.read.loader import load_files

    return load_files(root, files_at(root, ref))
