"""The tool's own cache of a repository (SPEC §8): ONE signed file in ``.targets-cache/``.

``.targets-cache/records.cache`` holds, for every record file read, a digest of its bytes and
what reading it gave (its diagnostics, and its valid records as the JSON text the records model
validates), and, for ``targets check``, the last result of the rules with what it depended on
(the digests of all files, the date, the evidence files looked at). A file whose digest
changed is simply read again; a check whose inputs changed is run again.

It is written with msgpack (data only: no format here can run code when read) and signed with a
keyed BLAKE2 under a random key kept beside it (``.targets-cache/key``, created on first use)
and bound to that key file's own identity (device, inode, creation time): a corrupt,
truncated, foreign or planted cache — one committed by a pull request, even with the key that
signed it — fails the signature and is ignored, so it can never hide a fault. Nothing is read
or written outside the repository (SPEC §8). The folder keeps a ``.gitignore`` of its own
(``*``), so git does not see it. A cache folder that is a symbolic link, or not a folder, is
never used: nothing is read from or written through it. The cache file is written to a
temporary file in the folder and renamed into place (two runs at once never see half of it);
nothing else in the folder is touched. Anything that goes wrong with the cache only costs
speed, and ``--no-cache`` (or ``TARGETS_NO_CACHE=1``) gives the same result.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

FOLDER = ".targets-cache"
NAME = "records.cache"
IGNORE = ".gitignore"
FORMAT = b"songlo-targets cache 2"
_SIGNATURE = 32


def enabled(requested: bool | None) -> bool:
    """``requested`` if given, else on unless ``TARGETS_NO_CACHE`` is set to a true value."""
    if requested is not None:
        return requested
    return os.environ.get("TARGETS_NO_CACHE", "").strip().lower() in ("", "0", "false", "no")


def digest(data: bytes) -> bytes:
    """The digest of a file's bytes, as the cache keys it."""
    return hashlib.blake2b(data, digest_size=20).digest()


def manifest(files: Iterable[tuple[str, bytes]]) -> bytes:
    """One digest of every (path, digest of its bytes) of a repository, in the order given."""
    h = hashlib.blake2b(digest_size=20)
    for path, file_digest in files:
        h.update(path.encode("utf-8") + b"\0" + file_digest)
    return h.digest()


KEY = "key"  # the cache's signing key, in the cache folder (SPEC §8: nothing outside the root)


def _identity(found: os.stat_result) -> bytes:
    """What makes this very key file: the device and inode it was created on, and when.

    A clone, a copy or a checkout makes a new file: a key and a cache committed by a pull
    request (``git add -f``) never have the identity they were signed under, so the cache
    they sign fails its signature where they are checked out and is ignored."""
    return b"%d:%d:%d" % (found.st_dev, found.st_ino, found.st_ctime_ns)


def _read_key(folder: int) -> bytes | None:
    """The key of the cache folder (opened without following links), bound to its file's
    identity; None when there is none (or it is not a plain file of 32 bytes)."""
    try:
        handle = os.open(KEY, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=folder)
    except OSError:
        return None
    try:
        found = os.fstat(handle)
        if not stat.S_ISREG(found.st_mode) or found.st_size != 32:
            return None
        data = os.read(handle, 33)
    except OSError:
        return None
    finally:
        os.close(handle)
    if len(data) != 32:
        return None
    return hashlib.blake2b(_identity(found), key=data, digest_size=32).digest()


def _new_key(folder: int) -> bytes | None:
    """Create the folder's key (another run may have just done so: then use that one)."""
    temporary = f".tmp-key-{secrets.token_hex(8)}"
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW,
                         0o600, dir_fd=folder)
        with os.fdopen(handle, "wb") as out:
            out.write(secrets.token_bytes(32))
        try:
            os.link(temporary, KEY, src_dir_fd=folder, dst_dir_fd=folder,
                    follow_symlinks=False)  # (never over an existing key)
        except FileExistsError:
            pass
        finally:
            os.unlink(temporary, dir_fd=folder)
    except OSError:
        return None
    return _read_key(folder)


def _salt() -> bytes:
    import pydantic_core

    from songlo_targets import __version__

    return b"\0".join([FORMAT, __version__.encode(), pydantic_core.__version__.encode()])


class Entry:
    """What reading one file gave: its diagnostics, and its valid records as JSON.

    ``document``: the JSON text of the file's document (a task file: ``{"tasks": [...]}`` of
    its valid tasks), or None when it gave no record; ``indices``: for a task file some of whose
    tasks are invalid, the place in the file of each task kept (None: all of them, in order).
    An entry read from the cache file takes its document from it when asked (no copy kept).
    """

    __slots__ = ("_document", "_span", "diagnostics", "digest", "indices")

    def __init__(self, digest: bytes, diagnostics: list[Any], document: bytes | None,
                 indices: list[int] | None = None,
                 span: tuple[memoryview, int, int] | None = None) -> None:
        self.digest = digest
        self.diagnostics = diagnostics  # as reader.plain_diagnostic gives them
        self.indices = indices
        self._document = document
        self._span = span

    @property
    def document(self) -> bytes | None:
        if self._span is None:
            return self._document
        blob, start, length = self._span
        return bytes(blob[start:start + length])

    def _view(self) -> memoryview | bytes | None:
        if self._span is None:
            return self._document
        blob, start, length = self._span
        return blob[start:start + length]


