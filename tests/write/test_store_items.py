"""One task of a file opened and written alone (store.items): the same bytes as the round trip
of the whole file, the rest of the file untouched, and the whole file whenever in doubt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from songlo_targets.read import fast
from songlo_targets.store import Transaction, document, edits, items
from songlo_targets.store.items import Items
from songlo_targets.write.progress import EntryInput, EvidenceInput, entry_node

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

SAMPLES = {
    "comments and blank lines": (
        "# header\n"
        "tasks:\n"
        "  # before the first task\n"
        "  - id: '01'   # the first\n"
        "    title: \"Hoàn thành GPMB\"\n"
        "    categories: [viec-kho, viec-moi]\n"
        "    deadline: 2022-09-30\n"
        "    progress:\n"
        "      - {date: 2022-03-31, status: in-progress, percent: 30}\n"
        "      - date: 2022-06-30  # the second quarter\n"
        "        status: in-progress\n"
        "        percent: 50\n"
        "\n"
        "  # a comment between tasks\n"
        "  - id: '02'\n"
        "    title: >-\n"
        "      folded text\n"
        "      - not an item\n"
        "    deadline: 2022-12-31\n"
        "\n"
        "  - id: '03'\n"
        "    title: |\n"
        "      - a literal line\n"
        "    deadline: 2022-12-31\n"
        "# trailing\n"),
    "sequence without offset": (
        "tasks:\n"
        "- id: '01'\n"
        "  title: x\n"
        "  progress:\n"
        "  - date: 2022-03-31\n"
        "    status: in-progress\n"
        "- id: '02'\n"
        "  title: y\n"),
    "four spaces": (
        "tasks:\n"
        "    -   id: '01'\n"
        "        title: x\n"
        "        progress:\n"
        "            -   date: 2022-03-31\n"
        "                status: in-progress\n"
        "    -   id: '02'\n"
        "        title: y\n"),
    "no final newline": "tasks:\n  - id: '01'\n    title: x\n  - id: '02'\n    title: y",
    "a comment inside a task": (
        "tasks:\n"
        "  - id: '01'\n"
        "    title: x\n"
        "    progress:\n"
        "      - date: 2022-03-31\n"
        "        status: in-progress\n"
        "        # said at the meeting of June\n"
        "  - id: '02'\n"
        "    title: y\n"),
    "spaces the round trip would change": (
        "tasks:\n"
        "  - id:   '01'\n"
        "    title:    x\n"
        "  - id: '02'\n"
        "    title: y\n"),
}

ENTRY = EntryInput(date=dt.date(2022, 9, 30), status="done", percent=100,
                   note="Báo cáo qua biểu mẫu: xong", result="Đã hoàn thành",
                   evidence=EvidenceInput(title="Báo cáo kết quả", number="12/BC-UBND",
                                          date=dt.date(2022, 9, 28)))


def _edit(node: Any) -> None:
    """A progress entry (appended, or the first), and an amended title."""
    entries = node.get("progress")
    if isinstance(entries, list):
        edits.append(entries, entry_node(ENTRY))
    else:
        edits.set_key(node, "progress", edits.sequence([entry_node(ENTRY)]), edits.TASK_KEYS)
    edits.set_key(node, "title", "Tên mới", edits.TASK_KEYS)


def _whole(data: bytes, indexes: list[int]) -> bytes:
    """What the round trip of the whole file writes for the same edits."""
    whole = document.load("x.yaml", data)
    for index in indexes:
        _edit(whole.tree["tasks"][index])
    return whole.render()


def _alone(data: bytes, indexes: list[int]) -> tuple[bytes, Items]:
    opened = items.opened("x.yaml", data, "tasks")
    assert opened is not None
    for index in indexes:
        wanted = str(opened.plain["tasks"][index]["id"])
        _edit(opened.find(lambda node, wanted=wanted: str(node.get("id")) == wanted))
    return opened.render(), opened


def _variants(text: str) -> list[bytes]:
    return [(bom + text.replace("\n", ending)).encode()
            for ending in ("\n", "\r\n") for bom in ("", "\ufeff")]


@pytest.mark.parametrize("name", list(SAMPLES))
def test_a_task_alone_is_written_as_the_whole_file_would_be(name: str) -> None:
    for data in _variants(SAMPLES[name]):
        count = len(document.load("x.yaml", data).tree["tasks"])
        for indexes in ([i] for i in range(count)):
            alone, opened = _alone(data, indexes)
            if name == "spaces the round trip would change":
                # the whole file's round trip rewrites every line; alone, the others stay
                assert alone.decode().count("id:   '01'") == (0 if indexes == [0] else 1)
                continue
            assert alone == _whole(data, indexes), (name, indexes)
        assert _alone(data, list(range(count)))[0] == _whole(data, list(range(count))) \
            or name == "spaces the round trip would change"


def test_the_other_tasks_keep_their_bytes() -> None:
    data = SAMPLES["spaces the round trip would change"].encode()
    assert document.load("x.yaml", data).render() != data  # the round trip changes them
    alone, _ = _alone(data, [1])
    assert alone.startswith(b"tasks:\n  - id:   '01'\n    title:    x\n  - id: '02'\n")


def _task_files(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("targets/*/*.yaml") if not p.name.startswith("_"))


def test_every_task_of_the_bundled_and_example_records() -> None:
    files = _task_files(ROOT) + _task_files(EXAMPLES / "xa-song-lo")
    assert len(files) > 10
    tasks = 0
    for path in files:
        data = path.read_bytes()
        if items.opened(path.name, data, "tasks") is None:
            # only a file the fast reader leaves to the reference is opened whole
            assert fast.parse(data.decode()) is None, path
            continue
        every = list(range(len(document.load(path.name, data).tree["tasks"])))
        assert _alone(data, every)[0] == _whole(data, every), path  # each task alone
        tasks += len(every)
    assert tasks > 200


@pytest.mark.parametrize("text", [
    "tasks:\n  - id: '01'\nnotes: another key after the tasks\n",
    "tasks: [{id: '01', title: x}]\n",
    "title: no tasks here\n",
    "tasks:\n  - id: '01'\n    title: \"\\u0007\"\n",  # a text the fast reader leaves alone
])
def test_a_file_that_does_not_fit_is_opened_whole(text: str, tmp_path: Path) -> None:
    assert items.opened("x.yaml", text.encode(), "tasks") is None


def _transaction(tmp_path: Path, text: str) -> Transaction:
    (tmp_path / "targets.yaml").write_text("schema: 1\n")
    (tmp_path / "t.yaml").write_text(text)
    return Transaction(tmp_path)


def _is(wanted: str) -> Any:
    return lambda node: isinstance(node, dict) and str(node.get("id")) == wanted


def test_the_whole_file_is_never_loaded_for_one_task(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    transaction = _transaction(tmp_path, SAMPLES["comments and blank lines"])

    def refused(*_args: Any) -> Any:
        raise AssertionError("the whole file was loaded")

    monkeypatch.setattr(items, "load_document", refused)
    node = transaction.find_item("t.yaml", "tasks", _is("02"))
    _edit(node)
    assert isinstance(transaction.documents["t.yaml"], Items)
    assert "Tên mới".encode() in transaction.rendered()["t.yaml"]
    assert transaction.find_item("t.yaml", "tasks", _is("09")) is None


def test_a_task_whose_lines_are_not_the_task_opens_the_whole_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = SAMPLES["comments and blank lines"].encode()
    transaction = _transaction(tmp_path, data.decode())
    real = items._spans
    monkeypatch.setattr(items, "_spans", lambda text, key: [
        (start + 2, end) for start, end in real(text, key) or []])  # cut in the wrong place
    _edit(transaction.find_item("t.yaml", "tasks", _is("02")))
    assert not isinstance(transaction.documents["t.yaml"], Items)
    assert transaction.rendered()["t.yaml"] == _whole(data, [1])


def test_a_task_written_back_wrong_makes_the_whole_file_written(
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = SAMPLES["comments and blank lines"].encode()
    opened = items.opened("x.yaml", data, "tasks")
    assert opened is not None
    _edit(opened.find(_is("01")))
    real = Items._lines
    # the task's last line end lost: the next task would be read as a comment
    monkeypatch.setattr(Items, "_lines", lambda self, index: real(self, index)[:-1])
    assert opened.render() == _whole(data, [0])


def test_opening_the_whole_file_later_keeps_what_was_changed(tmp_path: Path) -> None:
    data = SAMPLES["comments and blank lines"].encode()
    transaction = _transaction(tmp_path, data.decode())
    first = transaction.find_item("t.yaml", "tasks", _is("01"))
    edits.set_key(first, "title", "Tên mới", edits.TASK_KEYS)
    tree = transaction.open("t.yaml").tree  # e.g. a task added to the same file
    assert tree["tasks"][0] is first
    entries = first["progress"]
    edits.append(entries, entry_node(ENTRY))  # still the node the file holds
    whole = document.load("x.yaml", data)
    edits.set_key(whole.tree["tasks"][0], "title", "Tên mới", edits.TASK_KEYS)
    edits.append(whole.tree["tasks"][0]["progress"], entry_node(ENTRY))
    assert transaction.rendered()["t.yaml"] == whole.render()
    assert transaction.find_item("t.yaml", "tasks", _is("01")) is first


# An entry written among a task's lines, without the task's tree (Items.insert).

def _tree_insert(data: bytes, index: int, position: int) -> bytes:
    whole = document.load("x.yaml", data)
    node = whole.tree["tasks"][index]
    entries = node.get("progress")
    if isinstance(entries, list):
        edits.insert(entries, position, entry_node(ENTRY))
    else:
        edits.set_key(node, "progress", edits.sequence([entry_node(ENTRY)]), edits.TASK_KEYS)
    return whole.render()


def _text_insert(data: bytes, index: int, position: int) -> bytes | None:
    opened = items.opened("x.yaml", data, "tasks")
    assert opened is not None
    if not opened.insert(index, "progress", entry_node(ENTRY), lambda entries: position):
        assert opened.render() == data  # declined: nothing done
        return None
    return opened.render()


def _positions(data: bytes) -> list[tuple[int, int]]:
    tasks = document.load("x.yaml", data).tree["tasks"]
    return [(index, position) for index, task in enumerate(tasks)
            for position in range(len(task.get("progress") or []) + 1)]


@pytest.mark.parametrize("name", list(SAMPLES))
def test_an_entry_among_the_lines_is_where_the_tree_puts_it(name: str) -> None:
    written = 0
    for data in _variants(SAMPLES[name]):
        for index, position in _positions(data):
            text = _text_insert(data, index, position)
            if text is not None:
                written += 1
                if name != "spaces the round trip would change":
                    assert text == _tree_insert(data, index, position), (index, position)
    if name in ("no final newline", "spaces the round trip would change"):
        assert written == len(_positions(SAMPLES[name].encode())) * 4  # every place, taken
    if name == "comments and blank lines":  # 01 and 03 hold comments: the tree writes them
        assert written == 4  # 02, in the four variants
    if name == "a comment inside a task":
        assert written == 4  # 02 only


def test_lines_that_would_not_read_as_asked_are_not_written(
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = SAMPLES["no final newline"].encode()
    real = items._with_item
    monkeypatch.setattr(items, "_with_item", lambda *args: (real(*args) or "").replace(
        "status: done\n", ""))  # a line lost
    opened = items.opened("x.yaml", data, "tasks")
    assert opened is not None
    assert not opened.insert(0, "progress", entry_node(ENTRY), lambda entries: 0)
    assert opened.render() == data


def _item_tree_insert(data: bytes, index: int, position: int) -> bytes:
    """The tree path on the task alone (the same bytes as on the whole file: above)."""
    opened = items.opened("x.yaml", data, "tasks")
    assert opened is not None
    node = opened.item(index)
    entries = node.get("progress")
    if isinstance(entries, list):
        edits.insert(entries, position, entry_node(ENTRY))
    else:
        edits.set_key(node, "progress", edits.sequence([entry_node(ENTRY)]), edits.TASK_KEYS)
    return opened.render()


def test_every_place_of_an_entry_in_the_example_records() -> None:
    places = written = 0
    for path in _task_files(EXAMPLES / "xa-song-lo"):
        data = path.read_bytes()
        if items.opened(path.name, data, "tasks") is None:
            continue
        for index, position in _positions(data):
            places += 1
            text = _text_insert(data, index, position)
            if text is not None:
                written += 1
                assert text == _tree_insert(data, index, position), (path, index, position)
    assert written > places // 2, (written, places)


def test_the_first_and_the_last_place_of_an_entry_in_the_bundled_records() -> None:
    places = written = 0
    for path in _task_files(ROOT):
        data = path.read_bytes()
        if items.opened(path.name, data, "tasks") is None:
            continue
        for index, task in enumerate(document.load(path.name, data).tree["tasks"]):
            for position in {0, len(task.get("progress") or [])}:
                places += 1
                text = _text_insert(data, index, position)
                if text is not None:
                    written += 1
                    assert text == _item_tree_insert(data, index, position), (path, index)
    assert written > places // 2, (written, places)


def test_an_entry_written_among_the_lines_then_the_tree_of_the_task(tmp_path: Path) -> None:
    data = SAMPLES["no final newline"].encode()
    transaction = _transaction(tmp_path, data.decode())
    assert transaction.insert_into_item("t.yaml", "tasks", _is("02"), "progress",
                                        entry_node(ENTRY), lambda entries: len(entries))
    node = transaction.find_item("t.yaml", "tasks", _is("02"))  # reads the lines written
    edits.set_key(node, "title", "Tên mới", edits.TASK_KEYS)
    assert transaction.rendered()["t.yaml"] == _whole(data, [1])
    assert not transaction.insert_into_item("t.yaml", "tasks", _is("09"), "progress",
                                            entry_node(ENTRY), lambda entries: 0)


def test_where_says_not_here_and_nothing_is_written(tmp_path: Path) -> None:
    data = SAMPLES["no final newline"].encode()
    transaction = _transaction(tmp_path, data.decode())
    assert not transaction.insert_into_item("t.yaml", "tasks", _is("01"), "progress",
                                            entry_node(ENTRY), lambda entries: None)
    assert transaction.rendered() == {}


def test_an_entry_among_lines_then_the_whole_file_keeps_it(tmp_path: Path) -> None:
    data = SAMPLES["no final newline"].encode()
    transaction = _transaction(tmp_path, data.decode())
    assert transaction.insert_into_item("t.yaml", "tasks", _is("01"), "progress",
                                        entry_node(ENTRY), lambda entries: 0)
    tree = transaction.open("t.yaml").tree  # e.g. a task added to the same file
    edits.set_key(tree["tasks"][0], "title", "Tên mới", edits.TASK_KEYS)
    assert transaction.rendered()["t.yaml"] == _whole(data, [0])
