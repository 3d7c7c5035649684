"""Derived state (SPEC §4.1): status, bucket, done date, value, reached/exceeded, stale."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from songlo_targets.derive.state import default_as_of, stale_since, task_state
from songlo_targets.records.model import Task

D = dt.date
CHECKPOINTS = [D(2022, 3, 31), D(2022, 6, 30), D(2022, 9, 30), D(2022, 12, 15)]
EVIDENCE = [{"title": "Biên bản", "number": "1/BB", "date": "2022-06-01"}]


def make(progress: list[dict[str, Any]] | None = None, **fields: Any) -> Task:
    data = {"id": "01", "title": "Nhiệm vụ", "deadline": "2022-09-30", **fields,
            "progress": progress or []}
    task = Task.model_validate_json(json.dumps(data))
    task.file_as(2022, "duc-bac")
    return task


def done(day: str, **extra: Any) -> dict[str, Any]:
    return {"date": day, "status": "done", "result": "Xong", "evidence": EVIDENCE, **extra}


def test_no_progress_is_not_started_and_open_then_overdue() -> None:
    task = make()
    early = task_state(task, D(2022, 5, 1))
    assert (early.status, early.bucket, early.last_update) == ("not-started", "open", None)
    assert task_state(task, D(2022, 9, 30)).bucket == "open"  # deadline ≥ D
    assert task_state(task, D(2022, 10, 1)).bucket == "overdue"


def test_status_is_that_of_the_last_entry_on_or_before_the_date() -> None:
    task = make([{"date": "2022-03-31", "status": "in-progress"},
                 {"date": "2022-06-30", "status": "blocked"}, done("2022-08-15")])
    assert task_state(task, D(2022, 3, 30)).status == "not-started"
    assert task_state(task, D(2022, 3, 31)).status == "in-progress"
    assert task_state(task, D(2022, 7, 1)).status == "blocked"
    final = task_state(task, D(2022, 12, 31))
    assert (final.status, final.bucket, final.done_date) == ("done", "done-on-time",
                                                            D(2022, 8, 15))


def test_done_after_the_deadline_is_done_late() -> None:
    state = task_state(make([done("2022-10-05")]), D(2022, 12, 31))
    assert (state.bucket, state.done_date) == ("done-late", D(2022, 10, 5))


def test_done_date_is_the_first_done_entry() -> None:
    task = make([done("2022-09-01"), done("2022-11-01", note="bổ sung minh chứng")])
    assert task_state(task, D(2022, 12, 31)).done_date == D(2022, 9, 1)


def test_dropped_on_or_before_the_date_leaves_the_counts() -> None:
    task = make(dropped={"date": "2022-07-01", "decision": "40-QĐ/HU"})
    assert task_state(task, D(2022, 6, 30)).bucket == "open"  # dropped later: still counted
    after = task_state(task, D(2022, 7, 1))
    assert (after.status, after.bucket, after.dropped) == ("dropped", None, True)


def test_target_value_reached_and_exceeded_up() -> None:
    task = make([{"date": "2022-03-31", "status": "in-progress", "value": 3},
                 {"date": "2022-06-30", "status": "in-progress"},
                 done("2022-09-01", value=12.8)],
                type="target", measure={"unit": "ha", "target": 12.5})
    mid = task_state(task, D(2022, 7, 1))
    assert (mid.value, mid.reached, mid.exceeded) == (3, False, False)
    end = task_state(task, D(2022, 12, 31))
    assert (end.value, end.reached, end.exceeded) == (12.8, True, True)


def test_target_that_goes_down() -> None:
    measure = {"unit": "%", "target": 2.5, "baseline": 3.2, "direction": "down"}
    exact = make([done("2022-12-01", value=2.5)], type="target", measure=measure)
    state = task_state(exact, D(2022, 12, 31))
    assert (state.reached, state.exceeded) == (True, False)
    below = make([done("2022-12-01", value=2.1)], type="target", measure=measure)
    assert task_state(below, D(2022, 12, 31)).exceeded is True
    short = make([{"date": "2022-12-01", "status": "in-progress", "value": 2.8}],
                 type="target", measure=measure)
    assert task_state(short, D(2022, 12, 31)).reached is False


def test_task_exceeded_is_the_flag_of_its_done_entry() -> None:
    assert task_state(make([done("2022-09-01", exceeded=True)]), D(2022, 12, 31)).exceeded
    assert not task_state(make([done("2022-09-01")]), D(2022, 12, 31)).exceeded
    assert task_state(make([done("2022-09-01")]), D(2022, 12, 31)).reached is None


def test_regress_after_done_is_not_done() -> None:
    task = make([done("2022-06-01"), {"date": "2022-07-01", "status": "in-progress"}])
    state = task_state(task, D(2022, 12, 31))
    assert (state.status, state.bucket, state.done_date) == ("in-progress", "overdue", None)


@pytest.mark.parametrize(("as_of", "since"), [
    (D(2022, 3, 30), None),  # before the first checkpoint nothing is stale
    (D(2022, 3, 31), D(2021, 12, 31)),
    (D(2022, 7, 15), D(2022, 3, 31)),
    (D(2022, 12, 31), D(2022, 9, 30)),
])
def test_stale_reference_date(as_of: dt.date, since: dt.date | None) -> None:
    assert stale_since(2022, CHECKPOINTS, as_of) == since


def test_stale_means_no_entry_since_the_checkpoint_before_the_last() -> None:
    task = make([{"date": "2022-06-30", "status": "in-progress"}], deadline="2022-12-31")
    assert not task_state(task, D(2022, 3, 1), CHECKPOINTS).stale  # before the first
    assert task_state(task, D(2022, 4, 1), CHECKPOINTS).stale  # nothing after 31/12/2021
    assert not task_state(task, D(2022, 7, 1), CHECKPOINTS).stale  # entry after 31/03
    assert not task_state(task, D(2022, 9, 29), CHECKPOINTS).stale  # P = 31/03
    assert task_state(task, D(2022, 9, 30), CHECKPOINTS).stale  # P = 30/06: an entry on P
    assert task_state(task, D(2022, 12, 20), CHECKPOINTS).stale  # is not after it
    assert not task_state(make([done("2022-05-01")]), D(2022, 12, 31), CHECKPOINTS).stale


def test_entries_after_the_date_are_invisible() -> None:
    task = make([done("2022-08-01")])
    state = task_state(task, D(2022, 7, 31))
    assert (state.status, state.last_update) == ("not-started", None)


def test_default_as_of_is_today_or_the_end_of_a_past_year() -> None:
    assert default_as_of(2022, today=D(2026, 11, 27)) == D(2022, 12, 31)
    assert default_as_of(2026, today=D(2026, 11, 27)) == D(2026, 11, 27)


def test_every_view_of_a_year_shares_one_state_per_task(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A report (its pages, its evaluation, its counts), progress and export ask the same
    table: each task's state at the date is worked out once, with the year's checkpoints."""
    from songlo_targets.derive import state as state_module
    from songlo_targets.derive.evaluation import evaluate
    from songlo_targets.derive.export import export_rows
    from songlo_targets.derive.progress import progress_view
    from songlo_targets.derive.report import build_report
    from songlo_targets.read.loader import load

    from support.report_repo import make_report_repo

    records, _ = load(make_report_repo(tmp_path / "repo"), cache=False)
    year = max(records.years)
    as_of = dt.date(year, 9, 30)
    calls: list[str] = []
    original = state_module.task_state

    def counted(task: Task, *args: Any, **kwargs: Any) -> state_module.TaskState:
        calls.append(task.ref)
        return original(task, *args, **kwargs)

    monkeypatch.setattr(state_module, "task_state", counted)
    build_report(records, year, as_of)
    evaluation = evaluate(records, year, as_of)
    view = progress_view(records, year, as_of)
    export_rows(records, year, as_of)
    tasks = list(records.year(year).all_tasks())
    assert sorted(calls) == sorted(t.ref for t in tasks), "once per task, for every view"
    shared = state_module.year_states(records, year, as_of)
    stale = sum(shared(t).stale for t in tasks if not shared(t).dropped)
    assert view.totals.stale == stale
    assert sum(u.counts.stale for u in evaluation.units) == stale
