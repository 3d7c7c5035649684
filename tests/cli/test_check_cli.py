"""`targets check` as the user runs it: formats, exit codes, and files of every kind."""

from __future__ import annotations

import json
import textwrap
import time
import unicodedata
from pathlib import Path

import pytest

from songlo_targets.cli import main

from conftest import TASKS, RepoFactory

T = "targets/2022/duc-bac.yaml"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def broken_tasks() -> str:
    text = textwrap.dedent(TASKS)
    return text.replace("value: 12.8", "value: 12.0").replace("owner: chu-tich", "owner: x")


def test_clean_records_print_only_the_count_line(
        make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["check", "--root", str(make_repo())], capsys)
    assert (code, out, err) == (0, "0 errors, 0 warnings in 4 files\n", "")


def test_text_format_shows_line_caret_help_and_count(
        make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({T: broken_tasks()})
    code, out, _ = run(["check", "--root", str(root)], capsys)
    assert code == 1
    assert out.splitlines()[:5] == [
        "targets/2022/duc-bac.yaml:5:5: error[unknown-owner]: the owner `x` is not a head of "
        "Xã Đức Bác (`duc-bac`); its heads: `bi-thu` (Bí thư Đảng ủy xã), `chu-tich` (Chủ tịch "
        "UBND xã)",
        "  |",
        "5 |     owner: x",
        "  |     ^",
        "  = help: use a `role` listed under the unit's `heads:`, or leave `owner` out for the "
        "unit as a whole",
    ]
    assert out.endswith("2 errors, 0 warnings in 4 files\n")


def test_json_format(make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", "--root", str(make_repo({T: broken_tasks()})),
                        "--format", "json"], capsys)
    data = json.loads(out)
    assert code == 1
    assert (data["errors"], data["warnings"], data["files"]) == (2, 0, 4)
    first = data["diagnostics"][0]
    assert set(first) == {"code", "severity", "path", "line", "col", "message", "task"}
    assert (first["code"], first["line"], first["task"]) == ("unknown-owner", 5,
                                                             "2022/duc-bac/01")


def test_github_format_escapes(make_repo: RepoFactory, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", "--root", str(make_repo({T: broken_tasks()})),
                        "--format", "github"], capsys)
    assert code == 1
    assert out.splitlines()[0].startswith(
        "::error file=targets/2022/duc-bac.yaml,line=5,col=5,title=unknown-owner::the owner")


def test_strict_fails_on_warnings(make_repo: RepoFactory,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    nfd = textwrap.dedent(TASKS).replace("Kết nạp", unicodedata.normalize("NFD", "Kết nạp"))
    root = make_repo({T: nfd})
    assert run(["check", "--root", str(root)], capsys)[0] == 0
    assert run(["check", "--root", str(root), "--strict"], capsys)[0] == 1


def test_year_filters_other_years(make_repo: RepoFactory,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"targets/2021/duc-bac.yaml": "tasks: [\n"})
    assert run(["check", "--root", str(root)], capsys)[0] == 1
    assert run(["check", "--root", str(root), "--year", "2022"], capsys)[0] == 0


def test_usage_error_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(["check", "--root", str(tmp_path), "--format", "xml"], capsys)[0] == 2
    assert run(["--lang", "fr", "check"], capsys)[0] == 2


def test_no_repository_is_exit_3_with_one_line(
        capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(["check"], capsys)
    assert code == 3 and out == ""
    assert err.count("\n") == 1 and "targets.yaml" in err


def test_root_is_found_upwards_and_from_the_environment(
        make_repo: RepoFactory, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    root = make_repo()
    monkeypatch.chdir(root / "targets" / "2022")
    assert run(["check"], capsys)[0] == 0
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TARGETS_ROOT", str(root))
    assert run(["check"], capsys)[0] == 0


def test_unexpected_failure_is_one_line_unless_debug(
        make_repo: RepoFactory, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("songlo_targets.read.reader.Loader.scan", explode)
    root = make_repo()
    code, _, err = run(["check", "--root", str(root)], capsys)
    assert code == 3 and "disk on fire" in err and "Traceback" not in err
    monkeypatch.setenv("TARGETS_DEBUG", "1")
    code, _, err = run(["check", "--root", str(root)], capsys)
    assert code == 3 and "Traceback" in err


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.startswith("targets ")
    code, out, _ = run(["check", "-h"], capsys)
    assert code == 0 and "--format" in out


# Files of every kind (SPEC §2): accepted, warned about, or refused quickly.


def test_bom_and_crlf_are_accepted(make_repo: RepoFactory,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    crlf = ("\ufeff" + textwrap.dedent(TASKS)).replace("\n", "\r\n").encode("utf-8")
    code, out, _ = run(["check", "--root", str(make_repo({T: crlf}))], capsys)
    assert (code, out) == (0, "0 errors, 0 warnings in 4 files\n")


def test_nfd_is_read_as_nfc_with_a_warning(make_repo: RepoFactory) -> None:
    from songlo_targets.check import check

    nfd = unicodedata.normalize("NFD", textwrap.dedent(TASKS))
    result = check(make_repo({T: nfd}))
    assert [d.code for d in result.diagnostics] == ["not-nfc"]
    task = result.records.task("2022/duc-bac/02")
    assert task is not None and task.title == "Kết nạp đảng viên mới"


def test_legacy_vni_file_is_not_utf8(make_repo: RepoFactory) -> None:
    from songlo_targets.check import check

    vni = "tasks:\n  - id: '01'\n    title: Xa\xf5 \xd1\xf6\xf9c Ba\xf9c\n".encode("latin-1")
    result = check(make_repo({T: vni}))
    assert [(d.code, d.line) for d in result.diagnostics] == [("not-utf8", 3)]


def test_alias_bomb_is_refused_fast(make_repo: RepoFactory) -> None:
    from songlo_targets.check import check

    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    start = time.perf_counter()
    result = check(make_repo({T: "\n".join(lines) + "\n"}))
    assert time.perf_counter() - start < 2
    assert {d.code for d in result.diagnostics} == {"yaml-feature"}


def test_three_mib_file_is_refused_before_parsing(make_repo: RepoFactory) -> None:
    from songlo_targets.check import check

    big = ("tasks:\n" + "# " + "x" * 100 + "\n") * (3 * 1024 * 1024 // 110)
    start = time.perf_counter()
    result = check(make_repo({T: big}))
    assert time.perf_counter() - start < 1
    assert [d.code for d in result.diagnostics] == ["file-too-large"]


def test_standard_tags_are_accepted(make_repo: RepoFactory) -> None:
    from songlo_targets.check import check

    tagged = textwrap.dedent(TASKS).replace("id: '02'", "id: !!str 02").replace(
        "deadline: 2022-12-31", "deadline: !!str 2022-12-31")
    result = check(make_repo({T: tagged}))
    assert result.diagnostics == []
    assert result.records.task("2022/duc-bac/02") is not None
