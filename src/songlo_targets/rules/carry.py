"""Rules on carry-over (SPEC §4.3): what `carried_from` may name, and only once."""

from __future__ import annotations

from collections.abc import Iterator

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
        if source_year >= task.year:
            yield Diagnostic("bad-carry", where.path, where.line, where.col,
                             N_("`carried_from` {source} is not of a year before {year}"),
                             values, task.ref)
            continue
        source = records.task(task.carried_from or "")
        if source is None:
            yield Diagnostic("bad-carry", where.path, where.line, where.col,
                             N_("`carried_from` {source} names no task"), values, task.ref)
            continue
        year = records.year(source_year)
        state = task_state(source, end_of_year(source_year), year.checkpoints())
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
