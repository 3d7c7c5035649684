"""The freeze of SPEC §7 as written: none of the ways round it that a pull request could try."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from songlo_targets.check import check_against

from support.gitrepo import CONFIG, TASKS, UNIT, YEAR, git, make_repo, write

TODAY = dt.date(2022, 11, 30)
TASK_FILE = "targets/2022/duc-bac.yaml"
YEAR_FILE = "targets/2022/_year.yaml"
BASE_YEAR = YEAR + "goals:\n  - {key: gpmb, name: GPMB, measure: {unit: ha, target: 100}}\n"
AMENDED = TASKS.replace(
    "    measure: {unit: ha, target: 12.5}\n",
    "    measure: {unit: ha, target: 12.5}\n"
    "    amendments:\n      - {date: 2022-05-10, decision: 38-QĐ/HU, note: Điều chỉnh}\n")
LOWER = ("target: 12.5", "target: 8")


def amend(decision: str, date: str) -> str:
    return (AMENDED.replace(*LOWER)
            .replace("note: Điều chỉnh}\n", f"note: Điều chỉnh}}\n      - {{date: {date}, "
                     f"decision: '{decision}'}}\n"))


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_repo(tmp_path_factory.mktemp("frozen") / "repo", {
        "targets.yaml": CONFIG, "units/duc-bac.yaml": UNIT, YEAR_FILE: BASE_YEAR,
        TASK_FILE: AMENDED})


def frozen(repo: Path, files: dict[str, str | None]) -> list[tuple[str, int]]:
    git(repo, "checkout", "-q", "--", ".")
    for name, text in files.items():
        if text is None:
            (repo / name).unlink()
        else:
            write(repo, {name: text})
    try:
        found = check_against(repo, "HEAD", today=TODAY).diagnostics
    finally:
        git(repo, "checkout", "-q", "--", ".")
    return [(d.path, d.line) for d in found if d.code == "frozen-changed"]


@pytest.mark.parametrize("files", [
    {TASK_FILE: AMENDED.replace(*LOWER).replace("note: Điều chỉnh", "note: Điều chỉnh.")},
    {TASK_FILE: AMENDED.replace(*LOWER).replace("38-QĐ/HU", "39-QĐ/HU")},
    {TASK_FILE: amend("\u200b", "2022-06-01")},
    {TASK_FILE: amend("x", "2022-06-01")},
    {TASK_FILE: amend("40 - QĐ/HU", "2022-06-01")},
    {TASK_FILE: amend("40-QĐ/HU", "2099-01-01")},
    {TASK_FILE: amend("40-QĐ/HU", "1990-01-01")},
    {TASK_FILE: AMENDED + "    dropped: {date: 2022-07-01, decision: x}\n"},
    {TASK_FILE: AMENDED + "    dropped: {date: 2021-07-01, decision: 40-QĐ/HU}\n"},
    {YEAR_FILE: None},
    {YEAR_FILE: BASE_YEAR.replace("target: 100", "target: 60")},
    {YEAR_FILE: BASE_YEAR.split("goals:")[0] + "goals: []\n"},
    {YEAR_FILE: BASE_YEAR.replace("date: 2022-01-24", "date: 2022-06-24")},
], ids=["amendment-edited", "amendment-replaced", "invisible-decision", "no-symbol",
        "spaces", "future-date", "date-before-assignment", "dropped-without-symbol",
        "dropped-before-assignment", "year-file-deleted", "goal-lowered", "goal-removed",
        "assigned-changed"])
def test_a_way_round_the_freeze_is_caught(repo: Path, files: dict[str, str | None]) -> None:
    assert frozen(repo, files) != []


@pytest.mark.parametrize("files", [
    {TASK_FILE: amend("40-QĐ/HU", "2022-06-01")},
    {TASK_FILE: amend("12/2022/NĐ-CP", "2022-11-30")},
    {TASK_FILE: AMENDED + "    dropped: {date: 2022-07-01, decision: 40-QĐ/HU}\n"},
    {TASK_FILE: AMENDED.replace("value: 3.2}", "value: 4, note: sửa}")},
    {YEAR_FILE: BASE_YEAR.replace("checkpoints: [2022-03-31, 2022-06-30]",
                                  "checkpoints: [2022-03-31]")},
], ids=["proper-amendment", "decree-symbol", "proper-drop", "progress", "checkpoints"])
def test_a_proper_change_passes(repo: Path, files: dict[str, str | None]) -> None:
    assert frozen(repo, files) == []
