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
never used: nothing is read from or written through it. The cache file is written as the
run reads, to a temporary file in the folder (``.tmp-<pid>-<random>``, created anew, never
through a link; each document as soon as it is read, so none is kept in memory; the header
last, with the seal of every document, and the signature of the header at the start) and
renamed into place at the end (two runs at once never see half of it; a run that changed
nothing removes it). A run reads the header, verifies its signature, and reads a document
(checked against its seal) only when it is asked for. The temporary files of runs that died
(whose process is gone) are removed by the next run that writes; nothing else in the folder is
touched. Each file's status when it was read is kept too (:func:`signature`): a file whose
status is the same is not read again. Anything that goes wrong with the cache only costs
speed, and ``--no-cache`` (or ``TARGETS_NO_CACHE=1``) gives the same result.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import stat
import weakref
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

FOLDER = ".targets-cache"
NAME = "records.cache"
IGNORE = ".gitignore"
FORMAT = b"songlo-targets cache 5"
_SIGNATURE = 32
_BUFFER = 1 << 18  # bytes written at once
_TEMPORARY = re.compile(r"\.tmp-([0-9]{1,9})-[0-9a-f]{16}")  # (a writer's: _Writer)


# A file whose status (device, inode, size, times) is as when it was read is not read again,
# but only if it had not changed for this long when it was: file times have the grain of the
# system's clock tick, so a file written again within the same tick would keep its times.
RACY_NS = 2 * 10**9


