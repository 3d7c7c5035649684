"""One top-level scalar of a YAML mapping, read without a YAML parser.

The language of the messages must be known before anything is printed (help included), and
`targets --help` must not pay for ruamel.yaml or rapidyaml. A top-level key of a block mapping
always starts at column 0, so ``language: en`` is found by its line; its value is read as YAML
reads a plain, 'single-quoted' or "double-quoted" scalar followed by a comment. Anything else
(the key written twice, a block or flow value, a tag, an alias) gives None, and the full
reading (`targets check`) reports what is wrong.
"""

from __future__ import annotations

import json


def _quoted(value: str) -> tuple[str, str] | None:
    """(the scalar, what follows it) of a value starting with a quote."""
    if value[0] == "'":
        index = 1
        while True:
            end = value.find("'", index)
            if end < 0:
                return None
            if value[end + 1:end + 2] == "'":
                index = end + 2
                continue
            return value[1:end].replace("''", "'"), value[end + 1:]
    index = 1
    while True:
        end = value.find('"', index)
        if end < 0:
            return None
        backslashes = len(value[:end]) - len(value[:end].rstrip("\\"))
        if backslashes % 2 == 0:
            try:
                return json.loads(value[:end + 1]), value[end + 1:]
            except ValueError:
                return None
        index = end + 1


def top_level_scalar(text: str, key: str) -> str | None:
    """The value of the top-level ``key`` of ``text`` (see the module), else None."""
    found: list[str] = []
    for line in text.lstrip("\ufeff").splitlines():
        if line.startswith(key + ":") and line[len(key) + 1:len(key) + 2] in ("", " ", "\t"):
            found.append(line[len(key) + 1:].strip())
    if len(found) != 1 or not found[0] or found[0][0] in "&*!|>[{#@`%,?-":
        return None
    value = found[0]
    if value[0] in "'\"":
        parsed = _quoted(value)
        if parsed is None or (parsed[1].strip() and not parsed[1].lstrip().startswith("#")):
            return None
        return parsed[0]
    plain = value.split(" #", 1)[0].split("\t#", 1)[0].strip()
    return plain or None
