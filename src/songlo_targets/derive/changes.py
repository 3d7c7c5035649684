"""What changed between two versions of the records, in the Board's words (`targets diff`).

``compare(before, after)`` lists years assigned; tasks assigned, removed, amended (or edited)
and dropped; progress recorded, with status and value before and after and the evidence
added; ratings recorded. Nothing here formats text: see :mod:`songlo_targets.render.diff`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from songlo_targets.derive.state import end_of_year, task_state
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Amendment, Evidence, Progress, Task, dump, is_record
from songlo_targets.vietnamese import sort_key

# The fields of a task that an assigned year freezes (SPEC §7).
FROZEN_FIELDS = ("title", "type", "owner", "deadline", "categories", "basis", "goal", "measure",
                 "milestones")


def plain(value: Any) -> Any:
    """A value without its source: records read from two revisions compare by content only."""
    if is_record(value):
        return dump(value)
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def changed_fields(before: Task, after: Task) -> list[str]:
    return [name for name in FROZEN_FIELDS
            if plain(getattr(before, name)) != plain(getattr(after, name))]




@dataclass(frozen=True)
class TaskInfo:
    ref: str
    year: int
    unit: str
    unit_name: str
    title: str
    deadline: dt.date
    task: Task


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class Amended:
    info: TaskInfo
    amendments: list[Amendment]  # entries gained in the change
    fields: list[FieldChange]  # frozen fields changed


@dataclass(frozen=True)
class ProgressRecorded:
    info: TaskInfo
    status_before: str
    status_after: str
    value_before: float | None
    value_after: float | None
    percent_before: float | None
    percent_after: float | None
    entries: list[Progress]  # entries added or rewritten
    evidence: list[Evidence]  # evidence items added


@dataclass(frozen=True)
class RatingRecorded:
    unit: str
    unit_name: str
    year: int
    role: str | None  # a head's role, None for the unit itself
    field: str  # computed | final
    before: str | None
    after: str | None
    decision: str | None


@dataclass(frozen=True)
class YearAssigned:
    year: int
    decision: str
    date: dt.date


@dataclass
class Changes:
    years_assigned: list[YearAssigned] = field(default_factory=list)
    assigned: list[TaskInfo] = field(default_factory=list)
    removed: list[TaskInfo] = field(default_factory=list)
    amended: list[Amended] = field(default_factory=list)
    dropped: list[TaskInfo] = field(default_factory=list)
    progress: list[ProgressRecorded] = field(default_factory=list)
    ratings: list[RatingRecorded] = field(default_factory=list)

    def empty(self) -> bool:
        return not any((self.years_assigned, self.assigned, self.removed, self.amended,
                        self.dropped, self.progress, self.ratings))


def _unit_name(before: Records, after: Records, unit: str) -> str:
    found = after.units.get(unit) or before.units.get(unit)
    return found.name if found is not None else unit


def _info(task: Task, name: str) -> TaskInfo:
    return TaskInfo(task.ref, task.year, task.unit, name, task.title, task.deadline, task)


def _tasks(records: Records) -> dict[str, Task]:
    found: dict[str, Task] = {}
    for task in records.all_tasks():
        found.setdefault(task.ref, task)
    return found


def _progress(info: TaskInfo, old: Task | None, new: Task) -> ProgressRecorded | None:
    before_entries = plain(old.progress) if old is not None else []
    if plain(new.progress) == before_entries:
        return None
    as_of = end_of_year(new.year)
    state_after = task_state(new, as_of)
    state_before = task_state(old, as_of) if old is not None else None
    old_evidence = [e for entry in before_entries for e in entry["evidence"]]
    added = [e for entry in new.progress for e in entry.evidence
             if plain(e) not in old_evidence]
    entries = [entry for entry in new.progress if plain(entry) not in before_entries]
    return ProgressRecorded(
        info,
        state_before.status if state_before else "not-started", state_after.status,
        state_before.value if state_before else None, state_after.value,
        state_before.percent if state_before else None, state_after.percent,
        entries, added)


def _compare_tasks(before: Records, after: Records, changes: Changes) -> None:
    old_tasks, new_tasks = _tasks(before), _tasks(after)
    for ref, task in new_tasks.items():
        info = _info(task, _unit_name(before, after, task.unit))
        old = old_tasks.get(ref)
        if old is None:
            changes.assigned.append(info)
        else:
            old_amendments = plain(old.amendments)
            gained = [a for a in task.amendments if plain(a) not in old_amendments]
            fields = [FieldChange(name, getattr(old, name), getattr(task, name))
                      for name in changed_fields(old, task)]
            if gained or fields:
                changes.amended.append(Amended(info, gained, fields))
        if task.dropped is not None and (old is None or old.dropped is None):
            changes.dropped.append(info)
        recorded = _progress(info, old, task)
        if recorded is not None:
            changes.progress.append(recorded)
    for ref, old in old_tasks.items():
        if ref not in new_tasks:
            changes.removed.append(_info(old, _unit_name(before, after, old.unit)))


def _compare_ratings(before: Records, after: Records, changes: Changes) -> None:
    for unit_id, unit in after.units.items():
        old_unit = before.units.get(unit_id)
        for year, evaluation in unit.evaluations.items():
            old = old_unit.evaluations.get(year) if old_unit is not None else None
            for name in ("computed", "final"):
                was = getattr(old, name) if old is not None else None
                now = getattr(evaluation, name)
                if now is not None and now != was:
                    changes.ratings.append(RatingRecorded(
                        unit_id, unit.name, year, None, name, was, now, evaluation.decision))
            for role, head in evaluation.heads.items():
                old_head = old.heads.get(role) if old is not None else None
                for name in ("computed", "final"):
                    was = getattr(old_head, name) if old_head is not None else None
                    now = getattr(head, name)
                    if now is not None and now != was:
                        changes.ratings.append(RatingRecorded(
                            unit_id, unit.name, year, role, name, was, now,
                            evaluation.decision))


def _compare_years(before: Records, after: Records, changes: Changes) -> None:
    for number in sorted(after.years):
        meta = after.years[number].meta
        old = before.years[number].meta if number in before.years else None
        if meta is not None and meta.assigned is not None and (old is None
                                                               or old.assigned is None):
            changes.years_assigned.append(
                YearAssigned(number, meta.assigned.decision, meta.assigned.date))


def _task_order(info: TaskInfo) -> tuple[int, tuple[tuple[int, ...], ...], str]:
    return info.year, sort_key(info.unit_name), info.unit


def compare(before: Records, after: Records) -> Changes:
    changes = Changes()
    _compare_years(before, after, changes)
    _compare_tasks(before, after, changes)
    _compare_ratings(before, after, changes)
    # Stable sorts: tasks stay in file order within a unit.
    for infos in (changes.assigned, changes.removed, changes.dropped):
        infos.sort(key=_task_order)
    changes.amended.sort(key=lambda a: _task_order(a.info))
    changes.progress.sort(key=lambda p: _task_order(p.info))
    changes.ratings.sort(key=lambda r: (r.year, sort_key(r.unit_name), r.unit, r.role or "",
                                        r.field))
    return changes
