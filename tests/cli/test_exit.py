"""The process ends at once after a command (``cli.leave``): what it printed is all out, and
its exit code is the command's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "xa-song-lo"


def targets(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TARGETS_LANG": "en", "TARGETS_NO_CACHE": "1"}
    return subprocess.run([sys.executable, "-m", "songlo_targets", *args], capture_output=True,
                          text=True, env=env, check=False, timeout=120)


def test_a_large_output_is_printed_whole_and_the_code_kept() -> None:
    done = targets("--root", str(EXAMPLE), "evaluate", "2026", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["year"] == 2026  # the whole document, to its last brace
    with_errors = targets("--root", str(EXAMPLE), "evaluate", "2026", "--quarter", "9")
    assert with_errors.returncode == 2
    assert with_errors.stdout == ""
    assert with_errors.stderr.strip().splitlines()[-1] == (
        "Error: `--quarter` must be at most 4, not 9")