def signature(found: os.stat_result, now_ns: int) -> list[int] | None:
    """What says a file is the one that was read (None: too recent to tell, or not a plain
    file). A pull request cannot make a checkout's files have given inodes and change times."""
    if not stat.S_ISREG(found.st_mode):
        return None
    if now_ns - max(found.st_mtime_ns, found.st_ctime_ns) <= RACY_NS:
        return None
    return [found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns]


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
    temporary = f".tmp-{os.getpid()}-{secrets.token_hex(8)}"  # (a dead run's: _remove_stale)
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
    An entry read from the cache file, or given to :meth:`Cache.put` (which writes its
    document to the cache file being written at once), takes its document from that file when
    asked: no copy is kept.
    """

    __slots__ = ("_document", "_span", "diagnostics", "digest", "indices", "sealed", "stat")

    def __init__(self, digest: bytes, diagnostics: list[Any], document: bytes | None,
                 indices: list[int] | None = None,
                 span: tuple[_OldFile | _Writer, int, int] | None = None,
                 stat: list[int] | None = None, sealed: bytes | None = None) -> None:
        self.digest = digest
        self.diagnostics = diagnostics  # as reader.plain_diagnostic gives them
        self.indices = indices
        self._document = document
        self._span = span
        self.stat = stat  # the file's status when read (:func:`signature`), if it tells
        self.sealed = sealed  # the document's seal (:func:`seal`), once it is in a file

    def restated(self, stat: list[int] | None) -> Entry:
        """The same entry for the same bytes, found again under another file status."""
        return Entry(self.digest, self.diagnostics, self._document, self.indices, self._span,
                     stat, self.sealed)

    @property
    def has_document(self) -> bool:
        """Whether reading the file gave records (then :attr:`document` is their JSON, unless
        the cache file was damaged since it was signed: then it is None)."""
        return self._span is not None or self._document is not None

    @property
    def document(self) -> bytes | None:
        view = self._view()
        return view if view is None or isinstance(view, bytes) else bytes(view)

    def _view(self) -> memoryview | bytes | None:
        if self._span is None:
            return self._document
        source, start, length = self._span
        if isinstance(source, _Writer):
            return source.read(start, length)
        return source.read(start, length, self.sealed)


class _Writer:
    """The cache file being written, a document at a time: a temporary file in the folder
    (``.tmp-<pid>-<random>``), signed as it grows, renamed into place by :meth:`finish`.

    The file is [signature][the documents one after the other][header][its length]: each
    document goes to the file as soon as it is known (a fresh read of a province keeps none of
    its 165 MiB in memory), the header that says where each lies comes last, and the signature
    (a keyed BLAKE2 of everything after it, taken as it is written) goes in the space kept for
    it at the start. Until :meth:`finish` the file has no signature: a run that dies leaves a
    temporary file no one trusts, which the next writer removes (:func:`_remove_stale`)."""

    def __init__(self, folder: int, secret: bytes) -> None:
        self.name = f".tmp-{os.getpid()}-{secrets.token_hex(8)}"
        self.handle = os.open(self.name, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW,
                              0o644, dir_fd=folder)
        self.folder = folder
        self.size = 0  # bytes written after the signature (where the next document goes)
        self.secret = secret
        self._pending: list[bytes | memoryview] = []  # written, not yet handed to the file
        self._pending_size = 0
        self._done = weakref.finalize(self, _discard, folder, self.handle, self.name,
                                      os.getpid())
        try:
            _write_all(self.handle, bytes(_SIGNATURE))  # (its place, signed last)
        except OSError:
            self.discard()
            raise

    def write(self, data: bytes | memoryview) -> int:
        """Append ``data``; where it lies (counted after the signature)."""
        offset = self.size
        self.size += len(data)
        self._pending.append(data)
        self._pending_size += len(data)
        if self._pending_size >= _BUFFER:
            self._flush()
        return offset

    def _flush(self) -> None:
        if self._pending:
            pending, self._pending, self._pending_size = self._pending, [], 0
            _write_all(self.handle, pending[0] if len(pending) == 1 else b"".join(pending))

    def read(self, offset: int, length: int) -> bytes:
        """What :meth:`write` put at ``offset`` (read back from the file)."""
        if not self._done.alive:
            raise OSError("the cache file was removed")
        self._flush()
        return _pread_all(self.handle, length, _SIGNATURE + offset)

    def finish(self, header: bytes) -> None:
        """Write the header and its length, sign, and rename the file into place."""
        ending = header + len(header).to_bytes(8, "big")
        self.write(ending)
        self._flush()
        signature = _signed(self.secret, ending)
        if os.pwrite(self.handle, signature, 0) != len(signature):
            raise OSError("the cache file's signature was not written whole")
        os.replace(self.name, NAME, src_dir_fd=self.folder, dst_dir_fd=self.folder)
        # renamed: only the file stays open, for the documents of the entries written here
        self._done.detach()
        self._done = weakref.finalize(self, _discard, -1, self.handle, None, os.getpid())
        os.close(self.folder)

    def discard(self) -> None:
        """Remove the temporary file (nothing renamed)."""
        self._done()


def _signed(secret: bytes, ending: bytes | memoryview) -> bytes:
    """The signature of a cache file: a keyed BLAKE2 of its header and the header's length
    (the header holds the seal of every document)."""
    return hashlib.blake2b(ending, key=secret, digest_size=_SIGNATURE).digest()


def seal(document: bytes | memoryview) -> bytes:
    """What the signed header says of a document, to verify it when it is read."""
    return hashlib.blake2b(document, digest_size=16).digest()


def _pread_all(handle: int, length: int, where: int) -> bytes:
    parts, left = [], length
    while left > 0:
        part = os.pread(handle, left, where)
        if not part:
            raise OSError("the cache file is shorter than its header says")
        parts.append(part)
        where += len(part)
        left -= len(part)
    return b"".join(parts)


class _OldFile:
    """The cache file this run found, kept open: a document is read from it (and verified
    against its seal in the signed header) only when it is asked for — a view of one year
    reads that year's documents alone."""

    def __init__(self, handle: int) -> None:
        self.handle = handle
        self._closed = weakref.finalize(self, os.close, handle)

    def read(self, offset: int, length: int, sealed: bytes | None) -> bytes | None:
        """The document at ``offset``, or None when it is not what the header sealed."""
        try:
            data = _pread_all(self.handle, length, _SIGNATURE + offset)
        except OSError:
            return None
        return data if sealed is not None and hmac.compare_digest(seal(data), sealed) else None


def _write_all(handle: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view):]


