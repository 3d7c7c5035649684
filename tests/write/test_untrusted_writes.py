"""Writing is all or nothing, even when killed; the machine's refusals are one line, exit 1;
nothing is written through a link out of the repository (SPEC §8)."""

from __future__ import annotations

import errno
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from songlo_targets.store import atomic

from support.writing_support import Build, Run, tree_hashes

DONE = """\
    tasks:
      - id: '01'
        title: Việc một
        deadline: 2022-06-30
        progress:
          - {date: 2022-06-01, status: done, result: xong,
             evidence: [{title: BB, number: 1/BB, date: 2022-06-01}]}
    """
YEAR = "supervisors:\n  - {key: tam, name: Lê Đăng Tâm, units: [duc-bac, tam-son]}\n"
EVALUATE = ("--lang", "en", "evaluate", "2022", "--write", "--as-of", "2022-12-31")
UNITS = ("units/duc-bac.yaml", "units/tam-son.yaml")

# Runs `targets ARGS` and kills itself (SIGKILL: no clean-up runs) at the chosen moment.
KILLER = """\
import os, signal, sys
from pathlib import Path
mode, at = sys.argv[1], int(sys.argv[2])
seen = {"fsync": 0, "rename": 0}
real_replace, real_fsync = Path.replace, os.fsync
def replace(self, target):
    if str(self).endswith(".targets-tmp") and not str(target).endswith("-journal"):
        if mode == "rename" and seen["rename"] == at:
            os.kill(os.getpid(), signal.SIGKILL)
        seen["rename"] += 1
    return real_replace(self, target)
def fsync(fd):
    if mode == "write" and seen["fsync"] == at:
        os.kill(os.getpid(), signal.SIGKILL)
    seen["fsync"] += 1
    return real_fsync(fd)
Path.replace, os.fsync = replace, fsync
from songlo_targets.cli import main
main(sys.argv[3:])
"""


@pytest.fixture
def repo(write_build: Build) -> Path:
    return write_build({"targets/2022/_year.yaml": YEAR, "targets/2022/duc-bac.yaml": DONE,
                        "targets/2022/tam-son.yaml": DONE})


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.rglob(".*")
                  if p.name.endswith((".tmp", ".targets-tmp", "-journal", ".lock")))


def killed(root: Path, mode: str, at: int) -> int:
    return subprocess.run([sys.executable, "-c", KILLER, mode, str(at), "--root", str(root),
                           *EVALUATE], capture_output=True, check=False).returncode


def test_a_command_killed_during_its_renames_is_completed_by_the_next(
        repo: Path, write_build: Build, write_run: Run, tmp_path: Path) -> None:
    before = tree_hashes(repo)
    assert killed(repo, "rename", 1) == -9
    assert len(leftovers(repo)) >= 2  # the journal and the temporary file of the second unit
    mixed = tree_hashes(repo)
    assert sorted(mixed[u] != before[u] for u in UNITS) == [False, True]  # a mix, for now
    code, _out, _err = write_run("--root", str(repo), "check")  # any next command completes it
    assert code == 0 and leftovers(repo) == []
    after = tree_hashes(repo)
    assert all(after[u] != before[u] for u in UNITS)
    assert write_run("--root", str(repo), *EVALUATE[2:])[0] == 0
    assert tree_hashes(repo) == after  # what an uninterrupted run writes


def test_a_command_killed_before_its_journal_changes_nothing(repo: Path,
                                                             write_run: Run) -> None:
    before = tree_hashes(repo)
    assert killed(repo, "write", 1) == -9
    assert leftovers(repo) != []  # the first temporary file, and the lock
    assert write_run("--root", str(repo), "check")[0] == 0
    assert leftovers(repo) == [] and tree_hashes(repo) == before


def test_a_broken_journal_is_refused_in_one_line(repo: Path, write_run: Run) -> None:
    (repo / atomic.JOURNAL_NAME).write_text(json.dumps(
        {"renames": [{"target": "../outside", "temporary": "../../x"}]}))
    code, _out, err = write_run("--root", str(repo), "check")
    assert code == 1 and err.count("\n") == 1 and atomic.JOURNAL_NAME in err


