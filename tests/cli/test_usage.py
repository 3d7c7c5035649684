"""The command line's own words in the tool's language (cli/usage.py): usage errors, help chrome
and value names in Vietnamese, English with --lang en; pydantic's English never shows."""

from __future__ import annotations

import re

import pytest

from songlo_targets.cli import main

# What typer and pydantic write in English, which a Vietnamese screen must not show.
ENGLISH = re.compile(r"Usage:|Error:|Missing argument|Invalid value|No such (option|command)|"
                     r"Show this message|\[required\]|\[default:|Input should|Value error|"
                     r"requires an argument|does not take a value|unexpected extra|"
                     r"<int>|<str>|<float>|<list|<path>|\{[A-Z]+\}|\[OPTIONS\]|COMMAND|"
                     r"^Options:|^Commands:|^Arguments:|Try '", re.MULTILINE)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    out, err = capsys.readouterr()
    code = exit_.value.code
    return (code if isinstance(code, int) else 0), out, err


USAGE_ERRORS = [
    (["init"], "thiếu đối số THƯ_MỤC"),
    (["evaluate", "abc"], "`NĂM` phải là số nguyên, không phải `abc`"),
    (["progress", "add", "2022/x/01", "--status", "done", "--value", "abc"],
     "`--value` phải là một số, không phải `abc`"),
    (["progress", "--nope"], "không có tùy chọn --nope"),
    (["progress", "--year"], "tùy chọn --year cần một giá trị"),
    (["progress", "--overdue=3"], "tùy chọn --overdue không nhận giá trị"),
    (["nope"], "không có lệnh `nope`"),
    (["chek"], "có phải ý bạn là check"),
    (["check", "extra"], "thừa đối số: extra"),
    (["carry", "2022"], "thiếu đối số SANG_NĂM"),
    (["progress", "add", "2022/x/01"], "thiếu tùy chọn --status"),
]


@pytest.mark.parametrize(("args", "expected"), USAGE_ERRORS)
def test_usage_errors_read_in_vietnamese(
    capsys: pytest.CaptureFixture[str], tmp_path: object, args: list[str], expected: str,
) -> None:
    code, out, err = run(capsys, "--lang", "vi", *args)
    assert code == 2
    assert expected in err
    assert "Lỗi: " in err
    assert not ENGLISH.search(err), err


def test_a_status_is_typed_as_shown_or_as_its_key(capsys: pytest.CaptureFixture[str]) -> None:
    """`--status` takes the labels people read (SPEC §6.8); an unknown one lists them."""
    code, out, err = run(capsys, "--lang", "vi", "progress", "add", "2022/x/01", "--status",
                         "xong xuôi")
    assert code == 2
    assert err == ("targets: không có tình trạng `xong xuôi`: hãy dùng một trong Chưa triển "
                   "khai; Đang thực hiện; Vướng mắc; Hoàn thành\n")


def test_usage_error_shows_the_usage_line_and_help_hint(
        capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "--lang", "vi", "init")
    assert err.splitlines()[:2] == ["Cách dùng: targets init [TÙY_CHỌN] THƯ_MỤC",
                                    "Gõ `targets init -h` để xem trợ giúp."]
    assert "Thư mục sẽ tạo" in err  # the argument's own help says what to give


def test_usage_errors_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "--lang", "en", "evaluate", "abc")
    assert "Usage: targets evaluate [OPTIONS] YEAR" in err
    assert "Error: `YEAR` must be a whole number, not `abc`" in err
    assert "Input should" not in err
    _, _, err = run(capsys, "--lang", "en", "progress", "add", "x", "--status", "zz")
    assert "unknown status `zz`: use one of Not started; In progress; Blocked; Done" in err
    assert "Value error" not in err


def test_root_that_is_a_file(capsys: pytest.CaptureFixture[str], tmp_path: object) -> None:
    code, _, err = run(capsys, "--lang", "vi", "--root", __file__, "check")
    assert code == 2
    assert "là một tệp, không phải thư mục" in err
    assert not ENGLISH.search(err), err


def every_command() -> list[list[str]]:
    """The path of every command and group of the tool (its help screens)."""
    import typer.main

    from songlo_targets.cli.app import build_app

    found: list[list[str]] = []

    def walk(command: object, path: list[str]) -> None:
        found.append(path)
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk(sub, [*path, name])

    walk(typer.main.get_command(build_app()), [])
    return found


