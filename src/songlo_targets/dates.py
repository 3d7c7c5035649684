"""Dates as people type them: ISO or DD/MM/YYYY (dates shown: :func:`formats.date`); the one
clock of the tool (:func:`today`), and the rule for a date a command records
(:func:`recorded`)."""

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



def today() -> dt.date:
    """Today's date. Every default that means "today" asks this function (tests replace it)."""
    return dt.date.today()


def recorded(given: dt.date | None, year: int, option: str, day: dt.date | None = None
             ) -> dt.date:
    """A date a command writes into the records of ``year`` (SPEC §6.8): the one given, else
    today when today lies in that year; for a task of another year it must be given."""
    from songlo_targets import formats

    if given is not None:
        return given
    day = day or today()
    if day.year == year:
        return day
    raise UsageError(N_("the task is of {year} and today ({today}) is not: give the date with "
                        "{option}"), year=year, today=formats.date(day), option=option)


def quarter_of(day: dt.date) -> int:
    """The quarter (1-4) a day falls in."""
    return (day.month - 1) // 3 + 1


def quarter_start(year: int, quarter: int) -> dt.date:
    return dt.date(year, quarter * 3 - 2, 1)


def quarter_end(year: int, quarter: int) -> dt.date:
    month = quarter * 3
    return dt.date(year, month, 30 if month in (6, 9) else 31)


def in_quarter(day: dt.date, year: int, quarter: int) -> bool:
    """Whether ``day`` falls in quarter ``quarter`` of ``year`` (§5.1)."""
    return day.year == year and quarter_of(day) == quarter
