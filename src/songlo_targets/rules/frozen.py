"""`frozen-changed` (SPEC §7): an assigned year changed without a proper decision.

Not in DEFAULT_RULES: it compares the records with those of a base revision, so `targets
check --against REF` runs it with both. A year is frozen when its `_year.yaml` had `assigned`
in the base: the change that first assigns a year is the assignment itself and is free.

Within a frozen year, as SPEC §7 says it:

* every task added or removed, and every task whose frozen fields changed, is reported, unless
  the task gained an `amendments` entry that REF does not have (an entry of REF edited in
  place, or removed, is itself a frozen change) and that is *proper*: its decision is a
  document symbol (letters, digits, `-`, `/`; no space, no invisible character) and its date
  lies between the year's assignment and today;
* a task that gains `dropped` needs the same proper decision; a `dropped` of REF stays as it is;
* the year's `_year.yaml` cannot be deleted, nor its `assigned` removed or changed, nor its
  goals removed or their targets changed.

Progress, evidence and notes stay free.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from songlo_targets import formats
from songlo_targets.derive.changes import changed_fields, plain
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.paths import year_file
from songlo_targets.records.collection import Records, Year
from songlo_targets.records.model import Amendment, Measure, Task
from songlo_targets.records.source import Source
from songlo_targets.records.texts import visible

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


# A decision's document symbol: "125-QĐ/HU", "38-QĐ/HU", "12/2022/NĐ-CP".
SYMBOL_RE = re.compile(r"[^\W_]+(?:[-/.][^\W_]+)*")
NOT_A_SYMBOL = N_("the decision `{decision}` is not a document symbol (like 38-QĐ/HU: letters, "
                  "digits, `-` and `/`)")


def is_document_symbol(decision: str) -> bool:
    """Whether ``decision`` is a document symbol that the freeze of §7 accepts."""
    return bool(SYMBOL_RE.fullmatch(decision)) and any(c.isdigit() for c in decision)


@dataclass(frozen=True)
class Window:
    """The dates a decision about a frozen year may bear: from its assignment to today."""

    start: dt.date | None
    today: dt.date

    def problem(self, decision: str, date: dt.date) -> str | None:
        """Why a decision does not count (a message id), or None when it does."""
        if not is_document_symbol(decision):
            return NOT_A_SYMBOL
        if (self.start is not None and date < self.start) or date > self.today:
            return N_("the decision {decision} is dated {date}, outside the year's assignment "
                      "({start}) to today")
        return None


def frozen_changed(records: Records, base_records: Records,
                   unreadable: Collection[str] = (), today: dt.date | None = None
                   ) -> Iterator[Diagnostic]:
    """Compare every frozen year of ``base_records`` with ``records``.

    ``unreadable``: paths whose records did not all load, on either side; a task missing there
    is not reported as added or removed (the load error is reported already).
    """
    for number in sorted(base_records.years):
        base = base_records.years[number]
        year = records.year(number)
        if not base.assigned or base.meta is None or base.meta.assigned is None:
            continue
        window = Window(base.meta.assigned.date, today or dt.date.today())
        yield from _year_file(year, base, unreadable)
        for unit in sorted(set(base.tasks) | set(year.tasks) | set(base.task_paths)):
            yield from _compare_unit(year, base, unit, unreadable, records.texts, window)


def _year_file(year: Year, base: Year, unreadable: Collection[str]) -> Iterator[Diagnostic]:
    """`_year.yaml` of a frozen year: there, still assigned as it was, its goals' targets kept."""
    assert base.meta is not None and base.meta.assigned is not None
    decision = base.meta.assigned.decision
    if year.meta is None:
        path = year.meta_path or base.meta_path or year_file(year.year)
        if path not in unreadable:
            yield Diagnostic("frozen-changed", path, 1, 1,
                             N_("the `_year.yaml` of the year {year}, which was assigned by "
                                "{decision}, was deleted"),
                             {"year": year.year, "decision": decision},
                             hint=N_("an assigned year keeps its _year.yaml; restore it"))
        return
    if year.meta.assigned is None:
        where = year.meta.source
        yield Diagnostic("frozen-changed", where.path, where.line, where.col,
                         N_("`assigned` was removed from the year {year}, which was assigned "
                            "by {decision}"), {"year": year.year, "decision": decision},
                         hint=N_("an assigned year stays assigned; restore `assigned:`"))
    elif plain(year.meta.assigned) != plain(base.meta.assigned):
        where = year.meta.at("assigned")
        yield Diagnostic("frozen-changed", where.path, where.line, where.col,
                         N_("`assigned` of the year {year} changed: it was {decision} of "
                            "{date}"), {"year": year.year, "decision": decision,
                                        "date": formats.date(base.meta.assigned.date)},
                         hint=N_("an assigned year stays assigned; restore `assigned:`"))
    goals = {goal.key: goal for goal in year.meta.goals}
    for goal in base.meta.goals:
        now = goals.get(goal.key)
        if now is None:
            where = year.meta.at("goals")
            yield Diagnostic("frozen-changed", where.path, where.line, where.col,
                             N_("the goal `{goal}` was removed from the year {year}, which is "
                                "assigned"), {"goal": goal.key, "year": year.year})
        elif plain(now.measure) != plain(goal.measure):
            where = now.at("measure") if "measure" in now.source.keys else now.at("key")
            yield Diagnostic("frozen-changed", where.path, where.line, where.col,
                             N_("the target of the goal `{goal}` changed from {before} to "
                                "{after} in an assigned year"),
                             {"goal": goal.key, "before": show_value(goal.measure),
                              "after": show_value(now.measure)})


