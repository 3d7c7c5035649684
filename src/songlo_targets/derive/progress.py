"""The view of `targets progress` (SPEC §6.3): per-unit bucket counts, or one unit's tasks.

Every number comes from :func:`songlo_targets.derive.state.task_state`; this module only selects,
counts and orders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from songlo_targets.dates import quarter_end
from songlo_targets.derive.counts import Counts
from songlo_targets.derive.state import TaskState, default_as_of, quarter_products, year_states
from songlo_targets.records.collection import Records, Year
from songlo_targets.records.lookup import (
    find_key,
    find_term,
    find_unit,
    group_options,
    supervisor_options,
)
from songlo_targets.records.model import Task
from songlo_targets.records.ordering import ordered_units

STATUS_CHOICES = ("not-started", "in-progress", "blocked", "done", "dropped")


@dataclass(frozen=True)
class TaskRow:
    task: Task
    state: TaskState
    owner: str = ""  # the owner's title (or "the unit as a whole"), for people
    as_of: dt.date | None = None  # the date of the view (for the milestones met by then)

    @property
    def ref(self) -> str:
        return self.task.ref


@dataclass(frozen=True)
class UnitProgress:
    unit: str
    name: str
    group: str
    counts: Counts
    tasks: list[TaskRow] = field(default_factory=list)


@dataclass(frozen=True)
class GroupProgress:
    key: str
    name: str
    units: list[UnitProgress]

    @property
    def counts(self) -> Counts:
        return sum((u.counts for u in self.units), Counts())


@dataclass(frozen=True)
class ProgressView:
    year: int
    as_of: dt.date
    groups: list[GroupProgress]
    unit: str | None = None  # set with --unit: the one unit whose tasks are listed
    listed: bool = False  # the tasks are listed (with --unit, --overdue, --due-before)
    quarter: int | None = None  # only the tasks due in this quarter (§5.1)

    @property
    def units(self) -> list[UnitProgress]:
        return [u for g in self.groups for u in g.units]

    @property
    def totals(self) -> Counts:
        return sum((g.counts for g in self.groups), Counts())

    @property
    def tasks(self) -> list[TaskRow]:
        return [row for u in self.units for row in u.tasks]


@dataclass(frozen=True)
class Filters:
    group: str | None = None
    unit: str | None = None  # as the person typed it; resolved with lookup.find_unit
    status: str | None = None
    overdue: bool = False
    supervisor: str | None = None  # a supervisor's key or name
    due_before: dt.date | None = None  # tasks not done whose deadline is on or before it
    quarter: int | None = None  # tasks whose deadline falls in this quarter of the year

    @property
    def lists_tasks(self) -> bool:
        """The questions asked before a compilation are answered task by task."""
        return self.unit is not None or self.overdue or self.due_before is not None


def count_rows(rows: list[TaskRow]) -> Counts:
    """The counts of §4.1; dropped tasks leave every count."""
    return Counts.of(r.state for r in rows)


def _selected(row: TaskRow, filters: Filters, supervisor: str | None, year: Year) -> bool:
    if filters.status is not None and row.state.status != filters.status:
        return False
    if filters.overdue and row.state.bucket != "overdue":
        return False
    if filters.due_before is not None and (row.state.done or row.state.dropped
                                           or row.task.deadline > filters.due_before):
        return False
    if supervisor is not None:
        own = year.supervisor_for(row.task)
        return own is not None and own.key == supervisor
    return True


def check_group(records: Records, group: str | None) -> str | None:
    """The key of the group a person typed (its key or its name), or None for none."""
    return find_key("group", group, group_options(records)) if group is not None else None


def _check_filters(records: Records, filters: Filters) -> Filters:
    """The filters with what the person typed resolved to keys."""
    return replace(filters, group=check_group(records, filters.group),
                   status=find_term("status", filters.status, list(STATUS_CHOICES))
                   if filters.status is not None else None)


def progress_view(records: Records, year: int, as_of: dt.date | None = None,
                  filters: Filters | None = None) -> ProgressView:
    filters = _check_filters(records, filters or Filters())
    if filters.quarter is not None:
        as_of = as_of or min(default_as_of(year), quarter_end(year, filters.quarter))
    as_of = as_of or default_as_of(year)
    data = records.year(year)
    state = year_states(records, year, as_of)
    unit_ids = set(data.task_paths) | set(data.tasks)
    chosen = find_unit(records, filters.unit) if filters.unit is not None else None
    if chosen is not None:
        unit_ids = {chosen}
    supervisor = (find_key("supervisor", filters.supervisor, supervisor_options(data.meta))
                  if filters.supervisor is not None else None)
    filtering = (filters.status is not None or filters.overdue or supervisor is not None
                 or filters.due_before is not None or filters.quarter is not None)
    groups: dict[str, list[UnitProgress]] = {}
    for unit_id in ordered_units(records, unit_ids):
        unit = records.units.get(unit_id)
        group = unit.group if unit is not None else ""
        if filters.group is not None and group != filters.group:
            continue
        tasks = data.tasks.get(unit_id, [])
        pairs = ([(t, state(t)) for t in tasks] if filters.quarter is None
                 else quarter_products(tasks, year, filters.quarter, as_of, state))
        rows = [TaskRow(t, s, records.head_title(unit_id, t.owner), as_of) for t, s in pairs]
        rows = [r for r in rows if _selected(r, filters, supervisor, data)]
        if filtering and not rows and unit_id != chosen:
            continue
        groups.setdefault(group, []).append(UnitProgress(
            unit_id, unit.name if unit is not None else unit_id, group, count_rows(rows),
            rows if filters.lists_tasks else []))
    return ProgressView(year, as_of,
                        [GroupProgress(key, records.group_name(key), units)
                         for key, units in groups.items()], chosen, filters.lists_tasks,
                        filters.quarter)
