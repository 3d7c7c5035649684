"""The one default year of every command without `--year`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from songlo_targets.records.collection import Records, Year


def _records(*years: int) -> Records:
    return Records(root=Path(), years={y: Year(y) for y in years})


@pytest.mark.parametrize(("years", "today", "default"), [
    ((2021, 2022), dt.date(2026, 12, 1), 2022),  # the bundled records, today
    ((2026,), dt.date(2026, 12, 1), 2026),  # the calendar year has records
    ((2026, 2027), dt.date(2026, 12, 1), 2026),  # a carry opened 2027: it has not started
    ((2025, 2027), dt.date(2026, 3, 1), 2025),  # the latest year that has ended
    ((2027,), dt.date(2026, 12, 1), 2026),  # nothing but a future year: this year
    ((), dt.date(2026, 12, 1), 2026),
])
def test_default_year(years: tuple[int, ...], today: dt.date, default: int) -> None:
    assert _records(*years).default_year(today) == default
