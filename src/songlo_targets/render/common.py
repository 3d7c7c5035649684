"""What every rendering for people shares: labels of statuses and buckets, numbers, bars."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from songlo_targets import i18n
from songlo_targets.i18n import N_, _

STATUS_LABELS = {
    "not-started": N_("not started"),
    "in-progress": N_("in progress"),
    "blocked": N_("blocked"),
    "done": N_("done"),
    "dropped": N_("dropped"),
    "handed-over": N_("handed over"),
}
BUCKET_LABELS = {
    "done-on-time": N_("done on time"),
    "done-late": N_("done late"),
    "open": N_("open"),
    "overdue": N_("overdue"),
}
BAR_WIDTH = 10


def status_label(status: str) -> str:
    return _(STATUS_LABELS[status]) if status in STATUS_LABELS else status


def number(value: float | None, places: int = 2) -> str:
    """A number for people: at most ``places`` decimals, no useless ones, a decimal comma in
    Vietnamese."""
    if value is None:
        return ""
    text = (f"{value:.{places}f}".rstrip("0").rstrip(".") if value != int(value)
            else str(int(value)))
    return text.replace(".", ",") if i18n.language() == "vi" else text


def share(value: float | None) -> str:
    return "" if value is None else f"{round(value * 100)}%"


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