# Value names and words of the help texts that a Vietnamese screen spells in Vietnamese.
ENGLISH_NAMES = re.compile(r"\b(YEAR|UNIT|DATE|REF|REF2|DIR|FILE|FROM|TO|ID|KEY|ROLE|TEXT|"
                           r"NUMBER|LEVEL|POINTS|GIT_REF|STATUS|GROUP|PATH|N)\b")


@pytest.mark.parametrize("command", every_command(), ids=lambda c: " ".join(c) or "targets")
def test_help_screens_in_vietnamese(capsys: pytest.CaptureFixture[str],
                                    command: list[str]) -> None:
    code, out, err = run(capsys, "--lang", "vi", *command, "--help")
    assert code == 0, err
    assert out.startswith("Cách dùng: targets")
    assert "Hiện trợ giúp này rồi thoát." in out
    assert not ENGLISH.search(out), out
    assert not ENGLISH_NAMES.search(out), ENGLISH_NAMES.search(out)
    assert not re.search(r"\w-\n\s+\w", out), "a key broken at its hyphen"
    assert "\u2011" not in out


def test_help_chrome(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--lang", "vi", "progress", "--help")
    out = re.sub(r"\s+", " ", out)
    assert "Tùy chọn:" in out and "Lệnh:" in out
    assert "--year NĂM" in out and "--as-of NGÀY" in out
    assert "[mặc định: table]" in out
    assert "--format table|md|csv|json" in out
    _, out, _ = run(capsys, "--lang", "vi", "carry", "--help")
    assert "Đối số:" in out and "[bắt buộc]" in out
    assert "TỪ_NĂM SANG_NĂM" in out


def test_help_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--lang", "en", "progress", "--help")
    out = re.sub(r"\s+", " ", out)
    assert out.startswith("Usage: targets progress [OPTIONS] COMMAND [ARGS]...")
    assert "--year YEAR" in out and "[default: table]" in out
    assert "Show this message and exit." in out
    assert "<int>" not in out and "<str>" not in out


def test_messages_wrap_between_words_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import sys

    from songlo_targets.cli.usage import fit

    line = "Lỗi: thiếu đối số MÃ: Mã đơn vị, cũng là tên tệp: chữ thường không dấu, chữ số và gạch"
    assert fit(line) == line  # captured: one line, for scripts and tests
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setattr("shutil.get_terminal_size", lambda: os.terminal_size((40, 24)))
    lines = fit(line).splitlines()
    assert all(len(part) <= 40 for part in lines)
    assert " ".join(part.strip() for part in lines) == line  # no word broken


def test_a_run_builds_only_the_command_it_names() -> None:
    from songlo_targets.cli.app import build_app, only

    every = build_app()
    names = {c.name for c in every.registered_commands} | {g.name for g in
                                                           every.registered_groups}
    app = only(build_app(), ["--root", "x", "--lang", "en", "progress", "add", "T"])
    assert [g.name for g in app.registered_groups] == ["progress"]
    assert app.registered_commands == []
    app = only(build_app(), ["check", "--format", "json"])
    assert [c.name for c in app.registered_commands] == ["check"]
    for args in (["--help"], ["chek"], [], ["--", "check"]):  # help and mistakes see them all
        app = only(build_app(), args)
        assert {c.name for c in app.registered_commands} | {
            g.name for g in app.registered_groups} == names


@pytest.mark.parametrize(("command", "vi", "en"), [
    (("rollup",), "--out THƯ_MỤC", "--out DIR"), (("report",), "--out THƯ_MỤC", "--out DIR"),
    (("forms",), "--out THƯ_MỤC", "--out DIR"), (("export",), "--out TỆP", "--out FILE"),
    (("person", "show"), "--out ĐƯỜNG_DẪN", "--out PATH")])
def test_an_out_option_is_named_by_what_it_takes(capsys: pytest.CaptureFixture[str],
                                                 command: tuple[str, ...], vi: str,
                                                 en: str) -> None:
    """A folder is THƯ_MỤC (DIR) as for --root and --bundle, a file TỆP (FILE), either a
    path."""
    for lang, shown in (("vi", vi), ("en", en)):
        code, out, _ = run(capsys, "--lang", lang, *command, "--help")
        assert code == 0 and shown in out, (lang, command)