def _discard(folder: int, handle: int, name: str | None, owner: int) -> None:
    """Close a writer's file (and the folder), removing it if it was never renamed; only in
    the process that made it (a forked helper leaves it alone)."""
    if os.getpid() != owner:
        return
    if name is not None:
        try:
            os.unlink(name, dir_fd=folder)
        except OSError:
            pass
    for descriptor in (handle, folder):
        if descriptor >= 0:
            try:
                os.close(descriptor)
            except OSError:
                pass


def _alive(pid: int) -> bool:
    """Whether a process of this number runs (when it cannot be told: yes)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError, ValueError):
        return True
    return True


def _remove_stale(folder: int) -> None:
    """Remove the temporary cache files of runs that died (``.tmp-<pid>-<random>`` whose
    process is gone); nothing else (a running writer's file, our own, any other name)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        found = _TEMPORARY.fullmatch(name)
        if found is None:
            continue
        pid = int(found.group(1))
        if pid == os.getpid() or _alive(pid):
            continue
        try:
            os.unlink(name, dir_fd=folder)
        except OSError:
            pass


class Cache:
    """The cache of one repository: read once when opened; the new cache file is written as
    the run goes (:meth:`put` writes each document at once) and put in place by :meth:`save`."""

    def __init__(self, root: Path) -> None:
        self.folder = root / FOLDER
        self.secret: bytes | None = None  # the folder's key, bound to its file (_read_key)
        self.salt = _salt()
        self.old: dict[str, Entry] = {}
        self.files: dict[str, Entry] = {}  # the entries of this run
        self.check: list[Any] | None = None  # [inputs, result] of the last check
        self._check_changed = False
        self._writer: _Writer | None = None  # the cache file being written, once put to
        self._unwritable = False  # (the folder or its key could not be had: nothing written)
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
        """Open the cache file found, verify its signed header, and keep it open for the
        documents (read when asked: :class:`_OldFile`)."""
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
        os.close(folder)
        kept = _OldFile(handle)  # (closes the file when the cache is let go of)
        try:
            found = os.fstat(handle)
            if not stat.S_ISREG(found.st_mode) or found.st_size < _SIGNATURE + 8:
                return
            size = int.from_bytes(_pread_all(handle, 8, found.st_size - 8), "big")
            start = found.st_size - 8 - size  # [signature][documents][header][its length]
            if size < 0 or start < _SIGNATURE:
                return
            ending = _pread_all(handle, size + 8, start)
            signature = _pread_all(handle, _SIGNATURE, 0)
        except OSError:
            return
        if not hmac.compare_digest(signature, self._sign(ending)):
            return
        self._load(ending[:-8], kept)

    def _sign(self, ending: bytes) -> bytes:
        """The signature of a cache file ending so (its header and the header's length)."""
        assert self.secret is not None
        return _signed(self.secret, ending)

    def _load(self, header: bytes, kept: _OldFile) -> None:
        import msgpack

        try:
            data = msgpack.unpackb(header, raw=False, strict_map_key=True)
            if data.get("salt") != self.salt:
                return
            self.old = {
                path: Entry(digest_, diagnostics, None, indices,
                            None if length < 0 else (kept, offset, length), stat_, sealed)
                for path, (digest_, diagnostics, offset, length, indices, stat_, sealed)
                in data["files"].items()}
            self.check = data.get("check")
        except Exception:  # a signed cache that still does not load: start afresh
            self.old, self.check = {}, None

    def holds(self, path: str, file_digest: bytes) -> bool:
        """Whether the cache holds what reading these bytes of ``path`` gives."""
        found = self.old.get(path)
        return found is not None and found.digest == file_digest

    def unchanged(self, path: str, stat: list[int] | None) -> Entry | None:
        """The entry of ``path`` if the file is the very one it was read from (its status, as
        :func:`signature` gives it, is the same): then the file need not be read again."""
        found = self.old.get(path)
        if stat is None or found is None or found.stat != stat:
            return None
        return found

    def get(self, path: str, file_digest: bytes, stat: list[int] | None = None
            ) -> Entry | None:
        """The entry of ``path`` if the cache holds one for these bytes (kept for this run's
        cache: :meth:`save` copies its document from the old cache file). ``stat``: the
        file's status now, kept with the entry when it tells (:func:`signature`)."""
        found = self.old.get(path)
        if found is None or found.digest != file_digest:
            return None
        if stat is not None and found.stat != stat:
            found = found.restated(stat)  # (the same bytes in a file touched since)
        self.files[path] = found
        return found

    def forget(self, path: str) -> None:
        """Leave ``path`` out of this run's cache (its kept document was found damaged)."""
        self.files.pop(path, None)

    def put(self, path: str, entry: Entry) -> None:
        """Keep ``entry`` for this run's cache: its document is written to the new cache file
        now, and the entry keeps only where it lies."""
        writer = self._writing()
        if writer is None:  # (nothing can be written: nothing is kept)
            self.files.pop(path, None)
            return
        view = entry._view()
        if view is not None:
            try:
                if entry.sealed is None:  # (the helper of a fresh read seals its own)
                    entry.sealed = seal(view)
                entry._span = (writer, writer.write(view), len(view))
            except OSError:  # (a full disk...: no cache this time)
                self._give_up(writer)
                self.files.pop(path, None)
                return
            entry._document = None
        self.files[path] = entry

    def last_check(self) -> list[Any] | None:
        """``[inputs, result]`` of the last check that was kept, as :meth:`put_check` got it."""
        return self.check

    def put_check(self, inputs: Any, result: Any) -> None:
        self.check = [inputs, result]
        self._check_changed = True

    # -- writing ---------------------------------------------------------------------------

    def _writing(self) -> _Writer | None:
        """The new cache file, begun on first use (None: the folder cannot be written)."""
        if self._writer is None and not self._unwritable:
            folder = self._folder_fd(create=True)
            if folder is None:
                self._unwritable = True
                return None
            try:
                _ignore_everything(folder)  # (first: the key is never seen by git)
                secret = _read_key(folder) or _new_key(folder)
                if secret is None:
                    raise OSError("no key")
                _remove_stale(folder)
                self._writer = _Writer(folder, secret)
                self.secret = secret
            except OSError:
                os.close(folder)
                self._unwritable = True
        return self._writer

    def changed(self) -> bool:
        return self._check_changed or self.files.keys() != self.old.keys() or any(
            self.old[path] is not entry for path, entry in self.files.items())

    def save(self) -> None:
        """Put the cache file written in place if this run changed the cache (atomically;
        never through a link); else remove it."""
        if not self.changed():
            self._discard()
            return
        import msgpack

        writer = self._writing()
        if writer is None:
            return
        self._writer = None  # (a later put begins another file)
        try:
            # the documents of the entries reused from the old cache go after those just read
            files = {}
            for path, entry in self.files.items():
                if entry._span is not None and entry._span[0] is writer:
                    _, offset, length = entry._span
                else:
                    view = entry._view()
                    if view is None and entry.has_document:
                        continue  # (damaged since it was signed: that file is read again)
                    offset, length = (0, -1) if view is None else (writer.write(view),
                                                                   len(view))
                    if view is not None and entry.sealed is None:
                        entry.sealed = seal(view)
                    del view
                files[path] = [entry.digest, entry.diagnostics, offset, length, entry.indices,
                               entry.stat, entry.sealed]
            header = msgpack.packb({"salt": self.salt, "files": files, "check": self.check},
                                   use_bin_type=True)
            writer.finish(header)
        except OSError:
            self._give_up(writer)
            return
        self.old = dict(self.files)
        self._check_changed = False

    def _discard(self) -> None:
        if self._writer is not None:
            self._writer.discard()
            self._writer = None

    def _give_up(self, writer: _Writer) -> None:
        """No cache file this run: the one begun goes, with the entries written to it."""
        writer.discard()
        self._writer, self._unwritable = None, True
        self.files = {path: entry for path, entry in self.files.items()
                      if entry._span is None or entry._span[0] is not writer}


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
