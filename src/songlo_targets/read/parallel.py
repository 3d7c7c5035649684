"""A fresh read of a large repository on two cores: a forked helper parses part of the files.

What a fresh read spends its time on is, for each file, plain work on text: decoding it, the
pre-scan, rapidyaml's parse and its JSON, the repeated-key check
(:func:`songlo_targets.read.reader.fast_json`). When there is a lot of it (:data:`MIN_BYTES`)
and a second core, this process forks a helper that does that work for the last files of the
repository (:data:`SHARE` of the bytes) while this process reads the first ones; then this
process validates the helper's JSON into the records, as it validates its own.

The helper hands back data only (msgpack, through an anonymous memory file): for each file,
the digest of the bytes it read and the JSON it made of them. A file the helper could not do
by the fast path (a diagnostic, the pre-scan, rapidyaml refusing it) is simply not in its
answer, and this process reads it as it would have; a file whose bytes changed between the two
readings (the digests differ) too. The result is therefore the one a reading in one process
gives, which the tests compare. Anything that goes wrong with the helper (no ``fork``, no
second core, a crash) only costs its speed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

MIN_BYTES = 4 * 2**20  # below this, starting a helper costs more than it saves
SHARE = 0.55  # of the bytes to read, what the helper does (this process validates it all)


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def available() -> bool:
    return hasattr(os, "fork") and hasattr(os, "memfd_create") and cores() >= 2 and (
        os.environ.get("TARGETS_JOBS", "").strip() != "1")


class Helper:
    """A forked helper's work: :meth:`take` gives the JSON it made of a file, or None."""

    def __init__(self, pid: int, memory: int, paths: frozenset[str]) -> None:
        self.pid = pid
        self.memory = memory
        self.paths = paths
        self._done: dict[str, list[bytes]] | None = None

    def __contains__(self, path: str) -> bool:
        return path in self.paths

    def _collect(self) -> dict[str, list[bytes]]:
        import msgpack

        if self._done is None:
            self._done = {}
            try:
                _, status = os.waitpid(self.pid, 0)
                if os.waitstatus_to_exitcode(status) == 0:
                    with os.fdopen(self.memory, "rb") as stream:
                        self.memory = -1
                        stream.seek(0)
                        found = msgpack.unpackb(stream.read(), raw=False)
                    if isinstance(found, dict):
                        self._done = found
            except (OSError, ValueError, msgpack.UnpackException):
                self._done = {}
            finally:
                if self.memory >= 0:
                    os.close(self.memory)
                    self.memory = -1
        return self._done

    def take(self, path: str, digest: bytes) -> bytes | None:
        """The JSON the helper made of ``path``, if it read these very bytes (their digest)."""
        if path not in self.paths:
            return None
        found = self._collect().pop(path, None)
        if found is None or len(found) != 2 or found[0] != digest:
            return None
        return bytes(found[1])

    def close(self) -> None:
        """Wait for the helper if nobody asked it anything (no zombie is left)."""
        self._collect()


def start(files: Sequence[tuple[str, int]], work: Callable[[str], tuple[bytes, bytes] | None]
          ) -> Helper | None:
    """Fork a helper for the last files of ``files`` ((path, size) in reading order), which
    runs ``work(path)`` -> (digest, JSON) or None for each; None when it is not worth it."""
    total = sum(size for _, size in files)
    if total < MIN_BYTES or not available():
        return None
    mine, counted = len(files), 0
    while mine > 0 and counted + files[mine - 1][1] <= total * SHARE:
        mine -= 1
        counted += files[mine][1]
    paths = [path for path, _ in files[mine:]]
    if not paths:
        return None
    try:
        memory = os.memfd_create("targets-read", os.MFD_CLOEXEC)
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(memory)
        return None
    if pid == 0:  # the helper: work, write the answer, leave without cleaning anything up
        code = 1
        try:
            _helper(paths, work, memory)
            code = 0
        finally:
            os._exit(code)
    return Helper(pid, memory, frozenset(paths))


def _helper(paths: list[str], work: Callable[[str], tuple[bytes, bytes] | None],
            memory: int) -> None:
    import msgpack

    answer: dict[str, Any] = {}
    for path in paths:
        try:
            found = work(path)
        except Exception:  # this process reads it again, and reports what there is to report
            found = None
        if found is not None:
            answer[path] = list(found)
    data = msgpack.packb(answer, use_bin_type=True)
    view = memoryview(data)
    while view:
        written = os.write(memory, view)
        view = view[written:]