def _amendments(old: Task, new: Task) -> tuple[list[Amendment], bool]:
    """(the entries ``new`` gained over ``old``, whether an entry of ``old`` was edited or
    removed). Entries compare by content; each entry of ``old`` must be there, unchanged."""
    remaining = list(new.amendments)
    lost = False
    for entry in old.amendments:
        match = next((i for i, e in enumerate(remaining) if plain(e) == plain(entry)), None)
        if match is None:
            lost = True
        else:
            del remaining[match]
    return remaining, lost


def _proper(entries: list[Amendment], window: Window, task: Task
            ) -> tuple[bool, list[Diagnostic]]:
    """Whether one of ``entries`` counts, and what is wrong with those that do not."""
    found, ok = [], False
    for entry in entries:
        problem = window.problem(entry.decision, entry.date)
        if problem is None:
            ok = True
            continue
        where = entry.at("decision" if "dated" not in problem else "date")
        found.append(_bad_decision(where, problem, entry.decision, entry.date, window, task))
    return ok, found


def _bad_decision(where: Source, problem: str, decision: str, date: dt.date, window: Window,
                  task: Task) -> Diagnostic:
    return Diagnostic("frozen-changed", where.path, where.line, where.col, problem,
                      {"decision": visible(decision), "date": formats.date(date),
                       "start": formats.date(window.start) if window.start else "—"},
                      task.ref, hint=N_("an assigned year changes only by a decision: give its "
                                        "document symbol and its date"))


def _compare_unit(year: Year, base: Year, unit: str, unreadable: Collection[str],
                  texts: Mapping[str, str], window: Window) -> Iterator[Diagnostic]:
    before = _by_id(base.tasks.get(unit, []))
    after = _by_id(year.tasks.get(unit, []))
    path = year.task_paths.get(unit) or base.task_paths.get(unit, "")
    for task_id, task in after.items():
        old = before.get(task_id)
        if old is None:
            if base.task_paths.get(unit) in unreadable:
                continue
            ok, problems = _proper(list(task.amendments), window, task)
            yield from problems
            if ok or problems:
                continue
            where = task.at("id")
            yield Diagnostic("frozen-changed", where.path, where.line, where.col,
                             N_("task {task} was added to the year {year}, which is assigned, "
                                "without an amendment"),
                             {"task": task.ref, "year": year.year}, task.ref,
                             hint=N_("add `amendments:` with the decision that assigned the "
                                     "task (`targets assign --decision` records it)"))
            continue
        yield from _compare_task(old, task, window)
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


def _compare_task(old: Task, task: Task, window: Window) -> Iterator[Diagnostic]:
    gained, lost = _amendments(old, task)
    if lost:
        where = task.at("amendments") if "amendments" in task.source.keys else task.at("id")
        yield Diagnostic("frozen-changed", where.path, where.line, where.col,
                         N_("task {task}: an amendment it had was edited or removed; an "
                            "amendment stays as it was recorded"), {"task": task.ref},
                         task.ref, hint=N_("restore the amendment, and record a change in a "
                                           "new entry of `amendments:`"))
    ok, problems = _proper(gained, window, task)
    yield from problems
    if not ok:
        for name in changed_fields(old, task):
            where = task.at(name) if name in task.source.keys else task.at("id")
            yield Diagnostic(
                "frozen-changed", where.path, where.line, where.col,
                N_("task {task}: `{field}` changed from {before} to {after} in an assigned "
                   "year, without an amendment"),
                {"task": task.ref, "field": name, "before": show_value(getattr(old, name)),
                 "after": show_value(getattr(task, name))}, task.ref)
    yield from _dropped(old, task, window)


def _dropped(old: Task, task: Task, window: Window) -> Iterator[Diagnostic]:
    if plain(old.dropped) == plain(task.dropped):
        return
    if old.dropped is not None:
        where = task.at("dropped") if "dropped" in task.source.keys else task.at("id")
        yield Diagnostic("frozen-changed", where.path, where.line, where.col,
                         N_("task {task}: its `dropped` was changed or removed; a withdrawal "
                            "stays as it was decided"), {"task": task.ref}, task.ref)
        return
    assert task.dropped is not None
    problem = window.problem(task.dropped.decision, task.dropped.date)
    if problem is not None:
        where = task.dropped.at("decision" if "dated" not in problem else "date")
        yield _bad_decision(where, problem, task.dropped.decision, task.dropped.date, window,
                            task)


def tasks_key(text: str) -> tuple[int, int]:
    """The position of the `tasks:` key in a task file's text, else its first line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if TASKS_KEY.match(line):
            return number, 1
    return 1, 1
