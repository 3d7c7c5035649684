"""What a writing command says when it refuses (cli/writing.py): the position it names lies in
the file as the command would write it, so the lines the command would add are shown, marked
`+`, with a note that the file on disk is left as it is; the last line counts the errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from support.writing_support import Build, Run, tree_hashes

TASKS = """\
    tasks:
      - id: '01'
        title: GPMB đường tỉnh 307
        type: target
        deadline: 2022-09-30
        measure: {unit: ha, target: 12}
    """
YEAR = "supervisors:\n  - {key: tam, name: Lê Đăng Tâm, units: [duc-bac, tam-son]}\n"


@pytest.fixture
def repo(write_build: Build) -> Path:
    return write_build({"targets/2022/_year.yaml": YEAR, "targets/2022/duc-bac.yaml": TASKS})


ARGS = ["progress", "add", "2022/duc-bac/01", "--date", "2022-09-20", "--status", "done",
        "--value", "10", "--result", "x", "--evidence", "BB", "--url", "https://example.org/b"]


def test_a_refused_line_that_does_not_exist_yet_is_shown_as_written(
        repo: Path, write_run: Run) -> None:
    on_disk = (repo / "targets/2022/duc-bac.yaml").read_text().count("\n")
    before = tree_hashes(repo)
    code, _, err = write_run("--root", str(repo), *ARGS)
    assert code == 1 and tree_hashes(repo) == before
    head = re.match(r"targets/2022/duc-bac\.yaml:(\d+):(\d+): error\[target-not-reached\]", err)
    assert head is not None
    line = int(head.group(1))
    assert line > on_disk  # the position lies in what the command would write…
    assert re.search(rf"^{line} \+\s+value: 10$", err, re.MULTILINE)  # …shown as such
    assert f"line {line} is one this command would write" in err
    assert f"has {on_disk} lines on disk and was left as it is" in err
    assert err.rstrip().endswith("nothing was written: the change would bring 1 error into "
                                 "the records")


def test_the_refusal_in_vietnamese(repo: Path, write_run: Run) -> None:
    code, _, err = write_run("--root", str(repo), "--lang", "vi", *ARGS)
    assert code == 1
    assert "ghi chú: dòng" in err and "sẽ ghi thêm" in err
    assert err.rstrip().endswith("không ghi gì: thay đổi này sẽ gây ra 1 lỗi trong hồ sơ")


def test_many_files_in_one_folder_are_one_line(write_build: Build, write_run: Run) -> None:
    units = {f"units/xa-{n}.yaml": f"name: Xã {n}\ngroup: xa-thi-tran\n" for n in "abcdef"}
    tasks = {f"targets/2022/xa-{n}.yaml": "tasks:\n  - {id: '01', title: Việc, deadline: "
             "2022-12-31}\n" for n in "abcdef"}
    root = write_build({**units, **tasks})
    code, _, err = write_run("--root", str(root), "carry", "2022", "2023", "--dry-run")
    assert code == 0, err
    assert ("would write 6 files in targets/2023/: xa-a.yaml, xa-b.yaml, xa-c.yaml, "
            "xa-d.yaml, xa-e.yaml, xa-f.yaml") in err
    assert "would write targets/2023/xa-a.yaml" not in err


def test_problems_of_one_new_line_share_its_excerpt(repo: Path, write_run: Run) -> None:
    code, _, err = write_run("--root", str(repo), "progress", "add", "2022/duc-bac/01",
                             "--date", "2022-09-20", "--status", "done")
    assert code == 1
    assert err.count("error[") >= 2  # no result, no evidence, no value
    assert len(re.findall(r"^\d+ \+\s+status: done$", err, re.MULTILINE)) == 1
