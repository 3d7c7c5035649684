"""Helpers of the tests of the writing commands; tests/conftest.py makes fixtures of
`write_build` (a tiny repository with two units) and `write_run` (run `targets`)."""

from __future__ import annotations

import hashlib
import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from songlo_targets.cli import main

CONFIG = """\
schema: 1
organization:
  name: Huyện ủy Sông Lô
groups:
  - {key: xa-thi-tran, name: 'Các xã, thị trấn'}
  - {key: co-quan-ubnd, name: Các cơ quan chuyên môn thuộc UBND huyện}
categories:
  - {key: viec-kho, name: Việc khó}
  - {key: viec-moi, name: Việc mới}
"""

UNITS = {
    "duc-bac": """\
        name: Xã Đức Bác
        group: xa-thi-tran
        heads:
          - {role: bi-thu, title: Bí thư Đảng ủy xã}
          - {role: chu-tich, title: Chủ tịch UBND xã}
        """,
    "tam-son": """\
        name: Thị trấn Tam Sơn
        group: xa-thi-tran
        """,
}


Build = Callable[[dict[str, str]], Path]


def write_build(tmp_path: Path) -> Build:
    """A repository in tmp_path: targets.yaml, two units, plus the given files (dedented)."""

    def make(files: dict[str, str]) -> Path:
        everything = {"targets.yaml": CONFIG,
                      **{f"units/{k}.yaml": v for k, v in UNITS.items()}, **files}
        for rel, text in everything.items():
            path = tmp_path / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(textwrap.dedent(text).encode("utf-8"))
        return tmp_path

    return make


Run = Callable[..., tuple[int, str, str]]


def write_run(capsys: pytest.CaptureFixture[str]) -> Run:
    """Run `targets ARGS…`; return (exit code, stdout, stderr)."""

    def invoke(*args: str) -> tuple[int, str, str]:
        code = 0
        try:
            main([*args] if "--lang" in args else ["--lang", "en", *args])
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def tree_hashes(root: Path) -> dict[str, str]:
    """Every file under root and its digest, to prove that nothing was written."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*"))
            if p.is_file() and ".targets-cache" not in p.relative_to(root).parts}  # not records


BUNDLED = Path(__file__).resolve().parents[2]  # the repository: the Sông Lô records


def bundled_copy(folder: Path, *parts: str) -> Path:
    """A copy of the bundled records (targets.yaml and ``parts``) in ``folder/repo``."""
    root = folder / "repo"
    root.mkdir()
    shutil.copy(BUNDLED / "targets.yaml", root / "targets.yaml")
    for part in parts or ("units", "targets", "evidence"):
        if (BUNDLED / part).exists():
            shutil.copytree(BUNDLED / part, root / part)
    return root
