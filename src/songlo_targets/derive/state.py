"""Derived state (SPEC §4.1): what a task's records mean at an as-of date.

Status, bucket, done date, value, reached/exceeded and staleness are computed here and
nowhere else; every view, report and rating asks this module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING

from songlo_targets import dates
from songlo_targets.records.model import Milestone, Progress, Task

if TYPE_CHECKING:
    from songlo_targets.records.collection import Records

BUCKETS = ("done-on-time", "done-late", "open", "overdue")


@dataclass(frozen=True)
class TaskState:
    status: str  # not-started | in-progress | blocked | done | dropped | handed-over
    bucket: str | None  # one of BUCKETS; None when dropped or handed over
    done_date: dt.date | None
    value: float | None  # a target's cumulative value at the date
    percent: float | None  # a task's last reported percentage
    reached: bool | None  # targets: value reaches the target; None for tasks
    exceeded: bool
    stale: bool
    last_update: dt.date | None
    defective: bool = False  # the done entry says `quality: defective` (§5.1)
    milestone: dt.date | None = None  # the date of the milestone (§9) this is the state of

    @property
    def due(self) -> dt.date | None:
        """The date the product is due: the milestone's; None for the task (its deadline)."""
        return self.milestone

    @property
    def dropped(self) -> bool:
        return self.status == "dropped"

    @property
    def handed_over(self) -> bool:
        return self.status == "handed-over"

    @property
    def left(self) -> bool:
        """Out of every count: dropped (§4.1), or handed over to a successor (§4.4)."""
        return self.status in ("dropped", "handed-over")

    @property
    def done(self) -> bool:
        return self.status == "done"

    @property
    def on_time(self) -> bool:
        return self.bucket == "done-on-time"


