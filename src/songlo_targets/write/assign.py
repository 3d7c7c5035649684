"""`targets assign` (SPEC §6.2): add tasks to units' files, all or nothing.

In an assigned year (§7) a decision number is required, and each new task records an
amendment naming it, dated by the decision (SPEC §6.8: never silently today). Every new task
is checked with the whole repository before anything is written; a refusal is reported per
task (and so per row of an imported table).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from songlo_targets import dates
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.errors import UsageError
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.lookup import (
    basis_options,
    category_options,
    find_key,
    find_term,
    find_unit,
    goal_options,
    role_options,
)
from songlo_targets.store import Outcome, Transaction
from songlo_targets.write.decisions import decision_date, require_decision
from songlo_targets.write.task_files import (
    AMENDMENT_ASSIGN,
    NewTask,
    add_task,
    parse_milestone,
)


@dataclass
class Assigned:
    refs: list[str] = field(default_factory=list)
    outcome: Outcome = field(default_factory=Outcome)
    amended: bool = False  # the year is assigned: each task records an amendment


@dataclass(frozen=True)
class TaskInput:
    """One task as the clerk typed it on the command line (names or keys)."""

    unit: str
    title: str
    type: str | None = None  # task or target, or its label; default: target with a measure
    owner: str | None = None
    deadline: dt.date | None = None  # default: 31 December of the year
    categories: list[str] = field(default_factory=list)
    basis: str | None = None
    goal: str | None = None
    measure_unit: str | None = None
    target: float | None = None
    baseline: float | None = None
    direction: str | None = None
    milestones: list[str] = field(default_factory=list)  # DATE:VALUE, as typed


def new_task(records: Records, year: int, typed: TaskInput) -> NewTask:
    """The task to add, with every name resolved to its key (a usage error naming the
    choices when one is unknown)."""
    if not typed.title.strip():
        raise UsageError(N_("give the task's title with --title"))
    if (typed.measure_unit is None) != (typed.target is None):
        raise UsageError(N_("a target needs both --measure-unit and --target"))
    unit = find_unit(records, typed.unit)
    meta = records.year(year).meta
    return NewTask(
        unit=unit, title=typed.title.strip(),
        deadline=typed.deadline or dt.date(year, 12, 31),
        type=(find_term("task-type", typed.type) if typed.type
              else "target" if typed.target is not None else "task"),
        owner=(find_key("role", typed.owner, role_options(records.units.get(unit)))
               if typed.owner else None),
        categories=list(dict.fromkeys(find_key("category", c, category_options(records))
                                      for c in typed.categories)),
        basis=find_key("basis", typed.basis, basis_options(meta)) if typed.basis else None,
        goal=find_key("goal", typed.goal, goal_options(meta)) if typed.goal else None,
        measure_unit=typed.measure_unit, target=typed.target, baseline=typed.baseline,
        direction=typed.direction, milestones=[parse_milestone(m) for m in typed.milestones])


def assign(records: Records, year: int, tasks: list[NewTask], decision: str | None = None,
           decision_day: dt.date | None = None, today: dt.date | None = None,
           dry_run: bool = False, loaded: list[Diagnostic] | None = None) -> Assigned:
    today = today or dates.today()
    amended = require_decision(records, year, decision)
    amendment = None
    if amended:
        day = decision_date(records, year, decision_day, "--decision-date", today)
        amendment = (day, (decision or "").strip(), AMENDMENT_ASSIGN)
    transaction = Transaction(records.root, today,
                              None if loaded is None else (records, loaded))
    refs = [add_task(transaction, records, year, task, amendment) for task in tasks]
    return Assigned(refs, transaction.commit(dry_run=dry_run), amended)
