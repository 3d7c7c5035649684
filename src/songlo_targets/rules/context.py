from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from songlo_targets import dates


@dataclass(frozen=True)
class Context:
    """What rules need besides the records: today's date (fixed in tests)."""

    today: dt.date = field(default_factory=lambda: dates.today())
