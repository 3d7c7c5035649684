"""Shared test helpers: tiny data repositories built from inline YAML."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from songlo_targets import i18n

GOLDEN_OPTION = "--update-golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(GOLDEN_OPTION, action="store_true",
                     help="Rewrite the golden files of tests/golden from the current output.")


@pytest.fixture(autouse=True)
def _stable_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("TARGETS_ROOT", raising=False)
    monkeypatch.delenv("TARGETS_LANG", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    i18n.set_language("vi")


Write = Callable[[dict[str, str]], Path]


@pytest.fixture
def repo(tmp_path: Path) -> Write:
    """Write files (path -> dedented YAML) under tmp_path, targets.yaml included by default."""

    def write(files: dict[str, str]) -> Path:
        files = {"targets.yaml": CONFIG, **files}
        for name, text in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return tmp_path

    return write


CONFIG = """
    schema: 1
    organization: {name: Huyện ủy Thử}
    groups:
      - {key: xa, name: Các xã}
      - {key: ban, name: Các ban}
    categories:
      - {key: viec-kho, name: Việc khó}
"""
