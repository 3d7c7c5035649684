"""A write is all or nothing, one writer at a time, and never over someone else's edit."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from pathlib import Path
from typing import Any

import pytest

from songlo_targets.store import LOCK_NAME, Transaction, WriteRefused, atomic, edits

from support.writing_support import Build, tree_hashes

TASKS = """\
    # Đức Bác 2022
    tasks:
      - id: '01'
        title: Việc một
        deadline: 2022-12-31
    """
YEAR = "supervisors:\n  - {key: tam, name: Lê Đăng Tâm, units: [duc-bac, tam-son]}\n"


@pytest.fixture
def repo(write_build: Build) -> Path:
    return write_build({"targets/2022/_year.yaml": YEAR, "targets/2022/duc-bac.yaml": TASKS})


def _add_progress(repo: Path) -> Transaction:
    transaction = Transaction(repo, dt.date(2023, 1, 10))
    task = transaction.open("targets/2022/duc-bac.yaml").tree["tasks"][0]
    edits.set_key(task, "progress", edits.sequence([edits.mapping(
        [("date", dt.date(2022, 5, 1)), ("status", "in-progress")])]), edits.TASK_KEYS)
    return transaction


def test_a_checked_edit_is_written(repo: Path) -> None:
    outcome = _add_progress(repo).commit()
    assert outcome.ok and outcome.written
    assert "status: in-progress" in (repo / "targets/2022/duc-bac.yaml").read_text()
    assert not (repo / LOCK_NAME).exists()


@pytest.mark.parametrize("where", ["write", "fsync", "rename"])
def test_an_interrupted_write_leaves_the_original_intact(
        repo: Path, where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = tree_hashes(repo)

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    if where == "write":
        monkeypatch.setattr(atomic.os, "fdopen", boom)
    elif where == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", boom)
    else:
        monkeypatch.setattr(Path, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        _add_progress(repo).commit()
    assert tree_hashes(repo) == before  # no temporary file left, no lock, original intact


def test_the_second_of_two_writers_at_once_is_refused(repo: Path) -> None:
    first, second = _add_progress(repo), _add_progress(repo)
    with atomic.repository_lock(repo):  # the first writer is in the middle of its write
        with pytest.raises(WriteRefused) as refused:
            second.commit()
        assert "lock" in refused.value.text()
    assert first.commit().written


def test_a_file_changed_on_disk_since_it_was_read_is_not_overwritten(repo: Path) -> None:
    path = repo / "targets/2022/duc-bac.yaml"
    first, second = _add_progress(repo), _add_progress(repo)
    assert first.commit().written
    mine = path.read_bytes()
    with pytest.raises(WriteRefused) as refused:
        second.commit()
    assert "targets/2022/duc-bac.yaml" in refused.value.text()
    assert path.read_bytes() == mine


def _writer(repo: Path, barrier: Any) -> None:
    transaction = _add_progress(repo)  # read the file…
    barrier.wait()  # …and write only once the other process has read it too
    try:
        transaction.commit()
    except WriteRefused:
        os._exit(7)
    os._exit(0)


def test_writers_in_two_processes_cannot_both_succeed(repo: Path) -> None:
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(2)
    workers = [context.Process(target=_writer, args=(repo, barrier)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    assert sorted(w.exitcode for w in workers) == [0, 7]
    assert not (repo / LOCK_NAME).exists()


def test_a_lock_left_by_a_dead_process_is_taken_over(repo: Path) -> None:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    (repo / LOCK_NAME).write_text(f"{pid}\n")
    assert _add_progress(repo).commit().written


def test_a_change_that_brings_an_error_is_refused_and_writes_nothing(repo: Path) -> None:
    before = tree_hashes(repo)
    transaction = Transaction(repo, dt.date(2023, 1, 10))
    task = transaction.open("targets/2022/duc-bac.yaml").tree["tasks"][0]
    task["owner"] = "giam-doc"
    outcome = transaction.commit()
    assert [d.code for d in outcome.refused] == ["unknown-owner"]
    assert not outcome.written
    assert tree_hashes(repo) == before
