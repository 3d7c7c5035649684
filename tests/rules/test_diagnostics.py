"""One case per diagnostic code of SPEC §6.1: inline YAML in, the code at the right line out."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

import pytest

from songlo_targets.check import check
from songlo_targets.diagnostics import CODES

from conftest import UNIT, RepoFactory
from support.diagnostic_cases import CASES, T, U, tasks

TODAY = dt.date(2023, 1, 15)



LATER = {"frozen-changed"}  # needs a git revision: tested with `check --against`


def test_every_code_has_a_case() -> None:
    assert set(CODES) - LATER == set(CASES)


def test_the_base_repository_is_clean(make_repo: RepoFactory) -> None:
    result = check(make_repo(), today=TODAY)
    assert result.diagnostics == []
    assert result.records.files == 4


@pytest.mark.parametrize("code", sorted(CASES))
def test_code_is_reported_at_its_line(make_repo: RepoFactory, code: str) -> None:
    files, path, line, col = CASES[code]
    result = check(make_repo(files), today=TODAY)
    found = [(d.path, d.line, d.col) for d in result.diagnostics if d.code == code]
    assert (path, line, col) in found, [
        (d.code, d.path, d.line, d.col, d.text()) for d in result.diagnostics]
    for diagnostic in result.diagnostics:
        assert diagnostic.text() and "{" not in diagnostic.text()
        assert diagnostic.help() and "{" not in diagnostic.help()


def test_several_faults_in_several_files_are_all_reported(make_repo: RepoFactory) -> None:
    root = make_repo({
        U: textwrap.dedent(UNIT).replace("group: xa-thi-tran", "group: xa"),
        T: tasks("owner: chu-tich", "owner: ai").replace("[viec-kho]", "[viec-de]"),
        "targets/2022/yen-thach.yaml": "tasks: [\n",
        "targets/2021/duc-bac.yaml":
            "tasks:\n  - id: '01'\n    title: x\n    deadline: 2021-02-30\n",
    })
    codes = {(d.path, d.code) for d in check(root, today=TODAY).diagnostics}
    assert {(U, "unknown-group"), (T, "unknown-owner"), (T, "unknown-category"),
            ("targets/2022/yen-thach.yaml", "yaml-syntax"),
            ("targets/2021/duc-bac.yaml", "invalid-value")} <= codes


def test_docs_describe_every_code() -> None:
    docs = (Path(__file__).parents[2] / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^## `([a-z0-9-]+)`", docs, flags=re.MULTILINE))
    assert headings == set(CODES)
    for code in CODES:
        section = docs.split(f"## `{code}`", 1)[1].split("\n## ", 1)[0]
        assert "```" in section, f"{code}: the entry needs an example"


def test_a_year_without_its_year_file_is_one_warning(make_repo: RepoFactory) -> None:
    two_units = {
        "units/yen-thach.yaml": "name: Xã Yên Thạch\ngroup: xa-thi-tran\n",
        "targets/2023/duc-bac.yaml": "tasks:\n  - {id: '01', title: A, deadline: 2023-06-30}\n",
        "targets/2023/yen-thach.yaml": "tasks:\n  - {id: '01', title: B, deadline: 2023-06-30}\n",
    }
    found = [(d.code, d.path, d.line) for d in check(make_repo(two_units),
                                                    today=TODAY).diagnostics]
    assert found == [("no-supervisor", "targets/2023/duc-bac.yaml", 1)]
