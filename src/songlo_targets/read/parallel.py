"""A fresh read of a large repository on two cores: a forked helper parses part of the files.

What a fresh read spends its time on is, for each file, plain work on text: reading and
decoding it, the pre-scan, rapidyaml's parse and its JSON, the repeated-key check
(:func:`songlo_targets.read.reader.fast_json`). When there is a lot of it (:data:`MIN_BYTES`)
and a second core, this process forks a helper, before it imports the records model, that does
that work for the last files of the repository (:data:`SHARE` of the bytes and
:data:`HEAD_START` more) while this process imports the model and reads the first files; this
process validates the helper's JSON into the records as it comes, as it validates its own.

The helper hands back data only (msgpack, through an anonymous memory file, each answer
announced by a byte in a pipe): for each file, the digest of the bytes it read and the JSON it
made of them, which is all this process keeps of that file (it is read once). A file the
helper could not do by the fast path (a diagnostic, the pre-scan, rapidyaml refusing it) is
simply not in its answers, and this process reads it as it would have; a file whose JSON does
not validate too. The result is therefore the one a reading in one process gives, which the
tests compare. Anything that goes wrong with the helper (no ``fork``, no second core, a crash
half way) only costs its speed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

MIN_BYTES = 4 * 2**20  # below this, starting a helper costs more than it saves
# What the helper parses: this process parses the rest, validates it all and, before that,
# imports the records model (the helper starts at once). Parsing a byte costs about 2.2
# times validating it, so the two end together when the helper has SHARE = (1 + 1/2.2) / 2
# of the bytes, and HEAD_START more: about half of what it parses while this process imports
# the model. (Measured at 10,000 tasks, where the helper then takes 80% of the bytes and the
# two end within 10 ms of each other; 0.55 of the bytes, as before the helper started first
# and its answers were used as they came, left this process 0.1 s more to do.)
SHARE = 0.725
HEAD_START = 2**20


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def available() -> bool:
    """Whether a helper may be forked: Linux, two cores, not ``TARGETS_JOBS=1``, and no other
    thread in this process (a fork copies one thread and whatever locks the others hold)."""
    import threading

    return hasattr(os, "fork") and hasattr(os, "memfd_create") and cores() >= 2 and (
        os.environ.get("TARGETS_JOBS", "").strip() != "1") and threading.active_count() == 1


class Helper:
    """A forked helper's work: :meth:`take` gives the JSON it made of a file, or None.

    Its answers are used as they come: the helper writes each one into the memory file and
    then one byte into a pipe, so this process reads what is written so far, and waits on
    the pipe only for an answer not yet written. (Waiting for the helper to end would leave
    one core idle: this process validates the first answers while the helper works on the
    last files.) The pipe ends when the helper has answered all it will."""

    def __init__(self, pid: int, memory: int, signal: int, paths: Sequence[str]) -> None:
        import msgpack

        self.pid = pid
        self.memory = memory
        self.signal = signal  # the pipe's end this process reads
        self.paths = {path: index for index, path in enumerate(paths)}  # in the helper's order
        self._unpacker = msgpack.Unpacker(raw=False, max_buffer_size=2**31 - 1)
        self._offset = 0  # of the memory file, read up to here
        self._ended = False  # the pipe ended: what the memory file holds is all there is
        self._ahead: list[Any] | None = None  # the answer read past a file it did not answer

    def __contains__(self, path: str) -> bool:
        return path in self.paths

    def _read_more(self) -> bool:
        """Feed the unpacker what the helper wrote since (at most 1 MiB at a time: a
        province's answers are 60 MiB, never all in memory at once), waiting for the helper
        when it wrote nothing new; False when it has written all it will."""
        while self.memory >= 0:
            try:
                size = os.fstat(self.memory).st_size
                if size > self._offset:
                    part = os.pread(self.memory, min(size - self._offset, 2**20), self._offset)
                    if part:
                        self._offset += len(part)
                        self._unpacker.feed(part)
                        return True
                if self._ended:
                    return False
                self._ended = not os.read(self.signal, 2**16)  # wait for the next answer
            except (OSError, ValueError):
                return False
        return False

    def _next(self) -> list[Any] | None:
        """The helper's next answer ([path, digest, JSON, seal]), read one at a time."""
        import msgpack

        while True:
            try:
                found = self._unpacker.unpack()
            except msgpack.OutOfData:
                if self._read_more():
                    continue
                self.close()
                return None
            except (ValueError, msgpack.UnpackException):
                self.close()
                return None
            return found if isinstance(found, list) and len(found) == 4 else None

    def take(self, path: str) -> tuple[bytes, bytes, bytes] | None:
        """What the helper made of ``path``: the digest of the bytes it read, their JSON and
        the JSON's seal (for the cache), or None. Files are asked for in the helper's order,
        so its answers are read one at a time: an answer to a file further on (the helper did
        not answer this one) is kept for then, answers to files never asked for are
        dropped."""
        wanted = self.paths.get(path)
        if wanted is None:
            return None
        while True:
            answer, self._ahead = (self._ahead, None) if self._ahead is not None else (
                self._next(), None)
            if answer is None:
                return None
            at = self.paths.get(answer[0]) if isinstance(answer[0], str) else None
            if at is None or at < wanted:
                continue
            if at > wanted:
                self._ahead = answer
                return None
            if not all(isinstance(part, bytes) for part in answer[1:]):
                return None
            return answer[1], answer[2], answer[3]

    def close(self) -> None:
        """Stop the helper if it is still at work (nothing it would answer is wanted), wait
        for it (no zombie is left), and let go of what it answered."""
        if self.pid > 0:
            _stop(self.pid)
            self.pid = 0
        for handle in (self.memory, self.signal):
            if handle >= 0:
                os.close(handle)
        self.memory = self.signal = -1
        self._ahead = None


Work = Callable[[str], tuple[bytes, bytes, bytes] | None]


def start(files: Sequence[tuple[str, int]], work: Work) -> Helper | None:
    """Fork a helper for the last files of ``files`` ((path, size) in reading order), which
    runs ``work(path)`` -> (digest, JSON, seal) or None for each; None when it is not worth
    it."""
    total = sum(size for _, size in files)
    if total < MIN_BYTES or not available():
        return None
    mine, counted = len(files), 0
    share = min(total, total * SHARE + HEAD_START)
    while mine > 0 and counted + files[mine - 1][1] <= share:
        mine -= 1
        counted += files[mine][1]
    paths = [path for path, _ in files[mine:]]
    if not paths:
        return None
    try:
        signal, signalled = os.pipe()
    except OSError:
        return None
    forked = fork("targets-read", lambda memory: _helper(paths, work, memory, signal,
                                                          signalled))
    os.close(signalled)
    if forked is None:
        os.close(signal)
        return None
    return Helper(*forked, signal, paths)


def fork(name: str, answer: Callable[[int], None]) -> tuple[int, int] | None:
    """Fork a helper that runs ``answer(memory)`` (it writes its answer into the anonymous
    memory file ``memory``) and leaves, exit 0 when it answered, without cleaning anything up;
    (its pid, the memory file) here, or None when no helper could be started."""
    try:
        memory = os.memfd_create(name, os.MFD_CLOEXEC)
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(memory)
        return None
    if pid == 0:  # the helper
        code = 1
        try:
            answer(memory)
            code = 0
        finally:
            os._exit(code)
    return pid, memory


def _helper(paths: list[str], work: Work, memory: int, signal: int, signalled: int) -> None:
    """Answer for each file the helper could do: [path, digest, JSON, seal], one by one,
    each followed by a byte in the pipe ``signalled``; the pipe is closed when all is said."""
    import msgpack

    os.close(signal)
    packer = msgpack.Packer(use_bin_type=True)
    for path in paths:
        try:
            found = work(path)
        except Exception:  # this process reads it again (and reports)
            found = None
        if found is not None:
            _write_all(memory, packer.pack([path, *found]))
            os.write(signalled, b"+")
    os.close(signalled)


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view):]


