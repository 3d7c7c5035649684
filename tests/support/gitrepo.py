"""Tiny data repositories in real git repositories, for the review workflow's tests."""

from __future__ import annotations

import subprocess
import textwrap
from pathlib import Path

CONFIG = """\
schema: 1
organization: {name: Huyện ủy Sông Lô, symbol: HU}
groups:
  - {key: xa-thi-tran, name: 'Các xã, thị trấn'}
categories:
  - {key: viec-kho, name: Việc khó}
  - {key: viec-moi, name: Việc mới}
"""

UNIT = """\
name: Xã Đức Bác
group: xa-thi-tran
heads:
  - {role: chu-tich, title: Chủ tịch UBND xã}
reviewers: ['@songlo/duc-bac', '@songlo/ban-to-chuc']
"""

YEAR = """\
assigned: {decision: 125-QĐ/HU, date: 2022-01-24}
basis:
  - {key: nq-huyen-iii, name: Nghị quyết Đại hội Đảng bộ huyện Sông Lô lần thứ III}
supervisors:
  - {key: le-dang-tam, name: Lê Đăng Tâm, units: [duc-bac]}
checkpoints: [2022-03-31, 2022-06-30]
"""

TASKS = """\
# Nhiệm vụ năm 2022 của xã Đức Bác
tasks:
  - id: '01'
    title: Hoàn thành GPMB dự án đường tỉnh 307
    type: target
    deadline: 2022-09-30
    categories: [viec-kho]
    measure: {unit: ha, target: 12.5}
    progress:
      - {date: 2022-03-31, status: in-progress, value: 3.2}
  - id: '02'
    title: Xây dựng nông thôn mới kiểu mẫu
    owner: chu-tich
    deadline: 2022-12-15
"""


def git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
                          cwd=root, capture_output=True, text=True, check=True)
    return done.stdout


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")


def commit(root: Path, message: str = "change") -> str:
    git(root, "add", "-A")
    git(root, "commit", "-q", "--allow-empty", "-m", message)
    return git(root, "rev-parse", "HEAD").strip()


def make_repo(root: Path, files: dict[str, str] | None = None) -> Path:
    """A git repository holding a valid data repository of one assigned year, committed."""
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", "main")
    write(root, files if files is not None else {
        "targets.yaml": CONFIG, "units/duc-bac.yaml": UNIT,
        "targets/2022/_year.yaml": YEAR, "targets/2022/duc-bac.yaml": TASKS})
    commit(root, "records")
    return root
