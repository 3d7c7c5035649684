"""A repository is untrusted input (SPEC §8): what a pull request commits is reported, never
followed, never a crash, and both readers agree on it."""

from __future__ import annotations

import datetime as dt
import os
import textwrap
from pathlib import Path

import pytest

from songlo_targets.check import check_records
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.paths import FileTooLarge, UnsafeFile, read_bytes
from songlo_targets.read.loader import load
from songlo_targets.render.diagnostics import as_json, as_text

from conftest import TASKS, UNIT, RepoFactory, Symlink
from support.diagnostic_cases import T, U, tasks

TODAY = dt.date(2023, 1, 15)


def both(root: Path) -> list[Diagnostic]:
    """The diagnostics of `check`, the same by the fast reader, the reference and the cache."""
    found = []
    for fast, cache in ((True, False), (False, False), (True, True), (True, True)):
        records, loaded = load(root, fast=fast, cache=cache)
        found.append(check_records(records, loaded, today=TODAY).diagnostics)
    assert found[0] == found[1] == found[2] == found[3]
    return found[0]


def codes(diagnostics: list[Diagnostic]) -> list[tuple[str, str, int, int]]:
    return [(d.code, d.path, d.line, d.col) for d in diagnostics]


def unit(old: str, new: str) -> str:
    text = textwrap.dedent(UNIT)
    assert old in text
    return text.replace(old, new, 1)


# Symlinks, pipes, devices and folders -------------------------------------------------------


@pytest.mark.parametrize("target", ["/etc/passwd", "/proc/self/environ", "/dev/zero",
                                    "/nonexistent", "duc-bac.yaml"])
def test_a_record_file_that_is_a_symlink_is_never_read(make_repo: RepoFactory,
                                                       target: str) -> None:
    root = make_repo({"units/zz.yaml": Symlink(target)})
    records, loaded = load(root, cache=False)
    assert codes(loaded) == [("unsafe-file", "units/zz.yaml", 1, 1)]
    assert "units/zz.yaml" not in records.texts and "zz" not in records.units
    assert "symbolic link" in as_text(loaded, records.texts, 1)


def test_a_fifo_does_not_hang_and_a_folder_does_not_crash(make_repo: RepoFactory) -> None:
    root = make_repo()
    os.mkfifo(root / "units/pipe.yaml")
    (root / "targets/2022/zz.yaml").mkdir()
    found = codes(both(root))
    assert ("unsafe-file", "units/pipe.yaml", 1, 1) in found
    assert ("unsafe-file", "targets/2022/zz.yaml", 1, 1) in found


def test_a_symlinked_folder_of_the_layout_is_not_entered(make_repo: RepoFactory,
                                                         tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "spy.yaml").write_text("name: secret\ngroup: xa-thi-tran\n")
    root = make_repo({"targets/2023": Symlink(str(outside))})
    found = codes(both(root))
    assert ("unsafe-file", "targets/2023", 1, 1) in found
    assert not any(path.startswith("targets/2023/") for _c, path, _l, _k in found)


def test_reads_are_bounded_and_the_size_known_first(tmp_path: Path) -> None:
    (tmp_path / "big.yaml").write_bytes(b"x" * 100)
    with pytest.raises(FileTooLarge) as too_large:
        read_bytes(tmp_path, "big.yaml", 10)
    assert too_large.value.size == 100
    (tmp_path / "link.yaml").symlink_to(tmp_path / "big.yaml")
    (tmp_path / "folder").symlink_to(tmp_path)
    for rel in ("link.yaml", "folder/big.yaml"):
        with pytest.raises(UnsafeFile):
            read_bytes(tmp_path, rel, 1000)
    assert read_bytes(tmp_path, "big.yaml", 100) == b"x" * 100


# Reader faults become diagnostics at their place ---------------------------------------------


