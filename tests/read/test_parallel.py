"""A fresh read on two cores gives what a read in one process gives, whatever the helper
meets: odd files, bad files, bytes that change between the two readings, a helper that dies."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest

from songlo_targets.check import check
from songlo_targets.read import parallel
from songlo_targets.read.loader import load

from support.records_walk import everything, sources

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from generate import generate  # noqa: E402

TODAY = dt.date(2026, 11, 27)
needs_fork = pytest.mark.skipif(not parallel.available(), reason="no fork or one core")


@pytest.fixture(autouse=True)
def _own_cache_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("TARGETS_NO_CACHE", raising=False)
    monkeypatch.delenv("TARGETS_JOBS", raising=False)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    generate(600, root)
    last = sorted((root / "targets" / "2016").glob("don-vi-*.yaml"))  # the helper's part
    text = last[-1].read_text()
    last[-1].write_text(text.replace("title: ", "title: 01\n    x: ", 1))  # bad, and odd
    last[-2].write_text(last[-2].read_text().replace("title: ", "title: ~ ", 1))  # odd scalar
    third = last[-3].read_text()
    first = third.index("    title: ")
    end = third.index("\n", first)
    last[-3].write_text(third[:end + 1] + third[first:end + 1] + third[end + 1:])  # repeated key
    last[-4].write_bytes(last[-4].read_bytes().replace(b"title: ", "title: Cafe\u0301 ".encode(),
                                                       1))  # not NFC
    (last[-5].parent / "zz_Ten_Sai.yaml").write_bytes(last[-5].read_bytes())  # no id: refused
    return root


def _started(monkeypatch: pytest.MonkeyPatch) -> list[parallel.Helper]:
    """Every helper started, with the threshold at zero (and no head start: this process
    reads its share of the files too)."""
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    monkeypatch.setattr(parallel, "HEAD_START", 0)
    started: list[parallel.Helper] = []
    original = parallel.start

    def start(*args: object) -> parallel.Helper | None:
        helper = original(*args)  # type: ignore[arg-type]
        if helper is not None:
            started.append(helper)
        return helper

    monkeypatch.setattr(parallel, "start", start)
    return started


@needs_fork
@pytest.mark.parametrize("cache", [True, False])
def test_two_cores_read_what_one_reads(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                       cache: bool) -> None:
    one, one_found = _serial(repo, monkeypatch)
    started = _started(monkeypatch)
    two, two_found = load(repo, cache=cache)
    assert len(started) == 1 and 10 < len(started[0].paths) < len(list(repo.rglob("*.yaml")))
    assert two_found == one_found
    assert {d.code for d in two_found} >= {"duplicate-key", "unknown-field", "not-nfc"}
    assert any(d.path.endswith("zz_Ten_Sai.yaml") for d in two_found)
    assert everything(two) == everything(one)
    if not cache:  # (positions: a ruamel reading of every file, slow)
        assert sources(everything(two)) == sources(everything(one))
        return
    from songlo_targets.read import cache as cache_module

    kept = cache_module.Cache(repo).old  # the helper's seals hold: every document reads back
    helped = [kept[path] for path in started[0].paths if path in kept]
    assert len(helped) > 10 and all(entry.document is not None for entry in helped
                                    if entry.has_document)


def _serial(repo: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, list[object]]:
    with monkeypatch.context() as serial:
        serial.setenv("TARGETS_JOBS", "1")
        assert not parallel.available()
        return load(repo, cache=False)


@needs_fork
def test_a_fresh_check_on_two_cores_gives_the_one_core_result(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as serial:
        serial.setenv("TARGETS_JOBS", "1")
        one = check(repo, today=TODAY, cache=False)
    started = _started(monkeypatch)
    two = check(repo, today=TODAY)
    assert started and two.diagnostics == one.diagnostics


@needs_fork
def test_a_file_the_helper_read_is_kept_with_the_digest_of_its_bytes(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the helper reads is read once, by the helper: its records and the digest the
    cache keeps them under are of the same bytes, even when the file changed as it was read
    (here the helper sees other bytes than the disk holds now). A later run, whose bytes
    differ from that digest, reads the file again."""
    from songlo_targets.read import cache as cache_module
    from songlo_targets.read import reader

    target = sorted((repo / "targets" / "2016").glob("don-vi-*.yaml"))[-6]
    rel = target.relative_to(repo).as_posix()
    original = reader.Loader.data
    parent = os.getpid()

    def stale(self: reader.Loader, path: str) -> bytes:
        data = original(self, path)
        if os.getpid() != parent and path == rel:  # the helper read other bytes
            data = data.replace(b"title: ", b"title: STALE ", 1)
        return data

    with monkeypatch.context() as patched:
        patched.setattr(reader.Loader, "data", stale)
        started = _started(patched)
        records, _ = load(repo, cache=True)
        assert started and rel in started[0].paths
    assert [t.title for t in records.all_tasks() if t.title.startswith("STALE")]
    kept = cache_module.Cache(repo).old[rel]
    read = target.read_bytes().replace(b"title: ", b"title: STALE ", 1)
    assert kept.digest == cache_module.digest(read)
    again = reader.Loader(repo)
    assert again.cache is not None and not again.cache.holds(rel, cache_module.digest(
        target.read_bytes()))
    target.write_bytes(target.read_bytes())  # (a new status: the cache looks at the bytes)
    second, _ = load(repo, cache=True)
    assert not any(t.title.startswith("STALE") for t in second.all_tasks())
    one, _ = _serial(repo, monkeypatch)
    assert everything(second) == everything(one)


