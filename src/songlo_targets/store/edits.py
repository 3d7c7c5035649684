"""Edits of round-trip trees that keep a file readable: new nodes in the layout of SPEC §3,
items inserted where they belong, and the comments and blank lines at the end of a block kept
at the end of it.

ruamel.yaml attaches the comment lines and blank lines that follow a block to the last scalar
before them. Appending after that scalar would put the new item *below* those lines (and the
blank line that separates two tasks *inside* the task). :func:`move_tail` moves them to the
new last item.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

TASK_KEYS = ("id", "title", "type", "owner", "categories", "basis", "goal", "deadline",
             "supervisor", "weight", "measure", "milestones", "carried_from", "dropped",
             "amendments", "progress")
MILESTONE_KEYS = ("date", "target", "percent", "title")
PROGRESS_KEYS = ("date", "status", "value", "percent", "note", "result", "exceeded", "quality",
                 "evidence")
EVIDENCE_KEYS = ("title", "number", "date", "file", "url")
MEASURE_KEYS = ("unit", "target", "baseline", "direction")


def mapping(pairs: Iterable[tuple[str, Any]], flow: bool = False) -> Any:
    """A round-trip mapping of the pairs whose value is not None (flow style on request)."""
    from ruamel.yaml.comments import CommentedMap

    node = CommentedMap((k, v) for k, v in pairs if v is not None)
    if flow:
        node.fa.set_flow_style()
    return node


def sequence(items: Iterable[Any], flow: bool = False) -> Any:
    from ruamel.yaml.comments import CommentedSeq

    node = CommentedSeq(items)
    if flow:
        node.fa.set_flow_style()
    return node


def quoted(text: str) -> Any:
    from ruamel.yaml.scalarstring import SingleQuotedScalarString

    return SingleQuotedScalarString(text)


def number(value: float) -> int | float:
    """Whole numbers are written without `.0`."""
    return int(value) if float(value).is_integer() else value


def _is_flow(node: Any) -> bool:
    fa = getattr(node, "fa", None)
    return bool(fa is not None and fa.flow_style())


def _last_holder(node: Any) -> tuple[Any, Any, int] | None:
    """(collection, key or index, slot) of the comment after the last scalar of ``node``."""
    if isinstance(node, dict) and node and not _is_flow(node):
        key = list(node)[-1]
        value = node[key]
        if isinstance(value, dict | list) and value and not _is_flow(value):
            return _last_holder(value)
        return node, key, 2
    if isinstance(node, list) and node and not _is_flow(node):
        index = len(node) - 1
        value = node[index]
        if isinstance(value, dict | list) and value and not _is_flow(value):
            return _last_holder(value)
        return node, index, 0
    return None


def _token(node: Any, where: Any, slot: int) -> Any:
    entry = node.ca.items.get(where)
    return entry[slot] if entry and len(entry) > slot else None


def _set_token(node: Any, where: Any, slot: int, value: str | None) -> None:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    entry = node.ca.items.setdefault(where, [None, None, None, None])
    if value is not None and entry[slot] is not None:
        entry[slot].value = value  # keeps the column of a comment at the end of the line
    else:
        entry[slot] = None if value is None else CommentToken(value, CommentMark(0), None)
    if all(part is None for part in entry):
        del node.ca.items[where]


def peek_tail(node: Any) -> str:
    holder = _last_holder(node)
    token = _token(*holder) if holder is not None else None
    if token is None or "\n" not in token.value:
        return ""
    return str(token.value[token.value.index("\n") + 1:])


def take_tail(node: Any) -> str:
    """Remove and return the lines (blank or comment) that follow the last line of ``node``;
    a comment at the end of that last line stays."""
    holder = _last_holder(node)
    if holder is None:
        return ""
    token = _token(*holder)
    if token is None or "\n" not in token.value:
        return ""
    cut = token.value.index("\n") + 1
    eol, tail = str(token.value[:cut]), str(token.value[cut:])
    _set_token(*holder, eol if eol.strip() else None)
    return tail


def put_tail(node: Any, tail: str) -> None:
    """Put ``tail`` (from :func:`take_tail`) after the last line of ``node``."""
    holder = _last_holder(node)
    if not tail or holder is None:
        return
    token = _token(*holder)
    _set_token(*holder, (token.value if token is not None else "\n") + tail)


def append(items: Any, item: Any) -> None:
    """Append to a block sequence, keeping what followed its last item after the new one.

    When the items are separated by blank lines, the new one is separated likewise."""
    separated = len(items) >= 2 and peek_tail(items[-2]).startswith("\n")
    tail = take_tail(items)
    items.append(item)
    if separated:
        put_tail(items[-2], "\n")
    put_tail(items, tail)


def insert(items: Any, index: int, item: Any) -> None:
    if index >= len(items):
        append(items, item)
    else:
        items.insert(index, item)


def replace(items: Any, index: int, item: Any) -> None:
    """Put ``item`` in place of ``items[index]``, keeping the lines that followed the old one
    (the blank line before the next item, a closing comment)."""
    tail = take_tail(items[index])
    items[index] = item
    put_tail(items[index], tail)


def set_key(node: Any, key: Any, value: Any, order: tuple[Any, ...]) -> None:
    """Set ``key`` at its place in ``order`` (appended keys keep the block's tail after them)."""
    if key in node:
        node[key] = value
        return
    keys = list(node)
    position = len(keys)
    if key in order:
        rank = order.index(key)
        later = [i for i, k in enumerate(keys) if k in order and order.index(k) > rank]
        position = later[0] if later else len(keys)
    if position >= len(keys):
        tail = take_tail(node)
        node[key] = value
        put_tail(node, tail)
    else:
        node.insert(position, key, value)

