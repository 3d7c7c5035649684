"""The writing layer keeps every byte it was not asked to change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from songlo_targets.paths import find_root
from songlo_targets.store import edits
from songlo_targets.store.document import load
from songlo_targets.store.files import record_files
from songlo_targets.store.layout import detect

SAMPLES = {
    "comments and blank lines": (
        "# header\n"
        "tasks:\n"
        "  - id: '01'   # the first\n"
        "    title: \"Hoàn thành GPMB\"\n"
        "    categories: [viec-kho, viec-moi]\n"
        "    measure: {unit: ha, target: 12.5, baseline: 0}\n"
        "    deadline: 2022-09-30\n"
        "\n"
        "  # a comment between tasks\n"
        "  - id: '02'\n"
        "    title: >-\n"
        "      folded text\n"
        "    deadline: 2022-12-31\n"
        "# trailing\n"),
    "sequence without offset": (
        "tasks:\n"
        "- id: '01'\n"
        "  title: x\n"
        "  progress:\n"
        "  - date: 2022-03-31\n"
        "    status: in-progress\n"),
    "four spaces": (
        "organization:\n"
        "    name: Huyện ủy Sông Lô\n"
        "groups:\n"
        "    -   {key: hdnd, name: Thường trực HĐND huyện}\n"),
    "nulls as written": "a: null\nb: ~\nc:\nd: 'x'\n",
    "no final newline": "schema: 1\nlanguage: vi",
    "long line": "title: " + " ".join(["rất dài"] * 60) + "\n",
}


@pytest.mark.parametrize("text", SAMPLES.values(), ids=list(SAMPLES))
@pytest.mark.parametrize("ending", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("bom", ["", "\ufeff"], ids=["plain", "bom"])
def test_noop_save_is_byte_identical(text: str, ending: str, bom: str) -> None:
    data = (bom + text.replace("\n", ending)).encode("utf-8")
    assert load("x.yaml", data).render() == data


def test_layout_is_detected() -> None:
    assert detect(SAMPLES["sequence without offset"]).offset == 0
    assert detect(SAMPLES["four spaces"]).mapping == 4
    assert detect("a: 1\r\nb: 2\r\n").crlf
    assert detect("\ufeffa: 1\n").bom


def _bundled() -> list[Path]:
    here = Path(__file__).resolve().parents[2]
    try:
        root = find_root(here)
    except Exception:
        return []
    return record_files(root) if root == here else []


@pytest.mark.skipif(not _bundled(), reason="the bundled records are not in this checkout")
def test_every_bundled_file_round_trips() -> None:
    files = _bundled()
    differ = [p.name for p in files if load(p.name, p.read_bytes()).render() != p.read_bytes()]
    assert differ == []
    assert len(files) > 10


def _task_file(ending: str) -> bytes:
    return SAMPLES["comments and blank lines"].replace("\n", ending).encode()


@pytest.mark.parametrize("ending", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_an_edit_keeps_comments_quotes_and_line_endings(ending: str) -> None:
    document = load("x.yaml", _task_file(ending))
    task = document.tree["tasks"][0]
    edits.set_key(task, "progress", edits.sequence([edits.mapping(
        [("date", dt.date(2022, 3, 31)), ("status", "in-progress")])]), edits.TASK_KEYS)
    out = document.render().decode()
    expected = (
        "# header\n"
        "tasks:\n"
        "  - id: '01'   # the first\n"
        "    title: \"Hoàn thành GPMB\"\n"
        "    categories: [viec-kho, viec-moi]\n"
        "    measure: {unit: ha, target: 12.5, baseline: 0}\n"
        "    deadline: 2022-09-30\n"
        "    progress:\n"
        "      - date: 2022-03-31\n"
        "        status: in-progress\n"
        "\n"
        "  # a comment between tasks\n"
        "  - id: '02'\n"
        "    title: >-\n"
        "      folded text\n"
        "    deadline: 2022-12-31\n"
        "# trailing\n").replace("\n", ending)
    assert out == expected


def test_appending_keeps_the_trailing_comment_last_and_the_blank_line_between() -> None:
    data = (b"tasks:\n  - id: '01'\n    title: a\n\n  - id: '02'\n    title: b\n"
            b"\n# end of the tasks\n")
    document = load("x.yaml", data)
    edits.append(document.tree["tasks"], edits.mapping(
        [("id", edits.quoted("03")), ("title", "c")]))
    assert document.render() == (b"tasks:\n  - id: '01'\n    title: a\n\n  - id: '02'\n"
                                 b"    title: b\n\n  - id: '03'\n    title: c\n"
                                 b"\n# end of the tasks\n")


def test_inserting_in_the_middle_keeps_the_other_entries_and_their_comments() -> None:
    data = (b"progress:\n  - date: 2022-03-31  # first\n    status: in-progress\n"
            b"  - date: 2022-09-30\n    status: blocked\n")
    document = load("x.yaml", data)
    edits.insert(document.tree["progress"], 1, edits.mapping(
        [("date", dt.date(2022, 6, 30)), ("status", "in-progress")]))
    assert document.render() == (b"progress:\n  - date: 2022-03-31  # first\n"
                                 b"    status: in-progress\n  - date: 2022-06-30\n"
                                 b"    status: in-progress\n  - date: 2022-09-30\n"
                                 b"    status: blocked\n")