@needs_fork
def test_a_helper_that_dies_costs_only_its_speed(repo: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from songlo_targets.read import reader

    def die(path: str, data: bytes) -> bytes | None:
        os._exit(3)

    monkeypatch.setattr(reader, "fast_json", die)
    started = _started(monkeypatch)
    records, found = load(repo, cache=False)
    assert started
    one, one_found = _serial(repo, monkeypatch)
    assert found == one_found and everything(records) == everything(one)


def test_a_small_repository_starts_no_helper(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    generate(200, tmp_path / "repo")
    calls: list[int] = []
    monkeypatch.setattr(os, "fork", lambda: calls.append(1) or pytest.fail("forked"))
    load(tmp_path / "repo", cache=False)
    assert calls == []


@needs_fork
def test_a_warm_run_starts_no_helper(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files the cache knows are not given to a helper: a warm run forks nothing."""
    load(repo)
    started = _started(monkeypatch)
    forks: list[int] = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    load(repo)
    assert started == [] and forks == []


@needs_fork
def test_no_helper_while_another_thread_runs(repo: Path, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    """A program that uses the reader from a thread of its own gets a reading in one process
    (a fork copies one thread only)."""
    import threading

    started = _started(monkeypatch)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        records, found = load(repo, cache=False)
    finally:
        stop.set()
        other.join()
    assert started == []
    one, one_found = _serial(repo, monkeypatch)
    assert found == one_found and everything(records) == everything(one)


@needs_fork
def test_answers_are_read_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file the helper did not answer (the reference reads it) does not make this process
    read all the answers after it: it keeps the one answer it read past, no more."""
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    monkeypatch.setattr(parallel, "SHARE", 1.0)
    files = [(f"f{n}", 10) for n in range(6)]

    def work(path: str) -> tuple[bytes, bytes, bytes] | None:
        return None if path in ("f0", "f3") else (b"d" + path.encode(), b"{}" + path.encode(),
                                                  b"s")

    helper = parallel.start(files, work)
    assert helper is not None and list(helper.paths) == [p for p, _ in files]
    assert helper.take("f0") is None  # not answered: f1's answer is kept, no more
    assert helper._ahead is not None and helper._ahead[0] == "f1"
    assert helper.take("f1") == (b"df1", b"{}f1", b"s")
    assert helper.take("f3") is None and helper._ahead[0] == "f4"  # (f2 never asked for)
    assert helper.take("f5") == (b"df5", b"{}f5", b"s")  # f4 never asked for: dropped
    assert helper.take("f4") is None
    helper.close()


@needs_fork
def test_answers_are_used_before_the_helper_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    """An answer is taken as soon as the helper wrote it: this process does not wait for the
    helper to finish its other files (here it never would)."""
    import time

    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    monkeypatch.setattr(parallel, "SHARE", 1.0)
    files = [(f"f{n}", 10) for n in range(3)]

    def work(path: str) -> tuple[bytes, bytes, bytes] | None:
        if path == "f2":
            time.sleep(60)  # still at work on the last file
        return b"d", path.encode(), b"s"

    helper = parallel.start(files, work)
    assert helper is not None
    pid, started = helper.pid, time.monotonic()
    assert helper.take("f0") == (b"d", b"f0", b"s")
    assert helper.take("f1") == (b"d", b"f1", b"s")
    helper.close()  # stops the helper still at work: no zombie left
    assert time.monotonic() - started < 20
    with pytest.raises(ChildProcessError):  # (waited for already)
        os.waitpid(pid, os.WNOHANG)


@needs_fork
def test_a_helper_that_dies_half_way_costs_only_the_rest(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    """What the helper answered before it died is used; the files after are not answered
    (this process reads them itself)."""
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    monkeypatch.setattr(parallel, "SHARE", 1.0)
    files = [(f"f{n}", 10) for n in range(4)]

    def work(path: str) -> tuple[bytes, bytes, bytes] | None:
        if path == "f2":
            os._exit(3)
        return b"d", path.encode(), b"s"

    helper = parallel.start(files, work)
    assert helper is not None
    assert helper.take("f0") == (b"d", b"f0", b"s")
    assert helper.take("f1") == (b"d", b"f1", b"s")
    assert helper.take("f2") is None and helper.take("f3") is None
    helper.close()


# Work shared item by item (the report's pages): parallel.shared


def _pid_text(item: int) -> str:
    return f"{item}:{os.getpid()}"


@needs_fork
def test_shared_work_is_done_by_two_processes_in_order() -> None:
    found = parallel.shared(list(range(10)), _pid_text, least=2)
    assert [text.split(":")[0] for text in found] == [str(i) for i in range(10)]
    pids = {text.split(":")[1] for text in found}
    assert len(pids) == 2 and str(os.getpid()) in pids
    assert {found[i].split(":")[1] for i in range(0, 10, 2)} == {str(os.getpid())}


def test_shared_work_below_its_least_stays_in_this_process() -> None:
    found = parallel.shared([1, 2, 3], _pid_text, least=4)
    assert {text.split(":")[1] for text in found} == {str(os.getpid())}


@needs_fork
def test_a_shared_helper_that_dies_costs_only_its_speed() -> None:
    me = os.getpid()

    def work(item: int) -> str:
        if os.getpid() != me:
            os._exit(3)
        return str(item * 2)

    assert parallel.shared(list(range(7)), work, least=2) == [str(i * 2) for i in range(7)]


@needs_fork
def test_a_failure_in_the_helpers_items_is_raised_here() -> None:
    def work(item: int) -> str:
        if item == 5:  # the helper's (odd items): it fails, this process does them and fails
            raise ValueError("page 5")
        return str(item)

    with pytest.raises(ValueError, match="page 5"):
        parallel.shared(list(range(8)), work, least=2)
    with pytest.raises(OSError):  # no helper left behind
        os.waitpid(-1, os.WNOHANG)


@needs_fork
def test_a_failure_in_this_process_leaves_no_helper() -> None:
    def work(item: int) -> str:
        if item == 2:
            raise KeyError(item)
        return str(item)

    with pytest.raises(KeyError):
        parallel.shared(list(range(8)), work, least=2)
    with pytest.raises(OSError):
        os.waitpid(-1, os.WNOHANG)


def test_one_job_renders_the_report_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TARGETS_JOBS", "1")
    assert {text.split(":")[1] for text in parallel.shared(list(range(9)), _pid_text,
                                                           least=2)} == {str(os.getpid())}


@needs_fork
@pytest.mark.parametrize("scanned", [False, True])
def test_a_reading_ahead_is_the_one_the_run_takes(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                   scanned: bool) -> None:
    """The command line starts the reading before the command is parsed; the run takes that
    loader and its helper, and reads what it would have read alone (``scanned``: a check
    whose last result the cache kept, with files changed since, reads them all first)."""
    from songlo_targets.read import reader

    with monkeypatch.context() as serial:
        serial.setenv("TARGETS_JOBS", "1")
        one = check(repo, today=TODAY, cache=False)
    if scanned:
        check(repo, today=TODAY)  # (its result kept; files the cache does not know added)
        for path in sorted((repo / "targets" / "2016").glob("don-vi-*.yaml"))[-20:]:
            path.with_name("moi-" + path.name).write_bytes(path.read_bytes())
        with monkeypatch.context() as serial:
            serial.setenv("TARGETS_JOBS", "1")
            one = check(repo, today=TODAY, cache=False)
    started = _started(monkeypatch)
    taken: list[object] = []
    original = reader.loader_for

    def loader_for(*args: object, **kwargs: object) -> reader.Loader:
        found = original(*args, **kwargs)  # type: ignore[arg-type]
        taken.append(found)
        return found

    monkeypatch.setattr(reader, "loader_for", loader_for)
    with reader.reading_ahead(repo):
        assert len(started) == 1  # (started now, before the run)
        ahead = reader._AHEAD[0]
        two = check(repo, today=TODAY)
        assert reader._AHEAD == []
    assert taken == [ahead] and len(started) == 1 and started[0].pid == 0  # (ended, reaped)
    assert two.diagnostics == one.diagnostics


@needs_fork
def test_a_reading_ahead_not_as_asked_is_stopped(repo: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that reads otherwise (without the cache here) reads on its own; the helper
    read ahead is stopped when the command ends, and nothing is written."""
    from songlo_targets.read import reader

    started = _started(monkeypatch)
    with reader.reading_ahead(repo):
        assert len(started) == 1
        records, found = load(repo, cache=False)
        assert len(reader._AHEAD) == 1 and started[0].pid > 0
        assert len(started) == 2  # (the run's own helper)
    assert reader._AHEAD == [] and all(helper.pid == 0 for helper in started)
    assert not (repo / ".targets-cache").exists()
    one, one_found = _serial(repo, monkeypatch)
    assert found == one_found and everything(records) == everything(one)
