"""Dates as people type them: ISO or DD/MM/YYYY. (Dates shown: :func:`formats.date`.)"""

from __future__ import annotations

import datetime as dt
import re

from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_

_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_date(text: str) -> dt.date:
    value = text.strip()
    try:
        match = _DMY.fullmatch(value)
        if match:
            day, month, year = (int(g) for g in match.groups())
            return dt.date(year, month, day)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise UsageError(N_("`{text}` is not a date: write YYYY-MM-DD or DD/MM/YYYY"), text=text)

