"""The clerk's session of the README, run as written on a copy of the bundled records.

Every `$ targets …` line of the section runs in order (in Vietnamese, 100 columns, on
1 December 2026, the day the README was written); every line the README shows after it must
be printed (but the lines of tables and the quoted lines of a diagnostic, whose layout other
tests check), and a command whose output shows no refusal must succeed.
"""

from __future__ import annotations

import datetime as dt
import re
import shlex
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from songlo_targets.cli import main

ROOT = Path(__file__).resolve().parents[2]
SECTION = re.compile(r"^## Phiên làm việc của văn thư$(.*?)^## ", re.MULTILINE | re.DOTALL)
REFUSED = ("targets: ", "không ghi gì")
TABLE = tuple("┏┃┡│├└")  # tables are laid out by render/ (tests/render checks them)
FRAME = re.compile(r"^ *\d* *[|+]")  # the quoted lines of a diagnostic (tests/rules check them)


def session() -> list[tuple[str, list[str]]]:
    text = SECTION.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert text is not None, "the README has a clerk's session"
    steps: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", text.group(1), re.DOTALL):
        for line in block.splitlines():
            if line.startswith("$ targets "):
                steps.append((line[len("$ targets "):], []))
            elif steps:
                steps[-1][1].append(line)
    return steps


def test_the_readme_session_runs_as_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        today: Callable[[dt.date], None]) -> None:
    if not (ROOT / "targets" / "2022").is_dir():
        pytest.skip("the bundled records are not in this checkout")
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copy(ROOT / "targets.yaml", repo)
    for folder in ("units", "targets", "evidence"):
        shutil.copytree(ROOT / folder, repo / folder)
    today(dt.date(2026, 12, 1))
    monkeypatch.setenv("COLUMNS", "100")
    steps = session()
    assert len(steps) >= 10
    for command, shown in steps:
        code = 0
        try:
            main(["--root", str(repo), "--lang", "vi", *shlex.split(command)])
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        printed = [line.rstrip() for line in (out + err).splitlines()]
        for line in shown:
            if (line.strip() and line.strip() != "…" and not line.startswith(TABLE)
                    and not FRAME.match(line)):
                assert line.rstrip() in printed, f"`targets {command}` did not print {line!r}"
        refused = any(line.startswith(REFUSED) for line in shown)
        assert (code != 0) == refused, f"`targets {command}` exited {code}:\n{out}{err}"