def end_of_year(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def default_as_of(year: int, today: dt.date | None = None) -> dt.date:
    """Today, or 31 December of the year once that has passed."""
    today = today or dates.today()
    return min(today, end_of_year(year))


def entries_until(task: Task, as_of: dt.date) -> list[Progress]:
    return [entry for entry in sorted(task.progress, key=_DATE) if entry.date <= as_of]


_DATE = attrgetter("date")


def reaches(task: Task, value: float | None, strictly: bool = False) -> bool:
    if task.measure is None or value is None:
        return False
    target = task.measure.target
    if task.measure.direction == "down":
        return value < target if strictly else value <= target
    return value > target if strictly else value >= target


def stale_since(year: int, checkpoints: list[dt.date], as_of: dt.date) -> dt.date | None:
    """P of §4.1: progress must be dated after it, or None before the first checkpoint."""
    return _stale_since(year, tuple(checkpoints), as_of)


@lru_cache(maxsize=256)  # (asked for every task of a year, with the same three)
def _stale_since(year: int, checkpoints: tuple[dt.date, ...], as_of: dt.date
                 ) -> dt.date | None:
    past = [c for c in sorted(checkpoints) if c <= as_of]
    if not past:
        return None
    return past[-2] if len(past) > 1 else dt.date(year - 1, 12, 31)


def task_state(task: Task, as_of: dt.date, checkpoints: list[dt.date] | None = None,
               handed_over: dt.date | None = None) -> TaskState:
    """The state of ``task`` at ``as_of``; ``handed_over`` is the end date of its unit when
    a successor took the task over (§4.4): from the day after, the task has left."""
    entries = entries_until(task, as_of)
    last = entries[-1] if entries else None
    value = next((e.value for e in reversed(entries) if e.value is not None), None)
    percent = next((e.percent for e in reversed(entries) if e.percent is not None), None)
    is_target = task.type == "target"
    reached = reaches(task, value) if is_target else None
    if task.dropped is not None and task.dropped.date <= as_of:
        return TaskState("dropped", None, None, value, percent, reached, False, False,
                         last.date if last else None)
    if handed_over is not None and handed_over < as_of:
        return TaskState("handed-over", None, None, value, percent, reached, False, False,
                         last.date if last else None)
    status = last.status if last else "not-started"
    done = status == "done"
    done_date = next((e.date for e in entries if e.status == "done"), None) if done else None
    defective = False
    if done:
        done_entry = next(e for e in reversed(entries) if e.status == "done")
        defective = done_entry.quality == "defective"
        bucket = "done-on-time" if done_date and done_date <= task.deadline else "done-late"
        if is_target:
            exceeded = reaches(task, value, strictly=True)
        else:
            exceeded = done_entry.exceeded
    else:
        bucket = "open" if task.deadline >= as_of else "overdue"
        exceeded = False
    since = stale_since(task.year or as_of.year, checkpoints or [], as_of)
    stale = not done and since is not None and not any(e.date > since for e in entries)
    return TaskState(status, bucket, done_date, value, percent, reached, exceeded, stale,
                     last.date if last else None, defective)


def year_states(records: Records, year: int, as_of: dt.date) -> Callable[[Task], TaskState]:
    """The state at ``as_of`` of the tasks of ``year``, with the year's checkpoints and its
    hand-overs (§4.4): what every view of a year counts.

    One table per (records, year, as-of), kept with the records and shared by every view that
    asks (progress, evaluation, the report and its pages, export): each task's state is
    worked out once, the first time it is asked for."""
    key = ("states", year, as_of)
    found = records.derived.get(key)
    if found is None:
        found = records.derived[key] = _StateTable(records, year, as_of)
    return found


class _StateTable:
    def __init__(self, records: Records, year: int, as_of: dt.date) -> None:
        from songlo_targets.derive.handover import handovers

        self.as_of = as_of
        self.checkpoints = records.year(year).checkpoints()
        self.handed = handovers(records, year)
        self.states: dict[int, TaskState] = {}  # id of the task -> its state (records live on)

    def __call__(self, task: Task) -> TaskState:
        found = self.states.get(id(task))
        if found is None:
            from songlo_targets.derive.handover import handed_over_at

            found = self.states[id(task)] = task_state(
                task, self.as_of, self.checkpoints,
                handed_over_at(self.handed, task) if self.handed else None)
        return found


def milestone_reached(task: Task, milestone: Milestone, entry: Progress,
                      value: float | None, percent: float | None) -> bool:
    """Whether the task's state after ``entry`` reaches the milestone (§9): done, or the
    cumulative value (a target) or the percentage (a task) at least what the milestone asks."""
    if entry.status == "done":
        return True
    if milestone.target is not None and task.measure is not None and value is not None:
        if task.measure.direction == "down":
            return value <= milestone.target
        return value >= milestone.target
    return milestone.percent is not None and percent is not None and percent >= milestone.percent


def milestone_state(task: Task, milestone: Milestone, as_of: dt.date,
                    task_now: TaskState) -> TaskState:
    """A milestone as a product of its quarter (§9), in the four buckets of §4.1: met by its
    date (``done-on-time``), met after it (``done-late``), not yet met with its date still to
    come (``open``) or passed (``overdue``). A milestone of a task that has left leaves too."""
    if task_now.left:
        return replace(task_now, milestone=milestone.date)
    value = percent = None
    met: dt.date | None = None
    for entry in entries_until(task, as_of):
        value = entry.value if entry.value is not None else value
        percent = entry.percent if entry.percent is not None else percent
        if milestone_reached(task, milestone, entry, value, percent):
            met = entry.date
            break
    if met is not None:
        bucket = "done-on-time" if met <= milestone.date else "done-late"
        return TaskState("done", bucket, met, task_now.value, task_now.percent,
                         task_now.reached, False, False, task_now.last_update,
                         milestone=milestone.date)
    status = "not-started" if task_now.status == "not-started" else task_now.status
    status = "in-progress" if status == "done" else status
    bucket = "open" if milestone.date >= as_of else "overdue"
    return TaskState(status, bucket, None, task_now.value, task_now.percent, task_now.reached,
                     False, task_now.stale, task_now.last_update, milestone=milestone.date)


def quarter_products(tasks: list[Task], year: int, quarter: int, as_of: dt.date,
                     state_of: Callable[[Task], TaskState]) -> list[tuple[Task, TaskState]]:
    """The products of a quarter (§9): the tasks whose deadline falls in it, then the
    milestones dated in it (each with its task), with their states at ``as_of``. The one
    selection that `progress --quarter`, `evaluate --quarter` and the quarterly report use."""
    products = [(t, state_of(t)) for t in tasks if dates.in_quarter(t.deadline, year, quarter)]
    for task in tasks:
        for milestone in task.milestones:
            if dates.in_quarter(milestone.date, year, quarter):
                products.append((task, milestone_state(task, milestone, as_of, state_of(task))))
    return products


def milestones_met(task: Task, as_of: dt.date, task_now: TaskState) -> tuple[int, int]:
    """How many of the task's milestones dated on or before ``as_of`` are met, of how many."""
    due = [m for m in task.milestones if m.date <= as_of]
    met = sum(milestone_state(task, m, as_of, task_now).done for m in due)
    return met, len(due)


def silent_units(records: Records, year: int, as_of: dt.date) -> dict[str, int]:
    """The units with open tasks at ``as_of`` that recorded nothing on any of them since the
    previous checkpoint (every open task stale, §4.1): unit id -> number of its open tasks."""
    state = year_states(records, year, as_of)
    found: dict[str, int] = {}
    for unit, tasks in sorted(records.year(year).tasks.items()):
        open_tasks = [state(t) for t in tasks if not state(t).done and not state(t).left]
        if open_tasks and all(s.stale for s in open_tasks):
            found[unit] = len(open_tasks)
    return found
