"""`targets progress add`: one entry at its place, or a refusal that writes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from support.writing_support import Build, Run, tree_hashes

TASKS = """\
    tasks:
      - id: '01'
        title: "GPMB đường tỉnh 307"   # quoted, with a comment
        type: target
        deadline: 2022-09-30
        measure: {unit: ha, target: 12}
        progress:
          - date: 2022-03-31
            status: in-progress
            value: 3
          - date: 2022-09-30
            status: in-progress
            value: 9

      - id: '02'
        title: Xây nhà văn hóa
        deadline: 2022-12-31
    """
YEAR = "supervisors:\n  - {key: tam, name: Lê Đăng Tâm, units: [duc-bac, tam-son]}\n"


@pytest.fixture
def repo(write_build: Build) -> Path:
    root = write_build({"targets/2022/_year.yaml": YEAR, "targets/2022/duc-bac.yaml": TASKS})
    (root / "evidence").mkdir()
    (root / "evidence/bb-15.pdf").write_bytes(b"%PDF")
    return root


def test_an_entry_goes_in_date_order(repo: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(repo), "progress", "add", "2022/duc-bac/01",
                         "--date", "30/06/2022", "--status", "in-progress", "--value", "6")
    assert (code, out) == (0, "2022/duc-bac/01\n")
    text = (repo / "targets/2022/duc-bac.yaml").read_text()
    dates = [line.split()[-1] for line in text.splitlines() if "- date:" in line]
    assert dates == ["2022-03-31", "2022-06-30", "2022-09-30"]
    assert '"GPMB đường tỉnh 307"   # quoted, with a comment' in text
    assert "        value: 6\n" in text


def test_done_with_result_and_evidence_is_recorded(repo: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(repo), "progress", "add", "duc bac/02",
                               "--year", "2022",
                         "--date", "2022-11-20", "--status", "done", "--result", "Đã khánh thành",
                         "--evidence", "Biên bản nghiệm thu", "--number", "15/BB-UBND",
                         "--evidence-date", "2022-11-18", "--file", "evidence/bb-15.pdf")
    assert code == 0, err
    text = (repo / "targets/2022/duc-bac.yaml").read_text()
    assert text.endswith(
        "    deadline: 2022-12-31\n"
        "    progress:\n"
        "      - date: 2022-11-20\n"
        "        status: done\n"
        "        result: Đã khánh thành\n"
        "        evidence:\n"
        "          - title: Biên bản nghiệm thu\n"
        "            number: 15/BB-UBND\n"
        "            date: 2022-11-18\n"
        "            file: evidence/bb-15.pdf\n")
    assert write_run("--root", str(repo), "check")[0] == 0


@pytest.mark.parametrize(("args", "code", "said"), [
    (["2022/duc-bac/02", "--date", "2022-11-20", "--status", "done"], "evidence-missing",
     "without a result"),
    (["2022/duc-bac/02", "--date", "2022-11-20", "--status", "done", "--result", "x"],
     "evidence-missing", "without evidence"),
    (["2022/duc-bac/01", "--date", "2022-11-20", "--status", "done", "--value", "10",
      "--result", "x", "--evidence", "BB", "--url", "https://example.org/bb"],
     "target-not-reached", "at least 12"),
    (["2022/duc-bac/02", "--date", "2022-11-20", "--status", "in-progress", "--percent", "120"],
     "invalid-value", "at most 100"),
    (["2022/duc-bac/02", "--date", "2021-12-20", "--status", "in-progress"], "progress-date",
     "before the year"),
    (["2022/duc-bac/02", "--date", "2099-01-01", "--status", "in-progress"], "progress-date",
     "in the future"),
])
def test_a_refusal_says_why_and_writes_nothing(repo: Path, write_run: Run, args: list[str],
                                               code: str, said: str) -> None:
    before = tree_hashes(repo)
    exit_code, out, err = write_run("--root", str(repo), "progress", "add", *args)
    assert exit_code == 1
    assert f"error[{code}]" in err and said in err
    assert "nothing was written" in err
    assert tree_hashes(repo) == before


def test_the_refusal_is_in_vietnamese_by_default(repo: Path, write_run: Run) -> None:
    before = tree_hashes(repo)
    code, out, err = write_run("--lang", "vi", "--root", str(repo), "progress", "add",
                         "2022/duc-bac/02", "--date", "2022-11-20", "--status", "done")
    assert code == 1 and "không ghi" in err.lower()
    assert tree_hashes(repo) == before


def test_an_unknown_task_is_a_usage_error(repo: Path, write_run: Run) -> None:
    code, out, err = write_run("--root", str(repo), "progress", "add", "2022/duc-bac/09",
                         "--status", "blocked")
    assert code == 2 and "01, 02" in err


def test_a_second_entry_on_one_date_is_refused_unless_it_replaces(
        repo: Path, write_run: Run) -> None:
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "progress", "add", "2022/duc-bac/01",
                               "--date", "31/03/2022", "--status", "in-progress", "--value", "4")
    assert code == 2 and "already has a progress entry on 31/03/2022" in err
    assert "--replace" in err
    assert tree_hashes(repo) == before
    code, out, err = write_run("--root", str(repo), "progress", "add", "2022/duc-bac/01",
                               "--date", "31/03/2022", "--status", "in-progress", "--value", "4",
                               "--note", "Sửa số liệu", "--replace")
    assert (code, out) == (0, "2022/duc-bac/01\n"), err
    text = (repo / "targets/2022/duc-bac.yaml").read_text()
    assert ("      - date: 2022-03-31\n        status: in-progress\n        value: 4\n"
            "        note: Sửa số liệu\n      - date: 2022-09-30\n") in text
    assert "value: 3\n" not in text
    code, out, err = write_run("--root", str(repo), "progress", "add", "2022/duc-bac/01",
                               "--date", "30/09/2022", "--status", "blocked", "--value", "8",
                               "--replace")
    assert code == 0, err
    text = (repo / "targets/2022/duc-bac.yaml").read_text()
    # the last entry replaced: the blank line between the tasks stays where it was
    assert "status: blocked\n        value: 8\n\n  - id: '02'" in text
    code, out, err = write_run("--root", str(repo), "progress", "add", "2022/duc-bac/01",
                               "--date", "30/04/2022", "--status", "in-progress", "--replace")
    assert code == 2 and "no progress entry on 30/04/2022 to replace" in err


def test_the_date_defaults_to_today_only_within_the_tasks_year(
        repo: Path, write_run: Run, today: Callable[[dt.date], None]) -> None:
    today(dt.date(2026, 12, 1))
    before = tree_hashes(repo)
    code, out, err = write_run("--root", str(repo), "progress", "add", "2022/duc-bac/02",
                               "--status", "in-progress")
    assert code == 2 and "the task is of 2022" in err and "--date" in err
    assert tree_hashes(repo) == before
    today(dt.date(2022, 10, 5))
    code, out, err = write_run("--root", str(repo), "progress", "add", "2022/duc-bac/02",
                               "--status", "in-progress")
    assert code == 0, err
    assert "      - date: 2022-10-05\n        status: in-progress\n" in (
        repo / "targets/2022/duc-bac.yaml").read_text()