@pytest.mark.parametrize(("text", "line", "col"), [
    ("name: Xã Đức Bác\n<<: {group: xa-thi-tran}\n", 2, 1),
    ("name: Xã Đức Bác\ngroup: xa-thi-tran\n<<: {}\n", 3, 1),
], ids=["merge", "empty-merge"])
def test_a_merge_key_is_a_yaml_feature(make_repo: RepoFactory, text: str, line: int,
                                       col: int) -> None:
    found = codes(both(make_repo({U: text})))
    assert ("yaml-feature", U, line, col) in found


@pytest.mark.parametrize(("old", "new", "line", "col"), [
    ("code: '08854'", "order: " + "9" * 5000, 3, 8),
    ("code: '08854'", 'code: "x\\0"', 3, 1),
    ("code: '08854'", 'code: "\\uD800"', 3, 1),
    ("name: Xã Đức Bác", 'name: "Xã \\uD800"', 1, 1),
    ("code: '08854'", "code: 0e0", 3, 1),
], ids=["long-int", "nul", "surrogate-key", "surrogate-name", "0e0"])
def test_values_no_record_can_hold_are_invalid(make_repo: RepoFactory, old: str, new: str,
                                               line: int, col: int) -> None:
    root = make_repo({U: unit(old, new)})
    found = both(root)
    assert ("invalid-value", U, line, col) in codes(found)
    records, _ = load(root, cache=False)
    shown = as_text(found, records.texts, 4) + as_json(found, 4)
    shown.encode("utf-8")  # printable: no lone surrogate reaches the terminal


def test_an_evidence_file_with_nul_is_a_diagnostic(make_repo: RepoFactory) -> None:
    root = make_repo({T: tasks("number: 15/BB-UBND, date: 2022-06-28", 'file: "x\\0"')})
    assert ("invalid-value", T, 20, 40) in codes(both(root))


@pytest.mark.parametrize("char", ["\x7f", "\x0c", "\x90", "\ufffe", "\x00"])
def test_characters_yaml_refuses_are_placed_and_both_readers_agree(
        make_repo: RepoFactory, char: str) -> None:
    text = textwrap.dedent(UNIT).replace("Xã Đức Bác", f"Xã Đức{char} Bác")
    found = codes(both(make_repo({U: text})))
    assert found == [("yaml-syntax", U, 1, 13)]


def test_a_nul_in_a_comment_is_placed(make_repo: RepoFactory) -> None:
    text = textwrap.dedent(TASKS).replace("  - id: '02'", "  # ghi\x00 chú\n  - id: '02'")
    assert codes(both(make_repo({T: text}))) == [("yaml-syntax", T, 21, 8)]


@pytest.mark.parametrize("word", ["nan", "inf", "NaN", "-inf", "Inf"])
def test_text_stays_text(make_repo: RepoFactory, word: str) -> None:
    root = make_repo({U: unit("title: Bí thư Đảng ủy xã", f"title: '{word}', name: {word}")})
    assert both(root) == []
    for fast in (True, False):
        records, _ = load(root, cache=False, fast=fast)
        assert records.units["duc-bac"].heads[0].name == word


def test_not_utf8_is_placed_in_characters(make_repo: RepoFactory) -> None:
    data = "name: Xã Đức Bác\ngroup: xã-\xe0\n".encode().replace(b"\xc3\xa0", b"\xe0")
    assert codes(both(make_repo({U: data}))) == [("not-utf8", U, 2, 11)]


@pytest.mark.parametrize("char", ["\x0c", "\x0b", "\x1c", "\u2028", "\x85", "\u2029"])
def test_the_excerpt_counts_lines_as_yaml_does(make_repo: RepoFactory, char: str) -> None:
    text = f"# ghi{char}chú\nname: Xã Đức Bác\ngroup: xa-thi-tran\n"
    root = make_repo({U: text})
    records, _ = load(root, cache=False)
    found = both(root)
    assert codes(found) == [("yaml-syntax", U, 1, 6)]
    block = as_text(found, records.texts, 1).splitlines()
    assert block[2] == "1 | # ghi\ufffdchú" and block[3] == "  |      ^"


