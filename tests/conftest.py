"""Shared test helpers: tiny data repositories built from inline YAML."""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from support import golden, writing_support

CONFIG = """\
    schema: 1
    organization: {name: Huyện ủy Sông Lô, superior: Đảng bộ tỉnh Vĩnh Phúc, place: Sông Lô,
                   symbol: HU}
    language: en
    groups:
      - {key: xa-thi-tran, name: 'Các xã, thị trấn'}
    categories:
      - {key: viec-kho, name: Việc khó}
    """

UNIT = """\
    name: Xã Đức Bác
    group: xa-thi-tran
    code: '08854'
    heads:
      - {role: bi-thu, title: Bí thư Đảng ủy xã}
      - {role: chu-tich, title: Chủ tịch UBND xã}
    """

YEAR = """\
    basis:
      - {key: nq-huyen-iii, name: Nghị quyết Đại hội Đảng bộ huyện Sông Lô lần thứ III}
    goals:
      - {key: gpmb, name: Giải phóng mặt bằng, measure: {unit: ha, target: 100}}
    supervisors:
      - key: le-dang-tam
        name: Lê Đăng Tâm
        title: Phó Bí thư Thường trực Huyện ủy
        units: [duc-bac]
    checkpoints: [2022-03-31, 2022-06-30, 2022-09-30, 2022-12-15]
    """

TASKS = """\
    tasks:
      - id: '01'
        title: Hoàn thành GPMB đường tỉnh 307
        type: target
        owner: chu-tich
        categories: [viec-kho]
        basis: nq-huyen-iii
        goal: gpmb
        deadline: 2022-09-30
        measure: {unit: ha, target: 12.5}
        progress:
          - date: 2022-03-31
            status: in-progress
            value: 3.2
          - date: 2022-06-30
            status: done
            value: 12.8
            result: Đã bàn giao 12,8 ha mặt bằng
            evidence:
              - {title: Biên bản bàn giao, number: 15/BB-UBND, date: 2022-06-28}
      - id: '02'
        title: Kết nạp đảng viên mới
        deadline: 2022-12-31
    """

BASE = {
    "targets.yaml": CONFIG,
    "units/duc-bac.yaml": UNIT,
    "targets/2022/_year.yaml": YEAR,
    "targets/2022/duc-bac.yaml": TASKS,
}

RepoFactory = Callable[..., Path]


@dataclass(frozen=True)
class Symlink:
    """A file of a test repository that is a symbolic link to ``target``."""

    target: str


def write_repo(root: Path, files: dict[str, str | bytes | Symlink | None]) -> Path:
    for name, content in files.items():
        path = root / name
        if isinstance(content, Symlink):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)
            path.symlink_to(content.target)
            continue
        if content is None:
            if path.exists():
                path.unlink()
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8", newline="\n")
    return root


@pytest.fixture
def make_repo(tmp_path: Path) -> RepoFactory:
    """``make_repo(**{"path": yaml})``: the base repository with some files replaced."""

    def make(files: dict[str, str | bytes | Symlink | None] | None = None,
             base: bool = True) -> Path:
        root = tmp_path / "repo"
        return write_repo(root, {**(BASE if base else {}), **(files or {})})

    return make


@pytest.fixture(autouse=True)
def _english_and_wide(monkeypatch: pytest.MonkeyPatch) -> None:
    from songlo_targets import i18n

    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("TARGETS_LANG", raising=False)
    monkeypatch.delenv("TARGETS_ROOT", raising=False)
    i18n.set_language("en")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="Rewrite the golden files in tests/golden from the current output "
                          "(also UPDATE_GOLDEN=1).")


def pytest_configure(config: pytest.Config) -> None:
    golden.set_update(bool(config.getoption("--update-golden")))


# The fixtures of the writing commands' tests (assign, progress add, carry, fmt, init).
write_build = pytest.fixture(writing_support.write_build)
write_run = pytest.fixture(writing_support.write_run)


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> Callable[[dt.date], None]:
    """``today(date)``: the tool's clock (:func:`songlo_targets.dates.today`) says ``date``."""

    def set_today(day: dt.date) -> None:
        monkeypatch.setattr("songlo_targets.dates.today", lambda: day)

    return set_today


@pytest.fixture(autouse=True)
def _cache_key_outside_home(tmp_path_factory: pytest.TempPathFactory,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache's signing key (cache.py) goes to a temporary folder, not the user's ~/.cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))


EXAMPLE_COMMUNE = Path(__file__).resolve().parents[1] / "examples" / "xa-song-lo"


@pytest.fixture
def commune(tmp_path: Path, today: Callable[[dt.date], None]) -> Path:
    """A copy of the example commune of 2026 (examples/xa-song-lo), on 7 December 2026."""
    today(dt.date(2026, 12, 7))
    root = tmp_path / "xa"
    shutil.copytree(EXAMPLE_COMMUNE, root, ignore=shutil.ignore_patterns(".targets-cache"))
    return root
