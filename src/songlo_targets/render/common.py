"""What every rendering for people shares: bars, JSON, the console. (Labels: the glossary;
numbers, percentages and dates: :mod:`songlo_targets.formats`.)"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

BAR_WIDTH = 10


def bar(value: float | None, width: int = BAR_WIDTH) -> str:
    if value is None:
        return ""
    filled = round(value * width)
    return "█" * filled + "░" * (width - filled)


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def json_text(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def console() -> Any:
    """A rich console on stdout: colours only on a terminal (and never with NO_COLOR).

    Piped into a file or a CI log, tables are 120 columns wide unless COLUMNS says otherwise
    (rich's default of 80 would fold unit names over several lines).
    """
    import os
    import sys

    from rich.console import Console

    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 120
    return Console(highlight=False, soft_wrap=False, width=width)
