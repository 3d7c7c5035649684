"""One record file as a round-trip tree: load it, edit the tree in place, render it back.

The writer keeps what ruamel.yaml can keep (comments, key order, quotes, flow style, dates as
written, long lines unwrapped) and :mod:`layout` restores the rest (BOM, CRLF, indentation,
final newline). ``null`` and ``~`` stay as written (ruamel would print them as empty values).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from typing import Any

from songlo_targets.store.layout import BOM, CANONICAL, Layout, detect

WIDTH = 1 << 20  # never re-wrap a line


class KeptNull:
    """A null scalar, remembering how it was written (``null``, ``~``, or nothing)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __bool__(self) -> bool:
        return False

    def __eq__(self, other: object) -> bool:
        return other is None or isinstance(other, KeptNull)

    def __hash__(self) -> int:
        return hash(None)

    def __repr__(self) -> str:
        return f"KeptNull({self.text!r})"


@cache
def _classes() -> tuple[Any, Any]:
    """The constructor and representer that keep nulls as written (made once)."""
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.representer import RoundTripRepresenter

    class Constructor(RoundTripConstructor):
        def construct_kept_null(self, node: Any) -> Any:
            return KeptNull(node.value)

    class Representer(RoundTripRepresenter):
        def ignore_aliases(self, data: Any) -> bool:
            return True  # records use no anchors: a value used twice is written twice

        def represent_kept_null(self, data: KeptNull) -> Any:
            return self.represent_scalar("tag:yaml.org,2002:null", data.text)

    Constructor.add_constructor("tag:yaml.org,2002:null", Constructor.construct_kept_null)
    Representer.add_representer(KeptNull, Representer.represent_kept_null)
    return Constructor, Representer


def _yaml(layout: Layout) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.Constructor, yaml.Representer = _classes()
    yaml.preserve_quotes = True
    yaml.width = WIDTH
    yaml.indent(mapping=layout.mapping, sequence=layout.sequence, offset=layout.offset)
    return yaml


@dataclass
class Document:
    """A file of the repository: its path, the bytes it was read from, its tree, its layout."""

    path: str  # relative to the root, with `/`
    original: bytes | None  # None for a file being created
    tree: Any
    layout: Layout
    raw: bytes | None = None  # exact content of a new file, instead of rendering the tree

    def render(self) -> bytes:
        if self.raw is not None:
            return self.raw
        if self.tree is None and self.original is not None:
            return self.original  # an empty file, or comments only: nothing to edit
        return dump(self.tree, self.layout)


def parse_text(text: str) -> tuple[Any, Layout]:
    """The tree and layout of a decoded text (LF or CRLF, a BOM or not)."""
    layout = detect(text)
    body = text[1:] if layout.bom else text
    return parse_with(body.replace("\r\n", "\n"), layout), layout


def parse_with(text: str, layout: Layout) -> Any:
    """The tree of ``text`` (LF line ends, no BOM), to be written back in ``layout``."""
    return _yaml(layout).load(text)


def load(path: str, data: bytes) -> Document:
    """Parse ``data`` (UTF-8). Raises ruamel's errors for a file that does not parse."""
    tree, layout = parse_text(data.decode("utf-8"))
    return Document(path, data, tree, layout)


def new(path: str, tree: Any, header: str = "", layout: Layout = CANONICAL) -> Document:
    """A document for a file that does not exist yet, with an optional header comment."""
    if header and tree is not None:
        tree.yaml_set_start_comment(header)
    return Document(path, None, tree, layout)


def render_tree(tree: Any, layout: Layout) -> str:
    """The text of ``tree`` in ``layout``'s indentation (LF, no BOM, a final newline)."""
    out = io.StringIO()
    if tree is not None:
        _yaml(layout).dump(tree, out)
    return out.getvalue()


def finish(text: str, layout: Layout) -> str:
    """``text`` (LF, no BOM) with the line ends, BOM and final newline of ``layout``."""
    if not layout.final_newline:
        text = text.rstrip("\n")
    if layout.crlf:
        text = text.replace("\n", "\r\n")
    if layout.bom:
        text = BOM + text
    return text


def dump(tree: Any, layout: Layout) -> bytes:
    return finish(render_tree(tree, layout), layout).encode("utf-8")