def shared(items: Sequence[Any], work: Callable[[Any], str], *, least: int) -> list[str]:
    """``[work(item) for item in items]``, every other item done by a forked helper while
    this process does the others (alike items lie together: taking turns shares the work
    evenly); ``least``: below this many items, or where :func:`available` says no, all in
    this process.

    ``work`` must give text and be the same function of its item in both processes (nothing
    it reads changes after the fork). The helper answers with data only (msgpack, through an
    anonymous memory file); if it fails in any way (an exception in ``work``, a crash), this
    process does its items itself, so a failure is raised here as it would be without a
    helper, and the result is always the one a single process gives."""
    if len(items) < max(least, 2) or not available():
        return [work(item) for item in items]
    mine, theirs_items = items[0::2], items[1::2]

    def answer(memory: int) -> None:
        import msgpack

        with os.fdopen(memory, "wb", closefd=False) as out:
            out.write(msgpack.packb([work(item) for item in theirs_items]))

    forked = fork("targets-work", answer)
    if forked is None:
        return [work(item) for item in items]
    pid, memory = forked
    try:
        done = [work(item) for item in mine]
    except BaseException:
        _reap(pid, memory)
        raise
    theirs = _answers(pid, memory, len(theirs_items))
    if theirs is None:
        theirs = [work(item) for item in theirs_items]
    together = [""] * len(items)
    together[0::2], together[1::2] = done, theirs
    return together


def _answers(pid: int, memory: int, count: int) -> list[str] | None:
    """What the helper of :func:`shared` answered: ``count`` texts, or None."""
    import msgpack

    try:
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            return None
        with os.fdopen(memory, "rb", closefd=False) as stream:
            stream.seek(0)
            found = msgpack.unpackb(stream.read(), raw=False)
    except (OSError, ValueError, msgpack.UnpackException):
        return None
    finally:
        os.close(memory)
    if not (isinstance(found, list) and len(found) == count
            and all(isinstance(text, str) for text in found)):
        return None
    return found


def _reap(pid: int, memory: int) -> None:
    """Stop the helper of :func:`shared` and wait for it: no zombie, no memory file left."""
    _stop(pid)
    os.close(memory)


def _stop(pid: int) -> None:
    """End a helper (if it has not ended) and wait for it: no zombie is left."""
    import signal

    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
    try:
        os.waitpid(pid, 0)
    except OSError:
        pass
