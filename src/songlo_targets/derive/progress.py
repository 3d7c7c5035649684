"""The view of `targets progress` (SPEC §6.3): per-unit bucket counts, or one unit's tasks.

Every number comes from :func:`songlo_targets.derive.state.task_state`; this module only selects,
counts and orders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from songlo_targets.derive.counts import Counts
from songlo_targets.derive.state import TaskState, default_as_of, year_states
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.lookup import find_unit
from songlo_targets.records.model import Task
from songlo_targets.records.ordering import ordered_units

STATUS_CHOICES = ("not-started", "in-progress", "blocked", "done", "dropped")


@dataclass(frozen=True)
class TaskRow:
    task: Task
    state: TaskState
    owner: str = ""  # the owner's title (or "the unit as a whole"), for people

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


def count_rows(rows: list[TaskRow]) -> Counts:
    """The counts of §4.1; dropped tasks leave every count."""
    return Counts.of(r.state for r in rows)


def _selected(row: TaskRow, filters: Filters) -> bool:
    if filters.status is not None and row.state.status != filters.status:
        return False
    return not filters.overdue or row.state.bucket == "overdue"


def check_group(records: Records, group: str | None) -> None:
    if group is not None and group not in records.group_keys():
        raise UsageError(N_("unknown group `{group}`: use one of {groups}"),
                         group=group, groups=", ".join(records.group_keys()))


def _check_filters(records: Records, filters: Filters) -> None:
    check_group(records, filters.group)
    if filters.status is not None and filters.status not in STATUS_CHOICES:
        raise UsageError(N_("unknown status `{status}`: use one of {statuses}"),
                         status=filters.status, statuses=", ".join(STATUS_CHOICES))


def progress_view(records: Records, year: int, as_of: dt.date | None = None,
                  filters: Filters | None = None) -> ProgressView:
    filters = filters or Filters()
    _check_filters(records, filters)
    as_of = as_of or default_as_of(year)
    data = records.year(year)
    state = year_states(records, year, as_of)
    unit_ids = set(data.task_paths) | set(data.tasks)
    chosen = find_unit(records, filters.unit) if filters.unit is not None else None
    if chosen is not None:
        unit_ids = {chosen}
    filtering = filters.status is not None or filters.overdue
    groups: dict[str, list[UnitProgress]] = {}
    for unit_id in ordered_units(records, unit_ids):
        unit = records.units.get(unit_id)
        group = unit.group if unit is not None else ""
        if filters.group is not None and group != filters.group:
            continue
        rows = [TaskRow(t, state(t), records.head_title(unit_id, t.owner))
                for t in data.tasks.get(unit_id, [])]
        rows = [r for r in rows if _selected(r, filters)]
        if filtering and not rows and unit_id != chosen:
            continue
        groups.setdefault(group, []).append(UnitProgress(
            unit_id, unit.name if unit is not None else unit_id, group, count_rows(rows),
            rows if chosen is not None else []))
    return ProgressView(year, as_of,
                        [GroupProgress(key, records.group_name(key), units)
                         for key, units in groups.items()], chosen)
