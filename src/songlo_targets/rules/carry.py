"""Rules on carry-over and hand-over (SPEC §4.3, §4.4): what `carried_from` may name, and
only once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from songlo_targets.derive.handover import ended_in
from songlo_targets.derive.state import end_of_year, task_state
from songlo_targets.diagnostics import Diagnostic
from songlo_targets.i18n import N_
from songlo_targets.records.collection import Records
from songlo_targets.records.model import TASK_REF_RE
from songlo_targets.rules.context import Context


def bad_carry(records: Records, context: Context) -> Iterator[Diagnostic]:
    for task in records.all_tasks():
        match = TASK_REF_RE.fullmatch(task.carried_from or "")
        if match is None or match.group(2) not in records.unit_files:
            continue  # absent, or an unknown unit (reported as unknown-unit)
        where = task.at("carried_from")
        values = {"source": task.carried_from, "year": task.year}
        source_year = int(match.group(1))
        same_year = source_year == task.year
        if source_year > task.year:
            yield Diagnostic("bad-carry", where.path, where.line, where.col,
                             N_("`carried_from` {source} is not of a year before {year}"),
                             values, task.ref)
            continue
        source = records.task(task.carried_from or "")
        if source is None:
            yield Diagnostic("bad-carry", where.path, where.line, where.col,
                             N_("`carried_from` {source} names no task"), values, task.ref)
            continue
        until = ended_in(records, source.unit, source_year) if same_year else None
        if same_year and not _hand_over_allowed(records, source.unit, task.unit, until):
            yield Diagnostic("bad-carry", where.path, where.line, where.col,
                             N_("`carried_from` {source} names a task of the same year: only a "
                                "unit that has ended (`active.until`) before {unit} received "
                                "the task hands its tasks over in the year"),
                             {**values, "unit": task.unit}, task.ref)
            continue
        year = records.year(source_year)
        at = until if until is not None else end_of_year(source_year)
        state = task_state(source, at, year.checkpoints())
        if state.done:
            yield Diagnostic("bad-carry", where.path, where.line, where.col,
                             N_("`carried_from` {source} names a task done in {source_year}: "
                                "a done task is not carried"),
                             {**values, "source_year": source_year}, task.ref)
        elif state.dropped:
            yield Diagnostic("bad-carry", where.path, where.line, where.col,
                             N_("`carried_from` {source} names a task dropped in "
                                "{source_year}: a dropped task is not carried"),
                             {**values, "source_year": source_year}, task.ref)


def _hand_over_allowed(records: Records, old: str, new: str, until: dt.date | None) -> bool:
    """A same-year `carried_from` (§4.4): the old unit ended in the year, and the new unit is
    another one, active from the day after at the latest."""
    if until is None or old == new:
        return False
    unit = records.units.get(new)
    if unit is None or unit.active is None:
        return True
    start, end = unit.active.from_, unit.active.until
    day = until + dt.timedelta(days=1)
    return (start is None or start <= day) and (end is None or end >= day)


def carried_twice(records: Records, context: Context) -> Iterator[Diagnostic]:
    first: dict[str, str] = {}
    for task in records.all_tasks():
        if task.carried_from is None:
            continue
        if task.carried_from in first:
            where = task.at("carried_from")
            yield Diagnostic("carried-twice", where.path, where.line, where.col,
                             N_("{source} is already carried by {other}"),
                             {"source": task.carried_from, "other": first[task.carried_from]},
                             task.ref)
        else:
            first[task.carried_from] = task.ref
