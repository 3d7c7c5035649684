"""`frozen-changed` (SPEC §7): an assigned year's tasks changed without an amendment.

Not in DEFAULT_RULES: it compares the records with those of a base revision, so `targets
check --against REF` runs it with both. A year is frozen when its `_year.yaml` had `assigned`
in the base: the change that first assigns a year is the assignment itself and is free.
Within a frozen year every task added or removed, and every task whose frozen fields changed,
is reported, unless the task gained an `amendments` entry in the same change. Progress,
evidence, notes and `dropped` stay free.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterator, Mapping
from typing import Any

from songlo_targets import formats
from songlo_targets.derive.changes import changed_fields, gained_amendment
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records, Year
from songlo_targets.records.model import Measure, Task

TASKS_KEY = re.compile(r"""^(tasks|'tasks'|"tasks")\s*:""")


def show_value(value: Any) -> str:
    """A frozen field's value as people read it in a message."""
    if value is None or value == []:
        return "—"
    if isinstance(value, dt.date):
        return formats.date(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, Measure):
        return formats.measure(value, decimals=formats.EXACT)
    return str(value)


def _by_id(tasks: list[Task]) -> dict[str, Task]:
    found: dict[str, Task] = {}
    for task in tasks:
        found.setdefault(task.id, task)  # a duplicate id is `duplicate-id`'s business
    return found


def frozen_changed(records: Records, base_records: Records,
                   unreadable: Collection[str] = ()) -> Iterator[Diagnostic]:
    """Compare every frozen year of ``base_records`` with ``records``.

    ``unreadable``: paths whose tasks did not all load, on either side; a task missing there is
    not reported as added or removed (the load error is reported already).
    """
    for number in sorted(base_records.years):
        base = base_records.years[number]
        year = records.year(number)
        if not base.assigned:
            continue
        yield from _unassigned(year, base)
        for unit in sorted(set(base.tasks) | set(year.tasks) | set(base.task_paths)):
            yield from _compare_unit(year, base, unit, unreadable, records.texts)


def _unassigned(year: Year, base: Year) -> Iterator[Diagnostic]:
    if year.meta is not None and year.meta.assigned is None and base.meta is not None:
        where = year.meta.source
        yield Diagnostic("frozen-changed", where.path, where.line, where.col,
                         N_("`assigned` was removed from the year {year}, which was assigned "
                            "by {decision}"),
                         {"year": year.year, "decision": base.meta.assigned.decision
                          if base.meta.assigned else ""},
                         hint=N_("an assigned year stays assigned; restore `assigned:`"))


def _compare_unit(year: Year, base: Year, unit: str, unreadable: Collection[str],
                  texts: Mapping[str, str]) -> Iterator[Diagnostic]:
    before = _by_id(base.tasks.get(unit, []))
    after = _by_id(year.tasks.get(unit, []))
    path = year.task_paths.get(unit) or base.task_paths.get(unit, "")
    for task_id, task in after.items():
        old = before.get(task_id)
        if old is None:
            if base.task_paths.get(unit) in unreadable or task.amendments:
                continue
            where = task.at("id")
            yield Diagnostic("frozen-changed", where.path, where.line, where.col,
                             N_("task {task} was added to the year {year}, which is assigned, "
                                "without an amendment"),
                             {"task": task.ref, "year": year.year}, task.ref,
                             hint=N_("add `amendments:` with the decision that assigned the "
                                     "task (`targets assign --decision` records it)"))
        elif not gained_amendment(old, task):
            for name in changed_fields(old, task):
                where = task.at(name) if name in task.source.keys else task.at("id")
                yield Diagnostic(
                    "frozen-changed", where.path, where.line, where.col,
                    N_("task {task}: `{field}` changed from {before} to {after} in an assigned "
                       "year, without an amendment"),
                    {"task": task.ref, "field": name, "before": show_value(getattr(old, name)),
                     "after": show_value(getattr(task, name))}, task.ref)
    if path in unreadable:
        return
    for task_id, old in before.items():
        if task_id not in after:
            line, col = tasks_key(texts.get(path, ""))
            yield Diagnostic("frozen-changed", path, line, col,
                             N_("task {task} was removed from the year {year}, which is "
                                "assigned"),
                             {"task": old.ref, "year": year.year}, old.ref,
                             hint=N_("keep the task and record `dropped:` with the decision "
                                     "that withdrew it"))


def tasks_key(text: str) -> tuple[int, int]:
    """The position of the `tasks:` key in a task file's text, else its first line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if TASKS_KEY.match(line):
            return number, 1
    return 1, 1
