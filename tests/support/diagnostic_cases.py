"""One case per diagnostic code: the files to write, the code, its line and column.

The diagnostics test runs them; `make docs` turns them into docs/diagnostics.md.
"""

from __future__ import annotations

import datetime as dt
import textwrap
import unicodedata

from conftest import TASKS, UNIT, YEAR, Symlink

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
CASES: dict[str, tuple[dict[str, str | bytes | Symlink | None], str, int, int]] = {
    "not-utf8": ({U: "name: X\xe3 \xd0\xf9c B\xe1c\n".encode("latin-1")}, U, 1, 8),
    "yaml-syntax": ({T: tasks("    title: Kết nạp đảng viên mới",
                              "    title: [Kết nạp đảng viên mới")}, T, 23, 13),
    "duplicate-key": ({T: tasks("    deadline: 2022-12-31", "    deadline: 2022-12-31\n"
                                "    title: Lặp lại")}, T, 24, 5),
    "yaml-feature": ({T: tasks("    deadline: 2022-12-31", "    deadline: &d 2022-12-31")},
                     T, 23, 15),
    "file-too-large": ({T: "# " + "x" * (3 * 1024 * 1024) + "\n"}, T, 1, 1),
    "unsafe-file": ({U: Symlink("/etc/passwd")}, U, 1, 1),
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
    "rating-quota": ({U: unit("evaluations:\n  2022: {final: xuat-sac}\n")}, U, 8, 10),
    "no-supervisor": ({"targets/2022/_year.yaml": textwrap.dedent(YEAR).replace(
        "units: [duc-bac]", "units: []")}, T, 1, 1),
    "status-regress": ({T: tasks("  - id: '02'", "      - date: 2022-08-01\n"
                                 "        status: in-progress\n  - id: '02'")}, T, 22, 9),
    "rating-override": ({U: unit("evaluations:\n  2022:\n    computed: tot\n"
                                 "    final: hoan-thanh\n")}, U, 10, 5),
    "head-name": ({U: textwrap.dedent(UNIT).replace(
        "title: Chủ tịch UBND xã}", "title: Chủ tịch UBND xã, name: Nguyễn Văn A}"),
                   "people/nguyen-van-b.yaml": "name: Nguyễn Văn B\npositions:\n"
                   "  - {unit: duc-bac, role: chu-tich, from: 2021-01-01}\n"}, U, 6, 47),
    "not-nfc": ({T: tasks("Kết nạp", unicodedata.normalize("NFD", "Kết nạp"))}, T, 22, 13),
}
