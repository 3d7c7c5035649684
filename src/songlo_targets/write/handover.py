"""Hand-over when units merge (SPEC §4.4, §6.8): the tasks of the units that ended in a year
go, in the same year, to their successors.

:func:`plan_handover` is pure and returns the same :class:`~songlo_targets.write.carry.CarryPlan`
as carry-over (``from_year == to_year``); :func:`songlo_targets.write.carry.carry` writes it. A
unit whose ``active.until`` is a date U within the year and which names a ``successor`` hands
over every task that at U is neither done nor dropped: the new task keeps the fields and the
deadline (unless one is given), its ``baseline`` is the value reached at U, its
``carried_from`` names the old task. Several units may name one successor. The old unit's file
is never written; a task already handed over (some task of the year carries it) is listed as
such, so running it twice hands over nothing the second time.
"""

from __future__ import annotations

import datetime as dt

from songlo_targets.derive.handover import ended_in
from songlo_targets.derive.state import task_state
from songlo_targets.records.collection import Records
from songlo_targets.write.carry import Blocked, CarryItem, CarryPlan, destination, new_task


def ended_units(records: Records, year: int, on: dt.date) -> list[str]:
    """The units with tasks in ``year`` whose active period ended in it, on or before ``on``."""
    found = []
    for unit_id in sorted(records.year(year).tasks):
        until = ended_in(records, unit_id, year)
        if until is not None and until <= on and until < dt.date(year, 12, 31):
            found.append(unit_id)
    return found


def plan_handover(records: Records, year: int, on: dt.date, deadline: dt.date | None = None
                  ) -> CarryPlan:
    """What ``targets handover YEAR --date ON`` would do."""
    plan = CarryPlan(year, year)
    data = records.year(year)
    carried = {t.carried_from: t.ref for t in data.all_tasks() if t.carried_from}
    checkpoints = data.checkpoints()
    for unit_id in ended_units(records, year, on):
        until = ended_in(records, unit_id, year)
        assert until is not None
        day_after = until + dt.timedelta(days=1)
        for source in data.tasks.get(unit_id, []):
            state = task_state(source, until, checkpoints)
            if state.done or state.left:
                continue
            if source.ref in carried:
                plan.already.append((source.ref, carried[source.ref]))
                continue
            unit, active = destination(records, unit_id, year, day_after)
            if not active or unit == unit_id:
                plan.blocked.append(Blocked(source, unit))
                continue
            plan.items.append(CarryItem(source, new_task(
                records, source, unit, year, deadline or source.deadline, until)))
    return plan