class Cache:
    """The cache of one repository: read once when opened, written once by :meth:`save`."""

    def __init__(self, root: Path) -> None:
        self.folder = root / FOLDER
        self.secret: bytes | None = None  # the folder's key, bound to its file (_read_key)
        self.salt = _salt()
        self.old: dict[str, Entry] = {}
        self.files: dict[str, Entry] = {}  # the entries of this run
        self.check: list[Any] | None = None  # [inputs, result] of the last check
        self._check_changed = False
        self._read()

    # -- reading ---------------------------------------------------------------------------

    def _folder_fd(self, create: bool) -> int | None:
        """The folder, opened without following a symbolic link; None when it is unusable."""
        try:
            found = os.lstat(self.folder)
        except FileNotFoundError:
            if not create:
                return None
            try:
                self.folder.mkdir(mode=0o755)
            except FileExistsError:
                pass
            except OSError:
                return None
            found = os.lstat(self.folder)
        except OSError:
            return None
        if not stat.S_ISDIR(found.st_mode):  # a symbolic link, a file...: never used
            return None
        try:
            return os.open(self.folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        except OSError:
            return None

    def _read(self) -> None:
        folder = self._folder_fd(create=False)
        if folder is None:
            return
        self.secret = _read_key(folder)
        if self.secret is None:  # no key: nothing here can be trusted (nor is anything used)
            os.close(folder)
            return
        try:
            handle = os.open(NAME, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=folder)
        except OSError:
            os.close(folder)
            return
        try:
            if not stat.S_ISREG(os.fstat(handle).st_mode):
                return
            with os.fdopen(handle, "rb", closefd=False) as stream:
                blob = stream.read()
        except OSError:
            return
        finally:
            os.close(handle)
            os.close(folder)
        self._load(blob)

    def _sign(self, parts: Iterable[bytes | memoryview]) -> bytes:
        assert self.secret is not None
        h = hashlib.blake2b(key=self.secret, digest_size=_SIGNATURE)
        for part in parts:
            h.update(part)
        return h.digest()

    def _load(self, blob: bytes) -> None:
        import msgpack

        view = memoryview(blob)
        signature, body = view[:_SIGNATURE], view[_SIGNATURE:]
        if not hmac.compare_digest(signature, self._sign([body])):
            return
        try:
            size = int.from_bytes(body[:8], "big")
            data = msgpack.unpackb(body[8:8 + size], raw=False, strict_map_key=True)
            if data.get("salt") != self.salt:
                return
            documents = body[8 + size:]
            self.old = {
                path: Entry(digest_, diagnostics, None, indices,
                            None if length < 0 else (documents, offset, length))
                for path, (digest_, diagnostics, offset, length, indices)
                in data["files"].items()}
            self.check = data.get("check")
        except Exception:  # a signed cache that still does not load: start afresh
            self.old, self.check = {}, None

    def holds(self, path: str, file_digest: bytes) -> bool:
        """Whether the cache holds what reading these bytes of ``path`` gives."""
        found = self.old.get(path)
        return found is not None and found.digest == file_digest

    def get(self, path: str, file_digest: bytes) -> Entry | None:
        """The entry of ``path`` if the cache holds one for these bytes."""
        found = self.old.get(path)
        if found is None or found.digest != file_digest:
            return None
        self.files[path] = found
        return found

    def put(self, path: str, entry: Entry) -> None:
        self.files[path] = entry

    def last_check(self) -> list[Any] | None:
        """``[inputs, result]`` of the last check that was kept, as :meth:`put_check` got it."""
        return self.check

    def put_check(self, inputs: Any, result: Any) -> None:
        self.check = [inputs, result]
        self._check_changed = True

    # -- writing ---------------------------------------------------------------------------

    def changed(self) -> bool:
        return self._check_changed or self.files.keys() != self.old.keys() or any(
            self.old[path] is not entry for path, entry in self.files.items())

    def save(self) -> None:
        """Write the cache if this run changed it (atomically; never through a link)."""
        if not self.changed():
            return
        import msgpack

        # header (the entries, with where each document lies after it), then the documents
        files, views, offset = {}, [], 0
        for path, entry in self.files.items():
            view = entry._view()
            length = -1 if view is None else len(view)
            files[path] = [entry.digest, entry.diagnostics, offset, length, entry.indices]
            if view is not None:
                views.append(view)
                offset += length
        header = msgpack.packb({"salt": self.salt, "files": files, "check": self.check},
                               use_bin_type=True)
        parts = [len(header).to_bytes(8, "big"), header, *views]
        folder = self._folder_fd(create=True)
        if folder is None:
            return
        temporary = f".tmp-{secrets.token_hex(8)}"
        try:
            _ignore_everything(folder)  # (first: the key is never seen by git)
            self.secret = _read_key(folder) or _new_key(folder)
            if self.secret is None:
                return
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW,
                             0o644, dir_fd=folder)
            with os.fdopen(handle, "wb") as out:
                out.write(self._sign(parts))
                for part in parts:
                    out.write(part)
            os.replace(temporary, NAME, src_dir_fd=folder, dst_dir_fd=folder)
            self.old = dict(self.files)
            self._check_changed = False
        except OSError:
            try:
                os.unlink(temporary, dir_fd=folder)
            except OSError:
                pass
        finally:
            os.close(folder)


def _ignore_everything(folder: int) -> None:
    """The folder's own ``.gitignore`` (``*``: git sees nothing of it), written once."""
    try:
        handle = os.open(IGNORE, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644,
                         dir_fd=folder)
    except FileExistsError:
        return
    with os.fdopen(handle, "w") as out:
        out.write("# Written by targets: its cache, not to be committed.\n*\n")


def plain_values(values: Mapping[str, object]) -> dict[str, object] | None:
    """A diagnostic's values if the cache can keep them exactly (text, numbers), else None."""
    if all(value is None or type(value) in (str, int, float, bool) for value in values.values()):
        return dict(values)
    return None
