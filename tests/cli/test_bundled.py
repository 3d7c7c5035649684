"""The bundled Sông Lô records: the default every command runs on, and they are clean."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from songlo_targets.check import check
from songlo_targets.derive.state import end_of_year, task_state

ROOT = Path(__file__).parents[2]


def test_bundled_records_pass_check_strictly() -> None:
    result = check(ROOT)
    assert [(d.code, d.path, d.line) for d in result.diagnostics] == []
    assert len(result.records.units) == 41
    assert sorted(result.records.years) == [2021, 2022]


def test_bundled_2022_is_varied_enough_for_every_view() -> None:
    records = check(ROOT).records
    year = records.years[2022]
    states = [task_state(t, end_of_year(2022), year.checkpoints()) for t in year.all_tasks()]
    buckets = Counter(s.bucket for s in states)
    assert all(buckets[b] > 0 for b in ("done-on-time", "done-late", "open", "overdue"))
    assert sum(s.dropped for s in states) > 0 and sum(s.stale for s in states) > 0
    assert any(t.carried_from for t in year.all_tasks())
    assert {u.group for u in records.units.values()} == set(records.group_keys())
    assert all(2021 in u.evaluations for u in records.units.values()
               if u.id in records.years[2021].tasks)
    assert dt.date(2022, 1, 24) == (year.meta.assigned.date if year.meta and
                                    year.meta.assigned else None)
