"""What reading says about a bad file, in the tool's words: YAML syntax problems (never ruamel's
English), a list where a mapping belongs (naming the key, the item or the file), and a specific
fix for each kind of bad value (never the bare "correct the value")."""

from __future__ import annotations

import pytest

from songlo_targets.diagnostics import CODES
from songlo_targets.i18n import set_language
from songlo_targets.read.validate import validate
from songlo_targets.read.yaml_tree import parse
from songlo_targets.records.model import Task, Unit


@pytest.fixture(autouse=True)
def vietnamese() -> None:
    set_language("vi")


@pytest.mark.parametrize(("text", "line", "col", "message"), [
    ("name: x\ntitle: 'Giải phóng\n", 2, 8, "văn bản trong dấu nháy chưa được đóng"),
    ("categories: [a, b\n", 1, 13, "danh sách trong ngoặc vuông `[…]` chưa được đóng"),
    ("measure: {unit: ha\n", 1, 10, "bảng khóa trong ngoặc nhọn `{…}` chưa được đóng"),
    ("title: Nhiệm vụ: GPMB\n", 1, 16, "dấu `:` ở chỗ không thể bắt đầu một khóa"),
    ("a:\n  - 1\n b: 2\n", 3, 2, "dòng này không thẳng hàng với các dòng phía trên"),
    ("a:\tb\n", 1, 3, "có ký tự tab"),
    ("owner: @chu-tich\n", 1, 8, "giá trị không được bắt đầu bằng `@`"),
])
def test_yaml_syntax_in_vietnamese(text: str, line: int, col: int, message: str) -> None:
    _, diagnostics = parse("x.yaml", text)
    [d] = diagnostics
    assert (d.code, d.line, d.col) == ("yaml-syntax", line, col)
    assert message in d.text()
    assert d.hint is not None and d.help() != CODES["yaml-syntax"].help
    for english in ("found", "expected", "stream", "scanning", "mapping values"):
        assert english not in d.text() + d.help()


def _problems(model: type, text: str) -> list[tuple[str, str]]:
    tree, _ = parse("x.yaml", text)
    _, diagnostics = validate(model, tree, "x.yaml")
    return [(d.text(), d.help()) for d in diagnostics]


def test_a_list_for_a_whole_file_names_the_file() -> None:
    [(text, help_text)] = _problems(Unit, "- a\n- b\n")
    assert text == "tệp phải là một bảng khóa và giá trị, không phải danh sách hay văn bản"
    assert "`name:`" in help_text and "?" not in text


def test_a_list_for_an_item_names_the_item_and_its_key() -> None:
    [(text, help_text)] = _problems(Unit, "name: A\ngroup: g\nheads:\n  - [bi-thu]\n")
    assert text == "mục thứ 1 của `heads` phải là một bảng khóa và giá trị"
    assert "`role:`" in help_text and "`title:`" in help_text


def test_a_list_for_a_mapping_key_names_the_key() -> None:
    [(text, _)] = _problems(Task, "id: '01'\ntitle: x\ndeadline: 2022-12-31\n"
                                  "measure: [ha, 12]\n")
    assert text.startswith("`measure` phải là một bảng khóa và giá trị")


@pytest.mark.parametrize(("line", "fix"), [
    ("deadline: 30/06/2022", "viết ngày dạng YYYY-MM-DD"),
    ("id: 1", "giữ số 0 ở đầu"),
    ("carried_from: 2021-duc-bac-04", "2021/duc-bac/04"),
    ("categories: viec-kho", "mỗi mục một dòng"),
    ("type: nhiem-vu", "dùng một trong các giá trị"),
    ("categories: [Việc khó]", "`viec-kho`"),
])
def test_each_bad_value_gets_its_own_fix(line: str, fix: str) -> None:
    fields = {"id": "'01'", "title": "x", "deadline": "2022-12-31"}
    key, value = line.split(": ", 1)
    text = "".join(f"{k}: {v}\n" for k, v in (fields | {key: value}).items())
    problems = _problems(Task, text)
    assert problems, text
    help_text = problems[0][1]
    assert fix in help_text
    assert help_text != "sửa lại giá trị"


def test_a_missing_key_says_what_to_add() -> None:
    [(text, help_text)] = _problems(Task, "id: '01'\ntitle: x\n")
    assert text == "thiếu khóa bắt buộc `deadline`"
    assert "`deadline:`" in help_text


@pytest.mark.parametrize(("line", "fix"), [
    ("deadline: 31/12/2022", "`2022-12-31`"),
    ("categories: viec-kho", "`categories: [viec-kho]`"),
])
def test_the_fix_writes_the_value_as_it_should_be(line: str, fix: str) -> None:
    fields = {"id": "'01'", "title": "x", "deadline": "2022-12-31"}
    key, value = line.split(": ", 1)
    text = "".join(f"{k}: {v}\n" for k, v in (fields | {key: value}).items())
    [(_, help_text)] = _problems(Task, text)
    assert fix in help_text
