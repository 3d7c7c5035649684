"""One item of a record file's top-level sequence, opened and written without the rest.

A unit's task file holds all its tasks under ``tasks:``; a command that changes one task (a
progress entry, an amendment) needs the round-trip tree of that task only. ruamel.yaml loads
and dumps the whole file in about 35 ms for a unit's 25 KiB, and an import of every unit's form
changes every task file. So the item's lines — from its dash to the next item's dash, with the
blank lines and comments after it, which ruamel attaches to the item too — are parsed as a
document of their own (``tasks:`` and those lines), edited as usual, dumped in the file's
layout, and put back in place of the lines they came from. The rest of the file stays as it
was, byte for byte.

Parsing and dumping a task still costs ruamel about 7 ms. Where a task's lines are plain (no
comment, no blank line inside), a new item of one of its sequences — a progress entry — is not
even that: the entry alone is dumped, and its lines are put among the task's where the tree
would put them (:meth:`Items.insert`).

Checks with the fast reader (:func:`songlo_targets.read.fast.parse`) keep this from ever
writing other than what the whole file's round trip would:

- when an item is opened, its lines read as the very item the whole file holds;
- lines put among an item's read as the item with the new one at its place;
- when the file is rendered, it reads as the file read, with the items changed.

A file that does not fit — no block sequence under the key, another top-level key after it, a
text the fast reader leaves to the reference — is opened whole (:func:`opened` gives None);
an item that fails its check makes the caller open the whole file (:class:`Unfit`), with the
items already opened put in it (:meth:`Items.merged`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from songlo_targets.store import edits
from songlo_targets.store.document import Document, finish, parse_with, render_tree
from songlo_targets.store.document import load as load_document
from songlo_targets.store.layout import BOM, Layout, detect


class Unfit(Exception):
    """The file, or an item of it, cannot be opened alone: open the whole file."""


def _plain(text: str) -> Any:
    """The document of ``text`` as the fast reader reads it (JSON values), or Unfit."""
    from songlo_targets.read import fast

    document = fast.parse(text)
    if document is None:
        raise Unfit
    return json.loads(document)


def _spans(text: str, key: str) -> list[tuple[int, int]] | None:
    """(start, end) offsets of the lines of each item of the block sequence under ``key``."""
    head = re.search(rf"^{re.escape(key)}:[ \t]*(?:#.*)?$", text, re.MULTILINE)
    if head is None:
        return None
    starts: list[int] = []
    dash: int | None = None
    offset = head.end() + 1
    for line in text[offset:].split("\n"):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if stripped and not stripped.startswith("#"):
            if dash is None:
                dash = indent
            item = indent == dash and (stripped == "-" or stripped.startswith("- "))
            if item:
                starts.append(offset)
            elif indent <= dash:
                return None  # another key after the sequence, or not a block sequence
        offset += len(line) + 1
    if not starts:
        return None
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


@dataclass
class Items:
    """A file of which some items of the sequence ``key`` are open, each on its own."""

    path: str
    original: bytes
    layout: Layout
    text: str  # decoded, without its BOM, with LF line ends
    key: str
    spans: list[tuple[int, int]]
    plain: dict[str, Any]  # the whole file, as the fast reader reads it
    trees: dict[int, Any] = field(default_factory=dict)  # index -> `{key: [item]}` document
    written: dict[int, str] = field(default_factory=dict)  # index -> its lines, an item put in

    def index(self, predicate: Callable[[Any], bool]) -> int | None:
        """The index of the first item ``predicate`` holds for (as the fast reader reads it)."""
        return next((i for i, value in enumerate(self.plain[self.key]) if predicate(value)),
                    None)

    def find(self, predicate: Callable[[Any], bool]) -> Any | None:
        """The round-trip node of the first item ``predicate`` holds for, or None."""
        index = self.index(predicate)
        if index is None:
            return None
        node = self.item(index)
        if not predicate(node):
            raise Unfit
        return node

    def _source(self, index: int) -> str:
        if index in self.written:
            return self.written[index]
        start, end = self.spans[index]
        return self.text[start:end]

    def item(self, index: int) -> Any:
        if index not in self.trees:
            lines = f"{self.key}:\n{self._source(index)}"
            if _plain(lines) != {self.key: [self.plain[self.key][index]]}:
                raise Unfit
            self.trees[index] = parse_with(lines, self.layout)
            self.written.pop(index, None)
        return self.trees[index][self.key][0]

    def insert(self, index: int, name: str, node: Any,
               where: Callable[[list[Any]], int | None]) -> bool:
        """Put ``node`` into the block sequence ``name`` of item ``index`` (made, as the item's
        last key, if the item has none), at the position ``where`` gives for the sequence as
        it is (as the fast reader reads it; None: not here), by writing its lines among the
        item's — where the tree would put them (:func:`edits.insert`, :func:`edits.set_key`).
        Only for an item of plain lines: no comment, no blank line but after it, ``name`` its
        last key and a block sequence. False otherwise, and nothing is done."""
        if index in self.trees or self.layout.offset == 0:
            return False
        value = self.plain[self.key][index]
        if not isinstance(value, dict) or not isinstance(value.get(name, []), list):
            return False
        present: list[Any] = value.get(name, [])
        position = where(present)
        if position is None:
            return False
        block = render_tree(edits.mapping([(name, edits.sequence([node]))]), self.layout)
        try:
            added = _plain(block)[name][0]
        except (Unfit, KeyError, IndexError, TypeError):
            return False
        text = _with_item(self._source(index), name, block, len(present) if name in value
                          else None, position, self.layout)
        if text is None:
            return False
        wanted = {**value, name: [*present[:position], added, *present[position:]]}
        try:
            if _plain(f"{self.key}:\n{text}") != {self.key: [wanted]}:
                return False
        except Unfit:
            return False
        self.written[index] = text
        self.plain[self.key][index] = wanted
        return True

    def _lines(self, index: int) -> str:
        text = render_tree(self.trees[index], self.layout)
        head = f"{self.key}:\n"
        if not text.startswith(head):
            raise Unfit
        return text[len(head):]

    def render(self) -> bytes:
        try:
            return self._spliced()
        except Unfit:
            return self.merged().render()

    def _spliced(self) -> bytes:
        parts: list[str] = []
        expected = dict(self.plain)
        expected[self.key] = list(self.plain[self.key])
        done = 0
        for index in sorted({*self.trees, *self.written}):
            start, end = self.spans[index]
            if index in self.trees:
                lines = self._lines(index)
                expected[self.key][index] = _plain(f"{self.key}:\n{lines}")[self.key][0]
            else:
                lines = self.written[index]  # its plain value is already the new one
            parts += [self.text[done:start], lines]
            done = end
        text = "".join([*parts, self.text[done:]])
        if _plain(text) != expected:
            raise Unfit
        return finish(text, self.layout).encode("utf-8")

    def merged(self) -> Document:
        """The whole file as one round-trip document, with the items opened in it."""
        document = load_document(self.path, self.original)
        for index in self.written:
            self.trees[index] = parse_with(f"{self.key}:\n{self.written[index]}", self.layout)
        self.written.clear()
        for index, tree in self.trees.items():
            document.tree[self.key][index] = tree[self.key][0]
        return document


def _with_item(lines: str, name: str, block: str, count: int | None, position: int,
               layout: Layout) -> str | None:
    """An item's ``lines`` with the item of ``block`` (``name:`` and one item, at column 0)
    written as item ``position`` of its sequence ``name`` (of ``count`` items; None: the item
    has no ``name``, which is then added after its last line). The blank lines that end the
    item stay at its end. None unless the lines are plain: no `#` anywhere, no blank line
    inside, ``name:`` the item's last key, its items' dashes where ``layout`` puts them."""
    if "#" in lines:
        return None
    rows = lines.split("\n")
    last = max((i for i, row in enumerate(rows) if row.strip()), default=-1)
    if last < 0 or any(not row.strip() for row in rows[:last]):
        return None
    first = rows[0]
    dash = len(first) - len(first.lstrip(" "))
    after = first[dash + 1:]
    if not first[dash:].startswith("- ") or not after.strip():
        return None
    column = dash + 1 + len(after) - len(after.lstrip(" "))  # where the item's keys begin

    def indent(row: str) -> int:
        return len(row) - len(row.lstrip(" "))

    keys = [i for i in range(1, last + 1) if indent(rows[i]) <= column]
    if any(indent(rows[i]) < column for i in keys):
        return None  # a line left of the item's keys
    margin = " " * column
    at = last + 1  # the row the new lines go before
    if count is not None:
        if not keys or rows[keys[-1]].rstrip(" ") != f"{margin}{name}:":
            return None
        dashes = [i for i in range(keys[-1] + 1, last + 1)
                  if indent(rows[i]) == column + layout.offset
                  and rows[i].lstrip(" ").startswith("- ")]
        if len(dashes) != count:
            return None
        if position < count:
            at = dashes[position]
        block = block[block.index("\n") + 1:]  # the one item, without `name:`
    added = "".join(margin + row + "\n" if row else "\n" for row in block.splitlines())
    return "".join([*(row + "\n" for row in rows[:at]), added, "\n".join(rows[at:])])


def opened(path: str, data: bytes, key: str) -> Items | None:
    """The file ready to open its items one by one, or None if it must be opened whole."""
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    layout = detect(decoded)
    text = (decoded[1:] if decoded.startswith(BOM) else decoded).replace("\r\n", "\n")
    spans = _spans(text, key)
    if spans is None:
        return None
    try:
        plain = _plain(text)
    except Unfit:
        return None
    if not isinstance(plain, dict) or not isinstance(plain.get(key), list) or len(
            plain[key]) != len(spans):
        return None
    return Items(path, data, layout, text, key, spans, plain)
