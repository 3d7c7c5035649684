"""One case per diagnostic code of SPEC §6.1: inline YAML in, the code at the right line out."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
import unicodedata
from pathlib import Path

import pytest

from songlo_targets.check import check
from songlo_targets.diagnostics import CODES

from conftest import TASKS, UNIT, YEAR, RepoFactory

TODAY = dt.date(2023, 1, 15)


def tasks(old: str, new: str) -> str:
    text = textwrap.dedent(TASKS)
    assert old in text, old
    return text.replace(old, new, 1)


def unit(extra: str) -> str:
    return textwrap.dedent(UNIT) + textwrap.dedent(extra)


T = "targets/2022/duc-bac.yaml"
U = "units/duc-bac.yaml"

CARRY_2021 = """\
    tasks:
      - id: '04'
        title: Xử lý vi phạm đất đai tồn đọng
        deadline: 2021-12-31
    """

# code -> (files to replace, path, line, col)
CASES: dict[str, tuple[dict[str, str | bytes | None], str, int, int]] = {
    "not-utf8": ({U: "name: X\xe3 \xd0\xf9c B\xe1c\n".encode("latin-1")}, U, 1, 8),
    "yaml-syntax": ({T: tasks("    title: Kết nạp đảng viên mới",
                              "    title: [Kết nạp đảng viên mới")}, T, 23, 13),
    "duplicate-key": ({T: tasks("    deadline: 2022-12-31", "    deadline: 2022-12-31\n"
                                "    title: Lặp lại")}, T, 24, 5),
    "yaml-feature": ({T: tasks("    deadline: 2022-12-31", "    deadline: &d 2022-12-31")},
                     T, 23, 15),
    "file-too-large": ({T: "# " + "x" * (3 * 1024 * 1024) + "\n"}, T, 1, 1),
    "missing-field": ({T: tasks("    deadline: 2022-12-31\n", "")}, T, 21, 5),
    "unknown-field": ({T: tasks("    title: Kết nạp", "    titel: Kết nạp")}, T, 22, 5),
    "invalid-value": ({T: tasks("deadline: 2022-09-30", "deadline: 2022-13-45")}, T, 9, 5),
    "unknown-unit": ({"targets/2022/khong-co.yaml": "tasks: []\n"}, "targets/2022/khong-co.yaml",
                     1, 1),
    "unknown-group": ({U: textwrap.dedent(UNIT).replace("group: xa-thi-tran", "group: xa")},
                      U, 2, 1),
    "unknown-owner": ({T: tasks("owner: chu-tich", "owner: pho-chu-tich")}, T, 5, 5),
    "unknown-category": ({T: tasks("[viec-kho]", "[viec-de]")}, T, 6, 5),
    "unknown-basis": ({T: tasks("basis: nq-huyen-iii", "basis: nq-khac")}, T, 7, 5),
    "unknown-supervisor": ({T: tasks("    deadline: 2022-12-31", "    deadline: 2022-12-31\n"
                                     "    supervisor: ai-do")}, T, 24, 5),
    "duplicate-id": ({T: tasks("  - id: '02'", "  - id: '01'")}, T, 21, 5),
    "bad-carry": ({T: tasks("    deadline: 2022-12-31", "    deadline: 2022-12-31\n"
                            "    carried_from: 2022/duc-bac/01")}, T, 24, 5),
    "carried-twice": ({"targets/2021/duc-bac.yaml": CARRY_2021,
                       T: tasks("  - id: '02'", "    carried_from: 2021/duc-bac/04\n  - id: '02'")
                       + "    carried_from: 2021/duc-bac/04\n"}, T, 25, 5),
    "inactive-unit": ({U: unit("active: {from: 2008-12-23, until: 2021-06-30}\n")}, T, 2, 5),
    "measure-mismatch": ({T: tasks("    type: target\n", "")}, T, 9, 5),
    "progress-order": ({T: tasks("date: 2022-03-31", "date: 2022-07-01")}, T, 15, 9),
    "progress-date": ({T: tasks("date: 2022-03-31", "date: 2021-12-01")}, T, 12, 9),
    "evidence-missing": ({T: tasks("        evidence:\n          - {title: Biên bản bàn giao, "
                                   "number: 15/BB-UBND, date: 2022-06-28}\n", "")}, T, 16, 9),
    "evidence-file": ({T: tasks("number: 15/BB-UBND, date: 2022-06-28",
                                "file: evidence/khong-co.pdf")}, T, 20, 40),
    "target-not-reached": ({T: tasks("value: 12.8", "value: 12.0")}, T, 17, 9),
    "rating-unknown": ({U: unit("evaluations:\n  2022: {computed: gioi}\n")}, U, 8, 10),
    "rating-quota": ({U: unit("evaluations:\n  2022: {computed: xuat-sac}\n")}, U, 8, 10),
    "no-supervisor": ({"targets/2022/_year.yaml": textwrap.dedent(YEAR).replace(
        "units: [duc-bac]", "units: []")}, T, 1, 1),
    "status-regress": ({T: tasks("  - id: '02'", "      - date: 2022-08-01\n"
                                 "        status: in-progress\n  - id: '02'")}, T, 22, 9),
    "rating-override": ({U: unit("evaluations:\n  2022:\n    computed: tot\n"
                                 "    final: hoan-thanh\n")}, U, 10, 5),
    "not-nfc": ({T: tasks("Kết nạp", unicodedata.normalize("NFD", "Kết nạp"))}, T, 22, 13),
}

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
    docs = (Path(__file__).parents[1] / "docs" / "diagnostics.md").read_text(encoding="utf-8")
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
