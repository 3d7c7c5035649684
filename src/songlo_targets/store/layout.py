"""How a record file is laid out, so that it can be written back the way it was read.

ruamel.yaml keeps comments, key order, quoting and flow style in its round-trip tree, but the
byte-level habits of a file (BOM, CRLF line endings, indentation of mappings and sequences,
a missing final newline) are the writer's settings: :func:`detect` reads them from the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BOM = "\ufeff"
_KEY_LINE = re.compile(r"^( *)(?:[^\s#\-][^#]*?|- [^#]*?):\s*(?:#.*)?$")
_DASH_LINE = re.compile(r"^( *)-( +)\S")
_CONTENT_LINE = re.compile(r"^( *)[^\s#]")


@dataclass(frozen=True)
class Layout:
    bom: bool = False
    crlf: bool = False
    mapping: int = 2  # indent of a nested mapping
    sequence: int = 4  # indent of a sequence item's content
    offset: int = 2  # indent of the dash within that
    final_newline: bool = True


CANONICAL = Layout()


def detect(text: str) -> Layout:
    """The layout of ``text`` (as decoded, BOM included if present)."""
    bom = text.startswith(BOM)
    body = text[1:] if bom else text
    crlf = "\r\n" in body and body.count("\r\n") == body.count("\n")
    lines = body.replace("\r\n", "\n").split("\n")
    final_newline = body == "" or body.endswith("\n")
    mapping, offset, sequence = _indents(lines)
    return Layout(bom=bom, crlf=crlf, mapping=mapping or 2,
                  sequence=sequence if sequence is not None else 4,
                  offset=offset if offset is not None else 2,
                  final_newline=final_newline)


def _indents(lines: list[str]) -> tuple[int | None, int | None, int | None]:
    """(mapping indent, dash offset, item content indent) from the first key lines followed
    by deeper content."""
    mapping: int | None = None
    offset: int | None = None
    sequence: int | None = None
    previous: tuple[int, bool] | None = None  # (content column of the key, line ends in `:`)
    for line in lines:
        content = _CONTENT_LINE.match(line)
        if content is None:
            continue  # blank or comment line
        indent = len(content.group(1))
        if previous is not None and previous[1]:
            key_column = previous[0]
            dash = _DASH_LINE.match(line)
            if dash is not None and offset is None and indent >= key_column:
                offset = indent - key_column
                sequence = offset + 1 + len(dash.group(2))
            elif dash is None and mapping is None and indent > key_column:
                mapping = indent - key_column
        if mapping is not None and offset is not None:
            break
        key = _KEY_LINE.match(line)
        if key is not None:
            column = indent + 2 if line[indent:].startswith("- ") else indent
            previous = (column, True)
        else:
            previous = (indent, False)
    return mapping, offset, sequence
