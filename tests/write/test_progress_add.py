"""`targets progress add`: one entry at its place, or a refusal that writes nothing."""

from __future__ import annotations

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
    (["2022/duc-bac/01", "--date", "2022-03-31", "--status", "in-progress", "--value", "4"],
     "progress-order", "two progress entries"),
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
