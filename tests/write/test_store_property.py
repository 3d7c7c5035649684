"""Property: any sequence of edits renders to YAML that reads back as exactly those edits,
keeps the comments it had, and renders again to the same bytes."""

from __future__ import annotations

import copy
import datetime as dt
import unicodedata
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from songlo_targets.read.yaml_tree import read
from songlo_targets.store import edits
from songlo_targets.store.document import load

BASE = (
    "# header comment\n"
    "tasks:\n"
    "  - id: '01'   # first task\n"
    "    title: \"Hoàn thành GPMB\"\n"
    "    deadline: 2022-09-30\n"
    "    progress:\n"
    "      - date: 2022-03-31\n"
    "        status: in-progress\n"
    "\n"
    "  # between\n"
    "  - id: '02'\n"
    "    title: 'Việc hai'\n"
    "    deadline: 2022-12-31\n"
    "# trailing comment\n"
)
COMMENTS = ["# header comment", "# first task", "# between", "# trailing comment"]

text = st.text(st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\x85"),
               min_size=1, max_size=30).map(lambda s: unicodedata.normalize("NFC", s))
day = st.dates(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
op = st.one_of(
    st.tuples(st.just("task"), text),
    st.tuples(st.just("title"), st.integers(0, 10), text),
    st.tuples(st.just("progress"), st.integers(0, 10), day,
              st.integers(0, 10**8).map(lambda n: n / 1000)),  # values as clerks write them
)


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, dt.date):
        return node.isoformat()
    return node


def _apply(tree: Any, expected: Any, step: tuple[Any, ...]) -> None:
    tasks, plain = tree["tasks"], expected["tasks"]
    if step[0] == "task":
        task_id = f"{len(tasks) + 1:02d}"
        edits.append(tasks, edits.mapping([("id", edits.quoted(task_id)), ("title", step[1]),
                                           ("deadline", dt.date(2022, 12, 31))]))
        plain.append({"id": task_id, "title": step[1], "deadline": "2022-12-31"})
        return
    index = step[1] % len(tasks)
    if step[0] == "title":
        tasks[index]["title"] = step[2]
        plain[index]["title"] = step[2]
        return
    entry = edits.mapping([("date", step[2]), ("status", "in-progress"), ("value", step[3])])
    entries = tasks[index].get("progress")
    expected_entry = {"date": step[2].isoformat(), "status": "in-progress", "value": step[3]}
    if entries is None:
        edits.set_key(tasks[index], "progress", edits.sequence([entry]), edits.TASK_KEYS)
        plain[index]["progress"] = [expected_entry]
    else:
        at = sum(1 for e in entries if str(e["date"]) <= step[2].isoformat())
        edits.insert(entries, at, entry)
        plain[index]["progress"].insert(at, expected_entry)


@settings(max_examples=150, deadline=None)
@given(st.lists(op, max_size=8), st.booleans())
def test_random_edits_round_trip(steps: list[tuple[Any, ...]], crlf: bool) -> None:
    data = BASE.replace("\n", "\r\n").encode() if crlf else BASE.encode()
    document = load("targets/2022/duc-bac.yaml", data)
    expected = _plain(read("x", data).tree)
    for step in steps:
        _apply(document.tree, expected, copy.deepcopy(step))
    out = document.render()
    result = read("x", out)
    assert result.ok, result.diagnostics
    assert _plain(result.tree) == expected
    text = out.decode()
    assert all(comment in text for comment in COMMENTS)
    assert text.count("\r\n") == (text.count("\n") if crlf else 0)
    assert load("x", out).render() == out
    if not steps:
        assert out == data
