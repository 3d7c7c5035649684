"""Hand-over when units merge (SPEC §4.4): which tasks of an ended unit a successor took over.

A task of year Y is *handed over* when its unit ended in Y (``active.until`` = U) and a task of
the same year carries it (``carried_from``). From the day after U it leaves every count of the
old unit (like a dropped task) and counts for the new one. This module says which tasks those
are; :func:`songlo_targets.derive.state.task_state` applies it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from songlo_targets.records.collection import Records
from songlo_targets.records.model import Task


@dataclass(frozen=True)
class HandOver:
    until: dt.date  # the old unit's last day
    to: str  # the reference of the task that continues it


def ended_in(records: Records, unit_id: str, year: int) -> dt.date | None:
    """The last day of a unit whose active period ends within ``year``, else None."""
    unit = records.units.get(unit_id)
    until = unit.active.until if unit is not None and unit.active is not None else None
    return until if until is not None and until.year == year else None


def handovers(records: Records, year: int) -> dict[str, HandOver]:
    """Source reference -> hand-over, for every task of ``year`` carried within the year from
    a unit that ended in it."""
    found: dict[str, HandOver] = {}
    prefix = f"{year}/"
    for task in records.year(year).all_tasks():
        source = task.carried_from
        if not source or not source.startswith(prefix) or source in found:
            continue
        unit_id = source.split("/")[1]
        until = ended_in(records, unit_id, year)
        if until is not None and unit_id != task.unit:
            found[source] = HandOver(until, task.ref)
    return found


def handed_over_at(handed: dict[str, HandOver], task: Task) -> dt.date | None:
    """The date after which ``task`` has left its unit, or None."""
    entry = handed.get(task.ref)
    return entry.until if entry is not None else None
