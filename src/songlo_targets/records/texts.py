"""The text of every record file read, for showing the lines of a diagnostic.

Kept as a way to get each text, not as the texts: a clean run shows no line, and a province's
files would otherwise stay in memory twice (bytes read, text decoded). A text is made the first
time it is asked for, then kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping

# What YAML 1.2 lets a file hold (its `c-printable`): a text may not carry anything else, even
# written as an escape (`"\\0"`, `"\\uD800"`): no NUL, no control character, no lone surrogate.
# The reading refuses such a text before the records model sees it (read.validate.as_json).
# (Written as what it refuses: the class of what it allows, negated, cost 5 ms to compile in
# every run of the tool.)
NOT_PRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff"
                           "\ufffe\uffff]")


def visible(text: str) -> str:
    """``text`` safe to print: a character a record may not hold is shown as its escape."""
    return NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class Texts(Mapping[str, str]):
    """path -> text of the record files read (relative paths, with `/`)."""

    def __init__(self) -> None:
        self._get: dict[str, Callable[[], str | None]] = {}
        self._made: dict[str, str | None] = {}

    def keep(self, path: str, text: Callable[[], str | None]) -> None:
        """How to get the text of ``path`` (None: it cannot be shown)."""
        self._get[path] = text
        self._made.pop(path, None)

    def __getitem__(self, path: str) -> str:
        if path not in self._made:
            self._made[path] = self._get[path]()
        found = self._made[path]
        if found is None:
            raise KeyError(path)
        return found

    def __contains__(self, path: object) -> bool:
        return path in self._get and self.get(path) is not None

    def __iter__(self) -> Iterator[str]:
        return (path for path in self._get if path in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)
