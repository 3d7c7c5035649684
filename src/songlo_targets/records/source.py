"""Where a record was read from: a file, a line and a column (1-based)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Source:
    path: str  # relative to the root, with `/`
    line: int  # 1-based
    col: int  # 1-based
    keys: Mapping[str, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)

    @staticmethod
    def unknown() -> Source:
        return Source("", 1, 1)

    def at(self, key: str | None = None) -> Source:
        """The position of ``key`` of this mapping; the mapping's own if it is absent."""
        if key is not None and key in self.keys:
            line, col = self.keys[key]
            return Source(self.path, line, col)
        return Source(self.path, self.line, self.col)
