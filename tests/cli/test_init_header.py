"""`targets init` asks for the header of the documents on a terminal, and refuses without one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from support.writing_support import Run

HEADER = {"--organization": "Đảng ủy xã Tam Sơn", "--superior": "Đảng bộ tỉnh Phú Thọ",
          "--place": "Tam Sơn", "--symbol": "ĐU"}


def options(*left_out: str) -> list[str]:
    return [part for name, value in HEADER.items() if name not in left_out
            for part in (name, value)]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_without_a_terminal_left_out_options_are_a_usage_error(tmp_path: Path, write_run: Run,
                                                               lang: str) -> None:
    code, out, err = write_run("--lang", lang, "init", str(tmp_path / "kho"),
                               *options("--superior", "--symbol"))
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1
    expected = {"en": "give --superior, --symbol: there is no terminal to ask for them",
                "vi": "hãy ghi --superior, --symbol: không chạy trên cửa sổ dòng lệnh nên "
                      "không hỏi được"}[lang]
    assert err == f"targets: {expected}\n"
    assert not (tmp_path / "kho").exists()


def test_without_any_option_all_four_are_named(tmp_path: Path, write_run: Run) -> None:
    code, _, err = write_run("init", str(tmp_path / "kho"))
    assert code == 2
    assert "--organization, --superior, --place, --symbol" in err


def test_on_a_terminal_left_out_options_are_asked_for_in_vietnamese(
        tmp_path: Path, write_run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    from songlo_targets.cli import init as cli_init
    from songlo_targets.read.loader import load

    monkeypatch.setattr(cli_init, "on_terminal", lambda: True)
    monkeypatch.setattr("sys.stdin", io.StringIO("Đảng ủy xã Tam Sơn\nĐU\n"))
    code, out, err = write_run("--lang", "vi", "init", str(tmp_path / "kho"),
                               "--rules", "qd366-2025", *options("--organization", "--symbol"))
    assert code == 0, err
    assert "Cơ quan ban hành (ví dụ: Đảng ủy xã Tam Sơn): " in out
    assert "Ký hiệu văn bản (ví dụ: ĐU, như trong 125-QĐ/ĐU): " in out
    assert "Cơ quan cấp trên" not in out  # given, so not asked
    records, _ = load(tmp_path / "kho")
    assert records.config is not None
    organization = records.config.organization
    assert (organization.name, organization.superior, organization.place,
            organization.symbol) == ("Đảng ủy xã Tam Sơn", "Đảng bộ tỉnh Phú Thọ", "Tam Sơn", "ĐU")


def test_the_help_names_the_options_without_section_numbers(write_run: Run) -> None:
    code, out, _ = write_run("--lang", "vi", "init", "-h")
    assert code == 0
    for option in ("--organization", "--superior", "--place", "--symbol", "--level"):
        assert option in out
    assert "district|commune" in out and "§" not in out