def test_a_write_protected_file_stops_the_whole_change(repo: Path, write_run: Run) -> None:
    (repo / "units/tam-son.yaml").chmod(0o444)
    before = tree_hashes(repo)
    code, _out, err = write_run("--root", str(repo), *EVALUATE[2:])
    assert code == 1
    assert err.splitlines()[-1] == ("targets: units/tam-son.yaml: permission denied (the file "
                                    "or its folder is write-protected)") or \
        "units/tam-son.yaml: permission denied" in err
    assert tree_hashes(repo) == before and leftovers(repo) == []


@pytest.mark.parametrize(("number", "words"), [
    (errno.ENOSPC, "the disk is full"), (errno.EROFS, "the file system is read-only")])
def test_a_full_disk_is_one_line_and_nothing_changes(
        repo: Path, write_run: Run, monkeypatch: pytest.MonkeyPatch, number: int,
        words: str) -> None:
    before = tree_hashes(repo)
    real_fsync = os.fsync
    calls = []

    def full(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(number, os.strerror(number))
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", full)
    monkeypatch.chdir(repo)
    code, _out, err = write_run(*EVALUATE[2:])
    assert code == 1
    assert re.fullmatch(rf"targets: units/[a-z-]+\.yaml: {words}\n", err)
    assert "unexpected" not in err and "Error" not in err
    assert tree_hashes(repo) == before and leftovers(repo) == []


def test_a_machine_refusal_is_in_vietnamese_too(repo: Path, write_run: Run) -> None:
    (repo / "units/tam-son.yaml").chmod(0o444)
    code, _out, err = write_run("--lang", "vi", "--root", str(repo), *EVALUATE[2:])
    assert code == 1 and "không được phép" in err


def test_a_file_changed_meanwhile_exits_1(repo: Path, write_run: Run,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    real = atomic._write_temporary

    def edit_meanwhile(target: Path, content: bytes) -> Path:
        if target.name == "tam-son.yaml":
            target.write_text(target.read_text() + "# sửa tay\n")
        return real(target, content)

    monkeypatch.setattr(atomic, "_write_temporary", edit_meanwhile)
    code, _out, err = write_run("--root", str(repo), *EVALUATE[2:])
    assert code == 1 and "units/tam-son.yaml changed on disk" in err
    assert leftovers(repo) == []


def test_stale_temporary_files_of_a_dead_run_are_removed(repo: Path, write_run: Run) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = repo / "units" / f".duc-bac.yaml.{dead}-0123456789abcdef.targets-tmp"
    stale.write_text("half")
    live = repo / "units" / f".duc-bac.yaml.{os.getpid()}-0123456789abcdef.targets-tmp"
    live.write_text("being written")
    assert write_run("--root", str(repo), "check")[0] == 0
    assert not stale.exists() and live.exists()


def test_reports_are_not_written_through_a_symlinked_folder(
        repo: Path, write_run: Run, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.md").write_text("not the tool's")
    (repo / "reports/2022").mkdir(parents=True)
    (repo / "reports/2022/don-vi").symlink_to(elsewhere)
    code, _out, err = write_run("--root", str(repo), "report", "2022", "--as-of", "2022-12-31")
    assert code == 1 and "reports/2022/don-vi" in err and "symbolic link" in err
    assert sorted(p.name for p in elsewhere.iterdir()) == ["keep.md"]
    assert not (repo / "reports/2022/tong-hop.md").exists()


def test_a_template_that_is_a_symlink_is_refused(repo: Path, write_run: Run,
                                                 tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("MẬT KHẨU")
    (repo / "templates").mkdir()
    (repo / "templates/tong-hop.md.j2").symlink_to(secret)
    code, _out, err = write_run("--root", str(repo), "report", "2022", "--as-of", "2022-12-31")
    assert code == 1 and "templates/tong-hop.md.j2" in err and "symbolic link" in err
    assert not any("MẬT" in p.read_text() for p in repo.rglob("*.md"))