# Numbers and values the model refuses ---------------------------------------------------------


@pytest.mark.parametrize(("old", "new", "line", "col"), [
    ("measure: {unit: ha, target: 12.5}", "measure: {unit: ha, target: .inf}", 10, 5),
    ("value: 12.8", "value: 1e309", 17, 13),
    ("value: 12.8", "value: -.inf", 17, 13),
], ids=["target-inf", "value-overflow", "value-minus-inf"])
def test_numbers_are_finite(make_repo: RepoFactory, old: str, new: str, line: int,
                            col: int) -> None:
    found = both(make_repo({T: tasks(old, new)}))
    assert any(d.code == "invalid-value" and d.line == line for d in found), codes(found)
    assert "Infinity" not in as_json(found, 4)


def test_a_value_on_a_task_and_a_percent_on_a_target_are_invalid(
        make_repo: RepoFactory) -> None:
    entry = "      - {date: 2022-03-31, status: in-progress, value: 4}"
    text = tasks("value: 3.2", "value: 3.2\n        percent: 20") + f"    progress:\n{entry}\n"
    found = codes(both(make_repo({T: text})))
    assert ("invalid-value", T, 15, 9) in found  # a percent on the target 01
    assert ("invalid-value", T, 26, entry.index("value") + 1) in found  # a value on task 02


def test_two_heads_with_one_role_are_invalid(make_repo: RepoFactory) -> None:
    text = unit("{role: chu-tich,", "{role: bi-thu,")
    assert ("invalid-value", U, 6, 6) in codes(both(make_repo({U: text})))


def test_a_reviewer_that_is_no_handle_is_refused_by_check(make_repo: RepoFactory) -> None:
    text = textwrap.dedent(UNIT) + "reviewers: ['@songlo/duc-bac', not a handle]\n"
    assert codes(both(make_repo({U: text}))) == [("invalid-value", U, 7, 1)]


@pytest.mark.parametrize(("name", "code"), [
    ("evidence/link.pdf", "unsafe-file"), ("evidence/dir", "unsafe-file"),
    ("evidence/../../outside.pdf", "evidence-file"), ("evidence/real.pdf", None),
])
def test_an_evidence_file_is_a_plain_file_inside(make_repo: RepoFactory, tmp_path: Path,
                                                 name: str, code: str | None) -> None:
    root = make_repo({T: tasks("number: 15/BB-UBND, date: 2022-06-28", f"file: {name}"),
                      "evidence/real.pdf": "pdf", "evidence/link.pdf": Symlink("real.pdf")})
    (root / "evidence/dir").mkdir()
    (tmp_path / "outside.pdf").write_text("x")
    found = [(d.code, d.line, d.col) for d in both(root)]
    assert found == ([(code, 20, 40)] if code else [])


def test_a_file_name_that_is_no_utf8_is_reported_not_crashed_on(make_repo: RepoFactory) -> None:
    root = make_repo()
    (Path(os.fsdecode(bytes(root))) / os.fsdecode(b"units/x\xff.yaml")).write_text("name: X\n")
    found = codes(both(root))
    assert found == [("unsafe-file", "units/x\\udcff.yaml", 1, 1)]


def test_a_repeated_key_that_is_half_a_character_is_shown_safely(make_repo: RepoFactory) -> None:
    root = make_repo({U: textwrap.dedent(UNIT) + '"\\uD800": 1\n"\\uD800": 2\n'})
    found = both(root)
    assert [d.code for d in found] == ["duplicate-key"]
    assert "\\ud800" in found[0].text()


def test_a_task_id_that_is_half_a_character_is_shown_safely(make_repo: RepoFactory) -> None:
    root = make_repo({T: tasks("  - id: '02'", '  - id: "\\uD800"')})
    found = both(root)
    assert [(d.code, d.task) for d in found] == [("invalid-value", "2022/duc-bac/\\ud800")]
