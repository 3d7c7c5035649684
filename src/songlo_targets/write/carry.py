"""Carry-over (SPEC §4.3, §6.6): plan which unfinished tasks of FROM are assigned again in TO,
then write the plan through the store.

:func:`plan_carry` is pure: it reads the records and returns a :class:`CarryPlan` (what would be
carried, to which unit, with which id; what is already carried; what cannot be). The year FROM
is never written; running it twice carries nothing the second time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from songlo_targets import dates
from songlo_targets.derive.state import end_of_year, task_state, year_states
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.errors import UsageError
from songlo_targets.formats import date as show
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.model import Task, Unit
from songlo_targets.store import Outcome, Transaction
from songlo_targets.write.decisions import decision_date, require_decision
from songlo_targets.write.task_files import AMENDMENT_CARRY, NewTask, add_task


@dataclass(frozen=True)
class CarryItem:
    source: Task
    task: NewTask  # the new task, in unit `task.unit` of TO
    ref: str = ""  # YEAR/UNIT/ID of the new task, known once the ids are given


@dataclass(frozen=True)
class Blocked:
    source: Task
    unit: str  # the last unit tried: not active in TO and without successor


@dataclass
class CarryPlan:
    from_year: int
    to_year: int
    items: list[CarryItem] = field(default_factory=list)
    already: list[tuple[str, str]] = field(default_factory=list)  # (source ref, carried by)
    blocked: list[Blocked] = field(default_factory=list)


def active_on(unit: Unit, day: dt.date) -> bool:
    """Whether the unit's active period (§3.2) holds the day."""
    if unit.active is None:
        return True
    start, end = unit.active.from_, unit.active.until
    return (start is None or start <= day) and (end is None or end >= day)


def destination(records: Records, unit_id: str, year: int, on: dt.date | None = None
                ) -> tuple[str, bool]:
    """The unit that holds ``unit_id``'s tasks in ``year`` (or on the day ``on``), following
    the chain of successors, and whether it is active then."""
    seen = {unit_id}
    current = unit_id
    while True:
        unit = records.units.get(current)
        if unit is None or (active_on(unit, on) if on is not None else unit.active_in(year)):
            return current, unit is not None
        successor = unit.active.successor if unit.active else None
        if successor is None or successor in seen:
            return current, False
        seen.add(successor)
        current = successor


def new_task(records: Records, source: Task, unit: str, to_year: int,
             deadline: dt.date, at: dt.date) -> NewTask:
    """The task that continues ``source`` in ``unit`` of ``to_year`` (§4.3): same fields,
    basis and goal where that year knows them, ``baseline`` the value reached at ``at``."""
    meta = records.year(to_year).meta
    basis_keys = {b.key for b in meta.basis} if meta else set()
    goal_keys = {g.key for g in meta.goals} if meta else set()
    target_unit = records.units.get(unit)
    owner = source.owner if target_unit and source.owner in target_unit.roles() else None
    state = task_state(source, at, records.year(source.year).checkpoints())
    measure = source.measure
    baseline = state.value if state.value is not None else (measure.baseline if measure
                                                            else None)
    return NewTask(
        unit=unit, title=source.title, deadline=deadline,
        type=source.type, owner=owner, categories=list(source.categories),
        basis=source.basis if source.basis in basis_keys else None,
        goal=source.goal if source.goal in goal_keys else None,
        measure_unit=measure.unit if measure else None,
        target=measure.target if measure else None,
        baseline=baseline if measure else None,
        direction=measure.direction if measure else None,
        carried_from=source.ref)


def plan_carry(records: Records, from_year: int, to_year: int, units: set[str] | None = None,
               deadline: dt.date | None = None) -> CarryPlan:
    """What ``targets carry FROM TO`` would do; ``units`` limits it to tasks of those units
    (as source or as destination)."""
    plan = CarryPlan(from_year, to_year)
    carried = {t.carried_from: t.ref for t in records.year(to_year).all_tasks()
               if t.carried_from}
    source_year = records.year(from_year)
    state_of = year_states(records, from_year, end_of_year(from_year))
    for source in source_year.all_tasks():
        state = state_of(source)
        if state.done or state.left:
            continue
        unit, active = destination(records, source.unit, to_year)
        if units is not None and source.unit not in units and unit not in units:
            continue
        if source.ref in carried:
            plan.already.append((source.ref, carried[source.ref]))
        elif not active:
            plan.blocked.append(Blocked(source, unit))
        else:
            plan.items.append(CarryItem(source, new_task(
                records, source, unit, to_year, deadline or dt.date(to_year, 12, 31),
                end_of_year(from_year))))
    return plan


def number_items(plan: CarryPlan, records: Records, transaction: Transaction,
                 amendment: tuple[dt.date, str] | None, note: str = AMENDMENT_CARRY
                 ) -> CarryPlan:
    """Put each new task in its file (in the transaction); the plan gets the new refs.
    ``amendment``: (date, decision) recorded on each new task, into an assigned year, with
    ``note`` (naming the source task)."""
    items = []
    for item in plan.items:
        recorded = ((amendment[0], amendment[1], note.format(source=item.source.ref))
                    if amendment is not None else None)
        ref = add_task(transaction, records, plan.to_year, item.task, recorded)
        items.append(CarryItem(item.source, item.task, ref))
    return CarryPlan(plan.from_year, plan.to_year, items, plan.already, plan.blocked)


def ended(year: int, today: dt.date) -> bool:
    """Whether ``year`` may be carried: today is 31 December of it, or later (SPEC §4.3)."""
    return today >= end_of_year(year)


def refuse_early(from_year: int, today: dt.date) -> None:
    raise UsageError(N_("{year} has not ended (today is {today}): its tasks still have until "
                        "31/12/{year}, and a task carried can no longer be recorded as done; "
                        "carry it from 31/12/{year}, or give --force"),
                     year=from_year, today=show(today))


def carry(records: Records, plan: CarryPlan, decision: str | None = None,
          today: dt.date | None = None, dry_run: bool = False,
          loaded: list[Diagnostic] | None = None, decision_day: dt.date | None = None,
          force: bool = False, note: str = AMENDMENT_CARRY) -> tuple[CarryPlan, Outcome]:
    """Write the plan (or, with ``dry_run``, only check it): the tasks are added to TO.

    A year that has not ended is carried only with ``force`` (a dry run shows it all the
    same). Into an assigned year a decision is required (not for a dry run, which then shows
    the tasks without their amendment), dated ``decision_day`` (else as
    :func:`decision_date` defaults)."""
    today = today or dates.today()
    carrying = plan.from_year != plan.to_year  # not a hand-over within one year (§4.4)
    if carrying and not dry_run and not force and not ended(plan.from_year, today):
        refuse_early(plan.from_year, today)
    amendment = None
    if plan.items and not dry_run:
        require_decision(records, plan.to_year, decision)
    if plan.items and records.year(plan.to_year).assigned and decision and decision.strip():
        amendment = (decision_date(records, plan.to_year, decision_day, "--decision-date",
                                   today), decision.strip())
    transaction = Transaction(records.root, today,
                              None if loaded is None else (records, loaded))
    numbered = number_items(plan, records, transaction, amendment, note)
    return numbered, transaction.commit(dry_run=dry_run)
