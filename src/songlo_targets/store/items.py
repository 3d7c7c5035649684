"""One item of a record file's top-level sequence, opened and written without the rest.

A unit's task file holds all its tasks under ``tasks:``; a command that changes one task (a
progress entry, an amendment) needs the round-trip tree of that task only. ruamel.yaml loads
and dumps the whole file in about 35 ms for a unit's 25 KiB, and an import of every unit's form
changes every task file. So the item's lines — from its dash to the next item's dash, with the
blank lines and comments after it, which ruamel attaches to the item too — are parsed as a
document of their own (``tasks:`` and those lines), edited as usual, dumped in the file's
layout, and put back in place of the lines they came from. The rest of the file stays as it
was, byte for byte.

Two checks, with the fast reader (:func:`songlo_targets.read.fast.parse`), keep this from ever
writing something else than the whole file's round trip would:

- when an item is opened, its lines read as the very item the whole file holds;
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

    def find(self, predicate: Callable[[Any], bool]) -> Any | None:
        """The round-trip node of the first item ``predicate`` holds for, or None."""
        for index, value in enumerate(self.plain[self.key]):
            if predicate(value):
                node = self.item(index)
                if not predicate(node):
                    raise Unfit
                return node
        return None

    def item(self, index: int) -> Any:
        if index not in self.trees:
            start, end = self.spans[index]
            lines = f"{self.key}:\n{self.text[start:end]}"
            if _plain(lines) != {self.key: [self.plain[self.key][index]]}:
                raise Unfit
            self.trees[index] = parse_with(lines, self.layout)
        return self.trees[index][self.key][0]

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
        for index in sorted(self.trees):
            start, end = self.spans[index]
            lines = self._lines(index)
            expected[self.key][index] = _plain(f"{self.key}:\n{lines}")[self.key][0]
            parts += [self.text[done:start], lines]
            done = end
        text = "".join([*parts, self.text[done:]])
        if _plain(text) != expected:
            raise Unfit
        return finish(text, self.layout).encode("utf-8")

    def merged(self) -> Document:
        """The whole file as one round-trip document, with the items opened in it."""
        document = load_document(self.path, self.original)
        for index, tree in self.trees.items():
            document.tree[self.key][index] = tree[self.key][0]
        return document


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
