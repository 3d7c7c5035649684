"""What rules need besides the records, and what they saw outside them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from songlo_targets import dates
from songlo_targets.paths import EVIDENCE, look


@dataclass(frozen=True)
class Context:
    """Today's date (fixed in tests), and ``seen``: what rules looked at outside the records
    (key -> what :func:`songlo_targets.paths.look` said), so that a kept result of the rules
    is reused only while all of it is still so; ``memo``: what the rules of one run work out
    once for all of them."""

    today: dt.date = field(default_factory=lambda: dates.today())
    seen: dict[str, Any] = field(default_factory=dict)
    memo: dict[str, Any] = field(default_factory=dict)  # what rules share (rules.screen)

    def look(self, root: Path, key: str) -> Any:
        found = self.seen[key] = look(root, key)
        return found


__all__ = ["EVIDENCE", "Context"]
