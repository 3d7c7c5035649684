"""A command that reads the repository starts reading it before the command is parsed: the
helper of a fresh read is forked before typer, pydantic and the records model are imported,
and the command reads what it would have read otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from contextlib import nullcontext
from pathlib import Path

import pytest

from songlo_targets.cli import _read_ahead
from songlo_targets.read import parallel
from songlo_targets.store.atomic import JOURNAL_NAME

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "xa-song-lo"
PROBE = """
import os, sys
from songlo_targets.read import parallel
parallel.MIN_BYTES = 0  # (a helper even for the small example)
real = os.fork
def fork():
    print("fork", "pydantic" in sys.modules, "typer" in sys.modules, file=sys.stderr)
    return real()
os.fork = fork
from songlo_targets.cli import main
main(sys.argv[1:])
"""


def _run(*args: str, jobs: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TARGETS_LANG": "en", "TARGETS_JOBS": jobs}
    env.pop("TARGETS_NO_CACHE", None)
    return subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          env=env, check=False, timeout=120)


@pytest.mark.skipif(not parallel.available(), reason="no fork or one core")
def test_a_fresh_check_forks_its_helper_before_the_model_is_imported(tmp_path: Path) -> None:
    fresh, alone = tmp_path / "fresh", tmp_path / "alone"
    shutil.copytree(EXAMPLE, fresh)
    shutil.copytree(EXAMPLE, alone)
    done = _run("--root", str(fresh), "check", "--format", "json")
    forks = [line for line in done.stderr.splitlines() if line.startswith("fork")]
    assert forks and forks[0] == "fork False False", done.stderr  # (nor typer imported)
    one = _run("--root", str(alone), "check", "--format", "json", jobs="1")
    assert "fork" not in one.stderr
    assert done.returncode == one.returncode == 0
    assert done.stdout.replace(str(fresh), "R") == one.stdout.replace(str(alone), "R")
    assert (fresh / ".targets-cache").is_dir()  # (written by the run that took the reading)


def test_help_and_other_commands_read_nothing_ahead(tmp_path: Path) -> None:
    shutil.copytree(EXAMPLE, tmp_path / "repo")
    root = str(tmp_path / "repo")
    for args in (["--root", root, "check", "--help"], ["--root", root, "evaluate", "-h"],
                 ["--root", root, "fmt"], ["--root", root, "schema"], ["--version"],
                 ["--root", str(tmp_path / "none"), "check"]):
        assert isinstance(_read_ahead(args), nullcontext), args
    assert not isinstance(_read_ahead(["--root", root, "check"]), nullcontext)
    assert not isinstance(_read_ahead(["check", f"--root={root}"]), nullcontext)


def test_an_interrupted_change_is_completed_before_anything_is_read(tmp_path: Path) -> None:
    """A journal left by an interrupted command: the command completes it first (then reads
    what it completed), so nothing is read ahead."""
    shutil.copytree(EXAMPLE, tmp_path / "repo")
    (tmp_path / "repo" / JOURNAL_NAME).write_text("[]", encoding="utf-8")
    assert isinstance(_read_ahead(["--root", str(tmp_path / "repo"), "check"]), nullcontext)
